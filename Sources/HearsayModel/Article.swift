/// One news article as Hearsay sees it after reading and cleaning.
///
/// `id` is derived from the input bytes (same bytes, same id), so re-reading a file
/// never creates a second article. `published` is ISO 8601 text, kept as text so that the
/// JSON contract round-trips exactly and a partial date ("2026-02") is not invented into a
/// full timestamp.
public struct Article: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var source: String
    public var title: String
    public var body: String
    public var outlet: String?
    public var byline: String?
    /// The desk title printed beside the byline ("Health Correspondent"): the writer's role.
    public var bylineRole: String?
    public var published: String?
    public var url: String?
    public var language: String?
    public var tickers: [String]
    /// The place line an agency story opens with ("WASHINGTON"), lifted out of the body.
    public var dateline: String?
    /// When `published` was read from an all-numeric date that reads either way
    /// ("10/01/2026"), the day-first reading (`published` holds the month-first one). Not
    /// part of the contract, never stored: a batch of articles read together settles it
    /// against the others' dates (`NumericDates` in HearsayRead).
    public var publishedDayFirst: String?

    public init(
        id: String, source: String, title: String, body: String,
        outlet: String? = nil, byline: String? = nil, published: String? = nil,
        url: String? = nil, language: String? = nil, tickers: [String] = [], dateline: String? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.body = body
        self.outlet = outlet
        self.byline = byline
        self.published = published
        self.url = url
        self.language = language
        self.tickers = tickers
        self.dateline = dateline
    }

    enum CodingKeys: String, CodingKey {
        case id, source, title, body, outlet, byline, bylineRole, published, url, language, tickers, dateline
    }

    // Explicit so that unknown values are written as `null`, as the contract asks,
    // instead of being left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(title, forKey: .title)
        try c.encode(body, forKey: .body)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(byline, forKey: .byline)
        // Beyond the contract's fields, so written only when known.
        try c.encodeIfPresent(bylineRole, forKey: .bylineRole)
        try c.encode(published, forKey: .published)
        try c.encode(url, forKey: .url)
        try c.encode(language, forKey: .language)
        try c.encode(tickers, forKey: .tickers)
        try c.encode(dateline, forKey: .dateline)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        body = try c.decodeIfPresent(String.self, forKey: .body) ?? ""
        outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
        byline = try c.decodeIfPresent(String.self, forKey: .byline)
        bylineRole = try c.decodeIfPresent(String.self, forKey: .bylineRole)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        tickers = try c.decodeIfPresent([String].self, forKey: .tickers) ?? []
        dateline = try c.decodeIfPresent(String.self, forKey: .dateline)
    }
}

/// A range of Unicode scalars (code points) in an article's `body`: the same numbers a
/// Python `body[start:end]` or a JavaScript `Array.from(body).slice(start, end)` uses.
public struct TextSpan: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<max(start, end) }
    public var length: Int { end - start }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }

    /// `text` cut at `spans` into pieces that give the text back, each saying whether a
    /// span covers it: for marking words in a view. Spans that overlap an earlier one or
    /// fall outside the text are passed over.
    public static func pieces(of text: String, marking spans: [TextSpan]) -> [(text: String, isMarked: Bool)] {
        let scalars = Array(text.unicodeScalars)
        func piece(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        var out: [(text: String, isMarked: Bool)] = []
        var at = 0
        for span in spans.sorted() where span.start >= at && span.end <= scalars.count && span.end > span.start {
            if span.start > at { out.append((piece(at..<span.start), false)) }
            out.append((piece(span.range), true))
            at = span.end
        }
        if at < scalars.count { out.append((piece(at..<scalars.count), false)) }
        return out
    }
}

/// Where a finding comes from: an article and a span of its body.
public struct Evidence: Codable, Sendable, Hashable {
    public var article: String
    public var span: TextSpan

    public init(article: String, span: TextSpan) {
        self.article = article
        self.span = span
    }
}
