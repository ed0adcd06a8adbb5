import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// What the claim suites share: a story of (headline, body) articles, a day apart, through
/// the whole analysis, and its core claim.
protocol ClaimSuite {}

extension ClaimSuite {
    /// A brewery said to be selling to a rival, then one more article.
    func brewery(_ outcome: (String, String)) throws -> Claim {
        try core(analyse([
            (
                "Kettleby Brewery to be sold to Marsh Ales, paper says",
                "Kettleby Brewery is selling its Dunmere brewhouse to Marsh Ales in a sale worth £4 million, the Wold Gazette reported on Monday, citing two people close to the talks."
            ),
            (
                "Kettleby Brewery said to be selling to Marsh Ales",
                "Kettleby Brewery is selling its Dunmere brewhouse to Marsh Ales, according to the Wold Gazette. Head brewer Tomas Ferrant did not answer calls."
            ),
            outcome,
        ]))
    }

    /// The claims stage's tokens of a whole text.
    func tokens(_ s: String) -> [WordToken] {
        let doc = TextDocument(s)
        return ClaimWords.tokens(doc, 0..<doc.scalars.count)
    }

    /// The sourcing phrases the claims stage reads in one sentence.
    func phrases(_ s: String) -> [String] {
        let doc = TextDocument(s)
        return ClaimEvidence.phrases(ClaimWords.tokens(doc, 0..<doc.scalars.count), doc).map(\.0)
    }

    func analyse(_ bodies: [(String, String)]) -> Story {
        let articles = bodies.enumerated().map { i, a in
            Article(id: "art\(i)0000000", source: "t\(i).txt", title: a.0, body: a.1, published: "2026-03-0\(i + 1)")
        }
        return StoryAnalyzer.standard.analyze(id: "s", articles: articles)
    }

    func core(_ s: Story) throws -> Claim {
        try #require(s.claims.first { $0.isCore })
    }
}
