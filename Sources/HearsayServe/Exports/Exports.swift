import HearsayModel

/// A story's findings in the formats other tools read: CSV for spreadsheets and
/// schema.org `ClaimReview` for fact-check aggregators.
enum Exports {
    static func quotesCSV(_ s: AnalyzedStory) -> String {
        var groupOf: [String: QuoteGroup] = [:]
        for g in s.story.quoteGroups { for q in g.quotes { groupOf[q] = g } }
        var rows = [["story", "quote", "article", "outlet", "published", "speaker", "role", "venue", "text", "flags",
                     "group", "wording_differs", "start", "end"]]
        for q in s.story.quotes {
            let a = s.article(q.article)
            let g = groupOf[q.id]
            rows.append([s.story.id, q.id, q.article, a.map(Outlets.name) ?? "", a?.published ?? "", q.speaker ?? "",
                         q.role ?? "", q.venue ?? "", q.text, q.flags.joined(separator: " "), g?.id ?? "",
                         g.map { $0.wordingDiffers ? "true" : "false" } ?? "", "\(q.span.start)", "\(q.span.end)"])
        }
        return CSV.render(rows)
    }

    /// One row per stance: the outlets' (`kind` = article) and the people's (`kind` = actor).
    static func stancesCSV(_ s: AnalyzedStory) -> String {
        var rows = [["story", "claim", "claim_text", "status", "kind", "who", "article", "stance", "quote", "start", "end"]]
        for c in s.story.claims {
            for st in c.articleStances {
                let who = s.article(st.article).map(Outlets.name) ?? ""
                rows.append([s.story.id, c.id, c.text, c.status.rawValue, "article", who, st.article, st.stance.rawValue, "", "", ""])
            }
            for st in c.actorStances {
                rows.append([s.story.id, c.id, c.text, c.status.rawValue, "actor", st.actor, st.article, st.word,
                             st.quote ?? "", st.evidence.map { "\($0.span.start)" } ?? "", st.evidence.map { "\($0.span.end)" } ?? ""])
            }
        }
        return CSV.render(rows)
    }

    static func claimReviews(_ s: AnalyzedStory, storyURL: String) -> [ClaimReview] {
        s.story.claims.map { ClaimReview($0, story: s, url: storyURL + "#claim-" + $0.id) }
    }
}

enum CSV {
    /// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
    /// A field starting with a formula sign gets a leading apostrophe, so a spreadsheet
    /// shows quoted text instead of evaluating it.
    static func render(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ raw: String) -> String {
        var s = raw
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(s) == nil { s = "'" + s }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// schema.org `ClaimReview` (https://schema.org/ClaimReview) for one claim: the status
/// becomes the rating's name, the status reason its explanation, and the articles that
/// carry the claim its appearances.
struct ClaimReview: Encodable, Sendable {
    struct Thing: Encodable, Sendable {
        var type: String
        var name: String
        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }

    struct Appearance: Encodable, Sendable {
        var type = "CreativeWork"
        var url: String?
        var headline: String
        var datePublished: String?
        var publisher: Thing
        enum CodingKeys: String, CodingKey { case type = "@type", url, headline, datePublished, publisher }
    }

    struct ItemReviewed: Encodable, Sendable {
        var type = "Claim"
        var author: Thing?
        var datePublished: String?
        var appearance: [Appearance]
        var firstAppearance: Appearance?
        enum CodingKeys: String, CodingKey { case type = "@type", author, datePublished, appearance, firstAppearance }
    }

    struct Rating: Encodable, Sendable {
        var type = "Rating"
        var ratingValue: Int
        var bestRating = 5
        var worstRating = 1
        var alternateName: String
        var ratingExplanation: String?
        enum CodingKeys: String, CodingKey { case type = "@type", ratingValue, bestRating, worstRating, alternateName, ratingExplanation }
    }

    var context = "https://schema.org"
    var type = "ClaimReview"
    var url: String
    var claimReviewed: String
    var datePublished: String?
    var author = Thing(type: "Organization", name: "Hearsay (automated analysis)")
    var itemReviewed: ItemReviewed
    var reviewRating: Rating

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type", url, claimReviewed, datePublished, author, itemReviewed, reviewRating
    }

    init(_ claim: Claim, story s: AnalyzedStory, url: String) {
        let carrying = Set(claim.articleStances.filter { $0.stance != .unrelated }.map(\.article))
        let appearances = s.articles.filter { carrying.contains($0.id) }.map {
            Appearance(url: $0.url, headline: $0.title, datePublished: $0.published, publisher: Thing(type: "Organization", name: Outlets.name($0)))
        }
        self.url = url
        claimReviewed = claim.text
        datePublished = claim.statusSince ?? s.articles.compactMap(\.published).max()
        itemReviewed = ItemReviewed(
            author: claim.origin.map { Thing(type: Self.isPerson($0, in: s.story) ? "Person" : "Organization", name: $0) },
            datePublished: appearances.first?.datePublished, appearance: appearances, firstAppearance: appearances.first)
        reviewRating = Rating(ratingValue: Self.ratingValue(claim.status), alternateName: StatusText.label(claim.status),
                              ratingExplanation: claim.statusReason)
    }

    static func isPerson(_ name: String, in story: Story) -> Bool {
        story.people.contains { $0.name == name || $0.aliases.contains(name) }
    }

    /// 1 (false) to 5 (true), the scale fact-checkers' ClaimReviews use.
    static func ratingValue(_ status: ClaimStatus) -> Int {
        switch status {
        case .refuted: 1
        case .denied: 2
        case .reported, .disputed: 3
        case .confirmed: 5
        }
    }
}

enum StatusText {
    static func label(_ status: ClaimStatus) -> String {
        switch status {
        case .reported: "Reported, unconfirmed"
        case .denied: "Denied"
        case .disputed: "Disputed"
        case .confirmed: "Confirmed"
        case .refuted: "Refuted"
        }
    }
}
