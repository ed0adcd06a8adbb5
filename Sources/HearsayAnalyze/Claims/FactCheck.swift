import HearsayText

/// A fact-check's verdict: the convention of fact-checking outlets of stating the claim
/// checked ("Claim: ...") and rating it ("Verdict: False", "Rating: False", "We rate this
/// claim false"). A rating of falsehood on a claim refutes it, which a party's denial does
/// not: the checker has looked at the evidence.
enum FactCheck {
    /// Words that open a rating line ("Our verdict: False").
    static let ratingLabels: Set<String> = ["verdict", "rating", "ruling", "conclusion"]
    /// Ratings that call the claim false; "misleading", "unproven" or "missing context"
    /// judge something short of that.
    static let falseRatings: Set<String> = [
        "false", "fake", "fabricated", "untrue", "incorrect", "wrong", "hoax", "baseless", "bogus", "unfounded", "fiction",
    ]
    /// Words that soften a rating ("Mostly false", "Partly false").
    static let softeners: Set<String> = ["mostly", "partly", "partially", "half", "largely", "somewhat"]
    /// Headline openings that name the checked claim ("Fact check: Did X ...?").
    static let headlineLabels: [[String]] = [["fact", "check"], ["fact-check"], ["factcheck"], ["fact", "checker"]]

    /// The content words of the claim an article rates false, or nil when it gives no such
    /// rating: its "Claim:" line when it has one, else its headline.
    static func refutedClaim(title: String, _ doc: TextDocument) -> Set<String>? {
        var claimLine: String?
        var ratedFalse = false
        for s in doc.sentences.indices {
            let t = ClaimWords.tokens(doc, doc.sentences[s].range)
            guard let first = t.first else { continue }
            if claimLine == nil, first.lower == "claim", t.count > 2, t[1].text == ":" {
                claimLine = doc.string(t[2].range.lowerBound..<t[t.count - 1].range.upperBound)
            }
            if ratesFalse(t) { ratedFalse = true }
        }
        guard ratedFalse else { return nil }
        return ClaimWords.content(claimLine ?? withoutLabel(title))
    }

    /// "Verdict: False", "Our rating: False.", "We rate this claim false.", "We rated the
    /// post as fake": a rating word opening the line after its label, or within a few
    /// words of "we rate", and not softened.
    static func ratesFalse(_ t: [WordToken]) -> Bool {
        let w = t.filter { $0.isWordOrNumber || $0.text == ":" }.map(\.lower)
        func rated(from k: Int, within n: Int) -> Bool {
            let after = w[k...].prefix(n)
            guard let r = after.firstIndex(where: falseRatings.contains) else { return false }
            return r == w.startIndex || !softeners.contains(w[r - 1])
        }
        // A label line: "[our|the] verdict: false ...".
        var k = 0
        if k < w.count, ["our", "the"].contains(w[k]) { k += 1 }
        if k + 2 < w.count, ratingLabels.contains(w[k]), w[k + 1] == ":" { return rated(from: k + 2, within: 1) }
        // "We rate this claim false": the checker's own rating, within a few words.
        guard let we = w.indices.first(where: { w[$0] == "we" && $0 + 1 < w.count && ["rate", "rated"].contains(w[$0 + 1]) }) else { return false }
        return rated(from: we + 2, within: 5)
    }

    /// A headline without its "Fact check:" label.
    static func withoutLabel(_ title: String) -> String {
        let doc = TextDocument(title)
        let t = ClaimWords.tokens(doc, 0..<doc.scalars.count)
        let words = t.map(\.lower)
        for label in headlineLabels where words.starts(with: label) {
            if let colon = t.firstIndex(where: { $0.text == ":" }), colon == label.count, colon + 1 < t.count {
                return doc.string(t[colon + 1].range.lowerBound..<doc.scalars.count)
            }
        }
        return title
    }

    /// Whether the claim a fact-check rates is `claim`: three of its words at least are
    /// the claim's, and they are two in five of its own or half of the claim's (a "Claim:"
    /// line states the claim in full, with details the claim's shorter wording leaves
    /// out), so a check of a side rumour that names the same people does not judge the
    /// core claim.
    static func checks(_ checked: Set<String>, claim claimWords: Set<String>) -> Bool {
        guard !checked.isEmpty else { return false }
        let shared = ClaimWords.related(Array(checked), claimWords)
        return shared >= 3 && (shared * 5 >= checked.count * 2 || shared * 2 >= claimWords.count)
    }
}
