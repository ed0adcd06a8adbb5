/// The v1 analysis document that `hearsay analyze --format json` prints
/// (see docs/CONTRACT.md). Field names are the contract: add, never rename.
public struct AnalysisDocument: Codable, Sendable {
    public var version: Int
    public var articles: [Article]
    public var stories: [Story]

    public init(articles: [Article], stories: [Story]) {
        self.version = 1
        self.articles = articles
        self.stories = stories
    }
}

/// A group of articles about one event, and everything Hearsay found in them.
public struct Story: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var articles: [String]
    public var claims: [Claim]
    public var quotes: [Quote]
    public var quoteGroups: [QuoteGroup]
    public var people: [Person]
    public var organisations: [Organisation]
    public var citations: [Citation]
    public var contradictions: [Contradiction]
    public var rewrites: [Rewrite]
    public var timeline: [TimelineEvent]

    public init(
        id: String, title: String, articles: [String],
        claims: [Claim] = [], quotes: [Quote] = [], quoteGroups: [QuoteGroup] = [],
        people: [Person] = [], organisations: [Organisation] = [], citations: [Citation] = [],
        contradictions: [Contradiction] = [], rewrites: [Rewrite] = [], timeline: [TimelineEvent] = []
    ) {
        self.id = id
        self.title = title
        self.articles = articles
        self.claims = claims
        self.quotes = quotes
        self.quoteGroups = quoteGroups
        self.people = people
        self.organisations = organisations
        self.citations = citations
        self.contradictions = contradictions
        self.rewrites = rewrites
        self.timeline = timeline
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        articles = try c.decode([String].self, forKey: .articles)
        claims = try c.decodeIfPresent([Claim].self, forKey: .claims) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        quoteGroups = try c.decodeIfPresent([QuoteGroup].self, forKey: .quoteGroups) ?? []
        people = try c.decodeIfPresent([Person].self, forKey: .people) ?? []
        organisations = try c.decodeIfPresent([Organisation].self, forKey: .organisations) ?? []
        citations = try c.decodeIfPresent([Citation].self, forKey: .citations) ?? []
        contradictions = try c.decodeIfPresent([Contradiction].self, forKey: .contradictions) ?? []
        rewrites = try c.decodeIfPresent([Rewrite].self, forKey: .rewrites) ?? []
        timeline = try c.decodeIfPresent([TimelineEvent].self, forKey: .timeline) ?? []
    }
}

/// A direct quotation as carried by one article.
public struct Quote: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// The quoted words without the surrounding quotation marks.
    public var text: String
    public var article: String
    /// Fullest name the story uses for whoever said it; nil for scare quotes and titles.
    public var speaker: String?
    public var role: String?
    /// Where it was said: "CBS Sunday Morning", "X", "a statement".
    public var venue: String?
    /// `uncorroborated`: no other outlet carries the statement or names its speaker.
    /// `disputed`: a sentence of the story denies that the speaker said it (their office
    /// says they never gave the interview, the quote was invented, an outlet withdrew it as
    /// unverified); set on every version of the statement credited to them or to nobody.
    public var flags: [String]
    /// The quoted words in the article body.
    public var span: TextSpan
    /// The words that credit the speaker ("Farley told CBS"), when there are any.
    public var attribution: TextSpan?

    public init(
        id: String, text: String, article: String, speaker: String? = nil, role: String? = nil,
        venue: String? = nil, flags: [String] = [], span: TextSpan, attribution: TextSpan? = nil
    ) {
        self.id = id
        self.text = text
        self.article = article
        self.speaker = speaker
        self.role = role
        self.venue = venue
        self.flags = flags
        self.span = span
        self.attribution = attribution
    }

    public static let uncorroborated = "uncorroborated"

    enum CodingKeys: String, CodingKey { case id, text, article, speaker, role, venue, flags, span, attribution }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(article, forKey: .article)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(role, forKey: .role)
        try c.encode(venue, forKey: .venue)
        try c.encode(flags, forKey: .flags)
        try c.encode(span, forKey: .span)
        try c.encode(attribution, forKey: .attribution)
    }
}

/// The same statement as carried by several outlets.
public struct QuoteGroup: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var speaker: String?
    public var quotes: [String]
    /// True when the outlets' words differ beyond case, punctuation and spelling variants.
    public var wordingDiffers: Bool
    /// The words that only some versions have, each once: what `differences` marks.
    public var differingWords: [String]
    /// Per version, where its words differ from another version's, for showing the
    /// versions side by side.
    public var differences: [QuoteDifference]

    public init(
        id: String, speaker: String?, quotes: [String], wordingDiffers: Bool, differingWords: [String] = [],
        differences: [QuoteDifference] = []
    ) {
        self.id = id
        self.speaker = speaker
        self.quotes = quotes
        self.wordingDiffers = wordingDiffers
        self.differingWords = differingWords
        self.differences = differences
    }

    enum CodingKeys: String, CodingKey { case id, speaker, quotes, wordingDiffers, differingWords, differences }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        quotes = try c.decode([String].self, forKey: .quotes)
        wordingDiffers = try c.decode(Bool.self, forKey: .wordingDiffers)
        differingWords = try c.decodeIfPresent([String].self, forKey: .differingWords) ?? []
        differences = try c.decodeIfPresent([QuoteDifference].self, forKey: .differences) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(wordingDiffers, forKey: .wordingDiffers)
        try c.encode(differingWords, forKey: .differingWords)
        try c.encode(differences, forKey: .differences)
    }
}

/// The words of one version of a quotation that another version has not or has in other
/// words.
public struct QuoteDifference: Codable, Sendable, Hashable {
    /// The quote's id.
    public var quote: String
    /// Scalar offsets into the quote's `text` (not the article body), one span a word.
    public var words: [TextSpan]

    public init(quote: String, words: [TextSpan]) {
        self.quote = quote
        self.words = words
    }
}

/// A person named in the story, with every role the articles give them.
public struct Person: Codable, Sendable, Hashable {
    public var name: String
    public var roles: [String]
    public var articles: [String]
    /// Other names the story uses for the same person ("Farley", "Mr Farley").
    public var aliases: [String]
    /// Each role with the articles that state it and where, so that outlets giving a
    /// person different titles can be compared.
    public var statedRoles: [StatedRole]

    public init(name: String, roles: [String] = [], articles: [String] = [], aliases: [String] = [], statedRoles: [StatedRole] = []) {
        self.name = name
        self.roles = roles
        self.articles = articles
        self.aliases = aliases
        self.statedRoles = statedRoles
    }

    enum CodingKeys: String, CodingKey { case name, roles, articles, aliases, statedRoles }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        roles = try c.decodeIfPresent([String].self, forKey: .roles) ?? []
        articles = try c.decodeIfPresent([String].self, forKey: .articles) ?? []
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        statedRoles = try c.decodeIfPresent([StatedRole].self, forKey: .statedRoles) ?? []
    }
}

/// A role as the articles state it ("former President"), with their evidence.
public struct StatedRole: Codable, Sendable, Hashable {
    public var role: String
    public var articles: [String]
    public var evidence: [Evidence]

    public init(role: String, articles: [String], evidence: [Evidence] = []) {
        self.role = role
        self.articles = articles
        self.evidence = evidence
    }
}

/// A company, agency, party or other body named in the story.
public struct Organisation: Codable, Sendable, Hashable {
    public var name: String
    public var articles: [String]
    public var aliases: [String]

    public init(name: String, articles: [String] = [], aliases: [String] = []) {
        self.name = name
        self.articles = articles
        self.aliases = aliases
    }
}

/// An outlet, agency, broadcast or platform that articles name as their source, or a
/// document they say their report rests on ("a leaked memo", "court filings").
public struct Citation: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        /// An outlet, agency, broadcast or platform: who told it.
        case outlet
        /// A paper the reporting rests on: what it was told from. Never a claim's origin.
        case document
        /// People who told it without being named ("three people familiar with the talks").
        /// Never a claim's origin: the outlet that quotes them is.
        case unnamed
        /// A public body the reporting takes its facts from, named by what it is ("according to
        /// the regional forecasting service", "port authority figures"). Never a claim's origin.
        case body
    }

    public var source: String
    public var articles: [String]
    public var evidence: [Evidence]
    public var kind: Kind

    public init(source: String, articles: [String], evidence: [Evidence] = [], kind: Kind = .outlet) {
        self.source = source
        self.articles = articles
        self.evidence = evidence
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey { case source, articles, evidence, kind }

    // Stores written before documents were cited hold no kind: those are outlets.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        articles = try c.decode([String].self, forKey: .articles)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .outlet
    }
}

/// Outlets disagreeing about one attribute of one subject.
public struct Contradiction: Codable, Sendable, Hashable {
    public struct Value: Codable, Sendable, Hashable {
        public var value: String
        public var articles: [String]
        public var evidence: [Evidence]

        public init(value: String, articles: [String], evidence: [Evidence] = []) {
            self.value = value
            self.articles = articles
            self.evidence = evidence
        }
    }

    public var subject: String
    /// "role", "number", "date", "age", "money", ...
    public var attribute: String
    public var values: [Value]

    public init(subject: String, attribute: String, values: [Value]) {
        self.subject = subject
        self.attribute = attribute
        self.values = values
    }
}

/// `article` is largely a rewrite of the earlier `of`; `overlap` is the share of its text reused.
public struct Rewrite: Codable, Sendable, Hashable {
    public var article: String
    public var of: String
    public var overlap: Double
    /// Sentences of `article` found nearly verbatim in `of`.
    public var sharedSentences: Int

    public init(article: String, of: String, overlap: Double, sharedSentences: Int = 0) {
        self.article = article
        self.of = of
        self.overlap = overlap
        self.sharedSentences = sharedSentences
    }
}

/// A dated event, normalised against its article's publication date when it has one.
public struct TimelineEvent: Codable, Sendable, Hashable {
    /// ISO 8601, as precise as the text allows ("2026-02", "2026-02-02", "2024").
    public var date: String
    public var text: String
    public var articles: [String]
    public var evidence: [Evidence]

    public init(date: String, text: String, articles: [String], evidence: [Evidence] = []) {
        self.date = date
        self.text = text
        self.articles = articles
        self.evidence = evidence
    }
}

/// Which articles make up a story, before any analysis.
public struct StoryMembers: Sendable, Hashable, Codable {
    public var id: String
    public var articles: [String]

    public init(id: String, articles: [String]) {
        self.id = id
        self.articles = articles
    }
}
