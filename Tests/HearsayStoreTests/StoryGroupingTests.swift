import Foundation
import HearsayCluster
import HearsayModel
import HearsayText
import Testing
@testable import HearsayStore

/// Grouping inside the store's transaction: carrying on from the saved clustering state must
/// give exactly the stories that one uninterrupted run, or a replay of the store, gives.
@Suite struct StoryGroupingTests {
    /// Small bounds, so that within a short stream stories close, slots are reused, the
    /// index is re-chosen and rare terms are forgotten: all of it must survive a save.
    static let tight: ClusterConfiguration = {
        var c = ClusterConfiguration()
        c.horizonArticles = 50
        c.horizonDays = 6
        c.vocabularyLimit = 800
        c.centroidTerms = 40
        c.memberVectors = 3
        c.memberTerms = 16
        c.indexTerms = 8
        c.storyIndexTerms = 16
        c.postingsLimit = 3
        return c
    }()

    /// A made-up feed: stories that run for a while and give way to new ones, each with its
    /// own names, place and words over shared everyday words, dated day by day.
    static func feed(_ count: Int, seed: UInt64) -> [Article] {
        var rng = SplitMix64(seed: seed)
        func word(_ capital: Bool = false) -> String {
            let w = String((0..<Int.random(in: 4...8, using: &rng)).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &rng)! })
            return capital ? w.prefix(1).uppercased() + w.dropFirst() : w
        }
        let common = (0..<200).map { _ in word() }
        let stories = (0..<count / 15 + 4).map { _ in
            (names: (0..<2).map { _ in word(true) + " " + word(true) }, place: word(true), own: (0..<8).map { _ in word() })
        }
        return (0..<count).map { i in
            let s = stories[i / 15 + Int.random(in: 0..<4, using: &rng)]
            let body = (0..<4).map { _ in
                var words = (0..<8).map { _ in common.randomElement(using: &rng)! } + (0..<3).map { _ in s.own.randomElement(using: &rng)! }
                words.insert(s.names.randomElement(using: &rng)!, at: Int.random(in: 1..<words.count, using: &rng))
                return "The " + words.joined(separator: " ") + " in " + s.place + "."
            }.joined(separator: "\n")
            return Article(
                id: "f\(i)", source: "feed", title: s.place + " " + s.own[0] + " " + s.own[1], body: body,
                published: String(format: "2024-03-%02d", 1 + i / 12))
        }
    }

    static func temporaryStore() throws -> SQLiteStore {
        try SQLiteStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("grouping-\(UUID().uuidString).db").path)
    }

    /// Article id -> story id.
    static func stories(_ store: SQLiteStore) throws -> [String: String] {
        var out: [String: String] = [:]
        for s in try store.storyMembers() { for a in s.articles { out[a] = s.id } }
        return out
    }

    static func forgetState(_ store: SQLiteStore) throws {
        try store.db.write { try $0.execute(sql: "DELETE FROM clusterState") }
    }

    /// Counts the replays grouping asks its store for.
    final class CountingLedger: StoryLedger {
        let inner: any StoryLedger
        var replays = 0
        init(_ inner: any StoryLedger) { self.inner = inner }
        func clusterState() throws -> ClusterSnapshot? { try inner.clusterState() }
        func articlesWithoutStory() throws -> [Article] { try inner.articlesWithoutStory() }
        func forEachArticle(_ body: (Article, String?) throws -> Void) throws {
            replays += 1
            try inner.forEachArticle(body)
        }
    }

    /// Adds a batch through `grouping`; returns how many replays it took.
    static func ingest(_ batch: [Article], into store: SQLiteStore, _ grouping: StoryGrouping) throws -> Int {
        var replays = 0
        try store.add(batch) { ledger in
            let counting = CountingLedger(ledger)
            defer { replays = counting.replays }
            return try grouping.assign(counting)
        }
        return replays
    }

    static let batchSizes = [1, 9, 30, 2, 57, 1, 140, 13, 200, 7, 90]

    static func batches(_ articles: [Article]) -> [[Article]] {
        var out: [[Article]] = [], start = 0, k = 0
        while start < articles.count {
            let end = min(articles.count, start + batchSizes[k % batchSizes.count])
            out.append(Array(articles[start..<end]))
            start = end
            k += 1
        }
        return out
    }

    @Test func batchesOneBatchAndReplayGiveTheStoriesOfOneRun() throws {
        // Long enough for two rounds of closing quiet stories (every 256 articles).
        let articles = Self.feed(600, seed: 1)
        let grouping = StoryGrouping(configuration: Self.tight)
        var run = OnlineClusterer(configuration: Self.tight)
        let expected = Dictionary(uniqueKeysWithValues: articles.map {
            ($0.id, run.assign(id: $0.id, title: $0.title, body: $0.body, published: $0.published))
        })
        #expect(Set(expected.values).count > 10 && Set(expected.values).count < articles.count / 3, "a feed of several stories")

        let whole = try Self.temporaryStore()
        #expect(try Self.ingest(articles, into: whole, grouping) == 1, "an empty store replays nothing but is read once")
        let batched = try Self.temporaryStore()
        let replayed = try Self.temporaryStore()
        var fed = OnlineClusterer(configuration: Self.tight)
        for (k, batch) in Self.batches(articles).enumerated() {
            #expect(try Self.ingest(batch, into: batched, grouping) == (k == 0 ? 1 : 0), "batch \(k) carries on from the saved state")
            for a in batch { _ = fed.assign(id: a.id, title: a.title, body: a.body, published: a.published) }
            #expect(try batched.clusterState() == fed.snapshot(), "the state saved after batch \(k)")
            let forget = k % 3 == 1
            if forget { try Self.forgetState(replayed) }
            #expect(try Self.ingest(batch, into: replayed, grouping) == (forget || k == 0 ? 1 : 0))
        }
        #expect(try Self.stories(whole) == expected)
        #expect(try Self.stories(batched) == expected)
        #expect(try Self.stories(replayed) == expected)
        #expect(try replayed.clusterState() == run.snapshot())
    }

    @Test func anOldStoreReplaysOnceAndThenCarriesOn() throws {
        let articles = Self.feed(150, seed: 2)
        let grouping = StoryGrouping(configuration: Self.tight)
        var run = OnlineClusterer(configuration: Self.tight)
        let expected = articles.map { run.assign(id: $0.id, title: $0.title, body: $0.body, published: $0.published) }
        // Stored by a build that kept no state: articles and their stories only.
        let store = try Self.temporaryStore()
        try store.add(Array(articles.prefix(100)))
        try store.assign(zip(articles.prefix(100), expected).map { (article: $0.id, story: $1) })
        #expect(try store.clusterState() == nil)
        #expect(try Self.ingest(Array(articles[100..<120]), into: store, grouping) == 1)
        #expect(try Self.ingest(Array(articles[120...]), into: store, grouping) == 0)
        #expect(try Self.stories(store) == Dictionary(uniqueKeysWithValues: zip(articles.map(\.id), expected)))
        #expect(try store.clusterState() == run.snapshot())
    }

    @Test func aStateSavedWithOtherSettingsIsRebuilt() throws {
        let articles = Self.feed(120, seed: 3)
        var other = Self.tight
        other.threshold += 0.1
        let store = try Self.temporaryStore()
        #expect(try Self.ingest(Array(articles.prefix(70)), into: store, StoryGrouping(configuration: other)) == 1)
        let before = try Self.stories(store)
        #expect(try Self.ingest(Array(articles[70...]), into: store, StoryGrouping(configuration: Self.tight)) == 1)
        // What a replay under the new settings gives: the stored stories kept, the rest assigned.
        var replay = OnlineClusterer(configuration: Self.tight)
        var expected = before
        for a in articles {
            if let story = before[a.id] {
                replay.record(id: a.id, title: a.title, body: a.body, published: a.published, story: story)
            } else {
                expected[a.id] = replay.assign(id: a.id, title: a.title, body: a.body, published: a.published)
            }
        }
        #expect(try Self.stories(store) == expected)
        #expect(try store.clusterState()?.configuration == Self.tight)
    }

    @Test func aFailedBatchLeavesTheStoreAsItWas() throws {
        struct Refused: Error {}
        let articles = Self.feed(40, seed: 4)
        let grouping = StoryGrouping(configuration: Self.tight)
        let store = try Self.temporaryStore()
        _ = try Self.ingest(Array(articles.prefix(25)), into: store, grouping)
        let (stories, state) = (try store.storyMembers(), try store.clusterState())
        #expect(throws: Refused.self) {
            try store.add(Array(articles[25...])) { ledger in
                _ = try grouping.assign(ledger)
                throw Refused()
            }
        }
        #expect(try store.articleCount() == 25)
        #expect(try store.storyMembers() == stories)
        #expect(try store.clusterState() == state)
    }

    @Test func aStateOlderThanTheStoriesIsNotUsed() throws {
        let articles = Self.feed(30, seed: 5)
        let store = try Self.temporaryStore()
        _ = try Self.ingest(articles, into: store, StoryGrouping(configuration: Self.tight))
        #expect(try store.clusterState() != nil)
        // Another build assigning a story without saving a state.
        try store.db.write { db in
            try db.execute(sql: "DELETE FROM storyArticle WHERE article = 'f29'")
        }
        #expect(try store.clusterState() == nil)
        _ = try Self.ingest([], into: store, StoryGrouping(configuration: Self.tight))
        #expect(try store.clusterState() != nil)
        try store.assign([(article: "f29", story: "by-hand")])
        #expect(try store.clusterState() == nil)
    }

    @Test func anUnreadableStateIsRebuilt() throws {
        let articles = Self.feed(30, seed: 6)
        let store = try Self.temporaryStore()
        _ = try Self.ingest(Array(articles.prefix(20)), into: store, StoryGrouping(configuration: Self.tight))
        try store.db.write { db in try db.execute(sql: "UPDATE clusterState SET state = x'00010203'") }
        #expect(try store.clusterState() == nil)
        #expect(try Self.ingest(Array(articles[20...]), into: store, StoryGrouping(configuration: Self.tight)) == 1)
        var run = OnlineClusterer(configuration: Self.tight)
        for a in articles { _ = run.assign(id: a.id, title: a.title, body: a.body, published: a.published) }
        #expect(try store.clusterState() == run.snapshot())
    }
}
