import HearsayModel

/// The second look a batch gets (one `analyze` run), where every article is known before any
/// story is reported.
///
/// The online pass decides each article from those before it, with document frequencies
/// learnt from them: the first reports of a folder are weighed on little evidence, and an
/// article written from another angle can start a story of its own. So, after it, every story
/// of at most `smallStory` articles, or of little text (`smallText`), is scored again against
/// the others with the whole batch's document frequencies, and joins the one it scores best
/// against if that reaches `threshold`.
/// Larger stories stay apart: two similar events (two title defences of one boxer) are two
/// large groups, and merging those is the mistake the online guards exist to prevent.
public struct Settling: Sendable, Equatable {
    /// The score, averaged over both directions, a small story needs to join another.
    public var threshold = 0.0
    /// Stories of at most this many articles are looked at again.
    public var smallStory = 2
    /// Stories whose articles hold at most this many terms in all (counting each article's
    /// distinct terms: about a paragraph) are looked at again too: three one-line posts are
    /// as little evidence as one article.
    public var smallText = 60
    /// Days between a small story and another beyond which they are not compared. The
    /// stream's horizon (`ClusterConfiguration.horizonDays`) bounds memory; a folder is the
    /// user's own selection, and the outcome of a rumour (a deal announced, a ban decided, a
    /// product unveiled "five months after it was first reported") often comes weeks or
    /// months after the reports, so it is given half a year; reports further apart stay apart
    /// (no dated data set here to measure it on: a judgement). The time penalty still counts
    /// the gap.
    public var horizonDays = 183

    public init(threshold: Double = 0, smallStory: Int = 2, smallText: Int = 60, horizonDays: Int = 183) {
        self.threshold = threshold
        self.smallStory = smallStory
        self.smallText = smallText
        self.horizonDays = horizonDays
    }
}

extension OnlineClusterer {
    /// Groups articles read together (one `analyze` run) into stories: online in the order
    /// given, then settled (nil: online only), with the folder settings (`ClusterConfiguration.folders`)
    /// unless given others. Stories come in the order of their first
    /// article; each lists its articles in the same order.
    public static func group(
        _ articles: [Article], configuration: ClusterConfiguration = .folders,
        settling: Settling? = Settling()
    ) -> [StoryMembers] {
        var clusterer = OnlineClusterer(configuration: configuration)
        let terms = articles.map { clusterer.extractor.terms(title: $0.title, body: $0.body) }
        var stories = zip(articles, terms).map { a, t in clusterer.assign(id: a.id, terms: t, published: a.published) }
        if let settling {
            stories = clusterer.settle(terms: terms, published: articles.map(\.published), stories: stories, settling: settling)
        }
        var order: [String] = []
        var members: [String: [String]] = [:]
        for (a, story) in zip(articles, stories) {
            if members[story] == nil { order.append(story) }
            members[story, default: []].append(a.id)
        }
        return order.map { StoryMembers(id: $0, articles: members[$0]!) }
    }

    /// The story of each article after small stories have joined their best match, for the
    /// articles this clusterer has just assigned (`stories`, in the same order). A story that
    /// absorbs another keeps its id; of two small ones, the larger (then the earlier) keeps it.
    func settle(terms: [ArticleTerms], published: [String?], stories: [String], settling: Settling) -> [String] {
        var groupOf: [String: Int] = [:]
        var groups: [Group] = []
        for (i, story) in stories.enumerated() {
            let article = weighed(terms[i], published: published[i])
            if let g = groupOf[story] {
                groups[g].add(i, article, configuration: configuration)
            } else {
                groupOf[story] = groups.count
                var g = Group(id: story, first: i)
                g.add(i, article, configuration: configuration)
                groups.append(g)
            }
        }
        guard groups.count > 1 else { return stories }
        var postings: [UInt64: [Int]] = [:]
        for g in groups.indices { for key in groups[g].indexTerms(configuration.queryTerms) { postings[key, default: []].append(g) } }

        for g in groups.indices
        where groups[g].alive && (groups[g].state.size <= settling.smallStory || groups[g].terms <= settling.smallText) {
            guard let target = bestMatch(for: g, in: groups, postings: postings, settling: settling) else { continue }
            let (t, h) = (groups[target], groups[g])
            let targetKeeps = t.state.size != h.state.size ? t.state.size > h.state.size : t.first < h.first
            let (keep, fold) = targetKeeps ? (target, g) : (g, target)
            groups[keep].merge(groups[fold], configuration: configuration)
            groups[fold].alive = false
            for key in groups[keep].indexTerms(configuration.queryTerms) where postings[key]?.contains(keep) != true {
                postings[key, default: []].append(keep)
            }
        }
        var out = stories
        for g in groups where g.alive { for i in g.articles { out[i] = g.id } }
        return out
    }

    /// The live group, among those sharing the most strong terms with `g`, whose score with it
    /// (the mean of both directions) is highest and reaches the settling threshold.
    private func bestMatch(for g: Int, in groups: [Group], postings: [UInt64: [Int]], settling: Settling) -> Int? {
        let horizon = max(configuration.horizonDays, settling.horizonDays)
        let probe = groups[g]
        let mine = probe.asArticle
        var shared: [Int: Float] = [:]
        for i in mine.vector.strongest(configuration.queryTerms) {
            for other in postings[mine.vector.keys[i]] ?? [] where other != g && groups[other].alive {
                shared[other, default: 0] += mine.vector.values[i]
            }
        }
        let near = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(configuration.candidates)
        var best: (group: Int, score: Double)?
        for (other, _) in near {
            let theirs = groups[other].asArticle
            let cosine = mine.vector.dot(theirs.vector)
            // A folder is settled whole, so its own, longer horizon is a hard one.
            guard Self.daysApart(mine, groups[other].state) <= horizon && Self.daysApart(theirs, probe.state) <= horizon else { continue }
            let there = score(mine, against: groups[other].state, centroidCosine: cosine, horizonDays: horizon)
            let back = score(theirs, against: probe.state, centroidCosine: cosine, horizonDays: horizon)
            let s = (there + back) / 2
            if s >= settling.threshold, best == nil || s > best!.score || (s == best!.score && other < best!.group) {
                best = (other, s)
            }
        }
        return best?.group
    }

    /// One online story while it is being settled.
    private struct Group {
        var id: String
        var first: Int
        var articles: [Int] = []
        var state: StoryState
        var alive = true
        /// The sum of its articles' distinct terms.
        var terms = 0

        init(id: String, first: Int) {
            self.id = id
            self.first = first
            state = StoryState(id: id)
        }

        mutating func add(_ index: Int, _ article: PreparedArticle, configuration: ClusterConfiguration) {
            articles.append(index)
            terms += article.vector.count
            state.absorb(article, configuration: configuration)
        }

        /// Takes in another group's articles, keeping this one's id and the earlier first article.
        mutating func merge(_ other: Group, configuration: ClusterConfiguration) {
            articles = (articles + other.articles).sorted()
            first = min(first, other.first)
            terms += other.terms
            state.size += other.state.size
            state.centroid = state.centroid.adding(other.state.centroid)
            if state.centroid.count > 2 * configuration.centroidTerms { state.centroid = state.centroid.pruned(to: configuration.centroidTerms) }
            state.centroidNorm = state.centroid.norm
            state.members = Array((state.members + other.state.members).suffix(configuration.memberVectors))
            state.headlines = Array((state.headlines + other.state.headlines).suffix(configuration.memberVectors))
            state.years = state.years.adding(other.state.years)
            for d in [other.state.firstDay, other.state.lastDay].compactMap({ $0 }) {
                state.firstDay = min(state.firstDay ?? d, d)
                state.lastDay = max(state.lastDay ?? d, d)
            }
        }

        /// The whole group seen as one article (its unit centroid), to score it against another group.
        var asArticle: PreparedArticle {
            PreparedArticle(
                vector: state.centroid.scaled(by: Float(1 / max(state.centroidNorm, 1e-12))), years: state.years, day: state.firstDay,
                language: state.language)
        }

        func indexTerms(_ n: Int) -> [UInt64] { state.centroid.strongest(n).map { state.centroid.keys[$0] } }
    }
}
