import HearsayModel
import HearsayText

/// What the comparison reads from every sentence of a story, found in one pass: people
/// with titles, quantities and dates.
struct StoryMentions: Sendable {
    struct DateFact: Sendable {
        /// Calendar time the words stand for; nil for a weekday without a publication date.
        var span: DateSpan?
        var stated: StatedDate
        /// Resolved against the article's publication date ("yesterday", "last week", "on
        /// Monday"): what the words say only through that date.
        var relative: Bool
        /// Topic words of the sentence, without the date's own words.
        var words: Set<String>
        /// Topic words within a few words of the date: a sentence can date two
        /// happenings ("reported on Sunday that talks began in January").
        var window: Set<String>
        /// The words by the date tell of a happening that repeats another ("fell a further
        /// 3 percent on Thursday", "struck again on Monday"): another happening than the
        /// first, on its own day.
        var repeats = false
        var sentence: String
        /// The two words of the happening the date is attached to ("a joint meeting on
        /// 24 April", "the final vote on Monday"): two outlets dating one named happening.
        var event: [String]? = nil
        /// The words the date hangs from: the last content words before it in its clause
        /// ("completed in 1886", "close the building on 31 August").
        /// The nearest first.
        var attachment: [String] = []
        /// A lower-case word right before the nearest word the date hangs from: "the
        /// national championships on 12 July".
        var qualifier: String? = nil
        /// "The treaty of 2009", "the class of 2019": the date names which one, not when it
        /// happened.
        var qualifiesNoun = false
        /// Dates the sentence gives, this one included.
        var datesInSentence = 1
        /// "From 1 April", "until 2031": the preposition of aspect the date is told with.
        var aspect: String? = nil
        /// The words of the first name the sentence gives before the date.
        var lead: Set<String> = []
        /// Content words of the date's own clause before it (`DateAspects.clause`).
        var clause: Set<String> = []
        /// A one-time happening of a subject the date gives the year of ("was founded in
        /// 2012": `LifeEvents`).
        var lifeEvent: LifeEvents.Event? = nil
        /// The year is an adjective before a noun ("the 1958 crossing"): it dates only the
        /// thing's origin (`LifeEvents.adjectivalYear`).
        var adjectival = false
        /// A change still to come the date is of ("will open in 2027": `PlannedChanges`).
        var change: PlannedChanges.Change? = nil
        /// The clip or image whose going online the date gives, as written (`Postings`).
        var posting: String? = nil
    }

    var roles: [(mention: RoleMention, article: String)] = []
    var quantities: [FactConflicts.Fact<QuantityMention>] = []
    var dates: [FactConflicts.Fact<DateFact>] = []
    var places: [FactConflicts.Fact<PlaceFact>] = []
    var times: [FactConflicts.Fact<TimeFact>] = []
    var tallies: [FactConflicts.Fact<TallyFact>] = []

    init(articles: [Article], documents: [TextDocument]) {
        var names = Set<String>()
        var openers: [Int] = []
        for (article, document) in zip(articles, documents) {
            let reference = article.published.flatMap(DateSpan.parseISO)
            var antecedents: [String] = []
            var articleNames: Set<String> = []
            let firstPlace = places.count
            defer { for k in firstPlace..<places.count { places[k].payload.articleNames = articleNames } }
            for sentence in document.sentences {
                let tokens = WordTokens.tokens(document.scalars, in: sentence.range)
                defer {
                    let names = QuantityMentions.fullNames(tokens)
                    if !names.isEmpty { antecedents = names }
                }
                names.formUnion(RoleMentions.namesMidSentence(tokens))
                let found = DateExpressions.find(in: tokens, reference: reference)
                // "The memo, sent on Friday, covers cars built in 2024": a weekday alone sets
                // the sentence in the article's week; the year dates something else.
                let thisWeek = found.contains { $0.stated?.weekday != nil && $0.stated?.year == nil }
                let past = !thisWeek && StoryMentions.isDatedInAPastYear(tokens, reference: reference)
                // "X, founded in 1911, is led by chief executive Y": the year dates its own
                // side clause, and only a title inside it.
                let sides = thisWeek ? [] : StoryMentions.pastSideClauses(tokens, reference: reference)
                for var m in RoleMentions.find(in: tokens, text: document.scalars) {
                    // "Governor X said during a 2009 speech": the title she held then, which
                    // says nothing against "former Governor X" today.
                    if (past || sides.contains { $0.overlaps(m.range) }) && m.tense == .unmarked { m.tense = .neutral }
                    if RoleMentions.opensWithOrganisation(m, tokens) { openers.append(roles.count) }
                    roles.append((m, article.id))
                }
                let text = document.string(sentence.range)
                let words = ContentWords.set(text).filter { !StoryMentions.isDateWord($0) }
                // A relative date ("yesterday", "last week") says a day through the article's
                // publication date; "on Saturday" says a weekday whatever its date.
                for f in found {
                    let relative = f.stated == nil || (f.stated?.weekday != nil && f.stated?.day == nil)
                    guard f.stated != nil || f.span != nil else { continue }
                    let window = StoryMentions.window(tokens, around: f.range)
                    let fact = DateFact(
                        span: f.span, stated: f.stated ?? StatedDate(nil, nil, nil), relative: relative, words: words, window: window,
                        repeats: StoryMentions.repeats(tokens, around: f.range), sentence: text,
                        event: StoryMentions.event(tokens, before: f.range), attachment: StoryMentions.attachment(tokens, before: f.range),
                        qualifier: StoryMentions.qualifier(tokens, before: f.range), qualifiesNoun: StoryMentions.afterOf(tokens, f.range) && f.stated?.day == nil, datesInSentence: found.count,
                        aspect: DateAspects.aspect(tokens, of: f.range), lead: DateAspects.lead(tokens, before: f.range),
                        clause: DateAspects.clause(tokens, before: f.range),
                        lifeEvent: LifeEvents.event(tokens, before: f.range, antecedents: antecedents),
                        change: PlannedChanges.change(tokens, before: f.range), posting: Postings.medium(tokens, of: f.range))
                    var shown = document.string(f.range)
                    // "Since 2019" dates the start of a state, not a happening in 2019: shown so.
                    if let before = tokens.last(where: { $0.range.upperBound <= f.range.lowerBound }), before.lower == "since" {
                        shown = before.text + " " + shown
                    }
                    if relative, let span = f.span { shown += " (\(span.iso))" }
                    dates.append(.init(payload: fact, article: article.id, range: f.range, shown: shown))
                }
                for i in tokens.indices where !found.contains(where: { $0.range.overlaps(tokens[i].range) }) {
                    guard let y = LifeEvents.adjectivalYear(tokens, at: i, reference: reference) else { continue }
                    let fact = DateFact(
                        span: .year(y.year), stated: StatedDate(y.year, nil, nil), relative: false, words: words,
                        window: StoryMentions.window(tokens, around: y.range), sentence: text, datesInSentence: found.count + 1,
                        lifeEvent: y.event, adjectival: true)
                    dates.append(.init(payload: fact, article: article.id, range: y.range, shown: String(y.year)))
                }
                for m in VoteTallies.find(in: tokens, text: text) {
                    tallies.append(.init(payload: m.fact, article: article.id, range: m.range, shown: document.string(m.range)))
                }
                for m in TimeMentions.find(in: tokens, text: text) {
                    times.append(.init(payload: m.fact, article: article.id, range: m.range, shown: document.string(m.range)))
                }
                articleNames.formUnion(PlaceMentions.names(tokens))
                for p in PlaceMentions.find(in: tokens) {
                    places.append(.init(payload: p.fact, article: article.id, range: p.range, shown: p.fact.place))
                }
                var qs = QuantityMentions.find(in: tokens, text: document.scalars, skipping: found.map(\.range), antecedents: antecedents)
                var rejected: [Int: Int] = [:]
                for (x, y) in QuantityMentions.corrections(tokens, qs) {
                    // "8 percent, not nine", "Imbert is 60, not 61": the unit is written once.
                    if qs[y].kind == .count, [.percentage, .percentagePoints, .age].contains(qs[x].kind) { qs[y].kind = qs[x].kind }
                    guard qs[y].kind == qs[x].kind, !qs[x].head.isEmpty else { continue }
                    rejected[y] = x
                    qs[y].head = qs[x].head
                    qs[y].label = qs[x].label
                    qs[y].tally = qs[x].tally
                    qs[y].modifiers = qs[x].modifiers
                    qs[y].window.formUnion(qs[x].window)
                }
                // A figure with no thing of its own is kept only as a rejected one.
                let kept = qs.indices.filter { !qs[$0].head.isEmpty }
                let base = quantities.count
                for k in kept {
                    var q = qs[k]
                    q.published = reference
                    q.rejectedFor = rejected[k].flatMap { kept.firstIndex(of: $0) }.map { base + $0 }
                    quantities.append(.init(payload: q, article: article.id, range: q.range, shown: StoryMentions.countShown(q, tokens)))
                }
            }
        }
        for k in openers { roles[k].mention = RoleMentions.commonNounOpener(roles[k].mention, names: names) }
    }

    /// Whether two dates can be told apart: they state a common part ("May 4" and "June
    /// 1"), name weekdays, or one resolves from a publication date to a span the other
    /// date can be set against.
    static func comparable(_ a: DateFact, _ b: DateFact) -> Bool {
        if a.stated.comparable(with: b.stated) { return true }
        guard a.relative || b.relative, let x = a.span, let y = b.span else { return false }
        // "In May" got its year from the reference, as a guess: it says nothing against
        // "last year". A stated year or a day does.
        func firm(_ f: DateFact, _ s: DateSpan) -> Bool { f.relative || f.stated.year != nil || s.precision == .days }
        return firm(a, x) && firm(b, y)
    }

    /// Whether two dates of one happening can be the same: no stated part differs; two
    /// weekdays agree as words ("on Saturday" in two outlets, however their dates
    /// resolve it); otherwise a relative date's span must meet the other's.
    static func agree(_ a: DateFact, _ b: DateFact) -> Bool {
        guard a.stated.agrees(with: b.stated) else { return false }
        if a.stated.weekday != nil && b.stated.weekday != nil { return true }
        guard a.relative || b.relative, let x = a.span, let y = b.span else { return true }
        return x.start <= y.end && y.start <= x.end
    }

    /// Whether a sentence is set in a year before the article's, or, with no publication
    /// date, names a year without speaking of the future.
    static func isDatedInAPastYear(_ tokens: [WordToken], reference: DateSpan?) -> Bool {
        // "Has run the broadcaster since taking charge in 2024": a year in a clause opened
        // by "since" starts a state that lasts until now, which sets nothing in the past.
        // "A contract until 2030": a term's end, which without the article's own year tells
        // nothing of the past.
        // The year first: the clause tests look back along the sentence.
        let years = tokens.indices.compactMap { i -> Int? in
            guard let year = DateExpressions.yearAt(tokens, i)?.value,
                !inSinceClause(tokens, i), sideClause(tokens, i) == nil, !(reference == nil && endsATerm(tokens, i))
            else { return nil }
            return year
        }
        return isPast(years, tokens, reference: reference)
    }

    /// A year right after "until" or "till".
    static func endsATerm(_ tokens: [WordToken], _ i: Int) -> Bool {
        i > 0 && ["until", "till", "untill"].contains(tokens[i - 1].lower)
    }

    static func isPast(_ years: [Int], _ tokens: [WordToken], reference: DateSpan?) -> Bool {
        guard !years.isEmpty else { return false }
        if let reference { return years.contains { $0 < reference.start.year } }
        return !tokens.indices.contains { DateExpressions.isFutureCue(tokens, $0) }
    }

    /// The scalar ranges of side clauses set in a past year (`sideClause`).
    static func pastSideClauses(_ tokens: [WordToken], reference: DateSpan?) -> [Range<Int>] {
        tokens.indices.compactMap { i -> Range<Int>? in
            guard let year = DateExpressions.yearAt(tokens, i)?.value, !inSinceClause(tokens, i), let side = sideClause(tokens, i),
                isPast([year], tokens, reference: reference)
            else { return nil }
            return tokens[side.lowerBound].range.lowerBound..<tokens[side.upperBound - 1].range.upperBound
        }
    }

    /// The tokens of the clause set off by a comma that the word at `i` stands in, when a
    /// relative pronoun or a past participle opens it ("Acme, founded in 1911, ...", "X,
    /// who started the firm in 2011, ..."): it describes the noun before it, so a year
    /// there dates that noun's past, not the sentence's.
    static func sideClause(_ tokens: [WordToken], _ i: Int) -> Range<Int>? {
        var j = i - 1
        while j >= 0, tokens[j].isWord || tokens[j].isNumber { j -= 1 }
        guard j >= 0, tokens[j].text == ",", j + 1 < i else { return nil }
        let opener = tokens[j + 1].lower
        guard ["who", "which"].contains(opener) || (opener.count > 4 && opener.hasSuffix("ed")) || ["built", "born", "begun"].contains(opener)
        else { return nil }
        var e = i + 1
        while e < tokens.count, tokens[e].isWord || tokens[e].isNumber { e += 1 }
        return (j + 1)..<e
    }

    /// Whether the word at `i` stands in a clause opened by "since": back from it to a
    /// punctuation mark or the sentence's start.
    static func inSinceClause(_ tokens: [WordToken], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, tokens[j].isWord || tokens[j].isNumber {
            if tokens[j].lower == "since" { return true }
            j -= 1
        }
        return false
    }

    /// Words that open another happening, set against the date's own: "resigned on
    /// Wednesday, two days after his ministry denied it" dates the resignation, and the
    /// denial's words are no part of the date's window.
    static let otherHappening: Set<String> = ["after", "before", "since", "until", "till", "when", "while", "whereas"]

    /// The happening a date is attached to by "on": two lower-case words that are no
    /// function words right before it ("joint meeting on 24 April"); nil otherwise, or
    /// for a verb's date ("was closed on Monday" names no happening).
    static func event(_ tokens: [WordToken], before range: Range<Int>) -> [String]? {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }) else { return nil }
        if let noun = ownedHappening(tokens, first: first, last: tokens.lastIndex(where: { $0.range.overlaps(range) }) ?? first) {
            return [noun]
        }
        let on = tokens[first].lower == "on" ? first : first - 1
        guard on >= 2, tokens[on].lower == "on" else { return nil }
        let pair = [tokens[on - 2], tokens[on - 1]]
        guard pair.allSatisfy({ $0.isWord && !$0.isCapitalized && !Tokens.stopwords.contains($0.lower) && !$0.lower.hasSuffix("ed") }) else {
            return nil
        }
        return pair.map { QuantityMentions.lemma($0.lower) }
    }

    /// Words before a date that say nothing of the happening: the date's own preposition
    /// and hedges ("until at least 2031"), or a report ("reported on Monday", which
    /// dates each outlet's own telling).
    static let attachmentSkips: Set<String> = ["least", "most", "around", "about", "roughly", "approximately", "latest", "earliest"]

    /// The content words a date hangs from: up to `count` words before it, back to the
    /// start of its clause (a comma, a semicolon, a quotation mark, a word opening
    /// another happening). Numbers, names' hedges and date words are passed over ("on 17
    /// and 18 October" hangs from what precedes "17"). Empty when a report is what the
    /// date dates, as outlets report one happening on their own days.
    static func attachment(_ tokens: [WordToken], before range: Range<Int>, count: Int = 2) -> [String] {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }) else { return [] }
        var out: [String] = []
        var k = first - 1
        while k >= 0, out.count < count {
            let t = tokens[k]
            if !t.isWord && !t.isNumber {
                if [",", ";", ":", "\"", "\u{201C}", "\u{201D}", "(", ")", "\u{2013}", "\u{2014}"].contains(t.text) { break }
                k -= 1
                continue
            }
            if otherHappening.contains(t.lower) { break }
            if t.isWord, !Tokens.stopwords.contains(t.lower), !isDateWord(t.lower), !attachmentSkips.contains(t.lower) {
                if Lexicon.reportingVerbs.contains(t.lower) || QuantityMentions.reportingVerbs.contains(t.lower) { return [] }
                out.append(QuantityMentions.lemma(t.lower))
            }
            k -= 1
        }
        return out
    }

    static func qualifier(_ tokens: [WordToken], before range: Range<Int>) -> String? {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }) else { return nil }
        var k = first - 1
        while k >= 0, !tokens[k].isWord || Tokens.stopwords.contains(tokens[k].lower) || attachmentSkips.contains(tokens[k].lower) {
            if !tokens[k].isWord && !tokens[k].isNumber { return nil }
            k -= 1
        }
        guard k >= 1, tokens[k - 1].isWord, !tokens[k - 1].isCapitalized, !Tokens.stopwords.contains(tokens[k - 1].lower) else { return nil }
        return tokens[k - 1].lower
    }

    /// (Only a date without its day: "the deadline of 31 March" says when the deadline falls,
    /// as "the treaty of 2009" does not.)
    static func afterOf(_ tokens: [WordToken], _ range: Range<Int>) -> Bool {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }), first > 0 else { return false }
        return tokens[first - 1].lower == "of"
    }

    static let happeningDeterminers: Set<String> = ["its", "their", "his", "her", "the"]

    /// A happening named by a noun in -ing after a determiner and dated by a weekday or
    /// a date, either way round: "its meeting on Friday", "the hearing Thursday", "its
    /// Friday meeting". An -ing noun after "its"/"the" is an act (a meeting, a hearing,
    /// a briefing, a sitting), so two outlets dating it differently disagree.
    static func ownedHappening(_ tokens: [WordToken], first: Int, last: Int) -> String? {
        func happening(_ k: Int) -> Bool {
            k >= 1 && k < tokens.count && tokens[k].isWord && !tokens[k].isCapitalized && tokens[k].lower.count > 5
                && tokens[k].lower.hasSuffix("ing") && !Tokens.stopwords.contains(tokens[k].lower)
                && happeningDeterminers.contains(tokens[k - 1].lower)
        }
        // "its meeting on Friday", "its meeting Thursday".
        let on = tokens[first].lower == "on" ? first : (first >= 1 && tokens[first - 1].lower == "on" ? first - 1 : first)
        if happening(on - 1) { return tokens[on - 1].lower }
        // "its Friday meeting": a weekday alone between the determiner and the noun.
        if first == last, first >= 1, DateExpressions.weekdays[tokens[first].lower] != nil, happeningDeterminers.contains(tokens[first - 1].lower),
            last + 1 < tokens.count, tokens[last + 1].isWord, !tokens[last + 1].isCapitalized, tokens[last + 1].lower.count > 5,
            tokens[last + 1].lower.hasSuffix("ing")
        {
            return tokens[last + 1].lower
        }
        return nil
    }

    /// A count is shown with the noun right after it when that noun is what it counts
    /// ("16 beds", "three seasons"): outlets that differ on a count write it so, and a
    /// bare "16" says nothing of what there are 16 of.
    static func countShown(_ q: QuantityMention, _ tokens: [WordToken]) -> String {
        guard q.kind == .count, let n = tokens.first(where: { $0.range.lowerBound >= q.range.upperBound }),
            n.range.lowerBound == q.range.upperBound + 1, n.isWord, !n.isCapitalized
        else { return q.text }
        let lemma = QuantityMentions.lemma(n.lower)
        // "400 job cuts": a singular noun before another noun modifies it and is not shown alone.
        if lemma == n.lower, let after = tokens.first(where: { $0.range.lowerBound >= n.range.upperBound }), after.isWord,
            !after.isCapitalized, !Tokens.stopwords.contains(after.lower)
        {
            return q.text
        }
        return lemma == q.head || CountedMoves.nounFamilies[lemma] == q.head ? q.text + " " + n.text : q.text
    }

    static func window(_ tokens: [WordToken], around range: Range<Int>, width: Int = 6) -> Set<String> {
        guard let (lo, first, last, hi) = bounds(tokens, around: range, width: width) else { return [] }
        return Set(
            (tokens[lo..<first] + tokens[(last + 1)..<hi])
                .filter { $0.isWord && !Tokens.stopwords.contains($0.lower) && !isDateWord($0.lower) }
                .map { QuantityMentions.lemma($0.lower) })
    }

    /// The date's first and last tokens and the window around them, up to a word that
    /// opens another happening.
    static func bounds(_ tokens: [WordToken], around range: Range<Int>, width: Int) -> (Int, Int, Int, Int)? {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }),
            let last = tokens.lastIndex(where: { $0.range.overlaps(range) })
        else { return nil }
        var lo = first, hi = last + 1
        while lo > max(0, first - width), !otherHappening.contains(tokens[lo - 1].lower) { lo -= 1 }
        while hi < min(tokens.count, last + 1 + width), !otherHappening.contains(tokens[hi].lower) { hi += 1 }
        return (lo, first, last, hi)
    }

    static let repeatWords: Set<String> = ["further", "again", "another", "additional"]

    static func repeats(_ tokens: [WordToken], around range: Range<Int>) -> Bool {
        guard let (lo, _, _, hi) = bounds(tokens, around: range, width: 6) else { return false }
        return tokens[lo..<hi].contains { repeatWords.contains($0.lower) }
    }

    static func isDateWord(_ w: String) -> Bool {
        DateExpressions.months[w] != nil || DateExpressions.weekdays[w] != nil || w.allSatisfy(\.isNumber)
    }
}
