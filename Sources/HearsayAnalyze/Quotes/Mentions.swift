import HearsayText

/// What a named thing is, as far as the grammar around it tells.
enum EntityKind: Sendable, Hashable {
    case person, organisation, unknown
}

enum Gender: Sendable, Hashable {
    case male, female
}

/// A role as one article states it ("Acme CEO", "a spokeswoman for Acme"), with where.
struct RoleStatement: Sendable, Hashable {
    var role: String
    var span: Range<Int>
}

/// A capitalised name in an article body: a person, an organisation, or not yet known.
struct Mention: Sendable {
    /// Word indices of the name itself ("Jane P. Roe").
    var words: Range<Int>
    /// Word indices with the titles and premodifiers in front ("former Senator Jane P. Roe").
    var full: Range<Int>
    var name: String
    /// Lower-cased words of the name without initials: the first is the given name, the last
    /// the surname.
    var tokens: [String]
    var kind: EntityKind
    var roles: [RoleStatement] = []
    var gender: Gender? = nil
    /// Written with a title or honorific ("Mr", "Senator").
    var titled = false
    /// Followed by "’s".
    var possessive = false
    /// "Sir Peter", "Dame Ada": a given name alone, as British usage writes these titles.
    var givenOnly = false
    /// Word indices of the words after the name that describe it (an apposition), if any.
    var apposition: Range<Int>? = nil
}

/// Finds the capitalised names of an article, with the titles, premodifiers and appositions
/// that tell whether each is a person or an organisation and what role it has.
enum MentionFinder {
    static func find(_ t: ArticleText) -> (mentions: [Mention], at: [Int]) {
        let w = t.words
        var mentions: [Mention] = []
        var at = [Int](repeating: -1, count: w.count)
        var k = 0
        // Words the article writes in lower case, gathered when first needed.
        var lowerCase: Set<String>? = nil
        var midSentence: Set<String>? = nil
        let weekdayTitles = weekdayTitles(w)
        while k < w.count {
            guard startsName(w[k]), !t.headings[w[k].paragraph] else {
                k += 1
                continue
            }
            let e = sequenceEnd(w, k, weekdayTitles: weekdayTitles)
            // "09:10 CET", "3pm GMT": a clock's time zone, no name (a live blog's entries open so).
            if e == k + 1, k > 0, w[k - 1].kind == .number || ["am", "pm"].contains(w[k - 1].lower), DateText.isZone(w[k].lower) {
                k = e
                continue
            }
            // A name opening a paragraph and set off from the rest by a run of spaces is a
            // photo credit before its caption: nobody in the story.
            if (k == 0 || w[k - 1].paragraph != w[k].paragraph) && e < w.count && w[e].paragraph == w[k].paragraph
                && w[e].start - w[e - 1].end >= 3
            {
                k = e
                continue
            }
            // A lone capitalised word opening a sentence that the article also writes in lower
            // case ("Recent reporting...") is an ordinary word.
            // A live blog's "17:12 – Asked about ..." opens its clause after the dash.
            let opensSentence = k == 0 || w[k - 1].sentence != w[k].sentence || w[k - 1].quote != -1
                || ["–", "—"].contains(w[k - 1].lower)
            if e == k + 1 && opensSentence {
                // "Analysts were sceptical": a noun for people is no name.
                let x = w[k]
                // "Nobody with the authority to confirm it has done so": a pronoun, no name.
                if Self.indefinitePronouns.contains(x.lower) {
                    k = e
                    continue
                }
                if Lexicon.sourceNouns.contains(x.lower) || x.tags.contains(.roleWord) || Lexicon.personNouns.contains(x.lower)
                    || isPluralOfPersonNoun(x.lower)
                {
                    k = e
                    continue
                }
                // "Asked about the leak, Roe said", "Reached by phone, ...": a participle
                // opening the clause, with its preposition after it.
                if x.lower.count >= 5, x.lower.hasSuffix("ed"), e < w.count, w[e].sentence == x.sentence,
                    Self.afterParticiple.contains(w[e].lower)
                {
                    k = e
                    continue
                }
                if lowerCase == nil { lowerCase = Set(w.lazy.filter { !$0.capitalised && $0.kind == .word }.map(\.lower)) }
                // Unless the article's own prose capitalises it mid-sentence too: a surname
                // that a quoted post writes in lower case ("i think jo roe was ...").
                if midSentence == nil { midSentence = midSentenceWords(t) }
                if lowerCase!.contains(w[k].lower) && !midSentence!.contains(w[k].lower) {
                    k = e
                    continue
                }
                if !midSentence!.contains(w[k].lower) && isOpeningModifier(t, k) {
                    k = e
                    continue
                }
                // "Generations of stargazers", "Dozens of anglers": a noun of quantity or kind
                // before "of" and a lower-case word counts or sorts what follows; a name
                // before "of" ("Acme of Sweden") is followed by a name.
                if !midSentence!.contains(w[k].lower), e + 1 < w.count, w[e].lower == "of", w[e].sentence == w[k].sentence,
                    w[e + 1].kind == .word, !w[e + 1].capitalised, !w[e + 1].tags.contains(.function)
                {
                    k = e
                    continue
                }
            }
            // A participle opening a sentence before a name ("Hosting Jo Roe, the club...").
            var first = k
            if opensSentence && e > k + 1 && w[k].lower.hasSuffix("ing") && w[k].lower.count >= 6 && !w[k].tags.contains(.modifier) {
                first = k + 1
            }
            // "Via Chirpnet: ...", a credit line: the preposition is no part of the name.
            if opensSentence && e > k + 1 && w[k].lower == "via" { first = k + 1 }
            // "on Thursday Radio Nord reported": a weekday after a word that dates it is when,
            // and the name starts after it.
            if e > k + 1 && isDatedWeekday(w, k) { first = k + 1 }
            // "On Thursday Rudd appeared to soften": the dating word opens the sentence too.
            if e > k + 2 && isFunctionWord(t, k) && isDatedWeekday(w, k + 1) { first = k + 2 }
            // "Cuba-related Twitter accounts", "Paris-based Acme": an adjective made of a name.
            if first + 1 < e && isFunctionWord(t, first) && isNameAdjective(w[first + 1]) {
                first += 2
            } else if first + 1 < e && isNameAdjective(w[first]) {
                first += 1
            }
            if opensSentence && first == k && e > k + 2 {
                if lowerCase == nil { lowerCase = Set(w.lazy.filter { !$0.capitalised && $0.kind == .word }.map(\.lower)) }
                if midSentence == nil { midSentence = midSentenceWords(t) }
                if isGluedOpener(t, k..<e, lowerCase: lowerCase!, midSentence: midSentence!) { first = k + 1 }
            }
            if let m = mention(t, first..<e, mentions: &mentions, at: &at) {
                for i in m.full { at[i] = mentions.count }
                mentions.append(m)
            }
            k = e
        }
        markVoices(w, &mentions, at)
        return (mentions, at)
    }

    /// Prepositions after a participle that opens a clause ("Asked about", "Reached by",
    /// "Pressed on", "Questioned over"): no name is followed so.
    static let afterParticiple: Set<String> = ["about", "by", "on", "over", "whether", "if", "why", "how", "what", "for"]

    /// Words that put a weekday in time rather than in a name ("on Friday", "last Monday").
    static let weekdayDaters: Set<String> = ["on", "last", "next", "this", "since", "until", "till", "by", "before", "after", "early", "late", "from"]

    static func isDatedWeekday(_ w: [Word], _ k: Int) -> Bool {
        k > 0 && Lexicon.weekdays.contains(w[k].lower) && w[k - 1].sentence == w[k].sentence && weekdayDaters.contains(w[k - 1].lower)
    }

    /// Second halves of adjectives made of a name ("Paris-based", "state-backed").
    static let adjectiveHalves: Set<String> = [
        "related", "based", "backed", "led", "owned", "funded", "linked", "born", "made", "style", "controlled", "run",
        "focused", "friendly", "bound", "affiliated", "aligned", "allied", "inspired", "sponsored", "supported", "leaning",
        "dominated", "centric", "headquartered", "listed", "registered", "flagged", "built", "trained", "educated",
    ]

    static func isNameAdjective(_ x: Word) -> Bool {
        guard let dash = x.lower.lastIndex(of: "-") else { return false }
        return adjectiveHalves.contains(String(x.lower[x.lower.index(after: dash)...]))
    }

    /// Words the article's own prose capitalises mid-sentence (not in quotations or headings).
    static func midSentenceWords(_ t: ArticleText) -> Set<String> {
        let w = t.words
        return Set(w.indices.lazy.filter { i in
            i > 0 && w[i].capitalised && w[i].kind == .word && w[i].quote == -1 && w[i - 1].sentence == w[i].sentence
                && w[i - 1].kind == .word && !t.headings[w[i].paragraph]
        }.map { w[$0].lower })
    }

    /// A capitalised word opening a sentence glued to the full name after it ("Tearful Jo
    /// Anne Roe said"): an adjective or a noun the article writes in lower case elsewhere, or
    /// any word before a name the article also writes without it. Only before a name that
    /// stands as a full name of its own (two capitalised words, not an initial: "Mark Van
    /// Dyke" and "Bill de Blasio" keep their first word unless the rest is written alone),
    /// and never a word the prose capitalises mid-sentence. Short words are left to the
    /// second test, as many given names are also ordinary words.
    static func isGluedOpener(_ t: ArticleText, _ seq: Range<Int>, lowerCase: Set<String>, midSentence: Set<String>) -> Bool {
        let w = t.words
        let k = seq.lowerBound
        let first = w[k]
        guard first.kind == .word, !first.tags.contains(.title), !first.tags.contains(.modifier),
            !midSentence.contains(first.lower), !Lexicon.organisationSuffixes.contains(first.lower),
            !Lexicon.demonyms.contains(first.lower), !isFunctionWord(t, k)
        else { return false }
        let rest = Array(seq.dropFirst())
        guard rest.count >= 2, rest.allSatisfy({ w[$0].kind == .word && w[$0].capitalised && w[$0].lower.count >= 2 }),
            !rest.contains(where: { Lexicon.organisationSuffixes.contains(w[$0].lower) })
        else { return false }
        // "Fisheries Minister Jo Roe", "Finance Director Jo Roe": before a title the word is
        // the office's portfolio, written in lower case where the office goes unnamed ("the
        // fisheries minister"), not an opener glued to the name.
        if w[rest[0]].tags.contains(.title) || w[rest[0]].tags.contains(.roleWord) { return false }
        if first.lower.count >= 6 && lowerCase.contains(first.lower) { return true }
        // The rest written as a name of its own elsewhere in the article.
        for i in w.indices where i != rest[0] && w[i].lower == w[rest[0]].lower && i + rest.count <= w.count {
            guard !(i > 0 && w[i - 1].lower == first.lower) else { continue }
            if rest.indices.allSatisfy({ w[i + $0].lower == w[rest[$0]].lower && w[i + $0].sentence == w[i].sentence })
                && sequenceEnd(w, i) == i + rest.count
            {
                return true
            }
        }
        return false
    }

    /// "Nurses", "Doctors": the plural of a noun for people.
    static func isPluralOfPersonNoun(_ lower: String) -> Bool {
        guard lower.hasSuffix("s"), lower.count >= 4 else { return false }
        let singular = String(lower.dropLast())
        return Lexicon.personNouns.contains(singular) || Lexicon.roleWords.contains(singular)
    }

    /// A lone word opening a sentence that modifies what follows rather than naming anyone:
    /// a participle, adjective or adverb set off by a comma ("Mortified, she...", "Smiling,
    /// Roe said"), a participle before its preposition ("Speaking to the Gazette, Roe said"),
    /// or a hyphenated compound ending in lower case before a lower-case noun ("Fact-checking
    /// site ...").
    static func isOpeningModifier(_ t: ArticleText, _ k: Int) -> Bool {
        let w = t.words
        guard k + 1 < w.count, w[k + 1].sentence == w[k].sentence else { return false }
        let word = w[k].lower
        let next = w[k + 1]
        if next.lower == "," {
            return word.count >= 5 && (word.hasSuffix("ed") || word.hasSuffix("ing") || word.hasSuffix("ly"))
        }
        // "Speaking to the Gazette, Roe said": a participle with its preposition.
        if word.count >= 6 && word.hasSuffix("ing") && next.kind == .word && !next.capitalised && next.tags.contains(.preposition) { return true }
        let scalars = t.doc.scalars[w[k].start..<w[k].end]
        guard next.kind == .word, !next.capitalised, let dash = scalars.lastIndex(of: "-") else { return false }
        let tail = scalars[(dash + 1)...]
        return !tail.isEmpty && tail.allSatisfy(\.properties.isLowercase)
    }

    static func startsName(_ w: Word) -> Bool {
        w.kind == .word && w.capitalised && w.quote == -1
    }

    /// Capitalised words in a row within a sentence, joined by initials and abbreviated
    /// titles with their full stops, name particles ("van"), and "of" after an organisation
    /// or title word ("Bank of Spain", "Secretary of State").
    static func sequenceEnd(_ w: [Word], _ k: Int, weekdayTitles: Set<String> = []) -> Int {
        var e = k + 1
        func joinsNext(_ i: Int) -> Bool {
            i + 1 < w.count && w[i + 1].kind == .word && w[i + 1].capitalised && w[i + 1].sentence == w[k].sentence
                && w[i + 1].quote == -1
        }
        func isParticle(_ i: Int) -> Bool { i < w.count && w[i].kind == .word && Lexicon.nameParticles.contains(w[i].lower) }
        while e < w.count, w[e].sentence == w[k].sentence, w[e].quote == -1 {
            let x = w[e]
            // A run of spaces is layout, not a name going on: a photo credit before its
            // caption ("Jo Roe   Smiling: ..."). One doubled space is left as a typing slip.
            if x.start - w[e - 1].end >= 3 { break }
            if x.kind == .word && x.capitalised && Lexicon.weekdays.contains(x.lower) && !Lexicon.weekdayNamers.contains(w[e - 1].lower)
                && !joinsNext(e)
            {
                // "told CNN Thursday": a day ending a name is when, not part of it ("CBS Sunday
                // Morning" keeps it).
                break
            } else if x.kind == .word && x.capitalised && CitationFinder.months.contains(x.lower) && e + 1 < w.count
                && (w[e + 1].kind == .number || w[e + 1].lower == "." && e + 2 < w.count && w[e + 2].kind == .number)
            {
                // "Wirepoint Oct. 3": a date after a name.
                break
            } else if x.kind == .word && x.capitalised {
                e += 1
            } else if x.kind == .possessive && joinsNext(e) && e + 2 <= w.count && Lexicon.organisationSuffixes.contains(w[e + 1].lower)
                && (e + 2 == w.count || !(w[e + 2].kind == .word && w[e + 2].capitalised))
            {
                // "the County Sheriff’s Office", "Children’s Hospital": one name.
                e += 1
            } else if x.kind == .possessive && joinsNext(e) && isPluralPossessive(w, e) {
                // "the Women’s Football Association", "the Crime Writers’ Circle": a plural’s
                // possessive inside a capitalised run names a body by its members, one name; a
                // singular owner ("Acme’s Finance Department") stays apart.
                e += 1
            } else if x.lower == "." && x.start == w[e - 1].end && isAbbreviation(w[e - 1]) && joinsNext(e) {
                e += 1
            } else if isParticle(e) && (joinsNext(e) || isParticle(e + 1) && joinsNext(e + 1)) {
                // "Santiago del Estero"; "Banco de la Plata", "Huis van der Berg": one or two
                // particles before the name goes on.
                e += joinsNext(e) ? 1 : 2
            } else if x.lower == "&" && joinsNext(e) {
                // "Gorringe & Webb", "Coast & Country Radio": an ampersand joins one name.
                e += 1
            } else if x.lower == "on" && isWeekdayTitle(w, e, weekdayTitles) {
                e += 2
                break
            } else if x.lower == "of" && joinsNext(e)
                && (Lexicon.organisationSuffixes.contains(w[e - 1].lower) || Lexicon.titles.contains(w[e - 1].lower))
            {
                e += 1
            } else if x.lower == "of" && joinsNext(e) && Lexicon.fellowships.contains(w[e - 1].lower)
                && (e == k + 1 || e == k + 2 && w[k].lower == "the")
            {
                // "the Sisters of St Ondine", "Brothers of Charity": a religious community or
                // fellowship is named by its members "of" a patron, one body.
                e += 1
            } else if x.lower == "of" && e + 1 < w.count && w[e + 1].lower == "the" && joinsNext(e + 1)
                && (Lexicon.organisationSuffixes.contains(w[e - 1].lower)
                    || w[e - 1].lower == "friends" && (e == k + 1 || e == k + 2 && w[k].lower == "the"))
            {
                // "the Friends of the Park" likewise: supporters named for what they support.
                // "the Office of the Data Commissioner", "Museum of the Coast": a body's head
                // noun runs on through "of the" into what it serves.
                e += 2
            } else if x.lower == "and" && joinsNext(e) && (joinsPublicBody(w, from: k, and: e) || joinsPortfolio(w, from: k, and: e)) {
                e += 1
            } else if x.lower == "for" && joinsNext(e) && Lexicon.purposeHeads.contains(w[e - 1].lower) {
                // "Institute for Security Studies", "Campaign for Clean Air": a body named
                // for its cause.
                e += 1
            } else {
                break
            }
        }
        return e
    }

    /// The possessive at `e` is a plural's: "Writers’" (the mark after an "s" standing alone) or
    /// the "’s" of a plural without "s" ("Women’s", "Children’s", "People’s").
    static func isPluralPossessive(_ w: [Word], _ e: Int) -> Bool {
        guard e > 0, w[e - 1].kind == .word, w[e - 1].capitalised, w[e].start == w[e - 1].end else { return false }
        if w[e].end - w[e].start == 1 { return w[e - 1].lower.hasSuffix("s") }
        return ["women", "men", "children", "people"].contains(w[e - 1].lower)
    }

    /// "the Rivers and Land Agency", "Fire and Rescue Service": a public body named for the two
    /// fields it covers, one name with "and" inside. The words after "and" (one or two) end on
    /// a body's head noun and the word before it is a field (one or two capitalised words)
    /// that heads no body itself; two bodies listed ("the Port Authority and Coast Guard Service") or two
    /// companies ("Acme and Beta Corp") stay apart.
    static func joinsPublicBody(_ w: [Word], from k: Int, and e: Int) -> Bool {
        let field = w[e - 1].lower
        // "the University of Lindvik and Norland Institute" lists two bodies: a field is one or
        // two words, not a body named for its place.
        guard e - k <= 2, !Lexicon.organisationSuffixes.contains(field), !Lexicon.titles.contains(field) else { return false }
        var j = e + 1
        while j < w.count, j <= e + 2, w[j].kind == .word, w[j].capitalised, w[j].sentence == w[e].sentence, w[j].quote == -1 {
            if Lexicon.publicBodyHeads.contains(w[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// "the Ministry of Agriculture and Rural Affairs", "Department of Health and Social Care": a
    /// ministry is named for its portfolio, two fields joined by "and" (a government's own
    /// style), so the name runs on to the second field. The first field is a portfolio word; the
    /// one or two words after "and" end on one and include no body's head noun, so "the
    /// Ministry of Defence and Coast Guard Service" or "... and Kestrel Aerospace" stay two.
    static func joinsPortfolio(_ w: [Word], from k: Int, and e: Int) -> Bool {
        guard let of = (k..<e).first(where: { ["of", "for"].contains(w[$0].lower) }), of > k,
            ["ministry", "department"].contains(w[of - 1].lower), e - of - 1 >= 1, e - of - 1 <= 2,
            (of + 1..<e).contains(where: { isPortfolio(w[$0].lower) })
        else { return false }
        var j = e + 1
        while j < w.count, j <= e + 2, w[j].kind == .word, w[j].capitalised, w[j].sentence == w[e].sentence, w[j].quote == -1 {
            if Lexicon.organisationSuffixes.contains(w[j].lower) || Lexicon.publicBodyHeads.contains(w[j].lower) { return false }
            if isPortfolio(w[j].lower) && !(j + 1 < w.count && w[j + 1].kind == .word && w[j + 1].capitalised) { return true }
            j += 1
        }
        return false
    }

    /// What a ministry is for: the portfolios of ministers' titles and the fields ministries
    /// are commonly named for beside them.
    static func isPortfolio(_ word: String) -> Bool {
        RoleLexicon.portfolios.contains(word) || RoleLexicon.portfolioInner.contains(word) || portfolioFields.contains(word)
    }

    static let portfolioFields: Set<String> = [
        "care", "industry", "forestry", "food", "development", "communities", "innovation", "science", "technology",
        "heritage", "safety", "rural", "social", "local", "government", "finance", "economy", "labour", "mines", "energy",
    ]

    /// "the Harbour on Sunday newspaper": a paper named for its day of publication, told from
    /// a date by the outlet noun after it; the words before "on" in each such title, so that
    /// the article's other mentions of it ("the Harbour on Sunday, which") read as one name.
    static func weekdayTitles(_ w: [Word]) -> Set<String> {
        var out = Set<String>()
        for i in w.indices where i > 0 && w[i].lower == "on" && w[i - 1].capitalised && w[i - 1].kind == .word && i + 2 < w.count
            && w[i + 1].capitalised && Lexicon.weekdays.contains(w[i + 1].lower) && CitationFinder.outletNouns.contains(w[i + 2].lower)
        {
            out.insert(w[i - 1].lower)
        }
        return out
    }

    /// Whether "on" at word `e` joins a weekday to the name before it as a title.
    static func isWeekdayTitle(_ w: [Word], _ e: Int, _ titles: Set<String>) -> Bool {
        guard e > 0, e + 1 < w.count, w[e + 1].capitalised, Lexicon.weekdays.contains(w[e + 1].lower), w[e + 1].sentence == w[e].sentence else {
            return false
        }
        return titles.contains(w[e - 1].lower)
    }

    /// A function word or preposition leading a capitalised sequence ("The", "In"); not one
    /// written in capitals as initials ("WHO", "IT").
    static func isFunctionWord(_ t: ArticleText, _ i: Int) -> Bool {
        let x = t.words[i]
        guard Lexicon.functionWords.contains(x.lower) || Lexicon.prepositions.contains(x.lower) else { return false }
        // "THE Dean of Caldermoor has insisted": a tabloid's capitals open the sentence; "the"
        // is no one's initials.
        guard x.end - x.start >= 2, x.lower != "the" else { return true }
        return (x.start..<x.end).contains { t.doc.scalars[$0].properties.isLowercase }
    }

    /// "told Three Rivers Radio", "Two Sisters Bakery said": a capitalised number word before
    /// two or more capitalised words begins the name, mid-sentence, or opening one when the
    /// name ends in a word of an outlet or a body ("Three officials said" stays a count).
    static func opensName(_ w: [Word], _ a: Int, _ b: Int) -> Bool {
        guard numberWords.contains(w[a].lower), b - a >= 3 else { return false }
        let opening = a == 0 || w[a - 1].sentence != w[a].sentence || w[a - 1].quote != -1
        return !opening || Lexicon.mediaSuffixes.contains(w[b - 1].lower) || Lexicon.organisationSuffixes.contains(w[b - 1].lower)
    }

    /// "Per Holm said", "Will Roe, who chairs the union, said": a function word that is also a
    /// given name opens a name of two words when the name is the subject of a finite verb of
    /// saying or heads an apposition or an employer; "Per Holm's interview" and "Will Roe
    /// resign?" keep the preposition and the modal.
    static func isGivenName(_ w: [Word], _ a: Int, _ b: Int) -> Bool {
        guard Lexicon.givenNameWords.contains(w[a].lower), b == a + 2, w[a + 1].kind == .word, w[a + 1].capitalised,
            w[a + 1].lower.count >= 2, b < w.count, w[b].sentence == w[a].sentence
        else { return false }
        let next = w[b]
        if next.isReportingVerb && !next.isParticiple && (next.lower.hasSuffix("ed") || next.lower.hasSuffix("s") || ["said", "told", "wrote"].contains(next.lower)) {
            return true
        }
        if next.lower == "of" { return true }
        // "..., said Per Holm, the director": after an inverted verb of saying, the name ends at the pause.
        if a > 0, w[a - 1].isReportingVerb, !w[a - 1].isParticiple, w[a - 1].sentence == w[a].sentence, next.isPunct { return true }
        // "the channel’s director, Per Holm, told": an apposition set off by commas.
        if a > 0, w[a - 1].lower == ",", next.lower == "," { return true }
        // "Per Holm, who ...," and "Per Holm, of the parents' group,": an aside of a person.
        return next.lower == "," && b + 1 < w.count && ["who", "whose", "of"].contains(w[b + 1].lower)
    }

    static func isAbbreviation(_ w: Word) -> Bool {
        w.kind == .word && w.capitalised
            && (Lexicon.abbreviatedTitles.contains(w.lower) || w.lower.unicodeScalars.count == 1)
    }

    /// A title or role word ("Senator", "chief", "Ex-minister").
    /// "al-adnani" is "adnani": a name written with and without its hyphenated particle ("al-",
    /// "el-", "bin-") is one name, so that "Adnani said" finds "Abu Mohammed al-Adnani".
    static func withoutParticle(_ lower: String) -> String {
        guard let dash = lower.firstIndex(of: "-"), Lexicon.hyphenParticles.contains(String(lower[..<dash])),
            lower.index(after: dash) < lower.endIndex
        else { return lower }
        return String(lower[lower.index(after: dash)...])
    }

    /// The title word of an office that governs the sequence starting at word `a`
    /// ("Ambassador to the", "Minister for", "Secretary of the").
    static func officeTitle(_ w: [Word], before a: Int) -> Int? {
        var k = a - 1
        if k >= 0 && w[k].lower == "the" { k -= 1 }
        guard k >= 1, ["to", "of", "for"].contains(w[k].lower), isTitleWord(w[k - 1]), w[k - 1].capitalised, w[k - 1].sentence == w[a].sentence
        else { return nil }
        return k - 1
    }

    /// A word some lexicon knows as no part of a personal name.
    static func isLexiconWord(_ x: String) -> Bool {
        Lexicon.organisationSuffixes.contains(x) || Lexicon.mediaSuffixes.contains(x) || Lexicon.placeSuffixes.contains(x)
            || Lexicon.nonNames.contains(x) || Lexicon.roleWords.contains(x) || Lexicon.reportNouns.contains(x) || Lexicon.personNouns.contains(x)
    }

    static func isTitleWord(_ x: Word) -> Bool {
        // "Gazzetta del Porto": "Del." abbreviates a title only capitalised; in lower case inside
        // a name it is a particle.
        x.kind == .word && x.tags.contains(.title) && (x.capitalised || !Lexicon.nameParticles.contains(x.lower))
    }

    /// Title words that also end mastheads ("Business Insider", "The Valley Reporter").
    static let mastheadTitleWords: Set<String> = ["insider", "reporter", "economist"]

    /// The words of an outlet's name that ends in a title word, when nothing else in it is a
    /// title, or when a capital "The" mid-sentence opens it: "Insider" capitalised is no one's
    /// job, and another title word at the end is a masthead's when "the" stands before the
    /// name or an outlet noun follows it ("the Valley Reporter", "the Harbour Reporter
    /// channel"), where "Political Reporter" stays a role.
    static func mastheadWithTitleWord(_ w: [Word], _ run: Range<Int>, firstTitle: Int) -> Range<Int>? {
        let last = run.upperBound - 1
        // "according to The Economist", "the student paper The Redmoor Student": "The" with
        // its capital inside a sentence opens a title, whatever word ends it.
        let capitalThe = run.lowerBound > 1 && w[run.lowerBound - 1].lower == "the" && w[run.lowerBound - 1].capitalised
            && w[run.lowerBound - 2].sentence == w[run.lowerBound - 1].sentence && w[run.lowerBound - 2].quote == -1
        if capitalThe, firstTitle == last, run.dropLast().allSatisfy({ w[$0].kind == .word && w[$0].capitalised }) { return run }
        guard firstTitle == last, last > run.lowerBound, mastheadTitleWords.contains(w[last].lower),
            run.dropLast().allSatisfy({ w[$0].kind == .word && w[$0].capitalised && !w[$0].tags.contains(.modifier) })
        else { return nil }
        if w[last].lower == "insider" { return run }
        let the = run.lowerBound > 0 && w[run.lowerBound - 1].lower == "the"
        let noun = run.upperBound < w.count && CitationFinder.outletNouns.contains(w[run.upperBound].lower)
        return the || noun ? run : nil
    }

    /// "pensioner", "father-of-four"
    static func isPersonNoun(_ lower: String) -> Bool {
        if Lexicon.personNouns.contains(lower) { return true }
        guard let dash = lower.firstIndex(of: "-") else { return false }
        return lower.contains("-of-") && Lexicon.personNouns.contains(String(lower[..<dash]))
    }

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "hundred", "thousand",
    ]

    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady"]

    /// A word that may belong to a role written in front of a name: a role word or a
    /// qualifier ("former", "Acting"), in either case as long as it is no name of its own.
    /// "grandmaster Jo Roe", "rival shopkeeper Jo Roe", "the nephrologist Jo Roe": a
    /// lower-case noun for a person by what they do (a small lexicon of doers, and the endings
    /// of trades and studies: -ist, -ian, -grapher, -logist, -keeper, -goer...) right before a
    /// name is the false title journalism gives a person, where a noun phrase opens or after
    /// one modifier. Nouns for companies ("carmaker", "retailer", "newspaper") are not in it.
    static func isAgentNoun(_ w: [Word], _ at: [Int], _ j: Int) -> Bool {
        let x = w[j]
        guard x.kind == .word, !x.capitalised, at[j] < 0, x.lower.unicodeScalars.count >= 4 || personDoers.contains(x.lower), !x.tags.contains(.function),
            !x.tags.contains(.reporting), !Lexicon.auxiliaries.contains(x.lower), isDoerNoun(x.lower)
        else { return false }
        // Where a noun phrase opens before word `k`: a sentence's start, punctuation, a
        // determiner or possessive, a preposition, a conjunction, or a verb of saying ("said
        // landlady Jo Roe").
        func opens(before k: Int) -> Bool {
            guard k > 0, w[k - 1].sentence == x.sentence else { return true }
            let b = w[k - 1]
            return b.isPunct || b.kind == .possessive || b.tags.contains(.determiner) || b.tags.contains(.preposition) && b.lower != "to"
                || b.tags.contains(.reporting) || phraseJoiners.contains(b.lower)
        }
        if opens(before: j) { return true }
        // "Rival grandmaster", "retired painter", "Season ticket holder", "TV racing pundit",
        // "said retired bus driver": up to three modifiers that open the phrase, none a verb's
        // participle but the first.
        for k in 1...3 where j - k >= 0 && w[j - k].sentence == x.sentence {
            let m = w[j - k]
            let sentenceStart = j - k == 0 || w[j - k - 1].sentence != x.sentence
            guard (m.kind == .word || m.kind == .number) && (at[j - k] < 0 || sentenceStart && m.capitalised) && !m.tags.contains(.function)
                && !m.tags.contains(.reporting) && !Lexicon.auxiliaries.contains(m.lower) && !looksPlural(m.lower)
                && (k == 1 || sentenceStart || !m.lower.hasSuffix("ed") || opens(before: j - k))
            else { return false }
            if opens(before: j - k) { return true }
        }
        return false
    }

    /// "nephrologist", "mechanic": a noun for a person by what they do, known or by its ending.
    static func isDoerNoun(_ lower: String) -> Bool {
        !agentLookalikes.contains(lower)
            && (personDoers.contains(lower) || doerEndings.contains(where: { lower.hasSuffix($0) && lower.count > $0.count + 2 }))
    }

    /// Titles that address a person by degree or calling rather than name a job.
    /// A cleric's and a councillor's too: "The sanctuary's rector, Father Jo Roe" and "its
    /// leader, Cllr Jo Roe" state the job before the comma.
    static let formsOfAddress: Set<String> = [
        "dr", "doctor", "prof", "professor", "father", "fr", "sister", "brother", "rev", "reverend", "very", "cllr", "councillor",
        // A bishop's and an archbishop's style: "the Rt Rev", "the Right Reverend", "the Most Rev".
        "rt", "right", "most",
    ]

    /// Endings of nouns for people by trade, study, pastime or place.
    static let doerEndings: [String] = [
        "ist", "ian", "grapher", "logist", "keeper", "walker", "worker", "holder", "goer", "dweller", "rider", "driver",
        "player", "seller", "buyer", "dealer", "fighter", "trainer", "teacher", "writer", "singer", "watcher",
        // "postman", "policewoman", "chairperson", "churchwarden": English compounds for a calling.
        "man", "person", "warden",
    ]

    /// Nouns for people by what they do, beyond the role words of `Lexicon.roleWords`.
    static let personDoers: Set<String> = [
        "grandmaster", "painter", "sculptor", "illustrator", "designer", "dancer", "actor", "actress", "presenter",
        // Too short for `doerEndings`: "head keeper Jo Roe", "season ticket holder Jo Roe".
        "keeper", "holder", "teammate", "regular",
        "commentator", "blogger", "vlogger", "influencer", "streamer", "podcaster", "composer", "drummer",
        "rapper", "producer", "filmmaker", "holidaymaker", "homeowner", "landowner", "farmer", "baker", "butcher",
        "plumber", "builder", "banker", "broker", "trader", "jeweller", "auctioneer", "restorer", "conservator", "curator",
        "collector", "valuer", "climber", "runner", "swimmer", "boxer", "golfer", "sailor", "soldier", "firefighter",
        "pensioner", "commuter", "passenger", "voter", "volunteer", "campaigner", "protester", "demonstrator", "organiser",
        "organizer", "survivor", "spectator", "visitor", "traveller", "traveler", "inspector", "investigator", "auditor",
        "mediator", "negotiator", "translator", "interpreter", "biographer", "mentor", "tutor", "lecturer", "surgeon",
        "nurse", "midwife", "paramedic", "mechanic", "chef", "cook", "waiter", "waitress", "barman", "barber", "tailor",
        "shopkeeper", "landlord", "landlady", "tenant", "resident", "neighbour", "neighbor", "student", "pupil", "teenager",
        "grandmother", "grandfather", "widow", "widower", "veteran", "patient", "mourner", "supporter", "artist",
        // A doer's ending on its own ("bus driver Jo Roe", "racehorse trainer Jo Roe") and other
        // callings and standings news gives before a name.
        "driver", "rider", "trainer", "player", "seller", "buyer", "dealer", "fighter", "teacher", "writer", "singer", "worker",
        "pundit", "jockey", "groom", "technician", "skipper", "fisherman", "fishermen", "shopper", "parishioner", "steward",
        "customer", "reviewer", "contractor", "miner", "fan", "viewer", "listener", "reader", "parent", "rector",
        "legend", "advocate", "angler", "hunter", "master", "practitioner",
        // Callings and pastimes unseen writers set before a name ("local guide Jo Roe",
        // "driving instructor Jo Roe", "palaeontology enthusiast Jo Roe", "stadium announcer
        // Jo Roe", "the soprano Jo Roe", "bell-ringer Jo Roe").
        "guide", "instructor", "enthusiast", "announcer", "newsreader", "newscaster", "controller", "soprano", "tenor",
        "baritone", "measurer", "backbencher", "ringer", "bell-ringer",
    ]

    /// Nouns that modify a calling are singular ("bus driver", "chess coach"), so a plural
    /// form ends the phrase; "-ss", "-us" and "-is" end singular nouns ("tennis player").
    static func looksPlural(_ lower: String) -> Bool {
        lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is")
    }

    /// Words with a doer's ending that are verbs or other nouns.
    static let agentLookalikes: Set<String> = [
        "assist", "insist", "resist", "persist", "consist", "enlist", "checklist", "playlist", "wishlist", "shortlist",
        "blacklist", "waitlist", "twist", "median", "guardian", "christian", "civilian", "meanwhile",
        "german", "talisman", "ottoman", "doberman", "superman", "caiman",
    ]

    static func isRolePart(_ w: [Word], _ at: [Int], _ j: Int) -> Bool {
        let x = w[j]
        guard x.kind == .word, !x.capitalised || at[j] < 0 else { return false }
        return x.tags.contains(.title) || x.tags.contains(.modifier)
    }

    /// Parses one capitalised sequence into a mention: leading function words dropped, an
    /// organisation and role words in front split off ("Acme CEO | Jane Roe"), the kind
    /// decided from titles and organisation suffixes, the apposition after it read.
    static func mention(_ t: ArticleText, _ seq: Range<Int>, mentions: inout [Mention], at: inout [Int]) -> Mention? {
        let w = t.words
        var a = seq.lowerBound
        let b = seq.upperBound
        while a < b && (isFunctionWord(t, a) && !(a == seq.lowerBound && (isGivenName(w, a, b) || opensName(w, a, b))) || w[a].kind != .word) { a += 1 }
        // "Australian Jo Roe": a nationality before a personal name of two words or more
        // ("British Airways", "Iraqi Defence Ministry" and "Danish Foreign Minister" keep it).
        if a + 2 < b && w[a].lower.split(separator: "-").allSatisfy({ Lexicon.demonyms.contains(String($0)) })
            && !(a..<b).contains(where: { isTitleWord(w[$0]) || Lexicon.organisationSuffixes.contains(w[$0].lower) })
        {
            a += 1
        }
        guard a < b else { return nil }
        // Qualifiers in front ("Former", "Interim") belong to a role, never to a name.
        var core = a
        // "the Regional Prosecution Office", "the General Medical Council": a body's name with
        // no role word in it keeps its first word.
        let body = w[b - 1].kind == .word && Lexicon.organisationSuffixes.contains(w[b - 1].lower) && !(a..<b).contains { isTitleWord(w[$0]) }
        while !body && core < b && w[core].tags.contains(.modifier) && !isTitleWord(w[core]) { core += 1 }
        guard core < b else { return nil }
        // "Pensioner Jo Roe", "Mother-of-two Jo Roe": a noun for a person opening a sequence
        // of three words or more describes the name after it.
        // "Holidaymaker Jo Roe" opening a sentence: a noun of the doers' lexicon as well, before
        // a name of two words that is no place or body ("Baker Street Station").
        let sentenceOpening = core == 0 || w[core - 1].sentence != w[core].sentence
        let doer = sentenceOpening && b - core == 3 && personDoers.contains(w[core].lower)
            && !((core + 1)..<b).contains { Lexicon.placeSuffixes.contains(w[$0].lower) || Lexicon.organisationSuffixes.contains(w[$0].lower) }
        let described = b - core >= 3 && w[core].kind == .word && (isPersonNoun(w[core].lower) || doer)
        // The role words: from the first title word (with the modifiers before it) to the last.
        var firstTitle = -1, lastTitle = -1
        for i in a..<b where w[i].kind == .word && (isTitleWord(w[i]) || described && i == core) {
            if firstTitle < 0 { firstTitle = i }
            lastTitle = i
        }
        // "Fearless Mr Roe": nothing before an honorific is an organisation or a role.
        if firstTitle >= 0 && firstTitle > core && (honorifics.contains(w[firstTitle].lower) || w[firstTitle].lower == "dr") {
            a = firstTitle
            core = firstTitle
        }
        var nameStart = core
        var roleStart = -1
        if lastTitle >= 0 {
            nameStart = lastTitle + 1
            while nameStart < b && w[nameStart].kind != .word { nameStart += 1 }
            roleStart = firstTitle
            while roleStart > a && (Lexicon.roleModifiers.contains(w[roleStart - 1].lower) || Lexicon.portfolios.contains(w[roleStart - 1].lower)) {
                roleStart -= 1
            }
        }
        // "Ambassador to the United Nations Samantha Power": an office that runs on with "to
        // the", "of the" or "for" into this sequence; the body is its first words and the
        // person its last two, when a verb or a comma follows and they are no lexicon's words.
        if lastTitle < 0, b - core >= 3, b < w.count, w[b].isReportingVerb || w[b].lower == "," || w[b].kind == .possessive,
            let title = officeTitle(w, before: core),
            !(b - 2..<b).contains(where: { w[$0].kind != .word || isLexiconWord(w[$0].lower) })
        {
            let name = (b - 2)..<b
            let org = core..<(b - 2)
            var o = Mention(words: org, full: org, name: t.text(words: org), tokens: org.map { w[$0].lower }, kind: .organisation)
            o.possessive = false
            for i in org { at[i] = mentions.count }
            mentions.append(o)
            var m = Mention(words: name, full: title..<b, name: t.text(words: name), tokens: name.map { w[$0].lower }, kind: .person)
            m.titled = true
            m.roles.append(RoleStatement(role: roleText(t, title..<(b - 2)), span: w[title].start..<w[b - 3].end))
            return m
        }
        // "Secretary of State Jo Roe": the office runs on with "of"; the name is the last two
        // words (three with an initial or a particle).
        if nameStart < b && w[nameStart].lower == "of" && b - nameStart >= 4 {
            var start = b - 2
            if start - 1 > nameStart && (w[start - 1].lower == "." || Lexicon.nameParticles.contains(w[start - 1].lower)) {
                start = max(nameStart + 2, start - (w[start - 1].lower == "." ? 2 : 1))
            }
            nameStart = start
        }
        // "Minister of Culture": an office too short to run on into a name names nobody.
        if nameStart < b && w[nameStart].lower == "of" { return nil }
        // "Business Insider", "the Valley Reporter channel": a title word that is also a
        // masthead's last word ends an outlet's name rather than a role.
        if nameStart >= b, let outlet = mastheadWithTitleWord(w, core..<b, firstTitle: firstTitle) {
            return Mention(words: outlet, full: outlet, name: t.text(words: outlet), tokens: outlet.map { w[$0].lower }, kind: .organisation)
        }
        // "the Office of the State Prosecutor", "the Office of the Data Commissioner": a body's
        // head noun and "of" before the office it serves name the body, whatever word ends it.
        if nameStart >= b, b - core >= 3, Lexicon.organisationSuffixes.contains(w[core].lower), w[core + 1].lower == "of", firstTitle > core + 1 {
            let body = core..<b
            return Mention(words: body, full: body, name: t.text(words: body), tokens: body.map { w[$0].lower }, kind: .organisation)
        }
        // A title word last ("Auto Industry Analyst") names a role, not anyone; a lone
        // organisation word after a title word ("General Motors") names a company.
        if nameStart >= b { return nil }
        if nameStart == b - 1 && Lexicon.organisationSuffixes.contains(w[nameStart].lower) {
            nameStart = core
            roleStart = -1
        }
        let nameWords = nameStart..<b
        var tokens: [String] = []
        for i in nameWords where w[i].kind == .word && !(w[i].lower.unicodeScalars.count == 1 && w[i + 1 < b ? i + 1 : i].lower == ".") {
            tokens.append(withoutParticle(w[i].lower))
        }
        // "Jo Roe Jr.": a generational suffix is no surname.
        while tokens.count >= 3, let last = tokens.last, ["jr", "sr", "ii", "iii", "iv"].contains(last) { tokens.removeLast() }
        if tokens.isEmpty { return nil }
        let titled = roleStart >= 0
        if tokens.count == 1 && !titled {
            let only = w[nameStart]
            if Lexicon.nonNames.contains(only.lower) { return nil }
        }
        var m = Mention(
            words: nameWords, full: (roleStart >= 0 ? min(roleStart, a) : nameStart)..<b,
            name: t.text(words: nameWords), tokens: tokens, kind: .unknown)
        m.titled = titled
        m.givenOnly = titled && tokens.count == 1 && lastTitle >= 0 && ["sir", "dame"].contains(w[lastTitle].lower)
        if b < w.count && (w[b].kind == .possessive || (w[b].lower == "'" && w[b].start == w[b - 1].end)) {
            m.possessive = true
        }
        // "Page Nine", "Channel Four": a number word is no part of a person's name.
        if nameWords.contains(where: { Lexicon.organisationSuffixes.contains(w[$0].lower) }) && !titled
            || tokens.count >= 2 && !titled && Lexicon.clubSuffixes.contains(tokens.last!)
            || tokens.count >= 2 && !titled && tokens.dropFirst().contains(where: { numberWords.contains($0) })
        {
            m.kind = .organisation
            return m
        }
        if titled {
            // "Embattled Health Minister Jo Roe": a participle opening the sentence before the
            // role qualifies the role; it names no organisation (short ones may: "United").
            if roleStart == core + 1, core == 0 || w[core - 1].sentence != w[core].sentence, w[core].lower.hasSuffix("ed"),
                w[core].lower.unicodeScalars.count >= 7
            {
                roleStart = core
            }
            // "Art dealer Jo Roe": a common noun capitalised only by opening the sentence, which
            // the article writes in lower case too, qualifies the role; it names no organisation.
            if roleStart == core + 1, core == 0 || w[core - 1].sentence != w[core].sentence,
                w.contains(where: { $0.kind == .word && !$0.capitalised && $0.lower == w[core].lower })
            {
                roleStart = core
            }
            // "Local TD Jo Roe": an adjective of standing opening the sentence qualifies the role.
            if roleStart == core + 1, core == 0 || w[core - 1].sentence != w[core].sentence,
                Lexicon.adjectivalPersonNouns.contains(w[core].lower) || Lexicon.roleModifiers.contains(w[core].lower)
            {
                roleStart = core
            }
            // An organisation in front of the role ("Acme CEO Jane Roe") is one too.
            if roleStart > core {
                let org = core..<roleStart
                var o = Mention(
                    words: org, full: org, name: t.text(words: org), tokens: org.map { w[$0].lower }, kind: .organisation)
                o.possessive = w[roleStart - 1].kind == .possessive
                for i in org { at[i] = mentions.count }
                mentions.append(o)
            }
            m.full = roleStart..<b
            if roleStart > a { roleStart = a }
            for i in roleStart..<nameStart where w[i].kind == .word {
                if Lexicon.maleTitles.contains(w[i].lower) { m.gender = .male }
                if Lexicon.femaleTitles.contains(w[i].lower) { m.gender = .female }
            }
            m.kind = .person
        }
        let own = roleStart >= 0 ? roleStart : nameStart
        var (roleFrom, sawRoleWord) = premodifier(w, at, before: roleStart >= 0 ? roleStart : a, sentence: w[a].sentence)
        if roleStart >= 0 { sawRoleWord = true }
        // A single name after a lower-case role ("market leader Acme") is as often a company.
        if roleFrom < own && sawRoleWord && (titled || tokens.count >= 2) {
            roleFrom = organisationBefore(w, at, role: roleFrom, &mentions)
            m.kind = .person
        } else if roleStart < 0 {
            roleFrom = nameStart
        } else {
            roleFrom = min(roleFrom, roleStart)
        }
        if roleFrom < nameStart {
            let roleWords = roleFrom..<nameStart
            let isHonorific = roleWords.allSatisfy { honorifics.contains(w[$0].lower) || w[$0].lower == "." }
            if !isHonorific {
                var end = nameStart
                while end > roleFrom && w[end - 1].kind != .word && w[end - 1].lower != "." { end -= 1 }
                // "Nutritionist Dr Jo Roe": the trade and the form of address are two roles.
                var address = end
                while address > roleFrom && (formsOfAddress.contains(w[address - 1].lower) || w[address - 1].lower == ".") { address -= 1 }
                if address > roleFrom && address < end && formsOfAddress.contains(w[address].lower) {
                    m.roles.append(RoleStatement(role: roleText(t, roleFrom..<address), span: w[roleFrom].start..<w[address - 1].end))
                    m.roles.append(RoleStatement(role: roleText(t, address..<end), span: w[address].start..<w[end - 1].end))
                } else {
                    m.roles.append(RoleStatement(role: roleText(t, roleFrom..<end), span: w[roleFrom].start..<w[end - 1].end))
                }
            }
            m.full = roleFrom..<b
        }
        // "Acme’s founder and chief executive, Jo Roe, said": a role set before the name with
        // a comma.
        // A form of address ("Dr", "Professor") says nothing of the job: "Its director, Dr Jo Roe".
        let addressOnly = roleFrom < nameStart && (roleFrom..<nameStart).allSatisfy { formsOfAddress.contains(w[$0].lower) || w[$0].lower == "." }
        // "The Bishop of Leeds, the Rt Rev Jo Roe,": a cleric's style takes "the" after the comma.
        let comma = a >= 2 && w[a - 1].lower == "," ? a - 1
            : addressOnly && a >= 3 && w[a - 1].lower == "the" && w[a - 2].lower == "," ? a - 2 : -1
        if (m.roles.isEmpty || addressOnly && m.roles.count == 1) && comma >= 1 && w[comma].sentence == w[a].sentence && tokens.count >= 2 {
            // "its director of policy, Jo Roe", "A spokesman for the agency, Jo Roe", "the
            // plant manager in Leeds, Jo Roe": the role word before "of"/"for"/"at"/"in" heads it,
            // as does an office that is also a name after "the" ("The Dean of Leeds, Jo Roe").
            func heads(_ k: Int) -> Bool {
                isTitleWord(w[k]) || Lexicon.namelikeTitles.contains(w[k].lower) && k > 0 && Lexicon.determiners.contains(w[k - 1].lower)
            }
            var head = comma
            if let of = ((max(0, comma - 5))..<(comma - 1)).last(where: { ["of", "for", "at", "in"].contains(w[$0].lower) && $0 > 0 && heads($0 - 1) }),
                ((of + 1)..<comma).allSatisfy({ w[$0].kind == .word && w[$0].sentence == w[a].sentence })
            {
                head = of
            }
            var (start, role) = premodifier(w, at, before: head, sentence: w[a].sentence)
            if head != comma && !role && Lexicon.namelikeTitles.contains(w[head - 1].lower) { (start, role) = (head - 1, true) }
            if head != comma && role { start = min(start, head) }
            // "... a cheaper fee for every trader," Jo Roe said: the words before the comma end
            // a quotation the name stands outside of, and are the speaker's, not her title.
            if role && start < comma && w[start].quote == w[a].quote {
                let from = organisationBefore(w, at, role: start, &mentions)
                m.roles.append(RoleStatement(role: roleText(t, from..<comma), span: w[from].start..<w[comma - 1].end))
                m.kind = .person
            }
        }
        // "According to the Post, the editor said": what follows the source's comma is the
        // subject of the next clause, not its apposition.
        let source = m.full.lowerBound >= 2 && w[m.full.lowerBound - 2].lower == "according" && w[m.full.lowerBound - 1].lower == "to"
        if !m.possessive, let (range, role) = apposition(t, after: b),
            !(source && range.upperBound < w.count && w[range.upperBound].isReportingVerb)
        {
            m.apposition = range
            m.roles.append(role)
            m.kind = .person
        }
        if m.gender == nil && !m.roles.isEmpty {
            m.gender = gender(of: w, m.full.lowerBound..<nameStart, m.apposition ?? 0..<0)
        }
        if m.kind == .unknown && !m.possessive && isOrganisationApposition(w, after: b) { m.kind = .organisation }
        // "Signal & Noise", "Hale & Sons": an ampersand joins the names of a firm or a title, never
        // a person's given name and surname.
        if m.kind == .unknown && m.words.dropFirst().dropLast().contains(where: { w[$0].lower == "&" }) { m.kind = .organisation }
        return m
    }

    /// ", the domestic company that bid", ", a Leeds charity,": an apposition whose head is
    /// a noun for an organisation says the name is one.
    static func isOrganisationApposition(_ w: [Word], after b: Int) -> Bool {
        guard b + 2 < w.count, w[b].lower == ",", w[b + 1].paragraph == w[b - 1].paragraph, ["the", "a", "an"].contains(w[b + 1].lower) else { return false }
        var k = b + 2
        while k < w.count && k < b + 6 && w[k].kind == .word && !w[k].tags.contains(.organisationNoun) && !w[k].tags.contains(.function) {
            k += 1
        }
        guard k < w.count, w[k].kind == .word, !w[k].capitalised, w[k].tags.contains(.organisationNoun) else { return false }
        return k + 1 >= w.count || w[k + 1].isPunct || ["that", "which", "based", "whose"].contains(w[k + 1].lower)
    }

    /// "his sister", "a spokeswoman for Acme": the gender that the words of a stated role
    /// give, if only one.
    static func gender(of w: [Word], _ premodifier: Range<Int>, _ apposition: Range<Int>) -> Gender? {
        var male = false, female = false
        for i in Array(premodifier.clamped(to: 0..<w.count)) + Array(apposition.clamped(to: 0..<w.count)) {
            // "the wife of aid worker Jo Roe", "his son of ...": a relative of the person, not the person.
            if i + 1 < w.count && w[i + 1].lower == "of" { continue }
            // "who runs the hut with her husband": a relative a preposition governs is someone else.
            if i >= 2, ["his", "her", "their", "my", "our"].contains(w[i - 1].lower), w[i - 2].tags.contains(.preposition) { continue }
            male = male || w[i].tags.contains(.maleWord)
            female = female || w[i].tags.contains(.femaleWord)
        }
        return male == female ? nil : male ? .male : .female
    }

    /// Pronouns for no one in particular ("Nobody", "Everyone"), capitalised only where they
    /// open a sentence.
    static let indefinitePronouns: Set<String> = [
        "nobody", "everybody", "everyone", "somebody", "someone", "anybody", "anyone", "nothing", "everything", "something", "anything",
    ]

    /// "Aviation analyst Jo Roe": a word capitalised only where it opens a sentence is a
    /// common noun in front of a role, not an organisation.
    static func onlyOpensSentences(_ w: [Word], _ i: Int) -> Bool {
        func opens(_ k: Int) -> Bool { k == 0 || w[k - 1].sentence != w[k].sentence }
        guard opens(i) else { return false }
        let lower = w[i].lower
        return !w.indices.contains { k in k != i && w[k].capitalised && w[k].lower == lower && !opens(k) }
    }

    /// Where a role that starts at word `role` really starts: at an organisation before it
    /// ("Acme chief executive", "Acme’s spokesman"), which is marked as one, with the
    /// qualifiers before that ("Former Acme captain").
    static func organisationBefore(_ w: [Word], _ at: [Int], role: Int, _ mentions: inout [Mention]) -> Int {
        let j = role - 1
        guard j >= 0, w[j].kind == .possessive || (w[j].kind == .word && w[j].capitalised && at[j] >= 0) else { return role }
        let org = w[j].kind == .possessive ? j - 1 : j
        guard org >= 0, at[org] >= 0, mentions[at[org]].kind != .person else { return role }
        // "Roe’s spokesman Jo Poe": Roe, a person named before, has staff too.
        let o = mentions[at[org]]
        // "Art dealer Jo Roe", "Ferry operator Jo Roe": a common noun capitalised only by opening
        // the sentence, which the article writes in lower case too, is part of the role.
        let start = o.words.lowerBound
        if o.tokens.count == 1, w[j].kind == .word, start == 0 || w[start - 1].sentence != w[start].sentence,
            w.contains(where: { $0.kind == .word && !$0.capitalised && $0.lower == w[start].lower })
        {
            return start
        }
        if !(o.tokens.count == 1 && (fullNameSurnames(mentions).contains(o.tokens[0]) || onlyOpensSentences(w, o.words.lowerBound))) {
            mentions[at[org]].kind = .organisation
        }
        var from = o.words.lowerBound
        while from > 0 && w[from - 1].sentence == w[role].sentence && isRolePart(w, at, from - 1) && w[from - 1].tags.contains(.modifier) {
            from -= 1
        }
        return from
    }

    /// Where the role words written before word `end` start ("former", "chief financial
    /// officer", "Interim chief executive"): role words and qualifiers, with one other word
    /// allowed between two of them ("chief operating officer"). Also says whether a role word,
    /// not only qualifiers, was among them.
    static func premodifier(_ w: [Word], _ at: [Int], before end: Int, sentence: Int) -> (start: Int, role: Bool) {
        var start = end
        var role = false
        var j = end - 1
        while j >= 0 && w[j].sentence == sentence {
            // "Nutritionist Dr Jo Roe": the trade opening the sentence, capitalised there.
            let opener = j == end - 1 && w[j].kind == .word && w[j].capitalised && at[j] < 0 && (j == 0 || w[j - 1].sentence != sentence)
                && isTitleWord(w[end]) && isDoerNoun(w[j].lower)
            let doer = j == end - 1 && isAgentNoun(w, at, j) || opener
            if isRolePart(w, at, j) || doer {
                if isTitleWord(w[j]) || doer { role = true }
                start = j
                j -= 1
            } else if role && j > 0 && w[j].kind == .word && !w[j].capitalised && (!w[j].tags.contains(.function) || w[j].lower == "and")
                && !w[j].tags.contains(.reporting) && w[j - 1].sentence == sentence && isRolePart(w, at, j - 1)
            {
                // "chief operating officer", "founder and chief executive"
                j -= 1
            } else if role && w[j].kind == .word && w[j].capitalised && at[j] < 0 && !w[j].tags.contains(.function)
                && j + 1 < w.count && w[j + 1].capitalised && isTitleWord(w[j + 1])
            {
                // "the Foreign Secretary": an office in title case
                start = j
                j -= 1
            } else {
                break
            }
        }
        // "duty officer", "the city's returning officer": one lower-case noun or participle
        // before the role word, right after where a noun phrase opens, makes a compound role.
        // A noun phrase opens after a preposition or a conjunction too ("signed by finance
        // director Jo Roe", "the drummer and keyboard player Jo Roe"; not the infinitive's "to",
        // "voted to sack manager Jo Roe"), and the noun may follow a
        // name or a capitalised opener that qualifies the compound ("Acme sports anchor Jo Roe",
        // "Opposition defence spokeswoman Jo Roe").
        if role && start == j + 1 && j >= 0 && w[j].sentence == sentence && w[j].kind == .word && !w[j].capitalised && at[j] < 0
            && !w[j].tags.contains(.function) && !w[j].tags.contains(.determiner) && !w[j].tags.contains(.reporting)
            && !w[j].lower.hasSuffix("ed") && !w[j].lower.hasSuffix("ly") && !Lexicon.auxiliaries.contains(w[j].lower)
            && (j == 0 || w[j - 1].sentence != sentence || w[j - 1].isPunct || w[j - 1].kind == .possessive
                || w[j - 1].tags.contains(.determiner) || w[j - 1].tags.contains(.reporting)
                || w[j - 1].tags.contains(.preposition) && w[j - 1].lower != "to" || phraseJoiners.contains(w[j - 1].lower)
                || w[j - 1].capitalised && !w[j - 1].tags.contains(.function) && (at[j - 1] >= 0 || j == 1 || w[j - 2].sentence != sentence))
        {
            start = j
            j -= 1
        }
        // "Council leader", "Aviation analyst": a common noun capitalised as it opens the
        // sentence belongs to the role; so does a portfolio before an office in title case
        // ("Finance Minister Jo Roe" where the article also writes "the finance ministry").
        let office = end < w.count && isTitleWord(w[end]) && w[end].capitalised && j >= 0 && Lexicon.portfolios.contains(w[j].lower)
        if (role || office) && start > 0 && start == j + 1 && j >= 0 && w[j].kind == .word && w[j].capitalised && at[j] < 0
            && !w[j].tags.contains(.function) && (j == 0 || w[j - 1].sentence != w[j].sentence)
        {
            start = j
        }
        return (start, role)
    }

    /// Conjunctions after which a noun phrase opens ("the drummer and keyboard player Jo Roe").
    static let phraseJoiners: Set<String> = ["and", "but", "or", "nor"]

    /// The words of a role as written, with abbreviated titles spelled out ("Lt. Gov." reads
    /// "Lieutenant Governor"), so that outlets' ways of writing a title compare equal.
    static func roleText(_ t: ArticleText, _ r: Range<Int>) -> String {
        let w = t.words
        guard r.contains(where: { w[$0].capitalised && Lexicon.spelledOutTitles[w[$0].lower] != nil }) else {
            return t.text(words: r)
        }
        var out = ""
        var last = -1
        var k = r.lowerBound
        while k < r.upperBound {
            let x = w[k]
            var end = x.end
            var piece: String
            if x.kind == .word, x.capitalised, let full = Lexicon.spelledOutTitles[x.lower] {
                piece = full
                if k + 1 < r.upperBound && w[k + 1].lower == "." && w[k + 1].start == x.end {
                    end = w[k + 1].end
                    k += 1
                }
            } else {
                piece = t.text(x.start..<x.end)
            }
            if last >= 0 { out += t.text(last..<x.start) }
            out += piece
            last = end
            k += 1
        }
        return out
    }

    /// The role an apposition gives: ", a spokeswoman for Acme," / ", Acme’s chief of staff" /
    /// ", who has served as Acme CEO since 2020" / " (R), Chair of the Board". Only phrases
    /// headed by a role word count, so a list of names or an age is not taken for a role.
    static func apposition(_ t: ArticleText, after b: Int) -> (Range<Int>, RoleStatement)? {
        let w = t.words
        var x = b
        guard x < w.count, w[x].paragraph == w[b - 1].paragraph else { return nil }
        // A short parenthesis (a party, a city) between the name and the apposition.
        if w[x].lower == "(" {
            var y = x + 1
            while y < w.count && y < x + 8 && w[y].lower != ")" { y += 1 }
            guard y < w.count && w[y].lower == ")" else { return nil }
            x = y + 1
        }
        guard x < w.count, w[x].lower == ",", w[x].paragraph == w[b - 1].paragraph else { return nil }
        var start = x + 1
        // "Jo Roe, 41, a cabin supervisor", "Jo Roe, 78, chairman of the club": the age in commas
        // comes before the apposition, which opens with an article or the role itself.
        if start + 2 < w.count, w[start].kind == .number, w[start].lower.count <= 3, w[start + 1].lower == ",",
            Lexicon.determiners.contains(w[start + 2].lower) || Lexicon.roleWords.contains(w[start + 2].lower)
                || Lexicon.roleModifiers.contains(w[start + 2].lower) || isDoerNoun(w[start + 2].lower) || w[start + 2].lower == "who"
        {
            start += 2
        }
        var end = start
        while end < w.count && end - start < 20 && w[end].quote == -1 && w[end].paragraph == w[b - 1].paragraph {
            let l = w[end].lower
            // "the Supporters' Trust": a plural's possessive mark, not a closing quote.
            let pluralPossessive = (l == "'" || l == "\u{2019}") && end > start && w[end].start == w[end - 1].end
                && w[end - 1].lower.hasSuffix("s") && end + 1 < w.count && w[end + 1].kind == .word
            if w[end].kind == .punct && l != "-" && l != "&" && l != "." && !pluralPossessive { break }
            if l == "." && !(end > start && isAbbreviation(w[end - 1])) { break }
            // "a former appeal court judge": a verb's form after an article or a qualifier is a noun.
            let modified = end > start && (Lexicon.determiners.contains(w[end - 1].lower) || Lexicon.roleModifiers.contains(w[end - 1].lower))
            if w[end].isReportingVerb && end > start && !Lexicon.reportNouns.contains(l) && !modified { break }
            // "Jo Roe, a senior artist at Acme who was one of the first to sign": a relative
            // clause after the role's noun phrase is no part of it.
            if end > start + 1 && ["who", "whose"].contains(l) && w[start].lower != "who" { break }
            end += 1
        }
        guard end > start, end - start < 20 else { return nil }
        let first = w[start]
        var roleRange = start..<end
        // "who chairs the trust", "who runs the shop next door": a verb of holding an office or
        // a calling says what the person does, the whole clause being the role.
        var byVerb = false
        // "who has run the café": the perfect's auxiliary stands before the verb of the office.
        let perfect = first.lower == "who" && start + 2 < w.count && ["has", "had", "have"].contains(w[start + 1].lower) ? 1 : 0
        let jobAs = first.lower == "who" && start + perfect + 3 < w.count && Lexicon.asJobVerbs.contains(w[start + perfect + 1].lower)
            && w[start + perfect + 2].lower == "as"
        // "Jo Roe, named as the council's finance director," / ", described as head of
        // transport": the role a document or a report gives the person.
        let givenAs = start + 2 < end && Lexicon.givenAsParticiples.contains(first.lower) && w[start + 1].lower == "as"
        if givenAs {
            var r = start + 2
            while r < end && Lexicon.determiners.contains(w[r].lower) { r += 1 }
            roleRange = r..<end
        } else if jobAs {
            // "who worked as a camera assistant on the series": the noun phrase after "as", to
            // the preposition or punctuation that ends it, is the job.
            var r = start + perfect + 3
            while r < w.count && Lexicon.determiners.contains(w[r].lower) { r += 1 }
            var e = r
            while e < w.count && e < r + 5 && w[e].kind == .word && w[e].quote == -1 && w[e].sentence == w[start].sentence
                && !w[e].tags.contains(.preposition) && !w[e].tags.contains(.function) && !w[e].isReportingVerb
            {
                e += 1
            }
            guard e > r, e < w.count, w[e].kind != .word || w[e].tags.contains(.preposition) || w[e].tags.contains(.function) else { return nil }
            var c = e
            while c < w.count && c - start < 24 && w[c].quote == -1 && w[c].paragraph == w[b - 1].paragraph && !(w[c].kind == .punct && w[c].lower != "-" && w[c].lower != "&") {
                c += 1
            }
            guard c < w.count, [",", ".", ";"].contains(w[c].lower) else { return nil }
            end = c
            roleRange = r..<e
            byVerb = true
        } else if first.lower == "who", start + perfect + 1 < w.count, Lexicon.officeVerbs.contains(w[start + perfect + 1].lower)
            || start + 2 < w.count && w[start + 1].lower == "set" && w[start + 2].lower == "up"
        {
            // The clause runs to its comma or full stop: a verb of saying inside it ("who heads
            // the state commission") is a noun there.
            let verb = start + 1 + perfect
            var e = verb + 1
            while e < w.count && e - start < 20 && w[e].quote == -1 && w[e].paragraph == w[b - 1].paragraph {
                let l = w[e].lower
                if w[e].kind == .punct && !["-", "&", "'", "\u{2019}"].contains(l) && !(l == "." && isAbbreviation(w[e - 1])) { break }
                e += 1
            }
            guard e < w.count, [",", ".", ";"].contains(w[e].lower),
                ((verb + 1)..<e).contains(where: { w[$0].kind == .word && !w[$0].tags.contains(.function) })
            else { return nil }
            end = e
            roleRange = verb..<e
            byVerb = true
        } else if first.lower == "who" {
            // "who is a lawyer", "who has served as Acme CEO for five years"
            guard let asIndex = (start..<min(end, start + 5)).first(where: { w[$0].lower == "as" || w[$0].lower == "is" || w[$0].lower == "was" }) else {
                return nil
            }
            var r = asIndex + 1
            while r < end && Lexicon.determiners.contains(w[r].lower) { r += 1 }
            var e = r
            while e < end && (w[e].capitalised || Lexicon.roleWords.contains(w[e].lower) || Lexicon.roleModifiers.contains(w[e].lower)
                || w[e].kind == .possessive || w[e].lower == "of" || w[e].lower == "the")
            {
                e += 1
            }
            while e > r && (w[e - 1].lower == "of" || w[e - 1].lower == "the") { e -= 1 }
            roleRange = r..<e
        } else {
            guard first.kind == .word || first.kind == .possessive else { return nil }
            // "Jo Roe, fragrance historian:", "Jo Roe, luxury goods analyst at Acme,": nouns
            // that say what the role is about stand before its role word.
            let nounModified = !first.capitalised && !first.tags.contains(.function)
                && (1...2).contains { k in
                    start + k < end && Lexicon.roleWords.contains(w[start + k].lower)
                        && (start..<(start + k)).allSatisfy { w[$0].kind == .word && !w[$0].capitalised && !w[$0].tags.contains(.function) && !w[$0].isReportingVerb }
                }
            // "Jo Roe, rector of the university,": a noun for a person by calling opens one too.
            let opener = Lexicon.determiners.contains(first.lower) || first.capitalised || nounModified
                || Lexicon.roleWords.contains(first.lower) || Lexicon.roleModifiers.contains(first.lower)
                || first.kind == .word && isDoerNoun(first.lower)
            guard opener, !first.isReportingVerb else { return nil }
            if first.lower == "a" || first.lower == "an" || first.lower == "the" { roleRange = (start + 1)..<end }
        }
        // "Jo Roe, the nephrologist who leads the trial": a noun for a person by trade heads a role too.
        guard !roleRange.isEmpty,
            byVerb || roleRange.contains(where: {
                Lexicon.roleWords.contains(w[$0].lower) || Lexicon.personNouns.contains(w[$0].lower) || w[$0].kind == .word && !w[$0].capitalised && isDoerNoun(w[$0].lower)
            })
        else {
            return nil
        }
        let role = RoleStatement(role: roleText(t, roleRange), span: w[roleRange.lowerBound].start..<w[roleRange.upperBound - 1].end)
        return (start..<end, role)
    }

    /// Marks as organisations the names that spokespeople speak for: "a spokesman for Acme",
    /// "Acme’s spokeswoman", "an Acme representative". (Other roles do not tell: "Roe’s
    /// adviser" works for a person.)
    static func markVoices(_ w: [Word], _ mentions: inout [Mention], _ at: [Int]) {
        let surnames = personSurnames(mentions)
        func mark(_ m: Int) {
            if mentions[m].kind == .unknown && !(mentions[m].tokens.count == 1 && surnames.contains(mentions[m].tokens[0])) {
                mentions[m].kind = .organisation
            }
        }
        for (i, x) in w.enumerated() where x.tags.contains(.voice) {
            if i + 2 < w.count, ["for", "at", "of", "from"].contains(w[i + 1].lower) {
                var j = i + 2
                if w[j].lower == "the" && j + 1 < w.count { j += 1 }
                if at[j] >= 0 { mark(at[j]) }
            }
            if i >= 1 {
                var j = i - 1
                if w[j].kind == .possessive && j >= 1 { j -= 1 }
                if at[j] >= 0 && mentions[at[j]].words.upperBound == j + 1 { mark(at[j]) }
            }
        }
    }

    /// Last words of the full names of people ("Jo Roe"): a spokesman or a rep for "Roe"
    /// speaks for a person, and "Roe" alone is that person, not an organisation.
    static func personSurnames(_ mentions: [Mention]) -> Set<String> {
        var out = Set<String>()
        for m in mentions where m.kind == .person && m.tokens.count >= 2 { out.insert(m.tokens.last!) }
        return out
    }

    /// Last words of every full name that is no organisation's ("Judd Nelson" before his
    /// manager is named): "Nelson’s manager" works for a person.
    static func fullNameSurnames(_ mentions: [Mention]) -> Set<String> {
        var out = Set<String>()
        for m in mentions where m.kind != .organisation && m.tokens.count >= 2 && !Lexicon.placeSuffixes.contains(m.tokens.last!) {
            out.insert(m.tokens.last!)
        }
        return out
    }
}
