/// A word, number or punctuation mark of a text, with its scalar offsets.
public struct WordToken: Sendable, Hashable {
    public enum Kind: Sendable { case word, number, punctuation }

    public var range: Range<Int>
    public var text: String
    /// `text` in lower case, made once: the stages compare it many times per token.
    public var lower: String
    public var kind: Kind

    public init(range: Range<Int>, text: String, kind: Kind) {
        self.range = range
        self.text = text
        self.lower = kind == .punctuation ? text : text.lowercased()
        self.kind = kind
    }

    public var isCapitalized: Bool { text.unicodeScalars.first.map(WordTokens.isUppercase) ?? false }
    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    /// Anything but punctuation: what a reader counts as a word of the sentence.
    public var isWordOrNumber: Bool { kind != .punctuation }
}

/// The one word splitter of the analysis stages.
///
/// - Numbers are ASCII digits with their thousands groups and decimals ("10,000", "2.5").
///   Letters glued to a number make a word ("5bn", "10m"), except an ordinal suffix
///   ("2nd" stays a number).
/// - Words are runs of Unicode letters and ASCII digits ("Zürich", "MP3"), with inner
///   apostrophes and hyphens ("don't", "long-awaited"). A hyphen before a capital or a
///   digit splits ("mid-February", "mid-2024", "Ford-Xiaomi"), so that a date or a name
///   stands alone.
/// - Every other non-space scalar is a punctuation token of its own, fractions and
///   superscripts included ("3½" gives "3" and "½").
///
/// `wholeNames` keeps initials and hyphenated capitals in one word ("U.S." gives "U.S" and
/// "."; "Jean-Pierre", "Coca-Cola"), for readers that find names as runs of capitalised
/// words and take a full stop for the end of a clause. Without it they come apart ("J",
/// ".", "K", "."; "January", "-", "March"), as the date and title readers expect.
public enum WordTokens {
    public static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>, wholeNames: Bool = false) -> [WordToken] {
        var out: [WordToken] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = s[i]
            if isSpace(c) {
                i += 1
                continue
            }
            if isDigit(c) {
                var j = i + 1
                while j < end {
                    if isDigit(s[j]) {
                        j += 1
                    } else if (s[j] == "," || s[j] == ".") && j + 1 < end && isDigit(s[j + 1])
                        && (s[j] == "." || isThousandsGroup(s, j + 1, end))
                    {
                        j += 1
                    } else {
                        break
                    }
                }
                var k = j
                while k < end && isLetter(s[k]) { k += 1 }
                out.append(WordToken(range: i..<k, text: string(s, i..<k), kind: k > j && !isOrdinalSuffix(s, j..<k) ? .word : .number))
                i = k
                continue
            }
            if isLetter(c) {
                var j = i + 1
                while j < end {
                    // "ClassicalInsider_", "harvest_watch": only usernames write underscores,
                    // inside or at the end of the name.
                    if isLetter(s[j]) || isDigit(s[j]) || s[j] == "_" {
                        j += 1
                    } else if j + 1 < end && isLetter(s[j + 1]) && joins(s, j, first: c, wholeNames: wholeNames) {
                        j += 1
                    } else {
                        break
                    }
                }
                out.append(WordToken(range: i..<j, text: string(s, i..<j), kind: .word))
                i = j
                continue
            }
            out.append(WordToken(range: i..<(i + 1), text: String(Character(c)), kind: .punctuation))
            i += 1
        }
        return out
    }

    public static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    // ASCII first: Unicode property lookups were a fifth of `analyze`'s time, and news
    // text is mostly ASCII. Same answers as the properties for every scalar.
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A : c.properties.isAlphabetic
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) : c.properties.isWhitespace
    }

    @inline(__always) public static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
    }
    /// Whether `s[j]`, before a letter, stays inside the word that opens with `first`.
    static func joins(_ s: [Unicode.Scalar], _ j: Int, first: Unicode.Scalar, wholeNames: Bool) -> Bool {
        switch s[j] {
        case "'", "\u{2019}", "\u{2010}", "\u{2011}": return true
        case "-": return !isUppercase(s[j + 1]) || wholeNames && isUppercase(first)
        case ".": return wholeNames && isUppercase(s[j - 1])
        default: return false
        }
    }

    static func isThousandsGroup(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        guard i + 3 <= end else { return false }
        for k in i..<(i + 3) where !isDigit(s[k]) { return false }
        return i + 3 == end || !isDigit(s[i + 3])
    }

    static func isOrdinalSuffix(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        ["st", "nd", "rd", "th"].contains(string(s, r).lowercased())
    }

    public static func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[r])
        return String(v)
    }
}
