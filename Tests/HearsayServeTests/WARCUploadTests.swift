import Foundation
import HearsayModel
import HearsayTestSupport
import Testing
@testable import HearsayServe

/// WARC crawls posted to `/api/articles` over a real socket. The pages are written for
/// these tests; expected articles come from what the store holds afterwards.
@Suite(.serialized) struct WARCUploadTests {
    static func record(type: String, uri: String?, content: [UInt8], id: Int) -> [UInt8] {
        var head = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:0000-\(id)>\r\n"
        if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
        head += "WARC-Date: 2025-04-02T08:00:00Z\r\nContent-Length: \(content.count)\r\n\r\n"
        return Array(head.utf8) + content + Array("\r\n\r\n".utf8)
    }

    static func response(_ uri: String, status: String, _ page: String, id: Int) -> [UInt8] {
        let http = "HTTP/1.1 \(status)\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
        return record(type: "response", uri: uri, content: Array(http.utf8), id: id)
    }

    static func page(_ headline: String, _ paragraphs: [String]) -> String {
        "<html><head><title>\(headline)</title><meta property=\"og:site_name\" content=\"Valley Courier\"></head><body><article><h1>\(headline)</h1>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
    }

    /// Metadata, two article pages about one event, and a 404 page that is no article.
    static let records: [[UInt8]] = [
        record(type: "warcinfo", uri: nil, content: Array("software: test fixture\r\n".utf8), id: 1),
        response("https://courier.example/reservoir-low", status: "200 OK", page("Reservoir falls to its lowest level in a decade", [
            "The town reservoir has fallen to its lowest level in ten years, the water board said on Thursday.",
            "\"We are asking every household to save water this summer,\" said Petra Lindqvist, who chairs the board.",
        ]), id: 2),
        response("https://courier.example/hosepipe-ban", status: "200 OK", page("Water board weighs a hosepipe ban as reservoir drops", [
            "A hosepipe ban is being considered after the reservoir dropped to a ten-year low, the water board said.",
            "The board will decide next week, according to Petra Lindqvist, its chair, who called the situation serious.",
        ]), id: 3),
        response("https://courier.example/gone", status: "404 Not Found", "<html><body>Gone</body></html>", id: 4),
    ]

    static var plain: [UInt8] { records.flatMap { $0 } }
    static var gzipped: [UInt8] { records.flatMap { gzip($0) } }

    static func post(_ server: TestServer, _ bytes: [UInt8], type: String?) async throws -> TestServer.Reply {
        try await server.post("/api/articles?source=crawl.warc", body: Data(bytes), type: type, token: "test-token")
    }

    @Test func aCrawlBecomesArticlesInOneStoryAndIsStoredOnce() async throws {
        try await TestServer.with(withExamples: false) { server in
            let first = try await Self.post(server, Self.plain, type: "application/warc")
            #expect(first.status == 201, "\(first.text)")
            let result = try #require(try first.json() as? [String: Any])
            #expect(result["received"] as? Int == 2)
            #expect(result["added"] as? Int == 2)
            #expect((result["skipped"] as? [String])?.map { $0.hasPrefix("https://courier.example/gone:") } == [true])
            let stored = try server.store.articles()
            #expect(Set(stored.map(\.url)) == ["https://courier.example/reservoir-low", "https://courier.example/hosepipe-ban"])
            // As `ingest` records them: each page's source is its address in the crawl.
            #expect(stored.allSatisfy { $0.source == $0.url })
            #expect(stored.contains { $0.body.contains("save water this summer") })

            let summaries = try #require(result["articles"] as? [[String: Any]])
            let story = try #require(summaries.first?["story"] as? String)
            #expect(summaries.allSatisfy { $0["story"] as? String == story })
            let document = try await server.get("/api/stories/\(story)").decode(AnalysisDocument.self)
            #expect(Set(document.articles.map(\.id)) == Set(stored.map(\.id)))

            let again = try await Self.post(server, Self.plain, type: "application/warc")
            #expect(again.status == 200, "\(again.text)")
            #expect((try again.json() as? [String: Any])?["added"] as? Int == 0)
            #expect(try server.store.articleCount() == 2)
            #expect(try server.store.storyMembers().map(\.articles.count) == [2])
        }
    }

    @Test func gzipPerRecordCrawlsAreReadByTypeOrByTheirMagic() async throws {
        try await TestServer.with(withExamples: false) { server in
            let warc = try await Self.post(server, Self.gzipped, type: "application/warc")
            #expect(warc.status == 201, "\(warc.text)")
            #expect(try server.store.articles().map(\.title).sorted()
                == ["Reservoir falls to its lowest level in a decade", "Water board weighs a hosepipe ban as reservoir drops"])
            // The same pages, sent as bytes of unknown type, name the same articles.
            let sniffed = try await Self.post(server, Self.gzipped, type: "application/octet-stream")
            #expect(sniffed.status == 200, "\(sniffed.text)")
            #expect((try sniffed.json() as? [String: Any])?["received"] as? Int == 2)
            let plainAsGzipType = try await Self.post(server, Self.plain, type: "application/gzip")
            #expect(plainAsGzipType.status == 200, "\(plainAsGzipType.text)")
            #expect(try server.store.articleCount() == 2)
        }
    }

    @Test func aBrokenOrForeignBodyStoresNothing() async throws {
        let limit = Self.plain.count + 512
        try await TestServer.with(maxUploadBytes: limit, withExamples: false) { server in
            var cutGzip = Self.gzipped
            cutGzip.removeLast(30)
            var cutPlain = Self.plain
            cutPlain.removeLast(60)
            for (body, type, problem) in [
                (cutGzip, "application/warc", "truncated gzip data after 3 records"),
                (cutPlain, "application/warc", "truncated WARC record after 3 records"),
                (Array("{\"title\": \"not a crawl\"}".utf8), "application/warc", "not a WARC crawl"),
                (gzip(Array("just some text\r\n\r\n".utf8)), "application/gzip", "not a WARC record header"),
            ] {
                let r = try await Self.post(server, body, type: type)
                #expect(r.status == 422, "\(r.text)")
                let message = try #require(((try r.json() as? [String: Any])?["error"] as? [String: Any])?["message"] as? String, "\(r.text)")
                #expect(message.hasPrefix("crawl.warc: ") && message.contains(problem) && !message.contains("\n"), "\(message)")
            }
            let foreign = try await Self.post(server, Array("plain words".utf8), type: "application/octet-stream")
            #expect(foreign.status == 415, "\(foreign.text)")
            let tooBig = try await Self.post(server, Self.plain + Self.plain, type: "application/warc")
            #expect(tooBig.status == 413)
            #expect(try server.store.articleCount() == 0)
            #expect(try server.store.storyMembers().isEmpty)
        }
    }

    @Test func crawlMediaTypes() {
        #expect(Upload.kind(mediaType: "application/warc") == .warc)
        #expect(Upload.kind(mediaType: "Application/GZIP") == .warc)
        #expect(Upload.isGeneric("application/octet-stream; q=1"))
        #expect(!Upload.isGeneric("application/warc"))
        #expect(Upload.looksLikeCrawl(Self.gzipped) && Upload.looksLikeCrawl(Self.plain))
        #expect(!Upload.looksLikeCrawl(Array("WARC/0.9".utf8)))
    }
}
