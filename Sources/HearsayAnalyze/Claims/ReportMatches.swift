import HearsayText

extension ClaimEvidence {
    /// "The union said the story matched what its members had been telling it", "X, the
    /// campaign group, said the report echoed what it had heard": a party saying the report
    /// agrees with what it knew corroborates it, the way outlets tell a third party backing a
    /// story (a union, a campaign, a rival) that cannot confirm it first hand. Returns the
    /// sayer's party. The clause must open on the report ("the story", "this report", "the
    /// Ledger's report") and its verb of agreeing, with no negation anywhere in it.
    static func saysTheReportMatches(_ t: [WordToken], parties: inout Parties, namedBefore: (String, Int) -> String?) -> Int? {
        for (sayer, clause) in saidClauses(t) {
            guard agreesWithReport(clause.filter(\.isWordOrNumber).map(\.lower)), !hasNegator(clause) else { continue }
            if let p = sayerParty(sayer, parties: &parties, namedBefore: namedBefore) { return p }
        }
        return nil
    }

    /// Each verb of saying outside quotation marks (and after any dateline) as the words
    /// before it and the clause it reports.
    static func saidClauses(_ t: [WordToken]) -> [(sayer: [WordToken], clause: [WordToken])] {
        let quoted = insideQuotationMarks(t)
        let start = t.count - withoutDateline(t).count
        return t.indices.filter { $0 > start && !quoted[$0] && ClaimLexicon.sayingVerbs.contains(t[$0].lower) }.map { i in
            (Array(t[start..<i]), complement(t, after: clauseOpening(t, after: i) - 1))
        }
    }

    /// "The union said its members had been briefed on a limit of two calls a day": a party
    /// saying its people were told the news (told, briefed, shown, informed; two of the claim's
    /// words in what they were told; nothing negated, "the opposite" or "nothing" told) heard it
    /// from the principal, as `toldPassively` reads it in a quotation. Returns the sayer's party.
    static func saysItWasTold(_ t: [WordToken], parties: inout Parties, claimWords: Set<String>, namedBefore: (String, Int) -> String?) -> Int? {
        for (sayer, clause) in saidClauses(t) {
            let words = clause.filter(\.isWordOrNumber).map(\.lower)
            guard let told = words.prefix(7).firstIndex(where: { ["told", "briefed", "shown", "informed", "notified"].contains($0) }),
                told >= 2, ["been", "was", "were"].contains(words[told - 1]) || told >= 3 && ["been", "was", "were"].contains(words[told - 2]),
                !hasNegator(clause), !words.contains(where: { ["nothing", "opposite", "otherwise", "if"].contains($0) })
            else { continue }
            let what = words[(told + 1)...].map(ClaimWords.stem)
            guard ClaimWords.related(Array(what), claimWords) >= 2 else { continue }
            if let p = sayerParty(sayer, parties: &parties, namedBefore: namedBefore) { return p }
        }
        return nil
    }

    /// The party of the one who says, from the words before the verb of saying.
    static func sayerParty(_ before: [WordToken], parties: inout Parties, namedBefore: (String, Int) -> String?) -> Int? {
        guard let subject = sayer(before) else { return nil }
        // "Save Our Parishes, the campaign group ...": a name in full, which the party list
        // may lack, since its first word reads as a verb.
        let words = subject.filter(\.isWordOrNumber).drop { ClaimLexicon.determiners.contains($0.lower) }
        if words.count >= 2, words.allSatisfy(\.isCapitalized), let p = parties.onRecord(words.map(\.text).joined(separator: " ")) { return p }
        if let p = closingSpeaker(subject, parties: &parties, namedBefore: namedBefore) { return p }
        // "the union representing ambulance staff", named in full only further on: the
        // one body the story names with that kind.
        if let kind = kindReference(subject) {
            if let p = parties.onlyBody(containing: kind) { return p }
            if let full = Parties.onlyBodyOfKindOf(kind, in: parties.textTokens), let p = parties.onRecord(full) { return p }
        }
        return nil
    }

    /// The opening words of a clause: the report ("the story", "its report", "the Ledger's
    /// story") and right after it a verb of agreeing ("matched", "echoed", "bore out", "was
    /// consistent with").
    static func agreesWithReport(_ words: [String]) -> Bool {
        // `clauseOpening` may have passed the determiner already.
        var noun = ["the", "this", "that", "its", "their"].contains(words.first ?? "") ? 1 : 0
        // "the Ledger's story": an outlet's possessive between the determiner and the noun.
        if noun < words.count, words[noun].hasSuffix("'s") || words[noun].hasSuffix("\u{2019}s") { noun += 1 }
        guard noun + 1 < words.count, ClaimLexicon.upheldNouns.contains(words[noun]) else { return false }
        let verb = words[noun + 1]
        if ClaimLexicon.agreeingVerbs.contains(verb) { return true }
        if ["bore", "bears", "borne"].contains(verb) { return noun + 2 < words.count && words[noun + 2] == "out" }
        return ["was", "is", "were", "are"].contains(verb) && noun + 2 < words.count && words[noun + 2] == "consistent"
    }

    /// The one who says: the sentence's head before an apposition or a relative clause ("Save
    /// Our Parishes, the campaign group fighting the closures, said", "X, which represents
    /// the lines, said"), else the words after the last comma,
    /// a leading conjunction dropped ("But the union ... said").
    static func sayer(_ before: [WordToken]) -> [WordToken]? {
        let commas = before.indices.filter { before[$0].text == "," }
        var subject: ArraySlice<WordToken>
        if commas.count == 2, commas[1] == before.count - 1 || before[(commas[1] + 1)...].allSatisfy({ !$0.isWordOrNumber }),
            commas[0] > 0, ["the", "a", "an", "which", "who"].contains(before[commas[0] + 1].lower)
        {
            subject = before[..<commas[0]]
        } else {
            subject = before[((commas.last ?? -1) + 1)...]
        }
        subject = subject.drop { !$0.isWordOrNumber || ["but", "and", "yet", "meanwhile"].contains($0.lower) }
        let words = subject.filter(\.isWordOrNumber)
        guard (1...6).contains(words.count), !words.contains(where: { ClaimLexicon.clauseOpeners.contains($0.lower) }) else { return nil }
        return Array(subject)
    }
}

extension Parties {
    /// The one body (not a person) whose name holds `kind` as a word ("Union of Ambulance
    /// Workers" for "union"); nil when none or several do.
    func onlyBody(containing kind: String) -> Int? {
        let named = entities.indices.filter { !isPerson($0) && entities[$0].forms.contains { $0.count >= 2 && $0.contains(kind) } }
        return named.count == 1 ? named[0] : nil
    }
}
