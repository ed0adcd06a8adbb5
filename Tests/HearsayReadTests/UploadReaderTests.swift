import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Articles that arrive as an HTTP body rather than a file.
@Suite struct UploadReaderTests {
    static func read(_ text: String, _ kind: InputKind, limit: Int = 1 << 20) throws(ReadError) -> [Article] {
        try ArticleReader(maxArticleBytes: limit).read(upload: Array(text.utf8), kind: kind, source: "upload")
    }

    @Test func aPrettyPrintedObjectIsOneArticle() throws {
        let articles = try Self.read("""
            {
              "title": "Lighthouse to reopen",
              "outlet": "Coast Weekly",
              "body": "The lighthouse reopens in April, its trust said."
            }
            """, .jsonLines)
        #expect(articles.map(\.title) == ["Lighthouse to reopen"])
        #expect(articles.first?.outlet == "Coast Weekly")
        #expect(articles.first?.id.isEmpty == false)
    }

    @Test func anUploadedFeedGivesItsItemsThatCarryText() throws {
        let feed = """
            <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Weekly</title>
            <entry><title>Lighthouse to reopen</title><link href="https://coast.example/lighthouse"/><id>tag:coast.example,2026:1</id>
            <updated>2026-04-02T08:00:00Z</updated><content type="html">&lt;p&gt;The lighthouse reopens in April, its trust said.&lt;/p&gt;</content></entry>
            <entry><title>Tide tables</title><link href="https://coast.example/tides"/><id>tag:coast.example,2026:2</id></entry>
            </feed>
            """
        var skipped: [String] = []
        let articles = try ArticleReader().read(upload: Array(feed.utf8), kind: .feed, source: "upload", skipped: { skipped.append($0.message) })
        #expect(articles.map(\.title) == ["Lighthouse to reopen"])
        #expect(articles.first?.body == "The lighthouse reopens in April, its trust said.")
        #expect(articles.first?.outlet == "Coast Weekly")
        #expect(skipped == ["1 of 2 items carry no text and were left out"])
    }

    @Test func arraysAndJSONLinesGiveOneArticleEach() throws {
        let array = try Self.read(#"[{"id": "x1", "title": "One", "body": "First."}, {"title": "Two", "body": "Second."}]"#, .jsonLines)
        #expect(array.map(\.title) == ["One", "Two"])
        #expect(array.first?.id == "x1")
        let lines = try Self.read("{\"title\": \"One\", \"body\": \"First.\"}\n\n{\"title\": \"Two\", \"body\": \"Second.\"}\n", .jsonLines)
        #expect(lines.map(\.title) == ["One", "Two"])
    }

    @Test func keyOrderDoesNotChangeAnArrayElementsID() throws {
        let a = try Self.read(#"[{"title": "T", "body": "B."}]"#, .jsonLines)
        let b = try Self.read(#"[{"body": "B.", "title": "T"}]"#, .jsonLines)
        #expect(a.map(\.id) == b.map(\.id))
    }

    @Test func problemsNameTheUploadAndTheRecord() {
        #expect(throws: ReadError.self) { try Self.read("", .jsonLines) }
        #expect(throws: ReadError(path: "upload", line: 2, message: "element 2 is not an article object")) {
            try Self.read(#"[{"title": "T", "body": "B."}, 3]"#, .jsonLines)
        }
        do {
            _ = try Self.read("{\"title\": \"T\"}\n{broken", .jsonLines)
            Issue.record("a broken line was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.hasPrefix("invalid JSON"))
        }
        #expect(throws: ReadError.self) { try Self.read(String(repeating: "a", count: 100), .text, limit: 50) }
    }

    @Test func textAndMarkdownUseTheTextReader() throws {
        let text = try Self.read("Bridge closes\n\nBy Ana Ruiz\n\nThe bridge closes on Monday for repairs.\n", .text)
        #expect(text.first?.title == "Bridge closes")
        #expect(text.first?.byline == "Ana Ruiz")
        let md = try Self.read("# Bridge closes\n\nThe bridge closes on **Monday**.\n", .markdown)
        #expect(md.first?.body.contains("**") == false)
    }
}
