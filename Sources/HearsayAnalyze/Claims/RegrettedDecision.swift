import HearsayModel
import HearsayText

extension ClaimEvidence {
    /// "This is the hardest decision I have had to make", "the decision had been taken with a
    /// heavy heart", "the decision had not been taken lightly", "this was not an easy decision":
    /// whoever calls a decision painful owns it as taken, as the heads of a body word the news of
    /// a closure, a sacking or a cap they chose, seldom repeating the change itself. Only the
    /// decision's own clause is read: a modal or "if" before or after it ("difficult decisions
    /// may have to be made"), "no"/"any" before it, or a question says nothing of the kind.
    static func regretsTheDecision(_ t: [WordToken]) -> Bool {
        var sentence: [String] = []
        for (k, token) in t.enumerated() {
            let ends = [".", "!", "?", ";"].contains(token.text)
            if token.isWordOrNumber { sentence.append(token.lower) }
            if !ends && k < t.count - 1 { continue }
            defer { sentence = [] }
            if token.text == "?" { continue }
            if regrets(sentence) { return true }
        }
        return false
    }

    private static func regrets(_ w: [String]) -> Bool {
        for d in w.indices where ["decision", "decisions"].contains(w[d]) {
            let before = w[max(0, d - 6)..<d]
            guard !before.contains(where: { undecidedWords.contains($0) }) else { continue }
            // The clause after the noun, up to its next conjunction.
            let after = w[(d + 1)...].prefix { !["and", "but", "or"].contains($0) }.prefix(9)
            guard !after.contains(where: { undecidedWords.contains($0) && $0 != "any" }) else { continue }
            let near = w[max(0, d - 3)..<d]
            if near.contains(where: regretAdjectives.contains) { return true }
            // "not an easy decision", "never an easy decision".
            if let e = near.lastIndex(where: { ["easy", "easiest", "light"].contains($0) }),
                w[max(0, e - 3)..<e].contains(where: { ClaimLexicon.isNegation($0) })
            {
                return true
            }
            let rest = Array(after)
            // "with a heavy heart", "with heavy hearts".
            if let h = rest.firstIndex(where: { $0 == "heart" || $0 == "hearts" }), h > 0, rest[h - 1] == "heavy" { return true }
            // "had not been taken lightly": the one negation that grants the decision.
            if let l = rest.firstIndex(of: "lightly"), rest[..<l].contains(where: { ClaimLexicon.isNegation($0) }) { return true }
            if let r = rest.firstIndex(of: "regret"), r > 0, ["with", "great", "deep", "much"].contains(rest[r - 1]) { return true }
            if rest.contains("reluctantly") { return true }
        }
        return false
    }

    static let regretAdjectives: Set<String> = [
        "difficult", "hard", "harder", "hardest", "tough", "tougher", "toughest", "painful", "agonising", "agonizing",
        "heartbreaking", "heart-breaking", "sad", "saddest", "heavy", "wrenching", "gut-wrenching",
    ]
    /// Words that leave a decision to come or unmade.
    static let undecidedWords: Set<String> = [
        "if", "whether", "unless", "would", "could", "might", "may", "will", "shall", "should", "no", "any",
    ]

    /// The parties who call the claim's decision painful, in a quotation (its named speaker,
    /// and the claim's party his roles name) or in reported speech (the sayer), where they are
    /// not on record in that article already: a stance read from the party's own words comes
    /// first, so "difficult decisions lie ahead, but nothing is decided" stays a denial.
    static func decisionRegretted(
        _ draft: StoryDraft, parties: inout Parties, claimParties: [Int], found: [ActorFinding]
    ) -> [ActorFinding] {
        var out: [ActorFinding] = []
        func onRecord(_ p: Int, _ a: Int) -> Bool { (found + out).contains { $0.party == p && $0.article == a } }
        let people = Set(draft.story.people.map { Tokens.words($0.name) })
        for q in draft.story.quotes {
            guard let a = draft.index(ofArticle: q.article), let speaker = q.speaker else { continue }
            let doc = draft.documents[a]
            // "said the decision had been taken \"with a heavy heart\"": the words leading in.
            let leadIn = doc.sentenceIndex(containing: q.span.start).map { ClaimWords.tokens(doc, doc.sentences[$0].range.lowerBound..<q.span.start) } ?? []
            guard regretsTheDecision(leadIn.filter { ![".", "!", "?", ";"].contains($0.text) } + ClaimWords.tokens(doc, q.span.range)) else { continue }
            let roles = ([q.role] + (draft.story.people.first { $0.name == speaker }?.roles ?? [])).compactMap { $0 }
            var who = parties.mentioned(in: withoutPossessives(([speaker] + roles).joined(separator: " "))).filter(claimParties.contains)
            // A person the story names in full speaks in her own name: a letter or a post does not.
            if Tokens.words(speaker).count >= 2, people.contains(Tokens.words(speaker)), let p = parties.onRecord(speaker) { who.append(p) }
            for p in who where !onRecord(p, a) {
                out.append(ActorFinding(party: p, stance: .supports, quote: q.id, article: a, span: q.span.range))
            }
        }
        let organisations = draft.story.organisations.flatMap { [$0.name] + $0.aliases }.map { Tokens.words($0) }
        for (a, doc) in draft.documents.enumerated() {
            let named = { (kind: String, at: Int) in
                namedBefore(kind: kind, title: draft.articles[a].title, doc, before: at, organisations: organisations)
            }
            for sentence in doc.sentences where !isEmbeddedPost(doc.string(sentence.range)) && !isQuestion(doc.string(sentence.range)) {
                let t = ClaimWords.tokens(doc, sentence.range)
                for (before, clause) in saidClauses(t) where regretsTheDecision(clause) {
                    guard let p = sayerParty(before, parties: &parties, namedBefore: named) ?? appositiveName(before).flatMap({ parties.onRecord($0) }),
                        !onRecord(p, a)
                    else { continue }
                    out.append(ActorFinding(party: p, stance: .supports, quote: nil, article: a, span: sentence.range))
                }
            }
        }
        return out
    }

    /// "The board's convener, Fiona Rutherford, said": the name set off by commas right before
    /// the verb of saying, when the words before it give a role, not a name.
    static func appositiveName(_ before: [WordToken]) -> String? {
        let commas = before.indices.filter { before[$0].text == "," }
        guard commas.count >= 2, commas[commas.count - 1] == before.count - 1 else { return nil }
        let name = before[(commas[commas.count - 2] + 1)..<commas[commas.count - 1]].filter(\.isWordOrNumber)
        guard name.count >= 2, name.count <= 4, name.allSatisfy(\.isCapitalized) else { return nil }
        return name.map(\.text).joined(separator: " ")
    }
}
