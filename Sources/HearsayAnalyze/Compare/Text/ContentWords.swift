import HearsayText

/// Topic words of a text: lower case, without function words. Used to tell whether two
/// sentences speak of the same thing.
enum ContentWords {
    static func set(_ text: String) -> Set<String> {
        Set(Tokens.words(text).filter { !Tokens.stopwords.contains($0) })
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let shared = a.intersection(b).count
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// Share of `a` found in `b`.
    static func containment(_ a: Set<String>, in b: Set<String>) -> Double {
        guard !a.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.count)
    }
}
