import Foundation
import HearsayModel
import HearsayText

/// Groups a stream of articles into stories as they arrive, each decided from the articles
/// before it and itself (no look-ahead), the same way every time for the same stream.
///
/// An article is a unit TF-IDF vector (document frequencies learnt from the stream so far;
/// names, numbers and title words weighted up). It joins the story it scores best against,
/// if that score reaches `threshold`, or starts a new one. The score is the cosine with the
/// story's centroid (optionally mixed with the best cosine against its recent articles),
/// less penalties when the two name different years or were published far apart. Only
/// stories that share strong terms with the article are scored (an inverted index), and a
/// story that has gone quiet is closed, so the cost per article and the memory stay bounded
/// however long the stream runs.
public struct OnlineClusterer: Sendable {
    public let configuration: ClusterConfiguration
    /// The terms this configuration reads from an article. `terms(title:body:)` is pure, so a
    /// caller can extract later articles' terms on other threads ahead of time and feed them
    /// to `assign(id:terms:published:)` in arrival order: the decisions stay the same.
    public let extractor: TermExtractor
    var articleCount = 0
    var storiesCreated = 0
    var documentFrequency: [UInt64: UInt32] = [:]
    var stories: [StoryState?] = []
    var freeSlots: [Int32] = []
    var slotOfStory: [String: Int32] = [:]
    var postings: [UInt64: [Int32]] = [:]
    var newestDay: Int?

    public init(configuration: ClusterConfiguration = ClusterConfiguration()) {
        self.configuration = configuration
        self.extractor = TermExtractor(configuration: configuration)
    }

    /// Decides the story of the next article and returns its id. `published` is ISO 8601
    /// text; a date lets the clusterer keep stories from different weeks apart.
    public mutating func assign(id: String, title: String, body: String, published: String? = nil) -> String {
        assign(id: id, terms: extractor.terms(title: title, body: body), published: published)
    }

    /// `assign` for an article whose terms `extractor` has already read.
    public mutating func assign(id: String, terms: ArticleTerms, published: String? = nil) -> String {
        let article = prepare(terms, published: published)
        let slot = bestStory(for: article) ?? newStory(founder: id, preferredID: nil)
        add(article, to: slot)
        return stories[Int(slot)]!.id
    }

    /// Adds an article whose story is already known (a stored assignment being replayed),
    /// so that later articles are compared with everything that story holds.
    public mutating func record(id: String, title: String, body: String, published: String? = nil, story: String) {
        let article = prepare(extractor.terms(title: title, body: body), published: published)
        let slot = slotOfStory[story] ?? newStory(founder: id, preferredID: story)
        add(article, to: slot)
    }

    /// Stories still open to new articles.
    public var openStories: Int { slotOfStory.count }

    /// Articles seen so far.
    public var articles: Int { articleCount }

    // MARK: - One article

    struct PreparedArticle {
        var vector: SparseVector
        var years: SparseYears
        var day: Int?
        var language: UInt8
        /// Share of the squared weight on terms no earlier article had (the online pass only:
        /// nil where a whole group is scored as one article).
        var novelty: Double?
        /// Its title's terms, weighed as `vector` is (empty without a title).
        var headline = SparseVector()
    }

    mutating func prepare(_ terms: ArticleTerms, published: String?) -> PreparedArticle {
        articleCount += 1
        for k in terms.keys { documentFrequency[k, default: 0] += 1 }
        if documentFrequency.count > configuration.vocabularyLimit { forgetRareTerms() }
        let article = weighed(terms, published: published)
        if let d = article.day { newestDay = max(newestDay ?? d, d) }
        return article
    }

    /// The article as the clusterer compares it, with the document frequencies learnt so far.
    func weighed(_ terms: ArticleTerms, published: String?) -> PreparedArticle {
        let n = Double(articleCount + 1) + configuration.idfPriorArticles
        var weights = [Float](repeating: 0, count: terms.keys.count)
        var norm = 0.0
        var novel = 0.0
        func weight(_ k: UInt64, _ count: Float) -> Double {
            let c = Double(count)
            return (c >= 1 ? 1 + log(c) : c) * log(n / (Double(documentFrequency[k] ?? 1) + 0.5))
        }
        for (i, k) in terms.keys.enumerated() {
            let w = weight(k, terms.counts[i])
            weights[i] = Float(w)
            norm += w * w
            if (documentFrequency[k] ?? 1) <= 1 { novel += w * w }
        }
        let scale = norm > 0 ? Float(1 / norm.squareRoot()) : 0
        var headline = SparseVector()
        if !terms.headlineKeys.isEmpty {
            let h = zip(terms.headlineKeys, terms.headlineCounts).map { weight($0, $1) }
            let hn = h.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if hn > 0 { headline = SparseVector(keys: terms.headlineKeys, values: h.map { Float($0 / hn) }) }
        }
        let day = published.flatMap(Self.dayNumber)
        // A publication date says when better than any year in the text.
        let years = day.map { SparseYears([Int16(clamping: Self.year(ofDay: $0)): 1]) } ?? terms.years
        return PreparedArticle(
            vector: SparseVector(keys: terms.keys, values: weights.map { $0 * scale }), years: years, day: day,
            language: terms.language, novelty: norm > 0 ? novel / norm : 0, headline: headline)
    }

    /// The best-scoring open story at or above the threshold, among those that share the
    /// most strong terms with the article; the full score (recent articles, guards) only
    /// for the four closest centroids.
    func bestStory(for article: PreparedArticle) -> Int32? {
        let near = candidates(for: article.vector)
            .map { (slot: $0, cosine: article.vector.dot(stories[Int($0)]!.centroid) / max(stories[Int($0)]!.centroidNorm, 1e-12)) }
            .sorted { $0.cosine != $1.cosine ? $0.cosine > $1.cosine : $0.slot < $1.slot }
            .prefix(4)
        var best: (slot: Int32, score: Double)?
        for (slot, cosine) in near where cosine >= configuration.centroidFloor {
            let score = score(article, against: stories[Int(slot)]!, centroidCosine: cosine)
            guard score >= configuration.threshold else { continue }
            if best == nil || score > best!.score || (score == best!.score && slot < best!.slot) {
                best = (slot, score)
            }
        }
        return best?.slot
    }

    /// Stories found through the inverted index, ranked by the summed weight of the
    /// article's strong terms they are indexed under. Terms no earlier article had are
    /// skipped: they weigh the most and can match nothing.
    func candidates(for vector: SparseVector) -> [Int32] {
        let seen = vector.keys.indices.filter { (documentFrequency[vector.keys[$0]] ?? 0) > 1 }
        let strongest = seen.sorted {
            vector.values[$0] != vector.values[$1] ? vector.values[$0] > vector.values[$1] : vector.keys[$0] < vector.keys[$1]
        }
        var shared: [Int32: Float] = [:]
        for i in strongest.prefix(configuration.queryTerms) {
            for slot in postings[vector.keys[i]] ?? [] { shared[slot, default: 0] += vector.values[i] }
        }
        let ranked = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(configuration.candidates).map(\.key)
    }

    /// Beyond `horizonDays` (the configuration's unless given) the score is lowered by
    /// `lateMargin` as well.
    func score(_ article: PreparedArticle, against story: StoryState, centroidCosine: Double, horizonDays: Int? = nil) -> Double {
        let c = configuration
        let gap = Self.daysApart(article, story)
        var s = centroidCosine
        if c.centroidShare < 1 {
            let member = story.members.map { article.vector.dot($0) }.max() ?? 0
            s = c.centroidShare * s + (1 - c.centroidShare) * member
        }
        if c.headlineWeight != 0 && !article.headline.isEmpty {
            var echo: Double?
            for h in story.headlines where !h.isEmpty { echo = max(echo ?? 0, article.headline.dot(h)) }
            if let echo { s += c.headlineWeight * (echo - c.headlinePivot) }
        }
        if !article.years.isEmpty && !story.years.isEmpty {
            s -= c.yearPenalty * (1 - article.years.cosine(story.years))
        }
        if let novelty = article.novelty, c.noveltyPenalty != 0 { s -= c.noveltyPenalty * (novelty - c.noveltyPivot) }
        if gap > 0 { s -= c.timePenalty * (1 - exp(-Double(gap) / c.timeScaleDays)) }
        if gap > horizonDays ?? c.horizonDays { s -= c.lateMargin }
        if c.entityAgreementWeight != 0, let agreement = Self.entityAgreement(article.vector, story.centroid) {
            s += c.entityAgreementWeight * (agreement - 0.5)
        }
        // Common words can only agree within one language: a report in another language
        // joins its story by names and numbers alone.
        if c.wordAgreementWeight != 0 && article.language == story.language {
            s += c.wordAgreementWeight * (article.vector.cosine(story.centroid, of: .word) - c.wordAgreementPivot)
        }
        return s
    }

    /// Days between the article's date and the nearest end of the story's dates; 0 when
    /// either side has none or the article falls within them.
    static func daysApart(_ article: PreparedArticle, _ story: StoryState) -> Int {
        guard let d = article.day, let first = story.firstDay, let last = story.lastDay else { return 0 }
        return d < first ? first - d : d > last ? d - last : 0
    }

    /// How far the two sides' three strongest names appear on the other side, from 0 to 1;
    /// nil when either names nobody.
    static func entityAgreement(_ a: SparseVector, _ b: SparseVector) -> Double? {
        func mainNames(_ v: SparseVector) -> [UInt64] {
            let names = v.keys.indices.filter { TermKind.of(v.keys[$0]) == .entity }
            let ranked = names.sorted { v.values[$0] != v.values[$1] ? v.values[$0] > v.values[$1] : v.keys[$0] < v.keys[$1] }
            return ranked.prefix(3).map { v.keys[$0] }
        }
        let fromA = mainNames(a), fromB = mainNames(b)
        guard !fromA.isEmpty, !fromB.isEmpty else { return nil }
        let aInB = Double(fromA.filter(b.contains).count) / Double(fromA.count)
        let bInA = Double(fromB.filter(a.contains).count) / Double(fromB.count)
        return (aInB + bInA) / 2
    }

    // MARK: - Stories

    mutating func newStory(founder: String, preferredID: String?) -> Int32 {
        storiesCreated += 1
        var id = preferredID ?? "s-" + founder
        if slotOfStory[id] != nil { id += "-\(storiesCreated)" }
        let story = StoryState(id: id)
        let slot: Int32
        if let free = freeSlots.popLast() {
            slot = free
            stories[Int(slot)] = story
        } else {
            slot = Int32(stories.count)
            stories.append(story)
        }
        slotOfStory[id] = slot
        return slot
    }

    mutating func add(_ article: PreparedArticle, to slot: Int32) {
        let c = configuration
        var s = stories[Int(slot)]!
        stories[Int(slot)] = nil
        s.absorb(article, configuration: c)
        s.lastArticle = articleCount
        s.lastHeardDay = newestDay
        for i in article.vector.strongest(c.indexTerms) where s.indexed.insert(article.vector.keys[i]).inserted {
            list(slot, under: article.vector.keys[i])
        }
        if s.indexed.count > c.storyIndexTerms { reindex(&s, slot: slot, latest: article.vector) }
        stories[Int(slot)] = s
        if articleCount % 256 == 0 { closeQuietStories(sparing: slot) }
    }

    mutating func list(_ slot: Int32, under term: UInt64) {
        postings[term, default: []].append(slot)
        if postings[term]!.count > configuration.postingsLimit { postings[term]!.removeFirst() }
    }

    mutating func unlist(_ slot: Int32, under term: UInt64) {
        postings[term]?.removeAll { $0 == slot }
        if postings[term]?.isEmpty == true { postings[term] = nil }
    }

    /// A long story keeps its index entries to its centroid's strongest terms and its
    /// latest article's, so that the index follows the story as it moves on.
    mutating func reindex(_ s: inout StoryState, slot: Int32, latest: SparseVector) {
        let c = configuration
        var keep = Set(s.centroid.strongest(c.storyIndexTerms / 2).map { s.centroid.keys[$0] })
        for i in latest.strongest(c.indexTerms) { keep.insert(latest.keys[i]) }
        for term in s.indexed.sorted() where !keep.contains(term) { unlist(slot, under: term) }
        for term in keep.sorted() where !s.indexed.contains(term) { list(slot, under: term) }
        s.indexed = keep
    }

    /// Closes stories past the horizon: their index entries and vectors are dropped and
    /// their slots reused. The story that has just taken an article is spared even when that
    /// article is dated long before the newest one (a late or back-dated report), because
    /// its caller is about to hand out that story's id.
    mutating func closeQuietStories(sparing current: Int32) {
        let c = configuration
        for slot in stories.indices where slot != Int(current) {
            guard let s = stories[slot] else { continue }
            let silence = articleCount - s.lastArticle
            // One article dated far ahead (a typo, a wrong feed) moves the clock at once; a
            // tenth of the article horizon of quiet as well keeps it from closing every story.
            let old = silence > c.horizonArticles / 10
                && newestDay.map { newest in s.lastHeardDay.map { newest - $0 > c.horizonDays } ?? false } ?? false
            guard silence > c.horizonArticles || old else { continue }
            for term in s.indexed { unlist(Int32(slot), under: term) }
            slotOfStory[s.id] = nil
            stories[slot] = nil
            freeSlots.append(Int32(slot))
        }
        freeSlots.sort(by: >)
    }

    /// Terms seen in one article only carry no weight yet and are most of a long stream's
    /// vocabulary; forgetting them bounds the table.
    mutating func forgetRareTerms() {
        documentFrequency = documentFrequency.filter { $0.value > 1 }
    }

    // MARK: - Dates

    /// Days since 1970-01-01 of an ISO 8601 date's calendar day.
    static func dayNumber(_ iso: String) -> Int? {
        guard let (y, m, d) = DateText.day(ofISO: iso), CivilDate.isValid(year: y, month: m, day: d) else { return nil }
        return CivilDate(year: y, month: m, day: d).dayNumber
    }

    static func year(ofDay day: Int) -> Int { CivilDate(dayNumber: day).year }
}

/// One open story: what the clusterer compares new articles with.
struct StoryState: Codable, Sendable, Equatable {
    var id: String
    var size = 0
    /// Sum of its articles' unit vectors, cut to the strongest terms.
    var centroid = SparseVector()
    var centroidNorm = 0.0
    /// Its latest articles' vectors, when the score uses them.
    var members: [SparseVector] = []
    /// Its latest `memberVectors` articles' headline vectors (empty for an untitled one), when
    /// the score uses them.
    var headlines: [SparseVector] = []
    /// Sum of its articles' year profiles.
    var years = SparseYears()
    var firstDay: Int?
    var lastDay: Int?
    /// Its first article's language (`ArticleTerms.language`).
    var language: UInt8 = 0
    /// `articleCount` when it last grew.
    var lastArticle = 0
    /// The stream's newest day when it last grew: its silence is counted on the feed's clock,
    /// not by its own articles' dates, so that a feed whose dates arrive out of order (an
    /// archive read back) does not close every story the newest date has passed.
    var lastHeardDay: Int?
    /// Terms whose postings list it.
    var indexed: Set<UInt64> = []

    init(id: String) { self.id = id }

    /// What the article adds to the story's vectors, years and dates.
    mutating func absorb(_ article: OnlineClusterer.PreparedArticle, configuration c: ClusterConfiguration) {
        size += 1
        if size == 1 { language = article.language }
        centroid = centroid.adding(article.vector)
        if centroid.count > 2 * c.centroidTerms { centroid = centroid.pruned(to: c.centroidTerms) }
        centroidNorm = centroid.norm
        if c.centroidShare < 1 {
            members.append(article.vector.pruned(to: c.memberTerms))
            if members.count > c.memberVectors { members.removeFirst() }
        }
        if c.headlineWeight != 0 {
            headlines.append(article.headline.pruned(to: c.memberTerms))
            if headlines.count > c.memberVectors { headlines.removeFirst() }
        }
        years = years.adding(article.years)
        if let d = article.day {
            firstDay = min(firstDay ?? d, d)
            lastDay = max(lastDay ?? d, d)
        }
    }
}
