import HearsayText

/// A body disowning the report put out in its name: "X says it never published the story",
/// "the agency said it had not issued the notice", "the letter did not come from the
/// council, a spokeswoman said". A hoax often borrows a real source (a wire's alert, a
/// regulator's notice, a bishop's letter); the borrowed source answering that the thing is
/// not its own is its denial, though it repeats none of the claim's words.
extension ClaimEvidence {
    /// Verbs of putting a text out under one's name.
    static let authoringVerbs: Set<String> = [
        "publish", "published", "issue", "issued", "send", "sent", "run", "ran", "release", "released", "write", "wrote",
        "written", "produce", "produced", "post", "posted", "author", "authored", "sign", "signed", "put",
    ]
    /// What is put out under a name, and so may be forged in it.
    static let authoredThings: Set<String> = [
        "story", "stories", "report", "reports", "article", "articles", "alert", "alerts", "letter", "letters", "notice",
        "notices", "statement", "statements", "document", "documents", "memo", "memos", "post", "posts", "tweet", "tweets",
        "message", "messages", "screenshot", "screenshots", "image", "images", "bulletin", "bulletins", "circular", "circulars",
        "email", "emails", "headline", "headlines", "warning", "warnings", "advisory", "order", "directive", "announcement",
    ]

    /// Whether a clause reported after a verb of saying (or the statement before a closing
    /// attribution) disowns a text: its speaker's pronoun, negated at its verb of putting
    /// out, with a text as the object ("it never published the story", "they had not sent
    /// any such letter"); or a text as the subject, negated before "come from" or a passive
    /// of putting out ("the letter did not come from the bishop", "the notice was not issued
    /// by the ministry"). Only a determiner, "such" or "any" and one modifier stand between
    /// the verb and its text, so "had not published its figures for May" or a plan "not sent
    /// to the board" are no disowning.
    static func disownsAuthorship(_ clause: ArraySlice<WordToken>) -> Bool {
        let w = clause.filter(\.isWordOrNumber).map(\.lower).drop { $0 == "that" }
        guard let first = w.first else { return false }
        let words = Array(w)
        let negated = { (k: Int) in words[max(0, k - 3)..<k].contains(where: ClaimLexicon.isClauseNegation) }
        let textNear = { (from: Int) -> Bool in
            var k = from
            var modifiers = 0
            while k < words.count, k < from + 4 {
                if authoredThings.contains(words[k]) { return true }
                if ClaimLexicon.determiners.contains(words[k]) || ["such", "any", "out"].contains(words[k]) {
                    k += 1
                } else if modifiers == 0, !ClaimLexicon.auxiliaries.contains(words[k]) {
                    modifiers += 1
                    k += 1
                } else {
                    return false
                }
            }
            return false
        }
        if ClaimLexicon.subjectPronouns.contains(first) || first == "we" {
            // The pronoun's own verb: auxiliaries and the negation only before it.
            var k = 1
            while k < words.count, ClaimLexicon.auxiliaries.contains(words[k]) || ClaimLexicon.isClauseNegation(words[k])
                || ["been", "ever", "also"].contains(words[k])
            {
                k += 1
            }
            guard k < words.count, authoringVerbs.contains(words[k]), negated(k) else { return false }
            return textNear(k + 1)
        }
        // "the letter circulating online did not come from the diocese": a text as subject.
        guard ClaimLexicon.determiners.contains(first) || first == "no",
            let noun = words.prefix(4).firstIndex(where: authoredThings.contains)
        else { return false }
        for k in (noun + 1)..<max(noun + 1, min(words.count, noun + 9)) {
            if words[k] == "from", k >= 1, ["come", "came", "originate", "originated"].contains(words[k - 1]), negated(k - 1) { return true }
            if words[k] == "by", k >= 1, authoringVerbs.contains(words[k - 1]), negated(k - 1) { return true }
        }
        return false
    }

    /// Whether the verb of saying at `i` reports a disowning: of the clause after it, or,
    /// when it closes the sentence ("..., the agency said"), of the statement before.
    static func reportsDisowning(_ t: [WordToken], _ i: Int) -> Bool {
        guard ClaimLexicon.sayingVerbs.contains(t[i].lower) || ["insisted", "insists", "added", "adds"].contains(t[i].lower) else { return false }
        // "is said to have", "said to be": a report's hedge.
        if i + 1 < t.count, t[i + 1].lower == "to" { return false }
        if let comma = trailingAttribution(t, i, from: 0) { return disownsAuthorship(withoutDateline(Array(t[..<comma]))[...]) }
        let k = clauseOpening(t, after: i)
        return k < t.count && disownsAuthorship(t[k...].prefix { $0.text != ";" })
    }

    /// "Coastline Wire says it never published the story", "The alert did not come from us,
    /// Coastline Wire said": whether the words after a name at `start` open (after
    /// auxiliaries and adverbs) on a verb of saying that reports a disowning, of the clause
    /// after it or of the statement before the name. A cited outlet that disowns a report is
    /// the party whose name the hoax borrowed, not a medium reporting on it.
    static func disownsAfterName(_ t: [WordToken], from start: Int) -> Bool {
        for j in start..<min(t.count, start + 5) {
            let tok = t[j]
            if ClaimLexicon.sayingVerbs.contains(tok.lower) { return reportsDisowning(t, j) }
            guard tok.isWordOrNumber, ClaimLexicon.auxiliaries.contains(tok.lower) || ["also", "later"].contains(tok.lower) || tok.lower.hasSuffix("ly")
            else { return false }
        }
        return false
    }
}
