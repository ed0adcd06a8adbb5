import HearsayText

/// A quotation's words prepared for comparison: case, punctuation and spelling variants
/// folded into keys ("Neighbours" and "neighbors" give one key, "100%" and "100 per
/// cent" too), and the quotation cut into segments at ellipses and square brackets,
/// where an outlet has left words out or put its own in.
struct QuoteWording: Sendable {
    /// Comparison keys, bracketed insertions left out.
    var keys: [String]
    /// The words as written, one per key.
    var surface: [String]
    /// Where each key's words stand in the text, as scalar offsets.
    var ranges: [Range<Int>]
    /// Key ranges between elisions and insertions.
    var segments: [Range<Int>]
    /// Keys that end a sentence (a full stop, question or exclamation mark follows).
    var sentenceEnds: Set<Int> = []
    /// Whether the first word is capitalised: a version that opens a sentence, not a part
    /// quoted from inside one.
    var opensWithCapital: Bool { surface.first?.first?.isUppercase ?? false }
    /// Whether the quotation closes on a full stop, question or exclamation mark, not on the
    /// comma before its credit nor mid-phrase.
    var closesWithStop = false
    /// The long form of each contraction, by key ("don't": do, not).
    var expansions: [Int: [String]] = [:]

    static let numberWords: [String: String] = [
        "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100",
        "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
        "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th", "twelfth": "12th",
        "twentieth": "20th", "hundredth": "100th",
    ]

    init(_ text: String) {
        keys = []
        surface = []
        ranges = []
        segments = []
        var segmentStart = 0
        var word = String.UnicodeScalarView()
        var wordStart = 0
        var bracketDepth = 0
        var dots = 0
        let scalars = Array(text.unicodeScalars)
        func flushWord(at end: Int) {
            guard !word.isEmpty else { return }
            if bracketDepth == 0 {
                appendWord(String(word), shown: String(String.UnicodeScalarView(scalars[wordStart..<end])), at: wordStart..<end)
            }
            word = String.UnicodeScalarView()
        }
        func cut(at end: Int) {
            flushWord(at: end)
            if keys.count > segmentStart { segments.append(segmentStart..<keys.count) }
            segmentStart = keys.count
        }
        for (i, c) in scalars.enumerated() {
            if c == "." { dots += 1 } else { dots = 0 }
            if c.properties.isAlphabetic || c.properties.numericType != nil {
                if word.isEmpty { wordStart = i }
                word.append(c)
            } else if (c == "'" || c == "\u{2019}") && !word.isEmpty && i + 1 < scalars.count && scalars[i + 1].properties.isAlphabetic {
                word.append("'")
            } else if c == "\u{2026}" || dots == 3 {
                cut(at: i)
            } else if c == "[" {
                cut(at: i)
                bracketDepth += 1
            } else if c == "]" {
                flushWord(at: i)
                bracketDepth = max(0, bracketDepth - 1)
                segmentStart = keys.count
            } else if c == "!" || c == "?" || (c == "." && dots == 1 && (i + 1 == scalars.count || !QuoteWording.continuesAfterStop(scalars[i + 1]))) {
                flushWord(at: i)
                if bracketDepth == 0, !keys.isEmpty { sentenceEnds.insert(keys.count - 1) }
            } else if c == "%" {
                flushWord(at: i)
                if bracketDepth == 0 { append("percent", shown: "%", at: i..<(i + 1)) }
            } else {
                flushWord(at: i)
            }
        }
        cut(at: scalars.count)
        // A quote that closes on a comma ("...the money," she said) ends its sentence
        // there: the comma stands for the full stop before the credit.
        if let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }), scalars[end] == ",", !keys.isEmpty {
            sentenceEnds.insert(keys.count - 1)
        }
        closesWithStop = scalars.last(where: { !$0.properties.isWhitespace }).map { ["." as Unicode.Scalar, "!", "?"].contains($0) } ?? false
        // Read once here: grouping compares every quotation with many others.
        meaning = meaning(of: 0..<keys.count)
        var start = 0
        for i in keys.indices where sentenceEnds.contains(i) || i == keys.count - 1 {
            sentenceMeanings.append((i + 1 - start, meaning(of: start..<(i + 1))))
            start = i + 1
        }
        figures = readFigures()
    }

    /// A full stop followed by this is not a sentence end: the start of an ellipsis, or
    /// a number or abbreviation going on ("3.5", "U.S.").
    static func continuesAfterStop(_ next: Unicode.Scalar) -> Bool {
        next == "." || next.properties.isAlphabetic || next.properties.numericType != nil
    }

    /// What a clitic after an apostrophe stands for: "'s" as "is" (a possessive reads
    /// the same on both sides, so only "Anna's not" against "Anna is not" changes).
    static let clitics: [String: String] = ["s": "is", "re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"]
    /// Negated forms whose stem is not the word before "n't".
    static let negatedStems: [String: String] = ["can": "can", "won": "will", "shan": "shall", "ain": "is"]

    /// A written word, its apostrophe left out of the key ("we'd" and "wed" are one
    /// key); a contraction also keeps the keys of its long form ("don't": do, not;
    /// "Anna's": anna, is), which an outlet that spelled it out has in its place.
    private mutating func appendWord(_ w: String, shown: String, at range: Range<Int>) {
        append(w.filter { $0 != "'" }, shown: shown, at: range)
        guard let apostrophe = w.lastIndex(of: "'") else { return }
        let stem = w[..<apostrophe].filter { $0 != "'" }.lowercased(), clitic = w[w.index(after: apostrophe)...].lowercased()
        if clitic == "t", stem.hasSuffix("n") {
            expansions[keys.count - 1] = [QuoteWording.negatedStems[stem] ?? String(stem.dropLast()), "not"]
        } else if let long = QuoteWording.clitics[clitic] {
            expansions[keys.count - 1] = [SpellingVariants.key(stem), long]
        }
    }

    /// The keys of `range`, contractions in their long form.
    func spelledOut(_ range: Range<Int>) -> [String] {
        range.flatMap { expansions[$0] ?? [keys[$0]] }
    }

    /// Phrases that say the same as one word, and the word ("no one" and "nobody",
    /// "unable to" and "cannot"): outlets that reword a statement swap one for the other.
    /// "one" is already a key "1" (`numberWords`).
    static let periphrases: [[String]: String] = [
        ["no", "1"]: "nobody", ["unable", "to"]: "cannot", ["can", "not"]: "cannot", ["anyone"]: "anybody",
        ["everyone"]: "everybody", ["someone"]: "somebody",
        // A denial in other words: "not genuine" is "fake", "not true" is "false".
        ["not", "genuine"]: "fake", ["not", "authentic"]: "fake", ["not", "real"]: "fake",
        ["not", "true"]: "false", ["not", "accurate"]: "false", ["not", "correct"]: "false",
        // "ahead of the budget" is "before the budget".
        ["ahead", "of"]: "before",
    ]
    /// Forms of "be" that open a future with "going to" ("we're going to be" is "we will be").
    static let presentBe: Set<String> = ["am", "is", "are"]
    static let pastBe: Set<String> = ["was", "were"]
    /// Words after "going to" that make it a movement ("going to the shop"), not a future.
    static let notAVerb: Set<String> = ["the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those", "bed", "work", "school", "court", "church", "hospital", "jail", "prison", "sea", "war", "town"]

    /// The words as a statement says them, for telling two wordings of one statement apart
    /// from two statements: contractions spelled out, a phrase and the one word it stands
    /// for made one (`periphrases`), and a future with "going to" made "will" ("was going
    /// to": "would"), the first person made the third (`persons`). Differences are still read
    /// from `keys`: an outlet that swapped one for the other has changed the wording.
    private(set) var meaning: [String] = []
    /// Each sentence's length in keys and its meaning (`meaning(of:)`).
    private(set) var sentenceMeanings: [(keys: Int, said: [String])] = []

    /// The meaning of the keys in `range` (a sentence of the quotation).
    /// Since the thirty-seventh session each word is also read for its sense
    /// (`QuoteSenses`: "surprised" as "surprise", "mistakes" as "errors"): an outlet that
    /// reworded a statement kept what its words say, not the words.
    func meaning(of range: Range<Int>) -> [String] {
        let words = spelledOut(range)
        var out: [String] = []
        var i = 0
        while i < words.count {
            if i + 2 < words.count, words[i] == "going", words[i + 1] == "to", !QuoteWording.notAVerb.contains(words[i + 2]) {
                if let be = out.last, QuoteWording.presentBe.contains(be) || QuoteWording.pastBe.contains(be) {
                    out[out.count - 1] = QuoteWording.presentBe.contains(be) ? "will" : "would"
                    i += 2
                    continue
                }
            }
            if i + 1 < words.count, let word = QuoteWording.periphrases[[words[i], words[i + 1]]] {
                out.append(word)
                i += 2
                continue
            }
            out.append(QuoteWording.periphrases[[words[i]]] ?? words[i])
            i += 1
        }
        // "We do not comment on ..." told as "Brisa does not comment on ...": an outlet turning
        // a body's first person into the third keeps the statement; the subject pronoun goes
        // and the verb's person is one.
        return out.filter { $0 != "we" && $0 != "i" }.map { QuoteSenses.sense(QuoteWording.persons[$0] ?? $0) }
    }

    /// A verb's or a possessive's forms for the first and the third person, as one.
    static let persons: [String: String] = ["does": "do", "has": "have", "is": "are", "am": "are", "was": "were", "our": "its", "my": "its", "their": "its"]

    /// The length of a longest common subsequence of two word sequences.
    static func commonLength(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for (j, y) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = x == y ? diagonal + 1 : max(row[j + 1], row[j])
                diagonal = above
            }
        }
        return row[b.count]
    }

    private mutating func append(_ w: String, shown: String? = nil, at range: Range<Int>) {
        let lower = w.lowercased()
        // "per cent" is one word with "percent" and "%".
        if lower == "cent", keys.last == "per" {
            keys[keys.count - 1] = "percent"
            surface[surface.count - 1] += " " + w
            ranges[ranges.count - 1] = ranges[ranges.count - 1].lowerBound..<range.upperBound
            return
        }
        keys.append(QuoteWording.numberWords[lower] ?? SpellingVariants.key(lower))
        surface.append(shown ?? w)
        ranges.append(range)
    }

    /// The figures of three digits or more the quotation gives, groups of digits split at a
    /// thousands separator or a decimal point joined again ("14,000" as "14000"); years
    /// (1900-2099) left out, since a date is no figure of the statement. Read once in `init`.
    private(set) var figures: Set<String> = []

    private func readFigures() -> Set<String> {
        var out: Set<String> = []
        var i = 0
        while i < keys.count {
            guard keys[i].allSatisfy(\.isNumber) else {
                i += 1
                continue
            }
            var figure = keys[i]
            var j = i
            while j + 1 < keys.count, keys[j + 1].allSatisfy(\.isNumber), ranges[j].upperBound + 1 == ranges[j + 1].lowerBound {
                j += 1
                figure += keys[j]
            }
            let isYear = figure.count == 4 && (figure.hasPrefix("19") || figure.hasPrefix("20")) && i == j
            if figure.count >= 3, !isYear { out.insert(figure) }
            i = j + 1
        }
        return out
    }

    var isEmpty: Bool { keys.isEmpty }

    /// True when every segment of `self` appears, unbroken and in order, in `other`:
    /// the same words, or a part of them.
    func isContained(in other: QuoteWording) -> Bool {
        var from = 0
        for s in segments {
            guard let at = QuoteWording.find(keys[s], in: other.keys, from: from) else { return false }
            from = at + s.count
        }
        return true
    }

    static func find(_ needle: ArraySlice<String>, in haystack: [String], from: Int) -> Int? {
        guard !needle.isEmpty else { return from }
        guard haystack.count - from >= needle.count else { return nil }
        for start in from...(haystack.count - needle.count) where haystack[start] == needle.first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// A longest common subsequence of the keys, as index pairs: of the longest, the one
    /// in fewest unbroken runs, so that a repeated word ("a", "for") pairs with the copy
    /// next to the rest of the match rather than with a stray earlier one.
    static func alignment(_ a: QuoteWording, _ b: QuoteWording) -> [(Int, Int)] {
        let n = a.keys.count, m = b.keys.count
        guard n > 0, m > 0 else { return [] }
        // Scores of the suffixes from (i, j): matches weigh more than any number of runs.
        // `fresh`: a match at (i, j) opens a run; `continuing`: it extends the one before.
        let weight = min(n, m) + 1
        let width = m + 1
        var fresh = [Int](repeating: 0, count: (n + 1) * width)
        var continuing = fresh
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                let skip = max(fresh[(i + 1) * width + j], fresh[i * width + j + 1])
                if a.keys[i] == b.keys[j] {
                    let rest = continuing[(i + 1) * width + j + 1]
                    fresh[i * width + j] = max(weight - 1 + rest, skip)
                    continuing[i * width + j] = max(weight + rest, skip)
                } else {
                    fresh[i * width + j] = skip
                    continuing[i * width + j] = skip
                }
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        var inRun = false
        while i < n && j < m {
            let score = (inRun ? continuing : fresh)[i * width + j]
            if a.keys[i] == b.keys[j], score == (inRun ? weight : weight - 1) + continuing[(i + 1) * width + j + 1] {
                pairs.append((i, j))
                i += 1
                j += 1
                inRun = true
            } else {
                if score == fresh[(i + 1) * width + j] { i += 1 } else { j += 1 }
                inRun = false
            }
        }
        return pairs
    }

    /// The words of each version (key indices) that a side-by-side view marks. Between two
    /// aligned words, a run one version has in place of the other's is a substitution,
    /// marked whole; a run only one version has is an insertion, whose topic words are
    /// marked but not its function words ("and", "your"), nor words the other version
    /// left out at an ellipsis or bracket. Past the first or last aligned word, where
    /// one outlet quoted more than the other, only a substitution counts: as many words
    /// on each side as the shorter run has, next to the aligned stretch.
    static func differences(_ a: QuoteWording, _ b: QuoteWording, functionWords: Bool = false) -> (a: [Int], b: [Int]) {
        let pairs = alignment(a, b)
        guard let first = pairs.first, let last = pairs.last else { return ([], []) }
        var inA: [Int] = [], inB: [Int] = []
        for (p, q) in zip(pairs, pairs.dropFirst()) {
            let gapA = (p.0 + 1)..<q.0, gapB = (p.1 + 1)..<q.1
            if !gapA.isEmpty && !gapB.isEmpty {
                if sameCompound(a, gapA, b, gapB) { continue }
                inA += gapA
                inB += gapB
            } else if !gapA.isEmpty, omitsSentences(a, gapA, b, at: p.1) {
                continue
            } else if !gapA.isEmpty, !b.isCut(between: p.1, and: q.1) {
                inA += gapA.filter { functionWords || !a.isFunctionWord($0) }
            } else if !gapB.isEmpty, omitsSentences(b, gapB, a, at: p.0) {
                continue
            } else if !gapB.isEmpty, !a.isCut(between: p.0, and: q.0) {
                inB += gapB.filter { functionWords || !b.isFunctionWord($0) }
            }
        }
        if !sameCompound(a, 0..<first.0, b, 0..<first.1) {
            let lead = min(first.0, first.1), even = first.0 == first.1
            let edge = (0..<lead).reversed().map { (first.0 - 1 - $0, first.1 - 1 - $0) }.filter { even || substitutes(a, $0.0, b, $0.1) }
            inA = edge.map(\.0) + inA
            inB = edge.map(\.1) + inB
        }
        // Words one version cut from the edge of a sentence the other quotes whole.
        if last.1 == b.keys.count - 1 { inA += wordsCutAtEnds(b, a).filter { !inA.contains($0) } }
        if last.0 == a.keys.count - 1 { inB += wordsCutAtEnds(a, b).filter { !inB.contains($0) } }
        let tailA = (last.0 + 1)..<a.keys.count, tailB = (last.1 + 1)..<b.keys.count
        if !tailA.isEmpty, !tailB.isEmpty, a.sentenceEnds.contains(tailA.upperBound - 1), b.sentenceEnds.contains(tailB.upperBound - 1),
            !sameCompound(a, tailA, b, tailB)
        {
            // Both versions end the sentence, each its own way ("equipment or expertise."
            // and "equipment to do tests."): one ending replaced by another, not an
            // outlet that stopped quoting earlier.
            inA += tailA
            inB += tailB
        } else if !sameCompound(a, tailA, b, tailB) {
            let trail = min(a.keys.count - last.0, b.keys.count - last.1) - 1
            let even = a.keys.count - last.0 == b.keys.count - last.1
            let edge = (0..<trail).map { (last.0 + 1 + $0, last.1 + 1 + $0) }.filter { even || substitutes(a, $0.0, b, $0.1) }
            inA += edge.map(\.0)
            inB += edge.map(\.1)
        }
        return (inA, inB)
    }

    /// Past the aligned stretch, where one outlet quoted more words than the other,
    /// whether word `i` of `a` stands where word `j` of `b` does. A function word
    /// against a topic word is not one word reworded but an outlet that opened or closed
    /// its quote a word apart ("they are likely to be killed" against "inside troop
    /// formations are likely to be killed"): the pronoun is an insertion, like "and"
    /// between aligned words, and the noun is where one outlet quoted more. Runs of
    /// equal length ("any more" against "any longer") are a substitution word for word.
    static func substitutes(_ a: QuoteWording, _ i: Int, _ b: QuoteWording, _ j: Int) -> Bool {
        a.isFunctionWord(i) == b.isFunctionWord(j)
    }

    /// Whether `gap` of `x` is whole sentences that `y` leaves out between two of its own
    /// (after its key `at`): an outlet that quoted fewer sentences, not other words.
    static func omitsSentences(_ x: QuoteWording, _ gap: Range<Int>, _ y: QuoteWording, at: Int) -> Bool {
        !gap.isEmpty && gap.lowerBound > 0 && x.sentenceEnds.contains(gap.lowerBound - 1)
            && x.sentenceEnds.contains(gap.upperBound - 1) && y.sentenceEnds.contains(at)
    }

    /// Whether two versions are the same words but for whole sentences one of them
    /// left out, compounds spaced another way, or more words at either end of one. A
    /// contraction against its long form ("don't" and "do not") is a change of the speaker's
    /// words: a quotation is verbatim, and an outlet that tidied it quoted it differently.
    static func differOnlyInForm(_ a: QuoteWording, _ b: QuoteWording) -> Bool {
        let pairs = alignment(a, b)
        guard let first = pairs.first, let last = pairs.last, first.0 == 0 || first.1 == 0,
            last.0 == a.keys.count - 1 || last.1 == b.keys.count - 1
        else { return false }
        // Two outlets that quoted overlapping stretches, each with words the other lacks
        // at opposite ends ("The plan is not final and no vote has been held" against "No vote
        // has been held, and the plan is a draft"), quoted the same words only when those
        // extra words are whole sentences.
        let headA = first.0 > 0, tailA = last.0 < a.keys.count - 1
        let headB = first.1 > 0, tailB = last.1 < b.keys.count - 1
        if (headA && tailB) || (headB && tailA) {
            let head = headA ? a.sentenceEnds.contains(first.0 - 1) : b.sentenceEnds.contains(first.1 - 1)
            let tail = tailA ? a.sentenceEnds.contains(last.0) : b.sentenceEnds.contains(last.1)
            guard head && tail else { return false }
        }
        return zip(pairs, pairs.dropFirst()).allSatisfy { p, q in
            let gapA = (p.0 + 1)..<q.0, gapB = (p.1 + 1)..<q.1
            if gapA.isEmpty && gapB.isEmpty { return true }
            if !gapA.isEmpty && !gapB.isEmpty { return sameCompound(a, gapA, b, gapB) }
            return omitsSentences(a, gapA, b, at: p.1) || omitsSentences(b, gapB, a, at: p.0)
        }
    }

    /// The words of `long` after those it shares with `short` when `short`, a whole sentence
    /// as quoted (capital to full stop), stopped where `long`'s sentence goes on with a word
    /// or a phrase of its own ("... bringing forward." against "... bringing forward today.",
    /// "Lock your doors!" against "Lock your doors tonight."), or a clause left off ("We stand
    /// by our reporting." against "... our reporting, which is based on a record of the
    /// meeting."; "... to the corporation." against "..., and I never will."): a full stop where
    /// the statement went on changes what it says. Not whole sentences left out, which is
    /// quoting less; not a part quoted from inside a sentence, which opens in lower case or
    /// starts late (outlets capitalise such a start).
    /// Since the thirty-sixth session the stopped sentence may be the last of several in
    /// `short` and stand after another sentence in `long` ("... on them." against "... on them
    /// every day,"; "Please do not guess." against "Please do not guess while we work."): it
    /// must still open at a sentence start on both sides, so a part from inside stays out.
    static func wordsCutAtEnds(_ short: QuoteWording, _ long: QuoteWording) -> [Int] {
        let pairs = alignment(short, long)
        guard short.closesWithStop, let last = pairs.last, last.0 == short.keys.count - 1,
            last.1 < long.keys.count - 1, !long.sentenceEnds.contains(last.1)
        else { return [] }
        let start = ((0..<last.0).last { short.sentenceEnds.contains($0) } ?? -1) + 1
        guard short.surface[start].first?.isUppercase == true,
            let opening = pairs.first(where: { $0.0 == start }), opening.1 == 0 || long.sentenceEnds.contains(opening.1 - 1)
        else { return [] }
        let end = ((last.1 + 1)..<long.keys.count).first { long.sentenceEnds.contains($0) } ?? (long.keys.count - 1)
        return Array((last.1 + 1)...end)
    }

    /// Whether one version writes a number in words where the other has figures ("five per
    /// cent" against "5%"): the keys are one for matching, but the speaker's words as printed
    /// differ, as a contraction against its long form does (thirty-seventh session). "%"
    /// against "per cent" is a house style of the unit and stays the same words.
    static func numberFormsDiffer(_ a: QuoteWording, _ b: QuoteWording) -> Bool {
        alignment(a, b).contains { i, j in
            a.keys[i].first?.isNumber == true && a.surface[i].first?.isNumber != b.surface[j].first?.isNumber
        }
    }

    /// One compound written open, closed or hyphenated on the two sides ("any more" and
    /// "anymore", "e-mail" and "email"): the same word, not a rewording.
    static func sameCompound(_ a: QuoteWording, _ ra: Range<Int>, _ b: QuoteWording, _ rb: Range<Int>) -> Bool {
        !ra.isEmpty && !rb.isEmpty && ra.count + rb.count > 2
            && ra.map { a.keys[$0] }.joined() == rb.map { b.keys[$0] }.joined()
    }

    /// Whether an ellipsis or bracket stands between keys `i` and `j` (i < j).
    func isCut(between i: Int, and j: Int) -> Bool {
        segments.contains { $0.lowerBound > i && $0.lowerBound <= j }
    }

    /// A contraction of function words ("there's", "they'll") is one as well.
    func isFunctionWord(_ i: Int) -> Bool {
        expansions[i]?.allSatisfy(Tokens.stopwords.contains) ?? Tokens.stopwords.contains(surface[i].lowercased())
    }
}
