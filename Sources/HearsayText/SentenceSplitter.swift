/// Splits a paragraph into sentences. It survives titles and abbreviations ("Rep.",
/// "Co.", "No. 10"), initials ("James P. Kellner"), dotted acronyms ("U.S."), decimals,
/// ellipses inside quotes and closing quotation marks or brackets after the full stop.
public enum SentenceSplitter {
    /// Abbreviations after which a full stop never ends a sentence: they always
    /// precede something (a name, a number).
    static let prefixAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "rep", "reps", "sen", "sens", "gov", "gen", "col", "lt", "sgt",
        "capt", "cmdr", "adm", "maj", "cpl", "pvt", "rev", "fr", "hon", "pres", "supt", "det", "insp",
        "st", "ste", "mt", "no", "nos", "vol", "fig", "art", "sec", "ch", "pp", "vs", "v", "cf", "approx",
        "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "e.g", "i.e", "etc", "ca", "op", "ed", "eds", "messrs", "mme", "mlle",
    ]
    /// Abbreviations that usually sit mid-sentence but can end one ("... Ford Motor Co.").
    static let suffixAbbreviations: Set<String> = [
        "inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "bros", "ave", "blvd", "rd", "al",
    ]
    /// Words that open sentences but never follow a company suffix or acronym inside a
    /// name: seeing one after "Inc." or "U.S." means a new sentence began.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those",
        "but", "and", "or", "so", "yet", "in", "on", "at", "as", "for", "if", "when", "while", "after",
        "before", "there", "its", "his", "her", "their", "our", "my", "however", "meanwhile", "still",
        "also", "both", "some", "many", "most", "no", "not", "what", "why", "how", "who", "shares",
    ]

    /// Marks that may open a sentence, in every convention `QuoteMarks` reads (» ” › open
    /// German, Danish and Swedish quotations), and opening brackets.
    static func isOpenQuoteOrBracket(_ c: Unicode.Scalar) -> Bool {
        "\"'\u{201C}\u{2018}(\u{00AB}[\u{201E}\u{201A}\u{2039}\u{00BB}\u{201D}\u{203A}\u{201F}".unicodeScalars.contains(c)
    }

    /// Marks that may follow a sentence's full stop: closing quotation marks of every
    /// convention (“ and ‘ close German quotations, « and ‹ German guillemets) and brackets.
    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        "\"'\u{201D}\u{2019})]\u{00BB}\u{201C}\u{2018}\u{00AB}\u{203A}\u{2039}".unicodeScalars.contains(c)
    }

    /// The no-break and thin spaces that French typography puts inside guillemets.
    static func isInnerSpace(_ c: Unicode.Scalar) -> Bool {
        c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}"
    }

    static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    /// Sentence ranges inside `range`, trimmed of white space.
    public static func split(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = s[i]
            guard isTerminal(c) else { i += 1; continue }
            // Run of terminal punctuation and closers: "?!", "...", ".\u{201D}", ".)".
            var j = i + 1
            while j < end && (isTerminal(s[j])) { j += 1 }
            // French sets a thin or no-break space before a closing guillemet ("mai. »").
            while j < end && (isCloser(s[j]) || isInnerSpace(s[j]) && j + 1 < end && isCloser(s[j + 1])) { j += 1 }
            // A sentence ends only before white space.
            guard j < end, s[j].properties.isWhitespace else { i = j; continue }
            var k = j
            while k < end && s[k].properties.isWhitespace { k += 1 }
            guard k < end else { break }
            if c == "." && j == i + 1 && !endsSentence(s, periodAt: i, nextAt: k, end: end) {
                i = k
                continue
            }
            // Ellipsis followed by lower case continues the sentence.
            let next = s[k]
            if next.properties.isLowercase { i = k; continue }
            if !(next.properties.isUppercase || next.properties.numericType != nil
                || isOpenQuoteOrBracket(next) || next == "\u{2014}" || next == "-" || next.properties.isAlphabetic)
            {
                i = k
                continue
            }
            out.append(trim(s, start..<j))
            start = k
            i = k
        }
        if start < end { out.append(trim(s, start..<end)) }
        return out.filter { !$0.isEmpty }.flatMap { capped(s, $0) }
    }

    /// The longest run the splitter hands on as one sentence. Real sentences stay far
    /// below it (a long one is 500 characters); past it the text is a list, a table or
    /// garbage without full stops, and the later stages, which look back along a
    /// sentence for each word, would take time quadratic in its length.
    public static let maxSentenceScalars = 3_000

    /// `r` cut at white space into pieces no longer than `maxSentenceScalars`.
    static func capped(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>] {
        guard r.count > maxSentenceScalars else { return [r] }
        var pieces: [Range<Int>] = []
        var start = r.lowerBound
        while r.upperBound - start > maxSentenceScalars {
            var cut = start + maxSentenceScalars
            while cut > start + maxSentenceScalars / 2, !s[cut].properties.isWhitespace { cut -= 1 }
            if !s[cut].properties.isWhitespace { cut = start + maxSentenceScalars }
            pieces.append(trim(s, start..<cut))
            start = cut
        }
        pieces.append(trim(s, start..<r.upperBound))
        return pieces.filter { !$0.isEmpty }
    }

    /// Decides whether the full stop at `p` ends its sentence, looking at the word
    /// before it and the word after.
    static func endsSentence(_ s: [Unicode.Scalar], periodAt p: Int, nextAt k: Int, end: Int) -> Bool {
        // The word before the full stop, dots included ("U.S", "e.g").
        var a = p
        while a > 0 && (s[a - 1].properties.isAlphabetic || s[a - 1] == ".") { a -= 1 }
        let word = String(String.UnicodeScalarView(s[a..<p]))
        let lower = word.lowercased()
        let nextWord = wordAt(s, k, end).lowercased()
        if word.isEmpty { return true }
        // A single capital letter is an initial ("James P. Kellner"), except "I".
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase, word != "I" {
            return sentenceOpeners.contains(nextWord) && nextWord != "a"
        }
        if prefixAbbreviations.contains(lower) { return false }
        // Dotted acronyms ("U.S", "U.K") and company suffixes end a sentence only when
        // the next word is one that opens sentences.
        if word.contains(".") || suffixAbbreviations.contains(lower) {
            return sentenceOpeners.contains(nextWord)
        }
        return true
    }

    static func wordAt(_ s: [Unicode.Scalar], _ k: Int, _ end: Int) -> String {
        var i = k
        while i < end && isOpenQuoteOrBracket(s[i]) { i += 1 }
        var j = i
        while j < end && s[j].properties.isAlphabetic { j += 1 }
        return String(String.UnicodeScalarView(s[i..<j]))
    }

    static func trim(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b && s[a].properties.isWhitespace { a += 1 }
        while b > a && s[b - 1].properties.isWhitespace { b -= 1 }
        return a..<b
    }
}
