import HearsayCluster
import HearsayModel

/// Gives stored articles without a story one, the way `ingest`, `watch` and the server's
/// uploads group: stored stories never change, and new articles join them when they
/// belong there.
///
/// The clusterer carries on from the state saved with the last batch, so the cost of a
/// batch does not grow with the store. Without a usable state (a store from before states
/// were kept, stories assigned by other means, other settings or another build) it replays
/// every stored article with its stored story first, which rebuilds the same state, and the
/// state saved with this batch spares the next one the replay.
public struct StoryGrouping: Sendable {
    public var configuration: ClusterConfiguration

    public init(configuration: ClusterConfiguration = ClusterConfiguration()) {
        self.configuration = configuration
    }

    /// For `ArticleStore.add(_:grouping:)`; nil when every article has a story already.
    public func assign(_ ledger: any StoryLedger) throws -> StoryUpdate? {
        let pending = try ledger.articlesWithoutStory()
        guard !pending.isEmpty else { return nil }
        var assignments: [(article: String, story: String)] = []
        var clusterer: OnlineClusterer
        if let saved = try ledger.clusterState(), saved.configuration == configuration,
           let resumed = try? OnlineClusterer(snapshot: saved) {
            clusterer = resumed
            for a in pending {
                assignments.append((a.id, clusterer.assign(id: a.id, title: a.title, body: a.body, published: a.published)))
            }
        } else {
            clusterer = OnlineClusterer(configuration: configuration)
            try ledger.forEachArticle { a, story in
                if let story {
                    clusterer.record(id: a.id, title: a.title, body: a.body, published: a.published, story: story)
                } else {
                    assignments.append((a.id, clusterer.assign(id: a.id, title: a.title, body: a.body, published: a.published)))
                }
            }
        }
        return StoryUpdate(assignments: assignments, clusterState: clusterer.snapshot())
    }
}
