import Foundation
import HearsayTestSupport
import Testing

@testable import HearsayWARC

func record(type: String, uri: String?, content: [UInt8], id: Int) -> [UInt8] {
    var head = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:0000-\(id)>\r\n"
    if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
    head += "WARC-Date: 2024-03-05T09:00:00Z\r\nContent-Length: \(content.count)\r\n\r\n"
    return Array(head.utf8) + content + Array("\r\n\r\n".utf8)
}

func httpResponse(status: String, headers: [String], body: [UInt8]) -> [UInt8] {
    Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
}

func articlePage(_ headline: String, _ sentence: String) -> [UInt8] {
    Array("""
        <html><head><title>\(headline)</title><meta property="og:title" content="\(headline)"></head>
        <body><article><h1>\(headline)</h1>
        <p>\(sentence) The statement was published on the agency's website on Tuesday morning.</p>
        <p>Officials said further details would follow later in the week, once the review had ended.</p>
        </article></body></html>
        """.utf8)
}

func chunked(_ body: [UInt8]) -> [UInt8] {
    let half = body.count / 2
    var out: [UInt8] = Array("\(String(half, radix: 16))\r\n".utf8)
    out += body[0..<half]
    out += Array("\r\n\(String(body.count - half, radix: 16))\r\n".utf8)
    out += body[half...]
    out += Array("\r\n0\r\n\r\n".utf8)
    return out
}

/// A small crawl: metadata, a request, two article pages (one chunked and gzipped as
/// sent), a 404 and an image.
func crawlRecords() -> [[UInt8]] {
    [
        record(type: "warcinfo", uri: nil, content: Array("software: fixture\r\n".utf8), id: 1),
        record(type: "request", uri: "https://news.example/a", content: Array("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8), id: 2),
        record(type: "response", uri: "https://news.example/a", content: httpResponse(
            status: "200 OK", headers: ["Content-Type: text/html; charset=utf-8"],
            body: articlePage("Dam inspection finds cracks", "Engineers found cracks in the dam's spillway during a routine inspection.")), id: 3),
        record(type: "response", uri: "https://news.example/missing", content: httpResponse(
            status: "404 Not Found", headers: ["Content-Type: text/html"], body: Array("<html><body>Not here</body></html>".utf8)), id: 4),
        record(type: "response", uri: "https://news.example/logo.png", content: httpResponse(
            status: "200 OK", headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47]), id: 5),
        record(type: "response", uri: "https://news.example/b", content: httpResponse(
            status: "200 OK", headers: ["Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"],
            body: chunked(gzip(articlePage("Library extends opening hours", "The city library will open until ten at night from May.")))), id: 6),
    ]
}

func write(_ bytes: [UInt8], _ name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-warc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

@Test func readsArticlesFromAGzipPerRecordCrawl() throws {
    let path = try write(crawlRecords().flatMap(gzip), "crawl.warc.gz")
    var titles: [String] = []
    var urls: [String?] = []
    var skipped: [String] = []
    try WARC.articles(atPath: path, skipped: { skipped.append($0) }) { a, _ in
        titles.append(a.title)
        urls.append(a.url)
        #expect(a.body.split(separator: "\n").count == 2)
    }
    #expect(titles == ["Dam inspection finds cracks", "Library extends opening hours"])
    #expect(urls == ["https://news.example/a", "https://news.example/b"])
    #expect(skipped == ["https://news.example/missing: HTTP status 404"])
}

@Test func readsAnUncompressedCrawlRecordByRecord() throws {
    let path = try write(crawlRecords().flatMap { $0 }, "crawl.warc")
    var types: [String] = []
    try WARC.forEachRecord(atPath: path) { types.append($0.type) }
    #expect(types == ["warcinfo", "request", "response", "response", "response", "response"])
}

@Test func aTruncatedCrawlDeliversWhatCameBeforeAndSaysWhere() throws {
    var bytes = crawlRecords().flatMap(gzip)
    bytes.removeLast(40)
    let path = try write(bytes, "cut.warc.gz")
    var titles: [String] = []
    #expect {
        try WARC.articles(atPath: path) { a, _ in titles.append(a.title) }
    } throws: { error in
        let e = error as? WARC.Failure
        return e?.path == path && e?.problem.contains("truncated gzip data after 5 records") == true
    }
    #expect(titles == ["Dam inspection finds cracks"])
}

@Test func refusesWhatIsNotACrawl() throws {
    let path = try write(Array("<html><body>a page</body></html>".utf8), "page.warc")
    #expect(throws: WARC.Failure.self) { try WARC.forEachRecord(atPath: path) { _ in } }
    #expect(throws: WARC.Failure(path: "/nonexistent/x.warc.gz", problem: "no such file")) {
        try WARC.forEachRecord(atPath: "/nonexistent/x.warc.gz") { _ in }
    }
}

@Test func dechunksBodies() {
    #expect(HTTPResponse.dechunk(chunked(Array("hello world".utf8))) == Array("hello world".utf8))
    #expect(HTTPResponse.dechunk(Array("zz\r\nhello".utf8)) == nil)
}
