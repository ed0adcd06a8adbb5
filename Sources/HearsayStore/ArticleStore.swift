import HearsayCluster
import HearsayModel

/// Where Hearsay keeps articles and stories between runs, in the domain's words.
/// SQLite (`SQLiteStore`) is the embedded implementation; a shared server database can
/// be a second one.
public protocol ArticleStore: Sendable {
    /// Adds the articles that are not stored yet (by id), all or nothing, and returns
    /// how many were new.
    @discardableResult
    func add(_ articles: [Article]) throws -> Int
    /// Adds the articles that are not stored yet and, in the same transaction, writes the
    /// stories `group` gives the stored articles that have none and the clustering state
    /// after them: a failure anywhere leaves the store as it was, and no other writer comes
    /// between reading the state and saving the next one. `group` returning nil changes no
    /// story. Returns how many articles were new.
    @discardableResult
    func add(_ articles: [Article], grouping group: (any StoryLedger) throws -> StoryUpdate?) throws -> Int
    func article(id: String) throws -> Article?
    /// All articles, oldest ingested first.
    func articles() throws -> [Article]
    func articleCount() throws -> Int
    /// Records which story each article belongs to. The saved clustering state no longer
    /// describes the stories then, so it is dropped (the next grouping replays).
    func assign(_ assignments: [(article: String, story: String)]) throws
    /// Story id -> article ids, in ingest order.
    func storyMembers() throws -> [StoryMembers]
    /// The clustering state saved with the current stories; nil when none was saved, the
    /// stories changed since, or it was written by a build that reads it differently.
    func clusterState() throws -> ClusterSnapshot?
    /// Full-text search over titles and bodies; best matches first.
    func search(_ query: String, limit: Int) throws -> [Article]
}

/// What story grouping reads from the store, inside the transaction that will write its
/// result.
public protocol StoryLedger {
    /// As `ArticleStore.clusterState()`.
    func clusterState() throws -> ClusterSnapshot?
    /// Articles without a story, oldest ingested first.
    func articlesWithoutStory() throws -> [Article]
    /// Every article, oldest ingested first, with its story when it has one: what
    /// rebuilding the clustering state replays.
    func forEachArticle(_ body: (Article, _ story: String?) throws -> Void) throws
}

/// What story grouping writes: the new articles' stories and the clustering state after
/// them (nil: none to keep).
public struct StoryUpdate: Sendable {
    public var assignments: [(article: String, story: String)]
    public var clusterState: ClusterSnapshot?

    public init(assignments: [(article: String, story: String)], clusterState: ClusterSnapshot?) {
        self.assignments = assignments
        self.clusterState = clusterState
    }
}
