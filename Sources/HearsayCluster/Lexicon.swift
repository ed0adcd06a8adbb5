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

    static func hashes(_ words: Set<String>) -> Set<UInt64> {
        Set(words.map { StableHash.fnv1a($0) })
    }
}
