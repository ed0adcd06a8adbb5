import HearsayText

extension ClaimEvidence {
    /// Stems (or their first letters) of the verbs and nouns that tell of an ending or a
    /// change of state: a move, a closure, a sale, a departure, a cut, a delay. Only such a
    /// claim can be answered by saying that things stay as they are.
    static let changePrefixes = [
        "mov", "reloca", "clos", "shut", "leav", "quit", "resign", "sell", "sold", "sale", "axe", "axing", "scrap", "cancel", "merg",
        "exit", "depart", "replac", "sack", "withdr", "abandon", "retir", "split", "divorc", "shelv", "demoli", "recall", "oust",
        "delay", "postpon", "behind", "halt", "suspend", "transfer", "handover", "hand", "ditch", "dump", "drop", "stepp", "step",
        "cut", "end", "ban", "lose", "losing", "los", "stripp", "strip", "remov",
    ]

    static func isChangeWord(_ stem: String) -> Bool {
        changePrefixes.contains { p in p.count >= 4 ? stem.hasPrefix(p) : stem == p || stem == p + "e" || stem == p + "s" }
    }

    /// "Garrow Head is, and will remain, the home of the squadron", "Our pandas are staying",
    /// "The plant remains on schedule", "I am not going anywhere": to a claim that something ends, moves or is cut, a party saying that it
    /// stays as it is denies it. The words saying so must be the clause's own (not negated,
    /// not "until ...", not "remain closed"), and their subject the speaker ("I", "we") or a
    /// word of the claim; a claim of no change is not answered so.
    ///
    /// A claim that the change only may come ("could close as early as May") or is being
    /// weighed ("is considering closing it") is not answered by what holds now ("The scheme
    /// remains open"): that stays true until the change is made. Only continuity said of
    /// what is to come ("will remain", "is staying", "not going anywhere") answers it.
    static func assertsContinuity(_ t: [WordToken], claimWords: Set<String>, claimPossible: Bool = false) -> Bool {
        guard claimWords.contains(where: isChangeWord) else { return false }
        let tentative = claimPossible || !claimWords.isDisjoint(with: ClaimLexicon.weighingStems)
        let words = t.filter(\.isWordOrNumber).map(\.lower)
        func negated(_ i: Int) -> Bool {
            words[max(0, i - 3)..<i].contains { ClaimLexicon.negators.contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n\u{2019}t") }
        }
        // The clause's subject: the words since the last clause break before `i`.
        func subject(before i: Int) -> ArraySlice<String> {
            let start = words[..<i].lastIndex { ["and", "but", "that", "because", "while"].contains($0) }.map { $0 + 1 } ?? 0
            let own = words[max(start, i - 8)..<i]
            // "X is, and will remain, ...": the clause shares its subject with the one before.
            return own.allSatisfy(ClaimLexicon.auxiliaries.contains) ? words[max(0, i - 8)..<i] : own
        }
        func speakerOrClaim(_ s: ArraySlice<String>) -> Bool {
            s.contains { ["i", "we", "our", "my"].contains($0) } || ClaimWords.related(s.map(ClaimWords.stem), claimWords) > 0
        }
        for (i, w) in words.enumerated() {
            let next = words[(i + 1)...].prefix(3)
            if w == "nowhere", i >= 1, words[i - 1] == "going", speakerOrClaim(subject(before: i - 1)) { return true }
            if w == "anywhere", i >= 2, words[i - 1] == "going", negated(i - 1), speakerOrClaim(subject(before: i - 1)) { return true }
            guard ["remain", "remains", "stay", "stays", "staying"].contains(w), !negated(i) else { continue }
            // "will remain closed until Friday", "remains under review", "remain at risk": what
            // lasts is the change itself, or doubt about it.
            if next.contains(where: { ["until", "closed", "shut", "suspended", "uncertain", "unclear", "unknown", "under", "risk"].contains($0) }) { continue }
            // "remains a priority", "remain committed to", "remains focused": a party's
            // attitude, which holds whatever it decides; only where a thing stays is a fact.
            if let first = next.first, ["a", "an", "committed", "focused", "confident", "fully", "firmly", "very", "proud", "determined", "optimistic", "our", "my", "important", "central", "key"].contains(first) { continue }
            // "remains in the astronaut corps": where a thing stays must be the claim's place
            // ("remains at Garrow Head"), not another it keeps beside the change.
            if let first = next.first, ["in", "at", "with", "on", "inside", "within"].contains(first),
                ClaimWords.related(words[(i + 2)...].prefix(4).map(ClaimWords.stem), claimWords) == 0
            {
                continue
            }
            // A finite form: "remains", "stays", or after "will", "to", "and", "is/are".
            let finite = ["remains", "stays"].contains(w) || i >= 1 && ["will", "shall", "'ll", "and", "is", "are", "to", "we're", "i'm"].contains(words[i - 1])
            let ahead = i >= 1 && ["will", "shall", "'ll"].contains(words[i - 1]) || w == "staying"
            if tentative, !ahead { continue }
            if finite, speakerOrClaim(subject(before: i)) { return true }
        }
        return false
    }
}

extension ClaimEvidence {
    /// A claim worded as what may come ("could close", "may be sold"): a possibility, not an
    /// event, outside any quotation it carries.
    static func isPossibility(_ wording: [WordToken]) -> Bool {
        let quoted = insideQuotationMarks(wording)
        // "in May" is a month: the modal is written in lower case.
        return wording.indices.contains { !quoted[$0] && ["could", "may", "might"].contains(wording[$0].text) }
    }
}
