import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

@Suite struct ArticleReaderTests {
    @Test func examplesAreReadCleanAndInStableOrder() throws {
        let articles = try ArticleReader().read([Fixtures.examples])
        #expect(articles.count >= 8)
        let again = try ArticleReader().read([Fixtures.examples])
        #expect(articles.map(\.id) == again.map(\.id), "same bytes, same ids, same order")
        for a in articles {
            #expect(!a.body.contains("#"), "hashtag line left in \(a.source)")
            for prompt in ["Share this", "Sign up", "Leave a comment", "Follow us", "Advertisement"] {
                #expect(!a.body.contains(prompt), "\(prompt) left in \(a.source)")
            }
            #expect(!a.title.isEmpty)
        }
        let denial = try #require(articles.first { $0.source.hasSuffix("02-wire-denial.md") })
        #expect(denial.byline == "Omar Haddad")
        #expect(denial.tickers == ["NWA", "BJAY"])
        #expect(denial.published == "2026-03-10")
        let jsonl = try #require(articles.first { $0.id == "agg-7781" })
        #expect(jsonl.outlet == "TravelWire Digest")
        #expect(!jsonl.body.contains("Advertisement"))
    }

    @Test func seedsMetadataAndBoilerplate() throws {
        guard Fixtures.seedsPresent else {
            print("skipping: \(Fixtures.seeds) is absent")
            return
        }
        let articles = try ArticleReader().read([Fixtures.seeds])
        #expect(articles.count == 5)
        #expect(articles.contains { $0.byline == "ADMIN" && $0.tickers == ["F"] })
        #expect(!articles.contains { $0.body.contains("Share this article") || $0.body.hasSuffix("\nby") })
    }

    @Test func missingPathNamesThePath() {
        #expect(throws: ReadError(path: "/nonexistent/x", message: "no such file or folder")) {
            try ArticleReader().read(["/nonexistent/x"])
        }
    }

    @Test func binaryEmptyAndHugeFilesAreRefusedWithTheirName() throws {
        let binary = try Fixtures.temporaryFile("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1])
        let empty = try Fixtures.temporaryFile("empty.txt", [])
        let huge = try Fixtures.temporaryFile("huge.txt", Array(repeating: 0x61, count: 2048))
        let reader = ArticleReader(maxArticleBytes: 1024)
        for (path, words) in [(binary, "binary"), (empty, "empty"), (huge, "too large")] {
            do {
                _ = try reader.read([path])
                Issue.record("\(path) was accepted")
            } catch let e as ReadError {
                #expect(e.path == path)
                #expect(e.description.contains(words))
            }
        }
    }

    @Test func invalidJSONLineIsNamedAndKeepGoingReadsTheRest() throws {
        let lines = """
            {"id": "a1", "title": "One", "body": "First body text here."}
            {"id": "a2", "title": "Two", "body": "unterminated
            {"id": "a3", "title": "Three", "body": "Third body text here."}

            """
        let path = try Fixtures.temporaryFile("feed.jsonl", Array(lines.utf8))
        do {
            _ = try ArticleReader().read([path])
            Issue.record("bad line accepted")
        } catch let e as ReadError {
            #expect(e.line == 2)
            #expect(e.description.hasPrefix("\(path):2: invalid JSON"))
        }
        var problems: [ReadError] = []
        let articles = try ArticleReader(keepGoing: true).read([path], problem: { problems.append($0) })
        #expect(articles.map(\.id) == ["a1", "a3"])
        #expect(problems.count == 1)
    }

    @Test func aHostileJSONDocumentGetsAOneLineReason() throws {
        let nested = try Fixtures.temporaryFile("nested.json", Array(String(repeating: "[", count: 5_000).utf8))
        do {
            _ = try ArticleReader().read([nested])
            Issue.record("nested document accepted")
        } catch let e as ReadError {
            #expect(e.description.hasPrefix("\(nested): invalid JSON"))
            #expect(!e.description.contains("\n"))
            #expect(!e.description.contains("Domain="))
        }
    }
}
