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
        while k < w.count {
            guard startsName(w[k]), !t.headings[w[k].paragraph] else {
                k += 1
                continue
            }
            let e = sequenceEnd(w, k)
            // A lone capitalised word opening a sentence that the article also writes in lower
            // case ("Recent reporting...") is an ordinary word.
            let opensSentence = k == 0 || w[k - 1].sentence != w[k].sentence || w[k - 1].quote != -1
            if e == k + 1 && opensSentence {
                let lower = w[k].lower
                if w.contains(where: { !$0.capitalised && $0.lower == lower }) {
                    k = e
                    continue
                }
            }
            // A participle opening a sentence before a name ("Hosting Jo Roe, the club...").
            var first = k
            if opensSentence && e > k + 1 && w[k].lower.hasSuffix("ing") && w[k].lower.count >= 6 && !w[k].tags.contains(.modifier) {
                first = k + 1
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

    static func startsName(_ w: Word) -> Bool {
        w.kind == .word && w.capitalised && w.quote == -1
    }

    /// Capitalised words in a row within a sentence, joined by initials and abbreviated
    /// titles with their full stops, name particles ("van"), and "of" after an organisation
    /// or title word ("Bank of Spain", "Secretary of State").
    static func sequenceEnd(_ w: [Word], _ k: Int) -> Int {
        var e = k + 1
        func joinsNext(_ i: Int) -> Bool {
            i + 1 < w.count && w[i + 1].kind == .word && w[i + 1].capitalised && w[i + 1].sentence == w[k].sentence
                && w[i + 1].quote == -1
        }
        while e < w.count, w[e].sentence == w[k].sentence, w[e].quote == -1 {
            let x = w[e]
            if x.kind == .word && x.capitalised {
                e += 1
            } else if x.lower == "." && x.start == w[e - 1].end && isAbbreviation(w[e - 1]) && joinsNext(e) {
                e += 1
            } else if x.kind == .word && Lexicon.nameParticles.contains(x.lower) && joinsNext(e) {
                e += 1
            } else if x.lower == "of" && joinsNext(e)
                && (Lexicon.organisationSuffixes.contains(w[e - 1].lower) || Lexicon.titles.contains(w[e - 1].lower))
            {
                e += 1
            } else {
                break
            }
        }
        return e
    }

    static func isAbbreviation(_ w: Word) -> Bool {
        w.kind == .word && w.capitalised
            && (Lexicon.abbreviatedTitles.contains(w.lower) || w.lower.unicodeScalars.count == 1)
    }

    static func isTitleWord(_ lower: String) -> Bool {
        Lexicon.titles.contains(lower) || Lexicon.roleWords.contains(lower)
    }

    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady"]

    /// Parses one capitalised sequence into a mention: leading function words dropped, an
    /// organisation and role words in front split off ("Acme CEO | Jane Roe"), the kind
    /// decided from titles and organisation suffixes, the apposition after it read.
    static func mention(_ t: ArticleText, _ seq: Range<Int>, mentions: inout [Mention], at: inout [Int]) -> Mention? {
        let w = t.words
        var a = seq.lowerBound
        let b = seq.upperBound
        while a < b && (Lexicon.functionWords.contains(w[a].lower) || Lexicon.prepositions.contains(w[a].lower) || w[a].kind != .word) { a += 1 }
        guard a < b else { return nil }
        // The role words: from the first title word (with the modifiers before it) to the last.
        var firstTitle = -1, lastTitle = -1
        for i in a..<b where w[i].kind == .word && isTitleWord(w[i].lower) {
            if firstTitle < 0 { firstTitle = i }
            lastTitle = i
        }
        var nameStart = a
        var roleStart = -1
        if lastTitle >= 0 {
            nameStart = lastTitle + 1
            while nameStart < b && w[nameStart].kind != .word { nameStart += 1 }
            roleStart = firstTitle
            while roleStart > a && Lexicon.roleModifiers.contains(w[roleStart - 1].lower) { roleStart -= 1 }
        }
        // A title word last ("Auto Industry Analyst") names a role, not anyone; a lone
        // organisation word after a title word ("General Motors") names a company.
        if nameStart >= b { return nil }
        if nameStart == b - 1 && Lexicon.organisationSuffixes.contains(w[nameStart].lower) {
            nameStart = a
            roleStart = -1
        }
        let nameWords = nameStart..<b
        var tokens: [String] = []
        for i in nameWords where w[i].kind == .word && !(w[i].lower.unicodeScalars.count == 1 && w[i + 1 < b ? i + 1 : i].lower == ".") {
            tokens.append(w[i].lower)
        }
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
        if b < w.count && (w[b].kind == .possessive || (w[b].lower == "'" && w[b].start == w[b - 1].end)) {
            m.possessive = true
        }
        if nameWords.contains(where: { Lexicon.organisationSuffixes.contains(w[$0].lower) }) && !titled {
            m.kind = .organisation
            return m
        }
        if titled {
            // An organisation in front of the role ("Acme CEO Jane Roe") is one too.
            if roleStart > a {
                let org = a..<roleStart
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
        var roleFrom = roleStart >= 0 ? roleStart : nameStart
        // Lower-case role words in front ("former", "chief executive"), and an organisation
        // before them ("Acme chief executive Jane Roe").
        var j = (roleStart >= 0 ? roleStart : a) - 1
        var sawRoleWord = roleStart >= 0
        while j >= 0 && w[j].kind == .word && !w[j].capitalised && w[j].sentence == w[a].sentence
            && (Lexicon.roleWords.contains(w[j].lower) || Lexicon.roleModifiers.contains(w[j].lower))
        {
            if Lexicon.roleWords.contains(w[j].lower) { sawRoleWord = true }
            roleFrom = j
            j -= 1
        }
        // A single name after a lower-case role ("market leader Acme") is as often a company.
        if roleFrom < (roleStart >= 0 ? roleStart : nameStart) && sawRoleWord && (titled || tokens.count >= 2) {
            if j >= 0 && (w[j].kind == .possessive || (w[j].kind == .word && w[j].capitalised && at[j] >= 0)) {
                let org = w[j].kind == .possessive ? j - 1 : j
                if org >= 0 && at[org] >= 0 && mentions[at[org]].kind != .person {
                    mentions[at[org]].kind = .organisation
                    roleFrom = w[j].kind == .possessive ? j - 1 : j
                }
            }
            m.kind = .person
        } else if roleStart < 0 {
            roleFrom = nameStart
        }
        if roleFrom < nameStart {
            let roleWords = roleFrom..<nameStart
            let isHonorific = roleWords.allSatisfy { honorifics.contains(w[$0].lower) || w[$0].lower == "." }
            if !isHonorific {
                var end = nameStart
                while end > roleFrom && w[end - 1].kind != .word && w[end - 1].lower != "." { end -= 1 }
                m.roles.append(RoleStatement(role: t.text(words: roleFrom..<end), span: w[roleFrom].start..<w[end - 1].end))
            }
            m.full = roleFrom..<b
        }
        if !m.possessive, let (range, role) = apposition(t, after: b) {
            m.apposition = range
            m.roles.append(role)
            m.kind = .person
        }
        return m
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
        let start = x + 1
        var end = start
        while end < w.count && end - start < 20 && w[end].quote == -1 && w[end].paragraph == w[b - 1].paragraph {
            let l = w[end].lower
            if w[end].kind == .punct && l != "-" && l != "&" && l != "." { break }
            if l == "." && !(end > start && isAbbreviation(w[end - 1])) { break }
            if w[end].isReportingVerb && end > start && !Lexicon.reportNouns.contains(l) { break }
            end += 1
        }
        guard end > start, end - start < 20 else { return nil }
        let first = w[start]
        var roleRange = start..<end
        if first.lower == "who" {
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
            let opener = Lexicon.determiners.contains(first.lower) || first.capitalised
                || Lexicon.roleWords.contains(first.lower) || Lexicon.roleModifiers.contains(first.lower)
            guard opener, !first.isReportingVerb else { return nil }
            if first.lower == "a" || first.lower == "an" || first.lower == "the" { roleRange = (start + 1)..<end }
        }
        guard !roleRange.isEmpty, roleRange.contains(where: { Lexicon.roleWords.contains(w[$0].lower) }) else { return nil }
        let role = RoleStatement(role: t.text(words: roleRange), span: w[roleRange.lowerBound].start..<w[roleRange.upperBound - 1].end)
        return (start..<end, role)
    }

    /// Marks as organisations the names that spokespeople speak for: "a spokesman for Acme",
    /// "Acme’s spokeswoman", "an Acme representative". (Other roles do not tell: "Roe’s
    /// adviser" works for a person.)
    static func markVoices(_ w: [Word], _ mentions: inout [Mention], _ at: [Int]) {
        for (i, x) in w.enumerated() where x.tags.contains(.voice) {
            if i + 2 < w.count, ["for", "at", "of", "from"].contains(w[i + 1].lower) {
                var j = i + 2
                if w[j].lower == "the" && j + 1 < w.count { j += 1 }
                if at[j] >= 0 && mentions[at[j]].kind == .unknown { mentions[at[j]].kind = .organisation }
            }
            if i >= 1 {
                var j = i - 1
                if w[j].kind == .possessive && j >= 1 { j -= 1 }
                if at[j] >= 0 && mentions[at[j]].kind == .unknown && mentions[at[j]].words.upperBound == j + 1 {
                    mentions[at[j]].kind = .organisation
                }
            }
        }
    }
}
