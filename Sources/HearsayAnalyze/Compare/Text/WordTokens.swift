/// A word or punctuation mark in an article body, with its scalar offsets.
struct WordToken: Sendable, Hashable {
    enum Kind: Sendable { case word, number, punctuation }

    var range: Range<Int>
    var text: String
    var kind: Kind

    var lower: String { text.lowercased() }
    var isCapitalized: Bool { text.unicodeScalars.first?.properties.isUppercase ?? false }
    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
}

/// Splits text into words, numbers and single punctuation marks. Numbers keep their
/// thousands separators and decimals ("10,000", "2.5"); words keep inner apostrophes and
/// hyphens ("don't", "Ford-Xiaomi") but a hyphen before a capital or digit splits
/// ("mid-February", "mid-2024") so that the date or name stands alone.
enum WordTokens {
    static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>) -> [WordToken] {
        var out: [WordToken] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = s[i]
            if c.properties.isWhitespace {
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
                // An ordinal or unit glued to the number ("2nd", "5bn", "10m") is a word.
                var k = j
                while k < end && s[k].properties.isAlphabetic { k += 1 }
                out.append(WordToken(range: i..<k, text: string(s, i..<k), kind: k > j && !isOrdinalSuffix(s, j..<k) ? .word : .number))
                i = k
                continue
            }
            if isLetter(c) {
                var j = i + 1
                while j < end {
                    if isLetter(s[j]) || isDigit(s[j]) {
                        j += 1
                    } else if isInnerJoiner(s[j]) && j + 1 < end && isLetter(s[j + 1])
                        && !(s[j] == "-" && (s[j + 1].properties.isUppercase))
                    {
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

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    static func isInnerJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }

    static func isThousandsGroup(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        guard i + 3 <= end else { return false }
        for k in i..<(i + 3) where !isDigit(s[k]) { return false }
        return i + 3 == end || !isDigit(s[i + 3])
    }

    static func isOrdinalSuffix(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        ["st", "nd", "rd", "th"].contains(string(s, r).lowercased())
    }

    static func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[r])
        return String(v)
    }
}
