import HearsayText

/// The parts of a date a text states outright: "2 February" states a month and a day,
/// "in 2024" a year.
struct StatedDate: Sendable, Hashable {
    var year: Int?
    var month: Int?
    var day: Int?
    /// "On Thursday" states a weekday (0 is Monday) whatever day it resolves to: two
    /// outlets that name different weekdays for one event disagree, dated or not.
    var weekday: Int?

    init(_ year: Int?, _ month: Int?, _ day: Int?, weekday: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
    }

    /// The whole date, when the text gives year, month and day.
    var civil: CivilDate? {
        guard let year, let month, let day, CivilDate.isValid(year: year, month: month, day: day) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The weekday stated, or the one a whole date falls on.
    var knownWeekday: Int? { weekday ?? civil?.weekday }

    /// No part that both state differs.
    func agrees(with other: StatedDate) -> Bool {
        func same(_ a: Int?, _ b: Int?) -> Bool { a == nil || b == nil || a == b }
        let weekdays = weekday != nil || other.weekday != nil ? same(knownWeekday, other.knownWeekday) : true
        return same(year, other.year) && same(month, other.month) && same(day, other.day) && weekdays
    }

    /// States the same parts: a year, a month, a day, a weekday each or neither.
    func sameParts(as other: StatedDate) -> Bool {
        (year == nil) == (other.year == nil) && (month == nil) == (other.month == nil) && (day == nil) == (other.day == nil)
            && (weekday == nil) == (other.weekday == nil)
    }

    /// Both state at least one common part: otherwise they cannot disagree.
    func comparable(with other: StatedDate) -> Bool {
        (year != nil && other.year != nil) || (month != nil && other.month != nil)
            || (weekday != nil && other.knownWeekday != nil) || (other.weekday != nil && knownWeekday != nil)
    }
}

/// A date expression found in a sentence, resolved to calendar time.
struct DateMention: Sendable, Hashable {
    /// Scalar offsets of the expression in the body ("early February 2026").
    var range: Range<Int>
    var span: DateSpan
    /// Index of the sentence in the article's `TextDocument`.
    var sentence: Int
}

/// Finds dates in English news text and resolves them against the article's
/// publication date: absolute dates ("February 2, 2026", "2 Feb", "early February
/// 2026", "late 2024"), months and weekdays without a year or week ("in November",
/// "on Monday", read as the last one before publication, or the next one when the
/// sentence speaks of the future), and relative periods ("over the weekend", "last
/// week", "earlier this month", "three days ago"). Without a publication date only
/// what the text dates fully is kept, and a day and month ("12 October") as stated parts.
enum DateExpressions {
    static let months = DateText.englishMonths
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
    /// Words before a bare month or year that make it a date ("in November", "late 2024").
    static let datePrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "during", "from", "through", "throughout", "before", "after",
        "early", "late", "mid", "last", "next", "this", "of", "around", "between", "and", "to", "on",
    ]
    static let edgeModifiers: Set<String> = ["early", "late", "mid", "end", "beginning", "start", "middle"]
    /// Seasons before a year ("in spring 2028", "autumn 2027") make it a date as a
    /// preposition does, and are shown with it. ("Fall" is as often a verb.)
    static let seasons: Set<String> = ["spring", "summer", "autumn", "winter"]
    static let futureCues: Set<String> = [
        "will", "shall", "due", "expected", "scheduled", "plans", "planned", "planning", "upcoming", "set",
        "going", "next", "later", "ll", "intends", "aims", "would",
    ]
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": -1, "few": -1,
    ]

    static func find(in document: TextDocument, reference: DateSpan?) -> [DateMention] {
        var out: [DateMention] = []
        for (n, sentence) in document.sentences.enumerated() {
            let tokens = WordTokens.tokens(document.scalars, in: sentence.range)
            var found = find(in: tokens, reference: reference)
            // "Since January" says when a state began, not what the sentence reports:
            // beside another date ("said on Sunday that talks had run since January") it
            // would file the sentence under the start of the talks too.
            if found.count > 1 { found.removeAll { startsAState($0, in: tokens) } }
            for f in found {
                guard let span = f.span else { continue }
                out.append(DateMention(range: f.range, span: span, sentence: n))
            }
        }
        return out
    }

    /// Cues that speak of the future only before "to" or "for" ("set to resign", "set for
    /// release", "going to"): "when it set off", "set up", "going home" are no such cue.
    static let cuesBeforeToOrFor: Set<String> = ["set", "going"]

    static func isFutureCue(_ t: [WordToken], _ k: Int) -> Bool {
        guard futureCues.contains(t[k].lower) else { return false }
        guard cuesBeforeToOrFor.contains(t[k].lower) else { return true }
        return k + 1 < t.count && ["to", "for"].contains(t[k + 1].lower)
    }

    /// Past forms that need no "-ed": the irregular verbs news reports use most.
    static let irregularPast: Set<String> = [
        "was", "were", "had", "did", "said", "told", "met", "made", "took", "gave", "came", "went", "saw", "held",
        "won", "lost", "left", "began", "struck", "found", "got", "sent", "spoke", "wrote", "ran", "became",
        "brought", "thought", "kept", "paid", "sold", "bought", "fell", "rose", "led", "fought", "broke", "chose",
        "drove", "flew", "grew", "knew", "stood", "heard", "felt", "meant", "spent",
    ]

    /// A verb in the past tense: an irregular past, or a word in "-ed" that is not a
    /// participle after a form of "be" ("will be held", "is focused").
    static func isPastTense(_ t: [WordToken], _ k: Int) -> Bool {
        let w = t[k].lower
        guard t[k].isWord, !futureCues.contains(w) else { return false }
        if irregularPast.contains(w) { return true }
        guard w.count >= 4, w.hasSuffix("ed"), !t[k].isCapitalized || k == 0 else { return false }
        let before = k > 0 ? t[k - 1].lower : ""
        return !["be", "been", "being", "is", "are", "am", "get", "gets"].contains(before)
    }

    /// The position in `cues` (not empty, ascending) nearest to `i`; the earlier on a tie.
    static func nearest(_ cues: [Int], to i: Int) -> Int {
        cues.min { (abs($0 - i), $0) < (abs($1 - i), $1) }!
    }

    static func startsAState(_ f: Found, in tokens: [WordToken]) -> Bool {
        guard let i = tokens.firstIndex(where: { $0.range.lowerBound >= f.range.lowerBound }), i > 0 else { return false }
        return tokens[i - 1].lower == "since"
    }

    struct Found: Sendable, Hashable {
        var range: Range<Int>
        /// Nil for a weekday in an article without a publication date.
        var span: DateSpan?
        /// What the text itself states; nil for relative dates ("last week"), the weekday
        /// alone for "on Thursday".
        var stated: StatedDate?
    }

    /// Verbs of a timetable in the present ("the senate meets in March", "the season opens
    /// in May"): with no past verb beside them, a schedule, which lies ahead.
    static let scheduleVerbs: Set<String> = [
        "meets", "meet", "opens", "starts", "begins", "ends", "closes", "expires", "resumes", "reopens", "convenes", "sits",
        "votes", "kicks", "launches", "takes", "goes", "comes", "runs",
    ]

    static func find(in t: [WordToken], reference: DateSpan?) -> [Found] {
        let scheduled = t.contains { scheduleVerbs.contains($0.lower) } && !t.indices.contains { isPastTense(t, $0) }
        let future = scheduled || t.indices.contains { isFutureCue(t, $0) }
        // A sentence of two tenses ("backed him on Tuesday, but he will not survive the
        // month"): the nearest cue tells which way a weekday or month points.
        let past = future ? t.indices.filter { isPastTense(t, $0) } : []
        let cues = past.isEmpty ? [] : (past + t.indices.filter { isFutureCue(t, $0) }).sorted()
        let anyPast = past.isEmpty ? t.indices.contains { isPastTense(t, $0) } : true
        var out: [Found] = []
        var i = 0
        while i < t.count {
            var ahead = future && (cues.isEmpty || !past.contains(nearest(cues, to: i)))
            // "Posts shared since Monday" reach back, whatever the tense; "from June, drinks
            // may hold no more than..." in a sentence with no past verb looks ahead.
            let governing = (1...2).lazy.map { i - $0 }.filter { $0 >= 0 }.map { t[$0].lower }
                .first { !edgeModifiers.contains($0) && $0 != "-" }
            if governing == "since" { ahead = false } else if governing == "from" && !anyPast { ahead = true }
            if let (end, span, stated) = match(t, i, reference: reference, future: ahead) {
                let start = extendLeft(t, i)
                out.append(Found(range: t[start].range.lowerBound..<t[end - 1].range.upperBound, span: span, stated: stated))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Tries every pattern that can start at token `i`; returns the end token index and
    /// the resolved span.
    static func match(_ t: [WordToken], _ i: Int, reference: DateSpan?, future: Bool) -> (Int, DateSpan?, StatedDate?)? {
        // "Sunday 10 August", "Monday, 5 May": a weekday before a day of the month is part of
        // that date, and states its weekday too.
        if let weekday = weekdays[t[i].lower], t[i].isCapitalized, i + 1 < t.count {
            let next = t[i + 1].text == "," ? i + 2 : i + 1
            if next < t.count, t[next].isNumber, let (end, span, stated) = match(t, next, reference: reference, future: future), var s = stated, s.day != nil {
                s.weekday = weekday
                return (end, span, s)
            }
        }
        let word = t[i].lower
        // "mid-February": the word before the hyphen governs.
        let previous = i > 1 && t[i - 1].text == "-" ? t[i - 2].lower : i > 0 ? t[i - 1].lower : ""
        if t[i].isNumber, let day = dayNumber(t[i]), let month = monthAt(t, i + 1) ?? ofMonthAt(t, i + 1) {
            // "2 February 2026", "2nd of February"
            let monthEnd = month.end
            if let year = yearAt(t, monthEnd) {
                return valid(year.value, month.value, day).map { (year.end, .day($0), StatedDate(year.value, month.value, day)) }
            }
            guard reference != nil else { return yearless(month.value, day, end: monthEnd) }
            guard let y = resolveYear(month.value, reference: reference, future: future),
                let d = valid(y, month.value, day)
            else { return nil }
            return (monthEnd, .day(d), StatedDate(nil, month.value, day))
        }
        if let month = monthAt(t, i) {
            var j = month.end
            if j < t.count, t[j].isNumber, let day = dayNumber(t[j]) {
                j += 1
                if let year = yearAt(t, j) ?? yearAt(t, j + 1).flatMap({ t[j].text == "," ? $0 : nil }) {
                    return valid(year.value, month.value, day).map { (year.end, .day($0), StatedDate(year.value, month.value, day)) }
                }
                guard reference != nil else { return yearless(month.value, day, end: j) }
                guard let y = resolveYear(month.value, reference: reference, future: future),
                    let d = valid(y, month.value, day)
                else { return nil }
                return (j, .day(d), StatedDate(nil, month.value, day))
            }
            if let year = yearAt(t, j) {
                return (year.end, .month(year.value, month.value), StatedDate(year.value, month.value, nil))
            }
            // "in January last year": the year is the reference's, shifted.
            if j + 1 < t.count, t[j + 1].lower == "year", let shift = ["last": -1, "this": 0, "next": 1][t[j].lower],
                let ref = reference
            {
                return (j + 2, .month(ref.start.year + shift, month.value), nil)
            }
            // A bare month is a date only after a preposition or edge word ("in May").
            guard datePrepositions.contains(previous) || edgeModifiers.contains(previous) else { return nil }
            // Without a publication date "in March" still states its month, which can be set
            // against another outlet's, though it names no calendar month.
            guard reference != nil else { return (j, nil, StatedDate(nil, month.value, nil)) }
            guard let y = resolveYear(month.value, reference: reference, future: future) else { return nil }
            return (j, .month(y, month.value), StatedDate(nil, month.value, nil))
        }
        // "Planned for 2028", "scheduled for 2027": after a word of planning "for" names when.
        let planned = previous == "for" && i > 1 && PlannedChanges.planWords.contains(t[i - 2].lower)
        if let year = yearAt(t, i), datePrepositions.contains(previous) || seasons.contains(previous) || planned {
            return (year.end, .year(year.value), StatedDate(year.value, nil, nil))
        }
        guard let ref = reference, ref.precision == .days else {
            if let weekday = weekdays[weekdayWord(t[i])], t[i].isCapitalized { return (i + 1, nil, StatedDate(nil, nil, nil, weekday: weekday)) }
            return reference.flatMap { matchCoarseRelative(t, i, reference: $0) }.map { ($0.0, $0.1, nil) }
        }
        let day = ref.start
        if let weekday = weekdays[weekdayWord(t[i])], t[i].isCapitalized {
            let back = (day.weekday - weekday + 7) % 7
            let ahead = (weekday - day.weekday + 7) % 7
            let d: CivilDate
            switch previous {
            case "last": d = day.adding(days: -(back == 0 ? 7 : back))
            case "next": d = day.adding(days: ahead == 0 ? 7 : ahead)
            default: d = future ? day.adding(days: ahead) : day.adding(days: -back)
            }
            return (i + 1, .day(d), StatedDate(nil, nil, nil, weekday: weekday))
        }
        switch word {
        case "yesterday": return (i + 1, .day(day.adding(days: -1)), nil)
        case "tomorrow": return (i + 1, .day(day.adding(days: 1)), nil)
        // "The Weekend Clarion": a capital after the first word makes it part of a name.
        case "weekend" where ["the", "this", "last", "next"].contains(previous) && !(t[i].isCapitalized && i > 0):
            return (i + 1, weekend(day, previous: previous, future: future), nil)
        case "week" where ["this", "last", "next"].contains(previous) && !isPlural(t, i):
            let monday = day.adding(days: -day.weekday)
            let shift = previous == "last" ? -7 : previous == "next" ? 7 : 0
            let start = monday.adding(days: shift)
            let end = previous == "this" ? day : start.adding(days: 6)
            return (i + 1, .days(start, end), nil)
        default: break
        }
        if let ago = agoAt(t, i) {
            switch ago.unit {
            case "day": return (ago.end, .day(day.adding(days: -ago.count)), nil)
            case "week":
                let d = day.adding(days: -7 * ago.count)
                return (ago.end, .days(d.adding(days: -d.weekday), d.adding(days: 6 - d.weekday)), nil)
            default: break
            }
        }
        return matchCoarseRelative(t, i, reference: ref).map { ($0.0, $0.1, nil) }
    }

    /// "last month", "this year", "two years ago": need only a month or year reference.
    static func matchCoarseRelative(_ t: [WordToken], _ i: Int, reference: DateSpan) -> (Int, DateSpan)? {
        let previous = i > 0 ? t[i - 1].lower : ""
        let before = i > 1 ? t[i - 2].lower : ""
        let y = reference.start.year, m = reference.start.month
        // "the last year" and "the past month" are durations, not dates.
        guard before != "the" else { return nil }
        let shift = previous == "last" ? -1 : previous == "next" ? 1 : previous == "this" ? 0 : nil
        switch t[i].lower {
        case "month" where shift != nil && reference.precision != .year:
            let k = (y * 12 + m - 1) + shift!
            return (i + 1, .month(k / 12, k % 12 + 1))
        case "year" where shift != nil:
            return (i + 1, .year(y + shift!))
        default: break
        }
        if let ago = agoAt(t, i) {
            switch ago.unit {
            case "month" where reference.precision != .year:
                let k = (y * 12 + m - 1) - ago.count
                return (ago.end, .month(k / 12, k % 12 + 1))
            case "year": return (ago.end, .year(y - ago.count))
            default: break
            }
        }
        return nil
    }

    /// "three days ago", "a week ago": the count, the singular unit and the end token.
    static func agoAt(_ t: [WordToken], _ i: Int) -> (count: Int, unit: String, end: Int)? {
        guard i + 2 < t.count, t[i + 2].lower == "ago" else { return nil }
        let count: Int
        if t[i].isNumber, let n = Int(t[i].text) { count = n } else if let n = numberWords[t[i].lower], n > 0 { count = n } else { return nil }
        var unit = t[i + 1].lower
        if unit.hasSuffix("s") { unit.removeLast() }
        guard ["day", "week", "month", "year"].contains(unit) else { return nil }
        return (count, unit, i + 3)
    }

    /// The Saturday and Sunday a weekend mention points at: the last one up to the
    /// reference day, or the coming one for "next weekend" and future sentences.
    static func weekend(_ day: CivilDate, previous: String, future: Bool) -> DateSpan {
        let toSaturday = (5 - day.weekday + 7) % 7
        var saturday: CivilDate
        if previous == "next" || (future && previous != "last") {
            saturday = day.adding(days: toSaturday)
            if previous == "next" && toSaturday == 0 { saturday = saturday.adding(days: 7) }
        } else {
            // The weekend that ended most recently (or is under way).
            saturday = day.weekday >= 5 ? day.adding(days: -(day.weekday - 5)) : day.adding(days: -(day.weekday + 2))
            if previous == "last" && day.weekday >= 5 { saturday = saturday.adding(days: -7) }
        }
        return .days(saturday, saturday.adding(days: 1))
    }

    /// Extends a match leftwards over edge words and their glue: "early", "mid-",
    /// "the end of", "late".
    static func extendLeft(_ t: [WordToken], _ i: Int) -> Int {
        var start = i
        if start > 0, t[start - 1].text == "-" || t[start - 1].text == "\u{2013}" { start -= 1 }
        if start > 0, t[start - 1].lower == "of", start > 1, edgeModifiers.contains(t[start - 2].lower) {
            start -= 2
            if start > 0, t[start - 1].lower == "the" { start -= 1 }
        } else if start > 1, t[start - 1].lower == "of", yearAt(t, start) != nil,
            let season = [start - 2, start - 3].first(where: { $0 >= 0 && seasons.contains(t[$0].lower) }),
            season == start - 2 || t[start - 2].lower == "term"
        {
            // "The summer of 2025", "the summer term of 2026": the season is part of the date.
            start = season
        } else if start > 0, edgeModifiers.contains(t[start - 1].lower) || seasons.contains(t[start - 1].lower) && yearAt(t, start) != nil {
            start -= 1
        } else if start > 0, ["last", "next", "this", "over"].contains(t[start - 1].lower) {
            start -= 1
        } else if start > 1, t[start - 1].lower == "the", t[start - 2].lower == "over" {
            start -= 2
        }
        return start
    }

    static func monthAt(_ t: [WordToken], _ i: Int) -> (value: Int, end: Int)? {
        guard i < t.count, t[i].isWord, t[i].isCapitalized, let m = months[t[i].lower] else { return nil }
        let isAbbreviation = t[i].text.count <= 4 && t[i].lower != "june" && t[i].lower != "july" && t[i].lower != "may"
        if isAbbreviation {
            // "Feb." or "Feb" before a number; never the bare word "Mar" or "Jan" in prose.
            if i + 1 < t.count, t[i + 1].text == "." { return (m, i + 2) }
            return i + 1 < t.count && t[i + 1].isNumber ? (m, i + 1) : nil
        }
        return (m, i + 1)
    }

    static func ofMonthAt(_ t: [WordToken], _ i: Int) -> (value: Int, end: Int)? {
        guard i < t.count, t[i].lower == "of" else { return nil }
        return monthAt(t, i + 1)
    }

    static func yearAt(_ t: [WordToken], _ i: Int) -> (value: Int, end: Int)? {
        guard i < t.count, t[i].isNumber, t[i].text.count == 4, let y = Int(t[i].text), (1000...2200).contains(y) else { return nil }
        // Before 1800 four digits are as often a count ("in 1500 homes") or a time ("by 1420
        // GMT") as a year: one counts a plural or a unit after it, a time a capital; a year
        // ends its phrase or qualifies a singular noun ("founded in 1291 to", "the 1654 portrait").
        if y < 1800, i + 1 < t.count, t[i + 1].isWord,
            t[i + 1].isCapitalized || QuantityMentions.isPlural(t[i + 1].lower) || QuantityMentions.units[t[i + 1].lower] != nil
                || QuantityMentions.multipliers[t[i + 1].lower] != nil
        {
            return nil
        }
        // "2024s" or "2024-25" are not this pattern's.
        if i + 1 < t.count, t[i + 1].text == "-", i + 2 < t.count, t[i + 2].isNumber { return nil }
        return (y, i + 1)
    }

    static func dayNumber(_ token: WordToken) -> Int? {
        let digits = token.text.prefix { $0.isNumber }
        guard digits.count <= 2, let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    static func weekdayWord(_ token: WordToken) -> String {
        var w = token.lower
        if w.hasSuffix("'s") || w.hasSuffix("\u{2019}s") { w = String(w.dropLast(2)) }
        return w
    }

    static func isPlural(_ t: [WordToken], _ i: Int) -> Bool { t[i].lower.hasSuffix("s") }

    /// "12 October" in an article without a publication date: no calendar day, but the
    /// month and day it states can still be set against another outlet's (any year
    /// with a 29 February tells a real day).
    static func yearless(_ month: Int, _ day: Int, end: Int) -> (Int, DateSpan?, StatedDate?)? {
        guard valid(2024, month, day) != nil else { return nil }
        return (end, nil, StatedDate(nil, month, day))
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> CivilDate? {
        CivilDate.isValid(year: y, month: m, day: d) ? CivilDate(year: y, month: m, day: d) : nil
    }

    /// The year of a month named without one: the last such month up to the reference,
    /// or the next from it when the sentence is about the future.
    static func resolveYear(_ month: Int, reference: DateSpan?, future: Bool) -> Int? {
        guard let ref = reference, ref.precision != .year else { return nil }
        let y = ref.start.year, m = ref.start.month
        if future { return month >= m ? y : y + 1 }
        return month <= m ? y : y - 1
    }
}

extension DateExpressions {
    /// Month and weekday names: capitalised, but never part of a person's name here.
    static func isCalendarWord(_ token: WordToken) -> Bool {
        let w = weekdayWord(token)
        return weekdays[w] != nil || (months[w] != nil && w.count > 3)
    }
}
