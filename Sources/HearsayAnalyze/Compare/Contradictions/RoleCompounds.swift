import HearsayText

/// Titles written as compounds whose parts the lexicon need not list: "head of investor
/// relations" (a department named by a bare noun phrase) and "Press officer" opening a
/// sentence (a common noun that the capital of a sentence's first word disguises as a name).
extension RoleMentions {
    /// Words that may follow a bare department: the body it belongs to ("head of customer
    /// care at Acme"), a list, or the end of the phrase.
    static let afterDepartment: Set<String> = ["at", "in", "for", "with", "since", "until", "from"]

    /// The end of a department named by a bare noun phrase after "head of", "director of":
    /// a body takes a determiner or a capital ("head of the museum", "director of Acme"),
    /// so one to three lower-case words with neither, that close the phrase, name what the
    /// holder runs ("head of corporate communications", "director of customer care").
    static func bareFunctionEnd(_ t: [WordToken], from i: Int) -> Int? {
        var j = i, end: Int? = nil, words = 0
        while j < t.count, t[j].isWord, !t[j].isCapitalized, words < 3 {
            let w = t[j].lower
            if w == "and" {
                guard end != nil else { return nil }
                j += 1
                continue
            }
            // A title word may name a department ("investor relations"), not a holder's tense.
            guard !Tokens.stopwords.contains(w), !afterDepartment.contains(w), !hasPossessive(t[j].text),
                !RoleLexicon.formerModifiers.contains(w), !RoleLexicon.currentModifiers.contains(w), !RoleLexicon.neutralModifiers.contains(w)
            else { break }
            words += 1
            j += 1
            end = j
        }
        guard let end else { return nil }
        // The phrase must close there: a verb or an object after it would make it a clause.
        guard end == t.count || !t[end].isWord || t[end].isCapitalized || afterDepartment.contains(t[end].lower) else { return nil }
        return end
    }

    /// Whether a sentence opens with a role mention whose organisation is the
    /// sentence's capitalised first word alone ("Station manager Jo Roe said").
    static func opensWithOrganisation(_ m: RoleMention, _ t: [WordToken]) -> Bool {
        guard let org = m.organisation, !org.contains(" "), let first = t.first(where: \.isWord) else { return false }
        return m.tense == .unmarked && m.range.lowerBound == first.range.lowerBound && first.text == org
    }

    /// Capitalised words written after a sentence's first word: the names of a text.
    static func namesMidSentence(_ t: [WordToken]) -> Set<String> {
        guard let first = t.firstIndex(where: \.isWord) else { return [] }
        var out = Set<String>()
        for k in t.indices where k > first && t[k].isWord && t[k].isCapitalized {
            // A sentence inside a quotation opens with a capital too.
            if k > 0, ["\"", "\u{201C}", "'", "\u{2018}", ":"].contains(t[k - 1].text) { continue }
            out.insert(stripPossessive(t[k].text).lowercased())
        }
        return out
    }

    /// A capital at a sentence's start says nothing: a word there that the story never
    /// capitalises elsewhere is a common noun of the title ("Press officer", "Opposition
    /// leader"), not the name of a body, and two such titles differ in it.
    static func commonNounOpener(_ m: RoleMention, names: Set<String>) -> RoleMention {
        // "Club chief executive": a common noun for a body is its name ("the club's"), as the
        // conflicts read it (`RoleLexicon.organisationNouns`).
        // The head of the staff ("Dunmere chief executive") runs the whole body: a word before
        // it can only name the body, even one the story names nowhere else.
        guard let org = m.organisation, !names.contains(org.lowercased()), !RoleLexicon.organisationNouns.contains(org.lowercased()),
            !RoleLexicon.staffHeads.contains(m.office)
        else { return m }
        var out = m
        out.organisation = nil
        out.office = [org.lowercased()] + m.office
        return out
    }
}
