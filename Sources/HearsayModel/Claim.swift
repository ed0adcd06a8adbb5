/// How an article or a party stands toward a claim.
public enum Stance: String, Codable, Sendable, Hashable, CaseIterable {
    /// Asserts the claim in its own voice, or a party confirms it.
    case supports
    /// Says it is false.
    case denies
    /// Attributes the claim (and/or its denial) to others without taking a side.
    case reports
    /// Raises doubt without denying.
    case questions
    /// Is not about the claim.
    case unrelated
}

/// Where a rumour stands, from what the principals and on-record evidence say.
public enum ClaimStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// Only the origin asserts it.
    case reported
    /// A principal denies it and nobody on record confirms it.
    case denied
    /// On-record confirmation and denial both exist.
    case disputed
    /// A principal or on-record evidence confirms it.
    case confirmed
    /// Shown false.
    case refuted
}

/// A rumoured proposition, as a short normalised sentence, with who says what about it.
public struct Claim: Codable, Sendable, Hashable, Identifiable {
    public struct ArticleStance: Codable, Sendable, Hashable {
        public var article: String
        public var stance: Stance

        public init(article: String, stance: Stance) {
            self.article = article
            self.stance = stance
        }
    }

    /// A party to the claim confirming or denying it. In JSON a party "confirms" where an
    /// article "supports": the contract's words for what each does; in Swift both are
    /// `Stance.supports`, so that the status weighs them together.
    public struct ActorStance: Codable, Sendable, Hashable {
        public var actor: String
        public var stance: Stance
        /// The quote that carries the stance, if it was said in quotation marks.
        public var quote: String?
        public var article: String
        /// The sentence that carries the stance.
        public var evidence: Evidence?

        public init(actor: String, stance: Stance, quote: String?, article: String, evidence: Evidence? = nil) {
            self.actor = actor
            self.stance = stance
            self.quote = quote
            self.article = article
            self.evidence = evidence
        }

        enum CodingKeys: String, CodingKey { case actor, stance, quote, article, evidence }

        static let confirms = "confirms"

        /// The stance as JSON and pages write it: "confirms", "denies".
        public var word: String { stance == .supports ? Self.confirms : stance.rawValue }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            actor = try c.decode(String.self, forKey: .actor)
            let word = try c.decode(String.self, forKey: .stance)
            guard let stance = word == Self.confirms ? .supports : Stance(rawValue: word) else {
                throw DecodingError.dataCorruptedError(forKey: .stance, in: c, debugDescription: "unknown actor stance \"\(word)\"")
            }
            self.stance = stance
            quote = try c.decodeIfPresent(String.self, forKey: .quote)
            article = try c.decode(String.self, forKey: .article)
            evidence = try c.decodeIfPresent(Evidence.self, forKey: .evidence)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(actor, forKey: .actor)
            try c.encode(word, forKey: .stance)
            try c.encode(quote, forKey: .quote)
            try c.encode(article, forKey: .article)
            try c.encode(evidence, forKey: .evidence)
        }
    }

    public var id: String
    public var text: String
    /// Who first reported it (an outlet or a person), or nil.
    public var origin: String?
    /// How the origin sourced it ("four sources familiar with the situation"), or nil.
    public var sourcing: String?
    public var status: ClaimStatus
    /// Why the status is what it is, in one sentence that cites the evidence.
    public var statusReason: String?
    /// When the status last changed, from the articles' dates (ISO 8601), if known.
    public var statusSince: String?
    public var articleStances: [ArticleStance]
    public var actorStances: [ActorStance]
    /// True for the story's main claim, false for secondary ones.
    public var isCore: Bool

    public init(
        id: String, text: String, origin: String? = nil, sourcing: String? = nil,
        status: ClaimStatus = .reported, statusReason: String? = nil, statusSince: String? = nil,
        articleStances: [ArticleStance] = [], actorStances: [ActorStance] = [], isCore: Bool = false
    ) {
        self.id = id
        self.text = text
        self.origin = origin
        self.sourcing = sourcing
        self.status = status
        self.statusReason = statusReason
        self.statusSince = statusSince
        self.articleStances = articleStances
        self.actorStances = actorStances
        self.isCore = isCore
    }

    enum CodingKeys: String, CodingKey {
        case id, text, origin, sourcing, status, statusReason, statusSince, articleStances, actorStances, isCore
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(origin, forKey: .origin)
        try c.encode(sourcing, forKey: .sourcing)
        try c.encode(status, forKey: .status)
        try c.encode(statusReason, forKey: .statusReason)
        try c.encode(statusSince, forKey: .statusSince)
        try c.encode(articleStances, forKey: .articleStances)
        try c.encode(actorStances, forKey: .actorStances)
        try c.encode(isCore, forKey: .isCore)
    }
}
