import HearsayModel
import Testing

@testable import HearsayAnalyze

/// `QuoteGrouper.QuotePairs` remembers what it works out per pair of texts and credits: a
/// story run word for word by many outlets must be grouped as if every pair were weighed
/// afresh. Every sentence is written for these tests.
@Suite struct QuotePairsTests {
    static func quote(_ id: String, _ article: String, _ text: String, _ speaker: String?) -> Quote {
        Quote(id: id, text: text, article: article, speaker: speaker, span: TextSpan(start: 0, end: 0))
    }

    /// One text under two credits: remembered words must not carry one credit's answer to
    /// the other.
    @Test func oneTextUnderTwoCreditsIsJudgedPerCredit() {
        let text = "The ferry will stop sailing next spring."
        let quotes = [
            Self.quote("q0", "a0", text, "Ines Varga"),
            Self.quote("q1", "a1", text, "Ines Varga"),
            Self.quote("q2", "a2", text, "Tomas Brel"),
            Self.quote("q3", "a3", text, "Tomas Brel"),
        ]
        let speakers = SpeakerMatcher(people: [], quotes: quotes, roles: [])
        var pairs = QuoteGrouper.QuotePairs(quotes, speakers: speakers)
        #expect(pairs.sameStatement(0, 1) == true)
        #expect(pairs.sameStatement(0, 2) == false)
        #expect(pairs.sameStatement(2, 3) == true)
        #expect(pairs.sameStatement(1, 3) == false)
    }

    /// Many copies of two articles group exactly as the two articles' quotations do, and each
    /// answer from memory equals the one worked out afresh.
    @Test func copiesGroupAsTheirOriginals() {
        let said = [
            ("We have not held any talks about selling the yard to anyone.", "Ines Varga"),
            ("Nobody has approached us and nothing is for sale.", "a spokesperson for the yard"),
            ("It would be a serious blow to the town if the yard went.", "Tomas Brel"),
        ]
        var quotes: [Quote] = []
        for copy in 0..<12 {
            for (n, (text, speaker)) in said.enumerated() where copy % 3 != n {
                quotes.append(Self.quote("q\(copy)-\(n)", "a\(copy)", text, speaker))
            }
        }
        let speakers = SpeakerMatcher(people: [], quotes: quotes, roles: [])
        var remembered = QuoteGrouper.QuotePairs(quotes, speakers: speakers)
        for i in quotes.indices {
            for j in quotes.indices where i < j && quotes[i].article != quotes[j].article {
                var fresh = QuoteGrouper.QuotePairs(quotes, speakers: speakers)
                #expect(remembered.sameStatement(i, j) == fresh.sameStatement(i, j), "\(quotes[i].id) \(quotes[j].id)")
            }
        }
        let groups = QuoteGrouper.group(quotes, speakers: speakers).groups
        #expect(groups.count == said.count)
        #expect(groups.allSatisfy { $0.quotes.count == 8 })
    }
}
