import HearsayModel

/// Where Hearsay keeps articles and stories between runs, in the domain's words.
/// SQLite (`SQLiteStore`) is the embedded implementation; a shared server database can
/// be a second one.
public protocol ArticleStore: Sendable {
    /// Adds the articles that are not stored yet (by id), all or nothing, and returns
    /// how many were new.
    @discardableResult
    func add(_ articles: [Article]) throws -> Int
    func article(id: String) throws -> Article?
    /// All articles, oldest ingested first.
    func articles() throws -> [Article]
    func articleCount() throws -> Int
    /// Records which story each article belongs to.
    func assign(_ assignments: [(article: String, story: String)]) throws
    /// Story id -> article ids, in ingest order.
    func storyMembers() throws -> [StoryMembers]
    /// Full-text search over titles and bodies; best matches first.
    func search(_ query: String, limit: Int) throws -> [Article]
}
