import HearsayModel
import HearsayText

/// Documents the articles say their reporting rests on: "a leaked memo", "an internal
/// email seen by the Post", "according to a draft budget paper", "citing court filings".
/// A leak is sourced to a paper as often as to an outlet, and the reader checking a rumour
/// wants to know which articles rest on the one memo. Cited as `Citation.Kind.document`,
/// never a claim's origin (who told it is an outlet, not the paper it was told from).
enum DocumentSources {
    /// Nouns that name a document whatever stands before them.
    static let plainHeads: [String: String] = [
        "memo": "memo", "memos": "memo", "memorandum": "memo", "email": "email", "emails": "email", "e-mail": "email",
        "document": "document", "documents": "document", "filing": "filing", "filings": "filing", "dossier": "dossier",
        "spreadsheet": "spreadsheet", "transcript": "transcript", "decree": "decree", "sheet": "sheet", "roster": "roster", "rosters": "roster",
        // A letter or a draft is a paper by its noun alone ("according to the letter", "the
        // draft says"), as a memo is; neither is ever an outlet, an intention or news itself.
        "letter": "letter", "letters": "letter", "draft": "draft",
    ]
    /// Nouns that name a document only with a word marking it as one ("draft plan",
    /// "internal report"): alone they are an outlet ("the paper"), an intention ("plans")
    /// or news itself ("the report").
    static let markedHeads: [String: String] = [
        "paper": "paper", "papers": "paper", "plan": "plan", "plans": "plan",
        "report": "report", "notice": "notice", "assessment": "assessment", "calendar": "calendar", "schedule": "schedule",
        "register": "register", "registry": "registry", "presentation": "presentation", "briefing": "briefing",
        // A slide deck is the presentation it was shown as ("the leaked slides").
        "slides": "presentation",
        "note": "note", "notes": "note", "contract": "contract", "messages": "messages",
        "minutes": "minutes", "proposal": "proposal", "proposals": "proposal", "budget": "budget", "notices": "notice",
        "records": "records", "order": "order", "decision": "decision",
        // An administration's rules in the making ("a draft ordinance", "a leaked bylaw").
        "ordinance": "ordinance", "ordinances": "ordinance", "bylaw": "bylaw", "bylaws": "bylaw", "regulation": "regulation",
        "regulations": "regulation",
    ]
    /// Words that make a noun a document that was passed on rather than published.
    static let markers: Set<String> = [
        "leaked", "internal", "confidential", "draft", "secret", "unpublished", "restricted", "classified", "private",
    ]
    /// Words that make a report a company's periodic account of itself ("annual report").
    static let periodicals: Set<String> = ["annual", "quarterly", "earnings", "half-year", "interim"]
    /// Words after a document that say a reporter had it: "seen by", "obtained by".
    static let sightings: Set<String> = ["seen", "obtained", "reviewed", "viewed", "leaked", "shared", "passed", "sent", "circulated"]
    /// Verbs a document says things with: "the memo shows".
    static let disclosures: Set<String> = [
        "shows", "showed", "show", "reveals", "revealed", "reveal", "suggests", "suggested", "says", "said", "states", "stated",
        "proposes", "proposed", "outlines", "outlined", "lists", "listed", "warns", "warned", "puts", "estimates",
    ]
    static let determiners: Set<String> = ["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her"]

    /// The document a noun names ("memos" -> "memo"), plain or needing a marker.
    static func head(_ word: String) -> String? { plainHeads[word] ?? markedHeads[word] }

    /// A document noun right before another ("budget" in "draft budget paper") is part of
    /// that one's name, not a document of its own.
    static func modifiesNextNoun(_ w: [Word], _ i: Int) -> Bool {
        i + 1 < w.count && w[i + 1].kind == .word && head(w[i + 1].lower) != nil
    }

    struct Mention {
        var head: String
        var words: [String]
        var range: Range<Int>
        var anchored: Bool
        /// A marked head that names the paper by its own words ("the minutes of the meeting").
        var plain = false
    }

    /// Words before "minutes" that make it a span of time ("20 minutes", "within minutes").
    static let spanBefore: Set<String> = ["few", "several", "many", "within", "for", "in", "some", "two", "ten", "fifteen", "thirty", "last", "first", "final", "those", "over"]
    /// Words after "minutes" that make it a span of time ("minutes later", "minutes of silence").
    static let spanAfter: Set<String> = ["later", "ago", "before", "after", "away", "late", "early", "earlier", "silence", "play", "each", "long", "to", "into"]

    /// "minutes of a board meeting", "the minutes record that": the record of a meeting, a
    /// paper by its own name; not a span of time ("within minutes", "20 minutes later").
    static func meetingRecord(_ w: [Word], _ i: Int) -> Bool {
        guard w[i].lower == "minutes" else { return false }
        if i > 0, w[i - 1].sentence == w[i].sentence, w[i - 1].kind == .number || spanBefore.contains(w[i - 1].lower) { return false }
        guard i + 1 < w.count, w[i + 1].sentence == w[i].sentence else { return i > 0 && determiners.contains(w[i - 1].lower) }
        let next = w[i + 1].lower
        if spanAfter.contains(next) { return false }
        if next == "of" || next == "from" {
            // "minutes of a private meeting of the chapter", "minutes from a meeting"; the body's
            // name may run long before its meeting ("minutes of a Highland Walking Club board meeting").
            return w[(i + 2)..<min(w.count, i + 10)].contains { $0.sentence == w[i].sentence && ["meeting", "meetings", "hearing", "session"].contains($0.lower) }
        }
        return i > 0 && ["the", "its", "their", "those", "these"].contains(w[i - 1].lower)
            && (disclosures.contains(next) || records.contains(next) || sightings.contains(next)
                || ["were", "was", "are", "is", "also", "do", "did", "published", "quoted", "provided"].contains(next))
    }
    /// Verbs a record of a meeting says things with ("the minutes record that ...").
    static let records: Set<String> = ["record", "records", "recorded", "quote", "quotes", "note", "notes", "describe", "describes"]

    /// The document nouns of one text (a headline or a body), each with the lower-case
    /// words before it and whether the sentence cites it as a source.
    static func mentions(_ w: [Word]) -> [Mention] {
        var out: [Mention] = []
        for i in w.indices where w[i].kind == .word && w[i].quote < 0 {
            let lower = w[i].lower
            if let span = socialPost(w, i) {
                out.append(Mention(head: "social media post", words: ["social", "media", "post"], range: w[span.lowerBound].start..<w[span.upperBound - 1].end, anchored: true))
                continue
            }
            guard let head = head(lower) else { continue }
            // "plans to close" is an intention; a sheet is a paper of record only as a term or
            // fact sheet.
            if i + 1 < w.count, w[i + 1].lower == "to", markedHeads[lower] != nil { continue }
            if lower == "sheet", !(i > 0 && ["term", "fact"].contains(w[i - 1].lower)) { continue }
            // "officials will draft new rules": the verb, not the paper.
            if lower == "draft", i > 0, ["to", "will", "would", "could", "should", "may", "might", "must", "can"].contains(w[i - 1].lower) { continue }
            // A noun modifying a document noun after it is part of its name ("budget paper").
            if modifiesNextNoun(w, i) { continue }
            var k = i
            var before: [String] = []
            // Capitalised words end the name ("the Acme memo"), except a headline's marker.
            while k > 0, before.count < 3, w[k - 1].kind == .word, !w[k - 1].capitalised || markers.contains(w[k - 1].lower),
                !determiners.contains(w[k - 1].lower), isModifier(w[k - 1]), w[k - 1].sentence == w[i].sentence
            {
                before.insert(w[k - 1].lower, at: 0)
                k -= 1
            }
            // "according to the airport's latest annual report": what is said of the paper is
            // said before its owner's name, so the words that cite it are read before that.
            let owner = ownerStart(w, k)
            // "according to its annual report": a company's periodic report, cited as its source.
            let lead0 = w[max(0, owner - 3)..<owner].filter { $0.sentence == w[i].sentence }.map(\.lower)
            let periodic = lower == "report" && before.contains(where: periodicals.contains) && lead0.joined(separator: " ").contains("according to")
            let marked = before.contains(where: markers.contains) || periodic
            let record = meetingRecord(w, i)
            // Unmarked, such a noun is a paper only where it shares a cited one's words.
            let needsMarker = markedHeads[lower] != nil && !record
            if needsMarker, !marked, before.isEmpty { continue }
            if lower == "minutes", !record, !marked { continue }
            let lead = lead0
            let next = i + 1 < w.count && w[i + 1].sentence == w[i].sentence ? w[i + 1].lower : ""
            let after = w[(i + 1)..<min(w.count, i + 4)].filter { $0.sentence == w[i].sentence }.map(\.lower)
            let cited = lead.joined(separator: " ").contains("according to") || lead.contains("citing") || lead.contains("cited")
                || after.contains(where: sightings.contains) && (after.contains("by") || after.contains("to") || after.contains("with"))
                || disclosures.contains(next) || record && records.contains(next)
                || seenBefore(w, owner) || seenLater(w, i)
            // "according to a tender notice", "citing a ministry briefing note": a noun that
            // needs a marker is a paper too where the reporting rests on it by a name of its
            // kind; a "report" so cited is another outlet's story as often as a paper.
            let citedByKind = cited && !before.isEmpty && lower != "report"
            var m = Mention(head: head, words: before + [lower], range: w[k].start..<w[i].end, anchored: needsMarker ? marked || citedByKind : cited || marked)
            m.plain = record
            out.append(m)
        }
        return out
    }

    /// "a social media post by X", "in a post on social media": a post published where anyone
    /// reads it is a paper the reporting rests on, as a statement is, wherever the claim began;
    /// "post" alone is as often a job or the mail. The words that name it.
    static func socialPost(_ w: [Word], _ i: Int) -> Range<Int>? {
        guard ["post", "posts"].contains(w[i].lower) else { return nil }
        if i >= 2, w[i - 2].lower == "social", w[i - 1].lower == "media", w[i - 2].sentence == w[i].sentence { return (i - 2)..<(i + 1) }
        if i + 3 < w.count, w[i + 1].lower == "on", w[i + 2].lower == "social", w[i + 3].lower == "media", w[i + 3].sentence == w[i].sentence {
            return i..<(i + 4)
        }
        return nil
    }

    /// Where the noun phrase of a paper opens once its owner is counted in ("the airport's",
    /// "Halcyon's", "its"), from `k`, the first word of its own name: the owner's first word
    /// or determiner, else `k`.
    static func ownerStart(_ w: [Word], _ k: Int) -> Int {
        var p = k
        if p > 0, determiners.contains(w[p - 1].lower), w[p - 1].sentence == w[k].sentence { return p - 1 }
        guard p > 1, w[p - 1].kind == .possessive, w[p - 1].sentence == w[k].sentence else { return k }
        p -= 1
        var n = 0
        while p > 0, n < 4, w[p - 1].kind == .word, w[p - 1].sentence == w[k].sentence, !determiners.contains(w[p - 1].lower),
            !w[p - 1].tags.contains(.preposition), !w[p - 1].tags.contains(.function)
        {
            p -= 1
            n += 1
        }
        if p > 0, determiners.contains(w[p - 1].lower), w[p - 1].sentence == w[k].sentence { p -= 1 }
        return p
    }

    /// Verbs by which a newsroom says it holds a paper: "the paper said it had seen a letter",
    /// "says it has obtained the draft".
    static let holdings: Set<String> = ["seen", "obtained", "reviewed"]

    /// "had seen a letter", "has obtained the draft": the paper, right after a perfect of
    /// seeing, is one the reporting rests on (`start`: its phrase's first word).
    static func seenBefore(_ w: [Word], _ start: Int) -> Bool {
        guard start > 1, w[start - 1].sentence == w[start].sentence, holdings.contains(w[start - 1].lower) else { return false }
        return ["has", "have", "had", "having"].contains(w[start - 2].lower)
    }

    /// "A letter from the landlord to its bank, seen by the Post, says", "the letter, which
    /// the Post has seen": the sighting told further on in the paper's sentence, past the
    /// asides that say whose paper it is, before another paper or a quotation takes over.
    static func seenLater(_ w: [Word], _ i: Int) -> Bool {
        var j = i + 1
        // "the local paper said it had seen a letter": a perfect of seeing tells of the paper
        // only in a clause about it ("which the Post has seen"); otherwise its subject saw.
        var relative = false
        while j < w.count, j <= i + 20, w[j].sentence == w[i].sentence, w[j].quote < 0, w[j].lower != ";" {
            if j > i + 1, w[j].kind == .word, head(w[j].lower) != nil { return false }
            if ["which", "that"].contains(w[j].lower) { relative = true }
            if holdings.contains(w[j].lower) {
                if j + 1 < w.count && w[j + 1].lower == "by" { return true }
                let object = j + 1 < w.count && w[j + 1].sentence == w[j].sentence && w[j + 1].kind == .word
                    && (determiners.contains(w[j + 1].lower) || head(w[j + 1].lower) != nil)
                return relative && !object && ["has", "have", "had"].contains(w[j - 1].lower)
            }
            j += 1
        }
        return false
    }

    /// A word that may stand in a document's name before its noun ("draft budget", "stock
    /// market", "leaked"): not a function word, a verb of saying or a finite verb ("the
    /// memo revealed plans", "disputes leaked plan"), nor another document noun.
    static func isModifier(_ w: Word) -> Bool {
        let x = w.lower
        if markers.contains(x) { return true }
        if w.tags.contains(.preposition) || w.tags.contains(.function) || w.tags.contains(.reporting) { return false }
        if plainHeads[x] != nil || disclosures.contains(x) || sightings.contains(x) || ["and", "or", "citing", "cited", "according", "saying"].contains(x) { return false }
        // "spending plan" and "briefing note" name a paper; "citing" and "revealed" do not.
        if x.hasSuffix("ed") || x.hasSuffix("ing") && disclosures.contains(String(x.dropLast(3)) + "s") { return false }
        return !(x.hasSuffix("s") && !x.hasSuffix("ss") && !x.hasSuffix("us") && !x.hasSuffix("is"))
    }

    /// The documents a story's articles cite, one citation per document noun: every article
    /// naming a noun some article cites as its source ("according to a leaked memo") cites
    /// that document too ("the memo, dated 12 March, ..."). A noun that needs a marker
    /// joins only where its own words mark it or share a word with the cited one's.
    static func citations(_ articles: [Article], _ texts: [ArticleText]) -> [Citation] {
        var byArticle: [[Mention]] = []
        for (a, article) in articles.enumerated() {
            let title = ArticleText(TextDocument(article.title))
            // Headline words are no part of the body's offsets: evidence is the body's.
            let titled = mentions(title.words).map { m -> Mention in var m = m; m.range = 0..<0; return m }
            byArticle.append(titled + mentions(texts[a].words))
        }
        var anchors: [String: [String]] = [:]
        for m in byArticle.joined() where m.anchored {
            if let name = anchors[m.head], name.count >= m.words.count { continue }
            anchors[m.head] = m.words
        }
        // "The draft budget paper" and "the draft budget" are one document: a head another
        // cited name uses as a modifier is that name's. Of several such names ("draft budget
        // paper", "leaked budget plan"), each mention goes to the one sharing most of its own
        // words, then the first in order, so a run never depends on hashing.
        var into: [String: [String]] = [:]
        for head in anchors.keys.sorted() {
            let others = anchors.keys.sorted().filter { $0 != head && anchors[$0]!.dropLast().contains(head) }
            if !others.isEmpty { into[head] = others }
        }
        for a in byArticle.indices {
            for m in byArticle[a].indices {
                guard let others = into[byArticle[a][m].head] else { continue }
                let own = Set(byArticle[a][m].words)
                let shared = others.map { own.intersection(anchors[$0]!).count }
                byArticle[a][m].head = others[shared.firstIndex(of: shared.max()!)!]
            }
        }
        var out: [Citation] = []
        for head in anchors.keys.sorted() where into[head] == nil {
            let name = anchors[head]!
            let modifiers = Set(name.dropLast())
            var cited: [String] = []
            var evidence: [Evidence] = []
            for (a, found) in byArticle.enumerated() {
                let hits = found.filter { m in
                    m.head == head && (plainHeads[m.words.last!] != nil || m.plain || m.anchored || !modifiers.isDisjoint(with: m.words.dropLast()))
                }
                guard !hits.isEmpty else { continue }
                cited.append(articles[a].id)
                evidence += hits.filter { !$0.range.isEmpty }.map { Evidence(article: articles[a].id, span: TextSpan($0.range)) }
            }
            out.append(Citation(source: name.joined(separator: " "), articles: cited, evidence: evidence, kind: .document))
        }
        return out
    }
}
