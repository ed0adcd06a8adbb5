import HearsayText

enum ClaimWords {
    /// The tokens of `range` in `doc`, names kept whole: parties are found as runs of
    /// capitalised words ("Jean-Pierre Moreau"), and a clause ends at a full stop, which
    /// the one in "U.S." is not.
    static func tokens(_ doc: TextDocument, _ range: Range<Int>) -> [WordToken] {
        WordTokens.tokens(doc.scalars, in: range, wholeNames: true)
    }

    /// The tokens of a whole text (a headline, a claim's wording, an article's title and body).
    static func tokens(_ text: String) -> [WordToken] {
        tokens(TextDocument(text), 0..<text.unicodeScalars.count)
    }

    /// Content words of a text, lightly stemmed, for comparing claims across articles.
    /// A departure from office or from a race told as a phrase ("step down", "stood aside",
    /// "pull out", "drop out") is the same event as "resign".
    static func content(_ text: String) -> Set<String> {
        let words = Tokens.words(text)
        var out: Set<String> = []
        var k = 0
        while k < words.count {
            if k + 1 < words.count, departurePhrases[words[k]]?.contains(words[k + 1]) == true {
                out.insert(stem("resign"))
                k += 2
                continue
            }
            if !Tokens.stopwords.contains(words[k]) && words[k].count > 1 { out.insert(stem(words[k])) }
            k += 1
        }
        return out
    }

    /// Verbs and the particles with which they leave an office or a race.
    static let departurePhrases: [String: Set<String>] = {
        var out: [String: Set<String>] = [:]
        for v in ["step", "steps", "stepped", "stepping", "stand", "stands", "stood", "standing"] { out[v] = ["down", "aside"] }
        for v in ["pull", "pulls", "pulled", "pulling", "drop", "drops", "dropped", "dropping", "bow", "bows", "bowed", "bowing"] { out[v] = ["out"] }
        return out
    }()
    /// Words outlets use for one event in turn: "quit", "resignation" and "withdraw" (from a
    /// race, a deal) are "resign".
    static let sameEvent: [String: String] = [
        "quit": "resign", "quitt": "resign", "resignation": "resign", "resignat": "resign", "withdraw": "resign", "withdrew": "resign",
        "withdrawal": "resign", "withdrawn": "resign",
    ]

    static func stem(_ w: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            let s = String(w.dropLast(suffix.count))
            return sameEvent[s] ?? s
        }
        return sameEvent[w] ?? w
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
