import Foundation
import Testing

private func articleHTML(_ headline: String, _ lede: String) -> String {
    """
    <!doctype html><html lang="en"><head><title>\(headline) - Lakeside Post</title>
    <meta property="og:site_name" content="Lakeside Post">
    <meta property="article:published_time" content="2024-04-02T06:15:00Z"></head>
    <body><header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
    <main><article><h1>\(headline)</h1><p class="byline">By Ruth Adeyemi</p>
    <p>\(lede) The council confirmed the decision in a statement on Monday evening.</p>
    <p>Residents will be able to comment on the plans until the end of the month, it said.</p>
    </article></main><footer><p>Contact us | Privacy</p></footer></body></html>
    """
}

@Test func extractPrintsOneContractArticlePerPageAndNamesTheBadOnes() throws {
    let dir = try CLI.temporaryDirectory()
    let a = dir.appendingPathComponent("a.html"), b = dir.appendingPathComponent("b.htm")
    try articleHTML("Ferry route to close", "The night ferry to the islands will stop running in June.").write(to: a, atomically: true, encoding: .utf8)
    try articleHTML("Library gets new wing", "The central library will open a children's wing next spring.").write(to: b, atomically: true, encoding: .utf8)
    let gz = dir.appendingPathComponent("c.html")
    try Data([0x1F, 0x8B, 0x08, 0x00, 0x00]).write(to: gz)
    let missing = dir.appendingPathComponent("missing.html").path

    let r = try CLI.run(["extract", "--format", "jsonl", a.path, missing, b.path, gz.path])
    #expect(r.status == 1)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    for key in ["id", "source", "title", "body", "outlet", "byline", "published", "url", "language", "tickers"] {
        #expect(first?.keys.contains(key) == true, "missing \(key)")
    }
    #expect(first?["title"] as? String == "Ferry route to close")
    #expect(first?["outlet"] as? String == "Lakeside Post")
    #expect(first?["published"] as? String == "2024-04-02T06:15:00Z")
    #expect((first?["body"] as? String)?.hasPrefix("The night ferry") == true)
    #expect((first?["body"] as? String)?.contains("Privacy") == false)
    let errors = r.stderr.split(separator: "\n")
    #expect(errors.count == 2)
    #expect(errors.contains { $0.hasPrefix("hearsay: \(missing): no such file") })
    #expect(errors.contains { $0.hasPrefix("hearsay: \(gz.path): not an HTML page (gzip data") })
}

@Test func ingestReadsPagesAndCrawls() throws {
    let dir = try CLI.temporaryDirectory()
    let page = dir.appendingPathComponent("page.html")
    try articleHTML("Tram fares frozen", "Tram fares will not rise this year, the transport authority said.").write(to: page, atomically: true, encoding: .utf8)
    let html = Array(articleHTML("Market hall reopens", "The old market hall reopened on Saturday after two years of repairs.").utf8)
    let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".utf8) + html
    let head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://post.example/market\r\nContent-Length: \(http.count)\r\n\r\n"
    let crawl = dir.appendingPathComponent("crawl.warc")
    try Data(Array(head.utf8) + http + Array("\r\n\r\n".utf8)).write(to: crawl)
    let db = dir.appendingPathComponent("t.db").path

    let ingest = try CLI.run(["ingest", "--db", db, page.path, crawl.path])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let listed = try CLI.run(["articles", "--db", db, "--format", "jsonl"])
    let titles = listed.stdout.split(separator: "\n").compactMap {
        (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["title"] as? String
    }
    #expect(Set(titles) == ["Tram fares frozen", "Market hall reopens"])
}

/// A text article used to come out as one paragraph of everything with no headline; a
/// JSON Lines file as a page of JSON.
@Test func extractReadsATextArticleAsTextAndNamesWhatIsNoPage() throws {
    let dir = try CLI.temporaryDirectory()
    let text = dir.appendingPathComponent("story.txt")
    try "Ferry route to close\nThe Island Herald\nBy Ruth Adeyemi\n4 May 2026\n\nThe night ferry will stop in June.\n\nThe council said so on Monday.\n"
        .write(to: text, atomically: true, encoding: .utf8)
    let lines = dir.appendingPathComponent("many.jsonl")
    try "{\"id\":\"1\",\"title\":\"Ferry\",\"body\":\"It stops.\"}\n".write(to: lines, atomically: true, encoding: .utf8)
    let r = try CLI.run(["extract", "--format", "jsonl", text.path, lines.path])
    #expect(r.status == 1)
    let out = r.stdout.split(separator: "\n")
    #expect(out.count == 1)
    let a = try JSONSerialization.jsonObject(with: Data(out[0].utf8)) as? [String: Any]
    #expect(a?["title"] as? String == "Ferry route to close")
    #expect(a?["outlet"] as? String == "The Island Herald")
    #expect(a?["published"] as? String == "2026-05-04")
    #expect(a?["body"] as? String == "The night ferry will stop in June.\n\nThe council said so on Monday.")
    #expect(r.stderr == "hearsay: \(lines.path): not a web page but a JSON Lines file; `hearsay analyze` or `ingest` reads it\n")
}
