import HearsayText

/// One article body as the quote pass reads it: its quotations, its words and which of its
/// paragraphs are headings.
struct ArticleText: Sendable {
    let doc: TextDocument
    let quotes: [QuotedSpan]
    let words: [Word]
    /// `headings[p]` is true for a short unpunctuated paragraph (in title case, or very short):
    /// a crosshead or a related-article link, whose quotation marks are never speech.
    let headings: [Bool]

    /// `utf8[i]` is the UTF-8 offset of scalar `i` in `doc.text`, for slicing without
    /// rebuilding strings scalar by scalar.
    private let utf8: [Int32]

    init(_ doc: TextDocument) {
        self.doc = doc
        var utf8 = [Int32](repeating: 0, count: doc.scalars.count + 1)
        var offset: Int32 = 0
        for (i, c) in doc.scalars.enumerated() {
            utf8[i] = offset
            let v = c.value
            offset += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        utf8[doc.scalars.count] = offset
        self.utf8 = utf8
        let marked = QuoteScanner.scan(doc.scalars, paragraphs: doc.paragraphs)
        let quotes = (marked + QuoteScanner.blockQuotations(doc.scalars, paragraphs: doc.paragraphs, marked: marked)).sorted { $0.open < $1.open }
        self.quotes = quotes
        var words = WordScanner.scan(doc, quotes: quotes)
        ArticleText.learnOrganisationNouns(&words)
        self.words = words
        self.headings = ArticleText.findHeadings(doc, words, quotes)
    }

    /// Nouns an article uses for an organisation besides `Lexicon.organisationNouns`: a
    /// lower-case noun before a spokesperson ("a utility spokeswoman") or before a possessive
    /// and what only an organisation has ("the cooperative's board", "the utility's managing
    /// director"), outside quotations; never a noun for a person or a group of people. Every
    /// use of such a noun in the article is tagged, so that "the utility said" refers back as
    /// "the company said" does.
    static func learnOrganisationNouns(_ words: inout [Word]) {
        var learned = Set<String>()
        for k in words.indices.dropLast() where words[k].kind == .word && !words[k].capitalised && words[k].quote == -1 && k > 0 {
            let x = words[k]
            guard !x.tags.contains(.organisationNoun), !x.tags.contains(.function), !x.tags.contains(.title), !x.isReportingVerb,
                x.lower.unicodeScalars.count >= 4, !x.lower.hasSuffix("s") || x.lower.hasSuffix("ss"),
                !Lexicon.personNouns.contains(x.lower), !Lexicon.anonymousPersonNouns.contains(x.lower),
                !Lexicon.sourceNouns.contains(x.lower), !Lexicon.demonyms.contains(x.lower), !Lexicon.peopleGroups.contains(x.lower),
                !Lexicon.adjectivalPersonNouns.contains(x.lower), !Lexicon.documentNouns.contains(x.lower), !x.tags.contains(.reportNoun)
            else { continue }
            func organ(_ i: Int) -> Bool {
                guard i < words.count, words[i].kind == .word, words[i].sentence == x.sentence else { return false }
                let pair = i + 1 < words.count ? words[i].lower + " " + words[i + 1].lower : ""
                return Lexicon.organisationOrgans.contains(words[i].lower) || Lexicon.organisationOrgans.contains(pair)
            }
            let before = words[k - 1].lower
            let spokesperson = ["spokesman", "spokeswoman", "spokesperson"].contains(words[k + 1].lower)
            if ["a", "an", "the"].contains(before) && spokesperson || ["the", "its"].contains(before) && words[k + 1].kind == .possessive && organ(k + 2) {
                learned.insert(x.lower)
            }
        }
        guard !learned.isEmpty else { return }
        for k in words.indices where words[k].kind == .word && learned.contains(words[k].lower) { words[k].tags.insert(.organisationNoun) }
    }

    func text(_ r: Range<Int>) -> String {
        let r = r.clamped(to: 0..<doc.scalars.count)
        let u = doc.text.utf8
        let a = u.index(u.startIndex, offsetBy: Int(utf8[r.lowerBound]))
        let b = u.index(a, offsetBy: Int(utf8[r.upperBound] - utf8[r.lowerBound]))
        return String(doc.text[a..<b])
    }

    /// The text from the first to the last of `words[r]`.
    func text(words r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return text(words[r.lowerBound].start..<words[r.upperBound - 1].end)
    }

    /// The words between a quotation's marks.
    func words(inside q: QuotedSpan) -> Range<Int> {
        firstWord(from: q.content.lowerBound)..<firstWord(from: q.content.upperBound)
    }

    /// Index of the first word starting at or after scalar offset `offset`.
    func firstWord(from offset: Int) -> Int {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func findHeadings(_ doc: TextDocument, _ words: [Word], _ quotes: [QuotedSpan]) -> [Bool] {
        var out = [Bool](repeating: false, count: doc.paragraphs.count)
        // Per paragraph: words, and content words (not function words) with how many of
        // them are capitalised, as in a title.
        var counts = [(words: Int, content: Int, capitalised: Int)](repeating: (0, 0, 0), count: doc.paragraphs.count)
        for w in words where w.kind == .word {
            counts[w.paragraph].words += 1
            if !w.tags.contains(.function) {
                counts[w.paragraph].content += 1
                if w.capitalised { counts[w.paragraph].capitalised += 1 }
            }
        }
        // A paragraph that is one quotation is speech even when its closing mark is missing.
        var wholeQuote = [Bool](repeating: false, count: doc.paragraphs.count)
        for q in quotes where q.open == doc.paragraphs[q.paragraph].lowerBound && q.end >= doc.paragraphs[q.paragraph].upperBound - 1 {
            wholeQuote[q.paragraph] = true
        }
        let s = doc.scalars
        for (p, r) in doc.paragraphs.enumerated() {
            var e = r.upperBound - 1
            while e > r.lowerBound && (QuoteScanner.isDoubleCloseMark(s[e]) || s[e] == "\u{2019}" || s[e] == "'" || s[e] == ")" || s[e] == " ") {
                e -= 1
            }
            let last = s[e]
            let punctuated = last == "." || last == "!" || last == "?" || last == "\u{2026}" || last == ":" || last == ";" || last == ","
            let c = counts[p]
            let titleCase = c.content > 0 && c.capitalised * 10 >= c.content * 7
            out[p] = !punctuated && c.words > 0 && c.words <= 20 && (titleCase || c.words <= 12 && !wholeQuote[p])
        }
        return out
    }
}
