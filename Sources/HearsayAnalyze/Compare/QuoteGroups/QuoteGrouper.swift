import HearsayText
import HearsayModel

/// The same statement as carried by different outlets: quotes whose speakers can be the
/// same source and whose words are the same statement, in full or in part ("completely
/// false" inside "This story is completely false"), joined across articles.
enum QuoteGrouper {
    /// Share of the shorter quote's words that must appear, in order, in the longer.
    static let minimumContainment = 0.7
    /// With no speaker on one side, only a closer match counts.
    static let uncreditedContainment = 0.85
    /// Quotes shorter than this (in words) match only whole, and only between credited,
    /// compatible speakers: two-word phrases recur by chance.
    static let shortQuote = 4
    /// Share of the shorter quote's topic words (not function words) the match must hold.
    static let minimumTopicShare = 0.6

    typealias Overlap = (common: Int, shorter: Int, longer: Int, topicShare: Double, bySense: Bool)

    struct Result {
        var groups: [QuoteGroup]
        /// Quote id -> ids of the quotes in other articles that carry the same statement,
        /// whoever they credit it to.
        var carriedElsewhere: [String: Set<String>]
    }

    static func group(_ quotes: [Quote], speakers: SpeakerMatcher) -> Result {
        var pairing = QuotePairs(quotes, speakers: speakers)
        let wording = pairing.wording
        var parent = Array(quotes.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { x = parent[x] }
            return x
        }
        var matched: [(Int, Int)] = []
        var carried: [String: Set<String>] = [:]
        let found = candidatePairs(quotes, wording).compactMap { a, b in
            pairing.sameStatement(a, b).map { (a, b, $0) }
        }
        let sameSource = found.filter(\.2).map { ($0.0, $0.1) }
        let ambiguous = ambiguousShortQuotes(sameSource, quotes, wording)
        for (a, b, sameSource) in found {
            carried[quotes[a].id, default: []].insert(quotes[b].id)
            carried[quotes[b].id, default: []].insert(quotes[a].id)
            guard sameSource else { continue }
            let (short, long) = wording[a].keys.count <= wording[b].keys.count ? (a, b) : (b, a)
            if ambiguous.contains(short) && wording[short].keys.count < wording[long].keys.count { continue }
            parent[root(a)] = root(b)
            matched.append((a, b))
        }
        var groups: [QuoteGroup] = []
        let members = Dictionary(grouping: quotes.indices, by: root).values.sorted { $0[0] < $1[0] }
        for m in members where Set(m.map { quotes[$0].article }).count > 1 {
            let inGroup = Set(m)
            // Two members whose words match but whose credits could not be joined directly
            // (one outlet credited the wrong party) are still two versions of the group's one
            // statement: where they differ, the wording differs.
            let pairs = matched.filter { inGroup.contains($0.0) }
                + found.filter { !$0.2 && inGroup.contains($0.0) && inGroup.contains($0.1) }.map { ($0.0, $0.1) }
            let nestedPair = pairs.map { pairing.sameWords($0.0, $0.1) }
            let differing = zip(pairs, nestedPair).filter { !$0.1 }.map(\.0)
            let nested = zip(pairs, nestedPair).filter(\.1).map(\.0)
            var marked = differences(differing, nested: nested, wording)
            // "See you Saturday" and "See you on Saturday": when only function words tell the
            // versions apart, those are the words that differ.
            if marked.isEmpty && !differing.isEmpty { marked = differences(differing, nested: nested, wording, functionWords: true) }
            // An outlet that quoted part of the statement, or fewer of its sentences, printed
            // other words than the outlet that quoted it whole: story writers and readers
            // checking a quote count it as a variant, though no word of it is changed, so
            // nothing is marked.
            let quotedLess = nested.contains { wording[$0.0].keys != wording[$0.1].keys && !QuoteWording.sameCompound(wording[$0.0], wording[$0.0].keys.indices, wording[$0.1], wording[$0.1].keys.indices) }
            var words: [String] = []
            var seen = Set<String>()
            for q in m {
                for k in (marked[q] ?? []).sorted() where seen.insert(wording[q].surface[k].lowercased().replacingOccurrences("\u{2019}", "'")).inserted { words.append(wording[q].surface[k]) }
            }
            groups.append(
                QuoteGroup(
                    id: "g\(groups.count + 1)", speaker: groupSpeaker(m.map { quotes[$0] }, speakers),
                    quotes: m.map { quotes[$0].id }, wordingDiffers: !differing.isEmpty || quotedLess, differingWords: words,
                    differences: m.compactMap { q in
                        marked[q].map { QuoteDifference(quote: quotes[q].id, words: $0.sorted().map { TextSpan(wording[q].ranges[$0]) }) }
                    }))
        }
        return Result(groups: groups, carriedElsewhere: carried)
    }

    /// Short quotes ("first-year", "staggered") found inside two or more longer quotes
    /// that are not one statement, in one article or in several: a term the speaker used
    /// more than once, which cannot tell which of those statements it belongs to, and
    /// would chain them into one group.
    static func ambiguousShortQuotes(_ pairs: [(Int, Int)], _ quotes: [Quote], _ wording: [QuoteWording]) -> Set<Int> {
        var partners: [Int: [Int]] = [:]
        // Longer quotes are one statement when matches between longer quotes join them,
        // directly or through others.
        var statement = Array(quotes.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while statement[x] != x { x = statement[x] }
            return x
        }
        for (a, b) in pairs {
            let (short, long) = wording[a].keys.count <= wording[b].keys.count ? (a, b) : (b, a)
            if wording[short].keys.count >= shortQuote {
                statement[root(a)] = root(b)
            } else if wording[short].keys.count < wording[long].keys.count {
                partners[short, default: []].append(long)
            }
        }
        return Set(partners.filter { _, longs in
            Set(longs.map { quotes[$0].article }).count < longs.count || Set(longs.map(root)).count > 1
        }.keys)
    }

    /// By quote, the key indices where it differs from another version: what the
    /// alignment of each differing pair marks, carried along the nested pairs, since a
    /// part of a version ("completely false" inside "this story is completely false")
    /// differs from a third wherever the whole does.
    static func differences(_ differing: [(Int, Int)], nested: [(Int, Int)], _ wording: [QuoteWording], functionWords: Bool = false) -> [Int: Set<Int>] {
        var marked: [Int: Set<Int>] = [:]
        for (a, b) in differing {
            let (inA, inB) = QuoteWording.differences(wording[a], wording[b], functionWords: functionWords)
            if !inA.isEmpty { marked[a, default: []].formUnion(inA) }
            if !inB.isEmpty { marked[b, default: []].formUnion(inB) }
        }
        let alignments = nested.map { QuoteWording.alignment(wording[$0.0], wording[$0.1]) }
        var changed = !marked.isEmpty
        while changed {
            changed = false
            for ((a, b), aligned) in zip(nested, alignments) {
                for (i, j) in aligned {
                    if marked[a]?.contains(i) == true, marked[b, default: []].insert(j).inserted { changed = true }
                    if marked[b]?.contains(j) == true, marked[a, default: []].insert(i).inserted { changed = true }
                }
            }
        }
        return marked
    }

    /// Pairs from different articles whose shared words (counted with repeats) could
    /// reach the containment a match needs: the longest common subsequence is never
    /// longer than the shared bag of words, so the rest cannot match. An inverted index
    /// finds the pairs that share a word at all.
    static func candidatePairs(_ quotes: [Quote], _ wording: [QuoteWording]) -> [(Int, Int)] {
        // Words as written, and what they say (`QuoteWording.meaning`): a statement reworded
        // shares its senses ("mistakes" for "errors") more than its words.
        func sharedWords(_ bags: [[String: Int]]) -> [[Int: Int]] {
            var index: [String: [Int]] = [:]
            for (q, bag) in bags.enumerated() {
                for key in bag.keys { index[key, default: []].append(q) }
            }
            return quotes.indices.map { a in
                var shared: [Int: Int] = [:]
                for (key, n) in bags[a] {
                    for b in index[key] ?? [] where b > a && quotes[b].article != quotes[a].article {
                        shared[b, default: 0] += min(n, bags[b][key] ?? 0)
                    }
                }
                return shared
            }
        }
        let written = sharedWords(wording.map { w in w.keys.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 } })
        let said = sharedWords(wording.map { w in w.meaning.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 } })
        var out: [(Int, Int)] = []
        for a in quotes.indices {
            for (b, common) in written[a].merging(said[a], uniquingKeysWith: max) {
                let shorter = min(wording[a].keys.count, wording[b].keys.count)
                // Half the words, not `minimumContainment`: a statement turned round (`rephrases`)
                // shares its topic words but fewer of the others.
                // A contraction ("don't") may stand spelled out in the other version: a short
                // quote's contractions need not be shared.
                let short = wording[a].keys.count <= wording[b].keys.count ? wording[a] : wording[b]
                let needed = shorter < shortQuote ? max(1, shorter - short.expansions.count) : max(3, Int((0.5 * Double(shorter)).rounded(.up)))
                // A sentence of one version standing in the other (`sharesASentence`) may be a
                // small part of two long quotations.
                if common >= needed || shorter >= shortQuote && common >= wholeSentenceMinimum - 1 { out.append((a, b)) }
            }
        }
        return out.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// Whether the shorter version, eight words or more, stands nearly whole and in order in
    /// the longer, its topic words with it: too long to be said twice by chance. A refusal to
    /// comment is the exception: every party words it alike.
    /// A refusal that goes on to say more (twice the length) is more than the refusal.
    static func sharedWordForWord(_ match: Overlap, _ wa: QuoteWording, _ wb: QuoteWording) -> Bool {
        match.shorter >= creditFreeLength && Double(match.common) >= uncreditedContainment * Double(match.shorter)
            && match.topicShare >= creditFreeTopicShare
            && (match.shorter >= 2 * creditFreeLength || !declinesComment(wa) && !declinesComment(wb))
    }

    /// How long, and how much of its topic, a statement shared word for word must be to
    /// join across incompatible credits.
    static let creditFreeLength = 8
    static let creditFreeTopicShare = 0.8

    /// "We do not comment on speculation", "The bank won't speculate": a refusal to comment.
    static func declinesComment(_ w: QuoteWording) -> Bool {
        w.keys.contains { $0.hasPrefix("comment") || $0.hasPrefix("speculat") } && w.keys.contains(where: Corroboration.negations.contains)
    }

    /// Whether the shorter version, contractions spelled out, stands unbroken in the
    /// longer one spelled out the same way.
    static func spelledOutContained(_ wa: QuoteWording, _ wb: QuoteWording) -> Bool {
        let (a, b) = (wa.spelledOut(0..<wa.keys.count), wb.spelledOut(0..<wb.keys.count))
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return QuoteWording.find(short[...], in: long, from: 0) != nil
    }

    /// The words two versions share in order (`common`), the lengths they are measured
    /// against, and the share of the shorter version's topic words in the match: read on
    /// the words as written or on what they say (`QuoteWording.meaning`: "we're going to
    /// be" is "we will be"), whichever shares more.
    static func overlap(_ wa: QuoteWording, _ wb: QuoteWording) -> Overlap {
        let aligned = QuoteWording.alignment(wa, wb)
        let short = wa.keys.count <= wb.keys.count ? wa : wb
        let topic = short.keys.filter { !Tokens.stopwords.contains($0) }.count
        let matchedTopic = aligned.filter { !Tokens.stopwords.contains(wa.keys[$0.0]) }.count
        let written = (
            common: aligned.count, shorter: short.keys.count, longer: max(wa.keys.count, wb.keys.count),
            topicShare: topic == 0 ? 1 : Double(matchedTopic) / Double(topic), bySense: false
        )
        let (ma, mb) = (wa.meaning, wb.meaning)
        guard ma != wa.keys || mb != wb.keys else { return written }
        let (sa, sb) = (ma.filter { !Tokens.stopwords.contains($0) }, mb.filter { !Tokens.stopwords.contains($0) })
        let said = (
            common: QuoteWording.commonLength(ma, mb), shorter: min(ma.count, mb.count), longer: max(ma.count, mb.count),
            topicShare: min(sa.count, sb.count) == 0 ? 1 : Double(QuoteWording.commonLength(sa, sb)) / Double(ma.count <= mb.count ? sa.count : sb.count),
            bySense: true
        )
        return Double(said.common) * Double(written.shorter) > Double(written.common) * Double(said.shorter) ? said : written
    }

    /// Share of the shorter quote's topic words (stemmed, in any order) that one source's
    /// rephrased statement keeps, and the fewest topic words that can tell.
    static let rephrasedShare = 0.8
    static let rephrasedMinimum = 5

    /// With half the words in order (`containment`), a smaller share of the topic words
    /// tells: "Flight 9 landed safely in Oslo at 16:20" and "Flight 9 landed normally at
    /// Oslo airport at 16:05" are one statement with its details reworded.
    static let rephrasedOrderedShare = 0.65
    static let rephrasedOrderedContainment = 0.5

    static func rephrases(_ a: QuoteWording, _ b: QuoteWording, containment: Double) -> Bool {
        func topic(_ w: QuoteWording) -> Set<String> {
            Set(w.keys.filter { !Tokens.stopwords.contains($0) }.map(QuoteSenses.sense))
        }
        let (ta, tb) = (topic(a), topic(b))
        let shorter = min(ta.count, tb.count)
        let needed = containment >= rephrasedOrderedContainment ? rephrasedOrderedShare : rephrasedShare
        return shorter >= rephrasedMinimum && Double(ta.intersection(tb).count) >= needed * Double(shorter)
    }

    /// "No recount has been ordered" and "There has been no recount ordered": every word of
    /// the shorter version (five at least), each as often, in the longer one in another order,
    /// as an outlet turns a short sentence round.
    static func reordered(_ a: QuoteWording, _ b: QuoteWording) -> Bool {
        let (short, long) = a.keys.count <= b.keys.count ? (a.keys, b.keys) : (b.keys, a.keys)
        guard short.count >= rephrasedMinimum, long.count <= short.count + 2 else { return false }
        var bag: [String: Int] = [:]
        for k in long { bag[k, default: 0] += 1 }
        for k in short {
            guard let n = bag[k], n > 0 else { return false }
            bag[k] = n - 1
        }
        return true
    }

    /// "Please think of my mother before you share something like this. She got forty calls."
    /// and "I'm fine. Please think of my mother before you share things like this": one source's
    /// two quotations that each carry a sentence of the other (six words at least), nearly word
    /// for word, are one statement cut at different places.
    static func sharesASentence(_ a: QuoteWording, _ b: QuoteWording) -> Bool {
        // Sentences read for what they say (`QuoteWording.sentenceMeanings`): "There is nothing
        // to announce" is in "there's nothing to announce at this stage".
        let (sa, sb) = (a.sentenceMeanings, b.sentenceMeanings)
        for (xn, x) in sa where xn >= wholeSentenceMinimum {
            for (yn, y) in sb where yn >= wholeSentenceMinimum {
                let pairs = commonPairs(x, y)
                let common = pairs.count
                let (tx, ty) = (Set(x.filter { !Tokens.stopwords.contains($0) }), Set(y.filter { !Tokens.stopwords.contains($0) }))
                let shared = Double(tx.intersection(ty).count)
                // "I am furious about the delay" is not "I am furious about the bill": the
                // sentence's own topic words must agree too.
                if min(xn, yn) >= sentenceMatchMinimum, Double(common) >= sentenceMatchShare * Double(max(x.count, y.count)),
                    shared >= sentenceTopicShare * Double(max(tx.count, ty.count))
                {
                    return true
                }
                // "We are not planning 900 job cuts." and "We are not planning 900 job cuts, and
                // any change will be smaller": one outlet ended the sentence where the other
                // quoted on. The shorter sentence must stand nearly whole inside the longer,
                // denying what it denies ("We are planning 900 job cuts" does not); the longer's
                // denials count up to where the shorter's words end in it, since a clause it goes
                // on with may deny something else. A sentence of five words must stand whole.
                let xShort = x.count <= y.count
                let (short, long, topic, shortKeys) = xShort ? (x, y, tx, xn) : (y, x, ty, yn)
                guard shortKeys >= sentenceMatchMinimum || common == short.count, let end = pairs.last.map({ xShort ? $0.1 : $0.0 }) else { continue }
                if Double(common) >= sentenceMatchShare * Double(short.count), shared >= sentenceTopicShare * Double(topic.count),
                    short.count(where: Corroboration.negations.contains) == long[...end].count(where: Corroboration.negations.contains)
                {
                    return true
                }
            }
        }
        return false
    }

    /// "Samples are with the laboratory, and it is too early to say what killed the fish" and
    /// "We have found the outflow and it is too early to say what killed the fish": one source's
    /// two quotations that carry one clause word for word (`sharedClauseMinimum` words running
    /// unbroken, read for what they say, two topic words among them) are one statement whose
    /// other clauses each outlet quoted, or reworded, its own way. Sentences (`sharesASentence`)
    /// miss it: the clause is too small a part of either sentence.
    static func sharesAClause(_ a: QuoteWording, _ b: QuoteWording) -> Bool {
        // Within one sentence of each: a run across a full stop joins two clauses.
        for (_, x) in a.sentenceMeanings where x.count >= sharedClauseMinimum {
            for (_, y) in b.sentenceMeanings where y.count >= sharedClauseMinimum {
                // Longest run ending at (i, j), one row at a time.
                var previous = [Int](repeating: 0, count: y.count + 1)
                var row = previous
                for i in x.indices {
                    for j in row.indices { row[j] = 0 }
                    for j in y.indices where x[i] == y[j] {
                        row[j + 1] = previous[j] + 1
                        let run = x[(i + 1 - row[j + 1])...i]
                        if run.count >= sharedClauseMinimum, run.count(where: { !Tokens.stopwords.contains($0) }) >= sharedClauseTopicWords,
                            run.contains(where: finiteAuxiliaries.contains)
                        {
                            return true
                        }
                    }
                    swap(&previous, &row)
                }
            }
        }
        return false
    }

    /// "The figure of 14,000 is not one we recognise. Our estimate is around 3,800" and "We don't
    /// recognise the 14,000 figure. Our best estimate today is about 3,800": one source's two
    /// quotations that give the same two figures (three digits at least, not years) are one
    /// statement reworded. Figures are what an outlet rewording a statement keeps: it cannot
    /// change them without changing what was said, and two statements by one source rarely
    /// repeat two of them.
    static func sharesFigures(_ a: QuoteWording, _ b: QuoteWording) -> Bool {
        a.figures.intersection(b.figures).count >= sharedFigureMinimum
    }

    static let sharedFigureMinimum = 2

    static let sharedClauseMinimum = 8
    static let sharedClauseTopicWords = 2
    /// A clause has a finite verb; these are the ones a run can be checked for without a
    /// tagger (in `QuoteWording.meaning`'s persons: "is" read as "are"). A run without one is a
    /// noun phrase ("the award of a contract by the city council"): the matter every party
    /// speaks about, not one statement.
    static let finiteAuxiliaries: Set<String> = ["are", "were", "have", "had", "do", "did", "will", "would", "can", "could", "should", "must", "may", "might", "shall", "cannot"]

    /// Index pairs of a longest common subsequence of two word lists.
    static func commonPairs(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        let width = b.count + 1
        var table = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] = a[i] == b[j] ? table[(i + 1) * width + j + 1] + 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    /// The fewest words (as written) a sentence standing whole in the other version's needs.
    static let wholeSentenceMinimum = 5
    static let sentenceMatchMinimum = 6
    static let sentenceMatchShare = 0.8
    static let sentenceTopicShare = 0.75


    /// The speaker most members credit, in the fullest form the story uses; on a tie a name
    /// over a description ("Paper Comets" over "the group" that one outlet wrote).
    static func groupSpeaker(_ quotes: [Quote], _ speakers: SpeakerMatcher) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for q in quotes {
            guard let s = q.speaker else { continue }
            let r = speakers.resolve(s)
            if counts[r] == nil { order.append(r) }
            counts[r, default: 0] += 1
        }
        func rank(_ s: String) -> (Int, Int, Int) { (counts[s]!, SpeakerMatcher.isDescription(s) ? 0 : 1, -order.firstIndex(of: s)!) }
        return order.max { rank($0) < rank($1) }
    }
}
