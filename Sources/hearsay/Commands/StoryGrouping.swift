import HearsayCluster
import HearsayModel
import HearsayStore

/// Groups articles into stories.
enum StoryGrouping {
    /// Articles read together in one `analyze` run, fed to the clusterer in reading order.
    static func group(_ articles: [Article]) -> [StoryMembers] {
        OnlineClusterer.group(articles)
    }

    /// Gives every stored article that has no story one. The stored assignments are
    /// replayed first (oldest ingested first), so new articles join the stories the store
    /// already has when they belong there, and stored stories never change.
    static func assignNew(in store: SQLiteStore) throws {
        var storyOf: [String: String] = [:]
        for s in try store.storyMembers() {
            for a in s.articles { storyOf[a] = s.id }
        }
        var clusterer = OnlineClusterer()
        var fresh: [(article: String, story: String)] = []
        for a in try store.articles() {
            if let story = storyOf[a.id] {
                clusterer.record(id: a.id, title: a.title, body: a.body, published: a.published, story: story)
            } else {
                fresh.append((a.id, clusterer.assign(id: a.id, title: a.title, body: a.body, published: a.published)))
            }
        }
        guard !fresh.isEmpty else { return }
        try store.assign(fresh)
    }
}
