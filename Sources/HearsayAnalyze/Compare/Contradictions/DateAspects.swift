import HearsayText

/// Dates told through a preposition of aspect: "from 1 April" (when a change takes
/// effect), "until 2031" (when a state ends), "by 2028" (a deadline), "since 2021" (when
/// a state began). A news story gives one such date for its change, deadline or tenure,
/// however each outlet words the rest of its sentence ("the toll will be abolished from
/// 1 April", "the charge goes from January"), so where every outlet that uses the
/// preposition gives one date with it, two outlets' dates with it are one fact.
enum DateAspects {
    static let prepositions: [String: String] = ["from": "from", "until": "until", "till": "until", "by": "by", "since": "since"]
    /// Words between the preposition and the date that leave the aspect as it is ("until
    /// at least 2031", "from as early as").
    static let hedges: Set<String> = ["at", "least", "latest", "earliest", "the", "as", "early", "soon"]
    /// Words after a date that make it the first end of a span ("from 2012 to 2022",
    /// "from 14 to 16 June"): a span tells a period, not when one thing happens.
    static let spanLinks: Set<String> = ["to", "until", "till", "through", "and", "-", "\u{2013}", "\u{2014}"]
    /// Years of one happening misreported lie close together ("1958" and "1962"); years
    /// this far apart ("since 1961", "since 2020") date two things.
    static let maximumYearGap = 10

    /// The aspect preposition a date is told with, nil for any other date.
    static func aspect(_ tokens: [WordToken], of range: Range<Int>) -> String? {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }),
            let last = tokens.lastIndex(where: { $0.range.overlaps(range) })
        else { return nil }
        // "From 2027 and impose a fee": an "and" that a verb follows joins two clauses, not
        // two dates.
        if last + 1 < tokens.count, spanLinks.contains(tokens[last + 1].lower),
            tokens[last + 1].lower != "and" || (last + 2 < tokens.count && (tokens[last + 2].isNumber || DateExpressions.isCalendarWord(tokens[last + 2])))
        {
            return nil
        }
        var k = first - 1
        // "From Monday 12 October": the weekday is part of the date the preposition governs.
        while k >= 0, hedges.contains(tokens[k].lower) || DateExpressions.weekdays[tokens[k].lower] != nil { k -= 1 }
        guard k >= 0 else { return nil }
        // "Starting in 2026", "effective 1 May": a start told by a participle says when the
        // change takes effect, as "from" does.
        let verb = ["in", "on", "from"].contains(tokens[k].lower) && k > 0 ? k - 1 : k
        if startWords.contains(tokens[verb].lower) { return "from" }
        return prepositions[tokens[k].lower]
    }

    /// Participles and adjectives only: a finite verb of starting ("would start in April")
    /// is a planned change's (`PlannedChanges`), which tells two things starting apart.
    static let startWords: Set<String> = ["starting", "beginning", "commencing", "effective"]

    /// The aspects every outlet using them gives one date with (all its dates with the
    /// preposition agree), in two outlets or more.
    static func givenOncePerArticle(_ dates: [FactConflicts.Fact<StoryMentions.DateFact>]) -> Set<String> {
        let told = dates.filter { $0.payload.aspect != nil && firm($0.payload) }
        var out: Set<String> = []
        for (aspect, facts) in Dictionary(grouping: told, by: { $0.payload.aspect! }) {
            let byArticle = Dictionary(grouping: facts, by: \.article)
            guard byArticle.count > 1,
                byArticle.values.allSatisfy({ ms in ms.allSatisfy { m in ms.allSatisfy { StoryMentions.agree(m.payload, $0.payload) } } })
            else { continue }
            out.insert(aspect)
        }
        return out
    }

    /// A date that states a year or a month: a weekday or "yesterday" dates through each
    /// outlet's own day of writing, which differ by right.
    static func firm(_ f: StoryMentions.DateFact) -> Bool {
        f.stated.year != nil || f.stated.month != nil
    }

    /// Two dates told with one aspect that every outlet gives once: one fact, unless
    /// their years lie too far apart to be one happening misreported.
    static func sameAspectDate(_ a: StoryMentions.DateFact, _ b: StoryMentions.DateFact, once: Set<String>) -> Bool {
        guard let x = a.aspect, x == b.aspect, once.contains(x), firm(a), firm(b), a.repeats == b.repeats,
            StoryMentions.comparable(a, b)
        else { return false }
        if let p = a.stated.year, let q = b.stated.year, abs(p - q) > maximumYearGap { return false }
        // "Has run the bank since 2019", "has been finance director since 2021": a state
        // began for whoever is in it, the name the sentence opens with; two holders'
        // starts are two facts.
        if x == "since", a.lead.isEmpty || a.lead.isDisjoint(with: b.lead) { return false }
        // A deadline or an end ("by 2033", "until 2031") belongs to the thing its own clause
        // names: "plans to close the coal plant by 2033" and "promised the reactor would run
        // by 2031" share the story, but nothing the first date's clause speaks of is in the
        // second sentence, so they are two things' deadlines. "From" is left out: it dates
        // when the story's one change takes effect, which outlets word with any verb ("will
        // be abolished", "is getting rid of"). A date opening its clause has no such words.
        if x != "from" {
            if !a.clause.isEmpty, a.clause.isDisjoint(with: b.words) { return false }
            if !b.clause.isEmpty, b.clause.isDisjoint(with: a.words) { return false }
        }
        // Something the two sentences both speak of besides the date ("the toll ... from 1
        // April", "bridge toll is gone from January"): "free parking from April" in a
        // story of fares is another change.
        return !a.words.isDisjoint(with: b.words)
    }

    /// Words that open a clause of their own: what precedes them is another clause's.
    static let clauseOpeners: Set<String> = ["that", "which", "who", "whose", "where", "because", "although", "if", "unless"]
    /// Content words a clause may give before the date: its subject, verb and object.
    static let clauseWords = 6

    /// The content words of the date's own clause before it, nearest first: back to a
    /// stop, a word opening a clause, or a verb of saying whose complement the clause is.
    static func clause(_ tokens: [WordToken], before range: Range<Int>) -> Set<String> {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }) else { return [] }
        var out: Set<String> = []
        var k = first - 1
        while k >= 0, out.count < clauseWords {
            let t = tokens[k]
            k -= 1
            if !t.isWord {
                if t.isNumber { continue }
                if [",", ";", ":", "\"", "\u{201C}", "\u{201D}", "(", ")", "\u{2013}", "\u{2014}"].contains(t.text) { break }
                continue
            }
            if clauseOpeners.contains(t.lower) || StoryMentions.otherHappening.contains(t.lower) { break }
            if Lexicon.reportingVerbs.contains(t.lower) || QuantityMentions.reportingVerbs.contains(t.lower) { break }
            if Tokens.stopwords.contains(t.lower) || StoryMentions.isDateWord(t.lower) || hedges.contains(t.lower) { continue }
            out.insert(QuantityMentions.lemma(t.lower))
        }
        return out
    }

    /// The first run of capitalised words before the date that is no function word,
    /// title or calendar word: whose state or doing the sentence tells first.
    static func lead(_ tokens: [WordToken], before range: Range<Int>) -> Set<String> {
        var out: Set<String> = []
        for t in tokens {
            if t.range.lowerBound >= range.lowerBound { break }
            let name = t.isWord && t.isCapitalized && !Tokens.stopwords.contains(t.lower) && !StoryMentions.isDateWord(t.lower)
                && !RoleMentions.honorifics.contains(t.lower)
            if name {
                out.insert(t.lower)
            } else if !out.isEmpty {
                break
            }
        }
        return out
    }
}
