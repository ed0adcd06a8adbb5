import HearsayModel
import HearsayText

/// Whose figure a contradiction is, when its label names no one ("arches", "charge for
/// cars", "full value (company)"): a story is about one named thing, outlets give its
/// figures in sentences that name it, and a reader sees "arches (Ormsby Viaduct)" where the
/// label alone says nothing. The name is one the figure's own sentences give and at
/// least half the story's articles give too (what the story is about), not a person's
/// (whose figures are labelled by name already) nor an outlet's (which reports it).
enum TopicNames {
    static let quantityAttributes: Set<String> = ["number", "money", "measure", "percentage", "percentage points"]

    static func label(
        _ contradictions: inout [Contradiction], articles: [Article], documents: [TextDocument], people: [Person], outlets: [String]
    ) {
        guard articles.count >= 2 else { return }
        let sentences = zip(articles, documents).map { article, document in
            (id: article.id, document: document, names: document.sentences.map { names(WordTokens.tokens(document.scalars, in: $0.range)) })
        }
        var inArticles: [String: Int] = [:]
        for s in sentences {
            for name in Set(s.names.joined()) { inArticles[name, default: 0] += 1 }
        }
        let personWords = Set(people.flatMap { $0.name.split(separator: " ").map(String.init) })
        let reporters = Set(outlets.map { $0.lowercased() })
        func eligible(_ name: String) -> Bool {
            let n = inArticles[name] ?? 0
            return n >= 2 && 2 * n >= articles.count && !reporters.contains(name.lowercased())
                && !name.split(separator: " ").allSatisfy { personWords.contains(String($0)) }
        }
        // The one name nearly every article gives, for a figure whose sentences name nothing:
        // outlets give a figure of what the story is about without naming it again ("the fee
        // rises to £3"), and that name is what the figure is of.
        // A name with a word of a person's ("Professor Ilse Marrow", "Mr Tarrant") is a person's,
        // and one of function words alone ("The") no name.
        func storyWide(_ name: String) -> Bool {
            let words = name.split(separator: " ").map(String.init)
            return eligible(name) && !words.contains(where: personWords.contains)
                && !words.allSatisfy { Tokens.stopwords.contains($0.lowercased()) }
        }
        let mostGiven = inArticles.filter { storyWide($0.key) }.values.max() ?? 0
        let chief = inArticles.filter { storyWide($0.key) && $0.value == mostGiven }.map(\.key)
        let storyName = chief.count == 1 && mostGiven + 1 >= articles.count ? chief.first : nil
        // Only a figure of no one, or of a body the story's name may be ("saving", "claims
        // (company)"): a post's shares, a trial's weeks are of that post or trial.
        func ownerless(_ subject: String) -> Bool {
            guard let open = subject.lastIndex(of: "("), subject.hasSuffix(")") else { return true }
            let owners = subject[subject.index(after: open)..<subject.index(before: subject.endIndex)].components(separatedBy: ", ")
            return owners.allSatisfy { RoleLexicon.organisationNouns.contains($0.lowercased()) }
        }
        for c in contradictions.indices {
            let subject = contradictions[c].subject
            guard quantityAttributes.contains(contradictions[c].attribute), !subject.contains(where: \.isUppercase) else { continue }
            var candidates = Set<String>()
            for evidence in contradictions[c].values.flatMap(\.evidence) {
                guard let s = sentences.first(where: { $0.id == evidence.article }),
                    let k = s.document.sentences.firstIndex(where: { $0.range.contains(evidence.span.start) })
                else { continue }
                candidates.formUnion(s.names[k].filter(eligible))
            }
            if candidates.isEmpty, let storyName, ownerless(subject) { candidates = [storyName] }
            guard let name = candidates.max(by: { a, b in
                let (x, y) = (inArticles[a]!, inArticles[b]!)
                return x != y ? x < y : (a.count != b.count ? a.count < b.count : a > b)
            }) else { continue }
            contradictions[c].subject = subject.hasSuffix(")") ? subject.dropLast() + ", " + name + ")" : subject + " (" + name + ")"
        }
    }

    /// Runs of capitalised words ("Ormsby Viaduct", "Dane & Holt", "Lumo 3", "Vantar-2"),
    /// without a possessive's "'s". A run opening the sentence loses its function words
    /// ("The Ormsby Viaduct") and counts only when a word is left beyond its first, as any
    /// sentence's first word is capitalised.
    static func names(_ t: [WordToken]) -> [String] {
        var out: [String] = []
        var k = 0
        while k < t.count {
            guard t[k].isWord, t[k].isCapitalized, !DateExpressions.isCalendarWord(t[k]) else { k += 1; continue }
            let start = k
            var parts: [String] = []
            while k < t.count {
                let tok = t[k]
                if tok.isWord, tok.isCapitalized, !DateExpressions.isCalendarWord(tok) {
                    parts.append(tok.text)
                } else if tok.text == "&" || tok.text == "-" && tok.range.lowerBound == t[k - 1].range.upperBound, !parts.isEmpty, k + 1 < t.count,
                    t[k + 1].isCapitalized || t[k + 1].isNumber
                {
                    parts.append(tok.text)
                } else if tok.isNumber, !parts.isEmpty, tok.text.allSatisfy(\.isNumber), tok.text.count <= 2 {
                    // "Lumo 3", "Vantar-2": a model's number ends its name.
                    parts.append(tok.text)
                    k += 1
                    break
                } else {
                    break
                }
                if parts.last!.hasSuffix("'s") || parts.last!.hasSuffix("\u{2019}s") {
                    parts[parts.count - 1] = String(parts.last!.dropLast(2))
                    k += 1
                    break
                }
                k += 1
            }
            if start == 0 {
                while let first = parts.first, Tokens.stopwords.contains(first.lowercased()) { parts.removeFirst() }
                if parts.count < 2 { continue }
            }
            while let last = parts.last, last == "&" || last == "-" { parts.removeLast() }
            // "between May and September": a short month's name standing alone is the month
            // (`isCalendarWord` leaves it for the modal and a person's name inside a run).
            guard !parts.isEmpty, parts.count > 1 || DateExpressions.months[parts[0].lowercased()] == nil else { continue }
            var name = ""
            for (i, p) in parts.enumerated() {
                // Hyphens join their words as written; other parts stand apart.
                name += i == 0 || p == "-" || parts[i - 1] == "-" ? p : " " + p
            }
            out.append(name)
        }
        return out
    }
}
