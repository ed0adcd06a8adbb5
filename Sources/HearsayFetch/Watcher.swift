import Foundation
import HearsayModel
import HearsayRead
import HearsayStore

/// What `watch` remembers between runs besides the articles themselves: each feed's
/// validators, and the item links that were handled without giving an article (not a
/// page, not an article), so they are not fetched again.
public struct WatchState: Codable, Sendable, Equatable {
    public struct Validators: Codable, Sendable, Equatable {
        public var etag: String?
        public var lastModified: String?
    }

    public var feeds: [String: Validators] = [:]
    public var handled: Set<String> = []

    public init() {}

    /// Kept beside the database: `hearsay.db` -> `hearsay.db.watch.json`.
    public static func path(forDatabase db: String) -> String { db + ".watch.json" }

    public static func load(_ path: String) throws -> WatchState {
        guard let data = FileManager.default.contents(atPath: path) else { return WatchState() }
        do { return try JSONDecoder().decode(WatchState.self, from: data) } catch {
            throw FetchError(url: path, problem: "unreadable watch state (\(error)); delete it to start afresh", transient: false)
        }
    }

    public func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// One feed's part of a polling round.
public struct WatchReport: Sendable {
    public var feed: String
    public var notModified = false
    public var items = 0
    public var added: [Article] = []
    public var problems: [String] = []
}

/// Polls feeds and stores the articles their items link to. Each page is fetched once:
/// the links of stored articles and of handled items are known, also after a restart,
/// and feeds are asked with If-None-Match / If-Modified-Since.
public actor Watcher {
    let feeds: [String]
    let store: any ArticleStore
    let fetcher: any PageFetcher
    let politeness: Politeness
    let statePath: String?
    private(set) var state: WatchState
    private var known: Set<String>

    public init(feeds: [String], store: any ArticleStore, fetcher: any PageFetcher, politeness: Politeness, statePath: String?) throws {
        self.feeds = feeds
        self.store = store
        self.fetcher = fetcher
        self.politeness = politeness
        self.statePath = statePath
        state = try statePath.map(WatchState.load) ?? WatchState()
        var known = state.handled
        for a in try store.articles() {
            known.insert(a.source)
            if let url = a.url { known.insert(url) }
        }
        self.known = known
    }

    /// One round over every feed, in order.
    public func poll() async -> [WatchReport] {
        var reports: [WatchReport] = []
        for feed in feeds { reports.append(await poll(feed: feed)) }
        return reports
    }

    func poll(feed url: String) async -> WatchReport {
        var report = WatchReport(feed: url)
        let validators = state.feeds[url]
        await politeness.turn(for: url)
        let response: FetchResponse
        do {
            response = try await fetcher.fetch(FetchRequest(url: url, etag: validators?.etag, lastModified: validators?.lastModified))
        } catch {
            report.problems.append(error.description)
            return report
        }
        if response.notModified {
            report.notModified = true
            return report
        }
        let feed: Feed
        do { feed = try FeedParser.parse(response.body, baseURL: response.url) } catch {
            report.problems.append("\(url): \(error.description)")
            return report
        }
        report.items = feed.items.count
        for item in feed.items {
            guard let link = item.link, !known.contains(link) else { continue }
            switch await article(for: item, link: link) {
            case .success(let article):
                do {
                    try store.add([article])
                    report.added.append(article)
                    known.insert(link)
                } catch {
                    report.problems.append("\(link): could not store the article: \(error)")
                }
            case .failure(let problem):
                report.problems.append(problem.description)
                if !problem.transient {
                    known.insert(link)
                    state.handled.insert(link)
                }
            }
        }
        // Validators are kept only once the items they cover have been handled, so an
        // interrupted round is redone rather than answered "not modified".
        state.feeds[url] = WatchState.Validators(etag: response.etag, lastModified: response.lastModified)
        saveState(&report)
        return report
    }

    func article(for item: FeedItem, link: String) async -> Result<Article, FetchError> {
        await politeness.turn(for: link)
        let page: FetchResponse
        do { page = try await fetcher.fetch(FetchRequest(url: link)) } catch { return .failure(error) }
        do {
            var article = try WebArticleReader.read(html: page.body, source: link, url: page.url, charset: page.charset)
            // The feed knows what a page may not say about itself.
            if article.title.isEmpty { article.title = item.title }
            if article.published == nil { article.published = item.published }
            if article.byline == nil { article.byline = item.author }
            return .success(article)
        } catch {
            return .failure(FetchError(url: link, problem: error.message, transient: false))
        }
    }

    private func saveState(_ report: inout WatchReport) {
        guard let statePath else { return }
        do { try state.save(statePath) } catch {
            report.problems.append("\(statePath): could not save the watch state: \(error)")
        }
    }
}
