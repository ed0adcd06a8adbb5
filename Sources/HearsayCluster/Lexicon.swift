import HearsayText

/// Hashed word lists the term extractor checks on every token, built once from small general
/// lexicons (function words, months, weekdays): comparing hashes avoids making a `String`
/// per token.
enum Lexicon {
    /// Function words plus the words of attribution that every news story repeats.
    static let stopwords: Set<UInt64> = hashes(
        Tokens.stopwords.union(["mr", "mrs", "ms", "according", "told", "hers"]))

    /// Capitalised but never a name: a month or weekday opening a date is not an entity.
    static let calendarWords: Set<UInt64> = hashes(
        Set(DateText.englishMonths.keys).union([
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        ]))

    /// The scheme and host of a web address carry the outlet, not the event.
    static let urlOpeners: Set<UInt64> = hashes(["http", "https", "www"])

    /// Articles, pronouns and conjunctions that French and Italian join to the next word
    /// with an apostrophe ("l'", "qu'", "dell'").
    static let elisions: Set<UInt64> = hashes([
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
        "dell", "nell", "dall", "sull", "all", "un",
    ])

    /// What to skip in an article of each language: index 0 is English (or unknown), index i
    /// adds the function words of `FunctionWords.languages[i - 1]`.
    static let stopwordsByLanguage: [Set<UInt64>] =
        [stopwords] + FunctionWords.languages.map { stopwords.union(hashes($0.words)) }

    /// For each foreign function word, a bit per language it belongs to (bit i - 1 for index i).
    static let foreignFunctionWords: [UInt64: UInt32] = {
        var out: [UInt64: UInt32] = [:]
        for (i, language) in FunctionWords.languages.enumerated() {
            for h in hashes(language.words) { out[h, default: 0] |= 1 << UInt32(i) }
        }
        return out
    }()

    /// The language of a text from its first words: the index (as in `stopwordsByLanguage`)
    /// of the foreign language whose function words outnumber the English ones, else 0.
    /// A quoted phrase or a name in another language does not tip an English article.
    static func language(of tokens: ArraySlice<Token>) -> UInt8 {
        var hits = [Int](repeating: 0, count: FunctionWords.languages.count + 1)
        for t in tokens {
            if stopwords.contains(t.hash) { hits[0] += 1 }
            guard var mask = foreignFunctionWords[t.hash] else { continue }
            while mask != 0 {
                hits[mask.trailingZeroBitCount + 1] += 1
                mask &= mask - 1
            }
        }
        var best = 0
        for i in hits.indices.dropFirst() where hits[i] > hits[best] { best = i }
        return best > 0 && hits[best] >= 3 ? UInt8(best) : 0
    }

    static func hashes(_ words: Set<String>) -> Set<UInt64> {
        Set(words.map { StableHash.fnv1a($0) })
    }
}
