import Foundation
import HearsayAnalyze
import HearsayModel
import HearsayStore
import HearsayText

/// One story's analysis with the articles it was made from (oldest first) and the v1
/// contract document already encoded, so the busiest endpoint only copies bytes.
public struct AnalyzedStory: Sendable {
    public var story: Story
    public var articles: [Article]
    public var contract: Data

    public func article(_ id: String) -> Article? { articles.first { $0.id == id } }
}

/// What the server knows about the store: which stories exist, their analyses (computed
/// on first use and kept until the story's articles change) and a revision number that
/// goes up whenever the stories change, which the pages watch for live updates.
///
/// Analyses live in memory rather than in the store: they depend on the analysis code as
/// much as on the articles, so a stored copy would go stale silently after an upgrade.
actor StoryCatalog {
    let store: any ArticleStore
    let analyzer: StoryAnalyzer
    private(set) var members: [StoryMembers] = []
    private var storyOf: [String: String] = [:]
    private(set) var revision = 0
    private var signature: UInt64?
    private var analyses: [String: (articles: [String], task: Task<AnalyzedStory, any Error>)] = [:]
    private var watchers: [UUID: AsyncStream<Int>.Continuation] = [:]
    private var closed = false

    init(store: any ArticleStore, analyzer: StoryAnalyzer = .standard) {
        self.store = store
        self.analyzer = analyzer
    }

    /// Re-reads story membership; when it changed, bumps the revision, forgets analyses of
    /// stories whose articles changed and tells the watchers. Also picks up articles that
    /// another process (`hearsay ingest`) added to the same database.
    @discardableResult
    func refresh() throws -> Bool {
        var current = try store.storyMembers()
        let count = try store.articleCount()
        if current.isEmpty && count > 0 {
            current = DocumentAnalyzer.singleStory(try store.articles())
        }
        let next = Self.signature(current, articleCount: count)
        guard next != signature else { return false }
        signature = next
        members = current
        storyOf = Dictionary(current.flatMap { m in m.articles.map { ($0, m.id) } }, uniquingKeysWith: { a, _ in a })
        let live = Dictionary(current.map { ($0.id, $0.articles) }, uniquingKeysWith: { a, _ in a })
        analyses = analyses.filter { live[$0.key] == $0.value.articles }
        revision += 1
        for w in watchers.values { w.yield(revision) }
        return true
    }

    /// Stores uploaded articles and gives them stories. One upload at a time: grouping
    /// reads which articles have no story yet, so two running at once could split or
    /// merge each other's articles.
    func ingest(_ articles: [Article], group: (any StoryLedger) throws -> StoryUpdate?) throws -> Int {
        let added = try store.add(articles, grouping: group)
        try refresh()
        return added
    }

    func storyID(containing article: String) -> String? {
        storyOf[article]
    }

    func storyIDs(of articles: [String]) -> [String?] {
        articles.map { storyOf[$0] }
    }

    /// The analysis of one story, computed once per set of articles even when many
    /// requests ask for it at the same moment.
    func analysis(of id: String) async throws -> AnalyzedStory? {
        guard let (articles, task) = pending(id) else { return nil }
        return try await awaitAnalysis(id, articles, task)
    }

    /// Every story's analysis, in story order; all are started before any is awaited, so
    /// they run in parallel.
    func allAnalyses() async throws -> [AnalyzedStory] {
        let started = members.compactMap { m in pending(m.id).map { (m.id, $0.articles, $0.task) } }
        var out: [AnalyzedStory] = []
        for (id, articles, task) in started { out.append(try await awaitAnalysis(id, articles, task)) }
        return out
    }

    private func pending(_ id: String) -> (articles: [String], task: Task<AnalyzedStory, any Error>)? {
        guard let m = members.first(where: { $0.id == id }) else { return nil }
        if let cached = analyses[id], cached.articles == m.articles { return cached }
        let task = Task { [store, analyzer] in try await Self.analyse(m, store: store, analyzer: analyzer) }
        analyses[id] = (m.articles, task)
        return (m.articles, task)
    }

    /// A failed analysis (the store could not be read) is forgotten so the next request retries.
    private func awaitAnalysis(_ id: String, _ articles: [String], _ task: Task<AnalyzedStory, any Error>) async throws -> AnalyzedStory {
        do {
            return try await task.value
        } catch {
            if analyses[id]?.articles == articles { analyses[id] = nil }
            throw error
        }
    }

    /// Revisions from now on, starting with the current one.
    func changes() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        if closed {
            continuation.finish()
            return stream
        }
        let key = UUID()
        watchers[key] = continuation
        continuation.yield(revision)
        continuation.onTermination = { _ in Task { await self.stopWatching(key) } }
        return stream
    }

    private func stopWatching(_ key: UUID) {
        watchers[key] = nil
    }

    /// Ends every revision stream, now and for later callers: the server is shutting down.
    func close() {
        closed = true
        for w in watchers.values { w.finish() }
        watchers = [:]
    }

    static func analyse(_ m: StoryMembers, store: any ArticleStore, analyzer: StoryAnalyzer) async throws -> AnalyzedStory {
        let articles = try m.articles.compactMap { try store.article(id: $0) }
        // The analysis is CPU-bound and synchronous: run it off the concurrency pool so
        // that it never holds up request handling.
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let story = analyzer.analyze(id: m.id, articles: articles)
                let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                let ordered = story.articles.compactMap { byID[$0] }
                continuation.resume(with: Result {
                    AnalyzedStory(story: story, articles: ordered,
                                  contract: try JSONOutput.encode(AnalysisDocument(articles: ordered, stories: [story])))
                })
            }
        }
    }

    static func signature(_ members: [StoryMembers], articleCount: Int) -> UInt64 {
        var text = "\(articleCount)"
        for m in members { text += "|" + m.id + ":" + m.articles.joined(separator: ",") }
        return StableHash.fnv1a(text)
    }
}

/// JSON as the command line prints it: sorted keys, slashes unescaped.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
