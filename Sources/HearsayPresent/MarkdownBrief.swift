import Foundation
import HearsayModel

/// The fact-checker's brief for the terminal: one section per question a reader asks of
/// a rumour, in Markdown so it reads well raw and renders anywhere.
public struct MarkdownBrief {
    public let document: AnalysisDocument
    let articles: [String: Article]

    public init(_ document: AnalysisDocument) {
        self.document = document
        self.articles = Dictionary(document.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func render() -> String {
        var out = "# Hearsay brief\n\n\(document.articles.count) articles, \(document.stories.count) "
            + (document.stories.count == 1 ? "story" : "stories") + ".\n"
        for story in document.stories { out += "\n" + render(story) }
        return out
    }

    /// A short name for an article: its outlet, else its file name.
    public func label(_ id: String) -> String {
        guard let a = articles[id] else { return id }
        if let outlet = a.outlet, !outlet.isEmpty { return outlet }
        return (a.source as NSString).lastPathComponent
    }

    func render(_ story: Story) -> String {
        var s = "## \(story.title)\n\n"
        s += "Story `\(story.id)`: \(story.articles.count) articles.\n"
        s += claimsSection(story)
        s += outletsSection(story)
        s += quotesSection(story)
        s += variantsSection(story)
        s += contradictionsSection(story)
        s += uncorroboratedSection(story)
        s += provenanceSection(story)
        s += peopleSection(story)
        s += timelineSection(story)
        return s
    }

    func claimsSection(_ story: Story) -> String {
        var s = "\n### What is claimed\n\n"
        guard !story.claims.isEmpty else { return s + "No claim found.\n" }
        for c in story.claims {
            s += "- **\(c.text)** \u{2014} status: **\(c.status.rawValue)**"
            if let since = c.statusSince { s += " (since \(since))" }
            s += "\n"
            if let origin = c.origin { s += "  - first reported by \(origin)" + (c.sourcing.map { ", citing \($0)" } ?? "") + "\n" }
            if let reason = c.statusReason { s += "  - why: \(reason)\n" }
            for a in c.actorStances {
                let quote = a.quote.flatMap { id in story.quotes.first { $0.id == id } }
                s += "  - \(a.actor) \(verb(a.stance))" + (quote.map { ": \u{201C}\($0.text)\u{201D}" } ?? "") + " (\(label(a.article)))\n"
            }
        }
        return s
    }

    func verb(_ stance: Stance) -> String {
        switch stance {
        case .supports: "confirms"
        case .denies: "denies"
        case .reports: "reports"
        case .questions: "questions"
        case .unrelated: "does not address it"
        }
    }

    func outletsSection(_ story: Story) -> String {
        var s = "\n### What each outlet says\n\n| article | published | headline | stance |\n|---|---|---|---|\n"
        let core = story.claims.first { $0.isCore } ?? story.claims.first
        for id in story.articles {
            let a = articles[id]
            let stance = core?.articleStances.first { $0.article == id }?.stance.rawValue ?? "\u{2014}"
            s += "| \(cell(label(id))) | \(a?.published ?? "\u{2014}") | \(cell(a?.title ?? "")) | \(stance) |\n"
        }
        return s
    }

    func quotesSection(_ story: Story) -> String {
        var s = "\n### Quotes\n\n"
        guard !story.quotes.isEmpty else { return s + "No quotes found.\n" }
        s += "| speaker | quote | article | venue | flags |\n|---|---|---|---|---|\n"
        for q in story.quotes {
            let who = (q.speaker ?? "(no speaker)") + (q.role.map { ", \($0)" } ?? "")
            s += "| \(cell(who)) | \(cell(q.text)) | \(cell(label(q.article))) | \(cell(q.venue ?? "")) | \(q.flags.joined(separator: ", ")) |\n"
        }
        return s
    }

    func variantsSection(_ story: Story) -> String {
        let differing = story.quoteGroups.filter(\.wordingDiffers)
        guard !differing.isEmpty else { return "" }
        var s = "\n### Same statement, different words\n\n"
        let byID = Dictionary(story.quotes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for g in differing {
            s += "- \(g.speaker ?? "unknown speaker"):\n"
            for id in g.quotes {
                guard let q = byID[id] else { continue }
                s += "  - \(label(q.article)): \u{201C}\(mark(q.text, g.differences.first { $0.quote == id }?.words ?? []))\u{201D}\n"
            }
        }
        return s
    }

    /// Bolds the words where this version differs from another.
    func mark(_ text: String, _ spans: [TextSpan]) -> String {
        TextSpan.pieces(of: text, marking: spans).map { $0.isMarked ? "**\($0.text)**" : $0.text }.joined()
    }

    func contradictionsSection(_ story: Story) -> String {
        guard !story.contradictions.isEmpty else { return "" }
        var s = "\n### Where outlets disagree\n\n"
        for c in story.contradictions {
            s += "- \(c.subject), \(c.attribute): "
            s += c.values.map { v in "\u{201C}\(v.value)\u{201D} (\(v.articles.map(label).joined(separator: ", ")))" }.joined(separator: " vs ")
            s += "\n"
        }
        return s
    }

    func uncorroboratedSection(_ story: Story) -> String {
        let lone = story.quotes.filter { $0.flags.contains(Quote.uncorroborated) }
        guard !lone.isEmpty else { return "" }
        var s = "\n### Can't be corroborated\n\nCarried by one outlet only; no other outlet names the speaker.\n\n"
        for q in lone {
            s += "- \(q.speaker ?? "unknown"): \u{201C}\(q.text)\u{201D} (\(label(q.article)))\n"
        }
        return s
    }

    /// Where the story comes from: the earliest article, who cites whom, who rewrote whom.
    func provenanceSection(_ story: Story) -> String {
        guard !story.articles.isEmpty else { return "" }
        var s = "\n### Provenance\n\n"
        let first = story.articles[0]
        // Without a date, the first article listed is only the first read: calling it the
        // earliest would invent an order the articles do not give.
        if let published = articles[first]?.published {
            s += "- Earliest article here: \(label(first)) (\(published))\n"
        } else {
            s += "- Which article came first is unknown: \(label(first)), listed first, gives no publication date\n"
        }
        if let origin = story.claims.first(where: \.isCore)?.origin ?? story.claims.first?.origin {
            s += "- The claim traces back to \(origin)\n"
        }
        var cited: [String: [String]] = [:]
        for c in story.citations {
            for a in c.articles { cited[a, default: []].append(c.source) }
        }
        for id in story.articles {
            if let sources = cited[id] { s += "- \(label(id)) cites \(sources.joined(separator: ", "))\n" }
        }
        for r in story.rewrites {
            s += "- \(label(r.article)) reuses \(Int((r.overlap * 100).rounded()))% of \(label(r.of))\n"
        }
        return s
    }

    func peopleSection(_ story: Story) -> String {
        guard !story.people.isEmpty else { return "" }
        var s = "\n### People\n\n"
        for p in story.people {
            s += "- \(p.name)" + (p.roles.isEmpty ? "" : ": " + p.roles.joined(separator: "; ")) + "\n"
        }
        return s
    }

    func timelineSection(_ story: Story) -> String {
        guard !story.timeline.isEmpty else { return "" }
        var s = "\n### Timeline\n\n"
        for e in story.timeline {
            s += "- \(e.date): \(e.text) (\(e.articles.map(label).joined(separator: ", ")))\n"
        }
        return s
    }

    func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
