/// Word tokens for comparison: lower-case, letters and digits only, apostrophes and
/// curly apostrophes removed inside words ("don't" and "don’t" both give "dont").
public enum Tokens {
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                out.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        for s in text.unicodeScalars {
            // ASCII by ranges: the Unicode property tables are slow to ask for every letter.
            if s.isASCII {
                let v = s.value
                if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
                    current.append(s)
                } else if v >= 65 && v <= 90 {
                    current.append(Unicode.Scalar(v + 32)!)
                } else if s == "'" && !current.isEmpty {
                    continue
                } else {
                    flush()
                }
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                for l in s.properties.lowercaseMapping.unicodeScalars { current.append(l) }
            } else if s == "\u{2019}" && !current.isEmpty {
                continue
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// Function words that carry no topic: used to weight or skip tokens.
    public static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
        "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your",
        "my", "me", "him", "them", "us", "not", "no", "do", "does", "did", "has", "have", "had", "will",
        "would", "can", "could", "should", "may", "might", "must", "shall", "so", "than", "then", "there",
        "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "any",
        "both", "each", "more", "most", "other", "some", "such", "only", "own", "same", "too", "very",
        "just", "also", "about", "into", "over", "after", "before", "up", "down", "out", "off", "again",
        "further", "once", "said", "says", "say", "s", "t", "new", "one", "two", "while", "because",
        "until", "against", "between", "through", "during", "above", "below", "under", "nor", "few",
        "many", "much", "now", "even", "still", "yet", "however", "although", "though",
    ]
}
