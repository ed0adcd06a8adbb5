import HearsayText

enum ClaimWords {
    /// The tokens of `range` in `doc`, names kept whole: parties are found as runs of
    /// capitalised words ("Jean-Pierre Moreau"), and a clause ends at a full stop, which
    /// the one in "U.S." is not.
    static func tokens(_ doc: TextDocument, _ range: Range<Int>) -> [WordToken] {
        WordTokens.tokens(doc.scalars, in: range, wholeNames: true)
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

    /// How many of `words` (stems) match a word of `other`: the same stem, or the same
    /// first four letters ("closure" and "close", "seizure" and "seize"), which the light
    /// stemmer leaves apart.
    static func related(_ words: [String], _ other: Set<String>) -> Int {
        let prefixes = Set(other.filter { $0.count >= 4 }.map { $0.prefix(4) })
        return Set(words).count { other.contains($0) || $0.count >= 4 && prefixes.contains($0.prefix(4)) }
    }
}
