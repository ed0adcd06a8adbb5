import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Claims, ninth review: what exactly is claimed (a lede cut short, a headline's
/// attribution, a headline that debunks), which other claims stand beside it (restatements
/// merged, facts on record and one article's details left out), and whose denial is of
/// the claim (what was said or that it was said, an accusation referred back to, a clause
/// about something else). All sentences invented for these tests.
@Suite struct ClaimNinthReviewTests: ClaimSuite {
    func stances(_ c: Claim) -> [String] { c.actorStances.map { "\($0.actor) \($0.stance.rawValue)" } }

    /// A first line too long for a headline reaches the title cut short ("…"); the claim
    /// is the whole sentence, without the attribution that closes it.
    @Test func aLedeCutShortIsReadWhole() throws {
        let lede = "Officials in Castelmar plan to close the harbour bridge for repairs next spring and to run ferries in its place while engineers replace the deck"
        let cut = lede.split(separator: " ").prefix(20).joined(separator: " ") + "\u{2026}"
        let c = try core(analyse([
            (cut, lede + ", a city newsletter reported on Monday. Shop owners near the bridge were angry."),
            (cut, lede + ", a city newsletter reported. Commuters asked for more ferries."),
            ("Castelmar bridge to close for repairs, ferries to replace it", "The harbour bridge in Castelmar will close next spring. Ferries will run while the deck is replaced."),
        ]))
        #expect(c.text.contains("engineers replace the deck"), "\(c.text)")
        #expect(!c.text.contains("\u{2026}") && !c.text.contains("reported"), "\(c.text)")
    }

    /// "(Wirenews) - X, two councillors said": an agency's credit and a closing attribution
    /// are not the claim; whom it credits is still a party to it.
    @Test func aHeadlinesCreditAndAttributionAreNoPartOfTheClaim() throws {
        let c = try core(analyse([
            ("(Wirenews) - Lakemoor council will sell the old town hall to a hotel chain, two councillors said", "The old town hall in Lakemoor may become a hotel. The council meets on Friday."),
            ("Lakemoor council will sell the old town hall to a hotel chain, Mayor Orvin Dale says", "The old town hall in Lakemoor may become a hotel. Residents want a library there."),
            ("Lakemoor council will sell the old town hall to a hotel chain, a local paper reported", "The old town hall in Lakemoor may become a hotel, and a vote is due on Friday."),
        ]))
        #expect(!c.text.contains("Wirenews") && !c.text.contains("said") && !c.text.contains("says"), "\(c.text)")
        #expect(c.text.contains("old town hall"), "\(c.text)")
    }

    /// When every headline debunks the news ("No, X did not ...", "Fake: ...", "Reports
    /// that ... are false"), the claim is what they debunk, put as a statement.
    @Test func headlinesThatAllDebunkGiveTheClaimTheyDebunk() throws {
        let c = try core(analyse([
            ("No, Mayor Orvin Dale did not buy a yacht with city funds", "The post was shared thousands of times this week. The city's accounts show no such payment."),
            ("Fake: Mayor Orvin Dale bought a yacht with city funds", "A picture of a yacht was shared online with the mayor's name. The boat belongs to a charter firm."),
            ("Reports that Mayor Orvin Dale bought a yacht with city funds are false", "The mayor's office called the story baseless. The picture shows a charter boat."),
        ]))
        #expect(c.text.contains("yacht"), "\(c.text)")
        #expect(!c.text.contains("not") && !c.text.hasPrefix("No") && !c.text.contains("Fake") && !c.text.contains("false"), "\(c.text)")
    }

    static func seizure(_ extra: [(String, String)] = []) -> [(String, String)] {
        [
            (
                "Army weapons end up in Red Banner hands",
                "Red Banner fighters seized weapons meant for the army, according to a monitoring group. The army has not commented."
            ),
            (
                "Army weapons end up in Red Banner hands, monitors say",
                "A monitoring group reported that Red Banner fighters seized weapons meant for the army. The group gave no numbers."
            ),
            (
                "Red Banner captures army weapons",
                "Red Banner fighters reportedly seized weapons meant for the army. Some of the rifles reportedly ended up in Red Banner hands instead."
            ),
        ] + extra
    }

    /// Outlets tell the same news in different words ("seized weapons meant for the army",
    /// "some of the rifles ended up in their hands"); a restatement joins the claim it
    /// restates instead of standing beside it as a rumour of its own.
    @Test func aRestatementJoinsTheClaimItRestates() throws {
        let s = analyse(Self.seizure())
        #expect(s.claims.count == 1, "\(s.claims.map(\.text))")
    }

    /// Beside the core claim, a fact someone states on record ("said in a statement that
    /// ...") is no rumour, however many articles carry it; nor is a detail one article
    /// passes on further down.
    @Test func factsOnRecordAndOneArticlesDetailsAreNoClaims() throws {
        let s = analyse(Self.seizure([
            (
                "Red Banner weapons: what we know",
                "Red Banner fighters reportedly seized army weapons. General Ilse Marr said in a statement that the army base in Castelmar opened in 1990. The shipment was reportedly paid for by a charity in Lakemoor last spring."
            ),
            (
                "Army base at Castelmar",
                "Red Banner fighters reportedly seized army weapons. General Ilse Marr said in a statement that the army base in Castelmar opened in 1990."
            ),
        ]))
        #expect(!s.claims.contains { $0.text.contains("1990") }, "\(s.claims.map(\.text))")
        #expect(!s.claims.contains { $0.text.contains("charity") }, "\(s.claims.map(\.text))")
    }

    static func damClaim(_ answer: (String, String)) -> [(String, String)] {
        [
            ("Senator Ida Cole says the Varna dam is leaking", "The senator spoke on a radio show on Tuesday. Engineers were sent to the dam."),
            answer,
            ("Senator Ida Cole says the Varna dam is leaking", "The senator spoke to reporters in Varna. The dam holds back the river above the town."),
        ]
    }

    /// A claim that someone said something is not denied by calling what was said false
    /// ("the water board denied that the dam was leaking"); it is denied by denying the
    /// remarks.
    @Test func denyingWhatWasSaidIsNoDenialThatItWasSaid() throws {
        let content = try core(analyse(Self.damClaim((
            "Water board on the Varna dam", "The Varna Water Board denied that the dam was leaking and said the readings were normal."
        ))))
        #expect(!content.actorStances.contains { $0.stance == .denies }, "\(stances(content))")
        let remarks = try core(analyse(Self.damClaim((
            "Water board on the Varna dam", "The Varna Water Board denied the senator's remarks about the dam on Wednesday."
        ))))
        #expect(remarks.actorStances.contains { $0.actor.contains("Water Board") && $0.stance == .denies }, "\(stances(remarks))")
    }

    /// A claim of a fact is not denied by saying that someone never said it ("denied
    /// that she had said the dam was leaking").
    @Test func denyingThatItWasSaidIsNoDenialOfTheFact() throws {
        let c = try core(analyse([
            ("The Varna dam is leaking", "Water was seen running down the face of the Varna dam on Monday. Senator Ida Cole visited the dam on Tuesday."),
            ("Senator on the Varna dam", "Water was reportedly seen running down the Varna dam. Senator Ida Cole denied that she had said the dam was leaking."),
            ("The Varna dam is leaking", "Water was seen running down the Varna dam on Monday. Senator Ida Cole asked engineers to inspect it."),
        ]))
        #expect(!c.actorStances.contains { $0.actor.contains("Cole") && $0.stance == .denies }, "\(stances(c))")
    }

    static func kingRole(_ answer: (String, String)) -> [(String, String)] {
        [
            ("Marten Voss to play the king in new film, paper says", "A film magazine reported that the actor Marten Voss will play the king in the new film. Shooting starts in Castelmar in June."),
            answer,
            ("Marten Voss to play the king", "The actor Marten Voss will play the king in the new film, a film magazine reported on Monday."),
        ]
    }

    /// "X denied the allegation" stands for the accusation named just before, which may
    /// be another than the claim.
    @Test func aDeniedAccusationIsTheOneNamedBefore() throws {
        let c = try core(analyse(Self.kingRole((
            "Voss and the king",
            "The actor Marten Voss will reportedly play the king in the new film. In 2019 a magazine accused Marten Voss of skipping rehearsals on another film in Castelmar. Marten Voss denied the allegation at the time."
        ))))
        #expect(!c.actorStances.contains { $0.actor.contains("Voss") && $0.stance == .denies }, "\(stances(c))")
    }

    /// "confirmed that <clause>": the clause is what is confirmed, and it must be the
    /// claim; "is yet to confirm", a passive "has been confirmed" in a quotation, and an
    /// unnamed source confirm nothing on record.
    @Test func whatIsConfirmedMustBeTheClaim() throws {
        let c = try core(analyse(Self.kingRole((
            "Voss film news",
            """
            The actor Marten Voss will reportedly play the king in the new film. The studio confirmed that tickets for its summer festival go on sale on Friday. \
            The Castelmar Film Board is yet to confirm whether Marten Voss will play the king. A studio source confirmed Marten Voss will play the king. \
            "Given what has been confirmed so far, we are hopeful," said Ana Brix, a spokeswoman for the Castelmar Film Board.
            """
        ))))
        #expect(!c.actorStances.contains { $0.stance == .supports }, "\(stances(c))")
    }

    /// "dismissed 30 cases": a court's act on a legal matter, not a denial.
    @Test func dismissingCasesIsNoDenial() throws {
        let c = try core(analyse([
            ("Police arrested protesters at the Varna dam, activists say", "Police reportedly arrested 30 protesters at the Varna dam on Sunday. The protest was peaceful."),
            ("Varna dam arrests", "The Varna District Court has dismissed 30 trespassing cases against protesters arrested at the Varna dam."),
            ("Protesters arrested at Varna dam", "Police arrested 30 protesters at the Varna dam, activists said on Sunday."),
        ]))
        #expect(!c.actorStances.contains { $0.stance == .denies }, "\(stances(c))")
    }

    /// A title's colon ("Night Riders: The Return") does not end what is confirmed, and
    /// "not stolen" denies a claim that the car "was stolen".
    @Test func aTitlesColonDoesNotEndTheConfirmedClause() throws {
        let c = try core(analyse([
            ("Film car stolen from set in Varna", "The car used in the film was reportedly stolen from the set in Varna on Monday. Fans shared pictures of the empty set."),
            ("Film car in Varna", "The car was reportedly stolen from the set in Varna. Varna police confirmed with the makers of Night Riders: The Return that the car has not been stolen."),
            ("Film car stolen in Varna", "The car used in the film was stolen from the set in Varna, a fan site reported."),
        ]))
        #expect(c.actorStances.contains { $0.stance == .denies }, "\(stances(c))")
        #expect(!c.actorStances.contains { $0.stance == .supports }, "\(stances(c))")
    }

    /// "confirmed that he is not dead" denies a claim that he "died": the two words name
    /// one state.
    @Test func notDeadDeniesDied() throws {
        let c = try core(analyse([
            ("Singer Ivo Lind died at his home, fans say", "Fans reported that the singer Ivo Lind died at his home in Castelmar on Sunday. The report spread online."),
            ("Ivo Lind death report", "Posts said the singer Ivo Lind died at his home. On Monday the singer's agent confirmed that Ivo Lind is not dead."),
            ("Singer Ivo Lind died at home", "The singer Ivo Lind reportedly died at his home in Castelmar on Sunday."),
        ]))
        #expect(c.actorStances.contains { $0.actor.contains("Lind") && $0.stance == .denies }, "\(stances(c))")
        #expect(!c.actorStances.contains { $0.stance == .supports }, "\(stances(c))")
    }

    /// The claim's wording comes from the articles' ledes, where they state the news, not
    /// from a detail further down that names more names.
    @Test func theWordingIsALedeNotADetailNamingMoreNames() throws {
        let c = try core(analyse([
            (
                "Anna Kirov said to run Ostland",
                "Anna Kirov, the sister of President Ivo Kirov, has reportedly taken over state duties while he is treated in a clinic. A decision on the treatment of Ivo Kirov was reportedly made by the Central Committee with Anna Kirov and General Pavel Marr on May 6."
            ),
            (
                "Is Anna Kirov running Ostland?",
                "Anna Kirov, the sister of President Ivo Kirov, has reportedly taken over state duties. General Pavel Marr chaired a meeting of the Central Committee in May."
            ),
            (
                "Ostland: sister in charge",
                "Anna Kirov has reportedly taken over state duties from her brother, President Ivo Kirov, while he is treated. General Pavel Marr and the Central Committee have not commented."
            ),
        ]))
        #expect(c.text.contains("taken over state duties"), "\(c.text)")
    }
}
