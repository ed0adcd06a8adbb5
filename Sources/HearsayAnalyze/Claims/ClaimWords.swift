import HearsayText

/// A word or punctuation mark of a sentence, with where it sits in the article body.
struct ClaimToken: Sendable {
    var text: String
    var lower: String
    var range: Range<Int>
    var isWord: Bool
    var isCapitalised: Bool
}

enum ClaimWords {
    /// Words (letters, digits, inner apostrophes, hyphens and dots) and single punctuation
    /// marks of `range` in `doc`; white space is dropped.
    static func tokens(_ doc: TextDocument, _ range: Range<Int>) -> [ClaimToken] {
        let s = doc.scalars
        var out: [ClaimToken] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if c.properties.isWhitespace {
                i += 1
                continue
            }
            if isWordScalar(c) {
                var j = i + 1
                while j < range.upperBound {
                    let d = s[j]
                    if isWordScalar(d) {
                        j += 1
                    } else if (d == "'" || d == "\u{2019}" || d == "-" || d == ".") && j + 1 < range.upperBound
                        && isWordScalar(s[j + 1]) && !(d == "." && !s[j - 1].properties.isUppercase)
                    {
                        j += 2
                    } else {
                        break
                    }
                }
                let text = doc.string(i..<j)
                out.append(
                    ClaimToken(
                        text: text, lower: text.lowercased(), range: i..<j, isWord: true,
                        isCapitalised: c.properties.isUppercase))
                i = j
            } else {
                let text = String(c)
                out.append(ClaimToken(text: text, lower: text, range: i..<(i + 1), isWord: false, isCapitalised: false))
                i += 1
            }
        }
        return out
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// Content words of a text, lightly stemmed, for comparing claims across articles.
    static func content(_ text: String) -> Set<String> {
        Set(Tokens.words(text).filter { !Tokens.stopwords.contains($0) && $0.count > 1 }.map(stem))
    }

    static func stem(_ w: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            return String(w.dropLast(suffix.count))
        }
        return w
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }
}
