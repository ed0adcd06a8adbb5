import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Fifteenth review, scored stories: how the claim is worded, so that it carries the
/// words the story's outlets use for the news.
@Suite struct ClaimWordingFifteenthReviewTests {
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

extension ClaimWordingTests {
    /// Of headlines that say the same, the one in the words most leads use words the claim,
    /// not one outlet's figure of speech that happens to share a word with a third headline.
    @Test func theWordingCarriesTheWordsTheLeadsShare() {
        let group = [
            headline(0, "Glenmoor ferry service to close for good in June."),
            headline(1, "Glenmoor ferry service to sail its last voyage."),
            headline(2, "What the Glenmoor ferry service means to the island's last families."),
        ]
        let leads = [
            "Glenmoor ferry service to close for good in June. The ferry will close after the summer timetable, crew were told.",
            "Glenmoor ferry service to sail its last voyage. The operator plans to close the Glenmoor route in June.",
            "Islanders fear for the Glenmoor ferry, which the operator is said to be ready to close.",
            "What the Glenmoor ferry service means to the island's last families. Talk of a closure has alarmed them.",
        ].map(ClaimWords.content)
        let vocabulary = ClaimCandidates.leadVocabulary(leads)
        #expect(ClaimCandidates.wording(group).article == 1, "agreement alone prefers the figure of speech")
        #expect(ClaimCandidates.wording(group, vocabulary: vocabulary).article == 0)
    }
}
