import HearsayText

/// Where a thing is or a happening took place, as a news sentence locates it: a noun and
/// a place name after a preposition of place ("its national hub in Calvorth", "a hotel in
/// Solberg", "is based in Dunmore", "a car crash on the A-7", "Pinewell Studios in Leeds").
/// One thing of a story stands in one place, so two outlets that each put it in a
/// different one disagree.
struct PlaceFact: Sendable {
    /// The thing located, lower-cased ("hub", "hotel", "pinewell studios"); "based" for a
    /// body's seat.
    var thing: String
    /// The thing as the sentence writes it, its modifiers with it ("national hub").
    var shown: String
    /// The words of the name nearest before the thing (whose thing it is), if any.
    var owner: [String]
    /// The place as written ("Port Esk", "A-7").
    var place: String
    /// The capitalised words of the whole article, lower-cased: an outlet that names the
    /// other's place anywhere may hold both (a town and its district, a team and its city).
    var articleNames: Set<String> = []
}

enum PlaceMentions {
    /// Prepositions that locate; "on" only before a road's number ("on the A-6").
    static let prepositions: Set<String> = ["in", "at", "near", "outside"]
    /// Words a thing may not be: what follows them is no place of theirs.
    static let notThings: Set<String> = ["born", "live", "lives", "lived", "living", "said", "says", "told", "reported", "interest", "stake"]

    static func find(in tokens: [WordToken]) -> [(fact: PlaceFact, range: Range<Int>)] {
        var out: [(PlaceFact, Range<Int>)] = []
        for p in tokens.indices where p > 0 {
            let road = tokens[p].lower == "on"
            guard prepositions.contains(tokens[p].lower) || road, let place = placeName(tokens, from: p + 1, road: road),
                let thing = thing(tokens, before: p)
            else { continue }
            out.append((PlaceFact(thing: thing.key, shown: thing.shown, owner: thing.owner, place: place.shown), place.range))
        }
        return out
    }

    /// A run of capitalised words after the preposition (past "the"), not a month, a
    /// weekday or a possessor ("in San Corvo's district"), up to three words; a road's
    /// number ("the A-7", "the M4") after "on".
    static func placeName(_ t: [WordToken], from i: Int, road: Bool) -> (shown: String, range: Range<Int>)? {
        var k = i
        if k < t.count, t[k].lower == "the" { k += 1 }
        let start = k
        var words: [String] = []
        while k < t.count, words.count < 3, t[k].isWord, t[k].isCapitalized, !DateExpressions.isCalendarWord(t[k]) {
            // "The A-7": a letter, a hyphen and a number.
            if k + 2 < t.count, t[k + 1].text == "-", t[k + 2].isNumber, t[k + 1].range.lowerBound == t[k].range.upperBound {
                words.append(t[k].text + "-" + t[k + 2].text)
                k += 3
                continue
            }
            if Tokens.stopwords.contains(t[k].lower) { break }
            if RoleMentions.hasPossessive(t[k].text) { return nil }
            words.append(t[k].text)
            k += 1
            // "Maisons-Lignac": a hyphen written tight joins one name.
            while k + 1 < t.count, t[k].text == "-", t[k + 1].isWord, t[k + 1].isCapitalized, t[k].range.lowerBound == t[k - 1].range.upperBound,
                t[k + 1].range.lowerBound == t[k].range.upperBound
            {
                words[words.count - 1] += "-" + t[k + 1].text
                k += 2
            }
        }
        guard !words.isEmpty, k > start else { return nil }
        if k < t.count, RoleMentions.hasPossessive(t[k - 1].text) || t[k].text == "'" || t[k].text == "\u{2019}" { return nil }
        // A road is a letter and a number: "on Monday", "on Facebook" are none.
        if road { guard words.count == 1, words[0].contains("-") || (words[0].count <= 4 && words[0].dropFirst().allSatisfy(\.isNumber)) else { return nil } }
        // "In Paris-based", "at Acme Ltd": a place ends its noun phrase.
        if k < t.count, t[k].isWord, !t[k].isCapitalized, t[k].lower.hasSuffix("based") { return nil }
        return (words.joined(separator: " "), t[start].range.lowerBound..<t[k - 1].range.upperBound)
    }

    /// The thing the place locates: the noun right before the preposition with its
    /// modifiers back to a determiner ("its national hub"), a name of two capitalised words
    /// or more ("Pinewell Studios"), or "based" (a body's seat); with the name nearest
    /// before it, whose it is.
    static func thing(_ t: [WordToken], before p: Int) -> (key: String, shown: String, owner: [String])? {
        let k = p - 1
        guard k >= 0, t[k].isWord else { return nil }
        let w = t[k].lower
        // "Castellan, which is based in Port Avrel": a seat is a named body's.
        if w == "based" {
            guard let owner = LifeEvents.nameRuns(t, before: k).last?.map(\.key) else { return nil }
            return ("based", "based", owner)
        }
        if t[k].isCapitalized {
            var j = k
            while j > 0, t[j - 1].isWord, t[j - 1].isCapitalized, !Tokens.stopwords.contains(t[j - 1].lower) { j -= 1 }
            guard k - j >= 1, j > 0 || !Tokens.stopwords.contains(t[0].lower) else { return nil }
            let name = t[j...k].map(\.text).joined(separator: " ")
            return (name.lowercased(), name, [])
        }
        // "Homes in Provence", "buyers in Egypt": things of a plural stand in many places.
        guard !Tokens.stopwords.contains(w), !notThings.contains(w), !StoryMentions.isDateWord(w), w.count > 2, !QuantityMentions.isPlural(w),
            !["ly", "ed", "ing"].contains(where: w.hasSuffix) || ["meeting", "building", "briefing", "hearing"].contains(w)
        else { return nil }
        // Modifiers back to a determiner or a possessive: "its Jaskółka mine", "a swanky hotel".
        var j = k
        while j > 0, k - j < 3, t[j - 1].isWord, !Tokens.stopwords.contains(t[j - 1].lower), !RoleMentions.hasPossessive(t[j - 1].text),
            !StoryMentions.isDateWord(t[j - 1].lower), !["ed"].contains(where: t[j - 1].lower.hasSuffix)
        {
            j -= 1
        }
        let shown = t[j...k].map(\.text).joined(separator: " ")
        return (QuantityMentions.lemma(w), shown, LifeEvents.nameRuns(t, before: k + 1).last?.map(\.key) ?? [])
    }

    /// Two places of one thing agree when one names the other or a part of it ("Port
    /// Esk", "Esk").
    static func agree(_ a: PlaceFact, _ b: PlaceFact) -> Bool {
        let x = words(a.place), y = words(b.place)
        return x.isSubset(of: y) || y.isSubset(of: x) || x.isSubset(of: b.articleNames) || y.isSubset(of: a.articleNames)
    }

    static func words(_ place: String) -> Set<String> {
        Set(place.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init))
    }

    /// The capitalised words of an article's sentences, lower-cased, hyphenated names split.
    static func names(_ tokens: [WordToken]) -> Set<String> {
        Set(tokens.filter { $0.isWord && $0.isCapitalized }.map { RoleMentions.stripPossessive($0.text).lowercased() })
    }

    /// One thing: the same noun, and no two owners that share no word.
    static func sameThing(_ a: PlaceFact, _ b: PlaceFact) -> Bool {
        guard a.thing == b.thing else { return false }
        return a.owner.isEmpty || b.owner.isEmpty || !Set(a.owner).isDisjoint(with: b.owner)
    }
}
