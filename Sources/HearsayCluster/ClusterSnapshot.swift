/// Everything an `OnlineClusterer` needs to carry on where it stopped: the document
/// frequencies, the open stories and the index. Restoring it and feeding the rest of a
/// stream gives exactly what one uninterrupted run gives. Arrays rather than dictionaries,
/// in a fixed order, so that equal states encode to equal bytes.
public struct ClusterSnapshot: Codable, Sendable, Equatable {
    /// Raise it whenever term extraction, weighting or the state changes: a store holding a
    /// state of another version rebuilds it by replaying its articles.
    public static let currentVersion = 8

    public var version: Int
    public var configuration: ClusterConfiguration
    var articleCount: Int
    var storiesCreated: Int
    var newestDay: Int?
    var termKeys: [UInt64]
    var termCounts: [UInt32]
    var stories: [StoryRecord]
    var freeSlots: [Int32]
    var postingTerms: [UInt64]
    var postingSlots: [[Int32]]

    struct StoryRecord: Codable, Sendable, Equatable {
        var slot: Int32
        var id: String
        var size: Int
        var centroid: SparseVector
        var members: [SparseVector]
        var headlines: [SparseVector]
        var years: SparseYears
        var firstDay: Int?
        var lastDay: Int?
        var language: UInt8
        var lastArticle: Int
        var lastHeardDay: Int?
        var indexed: [UInt64]
    }

    /// How many stories are open in this state.
    public var openStories: Int { stories.count }

    public struct VersionMismatch: Error, CustomStringConvertible {
        public var found: Int
        public var description: String {
            "clustering state version \(found) is not \(ClusterSnapshot.currentVersion): rebuild it from the articles"
        }
    }
}

extension OnlineClusterer {
    public func snapshot() -> ClusterSnapshot {
        let terms = documentFrequency.keys.sorted()
        let listed = postings.keys.sorted()
        let records = stories.indices.compactMap { slot -> ClusterSnapshot.StoryRecord? in
            guard let s = stories[slot] else { return nil }
            return ClusterSnapshot.StoryRecord(
                slot: Int32(slot), id: s.id, size: s.size, centroid: s.centroid, members: s.members, headlines: s.headlines, years: s.years,
                firstDay: s.firstDay, lastDay: s.lastDay, language: s.language, lastArticle: s.lastArticle,
                lastHeardDay: s.lastHeardDay, indexed: s.indexed.sorted())
        }
        return ClusterSnapshot(
            version: ClusterSnapshot.currentVersion, configuration: configuration, articleCount: articleCount,
            storiesCreated: storiesCreated, newestDay: newestDay,
            termKeys: terms, termCounts: terms.map { documentFrequency[$0]! },
            stories: records, freeSlots: freeSlots,
            postingTerms: listed, postingSlots: listed.map { postings[$0]! })
    }

    public init(snapshot: ClusterSnapshot) throws(ClusterSnapshot.VersionMismatch) {
        guard snapshot.version == ClusterSnapshot.currentVersion else { throw .init(found: snapshot.version) }
        self.init(configuration: snapshot.configuration)
        articleCount = snapshot.articleCount
        storiesCreated = snapshot.storiesCreated
        newestDay = snapshot.newestDay
        documentFrequency = Dictionary(uniqueKeysWithValues: zip(snapshot.termKeys, snapshot.termCounts))
        let slots = (snapshot.stories.map { Int($0.slot) }.max() ?? -1) + 1
        stories = Array(repeating: nil, count: max(slots, (snapshot.freeSlots.map(Int.init).max() ?? -1) + 1))
        for r in snapshot.stories {
            var s = StoryState(id: r.id)
            s.size = r.size
            s.centroid = r.centroid
            s.centroidNorm = r.centroid.norm
            s.members = r.members
            s.headlines = r.headlines
            s.years = r.years
            s.firstDay = r.firstDay
            s.lastDay = r.lastDay
            s.language = r.language
            s.lastArticle = r.lastArticle
            s.lastHeardDay = r.lastHeardDay
            s.indexed = Set(r.indexed)
            stories[Int(r.slot)] = s
            slotOfStory[r.id] = r.slot
        }
        freeSlots = snapshot.freeSlots
        postings = Dictionary(uniqueKeysWithValues: zip(snapshot.postingTerms, snapshot.postingSlots))
    }
}
