import HearsayModel

/// A story in the list: enough for a badge and a row, without the analysis itself.
struct StorySummary: Encodable, Sendable {
    var id: String
    var title: String
    /// The main claim and its status; nil while no claim is found.
    var claim: String?
    var status: ClaimStatus?
    var articleCount: Int
    var outlets: [String]
    var quoteCount: Int
    var contradictionCount: Int
    var firstPublished: String?
    var lastPublished: String?

    init(_ a: AnalyzedStory) {
        let main = a.story.mainClaim
        id = a.story.id
        title = a.story.title
        claim = main?.text
        status = main?.status
        articleCount = a.articles.count
        outlets = Outlets.distinct(a.articles)
        quoteCount = a.story.quotes.count
        contradictionCount = a.story.contradictions.count
        let dates = a.articles.compactMap(\.published).sorted()
        firstPublished = dates.first
        lastPublished = dates.last
    }

    enum CodingKeys: String, CodingKey {
        case id, title, claim, status, articleCount, outlets, quoteCount, contradictionCount, firstPublished, lastPublished
    }

    // Unknown values are written as null, as in the contract.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(claim, forKey: .claim)
        try c.encode(status, forKey: .status)
        try c.encode(articleCount, forKey: .articleCount)
        try c.encode(outlets, forKey: .outlets)
        try c.encode(quoteCount, forKey: .quoteCount)
        try c.encode(contradictionCount, forKey: .contradictionCount)
        try c.encode(firstPublished, forKey: .firstPublished)
        try c.encode(lastPublished, forKey: .lastPublished)
    }
}

/// An article in a listing or a search result: no body.
struct ArticleSummary: Encodable, Sendable {
    var id: String
    var title: String
    var outlet: String?
    var published: String?
    var url: String?
    var story: String?

    enum CodingKeys: String, CodingKey { case id, title, outlet, published, url, story }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(published, forKey: .published)
        try c.encode(url, forKey: .url)
        try c.encode(story, forKey: .story)
    }
}

/// A claim with the story it belongs to, for the cross-story claim list.
struct StoryClaim: Encodable, Sendable {
    var story: String
    var storyTitle: String
    var claim: Claim
}

struct Health: Encodable, Sendable {
    var status: String
    /// Goes up whenever the stories change.
    var revision: Int
}

/// What an upload did.
struct IngestResult: Encodable, Sendable {
    /// Articles read from the upload.
    var received: Int
    /// Of those, the ones not stored before.
    var added: Int
    var articles: [ArticleSummary]
    /// Pages of a WARC crawl that were not read as articles, each "URI: reason", as
    /// `hearsay ingest` reports them.
    var skipped: [String]
}

extension Story {
    /// The claim a reader asks about first: the core claim, else the first one.
    var mainClaim: Claim? { claims.first(where: \.isCore) ?? claims.first }
}

enum Outlets {
    /// The name to show for an article's publisher: its outlet, else its web site, else
    /// the file it came from.
    static func name(_ a: Article) -> String {
        if let o = a.outlet, !o.isEmpty { return o }
        if let url = a.url, let host = host(of: url) { return host }
        let file = a.source.split(separator: "/").last.map(String.init) ?? a.source
        return file.isEmpty ? a.id : file
    }

    static func distinct(_ articles: [Article]) -> [String] {
        var seen = Set<String>()
        return articles.map(name).filter { seen.insert($0.lowercased()).inserted }
    }

    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }
}
