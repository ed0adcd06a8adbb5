import Foundation
import HearsayModel
import Testing
@testable import HearsayStore

@Suite struct SQLiteStoreTests {
    func temporaryStore() throws -> (SQLiteStore, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString).db").path
        return (try SQLiteStore(path: path), path)
    }

    func article(_ id: String, _ title: String, _ body: String) -> Article {
        var a = Article(id: id, source: "\(id).txt", title: title, body: body, byline: "Jo Pell", tickers: ["ABC"])
        a.bylineRole = "Mills Correspondent"
        return a
    }

    @Test func addingIsIdempotentAndKeepsEveryField() throws {
        let (store, path) = try temporaryStore()
        let a = article("a1", "Mill to close", "The paper mill will close in May.")
        #expect(try store.add([a, article("a2", "Mill reprieve", "Workers won a reprieve.")]) == 2)
        #expect(try store.add([a]) == 0)
        #expect(try store.articleCount() == 2)
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.article(id: "a1") == a)
        #expect(try reopened.articles().map(\.id) == ["a1", "a2"])
    }

    @Test func storiesKeepTheirMembersInIngestOrder() throws {
        let (store, _) = try temporaryStore()
        try store.add([article("a1", "One", "x"), article("a2", "Two", "y"), article("a3", "Three", "z")])
        try store.assign([(article: "a3", story: "s1"), (article: "a1", story: "s1"), (article: "a2", story: "s2")])
        let members = try store.storyMembers()
        #expect(members == [StoryMembers(id: "s1", articles: ["a1", "a3"]), StoryMembers(id: "s2", articles: ["a2"])])
    }

    @Test func fullTextSearchRanksMatches() throws {
        let (store, _) = try temporaryStore()
        try store.add([
            article("a1", "Harbour dredging approved", "The port will be dredged next spring."),
            article("a2", "School budget", "Teachers asked for more funding."),
        ])
        #expect(try store.search("dredging port", limit: 5).map(\.id) == ["a1"])
        #expect(try store.search("", limit: 5).isEmpty)
    }

    @Test func unopenableFileNamesThePath() {
        #expect(throws: StoreError.self) { try SQLiteStore(path: "/nonexistent-dir/x.db") }
    }
}
