import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A quotation opening on "Yes," grants the claim it names. All sentences invented for these tests.
@Suite struct AnswersYes47Tests: ClaimSuite {
    /// A report that two choirs are in talks to merge; `answer` is the third article's body after its lede.
    func talks(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Harbury and Selwick choirs in talks to merge",
             "The Harbury Choral Society is in talks to merge with the Selwick Singers, the Wendle Post reported, citing two members of both committees."),
            ("Choir merger talks: what we know",
             "The Harbury Choral Society is in talks to merge with the Selwick Singers, the Wendle Post reported."),
            ("Choir answers merger report",
             "The Harbury Choral Society is in talks to merge with the Selwick Singers, the Wendle Post reported.\n\n" + answer),
        ]))
    }

    @Test func aYesNamingTheClaimConfirmsThoughAFurtherStepIsDenied() throws {
        let claim = try talks("\u{201C}Yes, we have been talking to the Selwick Singers about a merger since March. Nothing is signed and nothing will be signed "
            + "before our members vote,\u{201D} said Maren Ostrow, chair of the Harbury Choral Society.")
        #expect(claim.actorStances.contains { $0.actor.contains("Harbury") && $0.stance == .supports }, "\(claim.actorStances.map { ($0.actor, $0.stance) })")
        #expect(!claim.actorStances.contains { $0.actor.contains("Harbury") && $0.stance == .denies }, "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func theYesOutweighsTheDenialOfAStepBeyondTheClaim() {
        let claim = ClaimWords.content("Harbury and Selwick choirs in secret talks to merge")
        let quote = ClaimWords.tokens("Yes, we have been talking with the Selwick Singers since the autumn about a common structure. "
            + "Nothing is signed and nothing will be signed without our members.")
        #expect(ClaimEvidence.quotedStance(quote, claimWords: claim) == .supports)
    }

    @Test func aYesThatIsNegatedOrAVerdictGrantsNothing() {
        let claim = ClaimWords.content("The Harbury Choral Society is in talks to merge with the Selwick Singers")
        let yes = { (s: String) in ClaimEvidence.answersYes(ClaimWords.tokens(s), claimWords: claim) }
        #expect(yes("Yes, we have held talks with Selwick. Nothing is signed."))
        #expect(!yes("Yes, there were talks, but no merger is planned."))
        #expect(!yes("Yes, the merger story is a hoax."))
        #expect(!yes("Yes, we sang in the cathedral on Sunday."))
        #expect(!yes("We have held talks with Selwick, yes."))
    }
}
