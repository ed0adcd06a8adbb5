import HearsayText

/// The result of a vote as outlets print it: "voted 6-3", "the vote was 4-1", "by 112
/// votes to 41", "voted five to three". A story turns on one vote, and two outlets giving
/// it different tallies disagree however each words it.
struct TallyFact: Sendable {
    /// The larger side first: "voted 3-5 against" and "5-3" are one result.
    var sides: [Int]
    /// Topic words of the sentence, the vote's own words left out.
    var words: Set<String>
}

enum VoteTallies {
    /// Words that make a pair of numbers a vote's result when they stand shortly before it.
    static let voteWords: Set<String> = ["vote", "voted", "votes", "voting", "ballot", "ballots", "poll", "majority"]
    /// How many words before the first number a vote word may stand ("voted out 3-2",
    /// "the vote was 4-1", "voted narrowly by 6-5").
    static let reach = 3
    /// A tally larger than this is a count of ballots ("112 votes to 41") or no vote.
    static let largestSide = 100_000
    static let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}"]

    static func find(in t: [WordToken], text: String) -> [(fact: TallyFact, range: Range<Int>)] {
        var out: [(TallyFact, Range<Int>)] = []
        let words = ContentWords.set(text).subtracting(voteWords)
        var k = 0
        while k < t.count {
            guard let first = side(t[k]) else {
                k += 1
                continue
            }
            var j = k + 1
            // "112 votes to 41": the votes word names the tally itself.
            let counted = j < t.count && ["votes", "vote"].contains(t[j].lower)
            if counted { j += 1 }
            guard j + 1 < t.count, let second = side(t[j + 1]) else {
                k += 1
                continue
            }
            // "6-3" is written tight; "five to three" with "to". A dash between spaced
            // numbers is a range or an aside, not a tally.
            let tight = !counted && dashes.contains(t[j].text) && t[j].range.lowerBound == t[k].range.upperBound
                && t[j + 1].range.lowerBound == t[j].range.upperBound
            guard tight || t[j].lower == "to", counted || cued(t, before: k), !measured(t, after: j + 1) else {
                k += 1
                continue
            }
            out.append((TallyFact(sides: [max(first, second), min(first, second)], words: words), t[k].range.lowerBound..<t[j + 1].range.upperBound))
            k = j + 2
        }
        return out
    }

    /// A whole number written in digits or as a word ("six").
    static func side(_ w: WordToken) -> Int? {
        if w.isNumber, !w.text.contains("."), let v = Int(w.text.replacingOccurrences(of: ",", with: "")), v <= largestSide { return v }
        if w.isWord, let v = QuantityMentions.numberWords[w.lower], v == v.rounded(), v >= 0, v < 100 { return Int(v) }
        return nil
    }

    /// A vote word among the few words before the tally, within its clause.
    static func cued(_ t: [WordToken], before k: Int) -> Bool {
        var b = k - 1
        while b >= 0, b >= k - reach - 1 {
            if !t[b].isWordOrNumber, [",", ";", ":", "(", ")"].contains(t[b].text) { return false }
            if voteWords.contains(t[b].lower) { return true }
            b -= 1
        }
        return false
    }

    /// "Voted to cut it from 12 to 8 per cent", "from 6 to 9 hours": a unit or a noun after
    /// the second number makes the pair a range of that thing, no tally.
    static func measured(_ t: [WordToken], after k: Int) -> Bool {
        guard k + 1 < t.count else { return false }
        let next = t[k + 1]
        if !next.isWordOrNumber { return ["%", "\u{2030}"].contains(next.text) }
        if ["votes", "vote", "against", "in", "for", "to", "on", "at", "with", "last", "this", "after", "before", "and", "but", "that", "when", "over", "the"].contains(next.lower) {
            return false
        }
        return !Tokens.stopwords.contains(next.lower)
    }

    /// Two tallies of one vote count about as many voters: outlets misreport how a body
    /// split, not how many sit on it ("nine votes to four" on a board, "34 to 18" at the
    /// congress are two votes).
    static let votersRatio = 1.25

    /// One vote: two tallies from different articles, of bodies of about one size, whose
    /// sentences share a topic word, or the only tallies their articles give.
    static func sameVote(_ a: FactConflicts.Fact<TallyFact>, _ b: FactConflicts.Fact<TallyFact>, among all: [FactConflicts.Fact<TallyFact>]) -> Bool {
        guard a.article != b.article else { return a.payload.sides == b.payload.sides }
        let (x, y) = (Double(a.payload.sides.reduce(0, +)), Double(b.payload.sides.reduce(0, +)))
        guard min(x, y) > 0, max(x, y) <= votersRatio * min(x, y) else { return false }
        func once(_ f: FactConflicts.Fact<TallyFact>) -> Bool { Set(all.filter { $0.article == f.article }.map(\.payload.sides)).count == 1 }
        return (once(a) && once(b)) || !a.payload.words.isDisjoint(with: b.payload.words)
    }
}
