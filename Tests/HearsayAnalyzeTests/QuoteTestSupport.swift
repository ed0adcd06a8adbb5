import HearsayModel

@testable import HearsayAnalyze

/// What the quote tests share: a story of one article per body, run through the quote
/// stage, and look-ups of a quote by some of its words.
enum QuoteTestSupport {
    static func story(_ bodies: [String], compared: Bool = false) -> Story {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "art\(i)0000000", source: "test\(i).txt", title: "", body: body)
        }
        var draft = StoryDraft(id: "s", articles: articles)
        QuoteStage().run(&draft)
        // Quote groups and flags come from the compare stage.
        if compared { CompareStage().run(&draft) }
        return draft.story
    }

    static func quote(_ s: Story, _ words: String) -> Quote? {
        s.quotes.first { $0.text.contains(words) }
    }
}

/// The short names every quote suite calls its helpers by.
protocol QuoteSuite {}

extension QuoteSuite {
    func story(_ bodies: String...) -> Story { QuoteTestSupport.story(bodies) }

    func quote(_ s: Story, _ words: String) -> Quote? { QuoteTestSupport.quote(s, words) }

    func speaker(_ s: Story, _ words: String) -> String? { quote(s, words)?.speaker }

    /// The outlets cited in a story of these bodies (documents cited are `DocumentSourcesTests`').
    func sources(_ bodies: String...) -> [String] {
        QuoteTestSupport.story(bodies).citations.filter { $0.kind == .outlet }.map(\.source)
    }

    /// The roles the story gives the person of that name.
    func roles(_ s: Story, _ name: String) -> [String] { s.people.first { $0.name == name }?.roles ?? [] }
}
