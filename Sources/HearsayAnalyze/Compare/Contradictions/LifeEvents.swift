import HearsayText

/// A one-time happening in the life of a person or a body, dated by a bare year ("was
/// founded in 2012", "stepped down as deputy governor in 2021", "retired in 2022"). A
/// body is founded once and a person leaves a post once, so two outlets giving one such
/// happening of one subject different years disagree, however differently they word the
/// rest ("left the bank in 2020", "stepped down as deputy governor in 2021"). Outlets use
/// the verbs of one family for one happening, so the family, not the verb, is compared.
enum LifeEvents {
    /// Past forms of the verbs of each happening: only a past form tells that the year
    /// dates something done once ("will open in 2027" is a plan, which moves by right).
    static let families: [String: String] = [
        // A body, a building or a work coming into being: outlets give its year of origin
        // with any of these.
        "founded": "origin", "established": "origin", "created": "origin", "formed": "origin", "built": "origin",
        "constructed": "origin", "completed": "origin", "opened": "origin", "inaugurated": "origin", "incorporated": "origin",
        "painted": "origin", "composed": "origin", "erected": "origin",
        // A person leaving a post.
        "left": "exit", "resigned": "exit", "retired": "exit", "quit": "exit", "departed": "exit",
        // A person taking a post.
        "elected": "entry", "appointed": "entry", "hired": "entry", "recruited": "entry",
        // A body or a thing changing hands: buyer and seller tell one sale.
        "bought": "sale", "acquired": "sale", "purchased": "sale", "sold": "sale",
        "closed": "closure", "demolished": "closure",
        "born": "birth", "died": "death",
    ]
    /// Phrasal verbs of the families: the verb and its particle.
    static let phrasal: [String: (particle: String, family: String)] = [
        "set": ("up", "origin"), "stepped": ("down", "exit"), "stood": ("down", "exit"), "took": ("over", "sale"),
        "shut": ("down", "closure"),
    ]
    /// Words of a clause a verb is looked for in, back from the date.
    static let reach = 10
    static let subjectPronouns: Set<String> = ["he", "she", "it", "they"]

    struct Event: Sendable, Equatable {
        var family: String
        /// The verb as written ("stepped down"), to show with the subject.
        var verb: String
        /// The words of the name nearest before the verb: whose happening it is.
        var subject: [String]
        /// The words of every name the sentence gives before the date.
        var names: Set<String>
        /// The subject as the sentence writes it.
        var shown: String
        /// Told by the end of a span in a post, not by a verb of its own (`spanEnd`).
        var spanned = false
    }

    /// The happening a year told with "in" dates, when a verb of a family stands in its
    /// clause before it; nil for any other date.
    static func event(_ tokens: [WordToken], before range: Range<Int>, antecedents: [String]) -> Event? {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }) else { return nil }
        if let end = spanEnd(tokens, at: first) { return end }
        // "In 2012", "in March 2022" ("in May" alone takes its year from the article).
        let preposition = tokens[first].lower == "in" ? first : first - 1
        guard preposition >= 0, tokens[preposition].lower == "in" else { return nil }
        var verbAt: Int?
        var family = "", verb = ""
        var j = first - 1, seen = 0
        while j >= 0, seen < reach {
            let t = tokens[j]
            if !t.isWord {
                if t.isNumber { j -= 1; continue }
                if [";", ":", "\"", "\u{201C}", "\u{201D}", "(", ")", "\u{2013}", "\u{2014}"].contains(t.text) { break }
                j -= 1
                continue
            }
            if StoryMentions.otherHappening.contains(t.lower) { break }
            if let f = families[t.lower] {
                verbAt = j; family = f; verb = t.text
                break
            }
            if let p = phrasal[t.lower], j + 1 < tokens.count, tokens[j + 1].lower == p.particle {
                verbAt = j; family = p.family; verb = t.text + " " + tokens[j + 1].text
                break
            }
            // "Was completed in 1884 and declared a heritage site in 2012": another past
            // verb tells the later year's happening.
            if t.lower.count >= 5, t.lower.hasSuffix("ed"), DateExpressions.isPastTense(tokens, j) { break }
            seen += 1
            j -= 1
        }
        guard let v = verbAt else { return nil }
        let runs = nameRuns(tokens, before: v)
        var subject = runs.last ?? []
        var names = Set(nameRuns(tokens, before: first).flatMap { $0.map(\.key) })
        // "She left the bank in 2020": the person the sentence before named.
        if subject.isEmpty, tokens[..<v].contains(where: { subjectPronouns.contains($0.lower) }), antecedents.count == 1,
            let named = antecedents.first
        {
            subject = named.split(separator: " ").map { (key: $0.lowercased(), shown: String($0)) }
            names.formUnion(subject.map(\.key))
        }
        guard !subject.isEmpty else { return nil }
        return Event(
            family: family, verb: verb.lowercased(), subject: subject.map(\.key), names: names,
            shown: subject.map(\.shown).joined(separator: " "))
    }

    /// Verbs of holding a post over a span of years ("led the federation from 2012 to 2022").
    static let holdingVerbs: Set<String> = ["led", "ran", "headed", "chaired", "served", "managed", "coached", "captained"]

    /// "Quayle was president of the federation from 2012 to 2022", "led the club from
    /// 2015 until 2021": the end of a span over which a named person held a post (a
    /// title or a verb of holding one in the clause before "from") is when the person
    /// left it, the one-time happening another outlet dates with "stood down in 2023".
    static func spanEnd(_ tokens: [WordToken], at first: Int) -> Event? {
        guard first >= 3, ["to", "until", "till"].contains(tokens[first - 1].lower), DateExpressions.yearAt(tokens, first - 2) != nil,
            tokens[first - 3].lower == "from", DateExpressions.yearAt(tokens, first) != nil
        else { return nil }
        var j = first - 4, seen = 0, held = false
        while j >= 0, seen < reach, tokens[j].isWord || tokens[j].text == "," {
            let w = tokens[j].lower
            if StoryMentions.otherHappening.contains(w) { break }
            if holdingVerbs.contains(w) || RoleLexicon.heads.contains(w) { held = true }
            seen += 1
            j -= 1
        }
        guard held, let subject = nameRuns(tokens, before: first - 3).last else { return nil }
        return Event(
            family: "exit", verb: "left", subject: subject.map(\.key), names: Set(nameRuns(tokens, before: first - 3).flatMap { $0.map(\.key) }),
            shown: subject.map(\.shown).joined(separator: " "), spanned: true)
    }

    /// Words before a year set as an adjective before a noun ("the 1958 crossing").
    static let adjectiveDeterminers: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our"]

    /// A year written as an adjective before a noun gives the year its thing came into
    /// being: "the 1958 crossing", "hand the 1848 church to", "Verhaecke's 1661 portrait".
    /// The happening is the thing's origin, told of the name nearest before the year
    /// (else after it); a possessor ("Acme's 2019 report") is whose the thing is, not the
    /// thing, so it names no subject. Only a year before the article's is taken: "its 2027
    /// opening" is a plan. Nil for any other year.
    static func adjectivalYear(_ tokens: [WordToken], at i: Int, reference: DateSpan?) -> (year: Int, range: Range<Int>, event: Event)? {
        guard i > 0, i + 1 < tokens.count, let year = DateExpressions.yearAt(tokens, i)?.value else { return nil }
        if let reference, year >= reference.start.year { return nil }
        let before = tokens[i - 1], noun = tokens[i + 1]
        let possessor = before.lower.hasSuffix("'s") || before.lower.hasSuffix("\u{2019}s")
        guard before.isWord, possessor || adjectiveDeterminers.contains(before.lower), noun.isWord, !noun.isCapitalized,
            !Tokens.stopwords.contains(noun.lower), !StoryMentions.isDateWord(noun.lower), families[noun.lower] == nil
        else { return nil }
        var runs = nameRuns(tokens, before: i)
        if possessor || adjectiveDeterminers.subtracting(["the", "a", "an"]).contains(before.lower), !runs.isEmpty,
            runs[runs.count - 1].last.map({ before.lower.hasPrefix($0.key) }) ?? false
        {
            runs.removeLast()
        }
        let after = nameRuns(Array(tokens[(i + 1)...]), before: tokens.count - i - 1)
        guard let subject = runs.last ?? after.first else { return nil }
        let names = Set((runs + after).flatMap { $0.map(\.key) })
        let event = Event(
            family: "origin", verb: noun.lower, subject: subject.map(\.key), names: names,
            shown: subject.map(\.shown).joined(separator: " "))
        return (year, tokens[i].range, event)
    }

    /// Runs of capitalised words before `end` that are no function, calendar or courtesy
    /// words: lower-cased (possessives dropped) and as written.
    static func nameRuns(_ tokens: [WordToken], before end: Int) -> [[(key: String, shown: String)]] {
        var runs: [[(key: String, shown: String)]] = []
        var run: [(key: String, shown: String)] = []
        for t in tokens[..<end] {
            let possessive = t.lower.hasSuffix("'s") || t.lower.hasSuffix("\u{2019}s")
            let word = possessive ? String(t.lower.dropLast(2)) : t.lower
            if t.isWord, t.isCapitalized, !Tokens.stopwords.contains(word), !StoryMentions.isDateWord(word),
                !RoleMentions.honorifics.contains(word), families[word] == nil
            {
                run.append((word, possessive ? String(t.text.dropLast(2)) : t.text))
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// Whether the two happenings can be one: one family, and the name whose happening
    /// each is among the names of the other's sentence.
    static func sameSubject(_ a: Event, _ b: Event) -> Bool {
        a.family == b.family && (!b.names.isDisjoint(with: a.subject) || !a.names.isDisjoint(with: b.subject))
    }

    /// One happening of two subjects ("X left the guild in 2018", "Y left the guild in
    /// 2020"), or two happenings ("founded in 2012", "bought by a publisher in 2019"):
    /// two facts, however alike the sentences read.
    static func differentHappenings(_ a: StoryMentions.DateFact, _ b: StoryMentions.DateFact) -> Bool {
        guard let x = a.lifeEvent, let y = b.lifeEvent else { return false }
        return !sameSubject(x, y)
    }

    /// Two dates of one subject's one-time happening: both state a year, no day or weekday,
    /// the years lie close enough to be one happening misreported, and neither outlet gives
    /// that happening of that subject two different dates (then it tells two: "built in
    /// 1958 and opened in 1962").
    static func sameEvent(
        _ a: FactConflicts.Fact<StoryMentions.DateFact>, _ b: FactConflicts.Fact<StoryMentions.DateFact>,
        among all: [FactConflicts.Fact<StoryMentions.DateFact>]
    ) -> Bool {
        // Two years set as adjectives ("the 2019 series", "the 2021 series") may be of two
        // things of one name; a year of origin is set against a verb that tells it.
        guard a.article != b.article, !(a.payload.adjectival && b.payload.adjectival), let x = a.payload.lifeEvent,
            let y = b.payload.lifeEvent, sameSubject(x, y), let p = a.payload.stated.year, let q = b.payload.stated.year,
            abs(p - q) <= DateAspects.maximumYearGap || swappedDigits(p, q),
            a.payload.stated.day == nil, b.payload.stated.day == nil, a.payload.stated.weekday == nil, b.payload.stated.weekday == nil
        else { return false }
        func once(_ f: FactConflicts.Fact<StoryMentions.DateFact>, _ e: Event) -> Bool {
            all.allSatisfy { g in
                guard g.article == f.article, let h = g.payload.lifeEvent, sameSubject(h, e) else { return true }
                return StoryMentions.agree(g.payload, f.payload)
            }
        }
        return once(a, x) && once(b, y)
    }

    /// "1848" and "1884": one year with two neighbouring digits swapped, the commonest
    /// misprint, however far apart the two years lie.
    static func swappedDigits(_ p: Int, _ q: Int) -> Bool {
        let x = Array(String(p)), y = Array(String(q))
        guard x.count == y.count else { return false }
        let differing = x.indices.filter { x[$0] != y[$0] }
        return differing.count == 2 && differing[1] == differing[0] + 1 && x[differing[0]] == y[differing[1]] && x[differing[1]] == y[differing[0]]
    }

    /// Whose happening and which: "Halfmoon Forge (founded)".
    static func label(_ e: Event) -> String { "\(e.shown) (\(e.verb))" }
}
