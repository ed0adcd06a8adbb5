import Foundation
import HearsayModel

/// Analyses a set of articles already grouped into stories and returns the v1 document.
/// Stories are independent, so they are analysed in parallel.
public struct DocumentAnalyzer: Sendable {
    public var analyzer: StoryAnalyzer

    public init(analyzer: StoryAnalyzer = .standard) {
        self.analyzer = analyzer
    }

    /// `stories` lists each story's id and article ids; articles in no story are left out
    /// of every story but kept in `articles`.
    public func analyze(_ articles: [Article], stories: [StoryMembers]) -> AnalysisDocument {
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Each story's members with the years their datelines take from the story
        // (`DatelineYears`): analysed so, and shown so with the articles.
        let members = stories.map { DatelineYears.fill($0.articles.compactMap { byID[$0] }) }
        let results = ResultBox(count: stories.count)
        let analyzer = self.analyzer
        DispatchQueue.concurrentPerform(iterations: stories.count) { i in
            results.set(i, analyzer.analyze(id: stories[i].id, articles: members[i]))
        }
        let filled = Dictionary(members.joined().compactMap { a in a.published.map { (a.id, $0) } }, uniquingKeysWith: { a, _ in a })
        let shown = articles.map { a in
            var a = a
            if a.published == nil { a.published = filled[a.id] }
            return a
        }
        return AnalysisDocument(articles: shown, stories: results.values.compactMap { $0 })
    }

    /// Every article in one story: what `analyze` does when the inputs are one story.
    public static func singleStory(_ articles: [Article]) -> [StoryMembers] {
        guard let first = articles.first else { return [] }
        return [StoryMembers(id: "s-" + first.id, articles: articles.map(\.id))]
    }
}

/// Collects results written from `concurrentPerform`'s threads, one slot each.
final class ResultBox: @unchecked Sendable {
    private(set) var values: [Story?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ story: Story) {
        lock.withLock { values[i] = story }
    }
}
