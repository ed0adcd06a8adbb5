import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, twelfth review: whole stories of the kind users bring (a rumour spread by posts,
/// a timeline told in a quotation, an outcome announced by the one who acts). All sentences
/// invented for these tests.
@Suite struct ClaimTwelfthReviewTests: ClaimSuite {
    func stances(_ c: Claim) -> [String] { c.actorStances.map { "\($0.actor) \($0.stance.rawValue)" } }

    /// The proposition `ClaimCandidates.clause` reads in one sentence.
    func clause(_ sentence: String) -> String? {
        let doc = TextDocument(sentence)
        let t = ClaimWords.tokens(doc, 0..<doc.scalars.count)
        return ClaimCandidates.clause(t).map { ClaimCandidates.normalised(doc, Array(t[$0])) }
    }

    /// "Posts claiming that X spread online", "false reports that X led people to flee": the
    /// report is the sentence's subject, so X ends before the sentence's own verb.
    @Test func aReportThatIsTheSubjectEndsBeforeTheMainVerb() throws {
        let spread = try #require(clause("Messages claiming that the Orlen bridge had collapsed spread quickly on Sunday, alarming commuters."))
        #expect(!spread.contains("spread") && spread.contains("bridge had collapsed"), "\(spread)")
        let led = try #require(clause("On Sunday evening, false rumours that the Orlen bridge had collapsed led dozens of drivers to turn back."))
        #expect(!led.contains("led dozens") && led.contains("bridge had collapsed"), "\(led)")
        // A report that is the object of a verb keeps the whole clause.
        let object = try #require(clause("The council denied reports that the Orlen bridge had collapsed and led traffic away."))
        #expect(object.contains("led traffic"), "\(object)")
    }

    static let mergerScoop: [(String, String)] = [
        (
            "Harlan Steel to buy Corvo Mills, sources say",
            "Harlan Steel has agreed to buy rival Corvo Mills for 900 million euros, two people familiar with the talks told the Ledger Gazette. Corvo Mills did not reply."
        ),
        (
            "Harlan Steel nears Corvo Mills deal",
            "Harlan Steel has agreed to buy Corvo Mills, the Ledger Gazette reported, citing two people familiar with the talks. Harlan Steel declined to comment."
        ),
    ]

    /// "On Monday there was no deal. By Wednesday there was.": a negation its next sentence
    /// reverses tells a timeline, and denies nothing.
    @Test func aNegationTheNextSentenceReversesIsATimeline() throws {
        let c = try core(analyse(Self.mergerScoop + [
            (
                "Harlan Steel buys Corvo Mills",
                "Harlan Steel said on Thursday it had agreed to buy Corvo Mills for 900 million euros, confirming a report by the Ledger Gazette. Asked why the company had declined to comment last week, Harlan Steel chief executive Mara Velden said: \u{201C}On Monday there was no deal. By Wednesday there was.\u{201D}"
            )
        ]))
        #expect(!c.actorStances.contains { $0.stance == .denies }, "\(stances(c))")
        #expect(c.articleStances.last?.stance == .supports, "\(c.articleStances)")
        // Without the reversal, the negation in a party's quotation still denies.
        let denied = try core(analyse(Self.mergerScoop + [
            ("Harlan Steel denies Corvo Mills deal", "Harlan Steel chief executive Mara Velden said: \u{201C}There is no deal with Corvo Mills. We are not negotiating.\u{201D}")
        ]))
        #expect(denied.actorStances.contains { $0.stance == .denies }, "\(stances(denied))")
    }

    /// "Asked why a spokeswoman had denied it, X said: ...": the denial is in the reporter's
    /// question, and gives the speaker no stance.
    @Test func aDenialInTheQuestionPutIsNotTheSpeakers() throws {
        let c = try core(analyse(Self.mergerScoop + [
            (
                "Harlan Steel buys Corvo Mills",
                "Harlan Steel said on Thursday it had agreed to buy Corvo Mills for 900 million euros, confirming a report by the Ledger Gazette. Asked why a spokeswoman had denied the deal a week ago, Harlan Steel chief executive Mara Velden said: \u{201C}Things moved very quickly after that.\u{201D}"
            )
        ]))
        #expect(!c.actorStances.contains { $0.stance == .denies }, "\(stances(c))")
        // The same denial told by the article itself is the speaker's.
        let told = try core(analyse(Self.mergerScoop + [
            (
                "Harlan Steel denies deal",
                "Harlan Steel chief executive Mara Velden denied the deal on Monday, saying: \u{201C}Things are moving very slowly.\u{201D}"
            )
        ]))
        #expect(told.actorStances.contains { $0.stance == .denies }, "\(stances(told))")
    }

    static let awardScoop: [(String, String)] = [
        (
            "Tallis Prize jury to strip novelist of award, sources say",
            "The Tallis Prize jury is preparing to withdraw its award from novelist Iver Lund over plagiarised passages, according to two people who have seen the jury's letters."
        ),
        (
            "Publisher rejects report on Lund prize",
            "Cobalt Publishing on Tuesday rejected a report that the Tallis Prize jury would withdraw its award from Iver Lund, calling it baseless. Cobalt Publishing printed the novel."
        ),
    ]

    /// The one whose act the claim tells (its subject) doing it, after another party denied
    /// it would happen, settles the claim: the earlier denial was overtaken.
    @Test func theActorsLaterConfirmationOvertakesAnotherPartysEarlierDenial() throws {
        let c = try core(analyse(Self.awardScoop + [
            (
                "Tallis Prize withdrawn from Lund",
                "The Tallis Prize jury has withdrawn its award from Iver Lund, confirming what the Ledger Gazette reported last week. Cobalt Publishing, which printed the novel, said nothing."
            )
        ]))
        #expect(c.status == .confirmed, "\(c.status) \(c.statusReason ?? "") \(stances(c))")
        #expect(c.statusReason?.contains("Cobalt Publishing had denied it") == true, "\(c.statusReason ?? "")")
        // A denial published after the confirmation still disputes it.
        let late = try core(analyse([Self.awardScoop[0]] + [
            (
                "Tallis Prize withdrawn from Lund",
                "The Tallis Prize jury has withdrawn its award from Iver Lund, confirming what the Ledger Gazette reported last week. Cobalt Publishing, which printed the novel, said nothing."
            ),
            Self.awardScoop[1],
        ]))
        #expect(late.status == .disputed, "\(late.status) \(late.statusReason ?? "") \(stances(late))")
    }

    /// "Harrow & Dyce" is one firm's name: an ampersand between capitalised words joins them,
    /// so its denial is not read as two parties' ("Harrow" and "Dyce").
    @Test func anAmpersandJoinsOneName() throws {
        let c = try core(analyse([
            (
                "Harrow & Dyce to shut Tolbridge warehouse, sources say",
                "Harrow & Dyce is preparing to shut its Tolbridge warehouse next month, according to three people familiar with the plans. Harrow & Dyce did not reply."
            ),
            ("Harrow & Dyce denies warehouse closure", "Harrow & Dyce on Monday denied a report that it would shut its Tolbridge warehouse. Staff were relieved."),
            ("Warehouse fears in Tolbridge", "Workers at the Tolbridge warehouse of Harrow & Dyce said they had heard nothing. The union asked for a meeting."),
        ]))
        #expect(c.actorStances.contains { $0.actor == "Harrow & Dyce" && $0.stance == .denies }, "\(stances(c))")
        #expect(!c.actorStances.contains { $0.actor == "Harrow" || $0.actor == "Dyce" }, "\(stances(c))")
    }

    /// "The agency said the bridge had not collapsed": a party saying the claim's subject
    /// did not do what the claim says denies it, though the clause opens on that subject
    /// rather than on the party itself.
    @Test func aPartySayingTheClaimNegatedDenies() throws {
        let rumour: [(String, String)] = [
            ("Orlen bridge collapse posts spread", "Posts claimed that the Orlen bridge had collapsed on Sunday night. Drivers turned back at Weller."),
            ("Drivers turn back at Orlen", "Messages claiming that the Orlen bridge had collapsed reached thousands of phones. The Harbour Roads Agency was asked to comment."),
        ]
        let c = try core(analyse(rumour + [
            ("Orlen bridge is safe", "The Harbour Roads Agency said on Monday the Orlen bridge had not collapsed and was open to traffic. Engineers inspected it at dawn.")
        ]))
        #expect(c.actorStances.contains { $0.actor == "Harbour Roads Agency" && $0.stance == .denies }, "\(c.text) \(stances(c))")
        // Said of others, without a negation, it is the speaker's report, not a confirmation.
        let said = try core(analyse(rumour + [
            ("Orlen bridge report", "The Harbour Roads Agency said on Monday the Orlen bridge had been inspected by engineers at dawn. Drivers were told to wait.")
        ]))
        #expect(!said.actorStances.contains { $0.actor == "Harbour Roads Agency" }, "\(stances(said))")
    }
}
