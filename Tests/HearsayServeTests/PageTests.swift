import Foundation
import HearsayAnalyze
import HearsayModel
import Testing
@testable import HearsayServe

/// The server-rendered pages, fetched over the socket: each must show what the analysis
/// found, whatever that is.
@Suite(.serialized) struct PageTests {
    @Test func storyListShowsEveryStoryWithItsBadge() async throws {
        try await TestServer.with { server in
            let page = try await server.get("/")
            #expect(page.status == 200)
            #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
            for m in try server.store.storyMembers() {
                let story = try APITests.expectedStory(server, m.id)
                #expect(page.text.contains("href=\"/stories/\(m.id)\""))
                #expect(page.text.contains(HTML.escape(story.title)))
                if let main = story.mainClaim {
                    #expect(page.text.contains("status-\(main.status.rawValue)\">\(StatusText.label(main.status))"))
                }
            }
        }
    }

    @Test func storyPageShowsTheBriefOfTheAnalysis() async throws {
        try await TestServer.with { server in
            for m in try server.store.storyMembers() {
                let story = try APITests.expectedStory(server, m.id)
                let page = try await server.get("/stories/\(m.id)")
                #expect(page.status == 200)
                let html = page.text
                #expect(html.contains("<h1>\(HTML.escape(story.title))</h1>"))
                if let main = story.mainClaim {
                    #expect(html.contains("data-status=\"\(main.status.rawValue)\""))
                    #expect(html.contains(HTML.escape(main.text)))
                    for st in main.actorStances { #expect(html.contains(HTML.escape(st.actor))) }
                } else {
                    #expect(html.contains("No claim found"))
                }
                for q in story.quotes where q.flags.contains(Quote.uncorroborated) {
                    #expect(html.contains("id=\"uncorroborated\""))
                    #expect(html.contains(HTML.escape(q.text)))
                }
                for c in story.contradictions { for v in c.values { #expect(html.contains(HTML.escape(v.value))) } }
                for t in story.timeline { #expect(html.contains("<time>\(HTML.escape(t.date))</time>")) }
                let graph = ProvenanceGraph(story: story, articles: try m.articles.compactMap { try server.store.article(id: $0) })
                #expect(html.contains("<svg class=\"provenance\"") == !graph.isEmpty)
                // The ClaimReview JSON-LD in the head parses and has one review per claim.
                let ld = try #require(html.firstRange(of: "<script type=\"application/ld+json\">").map { html[$0.upperBound...] })
                let json = String(ld[..<ld.firstRange(of: "</script>")!.lowerBound])
                let reviews = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])
                #expect(reviews.count == story.claims.count)
            }
        }
    }

    @Test func articlePageMarksEverySpanTheAnalysisPointsAt() async throws {
        try await TestServer.with { server in
            for m in try server.store.storyMembers() {
                let story = try APITests.expectedStory(server, m.id)
                for id in m.articles {
                    let page = try await server.get("/articles/\(id)")
                    #expect(page.status == 200)
                    let marks = ArticleView.marks(in: id, story: story)
                    for mark in marks where mark.span.end > mark.span.start {
                        #expect(page.text.contains("id=\"span-\(mark.span.start)-\(mark.span.end)\""))
                    }
                    #expect(page.text.contains("href=\"/stories/\(m.id)\""))
                }
            }
        }
    }

    @Test func pagesChangeWithTheStoreNotWithTheCache() async throws {
        try await TestServer.with(withExamples: false) { server in
            let before = try await server.get("/")
            #expect(before.text.contains("No stories yet"))
            #expect(before.text.contains("data-revision=\"1\""))
            let posted = try await server.post("/api/articles", body: Data(APITests.upload.utf8), type: "application/json", token: "test-token")
            #expect(posted.status == 201)
            let after = try await server.get("/")
            #expect(after.text.contains("Harbour bridge to close for repairs"))
            #expect(after.text.contains("data-revision=\"2\""))
        }
    }

    @Test func searchPageListsMatches() async throws {
        try await TestServer.with { server in
            let article = try #require(try server.store.articles().first)
            let word = try #require(article.title.components(separatedBy: " ").max { $0.count < $1.count })
            let page = try await server.get("/search?q=\(word)")
            #expect(page.status == 200)
            #expect(page.text.contains("href=\"/articles/\(article.id)\""))
        }
    }

    @Test func assetsAreServed() async throws {
        try await TestServer.with(withExamples: false) { server in
            let css = try await server.get("/static/style.css")
            #expect(css.status == 200 && css.header("Content-Type")?.hasPrefix("text/css") == true)
            let js = try await server.get("/static/app.js")
            #expect(js.text.contains("EventSource"))
            let empty = try await server.get("/")
            #expect(empty.text.contains("No stories yet"))
        }
    }
}
