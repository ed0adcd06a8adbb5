import HearsayModel
import HearsayText

/// The working state of one story while the stages enrich it, like a spaCy `Doc`:
/// each stage reads what earlier stages wrote and adds its own findings to `story`.
public struct StoryDraft: Sendable {
    /// The story's articles, oldest first when dates are known, else in input order.
    public var articles: [Article]
    /// `documents[i]` is `articles[i].body` split into paragraphs and sentences.
    public var documents: [TextDocument]
    public var story: Story

    public init(id: String, articles: [Article]) {
        let ordered = StoryDraft.chronological(articles)
        self.articles = ordered
        self.documents = ordered.map { TextDocument($0.body) }
        self.story = Story(id: id, title: ordered.first?.title ?? "", articles: ordered.map(\.id))
    }

    public func index(ofArticle id: String) -> Int? { articles.firstIndex { $0.id == id } }

    /// Articles with a date first, by date; undated ones keep their input order after them.
    /// The sort is stable, so equal dates keep input order too.
    static func chronological(_ articles: [Article]) -> [Article] {
        let indexed = articles.enumerated().map { ($0.offset, $0.element) }
        return indexed.sorted { a, b in
            switch (a.1.published, b.1.published) {
            case let (x?, y?): x == y ? a.0 < b.0 : x < y
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.0 < b.0
            }
        }.map(\.1)
    }
}

/// One step of the analysis. Stages are values with no shared state, so a story can be
/// analysed on any thread.
public protocol AnalysisStage: Sendable {
    func run(_ draft: inout StoryDraft)
}

/// Runs the stages in order over one story's articles.
public struct StoryAnalyzer: Sendable {
    public var stages: [any AnalysisStage]

    public init(stages: [any AnalysisStage]) {
        self.stages = stages
    }

    /// Quotes and people first (claims and comparison read them), then claims, then the
    /// comparison of outlets.
    public static let standard = StoryAnalyzer(stages: [QuoteStage(), ClaimStage(), CompareStage()])

    public func analyze(id: String, articles: [Article]) -> Story {
        var draft = StoryDraft(id: id, articles: articles)
        for stage in stages { stage.run(&draft) }
        return draft.story
    }
}
