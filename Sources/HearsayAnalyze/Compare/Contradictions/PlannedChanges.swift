import HearsayText

/// A change a story announces for a date to come, dated by the verb or noun it hangs
/// from: "will open a campus in September 2027", "could open in 2028", "the opening date
/// is given as late 2027", "a move expected in spring 2028", "her final collection will
/// be presented in September". A story tells of one such change, however each outlet
/// words it ("open", "launch", "start"; "close", "shut", "end"), so two outlets dating the
/// change of one family differently disagree, as long as each gives that change one date.
/// Past happenings are `LifeEvents`' (a past verb with a year).
enum PlannedChanges {
    /// Forms of the verbs and nouns of each change that speak of it still to come: the
    /// base form ("will open", "to open"), the present ("opens in"), the -ing form, the
    /// noun, and participles only after "be" ("would be shown", `participles`).
    static let families: [String: String] = [
        // Something coming into being or use.
        "open": "start", "opens": "start", "opening": "start", "launch": "start", "launches": "start", "launching": "start",
        "start": "start", "starts": "start", "starting": "start", "begin": "start", "begins": "start", "introduce": "start",
        "introduces": "start", "introduction": "start", "debut": "start", "rollout": "start",
        // Something ceasing.
        "close": "closure", "closes": "closure", "closing": "closure", "closure": "closure", "shut": "closure", "shuts": "closure",
        "shutting": "closure", "shutdown": "closure", "end": "closure", "ends": "closure", "cease": "closure", "ceases": "closure",
        "abolish": "closure", "abolition": "closure",
        // A person leaving a post.
        "leave": "exit", "leaves": "exit", "leaving": "exit", "quit": "exit", "quits": "exit", "retire": "exit", "retires": "exit",
        "retirement": "exit", "resign": "exit", "resigns": "exit", "resignation": "exit", "departure": "exit", "exit": "exit",
        // A work put before the public.
        "release": "release", "releases": "release", "publish": "release", "publication": "release", "premiere": "release",
        "unveil": "release", "present": "release", "presents": "release", "presentation": "release", "show": "release",
        // A body or an operation moving elsewhere.
        "move": "move", "moves": "move", "moving": "move", "relocate": "move", "relocates": "move", "relocation": "move",
        // Two bodies becoming one.
        "merge": "merger", "merges": "merger", "merger": "merger", "combine": "merger", "combines": "merger",
    ]
    /// Participles of the families, a change to come only after "be": "would be shown in
    /// September", "is to be closed"; after "was" or alone they tell a past happening.
    static let participles: [String: String] = [
        "opened": "start", "launched": "start", "started": "start", "introduced": "start", "closed": "closure", "shut": "closure",
        "ended": "closure", "abolished": "closure", "released": "release", "published": "release", "presented": "release",
        "shown": "release", "unveiled": "release", "moved": "move", "relocated": "move", "merged": "merger", "combined": "merger",
    ]
    /// Phrasal verbs of the families: the verb and its particle.
    static let phrasal: [String: (particle: String, family: String)] = [
        "step": ("down", "exit"), "steps": ("down", "exit"), "stepping": ("down", "exit"), "stand": ("down", "exit"),
        "stands": ("down", "exit"), "standing": ("down", "exit"), "shut": ("down", "closure"), "wind": ("down", "closure"),
    ]
    /// Words of planning between the change and its date ("planned for release in 2027",
    /// "a move expected in spring 2028", "scheduled for 24 September"): no past
    /// happening of their own.
    static let planWords: Set<String> = ["planned", "scheduled", "expected", "due", "slated", "set", "pencilled", "penciled", "earmarked"]
    /// Content words a change is looked for in, back from the date.
    static let reach = 8

    struct Change: Sendable, Equatable {
        var family: String
        /// The verb or noun as written.
        var word: String
        /// The words of the name nearest before the change, if any: whose change it is.
        var subject: [String]
        /// The words of every name the sentence gives before the date.
        var names: Set<String>
        /// The common nouns the change is of: its subject right before the verb ("the
        /// charge would start"), its object ("open a campus"), the noun after a noun of
        /// change ("the launch of the bidding cycle"); lemmas.
        var things: Set<String> = []
    }

    /// The change a date hangs from, when its clause before it holds a verb or noun of a
    /// family in a form that speaks of it still to come; nil for any other date, and for
    /// a date told with a preposition of aspect ("by 2028", `DateAspects`).
    static func change(_ tokens: [WordToken], before range: Range<Int>) -> Change? {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }), let last = tokens.lastIndex(where: { $0.range.overlaps(range) }),
            DateAspects.aspect(tokens, of: range) == nil
        else { return nil }
        // "Scheduled for 14 to 16 June": an end of a span dates no change on its own.
        if last + 1 < tokens.count, DateAspects.spanLinks.contains(tokens[last + 1].lower) { return nil }
        if first >= 2, DateAspects.spanLinks.contains(tokens[first - 1].lower), tokens[first - 2].isNumber || StoryMentions.isDateWord(tokens[first - 2].lower) {
            return nil
        }
        var j = first - 1, seen = 0
        // "Was still planned for 2028": a word of planning right before the date dates the
        // story's change when no verb or noun of one stands in the clause.
        var planned: Int? = nil
        while j >= 0, seen < reach {
            let t = tokens[j]
            defer { j -= 1 }
            if !t.isWord {
                if [";", ":", "\"", "\u{201C}", "\u{201D}", "(", ")", "\u{2013}", "\u{2014}"].contains(t.text) { return nil }
                continue
            }
            let w = t.lower
            if StoryMentions.otherHappening.contains(w) { return nil }
            if !Tokens.stopwords.contains(w) { seen += 1 }
            if let family = family(tokens, at: j) { return made(family, at: j) }
            if planned == nil, planWords.contains(w), j + 1 < first, ["for", "in"].contains(tokens[j + 1].lower) { planned = j }
            // "Was completed in 1884", "sales fell in March": a past verb tells a happening
            // of its own; one of saying ("the people said could take place") or of
            // planning ("scheduled for") does not.
            if DateExpressions.isPastTense(tokens, j), !planWords.contains(w), !Lexicon.reportingVerbs.contains(w),
                !QuantityMentions.reportingVerbs.contains(w)
            {
                break
            }
        }
        return planned.flatMap { made(anyFamily, at: $0) }

        func made(_ family: String, at j: Int) -> Change? {
            guard !abandoned(tokens) else { return nil }
            var runs = LifeEvents.nameRuns(tokens, before: j)
            // "Transport officials said ...": a lone capital opening the sentence may be any
            // word, and names nobody whose change it is.
            if runs.count == 1, runs[0].count == 1, let opener = tokens.first, opener.isCapitalized, opener.lower.hasPrefix(runs[0][0].key) {
                runs = []
            }
            let subject = subjectNoun(tokens, before: j)
            return Change(
                family: family, word: tokens[j].lower, subject: runs.last?.map(\.key) ?? [],
                names: Set(LifeEvents.nameRuns(tokens, before: first).flatMap { $0.map(\.key) }),
                things: Set([subject, objectNoun(tokens, after: j, before: first)].compactMap { $0 }))
        }
    }

    /// The family of a plan whose change the clause does not name ("planned for 2028"):
    /// it meets a change of any family.
    static let anyFamily = "plan"

    static func sameFamily(_ a: Change, _ b: Change) -> Bool { a.family == b.family || a.family == anyFamily || b.family == anyFamily }

    /// Two changes whose things set them apart: "the charge would start in April", "a
    /// public consultation open in January", unless one outlet's thing is in the other's
    /// sentence.
    static func differentThings(_ a: FactConflicts.Fact<StoryMentions.DateFact>, _ b: FactConflicts.Fact<StoryMentions.DateFact>) -> Bool {
        guard let x = a.payload.change, let y = b.payload.change, !x.things.isEmpty, !y.things.isEmpty else { return false }
        return x.things.isDisjoint(with: y.things) && x.things.isDisjoint(with: lemmas(b.payload.words)) && y.things.isDisjoint(with: lemmas(a.payload.words))
    }

    /// Words of a plan given up or superseded: "an opening in 2029 ... is no longer
    /// achievable", "was originally due to open in 2029". The date is no longer the plan
    /// the outlet reports, so it is set against no other.
    static let abandonedCues: Set<String> = ["originally", "initially", "supposed", "promised", "longer"]

    static func abandoned(_ tokens: [WordToken]) -> Bool {
        tokens.indices.contains { k in
            abandonedCues.contains(tokens[k].lower) && (tokens[k].lower != "longer" || (k > 0 && tokens[k - 1].lower == "no"))
        }
    }

    /// Words between a subject and its verb of change: auxiliaries, modals and words of
    /// planning ("the arena is due to open", "the charge would start").
    static let verbChain: Set<String> = [
        "will", "would", "could", "can", "may", "might", "shall", "should", "must", "is", "are", "was", "were", "be", "been", "being",
        "has", "have", "had", "to", "not", "also", "still", "now", "then", "soon", "finally", "likely", "going", "about", "ll",
    ]
    /// Verbs and nouns of intent that take "to" and a change ("plans to close").
    static let intents: Set<String> = [
        "plan", "intend", "aim", "want", "hope", "agreed", "decided", "propose", "proposed", "promised", "expect", "need", "decision",
        "intention", "proposal", "bid", "move", "vote", "voted", "wish", "seek", "sought", "try", "tried", "threaten", "threatened",
    ]
    /// The common noun right before the verb's chain of auxiliaries ("the charge would
    /// start": charge); nil after a comma, a pronoun or a name, which tell no noun.
    static func subjectNoun(_ tokens: [WordToken], before v: Int) -> String? {
        var k = v - 1
        while k >= 0, tokens[k].isWord, verbChain.contains(tokens[k].lower) || planWords.contains(tokens[k].lower) { k -= 1 }
        guard k >= 0, tokens[k].isWord else { return nil }
        let w = tokens[k].lower
        // "Bosses plan to shut it", "drew up plans to close": a verb or noun of intent
        // before "to" is no subject of the change.
        if tokens[k + 1].lower == "to", intents.contains(QuantityMentions.lemma(w)) { return nil }
        guard !tokens[k].isCapitalized || k == 0, !Tokens.stopwords.contains(w), !StoryMentions.isDateWord(w), !w.hasSuffix("ly") else {
            return nil
        }
        return QuantityMentions.lemma(w)
    }

    /// The noun a verb of change takes as its object, or a noun of change is of ("open a
    /// campus", "the launch of the bidding cycle"): the first common noun after it,
    /// past determiners and adjectives, before the date.
    static func objectNoun(_ tokens: [WordToken], after v: Int, before date: Int) -> String? {
        var k = v + 1
        if k < date, tokens[k].lower == "of" { k += 1 }
        while k < date, tokens[k].isWord, QuantityMentions.determiners.contains(tokens[k].lower) || LifeEvents.adjectiveDeterminers.contains(tokens[k].lower) {
            k += 1
        }
        var noun: String? = nil
        // "a new transport interchange": the compound ends on its head.
        while k < date, tokens[k].isWord, !tokens[k].isCapitalized, !Tokens.stopwords.contains(tokens[k].lower), !StoryMentions.isDateWord(tokens[k].lower) {
            noun = QuantityMentions.lemma(tokens[k].lower)
            k += 1
        }
        return noun
    }

    /// The family of the word at `k`, in a form of a change to come.
    static func family(_ tokens: [WordToken], at k: Int) -> String? {
        let w = tokens[k].lower
        let before = k > 0 ? tokens[k - 1].lower : ""
        if let p = phrasal[w], k + 1 < tokens.count, tokens[k + 1].lower == p.particle { return p.family }
        if let f = participles[w], before == "be" { return f }
        guard let f = families[w], !tokens[k].isCapitalized || k == 0 else { return nil }
        // "Figures show sales fell", "data show": after a plural or a pronoun "show" is a
        // verb of evidence, no change.
        if w == "show" {
            return k > 0 && !before.hasSuffix("s") && !["data", "they", "we", "you", "which", "that", "who", "to"].contains(before) ? f : nil
        }
        // "At present", "the end of": a noun of a change only after a determiner, a
        // possessive or an adjective of order ("her final presentation").
        if w == "present" || w == "end" {
            return (k > 0 && (QuantityMentions.determiners.contains(before) || LifeEvents.adjectiveDeterminers.contains(before)
                || ["final", "last", "first", "next", "farewell"].contains(before) || DateExpressions.months[before] != nil)) ? f : nil
        }
        return f
    }

    static func lemmas(_ words: Set<String>) -> Set<String> { Set(words.map(QuantityMentions.lemma)) }

    /// A date a change can be set against another's by: it states a year or a month.
    static func firm(_ f: StoryMentions.DateFact) -> Bool { f.stated.year != nil || f.stated.month != nil }

    /// Two dates of one change to come: one family, in two articles, each of which dates
    /// every change of that family alike; the years close enough to be one plan
    /// misreported; and two names whose change each is, where both sentences name one,
    /// among the other's names.
    static func sameChange(
        _ a: FactConflicts.Fact<StoryMentions.DateFact>, _ b: FactConflicts.Fact<StoryMentions.DateFact>,
        among all: [FactConflicts.Fact<StoryMentions.DateFact>]
    ) -> Bool {
        guard a.article != b.article, let x = a.payload.change, let y = b.payload.change, sameFamily(x, y), firm(a.payload), firm(b.payload),
            a.payload.repeats == b.payload.repeats, StoryMentions.comparable(a.payload, b.payload)
        else { return false }
        if let p = a.payload.stated.year, let q = b.payload.stated.year, abs(p - q) > DateAspects.maximumYearGap { return false }
        if !x.subject.isEmpty, !y.subject.isEmpty, y.names.isDisjoint(with: x.subject), x.names.isDisjoint(with: y.subject) { return false }
        if differentThings(a, b) { return false }
        // A plan that names no change ("a ruling is expected in May") meets another only
        // where both tell one thing, or neither names one and the sentences share a word.
        if x.family != y.family {
            guard x.things.isEmpty == y.things.isEmpty, !x.things.isEmpty || !lemmas(a.payload.words).subtracting(planWords).isDisjoint(with: lemmas(b.payload.words)) else {
                return false
            }
            if !x.things.isEmpty && x.things.isDisjoint(with: y.things) { return false }
        }
        // Each outlet dates the change once: another date of a change of the family, of no
        // other thing, makes two changes of it.
        func once(_ f: FactConflicts.Fact<StoryMentions.DateFact>, _ c: Change) -> Bool {
            all.allSatisfy { g in
                guard g.article == f.article, let h = g.payload.change, sameFamily(h, c), firm(g.payload), !differentThings(f, g) else { return true }
                return StoryMentions.agree(g.payload, f.payload)
            }
        }
        return once(a, x) && once(b, y)
    }
}
