import Foundation
import HearsayModel
import HearsayStore
import Testing

@testable import HearsayFetch

func page(_ headline: String, _ first: String) -> [UInt8] {
    Array("""
        <html><head><title>\(headline)</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>\(headline)</h1>
        <p>\(first) Officials confirmed the figures in a statement on Wednesday afternoon.</p>
        <p>Further talks are planned for next month, according to people involved in the process.</p>
        </article></body></html>
        """.utf8)
}

/// Windows-1252 bytes, declared only in <meta>: "The café owners’ union".
let legacyPage: [UInt8] = Array("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Cafe strike</title></head>
    <body><article><h1>Cafe strike</h1><p>The caf
    """.utf8) + [0xE9] + Array(" owners".utf8) + [0x92] + Array("""
     union called a one-day strike over rents, its chair said on Monday after a long meeting.</p>
    <p>Most of the city's cafes are expected to stay closed on Friday, the union said in a letter.</p></article></body></html>
    """.utf8)

func rss(_ base: String, links: [String]) -> [UInt8] {
    let items = links.enumerated().map { i, link in
        "<item><title>Item \(i)</title><link>\(base)\(link)</link><guid>\(link)</guid><pubDate>Wed, 06 Mar 2024 10:0\(i):00 GMT</pubDate></item>"
    }
    return Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture news</title>\(items.joined())</channel></rss>".utf8)
}

let feedHeaders = [("Content-Type", "application/rss+xml")]

func temporaryDatabase() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-watch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent("watch.db").path
}

@Test func pollsStoresAndResumesWithoutRefetching() async throws {
    let server = FixtureServer()
    try await server.start()
    let base = server.base
    server.set("/feed.xml", .init(headers: feedHeaders, body: rss(base, links: ["/a.html", "/b.html", "/missing.html", "/loop1"]), etag: "\"v1\""))
    server.set("/a.html", .init(body: page("Port reopens after storm", "The port reopened to shipping on Wednesday after three days.")))
    server.set("/b.html", .init(headers: [("Content-Type", "text/html")], body: legacyPage))
    server.set("/loop1", .init(status: 302, headers: [("Location", "/loop2")]))
    server.set("/loop2", .init(status: 302, headers: [("Location", "/loop1")]))
    let db = try temporaryDatabase()
    let statePath = WatchState.path(forDatabase: db)

    let http = HTTPFetcher(options: FetchOptions(userAgent: "HearsayTest/1", timeout: .seconds(5)))
    let store = try SQLiteStore(path: db)
    let watcher = try Watcher(feeds: ["\(base)/feed.xml"], store: store, fetcher: http, politeness: Politeness(delay: .zero), statePath: statePath)

    let first = await watcher.poll()
    #expect(first.count == 1)
    #expect(first[0].items == 4)
    #expect(first[0].added.map(\.title).sorted() == ["Cafe strike", "Port reopens after storm"])
    let cafe = first[0].added.first { $0.title == "Cafe strike" }
    #expect(cafe?.body.hasPrefix("The café owners\u{2019} union called") == true)
    // The feed's date fills in what the page does not say.
    #expect(first[0].added.allSatisfy { $0.published?.hasPrefix("2024-03-06") == true })
    #expect(first[0].problems.contains { $0.hasSuffix("/missing.html: HTTP 404 Not Found") })
    #expect(first[0].problems.contains { $0.contains("/loop1") && $0.contains("redirect loop") })
    #expect(try store.articleCount() == 2)
    #expect(server.agents == ["HearsayTest/1"])

    // Unchanged feed: asked conditionally, answered 304, no page fetched.
    let second = await watcher.poll()
    #expect(second[0].notModified)
    #expect(server.conditionalHits("/feed.xml") == 1)
    #expect(server.hits("/a.html") == 1)
    await http.shutdown()

    // Restart: a new watcher on the same database and state. The feed changed and lists
    // one more item; only that page is fetched.
    server.set("/feed.xml", .init(headers: feedHeaders, body: rss(base, links: ["/a.html", "/b.html", "/missing.html", "/loop1", "/c.html"]), etag: "\"v2\""))
    server.set("/c.html", .init(body: page("Bridge tolls cut", "Tolls on the river bridge will fall by half from April.")))
    let http2 = HTTPFetcher(options: FetchOptions(userAgent: "HearsayTest/1", timeout: .seconds(5)))
    let restarted = try Watcher(feeds: ["\(base)/feed.xml"], store: try SQLiteStore(path: db), fetcher: http2, politeness: Politeness(delay: .zero), statePath: statePath)
    let third = await restarted.poll()
    #expect(third[0].added.map(\.title) == ["Bridge tolls cut"])
    #expect(third[0].problems.isEmpty)
    #expect(server.hits("/a.html") == 1)
    #expect(server.hits("/b.html") == 1)
    #expect(server.hits("/missing.html") == 1)
    #expect(server.hits("/loop1") == 1)
    #expect(try store.articleCount() == 3)
    // After a restart the validators survive too.
    let fourth = await restarted.poll()
    #expect(fourth[0].notModified)
    await http2.shutdown()
    try await server.stop()
}

@Test func aFeedThatIsAPageOrMissingIsReportedAndTheOthersPolled() async throws {
    let server = FixtureServer()
    try await server.start()
    let base = server.base
    server.set("/page-not-feed", .init(body: page("Not a feed", "This is an ordinary page, served where a feed was expected.")))
    server.set("/good.xml", .init(headers: feedHeaders, body: rss(base, links: ["/d.html"])))
    server.set("/d.html", .init(body: page("Grain prices rise", "Grain prices rose for a third week as dry weather persisted.")))
    let db = try temporaryDatabase()
    let http = HTTPFetcher(options: FetchOptions(timeout: .seconds(5)))
    let watcher = try Watcher(feeds: ["\(base)/page-not-feed", "\(base)/gone.xml", "\(base)/good.xml"], store: try SQLiteStore(path: db),
                              fetcher: http, politeness: Politeness(delay: .zero), statePath: nil)
    let reports = await watcher.poll()
    #expect(reports[0].problems == ["\(base)/page-not-feed: not an RSS or Atom feed (an HTML page)"])
    #expect(reports[1].problems == ["\(base)/gone.xml: HTTP 404 Not Found"])
    #expect(reports[2].added.map(\.title) == ["Grain prices rise"])
    await http.shutdown()
    try await server.stop()
}

@Test func transientFailuresAreRetried() async throws {
    let server = FixtureServer()
    try await server.start()
    server.set("/flaky.html", .init(body: page("Flaky", "This page fails twice before it answers."), failures: 2))
    let http = HTTPFetcher(options: FetchOptions(timeout: .seconds(5)))
    let response = try await Retrying(http, attempts: 3, base: .milliseconds(10)).fetch(FetchRequest(url: "\(server.base)/flaky.html"))
    #expect(response.status == 200)
    #expect(server.hits("/flaky.html") == 3)
    // Without enough attempts the last failure is reported, as transient.
    server.set("/flaky2.html", .init(body: [], failures: 5))
    await #expect(throws: FetchError(url: "\(server.base)/flaky2.html", problem: "HTTP 503 Service Unavailable", transient: true)) {
        try await Retrying(http, attempts: 2, base: .milliseconds(10)).fetch(FetchRequest(url: "\(server.base)/flaky2.html"))
    }
    // A 404 is not worth a second try.
    _ = try? await Retrying(http, attempts: 3, base: .milliseconds(10)).fetch(FetchRequest(url: "\(server.base)/nope.html"))
    #expect(server.hits("/nope.html") == 1)
    await http.shutdown()
    try await server.stop()
}

@Test func backOffDoublesAndPolitenessSpacesRequestsPerHost() {
    #expect(Retrying.delay(afterAttempt: 1, base: .seconds(2)) == .seconds(2))
    #expect(Retrying.delay(afterAttempt: 3, base: .seconds(2)) == .seconds(8))
    let now = ContinuousClock.now
    let first = Politeness.schedule(slot: nil, now: now, delay: .seconds(1))
    #expect(first.start == now)
    let second = Politeness.schedule(slot: first.nextSlot, now: now + .milliseconds(200), delay: .seconds(1))
    #expect(second.start == now + .seconds(1))
    let late = Politeness.schedule(slot: second.nextSlot, now: now + .seconds(5), delay: .seconds(1))
    #expect(late.start == now + .seconds(5))
}

@Test func refusesWhatIsNotAnHTTPURL() async {
    let http = HTTPFetcher()
    await #expect(throws: FetchError.self) { try await http.fetch(FetchRequest(url: "ftp://example.org/feed")) }
    await http.shutdown()
}

@Test func pagesNamedByURLAreFetchedAndExtracted() async throws {
    let server = FixtureServer()
    try await server.start()
    server.set("/e.html", .init(body: page("Ferry service resumes", "The island ferry resumed its timetable on Thursday.")))
    let results = await WebPages.fetchAll(["\(server.base)/e.html", "\(server.base)/absent.html"], options: FetchOptions(timeout: .seconds(5)))
    #expect(results.count == 2)
    #expect((try? results[0].get())?.title == "Ferry service resumes")
    #expect((try? results[0].get())?.source == "\(server.base)/e.html")
    if case .failure(let e) = results[1] {
        #expect(e.description == "\(server.base)/absent.html: HTTP 404 Not Found")
    } else {
        Issue.record("a 404 page gave an article")
    }
    try await server.stop()
}
