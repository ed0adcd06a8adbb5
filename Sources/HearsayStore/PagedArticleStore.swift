import GRDB
import HearsayModel

/// A store that can read one page of articles without loading them all: what a server
/// listing a large store needs.
public protocol PagedArticleStore: ArticleStore {
    /// Articles in ingest order, skipping `offset`, at most `limit`.
    func articles(offset: Int, limit: Int) throws -> [Article]
}

extension SQLiteStore: PagedArticleStore {
    public func articles(offset: Int, limit: Int) throws -> [Article] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY rowid LIMIT ? OFFSET ?", arguments: [limit, offset])
                .map(Self.article)
        }
    }
}
