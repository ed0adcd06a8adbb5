import HearsayModel

@testable import HearsayAnalyze

/// What the quote tests share: a story of one article per body, run through the quote
/// stage, and look-ups of a quote by some of its words.
enum QuoteTestSupport {
    static func story(_ bodies: [String]) -> Story {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "art\(i)0000000", source: "test\(i).txt", title: "", body: body)
        }
        var draft = StoryDraft(id: "s", articles: articles)
        QuoteStage().run(&draft)
        return draft.story
    }

    static func quote(_ s: Story, _ words: String) -> Quote? {
        s.quotes.first { $0.text.contains(words) }
    }
}
