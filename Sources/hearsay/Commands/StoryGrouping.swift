import HearsayAnalyze
import HearsayModel
import HearsayStore

/// Groups articles into stories.
enum StoryGrouping {
    /// Articles read together in one `analyze` run.
    static func group(_ articles: [Article]) -> [StoryMembers] {
        DocumentAnalyzer.singleStory(articles)
    }

    /// Gives every stored article that has no story one.
    static func assignNew(in store: SQLiteStore) throws {
        let assigned = Set(try store.storyMembers().flatMap(\.articles))
        let fresh = try store.articles().filter { !assigned.contains($0.id) }
        guard !fresh.isEmpty else { return }
        let stories = group(fresh)
        try store.assign(stories.flatMap { s in s.articles.map { (article: $0, story: s.id) } })
    }
}
