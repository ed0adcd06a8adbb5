/// An outlet, agency, broadcast or platform an article names as its source.
struct CitedSource: Sendable, Hashable {
    enum Strength: Sendable, Hashable {
        /// The wording says the name reports ("a report by X", "X cited", "told X").
        case strong
        /// "according to X", "X reported": also said of companies and officials, so kept only
        /// when X is no party to the story (not a person, not a quoted speaker).
        case weak
    }

    var mention: Int
    var name: String
    var span: Range<Int>
    var strength: Strength
}

/// Finds the sources an article cites, from the wording of journalism's sourcing: "a report
/// published by X", "X's sources", "X reported", "according to X", "told X", "reporting by X
/// and Y", "citing X".
enum CitationFinder {
    /// Words that may stand between a report noun and the preposition before its outlet
    /// ("a report published over the weekend in X").
    static let bridge: Set<String> = [
        "published", "released", "appeared", "carried", "aired", "printed", "run", "broadcast", "posted", "that",
        "which", "was", "first", "last", "this", "over", "the", "weekend", "week", "month", "earlier", "late",
        "recently", "yesterday", "exclusive", "new", "recent", "latest", "original", "initial",
    ]
    static let ownedNouns: Set<String> = [
        "report", "reports", "reporting", "sources", "reporters", "journalists", "article", "investigation",
        "exclusive", "scoop", "analysis", "coverage", "story", "interview", "findings",
    ]
    static let strongVerbs: Set<String> = ["cited", "citing", "cites", "revealed", "reveals", "learned", "learnt", "understands", "broke"]
    static let weakVerbs: Set<String> = ["reported", "reports", "published", "publishes", "wrote", "writes"]

    /// An organisation, or a name with a media word ("Morning Show") or an acronym ("ABC News").
    static func looksLikeOutlet(_ m: Mention) -> Bool {
        if m.kind == .organisation { return true }
        if m.tokens.contains(where: { Lexicon.mediaSuffixes.contains($0) }) { return true }
        return m.name.split(separator: " ").contains { part in
            part.unicodeScalars.count >= 2 && part.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
        }
    }

    static func find(_ t: ArticleText, _ mentions: [Mention], _ at: [Int]) -> [CitedSource] {
        let w = t.words
        var out: [CitedSource] = []
        func source(at i: Int) -> Int? {
            var j = i
            if j < w.count && w[j].lower == "the" { j += 1 }
            guard j < w.count, w[j].quote == -1, at[j] >= 0, mentions[at[j]].full.lowerBound == j || mentions[at[j]].words.lowerBound == j,
                mentions[at[j]].kind != .person
            else { return nil }
            return at[j]
        }
        func add(_ m: Int, _ strength: CitedSource.Strength) {
            let mention = mentions[m]
            let span = w[mention.words.lowerBound].start..<w[mention.words.upperBound - 1].end
            out.append(CitedSource(mention: m, name: mention.name, span: span, strength: strength))
            // "reporting by X and Y", "X and Y reported"
            let next = mention.words.upperBound
            if next < w.count && w[next].lower == "and", let other = source(at: next + 1), other != m {
                let o = mentions[other]
                out.append(CitedSource(mention: other, name: o.name, span: w[o.words.lowerBound].start..<w[o.words.upperBound - 1].end, strength: strength))
            }
        }
        var i = 0
        while i < w.count {
            let x = w[i]
            guard x.quote == -1, !t.headings[x.paragraph] else {
                i += 1
                continue
            }
            if x.tags.contains(.reportNoun) {
                var k = i + 1
                while k < w.count && k < i + 8 && w[k].kind == .word && bridge.contains(w[k].lower) { k += 1 }
                if k < w.count, ["by", "from", "in", "on", "at", "of"].contains(w[k].lower), let m = source(at: k + 1),
                    // "reporters at the Capitol" is a place; "reporters at the Post" an outlet.
                    !["reporters", "journalists"].contains(x.lower) || looksLikeOutlet(mentions[m])
                {
                    add(m, .strong)
                }
            } else if x.tags.contains(.passive), i + 1 < w.count, w[i + 1].lower == "by" {
                // "first reported by X", "as revealed by X"
                if let m = source(at: i + 2) { add(m, .strong) }
            } else if x.lower == "according", i + 1 < w.count, w[i + 1].lower == "to" {
                if let m = source(at: i + 2) { add(m, .weak) }
            } else if x.lower == "told" || x.lower == "citing" || x.lower == "cited"
                || (x.lower == "to" && i > 0 && (w[i - 1].tags.contains(.speechNoun) || AttributionReader.speakingTo.contains(w[i - 1].lower)))
            {
                // Told to a name: an outlet if it looks like one; a bare single name may be a
                // wire service or a person, which the story decides.
                if let m = source(at: i + 1) {
                    if looksLikeOutlet(mentions[m]) {
                        add(m, .strong)
                    } else if mentions[m].tokens.count == 1 {
                        add(m, .weak)
                    }
                }
            } else if at[i] >= 0 && mentions[at[i]].words.upperBound == i + 1 && mentions[at[i]].kind != .person {
                let m = at[i]
                var k = i + 1
                if k < w.count && (w[k].kind == .possessive || w[k].lower == "'") { k += 1 }
                if k < w.count && w[k].kind == .word {
                    let next = w[k].lower
                    if ownedNouns.contains(next) || strongVerbs.contains(next) {
                        add(m, .strong)
                    } else if weakVerbs.contains(next) {
                        add(m, .weak)
                    } else if Lexicon.auxiliaries.contains(next), k + 1 < w.count, strongVerbs.contains(w[k + 1].lower) || weakVerbs.contains(w[k + 1].lower) {
                        add(m, strongVerbs.contains(w[k + 1].lower) ? .strong : .weak)
                    }
                }
            }
            i += 1
        }
        return out
    }
}
