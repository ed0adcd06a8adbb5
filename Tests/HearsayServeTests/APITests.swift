import Foundation
import HearsayAnalyze
import HearsayModel
import Logging
import Testing
@testable import HearsayServe

/// The JSON API over a real socket. Expected values come from running the analysis on
/// the same stored articles, never from hard-coded answers.
@Suite(.serialized) struct APITests {
    /// An article written for these tests (not from any data set).
    static let upload = """
        {"title": "Harbour bridge to close for repairs, council says", "outlet": "Test Gazette", "published": "2025-03-04",
         "body": "The harbour bridge will close for six weeks from May, the city council said on Tuesday.\\n\\n\\"We have no choice,\\" said Mara Ellison, the council's head of transport. \\"The cables are older than anyone thought.\\""}
        """

    static func expectedStory(_ server: TestServer, _ id: String) throws -> Story {
        let members = try #require(try server.store.storyMembers().first { $0.id == id })
        let articles = try members.articles.compactMap { try server.store.article(id: $0) }
        return StoryAnalyzer.standard.analyze(id: id, articles: articles)
    }

    @Test func storiesAreListedWithCountsFromTheStore() async throws {
        try await TestServer.with { server in
            let reply = try await server.get("/api/stories")
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type")?.hasPrefix("application/json") == true)
            let list = try #require(try reply.json() as? [[String: Any]])
            let members = try server.store.storyMembers()
            #expect(Set(list.compactMap { $0["id"] as? String }) == Set(members.map(\.id)))
            for row in list {
                let id = try #require(row["id"] as? String)
                let expected = try Self.expectedStory(server, id)
                #expect(row["articleCount"] as? Int == members.first { $0.id == id }?.articles.count)
                #expect(row["quoteCount"] as? Int == expected.quotes.count)
                #expect(row["status"] is NSNull || (row["status"] as? String) == expected.mainClaim?.status.rawValue)
                #expect((row["outlets"] as? [String])?.isEmpty == false)
            }
        }
    }

    @Test func storyEndpointReturnsTheContractDocumentOfThatStory() async throws {
        try await TestServer.with { server in
            for m in try server.store.storyMembers() {
                let reply = try await server.get("/api/stories/\(m.id)")
                #expect(reply.status == 200)
                let document = try reply.decode(AnalysisDocument.self)
                #expect(document.version == 1)
                #expect(document.stories.count == 1)
                #expect(document.stories.first == (try Self.expectedStory(server, m.id)))
                #expect(Set(document.articles.map(\.id)) == Set(m.articles))
                // The contract writes unknown values as null rather than leaving keys out.
                let raw = try #require(try reply.json() as? [String: Any])
                let firstArticle = try #require((raw["articles"] as? [[String: Any]])?.first)
                for key in ["outlet", "byline", "published", "url", "language", "dateline"] { #expect(firstArticle.keys.contains(key)) }

                let claims = try await server.get("/api/stories/\(m.id)/claims").decode([Claim].self)
                #expect(claims == document.stories[0].claims)
                let quotes = try await server.get("/api/stories/\(m.id)/quotes").decode([Quote].self)
                #expect(quotes == document.stories[0].quotes)
            }
        }
    }

    @Test func unknownThingsAre404WithAMessage() async throws {
        try await TestServer.with(withExamples: false) { server in
            for path in ["/api/stories/nope", "/api/articles/nope", "/api/stories/nope/quotes.csv"] {
                let reply = try await server.get(path)
                #expect(reply.status == 404, "\(path)")
                let error = try #require(try reply.json() as? [String: Any])
                #expect(((error["error"] as? [String: Any])?["message"] as? String)?.contains("nope") == true)
            }
            #expect(try await server.get("/api/claims?status=maybe").status == 400)
            #expect(try await server.get("/api/articles?limit=many").status == 400)
            #expect(try await server.get("/api/search").status == 400)
            #expect(try await server.get("/stories/nope").status == 404)
        }
    }

    @Test func uploadsNeedTheToken() async throws {
        try await TestServer.with(withExamples: false) { server in
            let body = Data(Self.upload.utf8)
            let missing = try await server.post("/api/articles", body: body, type: "application/json", token: nil)
            #expect(missing.status == 401)
            #expect(missing.header("WWW-Authenticate") == "Bearer")
            #expect(try await server.post("/api/articles", body: body, type: "application/json", token: "test-tokeN").status == 401)
            #expect(try await server.post("/api/articles", body: body, type: "application/json", token: "test-token-longer").status == 401)
            #expect(try server.store.articleCount() == 0)
        }
        try await TestServer.with(token: nil, withExamples: false) { readOnly in
            let refused = try await readOnly.post("/api/articles", body: Data(Self.upload.utf8), type: "application/json", token: "anything")
            #expect(refused.status == 403)
            #expect(try readOnly.store.articleCount() == 0)
        }
    }

    @Test func aJSONUploadIsStoredOnceGroupedAndSearchable() async throws {
        try await TestServer.with { server in
            let before = try server.store.articleCount()
            let first = try await server.post("/api/articles", body: Data(Self.upload.utf8), type: "application/json", token: "test-token")
            #expect(first.status == 201, "\(first.text)")
            let result = try #require(try first.json() as? [String: Any])
            #expect(result["added"] as? Int == 1)
            let stored = try #require((result["articles"] as? [[String: Any]])?.first)
            let id = try #require(stored["id"] as? String)
            #expect(stored["story"] is String)
            #expect(try server.store.articleCount() == before + 1)

            let again = try await server.post("/api/articles", body: Data(Self.upload.utf8), type: "application/json", token: "test-token")
            #expect(again.status == 200)
            #expect((try again.json() as? [String: Any])?["added"] as? Int == 0)

            let article = try await server.get("/api/articles/\(id)").decode(Article.self)
            #expect(article.outlet == "Test Gazette")
            #expect(article.body.contains("older than anyone thought"))
            let hits = try #require(try await server.get("/api/search?q=harbour+cables").json() as? [[String: Any]])
            #expect(hits.first?["id"] as? String == id)
            let story = try #require(stored["story"] as? String)
            let document = try await server.get("/api/stories/\(story)").decode(AnalysisDocument.self)
            #expect(document.articles.map(\.id) == [id])
        }
    }

    @Test func concurrentUploadsAreGroupedOneAtATime() async throws {
        try await TestServer.with(withExamples: false) { server in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for i in 0..<6 {
                    let body = #"{"title": "Market stall \#(i) reopens", "body": "Stall number \#(i) reopened on Monday, its owner said."}"#
                    group.addTask { try await server.post("/api/articles", body: Data(body.utf8), type: "application/json", token: "test-token").status }
                }
                for try await status in group { #expect(status == 201) }
            }
            let stories = try server.store.storyMembers()
            #expect(stories.count == 6)
            #expect(stories.allSatisfy { $0.articles.count == 1 })
        }
    }

    @Test func textUploadsAndBadUploads() async throws {
        try await TestServer.with(maxUploadBytes: 4096, withExamples: false) { server in
            let text = "Ferry service to resume\n\nBy Jon Akers\n\nThe ferry will run again from June, its operator said on Monday.\n"
            let ok = try await server.post("/api/articles?source=ferry.txt", body: Data(text.utf8), type: "text/plain; charset=utf-8", token: "test-token")
            #expect(ok.status == 201, "\(ok.text)")
            let stored = try server.store.articles()
            #expect(stored.map(\.title) == ["Ferry service to resume"])
            #expect(stored.first?.source == "ferry.txt")

            let big = Data(repeating: UInt8(ascii: "a"), count: 5000)
            #expect(try await server.post("/api/articles", body: big, type: "text/plain", token: "test-token").status == 413)
            #expect(try await server.post("/api/articles", body: Data(text.utf8), type: "image/png", token: "test-token").status == 415)
            #expect(try await server.post("/api/articles", body: Data(text.utf8), type: nil, token: "test-token").status == 415)
            let bad = try await server.post("/api/articles", body: Data("{\"title\": ".utf8), type: "application/json", token: "test-token")
            #expect(bad.status == 422)
            #expect(bad.text.contains("invalid JSON"))
            #expect(try server.store.articleCount() == 1)
        }
    }

    @Test func htmlUploadsAreExtracted() async throws {
        try await TestServer.with(withExamples: false) { server in
            let page = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram line delayed again | Test Gazette</title>
                <meta property="og:site_name" content="Test Gazette"></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><h1>Tram line delayed again</h1>
                <p>The new tram line will open a year late, the transport authority said on Wednesday, blaming a shortage of rails.</p>
                <p>"We would rather open late than open unsafe," said Ines Varga, who runs the project. The line was due to open in May.</p>
                </article><footer>Contact us</footer></body></html>
                """
            let r = try await server.post("/api/articles?source=tram.html&url=https://gazette.example/tram", body: Data(page.utf8),
                                          type: "text/html; charset=utf-8", token: "test-token")
            #expect(r.status == 201, "\(r.text)")
            let a = try #require(try server.store.articles().first)
            #expect(a.title.hasPrefix("Tram line delayed again"))
            #expect(a.body.contains("shortage of rails"))
            #expect(!a.body.contains("Contact us"))
            #expect(a.source == "tram.html")
            let empty = try await server.post("/api/articles", body: Data("   ".utf8), type: "text/html", token: "test-token")
            #expect(empty.status == 422)
        }
        #expect(Upload.charset(mediaType: "text/html; charset=\"ISO-8859-1\"") == "ISO-8859-1")
        #expect(Upload.charset(mediaType: "text/html") == nil)
    }

    @Test func articlesArePagedWithoutBodies() async throws {
        try await TestServer.with { server in
            let all = try server.store.articles()
            let page = try #require(try await server.get("/api/articles?limit=2&offset=1").json() as? [[String: Any]])
            #expect(page.compactMap { $0["id"] as? String } == all.dropFirst().prefix(2).map(\.id))
            #expect(page.allSatisfy { $0["body"] == nil && $0["story"] is String })
        }
    }

    @Test func claimsAcrossStoriesFilterByStatus() async throws {
        try await TestServer.with { server in
            var expected: [String] = []
            for m in try server.store.storyMembers() { expected += try Self.expectedStory(server, m.id).claims.map(\.id) }
            let all = try #require(try await server.get("/api/claims").json() as? [[String: Any]])
            #expect(all.compactMap { ($0["claim"] as? [String: Any])?["id"] as? String }.sorted() == expected.sorted())
            for status in ClaimStatus.allCases {
                let some = try #require(try await server.get("/api/claims?status=\(status.rawValue)").json() as? [[String: Any]])
                #expect(some.allSatisfy { ($0["claim"] as? [String: Any])?["status"] as? String == status.rawValue })
            }
        }
    }

    @Test func exportsCarryEveryQuoteStanceAndClaim() async throws {
        try await TestServer.with { server in
            for m in try server.store.storyMembers() {
                let story = try Self.expectedStory(server, m.id)
                let quotes = try await server.get("/api/stories/\(m.id)/quotes.csv")
                #expect(quotes.header("Content-Type")?.hasPrefix("text/csv") == true)
                #expect(quotes.header("Content-Disposition")?.contains("attachment") == true)
                #expect(CSVRows.parse(quotes.text).count == story.quotes.count + 1)
                let stances = CSVRows.parse(try await server.get("/api/stories/\(m.id)/stances.csv").text)
                #expect(stances.count == 1 + story.claims.reduce(0) { $0 + $1.articleStances.count + $1.actorStances.count })
                #expect(stances.allSatisfy { $0.count == stances[0].count })

                let reviews = try #require(try await server.get("/api/stories/\(m.id)/claimreview.jsonld").json() as? [[String: Any]])
                #expect(reviews.count == story.claims.count)
                for (review, claim) in zip(reviews, story.claims) {
                    #expect(review["@type"] as? String == "ClaimReview")
                    #expect(review["claimReviewed"] as? String == claim.text)
                    #expect((review["reviewRating"] as? [String: Any])?["alternateName"] as? String == StatusText.label(claim.status))
                    #expect((review["url"] as? String)?.hasPrefix("http://127.0.0.1:\(server.port)/stories/") == true)
                }
            }
        }
    }

    @Test func eventsCarryANewRevisionAfterAnUpload() async throws {
        try await TestServer.with(streamLifetime: .seconds(2), withExamples: false) { server in
            async let stream = server.get("/api/events")
            try await Task.sleep(for: .milliseconds(500))
            let posted = try await server.post("/api/articles", body: Data(APITests.upload.utf8), type: "application/json", token: "test-token")
            #expect(posted.status == 201)
            let reply = try await stream
            #expect(reply.header("Content-Type") == "text/event-stream")
            let revisions = reply.text.components(separatedBy: "\n").compactMap { line in
                line.hasPrefix("data: ") ? Int(line.dropFirst(6)) : nil
            }
            #expect(reply.text.hasPrefix("retry: "))
            #expect(revisions.count >= 2, "\(reply.text)")
            #expect(revisions == revisions.sorted() && Set(revisions).count == revisions.count)
        }
    }

    @Test func everyRequestIsLoggedWithItsStatus() async throws {
        let lines = LogTests.Lines()
        let logger = Logger(label: "access", factory: { label in JSONLogHandler(label: label, write: lines.add) })
        try await TestServer.with(withExamples: false, logger: logger) { server in
            _ = try await server.get("/api/stories")
            _ = try await server.get("/api/articles/missing")
            _ = try await server.post("/api/articles", body: Data("x".utf8), type: "text/plain", token: nil)
        }
        let records = lines.all.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["message"] as? String == "request" }
        #expect(records.map { "\($0["method"] ?? "") \($0["path"] ?? "") \($0["status"] ?? "")" }
            == ["GET /api/stories 200", "GET /api/articles/missing 404", "POST /api/articles 401"])
        #expect(records.allSatisfy { Double($0["ms"] as? String ?? "") != nil && $0["hb.request.id"] != nil })
    }

    @Test func openAPIDescribesExactlyTheAPIRoutes() async throws {
        try await TestServer.with(withExamples: false) { server in
            let doc = try #require(try await server.get("/openapi.json").json() as? [String: Any])
            #expect(doc["openapi"] as? String == "3.1.0")
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            var described = Set<String>()
            for (path, operations) in paths {
                for method in operations.keys { described.insert("\(method.uppercased()) \(path)") }
            }
            let routed = Set(server.server.makeRouter().routes.map { "\($0.method) \($0.path)" }
                .map { $0.replacingOccurrences(of: #":(\w+)"#, with: "{$1}", options: .regularExpression) }
                .filter { $0.contains(" /api/") || $0.hasSuffix("/openapi.json") })
            #expect(described == routed)
            // Every $ref points at something defined.
            let text = try await server.get("/openapi.json").text
            let components = try #require(doc["components"] as? [String: [String: Any]])
            for match in text.matches(of: #/"\$ref": "#/components/(\w+)/(\w+)"/#) {
                #expect(components[String(match.1)]?[String(match.2)] != nil, "\(match.0)")
            }
        }
    }
}

/// A small RFC 4180 reader, enough to count rows and fields in the exports.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var chars = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
