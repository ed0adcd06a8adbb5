import Foundation
import HearsayModel

/// Links and labels shared by the page views.
struct ArticleLink: Sendable {
    var outlet: String
    var date: String
    var link: String

    init(_ a: Article, span: TextSpan? = nil) {
        outlet = Outlets.name(a)
        date = a.published.map { String($0.prefix(10)) } ?? ""
        link = Self.href(a.id, span: span)
    }

    static func href(_ article: String, span: TextSpan? = nil) -> String {
        "/articles/" + Paths.escape(article) + (span.map { "#span-\($0.start)-\($0.end)" } ?? "")
    }
}

/// The story page as a fact-check brief: the claim, its status and the evidence, then
/// the tables a reader checks it against. Built from the analysis only; the template
/// decides nothing.
struct StoryView: Sendable {
    struct EvidenceRow: Sendable {
        var actor: String
        /// The stance's class for the page's colours ("supports") and its word ("confirms").
        var stance: String
        var word: String
        var quote: String?
        var sentence: String?
        var source: ArticleLink?
    }

    struct ClaimView: Sendable {
        var id: String
        var text: String
        var status: String
        var statusLabel: String
        var statusReason: String?
        var statusSince: String?
        var origin: String?
        var sourcing: String?
        var isCore: Bool
        var evidence: [EvidenceRow]
        /// "2 deny, 1 reports": how the outlets' articles stand.
        var outletTally: String?
    }

    struct MatrixHead: Sendable { var label: String; var text: String; var id: String }
    struct MatrixCell: Sendable { var stance: String; var label: String }
    struct MatrixRow: Sendable { var source: ArticleLink; var cells: [MatrixCell] }

    struct Variant: Sendable {
        var html: String
        var source: ArticleLink?
        var uncorroborated: Bool
    }

    struct GroupView: Sendable {
        var speaker: String
        var wordingDiffers: Bool
        var variants: [Variant]
    }

    struct QuoteRow: Sendable {
        var text: String
        var speaker: String
        var role: String?
        var venue: String?
        var source: ArticleLink?
    }

    struct ContradictionValue: Sendable { var value: String; var sources: [ArticleLink] }
    struct ContradictionView: Sendable { var subject: String; var attribute: String; var values: [ContradictionValue] }
    struct TimelineRow: Sendable { var date: String; var text: String; var sources: [ArticleLink] }
    struct SourceRow: Sendable { var source: ArticleLink; var title: String; var byline: String? }
    struct PersonRow: Sendable { var name: String; var roles: String }

    var id: String
    var title: String
    var revision: Int
    var main: ClaimView?
    var otherClaims: [ClaimView]
    var matrixHeads: [MatrixHead]
    var matrixRows: [MatrixRow]
    var groups: [GroupView]
    var singleQuotes: [QuoteRow]
    var uncorroborated: [QuoteRow]
    var contradictions: [ContradictionView]
    var graphSVG: String
    var graphEdges: [String]
    var timeline: [TimelineRow]
    var sources: [SourceRow]
    var people: [PersonRow]
    var jsonLD: String
    var exports: ExportLinks

    struct ExportLinks: Sendable { var json: String; var quotesCSV: String; var stancesCSV: String; var claimReview: String }

    init(_ s: AnalyzedStory, revision: Int, claimReviews: [ClaimReview]) {
        let story = s.story
        let byID = Dictionary(s.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func link(_ id: String, _ span: TextSpan? = nil) -> ArticleLink? { byID[id].map { ArticleLink($0, span: span) } }

        id = story.id
        title = story.title
        self.revision = revision
        let mainClaim = story.mainClaim
        let quoteText = Dictionary(story.quotes.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        let claims = story.claims.map { Self.claimView($0, articles: byID, quotes: quoteText) }
        main = claims.first { $0.id == mainClaim?.id }
        otherClaims = claims.filter { $0.id != mainClaim?.id }

        matrixHeads = story.claims.enumerated().map { MatrixHead(label: "C\($0.offset + 1)", text: $0.element.text, id: $0.element.id) }
        matrixRows = story.claims.isEmpty ? [] : s.articles.map { a in
            MatrixRow(source: ArticleLink(a), cells: story.claims.map { c in
                let stance = c.articleStances.first { $0.article == a.id }?.stance
                return MatrixCell(stance: stance?.rawValue ?? "none", label: stance?.rawValue ?? "\u{2013}")
            })
        }

        let quoteByID = Dictionary(story.quotes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let grouped = story.quoteGroups.filter { $0.quotes.count > 1 }
        groups = grouped.map { g in
            let members = g.quotes.compactMap { quoteByID[$0] }
            return GroupView(
                speaker: g.speaker ?? members.compactMap(\.speaker).first ?? "unattributed",
                wordingDiffers: g.wordingDiffers,
                variants: members.map { q in
                    Variant(html: VariantWords.html(q.text, marking: g.differences.first { $0.quote == q.id }?.words ?? []),
                            source: link(q.article, q.span), uncorroborated: q.flags.contains(Quote.uncorroborated))
                })
        }
        let inGroups = Set(grouped.flatMap(\.quotes))
        func row(_ q: Quote) -> QuoteRow {
            QuoteRow(text: q.text, speaker: q.speaker ?? "unattributed", role: q.role, venue: q.venue, source: link(q.article, q.span))
        }
        singleQuotes = story.quotes.filter { !inGroups.contains($0.id) }.map(row)
        uncorroborated = story.quotes.filter { $0.flags.contains(Quote.uncorroborated) }.map(row)

        contradictions = story.contradictions.map { c in
            ContradictionView(subject: c.subject, attribute: c.attribute, values: c.values.map { v in
                ContradictionValue(value: v.value, sources: Self.sources(v.articles, evidence: v.evidence, byID))
            })
        }

        let graph = ProvenanceGraph(story: story, articles: s.articles)
        graphSVG = graph.isEmpty ? "" : graph.svg()
        let names = Dictionary((graph.articles + graph.sources).map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        graphEdges = graph.edges.map { "\(names[$0.from] ?? $0.from) \($0.label) \(names[$0.to] ?? $0.to)" }

        timeline = story.timeline.sorted { $0.date < $1.date }.map {
            TimelineRow(date: $0.date, text: $0.text, sources: Self.sources($0.articles, evidence: $0.evidence, byID))
        }
        sources = s.articles.map { SourceRow(source: ArticleLink($0), title: $0.title, byline: $0.byline) }
        people = story.people.map { PersonRow(name: $0.name, roles: $0.roles.joined(separator: "; ")) }
        jsonLD = Self.scriptSafe((try? JSONOutput.encode(claimReviews)).map { String(decoding: $0, as: UTF8.self) } ?? "[]")
        let base = "/api/stories/" + Paths.escape(story.id)
        exports = ExportLinks(json: base, quotesCSV: base + "/quotes.csv", stancesCSV: base + "/stances.csv", claimReview: base + "/claimreview.jsonld")
    }

    /// `quotes` maps quote ids to their words: an actor stance names its quote by id.
    static func claimView(_ c: Claim, articles: [String: Article], quotes: [String: String]) -> ClaimView {
        let tally = Dictionary(grouping: c.articleStances.filter { $0.stance != .unrelated }, by: \.stance)
            .sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.value.count) \($0.key.rawValue)" }
        return ClaimView(
            id: c.id, text: c.text, status: c.status.rawValue, statusLabel: StatusText.label(c.status),
            statusReason: c.statusReason, statusSince: c.statusSince, origin: c.origin, sourcing: c.sourcing, isCore: c.isCore,
            evidence: c.actorStances.map { st in
                let a = articles[st.article]
                return EvidenceRow(
                    actor: st.actor, stance: st.stance.rawValue, word: st.word, quote: st.quote.flatMap { quotes[$0] },
                    sentence: st.evidence.flatMap { e in articles[e.article].flatMap { Highlight.text($0.body, e.span) } },
                    source: a.map { ArticleLink($0, span: st.evidence?.span) })
            },
            outletTally: tally.isEmpty ? nil : tally.joined(separator: ", "))
    }

    /// One link per article, to the first evidence span found in it.
    static func sources(_ ids: [String], evidence: [Evidence], _ byID: [String: Article]) -> [ArticleLink] {
        var seen = Set<String>()
        return (ids + evidence.map(\.article)).filter { seen.insert($0).inserted }.compactMap { id in
            byID[id].map { ArticleLink($0, span: evidence.first { $0.article == id }?.span) }
        }
    }

    /// JSON inside a `<script>` element: every `<` written as `\u003c`, so that no `</script>`
    /// or `<!--` in a quoted text can end or change the element (the JSON value is the same).
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}

struct StoryListView: Sendable {
    struct Row: Sendable {
        var link: String
        var title: String
        var claim: String?
        var status: String?
        var statusLabel: String?
        var articleCount: Int
        var outletCount: Int
        var outlets: String
        var quoteCount: Int
        var lastPublished: String?
    }

    var revision: Int
    var stories: [Row]

    init(_ analyses: [AnalyzedStory], revision: Int) {
        self.revision = revision
        stories = analyses.map { a in
            let s = StorySummary(a)
            return Row(link: "/stories/" + Paths.escape(s.id), title: s.title, claim: s.claim, status: s.status?.rawValue,
                       statusLabel: s.status.map(StatusText.label), articleCount: s.articleCount, outletCount: s.outlets.count,
                       outlets: s.outlets.joined(separator: ", "), quoteCount: s.quoteCount,
                       lastPublished: s.lastPublished.map { String($0.prefix(10)) })
        }
    }
}

/// An article with everything the analysis found in it marked.
struct ArticleView: Sendable {
    struct LegendItem: Sendable { var kind: String; var label: String; var count: Int }

    var title: String
    var outlet: String
    var byline: String?
    var published: String?
    var url: String?
    var dateline: String?
    var storyLink: String?
    var storyTitle: String?
    var bodyHTML: String
    var legend: [LegendItem]
    var revision: Int

    init(_ a: Article, story: AnalyzedStory?, revision: Int) {
        title = a.title
        outlet = Outlets.name(a)
        byline = a.byline
        published = a.published
        url = a.url.flatMap { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : nil }
        dateline = a.dateline
        storyLink = story.map { "/stories/" + Paths.escape($0.story.id) }
        storyTitle = story?.story.title
        let marks = story.map { Self.marks(in: a.id, story: $0.story) } ?? []
        bodyHTML = Highlight.html(body: a.body, marks: marks)
        let counts = Dictionary(grouping: marks, by: \.kind).mapValues(\.count)
        legend = Self.legendOrder.compactMap { kind, label in counts[kind].map { LegendItem(kind: kind, label: label, count: $0) } }
        self.revision = revision
    }

    static let legendOrder: [(String, String)] = [
        ("quote", "quotation"), ("uncorroborated", "uncorroborated quotation"), ("attribution", "attribution"),
        ("stance-supports", "supports the claim"), ("stance-denies", "denies the claim"), ("stance-reports", "reports the claim"),
        ("stance-questions", "questions the claim"), ("citation", "cites a source"), ("contradiction", "outlets disagree"),
        ("dated", "dated event"),
    ]

    /// Every span of the story's findings that lies in this article.
    static func marks(in article: String, story: Story) -> [Mark] {
        var out: [Mark] = []
        for q in story.quotes where q.article == article {
            let who = q.speaker.map { "Quote: \($0)" + (q.role.map { ", \($0)" } ?? "") } ?? "Quote, no speaker found"
            out.append(Mark(span: q.span, kind: "quote", note: who))
            if q.flags.contains(Quote.uncorroborated) {
                out.append(Mark(span: q.span, kind: "uncorroborated", note: "No other outlet carries this quote"))
            }
            if let at = q.attribution { out.append(Mark(span: at, kind: "attribution", note: "Attribution" + (q.speaker.map { " to \($0)" } ?? ""))) }
        }
        for c in story.claims {
            for st in c.actorStances {
                guard let e = st.evidence, e.article == article, st.stance != .unrelated else { continue }
                out.append(Mark(span: e.span, kind: "stance-" + st.stance.rawValue, note: "\(st.actor) \(st.word): \(c.text)"))
            }
        }
        for c in story.citations {
            for e in c.evidence where e.article == article { out.append(Mark(span: e.span, kind: "citation", note: "Cites \(c.source)")) }
        }
        for c in story.contradictions {
            for v in c.values {
                for e in v.evidence where e.article == article {
                    out.append(Mark(span: e.span, kind: "contradiction", note: "\(c.subject), \(c.attribute): \(v.value) (outlets disagree)"))
                }
            }
        }
        for t in story.timeline {
            for e in t.evidence where e.article == article { out.append(Mark(span: e.span, kind: "dated", note: "\(t.date): \(t.text)")) }
        }
        return out
    }
}

struct SearchView: Sendable {
    struct Hit: Sendable { var source: ArticleLink; var title: String; var storyLink: String? }
    var query: String
    var hits: [Hit]
    var revision: Int
}
