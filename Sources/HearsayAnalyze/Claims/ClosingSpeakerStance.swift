import HearsayModel
import HearsayText

extension ClaimEvidence {
    /// "Laboratory tests have confirmed that a wolf lived there, the wildlife office said on
    /// Friday", "A leak has been confirmed at the plant, the operator said": a confirmation or
    /// denial with no one as its agent (a passive without "by", or findings as its subject)
    /// inside a statement that a saying closes is the speaker's account, who tells what the
    /// findings show. The statement must restate two of the claim's words. Returns the speaker's
    /// party and stance.
    static func closingSpeakerStance(
        _ sentence: [WordToken], parties: inout Parties, claimWords: Set<String>, claimNegated: Bool,
        namedBefore: (String, Int) -> String?
    ) -> (Int, Stance)? {
        let t = sentence
        let quoted = insideQuotationMarks(t)
        let start = t.count - withoutDateline(t).count
        guard let j = t.indices.last(where: { !quoted[$0] && ClaimLexicon.sayingVerbs.contains(t[$0].lower) }), j > start,
            let comma = trailingAttribution(t, j, from: start)
        else { return nil }
        guard
            let k = (start..<comma).first(where: {
                !quoted[$0] && (ClaimLexicon.confirmations.contains(t[$0].lower) || ClaimLexicon.denials.contains(t[$0].lower))
            })
        else { return nil }
        if hasNegator(t[max(start, k - 4)..<k]) { return nil }
        let byAgent = k + 1 < t.count && t[k + 1].lower == "by"
        let passive = k > start && ClaimLexicon.passiveAuxiliaries.contains(t[k - 1].lower) && !byAgent
        let agent = Array(t[start..<k])
        let head = headOfSubject(agent).last { $0.isWordOrNumber && !ClaimLexicon.auxiliaries.contains($0.lower) }
        let byFindings = head.map { ClaimLexicon.findingNouns.contains($0.lower) } ?? false
        guard passive || byFindings && !byAgent else { return nil }
        let statement = Array(t[start..<comma])
        let words = statement.filter(\.isWordOrNumber).map { ClaimWords.stem($0.lower) }
        guard ClaimWords.related(words, claimWords) >= 2 else { return nil }
        let subject = Array(t[(comma + 1)..<j])
        guard let party = closingSpeaker(subject, parties: &parties, namedBefore: namedBefore) else { return nil }
        var stance = ClaimLexicon.denials.contains(t[k].lower) ? Stance.denies : .supports
        if stance == .supports, hasNegator(t[(k + 1)..<comma])
            || contradicts(Array(t[(k + 1)..<comma]), claimWords: claimWords, claimNegated: claimNegated)
        {
            stance = .denies
        }
        return (party, stance)
    }

    /// The party a closing attribution's subject names: a listed party, the body of a kind the
    /// article named before ("the agency"), a body or speaker `speakerOnRecord` reads, or a
    /// body by its common name with a word of its own before the kind ("the regional wildlife
    /// office", "the county rescue service"; a bare "the office" names nothing).
    static func closingSpeaker(_ subject: [WordToken], parties: inout Parties, namedBefore: (String, Int) -> String?) -> Int? {
        if let p = parties.mentioned(in: subject).first { return p }
        if let kind = kindReference(subject), let name = subject.first.flatMap({ namedBefore(kind, $0.range.lowerBound) }),
            let p = parties.onRecord(name)
        {
            return p
        }
        if let name = speakerOnRecord(subject, parties: parties), let p = parties.onRecord(name) { return p }
        let w = subject.filter(\.isWordOrNumber).drop { ClaimLexicon.determiners.contains($0.lower) }
        guard let last = w.last, ClaimLexicon.namedKinds.contains(last.lower), (2...4).contains(w.count),
            w.allSatisfy({ !Tokens.stopwords.contains($0.lower) && !$0.lower.hasSuffix("'s") && !$0.lower.hasSuffix("\u{2019}s") })
        else { return nil }
        return parties.onRecord(bodyName(Array(w)))
    }

    /// "The agency said test results showed E. coli in treated water": a party's saying whose
    /// clause opens on findings that show the claim (two of its words after the finding's verb)
    /// is the party's confirmation, told through what it found; findings that show nothing
    /// ("tests found no trace of it", "did not show") deny. Returns the speaker's party and stance.
    static func findingsSaid(
        _ t: [WordToken], parties: inout Parties, claimWords: Set<String>, namedBefore: (String, Int) -> String?
    ) -> (Int, Stance)? {
        let quoted = insideQuotationMarks(t)
        let start = t.count - withoutDateline(t).count
        for i in t.indices where i > start && !quoted[i] && ClaimLexicon.sayingVerbs.contains(t[i].lower) {
            // The subject: after an opening phrase's comma ("In a letter to X, the agency said").
            let from = t[start..<i].lastIndex { $0.text == "," }.map { $0 + 1 } ?? start
            let subject = Array(t[from..<i])
            guard (1...6).contains(subject.filter(\.isWordOrNumber).count),
                !subject.contains(where: { ClaimLexicon.clauseOpeners.contains($0.lower) || $0.lower == "and" })
            else { continue }
            let open = clauseOpening(t, after: i)
            let clause = complement(t, after: open - 1)
            guard let v = clause.prefix(7).firstIndex(where: { ClaimLexicon.findingVerbs.contains($0.lower) }),
                clause[..<v].contains(where: { ClaimLexicon.findingNouns.contains($0.lower) })
            else { continue }
            let shown = clause[(v + 1)...].filter(\.isWordOrNumber)
            guard ClaimWords.related(shown.map { ClaimWords.stem($0.lower) }, claimWords) >= 2,
                let party = closingSpeaker(subject, parties: &parties, namedBefore: namedBefore)
            else { return nil }
            let negated = hasNegator(clause[..<v]) || shown.prefix(1).contains { ["no", "nothing"].contains($0.lower) }
            return (party, negated ? .denies : .supports)
        }
        return nil
    }

    /// "The port authority said on Monday that the ferry line would close in May": a party
    /// (not an outlet) that states the claim as its own news, in a clause restating three of
    /// the claim's words, confirms it however it words it; it need not say "confirm". Only
    /// a plain statement about another's act: a negated clause, a guess, a verdict ("fake"),
    /// a clause opening on a pronoun (the speaker's own doings), a quotation after a colon, or
    /// one about a report or finding ("said the report was wrong", "said tests showed") is
    /// read by the other rules.
    /// `previous`, the sentence before: "X issued a statement. It says ...": the statement
    /// (or "it") that says is the issuer's, whom that sentence names.
    static func statesTheClaim(
        _ t: [WordToken], parties: inout Parties, claimWords: Set<String>, namedBefore: (String, Int) -> String?, previous: [WordToken] = [],
        contrary: Bool = false
    ) -> Int? {
        let quoted = insideQuotationMarks(t)
        let start = t.count - withoutDateline(t).count
        for i in t.indices where i > start && !quoted[i] && ClaimLexicon.statingVerbs.contains(t[i].lower) {
            // The subject: after an opening phrase's comma or a label's colon ("Key points: the agency says").
            let from = t[start..<i].lastIndex { $0.text == "," || $0.text == ":" }.map { $0 + 1 } ?? start
            let subject = Array(t[from..<i])
            guard (1...6).contains(subject.filter(\.isWordOrNumber).count),
                !subject.contains(where: { ClaimLexicon.clauseOpeners.contains($0.lower) || $0.lower == "and" || ClaimLexicon.claimNouns.contains($0.lower) })
            else { continue }
            // "told the Sentinel that ...": whom it was told stands before the clause.
            var open = clauseOpening(t, after: i)
            if ["told", "tells"].contains(t[i].lower) {
                guard let that = t[(i + 1)..<min(t.count, i + 6)].firstIndex(where: { $0.lower == "that" }) else { continue }
                open = that + 1
            }
            // "said: '...'" opens a quotation, which the quote rules read.
            guard open < t.count, !quoted[open], t[i + 1].text != ":" else { continue }
            let clause = complement(t, after: open - 1)
            let words = clause.filter(\.isWordOrNumber)
            // "said they had identified the poster": a party telling of its own act, not of
            // the claim's; and a clause calling something fake judges rather than states.
            guard words.count >= 4, !ClaimLexicon.subjectPronouns.contains(words[0].lower), !hasNegator(clause),
                !words.contains(where: { ClaimLexicon.verdicts.contains($0.lower) || ClaimLexicon.fakeryWords.contains($0.lower) }),
                !words.contains(where: { ClaimLexicon.claimNouns.contains($0.lower) || ClaimLexicon.findingNouns.contains($0.lower)
                    || ClaimLexicon.speculative.contains($0.lower) || ClaimLexicon.hedges.contains($0.lower) }),
                ClaimWords.related(words.map { ClaimWords.stem($0.lower) }, claimWords) >= 3,
                // "said the loan of the two pandas will continue" against "pandas to be sent
                // back": a state that excludes the claimed one, said of the claim's subject,
                // denies it however many of the claim's words it repeats.
                contradicts(clause, claimWords: claimWords, claimNegated: false) == contrary
            else { continue }
            if refersToAStatement(subject) { return issuer(previous, parties: &parties, namedBefore: namedBefore) }
            return closingSpeaker(subject, parties: &parties, namedBefore: namedBefore)
        }
        return nil
    }

    /// A subject that takes up a statement just mentioned: "it", "the statement".
    static func refersToAStatement(_ subject: [WordToken]) -> Bool {
        let words = subject.filter(\.isWordOrNumber).map(\.lower)
        return words == ["it"] || words.count == 2 && ["the", "this"].contains(words[0]) && ClaimLexicon.announcementNouns.contains(words[1])
    }

    /// Who a sentence says issued a statement ("The zoo has just issued a statement", "the
    /// ministry released a brief statement on Friday"): the subject of a verb of issuing whose
    /// object, within three words, is a statement.
    static func issuer(_ t: [WordToken], parties: inout Parties, namedBefore: (String, Int) -> String?) -> Int? {
        let quoted = insideQuotationMarks(t)
        let start = t.count - withoutDateline(t).count
        guard let v = t.indices.first(where: {
            $0 > start && !quoted[$0] && ClaimLexicon.issuingVerbs.contains(t[$0].lower)
                && t[($0 + 1)...].prefix(4).contains { ClaimLexicon.announcementNouns.contains($0.lower) }
        }) else { return nil }
        if hasNegator(t[max(start, v - 3)..<v]) { return nil }
        let from = t[start..<v].lastIndex { $0.text == "," }.map { $0 + 1 } ?? start
        // "has just issued": the auxiliary and adverbs before the verb are no part of the subject.
        let subject = Array(t[from..<v].reversed().drop { ClaimLexicon.auxiliaries.contains($0.lower) || Lexicon.auxiliaries.contains($0.lower) }.reversed())
        guard (1...8).contains(subject.filter(\.isWordOrNumber).count) else { return nil }
        return closingSpeaker(subject, parties: &parties, namedBefore: namedBefore)
    }

    /// "Miraflor confirmed the sale", "the council confirmed the closures": a confirmation whose
    /// object is the story's event named by its kind (a determiner, then an event noun ending the
    /// phrase) confirms the claim, whose party is the subject (the caller requires it).
    /// Whose event it is may stand between as a possessive ("confirmed the board's vote",
    /// "the club's sale of its ground").
    static func confirmsTheEvent(_ t: [WordToken], _ i: Int) -> Bool {
        guard i + 2 < t.count, ["the", "its", "their", "his", "her"].contains(t[i + 1].lower) else { return false }
        var n = i + 2
        if t[i + 1].lower == "the", ["'s", "\u{2019}s"].contains(where: t[n].lower.hasSuffix), n + 1 < t.count { n += 1 }
        guard ClaimLexicon.eventNouns.contains(t[n].lower) else { return false }
        return n + 1 == t.count || !t[n + 1].isWordOrNumber || Lexicon.prepositions.contains(t[n + 1].lower)
    }
}

extension ClaimLexicon {
    /// Findings that confirm or rule out what happened, but speak only through whoever
    /// reports them ("tests have confirmed ..., the office said").
    static let findingNouns: Set<String> = [
        "test", "tests", "result", "results", "sample", "samples", "analysis", "analyses", "check", "checks", "data",
        "scan", "scans", "examination", "autopsy", "inspection", "inspections", "footage",
    ]
    /// Words that make a statement a guess ("said the line could close"), not news.
    static let speculative: Set<String> = ["may", "might", "could", "possibly", "perhaps", "likely", "if", "whether"]
    /// Verbs by which a body puts out a statement (`issuer`).
    static let issuingVerbs: Set<String> = ["issued", "issues", "released", "releases", "published", "publishes"]
    /// Verbs by which a party states news as its own (`statesTheClaim`).
    static let statingVerbs: Set<String> = ["said", "says", "stated", "states", "told", "tells", "announced", "announces"]
    /// Verbs by which findings show what happened.
    static let findingVerbs: Set<String> = [
        "showed", "show", "shows", "found", "find", "finds", "confirmed", "confirm", "confirms", "revealed", "detected",
        "indicated",
    ]
    /// Announcing, done or doing: a party's announcement of the event by its kind
    /// (`confirmsTheEvent`) confirms it.
    static let announcedVerbs: Set<String> = ["announced", "announces", "announcing", "unveiled", "unveils"]
    /// Nouns that name a story's event by its kind ("the sale", "the closures").
    static let eventNouns: Set<String> = [
        "sale", "deal", "transfer", "move", "agreement", "signing", "takeover", "acquisition", "merger", "closure",
        "closures", "sacking", "dismissal", "departure", "resignation", "appointment", "cancellation", "cancellations",
        "strike", "cuts", "split", "engagement", "recall",
        // A body's vote or approval settles the event it is asked to allow ("confirmed the board's vote").
        "vote", "approval", "relocation",
    ]
}
