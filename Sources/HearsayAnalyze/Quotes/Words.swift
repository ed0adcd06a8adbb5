import HearsayText

/// One word or punctuation mark of an article body, with where it sits: the unit the
/// attribution grammar walks over.
struct Word: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct
        /// The "’s" of a possessive, split from its word ("Acme’s" is "Acme" + "’s").
        case possessive
    }

    var start: Int
    var end: Int
    /// Lower-cased text (ASCII folded on scalars; other letters by their lower-case mapping).
    var lower: String
    var kind: Kind
    /// First letter upper case ("Acme", "CEO", "U.S.").
    var capitalised: Bool
    var tags: Lexicon.Tags
    /// Index of the `QuotedSpan` this word is quoted in, or -1 outside quotations.
    var quote: Int
    var sentence: Int
    var paragraph: Int

    var isPunct: Bool { kind == .punct }
    var isTerminal: Bool { kind == .punct && (lower == "." || lower == "!" || lower == "?" || lower == ";") }
    /// Lower case only: "the Washington Post", "Islamic State" are names.
    var isReportingVerb: Bool { !capitalised && tags.contains(.reporting) }
    var isParticiple: Bool { lower.hasSuffix("ing") }
}

/// Splits a `TextDocument` into `Word`s, leaving out the quotation marks found by `QuoteScanner`.
enum WordScanner {
    static func scan(_ doc: TextDocument, quotes: [QuotedSpan]) -> [Word] {
        let s = doc.scalars
        var marks: [Int] = []
        for q in quotes {
            marks.append(q.open)
            if let c = q.close { marks.append(c) }
            if q.wide {
                marks.append(q.open + 1)
                if let c = q.close { marks.append(c + 1) }
            }
        }
        marks.sort()
        var nextMark = 0
        var words: [Word] = []
        words.reserveCapacity(s.count / 5)
        var sentence = 0
        var quote = 0
        for (p, range) in doc.paragraphs.enumerated() {
            var i = range.lowerBound
            while i < range.upperBound {
                let c = s[i]
                while nextMark < marks.count && marks[nextMark] < i { nextMark += 1 }
                if isSpace(c) || (nextMark < marks.count && marks[nextMark] == i) {
                    i += 1
                    continue
                }
                let start = i
                var kind = Word.Kind.punct
                // "@mira_k_22": a handle after its "@" (not an e-mail address's) is a name
                // however it is cased, underscores included.
                let handle = QuoteScanner.isWordScalar(c) && start - 1 >= range.lowerBound && s[start - 1] == "@"
                    && (start - 2 < range.lowerBound || !QuoteScanner.isWordScalar(s[start - 2]))
                if handle {
                    i = handleEnd(s, start, range.upperBound)
                    kind = .word
                } else if QuoteScanner.isWordScalar(c) {
                    i = wordEnd(s, start, range.upperBound)
                    kind = c.value >= 48 && c.value <= 57 ? .number : .word
                } else if (c == "\u{2019}" || c == "'") && i + 1 < range.upperBound && (s[i + 1] == "s" || s[i + 1] == "S")
                    && (i + 2 >= range.upperBound || !QuoteScanner.isWordScalar(s[i + 2])) && i > range.lowerBound
                    && (QuoteScanner.isWordScalar(s[i - 1]) || s[i - 1] == " " && i - 1 > range.lowerBound && QuoteScanner.isWordScalar(s[i - 2]))
                {
                    i += 2
                    kind = .possessive
                } else if (c == "\u{2019}" || c == "'") && i > range.lowerBound && (s[i - 1] == "s" || s[i - 1] == "S")
                    && (i + 1 >= range.upperBound || isSpace(s[i + 1])) && i + 2 < range.upperBound && QuoteScanner.isWordScalar(s[i + 2])
                {
                    // "the drivers’ union": an apostrophe that marks no quotation after a plural
                    // is its possessive, which a noun phrase walks over as over "’s".
                    i += 1
                    kind = .possessive
                } else {
                    i += 1
                }
                while sentence + 1 < doc.sentences.count && doc.sentences[sentence].range.upperBound <= start { sentence += 1 }
                while quote < quotes.count && quotes[quote].content.upperBound <= start { quote += 1 }
                let inQuote = quote < quotes.count && quotes[quote].content.contains(start) ? quote : -1
                let lower = lowercased(s, start..<i)
                words.append(Word(
                    start: start, end: i, lower: lower, kind: kind, capitalised: handle || isUpper(c) || kind == .word && isParticleName(s, start, i, lower),
                    tags: kind == .word ? Lexicon.tags[lower] ?? [] : [], quote: inQuote, sentence: sentence, paragraph: p))
            }
        }
        return words
    }

    /// "al-Baghdadi": a lower-case particle, a hyphen and a capital letter.
    static func isParticleName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ lower: String) -> Bool {
        guard end - start > 3, s[start + 2] == "-" || s[start + 3] == "-", let dash = lower.firstIndex(of: "-") else { return false }
        let prefix = lower[..<dash]
        guard prefix.count <= 3, Lexicon.hyphenParticles.contains(String(prefix)) else { return false }
        let k = start + prefix.unicodeScalars.count + 1
        return k < end && isUpper(s[k])
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? c.value == 32 || (c.value >= 9 && c.value <= 13) : c.properties.isWhitespace
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? c.value >= 65 && c.value <= 90 : c.properties.isUppercase
    }

    /// The end of the word starting at `start`: letters and digits, joined by inner
    /// apostrophes ("don’t"), hyphens ("co-founder"), ampersands ("AT&T") and the full stops of
    /// dotted acronyms ("U.S."), and underscores. A possessive "’s" is left for its own token.
    static func wordEnd(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let c = s[i]
            if QuoteScanner.isWordScalar(c) || (c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark) {
                i += 1
                continue
            }
            // "ClassicalInsider_", "harvest_watch": an account's name written without its "@";
            // prose never joins or ends its words with an underscore.
            if c == "_" {
                i += 1
                continue
            }
            guard i + 1 < end, QuoteScanner.isWordScalar(s[i + 1]) else { break }
            if c == "\u{2019}" || c == "'" {
                let possessive = (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= end || !QuoteScanner.isWordScalar(s[i + 2]))
                if possessive { break }
                i += 1
            } else if c == "-" || c == "&" || c == "\u{2011}" {
                i += 1
            } else if c == "." && i - start == 1 && i + 2 < end && s[i + 2] == "." {
                // "U.S." and "U.K.": single letters each followed by a full stop.
                i += 2
                while i + 2 < end && QuoteScanner.isWordScalar(s[i + 1]) && s[i + 2] == "." { i += 2 }
                return i + 1
            } else {
                break
            }
        }
        return i
    }

    /// The end of a handle: letters, digits and underscores between them.
    static func handleEnd(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end && (QuoteScanner.isWordScalar(s[i]) || s[i] == "_" && i + 1 < end && QuoteScanner.isWordScalar(s[i + 1])) { i += 1 }
        return i
    }

    static func lowercased(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        if r.allSatisfy({ s[$0].value < 128 }) {
            return String(unsafeUninitializedCapacity: r.count) { buffer in
                for (k, i) in r.enumerated() {
                    let v = UInt8(truncatingIfNeeded: s[i].value)
                    buffer[k] = v >= 65 && v <= 90 ? v + 32 : v
                }
                return r.count
            }
        }
        var view = String.UnicodeScalarView()
        for i in r {
            let c = s[i]
            if c.isASCII {
                let v = c.value
                view.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : c)
            } else if c == "\u{2019}" {
                view.append("'")
            } else if c.properties.isUppercase {
                view.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                view.append(c)
            }
        }
        return String(view)
    }
}
