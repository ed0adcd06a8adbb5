import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A party calling a decision painful owns it as taken. All sentences invented for these tests.
@Suite struct RegrettedDecision47Tests: ClaimSuite {
    /// A report that a swimming club will shut its lido; `answer` is the third article's body after its lede.
    func closure(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Brindle Swimming Club to shut its open-air lido",
             "Brindle Swimming Club will shut its open-air lido at the end of the summer, the Tolmere Herald reported, citing two committee members."),
            ("Brindle lido closure: what we know",
             "Brindle Swimming Club will shut its open-air lido at the end of the summer, the Tolmere Herald reported."),
            ("Club answers lido report",
             "Brindle Swimming Club will shut its open-air lido at the end of the summer, the Tolmere Herald reported.\n\n" + answer),
        ]))
    }

    func confirms(_ claim: Claim, _ actor: String) -> Bool {
        claim.actorStances.contains { $0.actor.contains(actor) && $0.stance == .supports }
    }

    @Test func aPainfulDecisionInAQuotationConfirms() throws {
        let claim = try closure("\u{201C}This is the hardest decision our committee has had to make,\u{201D} said Orla Penwith, the club's secretary.")
        #expect(confirms(claim, "Penwith"), "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func aDecisionTakenWithAHeavyHeartInReportedSpeechConfirms() throws {
        for answer in [
            "The club's treasurer, Orla Penwith, said the decision had not been taken lightly.",
            "Treasurer Orla Penwith said the decision had been taken \u{201C}with a heavy heart\u{201D}.",
        ] {
            let claim = try closure(answer)
            #expect(confirms(claim, "Penwith"), "\(answer): \(claim.actorStances.map { ($0.actor, $0.stance) })")
        }
    }

    @Test func aDecisionToComeOrUnmadeConfirmsNothing() {
        let regrets = { (s: String) in ClaimEvidence.regretsTheDecision(ClaimWords.tokens(s)) }
        #expect(regrets("This was not an easy decision, but it lets us grow."))
        #expect(regrets("These are painful decisions and we will support every member affected."))
        #expect(!regrets("Difficult decisions may have to be made next year."))
        #expect(!regrets("No difficult decision has been taken about the lido."))
        #expect(!regrets("If we close the lido, it will be a painful decision."))
        #expect(!regrets("Was it a difficult decision?"))
        #expect(!regrets("The decision was taken lightly, critics said."))
    }
}
