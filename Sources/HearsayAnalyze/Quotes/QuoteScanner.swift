import HearsayText

/// A stretch of words between quotation marks, within one paragraph.
///
/// A quotation continued over several paragraphs (each opens with a mark, only the last
/// closes) is one `QuotedSpan` per paragraph, linked by `continuesPrevious`/`continuesNext`.
struct QuotedSpan: Sendable, Hashable {
    /// Scalar offset of the opening mark.
    var open: Int
    /// The quoted words, without the marks and surrounding white space.
    var content: Range<Int>
    /// Scalar offset of the closing mark; nil when the quotation runs to the paragraph's end.
    var close: Int?
    var paragraph: Int
    var single: Bool
    var continuesPrevious = false
    var continuesNext = false
    /// Marks of two scalars each, as tokenised text writes them (`` and '').
    var wide = false

    /// Just past the last scalar of the quotation (its closing mark, or its last word).
    var end: Int { close.map { $0 + (wide ? 2 : 1) } ?? content.upperBound }
}

/// Finds quotations by their marks: straight and curly double quotes, German and Polish
/// low-high quotes, guillemets either way round, Swedish ”…”, the `` and '' of tokenised
/// text (Penn Treebank style), and single quotes (British ‘…’, German ‚…‘, ‹…›), telling
/// single quotes from apostrophes by what stands around them. Which mark closes which is
/// `QuoteMarks`.
enum QuoteScanner {
    /// A block quotation set out without marks: a paragraph of prose with no quotation mark
    /// in it, after a paragraph whose last sentence ends in a colon and introduces words
    /// ("Here is her statement:", "The post begins:", "He wrote:"). Nothing marks where an
    /// unmarked quotation ends, so it ends after its first paragraph, unless that one speaks
    /// in the first person (a letter, an appeal): then the paragraphs after it that speak in
    /// the first or second person, or are a few words long ("Please let him go."), go on
    /// with it, linked as a quotation over several paragraphs.
    static func blockQuotations(_ s: [Unicode.Scalar], paragraphs: [Range<Int>], marked: [QuotedSpan]) -> [QuotedSpan] {
        let withMarks = Set(marked.map(\.paragraph))
        var out: [QuotedSpan] = []
        var p = 1
        while p < paragraphs.count {
            defer { p += 1 }
            guard !withMarks.contains(p), !withMarks.contains(p - 1), let intro = trimmed(s, paragraphs[p - 1]), s[intro.upperBound - 1] == ":",
                let body = blockParagraph(s, paragraphs[p]), body.count >= 40, !reportsSpeech(s, body), introducesWords(s, intro)
            else { continue }
            out.append(QuotedSpan(open: body.lowerBound, content: body, close: nil, paragraph: p, single: false))
            guard personalWords(s, body) > 0 else { continue }
            while p + 1 < paragraphs.count, !withMarks.contains(p + 1), let next = blockParagraph(s, paragraphs[p + 1]),
                personalWords(s, next) > 0 || wordCount(s, next) <= 6 && !reportsSpeech(s, next)
            {
                out[out.count - 1].continuesNext = true
                var span = QuotedSpan(open: next.lowerBound, content: next, close: nil, paragraph: p + 1, single: false)
                span.continuesPrevious = true
                out.append(span)
                p += 1
            }
        }
        return out
    }

    /// A paragraph that may be part of a block quotation: prose with no double quotation mark,
    /// opening with a letter (not a list item: "• ...", "1. ...") and not with a label
    /// ("Name: ..."), ending a sentence. Its trimmed range.
    static func blockParagraph(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        guard let body = trimmed(s, r), [".", "!", "?"].contains(s[body.upperBound - 1]), s[body.lowerBound].properties.isAlphabetic,
            !opensWithLabel(s, body), !body.contains(where: { QuoteMarks.isDoubleMark(s[$0]) })
        else { return nil }
        return body
    }

    /// How many words of `r` speak in the first or second person ("I", "we", "our", "you").
    static func personalWords(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        var count = 0
        var i = r.lowerBound
        while i < r.upperBound {
            guard isWordScalar(s[i]) else {
                i += 1
                continue
            }
            var e = i
            while e < r.upperBound && (isWordScalar(s[e]) || s[e] == "'" || s[e] == "\u{2019}") { e += 1 }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: s[i..<e])
            let w = String(word)
            // "I" only as a capital; "US" in capitals is a country.
            if w == "I" || w.hasPrefix("I'") || w.hasPrefix("I\u{2019}") || Self.personalPronouns.contains(w) || Self.personalPronouns.contains(w.lowercased()) && w.dropFirst().allSatisfy(\.isLowercase) {
                count += 1
            }
            i = e
        }
        return count
    }

    static let personalPronouns: Set<String> = ["we", "my", "our", "me", "us", "you", "your", "myself", "ourselves", "we're", "we've"]

    static func wordCount(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        for i in r {
            let word = !s[i].properties.isWhitespace
            if word && !inWord { count += 1 }
            inWord = word
        }
        return count
    }

    /// A first sentence with a verb of saying ("Jo Roe warned in a speech that ...") reports
    /// someone else's words: an excerpt of reporting, whose names the article still needs
    /// as names, not one quotation.
    static func reportsSpeech(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var word = String.UnicodeScalarView()
        for i in r {
            if s[i].properties.isAlphabetic {
                word.append(s[i])
                continue
            }
            // A verb is in lower case: "Islamic State" names something.
            if word.first.map(\.properties.isLowercase) == true && Lexicon.reportingVerbs.contains(String(word)) { return true }
            // "Rep. Jo Roe", "N.Y.": a short capitalised word before a full stop is an abbreviation.
            let abbreviation = word.count < 4 && word.first.map(\.properties.isUppercase) == true
            word = String.UnicodeScalarView()
            if [".", "!", "?"].contains(s[i]) && !abbreviation && i + 1 < r.upperBound && s[i + 1] == " " { return false }
        }
        return false
    }

    /// "Roe: Hold on." or "Update: ...": a transcript's speaker or a label opens the
    /// paragraph (up to three capitalised words and a colon), so it is no one quotation.
    static func opensWithLabel(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        for _ in 0..<3 {
            guard i < r.upperBound, s[i].properties.isUppercase else { return false }
            while i < r.upperBound && (s[i].properties.isAlphabetic || s[i] == "." || s[i] == "-" || s[i] == "'") { i += 1 }
            guard i < r.upperBound else { return false }
            if s[i] == ":" { return true }
            guard s[i] == " " else { return false }
            i += 1
        }
        return false
    }

    /// A paragraph's range without the white space around it, nil when empty.
    static func trimmed(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        var a = r.lowerBound, b = r.upperBound
        while a < b && s[a].properties.isWhitespace { a += 1 }
        while b > a && s[b - 1].properties.isWhitespace { b -= 1 }
        return a < b ? a..<b : nil
    }

    /// Whether the last sentence of `r` has a verb of saying or a noun for something said or
    /// written ("statement", "post", "article"); "point" only with "out" ("the main points:"
    /// is a list).
    static func introducesWords(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var start = r.upperBound - 1
        while start > r.lowerBound && !([".", "!", "?"].contains(s[start - 1]) && s[start].properties.isWhitespace) { start -= 1 }
        var word = String.UnicodeScalarView()
        var previous = ""
        for i in start..<r.upperBound {
            if s[i].properties.isAlphabetic {
                word.append(s[i])
                continue
            }
            guard !word.isEmpty else { continue }
            let w = String(word).lowercased()
            word = String.UnicodeScalarView()
            if w == "out" && pointForms.contains(previous) { return true }
            previous = w
            if !pointForms.contains(w) && (Lexicon.reportingVerbs.contains(w) || Lexicon.speechNouns.contains(w) || Lexicon.documentNouns.contains(w)) {
                return true
            }
        }
        return false
    }

    static let pointForms: Set<String> = ["point", "points", "pointed"]

    static func scan(_ s: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [QuotedSpan] {
        var out: [QuotedSpan] = []
        // Whether the previous paragraph ended inside a quotation, and of which kind.
        var carried: Bool? = nil
        var carriedFrom = 0
        for (p, range) in paragraphs.enumerated() {
            var i = range.lowerBound
            // A caption the page dropped between two paragraphs of one quotation.
            if carried != nil && p <= carriedFrom + 3 && isCaption(s, range) { continue }
            if let single = carried {
                let first = range.lowerBound
                if single ? isSingleOpen(s, first, range) : isDoubleOpen(s, first, range) || isWideOpen(s, first, range) {
                    out[out.count - 1].continuesNext = true
                }
            }
            let continuing = carried != nil && out.last?.continuesNext == true
            carried = nil
            var firstInParagraph = true
            while i < range.upperBound {
                let c = s[i]
                let wide = isWideOpen(s, i, range)
                let double = wide || isDoubleOpen(s, i, range) && !isInchMark(s, i, range)
                let single = !double && isSingleOpen(s, i, range)
                guard double || single else {
                    i += 1
                    continue
                }
                let from = i + (wide ? 2 : 1)
                let (close, stop) = single ? (singleClose(s, from: from, in: range, opener: c), nil) : doubleClose(s, from: from, in: range, opener: c)
                // A lone single mark inside a paragraph is an apostrophe ("'tis"); only one that
                // opens the paragraph, or follows a colon or comma ("Roe said: 'We ..."), may run
                // on into the next, and then only when that one opens with a mark too, or to the
                // end of the article, whose last closing mark was lost.
                if single && close == nil && i != range.lowerBound
                    && !(introduced(s, i, range) && (opensNext(s, p, paragraphs) || endsArticle(s, p, paragraphs)))
                {
                    i += 1
                    continue
                }
                let content = trim(s, from..<(close ?? stop ?? range.upperBound))
                if !content.isEmpty {
                    var span = QuotedSpan(open: i, content: content, close: close, paragraph: p, single: single)
                    span.wide = wide || close.map { isWideClose(s, $0, range) } ?? false
                    span.continuesPrevious = continuing && firstInParagraph && i == range.lowerBound
                    out.append(span)
                    if close == nil && stop == nil {
                        carried = single
                        carriedFrom = p
                    }
                }
                firstInParagraph = false
                if let close {
                    i = close + (isWideClose(s, close, range) ? 2 : 1)
                } else if let stop {
                    i = stop
                } else {
                    break
                }
            }
        }
        return out
    }

    /// A mark after a colon or comma (and white space): where speech is introduced.
    static func introduced(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        var k = i - 1
        while k > range.lowerBound && s[k] == " " { k -= 1 }
        return k >= range.lowerBound && (s[k] == ":" || s[k] == ",")
    }

    /// Whether paragraph `p` is the article's last and ends a sentence.
    static func endsArticle(_ s: [Unicode.Scalar], _ p: Int, _ paragraphs: [Range<Int>]) -> Bool {
        guard p + 1 == paragraphs.count, !paragraphs[p].isEmpty else { return false }
        var k = paragraphs[p].upperBound - 1
        while k > paragraphs[p].lowerBound && s[k].properties.isWhitespace { k -= 1 }
        return s[k] == "." || s[k] == "!" || s[k] == "?"
    }

    /// Whether the paragraph after `p`, past captions, opens with a single quotation mark.
    static func opensNext(_ s: [Unicode.Scalar], _ p: Int, _ paragraphs: [Range<Int>]) -> Bool {
        var q = p + 1
        while q < paragraphs.count && q <= p + 3 && isCaption(s, paragraphs[q]) { q += 1 }
        return q < paragraphs.count && isSingleOpen(s, paragraphs[q].lowerBound, paragraphs[q])
    }

    /// A line with no quotation mark that ends no sentence: a photo caption, a credit or a
    /// link, which web pages set between the paragraphs of a quotation that runs on.
    static func isCaption(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard let t = trimmed(s, r) else { return true }
        if t.contains(where: { QuoteMarks.isDoubleMark(s[$0]) || QuoteMarks.isOpening(s[$0]) || s[$0] == "\u{203A}" }) { return false }
        // A single mark opening or closing the line quotes (an apostrophe inside a word does not).
        let first = s[t.lowerBound], last = s[t.upperBound - 1]
        if first == "'" || first == "\u{2019}" || last == "'" || last == "\u{2019}" { return false }
        var e = t.upperBound - 1
        while e > t.lowerBound && (s[e] == ")" || s[e] == "]") { e -= 1 }
        return !".!?:;\u{2026}".unicodeScalars.contains(s[e])
    }

    /// An opening double mark: “ „ « ‟ or a straight mark anywhere; » (German, Danish) and ”
    /// (Swedish) only where a quotation can open, at the start or after a space or an opening
    /// bracket or dash, and before a word.
    static func isDoubleOpen(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        switch s[i] {
        case "\u{201C}", "\"", "\u{201E}", "\u{00AB}", "\u{201F}": true
        case "\u{00BB}", "\u{201D}": opensHere(s, i, range)
        default: false
        }
    }

    /// Whether a mark at `i` stands where a quotation opens: at the paragraph's start or after
    /// white space, an opening bracket, a dash or a colon, and before a letter or digit.
    static func opensHere(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        guard i + 1 < range.upperBound, isWordScalar(s[i + 1]) else { return false }
        guard i > range.lowerBound else { return true }
        let before = s[i - 1]
        return before.properties.isWhitespace || before == "(" || before == "[" || before == "\u{2014}" || before == "\u{2013}"
            || before == ":"
    }

    /// `` opening a quotation in tokenised text.
    static func isWideOpen(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        s[i] == "`" && i + 1 < range.upperBound && s[i + 1] == "`"
    }

    /// '' closing a quotation in tokenised text.
    static func isWideClose(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        s[i] == "'" && i + 1 < range.upperBound && s[i + 1] == "'"
    }

    /// A mark that closes some double quotation: the marks a paragraph's trailing quotation
    /// may end with.
    static func isDoubleCloseMark(_ c: Unicode.Scalar) -> Bool {
        c == "\u{201D}" || c == "\"" || c == "\u{00BB}" || c == "\u{201C}" || c == "\u{00AB}"
    }

    /// A straight double quote right after a digit measures inches (a 55" screen).
    static func isInchMark(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        s[i] == "\"" && i > range.lowerBound && s[i - 1].properties.numericType != nil
    }

    /// The mark that closes the double quotation `opener` began (`QuoteMarks.closesDouble`);
    /// or, when another opening mark comes first, where the unclosed quotation stops (that
    /// mark); both nil when the paragraph ends first.
    static func doubleClose(_ s: [Unicode.Scalar], from start: Int, in range: Range<Int>, opener: Unicode.Scalar) -> (close: Int?, stop: Int?) {
        // "»Text»" (Swedish) closes with the opening mark, "»Text«" (German) with the other one.
        let sameMark = opener == "\u{00BB}" || opener == "\u{201D}"
        var i = start
        while i < range.upperBound {
            let c = s[i]
            if isWideClose(s, i, range) { return (i, nil) }
            if QuoteMarks.closesDouble(c, opener: opener == "`" ? Unicode.Scalar("\"") : opener) && !(sameMark && c == opener && opensHere(s, i, range)) {
                return (i, nil)
            }
            if c == "\u{201C}" || c == "\u{201E}" || c == "\u{00AB}" || c == "\u{201F}" || isWideOpen(s, i, range)
                || (c == "\u{00BB}" || c == "\u{201D}") && opensHere(s, i, range)
            {
                return (nil, i)
            }
            i += 1
        }
        return (nil, nil)
    }

    /// An opening single mark: `‘` or `'` at the start of a word, after white space, an opening
    /// bracket or a dash, before a letter or digit; `‚` and `‹` before a word; `›` where a
    /// quotation opens (`opensHere`).
    static func isSingleOpen(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        let c = s[i]
        if c == "\u{201A}" || c == "\u{2039}" { return i + 1 < range.upperBound && isWordScalar(s[i + 1]) }
        if c == "\u{203A}" { return opensHere(s, i, range) }
        guard c == "\u{2018}" || c == "'" || c == "`" else { return false }
        guard i + 1 < range.upperBound, isWordScalar(s[i + 1]) else { return false }
        if i > range.lowerBound {
            let before = s[i - 1]
            let opens = before.properties.isWhitespace || before == "(" || before == "[" || before == "\u{2014}"
                || before == "\u{2013}" || before == "-" || before == "\u{201C}" || before == "\""
            if !opens { return false }
        }
        return c == "\u{2018}" || !isElision(s, i + 1, range)
    }

    /// What follows an apostrophe that is no opening mark: a clitic split off by tokenised
    /// text ("do n't", "Roe 's", "we 're") or a decade ("the '90s").
    static func isElision(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        var e = i
        while e < range.upperBound && isWordScalar(s[e]) && e - i < 4 { e += 1 }
        if e < range.upperBound && isWordScalar(s[e]) { return false }
        var word = ""
        for k in i..<e { word.unicodeScalars.append(s[k].properties.lowercaseMapping.unicodeScalars.first ?? s[k]) }
        if ["s", "d", "m", "t", "ll", "re", "ve"].contains(word) { return true }
        let digits = word.unicodeScalars.prefix { $0.value >= 48 && $0.value <= 57 }.count
        return digits == 2 && word.count == 3 && word.hasSuffix("s")
    }

    /// The closing single mark: `’` or `'` after a non-space, before a non-letter. A mark after
    /// "s" that is followed by a word ("the Smiths’ house") is a plural possessive, used only
    /// when no other closing mark follows in the paragraph.
    static func singleClose(_ s: [Unicode.Scalar], from start: Int, in range: Range<Int>, opener: Unicode.Scalar) -> Int? {
        var fallback: Int? = nil
        var i = start
        while i < range.upperBound {
            let c = s[i]
            if isWideClose(s, i, range) || (c == "'" && s[i - 1] == "'") {
                i += 1
                continue
            }
            // Guillemets close with their partner wherever it stands.
            if opener == "\u{2039}" || opener == "\u{203A}" {
                if QuoteMarks.closesSingle(c, opener: opener) { return i }
                i += 1
                continue
            }
            if QuoteMarks.closesSingle(c, opener: opener == "`" ? Unicode.Scalar("'") : opener) && i > start && !s[i - 1].properties.isWhitespace {
                let next: Unicode.Scalar? = i + 1 < range.upperBound ? s[i + 1] : nil
                if next == nil || !isWordScalar(next!) {
                    let prev = s[i - 1]
                    let possessive = (prev == "s" || prev == "S") && next == " "
                        && i + 2 < range.upperBound && s[i + 2].properties.isAlphabetic
                    if !possessive { return i }
                    if fallback == nil { fallback = i }
                }
            }
            i += 1
        }
        return fallback
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    static func trim(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b && s[a].properties.isWhitespace { a += 1 }
        while b > a && s[b - 1].properties.isWhitespace { b -= 1 }
        return a..<b
    }
}
