import HearsayModel
import HearsayText

extension ClaimEvidence {
    /// "The interior ministry said no foreign executive had been detained this month", "The
    /// aviation directorate said it issued no notice restricting flights", "the agency said it
    /// had received no report of an outbreak": an official body that would have to know of
    /// the event (a ministry, regulator, police force, directorate) saying it has no record of
    /// it denies a condition of the claim, though the claim does not name it. The clause must
    /// negate ("no", "none", "not ... any", "never") before one of the claim's facts (its words
    /// that are no names) within eight words, with no guess ("may", "if") and no refusal to
    /// comment. A claim that a party only weighs a step ("weighs early closure") is not denied
    /// so: no request is made while it is weighed. Returns the body's party.
    static func officialFindsNone(
        _ t: [WordToken], parties: inout Parties, claimFacts: Set<String>, namedBefore: (String, Int) -> String?
    ) -> Int? {
        guard claimFacts.isDisjoint(with: ClaimLexicon.weighingStems) else { return nil }
        let quoted = insideQuotationMarks(t)
        let start = t.count - withoutDateline(t).count
        for i in t.indices where i > start && !quoted[i] && (ClaimLexicon.sayingVerbs.contains(t[i].lower) || ["told", "tells"].contains(t[i].lower)) {
            if i > 0, ClaimLexicon.passiveAuxiliaries.contains(t[i - 1].lower) { continue }
            // The subject: after an opening phrase's comma, or the whole opening when a name
            // stands in commas before the verb ("A spokesman for the directorate, Ann Roe, said").
            let from = t[start..<i].lastIndex { $0.text == "," }.map { $0 + 1 } ?? start
            let subject = from == i ? Array(t[start..<i]) : Array(t[from..<i])
            guard (1...10).contains(subject.filter(\.isWordOrNumber).count),
                subject.contains(where: { ClaimLexicon.standingBodies.contains($0.lower) })
                    || speakerOnRecord(subject, parties: parties).map({ Tokens.words($0).last.map(ClaimLexicon.standingBodies.contains) ?? false }) ?? false
            else { continue }
            // "told the Gazette that ...": whom it was told stands before the clause.
            var open = clauseOpening(t, after: i)
            if ["told", "tells"].contains(t[i].lower) {
                guard let that = t[(i + 1)..<min(t.count, i + 6)].firstIndex(where: { $0.lower == "that" }) else { continue }
                open = that + 1
            }
            guard open < t.count, !quoted[open] else { continue }
            let clause = complement(t, after: open - 1).filter(\.isWordOrNumber).map(\.lower)
            guard !clause.contains(where: { ClaimLexicon.speculative.contains($0) || $0.hasPrefix("comment") }),
                let negation = clause.firstIndex(where: { ["no", "none", "never", "nobody", "nothing"].contains($0) || ($0 == "not" || $0.hasSuffix("n't")) && clause.contains("any") }),
                clause[negation...].prefix(9).contains(where: { ClaimWords.related([ClaimWords.stem($0)], claimFacts) > 0 })
            else { continue }
            // "The Osterran interior ministry": the body by its whole common name, not the
            // country its adjective names.
            let speaker = from == i ? Array(t[start..<i]) : subject
            let described = describedBody(Array(speaker.filter(\.isWordOrNumber).drop { ClaimLexicon.determiners.contains($0.lower) }))
            if let described, described.count >= 2, ClaimLexicon.standingBodies.contains(described.last!.lower) {
                return parties.onRecord(bodyName(described))
            }
            if let name = speakerOnRecord(speaker, parties: parties), Tokens.words(name).last.map(ClaimLexicon.standingBodies.contains) ?? false {
                return parties.onRecord(name)
            }
            return closingSpeaker(speaker, parties: &parties, namedBefore: namedBefore)
        }
        return nil
    }
}
