import HearsayText

/// A person named with an office or job title: "former President Ada Moreno",
/// "Acme CEO Tom Hale", "Tom Hale, Acme's chief operating officer,".
struct RoleMention: Sendable, Hashable {
    enum Tense: Sendable, Hashable { case former, current, unmarked, neutral }

    /// The name as written, without a possessive ("Hale", "Tom Hale").
    var name: String
    /// The title as written, with its modifier and organisation ("former President",
    /// "Acme's chief operating officer").
    var phrase: String
    /// The office in canonical words (`RoleLexicon.canonical`).
    var office: [String]
    var tense: Tense
    /// "acting", "interim", "caretaker": the office is held for now, pending someone
    /// appointed for good; an outlet dropping the word changes the title.
    var provisional = false
    var organisation: String?
    /// Scalar offsets of the whole mention, title and name.
    var range: Range<Int>
}

enum RoleMentions {
    static let appositiveFiller: Set<String> = [
        "a", "an", "the", "its", "his", "her", "their", "who", "is", "was", "has", "had", "been", "served",
        "serves", "as", "and", "also", "now", "currently", "longtime", "long-time", "veteran", "itself",
    ]
    static let orgJoiners: Set<String> = ["of", "at", "for"]
    /// Participles that, with "as", give a name its title: "named as", "described as".
    static let namingParticiples: Set<String> = ["named", "described", "identified", "listed", "given"]
    /// Participles that say an office held by the name after "by" ("chaired by").
    static let passiveOffices: [String: String] = ["chaired": "chair", "captained": "captain"]
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "mx", "dr", "sir", "dame", "lord", "lady", "cllr"]

    static func find(in t: [WordToken], text: [Unicode.Scalar]) -> [RoleMention] {
        // In a title-case headline every word is capitalised, so capitals no longer
        // tell names and organisations from other words.
        if isTitleCase(t) { return [] }
        var out: [RoleMention] = []
        var i = 0
        while i < t.count {
            // "The board of trustees, chaired by Ann Lee,": the passive of a verb of office
            // gives the name its post.
            if let office = passiveOffices[t[i].lower], i + 2 < t.count, t[i + 1].lower == "by", let name = nameRun(t, at: i + 2) {
                out.append(
                    RoleMention(
                        name: name.text, phrase: phrase(t, i, i + 2, text), office: RoleLexicon.canonical([office]), tense: .unmarked,
                        range: t[i].range.lowerBound..<t[name.end - 1].range.upperBound))
                i = name.end
                continue
            }
            if let m = titleBeforeName(t, at: i, text: text) {
                out.append(m.mention)
                i = m.next
                continue
            }
            i += 1
        }
        out += appositives(t, text: text)
        return out
    }

    // MARK: title before name: "former President Ada Moreno", "Acme CEO Tom Hale"

    static func titleBeforeName(_ t: [WordToken], at i: Int, text: [Unicode.Scalar]) -> (mention: RoleMention, next: Int)? {
        guard let frame = titleFrame(t, at: i) else { return nil }
        var found = nameRun(t, at: frame.end)
        // "Acme's chief operating officer, Dana Wu, led the talks": the name set off by commas.
        if found == nil, frame.end + 1 < t.count, t[frame.end].text == ",", let n = nameRun(t, at: frame.end + 1),
            n.end == t.count || [",", ".", ";"].contains(t[n.end].text)
        {
            found = n
        }
        guard let name = found else { return nil }
        // "Station manager", "group manager": a rung of a service's ladder before its head
        // is part of the title, whatever its case; "council leader" names a post of its own.
        var titleStart = i
        if i > 0, t[i - 1].isWord, !hasPossessive(t[i - 1].text), frame.end - i == 1,
            RoleLexicon.rankLadders[t[i].lower]?.contains(t[i - 1].lower) == true
                || (t[i].lower == "leader" && t[i - 1].lower == RoleLexicon.councilLeader[0])
        {
            titleStart = i - 1
        }
        var start = titleStart
        var organisation: [String] = []
        // Organisation right before the title: "Acme CEO", "Acme's CEO", "House Speaker".
        var k = titleStart - 1
        while k >= 0, t[k].isWord, t[k].isCapitalized, !isLexiconWord(t[k]), k >= titleStart - 3 {
            organisation.insert(stripPossessive(t[k].text), at: 0)
            start = k
            k -= 1
        }
        // A capitalised sentence opener is not an organisation ("Meanwhile President X").
        if start == 0, let first = organisation.first, isSentenceOpener(first) {
            organisation.removeFirst()
            start += 1
        }
        let (tense, modifierStart) = modifier(t, before: start)
        let provisional = modifierStart < start && RoleLexicon.provisionalModifiers.contains(t[modifierStart].lower)
        start = modifierStart
        let words = t[titleStart..<frame.end].filter { $0.kind != .punctuation }.map(\.text)
        let mention = RoleMention(
            name: name.text, phrase: phrase(t, start, frame.end, text),
            office: RoleLexicon.canonical(words), tense: tense, provisional: provisional,
            organisation: organisation.isEmpty ? nil : organisation.joined(separator: " "),
            range: t[start].range.lowerBound..<t[name.end - 1].range.upperBound)
        return (mention, name.end)
    }

    /// A run of title words that ends with a head word ("Chief Communications Officer",
    /// "Vice President", "Rep."): returns its token range (the full stop of an
    /// abbreviation included).
    static func titleFrame(_ t: [WordToken], at i: Int) -> (start: Int, end: Int)? {
        guard i < t.count, t[i].isWord else { return nil }
        let first = t[i].lower.trimmingDots
        // "The county archaeologist", "Brackenshire's county archaeologist": after a
        // determiner or a possessive, one lower-case noun right before a head is part of
        // the title.
        if !RoleLexicon.heads.contains(first), !RoleLexicon.inner.contains(first), i > 0, i + 1 < t.count,
            t[i - 1].lower == "the" || hasPossessive(t[i - 1].text), !t[i].isCapitalized, !Tokens.stopwords.contains(first),
            !isLexiconWord(t[i]), !RoleLexicon.neutralModifiers.contains(first), !["ly", "ed", "ing"].contains(where: first.hasSuffix),
            !hasPossessive(t[i].text), t[i + 1].isWord, !t[i + 1].isCapitalized, RoleLexicon.heads.contains(t[i + 1].lower)
        {
            return titleFrame(t, at: i + 1).map { (i, $0.end) }
        }
        guard RoleLexicon.heads.contains(first) || RoleLexicon.inner.contains(first) || RoleLexicon.compoundHeads(first) != nil else { return nil }
        guard !["of", "for", "and", "the"].contains(first) else { return nil }
        var j = i
        var lastHeadEnd: Int? = nil
        while j < t.count {
            let w = t[j].lower.trimmingDots
            // "vice-president", "secretary-general": words of a title glued by a hyphen are
            // one word of it, which ends the title when either part is a head.
            if t[j].text == "-", j > i, j + 1 < t.count, t[j + 1].isWord, t[j - 1].range.upperBound == t[j].range.lowerBound,
                t[j].range.upperBound == t[j + 1].range.lowerBound,
                RoleLexicon.heads.contains(t[j + 1].lower) || RoleLexicon.inner.contains(t[j + 1].lower)
            {
                let afterHead = lastHeadEnd == j
                j += 1
                if afterHead && !RoleLexicon.heads.contains(t[j].lower) {
                    j += 1
                    lastHeadEnd = j
                }
                continue
            }
            // "vice-president", "secretary-general" written as one word.
            if t[j].isWord, let isHead = RoleLexicon.compoundHeads(w) {
                j += 1
                if isHead { lastHeadEnd = j }
                continue
            }
            if t[j].isWord && RoleLexicon.heads.contains(w) {
                // "ministry spokesman Colonel Ana Roe": a capitalised rank after a lower-case
                // post is a second title, the one the name carries.
                if lastHeadEnd == j, j > i, !t[j - 1].isCapitalized, t[j].isCapitalized, RoleLexicon.standing.contains(w) { break }
                j += 1
                if j < t.count, t[j].text == ".", ["sen", "rep", "gov", "gen", "pres"].contains(w) { j += 1 }
                lastHeadEnd = j
                // "chief" opens a frame that runs to "officer": "Chief Diversity Officer".
                if w == "chief", let o = (j..<min(t.count, j + 4)).first(where: { t[$0].lower == "officer" }),
                    (j..<o).allSatisfy({ t[$0].isWord })
                {
                    j = o + 1
                    lastHeadEnd = j
                }
                continue
            }
            // "deputy opposition leader", "deputy council leader": after a rank word, one
            // lower-case noun may qualify the head it ranks below.
            if j > i, lastHeadEnd == nil, RoleLexicon.ranks.contains(t[j - 1].lower), t[j].isWord, !t[j].isCapitalized,
                !Tokens.stopwords.contains(w), !isLexiconWord(t[j]), j + 1 < t.count, t[j + 1].isWord, RoleLexicon.heads.contains(t[j + 1].lower)
            {
                j += 1
                continue
            }
            if t[j].isWord && RoleLexicon.inner.contains(w) && !["of", "for", "and", "the"].contains(w) {
                // "secretary general", "director general": "general" after a head ends the title.
                if w == "general", lastHeadEnd == j { lastHeadEnd = j + 1 }
                j += 1
                continue
            }
            // "Minister of Education", "Secretary for Culture and Sport": the portfolio is
            // part of the title, as in "Education Minister".
            // "Deputy mayor for tourism", "cabinet member for children and education": a
            // portfolio after "for" belongs to any office, as a body after "of" does not.
            if ["of", "for"].contains(w), let h = lastHeadEnd, h == j, RoleLexicon.portfolioHeads.contains(t[j - 1].lower) || w == "for",
                let end = portfolioEnd(t, from: j + 1)
            {
                j = end
                lastHeadEnd = end
                continue
            }
            // "head of quality", "president of news": the function run is part of the
            // title, as in "quality head"; "director of the museum" names a body instead.
            if ["of", "for"].contains(w), let h = lastHeadEnd, h == j, RoleLexicon.isFunctionHead(t[j - 1].lower),
                let end = functionEnd(t, from: j + 1) ?? bareFunctionEnd(t, from: j + 1)
            {
                j = end
                lastHeadEnd = end
                continue
            }
            break
        }
        guard let end = lastHeadEnd else { return nil }
        return (i, end)
    }

    /// The end of a portfolio named after "of"/"for": portfolio words, joined by "and",
    /// ending on one ("Culture, Media and Sport" stops at the comma).
    static func portfolioEnd(_ t: [WordToken], from i: Int) -> Int? {
        var j = i, end: Int? = nil
        while j < t.count, t[j].isWord, RoleLexicon.portfolios.contains(t[j].lower) || RoleLexicon.inner.contains(t[j].lower) && !["of", "for", "the"].contains(t[j].lower) {
            if t[j].lower != "and" { end = j + 1 }
            j += 1
        }
        return end
    }

    /// The end of a function named after "of"/"for": lower-case function words, joined by
    /// "and", ending on one ("research and development").
    static func functionEnd(_ t: [WordToken], from i: Int) -> Int? {
        var j = i, end: Int? = nil
        while j < t.count, t[j].isWord,
            !t[j].isCapitalized && RoleLexicon.functions.contains(t[j].lower) || isInitials(t[j]) || isCapitalPortfolio(t[j])
                || (end != nil && t[j].lower == "and")
        {
            if t[j].lower != "and" { end = j + 1 }
            j += 1
        }
        return end
    }

    /// "Director of Highways and Transport", "Head of Finance": a title's function or
    /// portfolio written in capitals, as a title printed whole is. A capitalised word of no
    /// function ("Director of Acme") names a body instead.
    static func isCapitalPortfolio(_ tok: WordToken) -> Bool {
        guard tok.isWord, tok.isCapitalized else { return false }
        let w = tok.lower
        return RoleLexicon.portfolios.contains(w) || RoleLexicon.functions.contains(w) || RoleLexicon.portfolioInner.contains(w)
    }

    /// A function written in capitals as initials ("IT", "HR").
    static func isInitials(_ tok: WordToken) -> Bool {
        tok.isWord && tok.text.allSatisfy(\.isUppercase) && RoleLexicon.functionInitials.contains(tok.lower)
    }

    /// Capitalised words after a title: a person's name, initials included
    /// ("James P. Kellner"), at most four words, without a trailing possessive.
    static func nameRun(_ t: [WordToken], at i: Int) -> (text: String, end: Int)? {
        var parts: [String] = []
        var j = i
        while j < t.count, parts.count < 4 {
            let tok = t[j]
            guard tok.isWord, tok.isCapitalized, !isLexiconWord(tok), !DateExpressions.isCalendarWord(tok) else { break }
            if honorifics.contains(tok.lower.trimmingDots) && parts.isEmpty {
                j += 1
                if j < t.count, t[j].text == "." { j += 1 }
                continue
            }
            let isInitial = tok.text.count == 1 && j + 1 < t.count && t[j + 1].text == "."
            parts.append(isInitial ? tok.text + "." : stripPossessive(tok.text))
            j += isInitial ? 2 : 1
            // "Osei-Lund", "Smith-Jones": a double-barrelled surname is one word of the name.
            while !isInitial, !hasPossessive(parts[parts.count - 1]), j + 1 < t.count, t[j].text == "-", t[j + 1].isWord, t[j + 1].isCapitalized,
                t[j - 1].range.upperBound == t[j].range.lowerBound, t[j].range.upperBound == t[j + 1].range.lowerBound
            {
                parts[parts.count - 1] += "-" + stripPossessive(t[j + 1].text)
                j += 2
                if hasPossessive(t[j - 1].text) { break }
            }
            if hasPossessive(tok.text) { break }
        }
        // A lone initial is not a name, nor is an organisation before a title
        // ("Acme Motors CEO").
        guard let last = parts.last, !last.hasSuffix(".") else { return nil }
        if j < t.count, t[j].isWord, RoleLexicon.heads.contains(t[j].lower.trimmingDots) { return nil }
        return (parts.joined(separator: " "), j)
    }

    static func modifier(_ t: [WordToken], before i: Int) -> (RoleMention.Tense, Int) {
        var k = i - 1
        if k >= 0, t[k].text == "-" || t[k].text == "\u{2013}" { k -= 1 }
        guard k >= 0, t[k].isWord else { return (.unmarked, i) }
        // "former agency boss", "acting party leader": the organisation, named by a
        // common noun, may stand between the modifier and the title.
        if k > 0, !t[k].isCapitalized, !Tokens.stopwords.contains(t[k].lower), !isLexiconWord(t[k]), t[k - 1].isWord,
            isLexiconWord(t[k - 1]), !RoleLexicon.heads.contains(t[k - 1].lower)
        {
            k -= 1
        }
        let w = t[k].lower
        if RoleLexicon.formerModifiers.contains(w) { return (.former, k) }
        if RoleLexicon.currentModifiers.contains(w) { return (.current, k) }
        if RoleLexicon.neutralModifiers.contains(w) { return (.neutral, k) }
        return (.unmarked, i)
    }

    // MARK: appositives: "Tom Hale, Acme's chief operating officer, said"

    static func appositives(_ t: [WordToken], text: [Unicode.Scalar]) -> [RoleMention] {
        var out: [RoleMention] = []
        var i = 0
        while i < t.count {
            guard t[i].isWord, t[i].isCapitalized, !isLexiconWord(t[i]), !(i == 0 && isSentenceOpener(t[i].text)),
                let name = nameRun(t, at: i)
            else {
                i += 1
                continue
            }
            defer { i = max(i + 1, name.end) }
            guard name.end < t.count, t[name.end].text == "," else { continue }
            var j = name.end + 1
            // "Ruth Kell, 54, director of the institute": the age is set off on its own.
            if j + 1 < t.count, t[j].isNumber, let age = Double(t[j].text), age >= 1, age < 120, t[j + 1].text == "," { j += 2 }
            var organisation: String? = nil
            var skipped = 0
            var tense = RoleMention.Tense.unmarked
            var provisional = false
            var phraseStart: Int? = nil
            var bareModifier = false
            while j < t.count, skipped < 6 {
                let w = t[j].lower
                if RoleLexicon.formerModifiers.contains(w) { tense = .former; phraseStart = phraseStart ?? j; j += 1; continue }
                if RoleLexicon.currentModifiers.contains(w) {
                    tense = .current
                    provisional = provisional || RoleLexicon.provisionalModifiers.contains(w)
                    phraseStart = phraseStart ?? j
                    j += 1
                    continue
                }
                if RoleLexicon.neutralModifiers.contains(w) { tense = .neutral; phraseStart = phraseStart ?? j; j += 1; continue }
                if titleFrame(t, at: j) != nil { break }
                // "Rachel Roe, Hallways' head of press": a plural possessive owns the title.
                if let after = pluralPossessiveEnd(t, at: j), titleFrame(t, at: after) != nil {
                    organisation = t[j].text
                    phraseStart = phraseStart ?? j
                    j = after
                    break
                }
                // "Lee Moss, branch secretary of the union": right after the comma, a lower-case
                // noun before a head qualifies it, as after "the".
                if skipped == 0, modifiesHead(t, at: j) {
                    bareModifier = true
                    break
                }
                // "Colin Marsh, described as the council's highways director": the title a
                // document or a source gives the person, set off as an apposition is.
                if skipped == 0, namingParticiples.contains(w), j + 1 < t.count, t[j + 1].lower == "as" {
                    skipped += 2
                    j += 2
                    continue
                }
                // "Tom Hale, and the treasurer, ..." is a list, not an apposition.
                // "Tom Hale, the union's acting general secretary,": an owner named by a
                // common noun refers back to an organisation of the story.
                guard t[j].isWord, appositiveFiller.contains(w) && !(w == "and" && skipped == 0)
                    || (t[j].isCapitalized && !isLexiconWord(t[j])) || (skipped > 0 && hasPossessive(t[j].text))
                else { break }
                if hasPossessive(t[j].text) || (t[j].isCapitalized && j + 1 < t.count && titleFrame(t, at: j + 1) != nil) {
                    organisation = stripPossessive(t[j].text)
                    phraseStart = phraseStart ?? j
                }
                skipped += 1
                j += 1
            }
            // "Ann Lee, who chairs the Harbour Trust,": a verb that says the office. "Who chairs
            // the fund's board" names the body by a common noun: the office holds all the same.
            if j >= 1, j < t.count, t[j - 1].lower == "who", let office = RoleLexicon.heldBy[t[j].lower] {
                var k = j + 1
                if k < t.count, t[k].lower == "the" { k += 1 }
                var org: [String] = []
                while k < t.count, t[k].isWord, t[k].isCapitalized || (!org.isEmpty && ["of", "and", "for"].contains(t[k].lower)), org.count < 8 {
                    org.append(t[k].text)
                    k += 1
                }
                while let l = org.last, l.first?.isLowercase ?? false { org.removeLast(); k -= 1 }
                let owned = org.isEmpty && k + 1 < t.count && hasPossessive(t[k].text) && t[k + 1].isWord
                    && RoleLexicon.organisationNouns.contains(QuantityMentions.lemma(t[k + 1].lower))
                if !org.isEmpty || owned {
                    let end = org.isEmpty ? k + 2 : k
                    out.append(
                        RoleMention(
                            name: name.text, phrase: phrase(t, j, end, text), office: RoleLexicon.canonical([office]), tense: tense,
                            provisional: provisional, organisation: org.isEmpty ? nil : org.joined(separator: " "),
                            range: t[i].range.lowerBound..<t[end - 1].range.upperBound))
                }
                continue
            }
            // A title followed by a name ("the treasurer Ann Lee", "the treasurer, Ann
            // Lee,") is that name's title, not this one's.
            guard let frame = bareModifier ? titleFrame(t, at: j + 1).map({ (start: j, end: $0.end) }) : titleFrame(t, at: j),
                nameRun(t, at: frame.end) == nil,
                !(frame.end + 1 < t.count && t[frame.end].text == "," && nameRun(t, at: frame.end + 1) != nil)
            else { continue }
            // "chairwoman and chief executive of Ferrox": two titles, one owner.
            var frames = [frame]
            while let last = frames.last, last.end + 1 < t.count, t[last.end].lower == "and", let next = titleFrame(t, at: last.end + 1) {
                frames.append(next)
            }
            var end = frames.last!.end
            if end + 1 < t.count, orgJoiners.contains(t[end].lower) {
                var k = end + 1
                var org: [String] = []
                while k < t.count, org.count < 10 {
                    // "The Airline Pilots' Guild": a plural possessive inside a name.
                    if ["'", "\u{2019}"].contains(t[k].text), let last = org.last, last.hasSuffix("s"), k + 1 < t.count, t[k + 1].isWord,
                        t[k + 1].isCapitalized
                    {
                        org[org.count - 1] += t[k].text
                        k += 1
                        continue
                    }
                    guard t[k].isWord, t[k].isCapitalized || ["the", "of", "on", "and", "for"].contains(t[k].lower) else { break }
                    org.append(t[k].text)
                    k += 1
                }
                while let l = org.last, l.first?.isLowercase ?? false { org.removeLast(); k -= 1 }
                if !org.isEmpty {
                    organisation = org.drop { $0.lowercased() == "the" }.joined(separator: " ")
                    end = k
                }
            }
            // "Gerald Pymm, chair of governors,": a body named by its members, a lower-case
            // plural that closes the apposition, is shown as part of the title.
            if organisation == nil, end < t.count, t[end].lower == "of" {
                let k = end + 1 < t.count && t[end + 1].lower == "the" ? end + 2 : end + 1
                if k < t.count, t[k].isWord, !t[k].isCapitalized, !Tokens.stopwords.contains(t[k].lower), QuantityMentions.isPlural(t[k].lower),
                    k + 1 == t.count || [",", ".", ";"].contains(t[k + 1].text)
                {
                    end = k + 1
                }
            }
            for f in frames {
                let words = t[f.start..<f.end].filter { $0.kind != .punctuation }.map(\.text)
                out.append(
                    RoleMention(
                        name: name.text, phrase: phrase(t, phraseStart ?? frame.start, end, text), office: RoleLexicon.canonical(words),
                        tense: tense, provisional: provisional, organisation: organisation,
                        range: t[i].range.lowerBound..<t[end - 1].range.upperBound))
            }
        }
        return out
    }

    /// "Hallways' ": a capitalised word in "s" with an apostrophe glued after it; the index
    /// after the apostrophe.
    static func pluralPossessiveEnd(_ t: [WordToken], at j: Int) -> Int? {
        guard j + 2 < t.count, t[j].isWord, t[j].isCapitalized, t[j].text.hasSuffix("s"), ["'", "\u{2019}"].contains(t[j + 1].text),
            t[j].range.upperBound == t[j + 1].range.lowerBound, t[j + 2].isWord
        else { return nil }
        return j + 2
    }

    /// A lower-case noun right before a lower-case head word ("branch secretary",
    /// "tournament director"): no stopword, title word, adverb, participle or possessive.
    static func modifiesHead(_ t: [WordToken], at j: Int) -> Bool {
        guard j + 1 < t.count, t[j].isWord, !t[j].isCapitalized, t[j + 1].isWord, !t[j + 1].isCapitalized else { return false }
        let w = t[j].lower
        return !Tokens.stopwords.contains(w) && !isLexiconWord(t[j]) && !RoleLexicon.inner.contains(w) && !RoleLexicon.neutralModifiers.contains(w)
            && !["ly", "ed", "ing"].contains(where: w.hasSuffix) && !hasPossessive(t[j].text) && RoleLexicon.heads.contains(t[j + 1].lower)
    }

    static func phrase(_ t: [WordToken], _ start: Int, _ end: Int, _ text: [Unicode.Scalar]) -> String {
        WordTokens.string(text, t[start].range.lowerBound..<t[end - 1].range.upperBound)
    }

    static func isLexiconWord(_ tok: WordToken) -> Bool {
        let w = tok.lower.trimmingDots
        return RoleLexicon.heads.contains(w) || RoleLexicon.formerModifiers.contains(w)
            || RoleLexicon.currentModifiers.contains(w)
    }

    static func isTitleCase(_ t: [WordToken]) -> Bool {
        let words = t.filter { $0.isWord && $0.text.count >= 4 }
        guard words.count >= 4 else { return false }
        return words.filter(\.isCapitalized).count * 10 >= words.count * 7
    }

    static func isSentenceOpener(_ word: String) -> Bool {
        let w = word.lowercased()
        return Tokens.stopwords.contains(w) || w.hasSuffix("ly") || ["yesterday", "today", "meanwhile", "earlier", "later"].contains(w)
    }

    static func hasPossessive(_ s: String) -> Bool { s.hasSuffix("'s") || s.hasSuffix("\u{2019}s") }

    static func stripPossessive(_ s: String) -> String { hasPossessive(s) ? String(s.dropLast(2)) : s }
}
