import Foundation
import GRDB
import HearsayCluster
import HearsayModel

/// The embedded store: one SQLite file (WAL mode), migrated on open. Every write is one
/// transaction, so a failed batch leaves the file as it was.
public final class SQLiteStore: ArticleStore {
    let db: DatabasePool

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        do {
            db = try DatabasePool(path: path, configuration: config)
            try Self.migrator.migrate(db)
        } catch let e as DatabaseError {
            throw StoreError(path: path, message: e.message ?? "\(e)")
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: articles, stories, search") { db in
            try db.create(table: "article") { t in
                t.primaryKey("id", .text)
                t.column("source", .text).notNull()
                t.column("title", .text).notNull()
                t.column("body", .text).notNull()
                t.column("outlet", .text)
                t.column("byline", .text)
                t.column("published", .text)
                t.column("url", .text)
                t.column("language", .text)
                t.column("tickers", .text).notNull().defaults(to: "[]")
                t.column("dateline", .text)
                t.column("ingestedAt", .datetime).notNull()
            }
            try db.create(table: "story") { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
            }
            try db.create(table: "storyArticle") { t in
                t.primaryKey("article", .text).references("article", onDelete: .cascade)
                t.column("story", .text).notNull().indexed().references("story", onDelete: .cascade)
            }
            try db.create(virtualTable: "articleSearch", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = .porter(wrapping: .unicode61())
                t.column("title")
                t.column("body")
            }
        }
        m.registerMigration("v2: clustering state") { db in
            // One row: the clusterer's state after the stored stories, and how many articles
            // had a story then, so that a state older than the stories is never used.
            try db.create(table: "clusterState") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("state", .blob).notNull()
                t.column("assignedArticles", .integer).notNull()
            }
        }
        m.registerMigration("v3: the byline's desk title") { db in
            try db.alter(table: "article") { t in t.add(column: "bylineRole", .text) }
        }
        return m
    }

    @discardableResult
    public func add(_ articles: [Article]) throws -> Int {
        try db.write { db in try Self.insert(articles, db) }
    }

    @discardableResult
    public func add(_ articles: [Article], grouping group: (any StoryLedger) throws -> StoryUpdate?) throws -> Int {
        try db.write { db in
            let added = try Self.insert(articles, db)
            if let update = try group(Ledger(db: db)) {
                try Self.assign(update.assignments, db)
                if let state = update.clusterState {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO clusterState (id, state, assignedArticles) VALUES (1, ?, (SELECT COUNT(*) FROM storyArticle))",
                        arguments: [state.encoded()])
                } else {
                    try db.execute(sql: "DELETE FROM clusterState")
                }
            }
            return added
        }
    }

    static func insert(_ articles: [Article], _ db: Database) throws -> Int {
        var added = 0
        let now = Date()
        for a in articles {
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO article
                    (id, source, title, body, outlet, byline, bylineRole, published, url, language, tickers, dateline, ingestedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [a.id, a.source, a.title, a.body, a.outlet, a.byline, a.bylineRole, a.published, a.url, a.language,
                            Self.encodeList(a.tickers), a.dateline, now])
            added += db.changesCount
        }
        return added
    }

    public func article(id: String) throws -> Article? {
        try db.read { db in try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id]).map(Self.article) }
    }

    public func articles() throws -> [Article] {
        try db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY rowid").map(Self.article) }
    }

    public func articleCount() throws -> Int {
        try db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    public func assign(_ assignments: [(article: String, story: String)]) throws {
        try db.write { db in
            try Self.assign(assignments, db)
            try db.execute(sql: "DELETE FROM clusterState")
        }
    }

    static func assign(_ assignments: [(article: String, story: String)], _ db: Database) throws {
        for (article, story) in assignments {
            try db.execute(sql: "INSERT OR IGNORE INTO story (id, title) SELECT ?, title FROM article WHERE id = ?", arguments: [story, article])
            try db.execute(sql: "INSERT OR REPLACE INTO storyArticle (article, story) VALUES (?, ?)", arguments: [article, story])
        }
    }

    public func clusterState() throws -> ClusterSnapshot? {
        try db.read { db in try Self.clusterState(db) }
    }

    static func clusterState(_ db: Database) throws -> ClusterSnapshot? {
        guard let row = try Row.fetchOne(db, sql: "SELECT state, assignedArticles FROM clusterState WHERE id = 1"),
              try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM storyArticle") == row["assignedArticles"]
        else { return nil }
        let state: Data = row["state"]
        return try? ClusterSnapshot(encoded: state)
    }

    /// Grouping's view of the store from inside the write transaction.
    struct Ledger: StoryLedger {
        let db: Database

        func clusterState() throws -> ClusterSnapshot? { try SQLiteStore.clusterState(db) }

        func articlesWithoutStory() throws -> [Article] {
            try Row.fetchAll(db, sql: """
                SELECT a.* FROM article a LEFT JOIN storyArticle sa ON sa.article = a.id
                WHERE sa.article IS NULL ORDER BY a.rowid
                """).map(SQLiteStore.article)
        }

        func forEachArticle(_ body: (Article, String?) throws -> Void) throws {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT a.*, sa.story AS storyOfArticle FROM article a LEFT JOIN storyArticle sa ON sa.article = a.id
                ORDER BY a.rowid
                """)
            while let row = try rows.next() { try body(SQLiteStore.article(row), row["storyOfArticle"]) }
        }
    }

    public func storyMembers() throws -> [StoryMembers] {
        try db.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT sa.story, sa.article FROM storyArticle sa JOIN article a ON a.id = sa.article ORDER BY a.rowid
                """)
            var order: [String] = []
            var members: [String: [String]] = [:]
            for row in rows {
                let story: String = row["story"], article: String = row["article"]
                if members[story] == nil { order.append(story) }
                members[story, default: []].append(article)
            }
            return order.map { StoryMembers(id: $0, articles: members[$0]!) }
        }
    }

    public func search(_ query: String, limit: Int) throws -> [Article] {
        guard let pattern = FTS5Pattern(matchingAnyTokenIn: query) else { return [] }
        return try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT article.* FROM article JOIN articleSearch ON articleSearch.rowid = article.rowid
                WHERE articleSearch MATCH ? ORDER BY bm25(articleSearch) LIMIT ?
                """, arguments: [pattern, limit]).map(Self.article)
        }
    }

    static func article(_ row: Row) -> Article {
        var a = Article(
            id: row["id"], source: row["source"], title: row["title"], body: row["body"],
            outlet: row["outlet"], byline: row["byline"], published: row["published"], url: row["url"],
            language: row["language"], tickers: decodeList(row["tickers"]), dateline: row["dateline"])
        a.bylineRole = row["bylineRole"]
        return a
    }

    static func encodeList(_ xs: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(xs)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decodeList(_ s: String?) -> [String] {
        guard let s, let xs = try? JSONDecoder().decode([String].self, from: Data(s.utf8)) else { return [] }
        return xs
    }
}

/// A store that cannot be opened or written: names the file.
public struct StoreError: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
