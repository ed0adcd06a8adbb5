import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-second session, party stances: what a body that has had no notice, or says what
/// holds now, answers of a change only weighed or possible; a bare spokesperson after a
/// sentence about a body's statement; a denial of a study's findings; a party owning an
/// error. All sentences invented for these tests.
@Suite struct Stances49Tests: ClaimSuite {
    func stances(_ claim: Claim) -> [(String, Stance)] { claim.actorStances.map { ($0.actor, $0.stance) } }

    func quoted(_ s: String, _ claim: String) -> Stance? {
        let wording = tokens(claim)
        return ClaimEvidence.quotedStance(tokens(s), claimWords: ClaimWords.content(claim), claimPossible: ClaimEvidence.isPossibility(wording))
    }

    /// "no notification of any change to our grant": a change only being weighed has reached
    /// no one yet, so the lack of notice answers nothing of it; a change said to be made does.
    @Test func noNoticeAnswersNothingOfAChangeBeingWeighed() {
        let weighed = "The Arts Board is considering withdrawing its grant to the Pell Theatre"
        #expect(quoted("We have received no notification of any change to our grant.", weighed) == nil)
        #expect(quoted("There has been no notice of any cut to the theatre's grant.", weighed) == nil)
        let made = "The Arts Board has withdrawn its grant to the Pell Theatre"
        #expect(quoted("We have received no notification that the Arts Board has withdrawn our grant.", made) == .denies)
    }

    /// "The ferry remains in service", against a claim that it could be cut: what
    /// holds now stays true until the change is made. Continuity said of what is to come
    /// still answers it, and a claim of a change made is still answered by what holds now.
    @Test func presentContinuityDoesNotAnswerAPossibleChange() {
        let possible = "The Tarn ferry service could be cut as early as June"
        #expect(quoted("The Tarn ferry remains in service and timetables are published as usual.", possible) == nil)
        #expect(quoted("The Tarn ferry will remain in service through the summer.", possible) == .denies)
        let made = "The Tarn ferry service has been cut"
        #expect(quoted("The Tarn ferry remains in service.", made) == .denies)
        #expect(ClaimEvidence.isPossibility(tokens("The ferry could be cut")))
        #expect(!ClaimEvidence.isPossibility(tokens("The ferry will be cut in May")))
    }

    /// "X went further in a statement on Tuesday. \"...,\" a spokesperson said": the bare
    /// spokesperson speaks for the body the sentence before opens on.
    @Test func aBareSpokespersonSpeaksForTheBodyBefore() throws {
        let claim = try core(analyse([
            ("Roman coins found under Fenwick's garden centre, post claims",
             "A hoard of Roman coins has been found under the Fenwick's garden centre in Harlby, according to a post shared by the page Harlby Finds."),
            ("Fenwick's garden centre coin hoard spreads online",
             "A hoard of Roman coins has been found under the Fenwick's garden centre in Harlby, the page Harlby Finds claimed on Sunday. Fenwick's said it was looking into the post."),
            ("Garden centre answers coin post",
             "The post spread quickly on Monday.\nFenwick's, which owns the site, went further in a statement issued on Tuesday. \"There are no Roman coins under our garden centre. Nothing has been found here,\" a spokesperson said."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Fenwick's" && $0.stance == .denies }, "\(stances(claim))")
    }

    /// "rejected the findings": what a study found is the ground of the report resting on it.
    @Test func rejectingTheFindingsDenies() throws {
        let claim = try core(analyse([
            ("Tests find lead in Orvell Foods baby rusks, watchdog says",
             "Orvell Foods baby rusks contain lead above the legal limit, the Daily Ledger reported, citing laboratory tests by the watchdog Shopper Guard."),
            ("Orvell Foods rusks contain lead, Shopper Guard says",
             "Orvell Foods baby rusks contain lead above the legal limit, according to tests published by Shopper Guard."),
            ("Orvell answers Shopper Guard", "In a statement on Wednesday, Orvell Foods rejected the findings."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Orvell Foods" && $0.stance == .denies }, "\(stances(claim))")
    }

    /// "We got this wrong": a speaker owning its own error calls nothing false, and a party
    /// the claim names owns up to it.
    @Test func owningAnErrorIsNoDenial() {
        let claim = "The Kell half marathon course was short"
        #expect(quoted("We got this wrong, and I am sorry to every runner.", claim) == nil)
        #expect(quoted("I was wrong to share it.", claim) == nil)
        #expect(quoted("The story is wrong.", claim) == .denies)
        #expect(ClaimEvidence.admitsAnError(tokens("We got this wrong, and I am sorry.")))
        #expect(!ClaimEvidence.admitsAnError(tokens("They got it wrong.")))
    }

    @Test func aPartyOwningTheErrorConfirms() throws {
        let claim = try core(analyse([
            ("Kell Running Club's half marathon course was short, runners say",
             "Kell Running Club's half marathon course was 300 metres short, according to GPS data shared by runners, the Kell Courier reported."),
            ("Kell Running Club half marathon short, Kell Courier reports",
             "Kell Running Club's half marathon course was short, the Kell Courier reported on Monday."),
            ("Kell Running Club apologises",
             "\"We got this wrong, and we are sorry,\" said Dee Marr, chair of Kell Running Club."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Kell Running Club" && $0.stance == .supports }, "\(stances(claim))")
        #expect(!claim.actorStances.contains { $0.actor == "Kell Running Club" && $0.stance == .denies }, "\(stances(claim))")
    }

    /// "Our survey does not say that Dunholm is the saddest town", "The 30 per cent figure is
    /// not what our study found": the work the claim rests on is said not to say it.
    @Test func aWorkThatDoesNotSayTheClaimDenies() {
        let claim = "Dunholm is the unhappiest town in the region, a survey by Marl University found"
        #expect(quoted("Our survey does not say that Dunholm is the unhappiest town in the region.", claim) == .denies)
        #expect(quoted("Our survey does not rank towns, and nowhere does it say Dunholm is the unhappiest town.", claim) == .denies)
        let share = "Night-shift nurses sleep 30 per cent less than day staff"
        #expect(quoted("The 30 per cent figure is not what our study found.", share) == .denies)
        // What the work does say, or a work that names nothing of the claim, denies nothing.
        #expect(quoted("Our survey shows that Dunholm is the unhappiest town in the region.", claim) != .denies)
        #expect(quoted("Our survey does not say anything about pay.", claim) == nil)
    }

    /// The study's author, quoted by name with the university's affiliation, denies in her
    /// own name as well as for the university.
    @Test func aNamedAuthorDeniesInHerOwnName() throws {
        let claim = try core(analyse([
            ("Dunholm is the region's unhappiest town, Marl University survey finds",
             "Dunholm is the unhappiest town in the region, according to a survey by Marl University, the Dunholm Post reported."),
            ("Survey names Dunholm unhappiest town",
             "Dunholm is the unhappiest town in the region, a Marl University survey found, the Dunholm Post said."),
            ("Author says survey misread",
             "\"Our survey does not say that Dunholm is the unhappiest town in the region,\" said Dr Ines Varro, a lecturer at Marl University. \"It ranked no towns,\" Dr Varro said."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Ines Varro" && $0.stance == .denies }, "\(stances(claim))")
    }
}
