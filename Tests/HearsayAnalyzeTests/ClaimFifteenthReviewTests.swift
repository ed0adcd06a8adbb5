import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Fifteenth review, scored stories: how the claim is worded, so that it carries the
/// words the story's outlets use for the news.
@Suite struct ClaimFifteenthReviewTests {
    func tokens(_ s: String) -> [WordToken] {
        let d = TextDocument(s)
        return ClaimWords.tokens(d, 0..<d.scalars.count)
    }

    /// A British scoop closes on "..., Radio Meridian understands" or "..., the Ledger has
    /// learned": the outlet vouches for the statement before the comma.
    @Test func aScoopClosedByWhatTheOutletUnderstandsIsAttributed() {
        for lede in [
            "Harbour City are preparing to sell goalkeeper Ines Moravec to a rival club, Radio Meridian understands.",
            "The regulator will fine Skyline Rail over months of late trains, the Daily Ledger has learned.",
        ] {
            let t = tokens(lede)
            let verb = t.lastIndex { ["understands", "learned"].contains($0.lower) }!
            let r = ClaimCandidates.sourcedStatement(t, verb)
            #expect(r != nil, "\(lede)")
            #expect(r.map { t[$0].first?.lower } == lede.split(separator: " ").first.map { $0.lowercased() })
        }
        // A body understanding something is no outlet's scoop.
        let t = tokens("Prices at the pump will rise again next month, the company understands.")
        #expect(ClaimCandidates.sourcedStatement(t, t.lastIndex { $0.lower == "understands" }!) == nil)
    }
}
