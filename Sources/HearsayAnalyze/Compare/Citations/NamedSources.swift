import HearsayModel
import HearsayText

/// An outlet the story cites is cited by every article that names it, however that article
/// words it ("Refining Ledger, a trade title, had the story first", "the Ledger's report"):
/// in the coverage of one rumour a newspaper, broadcaster, platform or account is named for
/// what it reported. Only names with a word of the media ("Ledger", "News"), a platform's or
/// an account's ("@..."): a company or agency some article cites is named elsewhere for what
/// it did. A masthead line (no lower-case word) is the article's own name, not a citation.
/// Run after the claims are weighed, so a name's wider reach adds the articles a reader
/// sees under it without changing which source a claim is credited to.
enum NamedSources {
    static func extend(_ citations: inout [Citation], articles: [Article], documents: [TextDocument]) {
        for (a, article) in articles.enumerated() {
            // A public body one article takes figures from is the same source where another
            // credits it ("the institute said", "according to ..."): one rumour's coverage
            // leans on the one body.
            for c in citations.indices where [.outlet, .body].contains(citations[c].kind) && !citations[c].articles.contains(article.id) {
                if let own = article.outlet, QuoteStage.isOwnName(own, citations[c].source) { continue }
                if citations[c].kind == .body {
                    // "the board" alone is whichever board the article has in mind.
                    // "X and the Diocese of Y on Tuesday denied ...": past a list or a time, as a
                    // speaking body's verb is read.
                    guard !citations[c].source.hasPrefix("the "),
                        let span = creditedSpan(citations[c].source, in: documents[a]) ?? speaksSpan(citations[c].source, in: documents[a], subject: false),
                        let line = documents[a].paragraphs.first(where: { $0.contains(span.lowerBound) }),
                        !ClaimEvidence.isMastheadLine(documents[a].string(line))
                    else { continue }
                    citations[c].articles.append(article.id)
                    citations[c].evidence.append(Evidence(article: article.id, span: TextSpan(span)))
                    continue
                }
                // A name without a word of the media ("Footnote Watch", "DarkQuay") may be a
                // company's elsewhere: it cites only where the words around it credit it.
                let media = isMedia(citations[c].source)
                // "@voltwatch": an account's handle, written with its sign, is the account by its form.
                let handle = citations[c].source.hasPrefix("@") ? nil : nameSpan("@" + citations[c].source, in: documents[a])
                // "X, an anonymous collective, published ...", "X has retracted its report": the
                // verb after an aside or an auxiliary credits it as well.
                let credited = media ? nil : creditedSpan(citations[c].source, in: documents[a]) ?? speaksSpan(citations[c].source, in: documents[a], subject: false)
                guard let span = handle ?? (media ? nameSpan(citations[c].source, in: documents[a]) : credited),
                    let line = documents[a].paragraphs.first(where: { $0.contains(span.lowerBound) }),
                    !ClaimEvidence.isMastheadLine(documents[a].string(line))
                else { continue }
                citations[c].articles.append(article.id)
                citations[c].evidence.append(Evidence(article: article.id, span: TextSpan(span)))
            }
        }
    }

    /// Outlets and platforms no article was found citing, though one names them with words
    /// that credit them ("told trade title The Cask Report", "on Brightline Radio's afternoon
    /// show", "spread on Facebook"): a name with a word of the media, or a platform's, from
    /// the organisations the story names. Each article crediting it cites it.
    static func credited(_ citations: inout [Citation], organisations: [String], articles: [Article], documents: [TextDocument]) {
        let named = organisations + ClaimLexicon.platforms.filter { $0.count > 2 && $0 != "online" && $0 != "internet" }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        // "News", "Post" for the "Evening Post" some article cites, "Halvern Public Media" for
        // the "HPM" one cites: a short or a long form of a source already there, no new one.
        func otherForm(_ name: String) -> Bool {
            let words = name.lowercased().split(separator: " ")
            let initials = String(words.compactMap(\.first)).uppercased()
            return words.count == 1 && Lexicon.mediaSuffixes.contains(String(words[0]))
                || citations.contains { $0.source.lowercased().split(separator: " ").reversed().starts(with: words.reversed()) || words.count >= 2 && $0.source == initials }
        }
        for name in named where isMedia(name) && !otherForm(name) && !citations.contains(where: { QuoteStage.sameSource($0.source, name) }) {
            let found = citation(of: name, kind: .outlet, articles: articles, documents: documents) { a in
                if let own = articles[a].outlet, QuoteStage.isOwnName(own, name) { return nil }
                return creditedSpan(name, in: documents[a])
            }
            if let found { citations.append(found) }
        }
    }

    /// `name` cited by every article where `span` finds it credited outside a masthead line;
    /// nil when none does.
    static func citation(
        of name: String, kind: Citation.Kind, articles: [Article], documents: [TextDocument], span: (Int) -> Range<Int>?
    ) -> Citation? {
        var found = Citation(source: name, articles: [], kind: kind)
        for (a, article) in articles.enumerated() {
            guard let span = span(a), let line = documents[a].paragraphs.first(where: { $0.contains(span.lowerBound) }),
                !ClaimEvidence.isMastheadLine(documents[a].string(line))
            else { continue }
            found.articles.append(article.id)
            found.evidence.append(Evidence(article: article.id, span: TextSpan(span)))
        }
        return found.articles.isEmpty ? nil : found
    }

    /// Public bodies the story names that speak in some article ("Tri-County Police said",
    /// "a spokesperson for the National Aviation Authority said", "The Sport Integrity Office,
    /// which handles ..., said in an email"): an agency's, regulator's or council's word is what
    /// reporters attribute facts to, a source as a cited paper is, though no "according to"
    /// names it. A body is known by its head noun ("Diocese of X", "X Police"); a company is a
    /// party to what it says, not a source. Each article crediting it cites it (`creditedSpan`).
    static func speakingBodies(_ citations: inout [Citation], organisations: [String], articles: [Article], documents: [TextDocument]) {
        for name in organisations where isBody(name) && !isMedia(name) && !citations.contains(where: { QuoteStage.sameSource($0.source, name) }) {
            // "Police" alone, "the Authority": a short form, whichever body its article means.
            guard name.split(separator: " ").count >= 2,
                documents.contains(where: { speaksSpan(name, in: $0) != nil }),
                !articles.contains(where: { $0.outlet.map { QuoteStage.isOwnName($0, name) } ?? false })
            else { continue }
            // "The Survey said", "the Authority confirmed": once named in full, a body is its head
            // noun capitalised, when no other body of the story has that head.
            let short = headWord(name).flatMap { head in
                organisations.filter { headWord($0)?.lowercased() == head.lowercased() }.count == 1 ? head : nil
            }
            let found = citation(of: name, kind: .body, articles: articles, documents: documents) { a in
                speaksSpan(name, in: documents[a], subject: false) ?? creditedSpan(name, in: documents[a])
                    ?? short.flatMap({ speaksSpan($0, in: documents[a], subject: false) })
            }
            if let found { citations.append(found) }
        }
    }

    /// Heads of the names of public and member bodies: what a name's last word is, or the word
    /// before its "of" or "for" ("Ministry of Agriculture", "Department for Transport").
    static let bodyHeads: Set<String> = CitationFinder.publicBodies.subtracting(["network"]).union([
        "university", "college", "centre", "center", "alliance", "forum", "foundation", "trust", "court", "tribunal",
        "committee", "guild", "coalition", "commissioner", "ombudsman", "constabulary",
    ])

    static func isBody(_ name: String) -> Bool { headWord(name).map { bodyHeads.contains($0.lowercased()) } ?? false }

    /// A name's head noun as written: the word before its first "of" or "for", else its last.
    static func headWord(_ name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        if let of = words.firstIndex(where: { $0 == "of" || $0 == "for" }), of > 0 { return words[of - 1] }
        return words.last
    }

    /// Words that may stand between a body and its verb of saying ("X has also said", "X on
    /// Tuesday confirmed", "X in a statement said").
    static let beforeVerb: Set<String> = Lexicon.auxiliaries.union(Lexicon.weekdays).union(CitationFinder.spanOfTime)
        .union(["in", "a", "an", "its", "statement", "all", "both"])
    /// Who speaks for a body ("a spokesperson for X", "a statement from X", "X's press office").
    static let bodyVoices: Set<String> = [
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "statement", "representative", "office", "email",
        // A publication speaks through its editor ("X's editor said the paper was vindicated").
        "editor",
    ]

    /// Where `name` stands in `doc` as the one saying something: the subject of a verb of
    /// saying (after an aside between commas, auxiliaries or a time), the body a spokesperson
    /// or statement is for or from, or "according to" it. As the `subject` only: "a physicist
    /// at X says" names X without X saying anything, so it does not make X a source; once the
    /// body is one, "the director of X told ..." credits it too.
    static func speaksSpan(_ name: String, in doc: TextDocument, subject: Bool = true) -> Range<Int>? {
        var from = 0
        while from < doc.scalars.count, let span = nameSpan(name, in: doc, from: from) {
            from = span.upperBound
            guard let s = doc.sentenceIndex(containing: span.lowerBound) else { continue }
            let range = doc.sentences[s].range
            var before = ClaimWords.tokens(doc, range.lowerBound..<span.lowerBound).map(\.lower)
            if before.last == "the" { before.removeLast() }
            // "according to the sector body X"
            if let according = before.suffix(6).lastIndex(of: "according"), before.index(after: according) < before.endIndex,
                before[before.index(after: according)] == "to"
            {
                return span
            }
            if let lead = before.last, ["for", "from", "by"].contains(lead), before.dropLast().last.map(bodyVoices.contains) == true { return span }
            // The subject: the sentence, a clause or a list of speakers opens on it, or a
            // place's possessive stands before it ("Ireland's X said": the tokens keep the
            // possessive in the place's word, so its ending is what shows).
            guard !subject || before.last.map({ clauseOpeners.contains($0) || isPossessive($0) }) ?? true else { continue }
            var after = ClaimWords.tokens(doc, span.upperBound..<range.upperBound)[...]
            if after.first?.lower == "'" || after.first?.lower == "’", after.dropFirst().first?.lower == "s" {
                if after.dropFirst(2).first.map({ bodyVoices.contains($0.lower) }) == true { return span }
                continue
            }
            // "X, the financial regulator, added": the verb follows the aside; "the director
            // of X, told": the name closes one.
            if after.first?.lower == "," {
                if let close = after.dropFirst().firstIndex(where: { $0.lower == "," }) {
                    after = after[after.index(after: close)...]
                } else if !subject {
                    after = after.dropFirst()
                }
            }
            let verb = after.prefix(6).first { !beforeVerb.contains($0.lower) }
            if let verb, verb.isWord, Lexicon.reportingVerbs.contains(verb.lower) || responses.contains(verb.lower) || publishing.contains(verb.lower) {
                return span
            }
        }
        return nil
    }

    /// Words after which a clause or a list of speakers opens ("Ireland's X": the possessive's "s").
    static let clauseOpeners: Set<String> = [",", "and", "but", "that", "while", "as", "after", "when", "though", "although", "which", "s"]

    /// A word written with a possessive ending ("ireland's"), as the tokens keep it.
    static func isPossessive(_ word: String) -> Bool {
        word.count > 2 && (word.hasSuffix("'s") || word.hasSuffix("’s"))
    }

    /// A body asked for its word that gives none is still the source the reporter went to
    /// ("X declined to comment", "X refused to say").
    static let responses: Set<String> = ["declined", "declines", "refused", "refuses"]
    /// What a publisher does with a story of its own ("X published a dossier", "X has retracted
    /// its report", "X ran the claim"): its story is what the article draws on or corrects.
    static let publishing: Set<String> = [
        "published", "publishes", "ran", "runs", "carried", "carries", "printed", "prints", "aired", "airs", "broadcast",
        "broke", "repeated", "repeats", "retracted", "retracts", "corrected", "corrects", "amended", "updated", "removed",
    ]

    static func isMedia(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last else { return false }
        return name.hasPrefix("@") || Lexicon.mediaSuffixes.contains(last) || words.count == 1 && ClaimLexicon.platforms.contains(last)
    }

    /// Words before a name that credit it with what follows ("according to X", "first
    /// reported by X", "told X", "posted on X") and words after it that tell it reported
    /// ("X said", "X revealed", "X, which first raised ..."), up to four words away.
    static let creditBefore: Set<String> = ["according", "by", "via", "from", "told", "to", "on", "in", "at"]
    static let creditAfter: Set<String> = [
        "said", "says", "reported", "reports", "revealed", "reveals", "published", "publishes", "posted", "wrote", "writes", "claimed",
        "claims", "alleged", "alleges", "found", "broke", "first", "which", "obtained", "shared", "uploaded", "ran", "carried", "cited",
        "quoted", "report", "reporting", "story", "article", "post", "dossier", "investigation",
    ]

    /// Where `name` stands in `doc` with words that credit it around it (`creditBefore`,
    /// `creditAfter`, in its sentence): nil when the article names it only otherwise.
    static func creditedSpan(_ name: String, in doc: TextDocument) -> Range<Int>? {
        var from = 0
        while from < doc.scalars.count, let span = nameSpan(name, in: doc, from: from) {
            from = span.upperBound
            guard let s = doc.sentenceIndex(containing: span.lowerBound) else { continue }
            let range = doc.sentences[s].range
            let before = ClaimWords.tokens(doc, range.lowerBound..<span.lowerBound).filter(\.isWordOrNumber).suffix(4).map(\.lower)
            let after = ClaimWords.tokens(doc, span.upperBound..<range.upperBound).filter(\.isWordOrNumber).prefix(4).map(\.lower)
            // "X's report": the possessive's "s" is the first word after the name.
            let next = after.first == "s" ? Array(after.dropFirst()) : Array(after)
            // "the X account @roe", "a X page": an account on the platform X, not X's own account of events.
            let platform = after.first.map { Lexicon.accountNouns.contains($0) } ?? false
            if platform || before.contains(where: creditBefore.contains) || next.prefix(3).contains(where: creditAfter.contains) { return span }
        }
        return nil
    }

    /// Where `name` (a leading "the" aside) stands in `doc` as whole words opening on a
    /// capital or an account's "@": nil for a name of one or two letters ("X"), which a
    /// capitalised word of another sense may equal.
    static func nameSpan(_ name: String, in doc: TextDocument, from start: Int = 0) -> Range<Int>? {
        var key = Array(name.unicodeScalars)
        if key.count > 4, String(String.UnicodeScalarView(key.prefix(4))).lowercased() == "the " { key.removeFirst(4) }
        // A body named by what it is ("port authority") is written in lower case, or capitalised
        // where a sentence opens on it.
        if let first = key.first, first.properties.isLowercase, key.count > 2 {
            let opening = Array(String(first).uppercased().unicodeScalars) + key.dropFirst()
            return match(key, in: doc, from: start) ?? match(opening, in: doc, from: start)
        }
        guard key.count > 2, let first = key.first, first == "@" || first.properties.isUppercase else { return nil }
        return match(key, in: doc, from: start)
    }

    /// Where `key` stands in `doc` from `start` as whole words.
    static func match(_ key: [Unicode.Scalar], in doc: TextDocument, from start: Int) -> Range<Int>? {
        guard let first = key.first else { return nil }
        let text = doc.scalars
        guard text.count >= key.count else { return nil }
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }
        var i = start
        while i + key.count <= text.count {
            if text[i] == first, (1..<key.count).allSatisfy({ text[i + $0] == key[$0] }),
                i == 0 || !isWordScalar(text[i - 1]), i + key.count == text.count || !isWordScalar(text[i + key.count])
            {
                return i..<(i + key.count)
            }
            i += 1
        }
        return nil
    }
}
