import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A denied claim whose act a later article tells as done in its own voice has come true;
/// one its own outlet retracts is withdrawn. Own sentences.
@Suite struct Outcome40Tests: ClaimSuite {
    let rumour = (
        "Harlow Ferries to close Kestrel crossing, memo shows",
        "Harlow Ferries is preparing to close its Kestrel crossing at the end of the year, according to an internal memo seen by the Dunmere Post."
    )
    let denial = (
        "Harlow Ferries denies Kestrel closure",
        "Harlow Ferries has denied that it is closing the Kestrel crossing. \u{201C}There is no truth in this story,\u{201D} the company said."
    )

    @Test func aHeadlineTellingTheActDoneAfterTheDenialConfirmsIt() throws {
        let claim = try core(analyse([
            rumour, denial,
            ("Ferry operator Harlow Ferries closes Kestrel crossing with 60 jobs lost",
             "Harlow Ferries has closed its Kestrel crossing. The last boat left the harbour on Friday evening, and 60 crew were laid off."),
        ]))
        #expect(claim.status == .confirmed, "\(claim.status): \(String(describing: claim.statusReason))")
        #expect(claim.statusReason?.hasPrefix("Reported as done") == true, "\(String(describing: claim.statusReason))")
        #expect(claim.statusSince == "2026-03-03")
    }

    @Test func aDenialTheOutcomesOwnArticleRecallsIsItsBackground() throws {
        let claim = try core(analyse([
            rumour, denial,
            ("Ferry operator Harlow Ferries closes Kestrel crossing with 60 jobs lost",
             "Harlow Ferries has closed its Kestrel crossing. The last boat left the harbour on Friday evening. At the time of the first report, Harlow Ferries denied that it was closing the Kestrel crossing."),
        ]))
        #expect(claim.status == .confirmed, "\(claim.status): \(String(describing: claim.statusReason))")
    }

    @Test func onlyAnOwnVoiceHeadlineOfTheSameActCounts() {
        let words = ClaimWords.content(rumour.1)
        let facts = ClaimEvidence.facts(ClaimWords.tokens(rumour.1)).subtracting(ClaimWords.content("Harlow Ferries Kestrel"))
        let done = { (h: String) in ClaimStage.tellsItDone(h, claimWords: words, facts: facts, namesAParty: h.contains("Harlow")) }
        #expect(done("Ferry operator Harlow Ferries closes Kestrel crossing"))
        #expect(done("Harlow Ferries has closed Kestrel crossing after 40 years"))
        // Still ahead, still a report, still in doubt, or not the act.
        #expect(!done("Harlow Ferries to close Kestrel crossing"))
        #expect(!done("Harlow Ferries moves to close Kestrel crossing"))
        #expect(!done("Harlow Ferries closes Kestrel crossing, union says"))
        #expect(!done("Harlow Ferries faces calls to close Kestrel crossing"))
        #expect(!done("Harlow Ferries has not closed Kestrel crossing"))
        #expect(!done("Will Harlow Ferries close Kestrel crossing?"))
        #expect(!done("Passengers left waiting as silence surrounds Kestrel crossing"))
        #expect(!done("Harlow Ferries rules out Kestrel crossing closure"))
        #expect(done("Harlow Ferries confirms it wants Kestrel crossing closed"))
    }

    @Test func theRumoursOwnOutletRetractingItRefutesIt() throws {
        let claim = try core(analyse([
            rumour, denial,
            ("Dunmere Post retracts ferry story",
             "The Dunmere Post has retracted its report that Harlow Ferries was preparing to close the Kestrel crossing, and has apologised to the company."),
        ]))
        #expect(claim.origin == "Dunmere Post", "\(String(describing: claim.origin))")
        #expect(claim.status == .refuted, "\(claim.status): \(String(describing: claim.statusReason))")
    }

    @Test func theOutletMustBeTheRetractingVerbsOwnSubject() {
        #expect(ClaimStage.retracts("Dunmere Post", in: tokens("The Dunmere Post has now retracted its report.")))
        #expect(ClaimStage.retracts("Sunday Dunmere Post", in: tokens("Dunmere Post retracts ferry story and apologises")))
        #expect(ClaimStage.retracts("Dunmere Post", in: tokens("The Dunmere Post apologised for the article on Friday.")))
        // The outlet told what someone else withdrew; or it was asked to retract.
        #expect(!ClaimStage.retracts("Dunmere Post", in: tokens("The Dunmere Post reported that the sponsor withdrew it on Monday.")))
        #expect(!ClaimStage.retracts("Dunmere Post", in: tokens("The Dunmere Post has refused to retract its story.")))
        #expect(!ClaimStage.retracts("Dunmere Post", in: tokens("The Dunmere Post has not retracted its story.")))
    }

    @Test func aFollowUpWhoseHeadlineNamesTheClaimIsAboutIt() throws {
        let claim = try core(analyse([
            rumour, denial,
            ("Harlow Ferries crew say Kestrel timetable shrinking despite denial",
             "Deckhands on the morning boats said on Thursday that sailings had been cut from six a day to two. The union plans a meeting next week."),
        ]))
        let third = try #require(claim.articleStances.first { $0.article == "art20000000" })
        #expect(third.stance != .unrelated)
    }
}

/// A verb of stopping is itself a negation: negating it denies a claim that negates another
/// verb. Own sentences.
@Suite struct NegatedStop40Tests: ClaimSuite {
    @Test func neverSuspendingDeniesNotPaying() {
        let claim = ClaimWords.content("Tarrow Bank had not paid out customer savings since Monday.")
        let said = tokens("Tarrow Bank said it has never suspended payouts to customers.")
        let verb = said.firstIndex { $0.lower == "said" }!
        #expect(ClaimEvidence.saysTheClaim(said, verb, claimWords: claim, claimNegated: true) == .denies)
        #expect(ClaimEvidence.negatesStopping(tokens("it has never suspended payouts"), claimWords: claim))
        // The claim's own verb negated agrees with it.
        let halted = ClaimWords.content("Tarrow Bank had not halted customer payouts.")
        #expect(!ClaimEvidence.negatesStopping(tokens("it has not halted payouts"), claimWords: halted))
        #expect(!ClaimEvidence.negatesStopping(tokens("it has not paid out savings"), claimWords: claim))
    }
}

