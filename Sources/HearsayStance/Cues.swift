import HearsayText

/// Small lexicons of the words reporters use to deny, hedge, negate and confirm. They
/// are general English reporting vocabulary, not any story's wording; the classifier
/// learns how much each family counts, and the claims stage reads them directly.
public enum Cues {
    /// Words that call a claim false or take it back.
    public static let refuting: [String] = [
        "fake", "fakes", "faked", "fraud", "fraudulent", "hoax", "hoaxes", "false", "falsely", "deny", "denies",
        "denied", "denying", "denial", "denials", "debunk", "debunks", "debunked", "debunking", "refute",
        "refutes", "refuted", "refuting", "retract", "retracts", "retracted", "retraction", "untrue", "bogus",
        "fabricated", "fabrication", "myth", "satire", "satirical", "nonsense", "baseless", "unfounded",
        "dismiss", "dismissed", "dismisses", "reject", "rejected", "rejects", "dispute", "disputed",
        "disputes", "contradict", "contradicts", "contradicted", "wrong", "misleading", "incorrect", "spoof",
        "prank", "scam", "doctored", "photoshopped", "rubbish", "rubbished", "inaccurate", "erroneous",
    ]

    /// Plain negation.
    public static let negating: [String] = [
        "not", "no", "never", "nothing", "none", "neither", "nor", "without", "dont", "doesnt", "didnt", "isnt",
        "wasnt", "arent", "werent", "cant", "cannot", "couldnt", "wont", "wouldnt", "hasnt", "havent", "hadnt",
    ]

    /// Words that attribute or soften a claim instead of asserting it.
    public static let hedging: [String] = [
        "reportedly", "allegedly", "alleged", "apparently", "purportedly", "purported", "rumor", "rumors",
        "rumour", "rumours", "rumored", "rumoured", "unconfirmed", "unverified", "claim", "claims", "claimed",
        "claiming", "may", "might", "could", "possibly", "perhaps", "likely", "suggest", "suggests",
        "suggested", "appears", "seems", "according", "report", "reports", "reported", "sources",
        "speculation", "speculate", "speculated", "believed", "supposedly", "if",
    ]

    /// Words that confirm or show a claim.
    public static let supporting: [String] = [
        "confirm", "confirms", "confirmed", "confirming", "confirmation", "announced", "announces", "official",
        "officially", "revealed", "reveals", "proof", "proved", "proves", "proven", "verified", "true",
        "indeed", "actually", "admitted", "admits", "acknowledged", "acknowledges",
    ]

    /// Words that, negated, deny ("not true", "isn't real", "no evidence").
    public static let truth: [String] = [
        "true", "real", "genuine", "authentic", "accurate", "happening", "happen", "happened", "evidence", "truth", "basis",
    ]

    /// Words that open a headline when it attributes what follows to someone.
    public static let attributing: [String] = ["report", "reports", "rumor", "rumour", "sources", "source", "exclusive", "claim"]

    public static let truthHashes = WordHashes.set(truth)
    public static let attributingHashes = WordHashes.set(attributing)
    public static let refutingHashes = WordHashes.set(refuting)
    public static let negatingHashes = WordHashes.set(negating)
    public static let hedgingHashes = WordHashes.set(hedging)
    public static let supportingHashes = WordHashes.set(supporting)
    public static let stopwordHashes = WordHashes.set(Array(stopwords))

    /// Function words, for finding a claim's content words. Wider than
    /// `Tokens.stopwords`: reporting verbs and pronoun forms carry no topic either.
    public static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
        "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "me", "him", "them",
        "us", "do", "does", "did", "has", "have", "had", "will", "would", "can", "should", "shall", "so",
        "than", "then", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "all", "any", "both", "each", "more", "most", "other", "some", "such", "only", "own", "same", "too",
        "very", "just", "also", "about", "into", "over", "after", "before", "up", "down", "out", "off", "again",
        "once", "said", "says", "say", "s", "t", "one", "while", "because", "until", "between", "through",
        "during", "under", "few", "many", "much", "now", "even", "still", "yet", "however", "although",
        "though", "get", "got", "im", "hes", "shes", "theyre", "youre", "new", "via", "per",
        "amid", "upon", "onto", "told", "tells", "tell", "according", "report", "reports", "reported",
    ]
}
