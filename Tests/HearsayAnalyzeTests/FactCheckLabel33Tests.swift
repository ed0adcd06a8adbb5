import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-third session: a fact-check's "CLAIM:" line that calls on an authority ("the
/// weather office has confirmed that ...") states the rumour; the authority is no party on
/// record once the claim is the clause after "that". Own sentences, invented names.
@Suite struct FactCheckLabel33Tests: ClaimSuite {
    @Test func theLabelledClaimIsTheClauseTheAuthorityIsSaidToConfirm() throws {
        let t = ClaimWords.tokens("CLAIM: The Harbour Board has confirmed that the Skerry ferry will stop in May.")
        let r = try #require(ClaimCandidates.labelledClaim(t))
        #expect(t[r].first?.lower == "the" && t[r].dropFirst().first?.lower == "skerry")
        // A shared thing's "says that" stays with its claim: it is the sourcing.
        let u = ClaimWords.tokens("CLAIM: A post on Flit says that the Skerry ferry will stop in May.")
        #expect(ClaimWords.tokens("CLAIM: A post on Flit says that the Skerry ferry will stop in May.")[try #require(ClaimCandidates.labelledClaim(u))].first?.lower == "a")
    }

    @Test func theLabelPutsNoOneOnRecord() throws {
        let c = try core(analyse([
            ("Skerry ferry to stop in May, video claims", "The Skerry ferry will stop in May, according to a video shared by the account @skerrynews."),
            (
                "Fact check: No, the Skerry ferry is not stopping",
                "CLAIM: The Harbour Board has confirmed that the Skerry ferry will stop in May. VERDICT: FALSE. The timetable runs to next year."
            ),
        ]))
        #expect(!c.actorStances.contains { $0.actor.contains("Harbour Board") && $0.stance == .supports }, "\(c.actorStances)")
    }
}
