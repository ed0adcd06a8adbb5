import HearsayModel
import HearsayText

/// Which sentences of a later article appear nearly verbatim in an earlier one.
///
/// Each sentence is reduced to the 3-word shingles of its own words — quoted words are
/// left out, since two outlets quoting the same statement have not copied each other —
/// and an inverted index from shingle to sentence finds, for every sentence, the earlier
/// sentences that share most of its shingles. The cost is linear in the story's text.
struct SentenceReuse {
    struct Pair: Hashable {
        var later: Int
        var earlier: Int
    }

    struct Overlap {
        var sharedSentences = 0
        var reusedWords = 0
    }

    /// Shingle size and the share of a sentence's shingles found in one earlier sentence
    /// for it to count as reused: one changed word in a 20-word sentence keeps ~80%.
    static let shingleSize = 3
    static let minimumContainment = 0.6
    /// Shorter sentences ("Not true.", datelines) are too common to show copying.
    static let minimumWords = 6

    /// `words[a]`: the number of unquoted words of article `a`.
    private(set) var words: [Int] = []
    private(set) var overlaps: [Pair: Overlap] = [:]

    init(documents: [TextDocument]) {
        var shingled = documents.map(SentenceReuse.sentenceShingles)
        let carried = SentenceReuse.carriedElsewhere(shingled)
        for (a, document) in documents.enumerated() {
            for s in SentenceReuse.blockQuoted(document, carried: carried[a]) { shingled[a][s] = ([], 0) }
        }
        var index: [UInt64: [(article: Int, sentence: Int)]] = [:]
        for (a, sentences) in shingled.enumerated() {
            words.append(sentences.reduce(0) { $0 + $1.words })
            // Best earlier article for each of this article's sentences.
            for sentence in sentences where sentence.words >= SentenceReuse.minimumWords {
                var hits: [Int: [Int: Int]] = [:]  // article -> sentence -> shared shingles
                for h in sentence.shingles {
                    for (b, m) in index[h] ?? [] { hits[b, default: [:]][m, default: 0] += 1 }
                }
                for (b, perSentence) in hits {
                    let best = perSentence.values.max() ?? 0
                    if Double(best) >= SentenceReuse.minimumContainment * Double(sentence.shingles.count) {
                        overlaps[Pair(later: a, earlier: b), default: Overlap()].sharedSentences += 1
                        overlaps[Pair(later: a, earlier: b), default: Overlap()].reusedWords += sentence.words
                    }
                }
            }
            for (n, sentence) in sentences.enumerated() where sentence.words >= SentenceReuse.minimumWords {
                for h in sentence.shingles { index[h, default: []].append((a, n)) }
            }
        }
    }

    /// For each article, which of its sentences another article of the story also has
    /// (the same containment as a reused sentence, in either order of publication).
    static func carriedElsewhere(_ shingled: [[(shingles: Set<UInt64>, words: Int)]]) -> [Set<Int>] {
        var index: [UInt64: Set<Int>] = [:]
        for (a, sentences) in shingled.enumerated() {
            for sentence in sentences where sentence.words >= minimumWords {
                for h in sentence.shingles { index[h, default: []].insert(a) }
            }
        }
        return shingled.enumerated().map { a, sentences in
            Set(sentences.indices.filter { n in
                guard sentences[n].words >= minimumWords else { return false }
                var hits: [Int: Int] = [:]
                for h in sentences[n].shingles { for b in index[h] ?? [] where b != a { hits[b, default: 0] += 1 } }
                return hits.values.contains { Double($0) >= minimumContainment * Double(sentences[n].shingles.count) }
            })
        }
    }

    /// Sentences of a block quotation: the paragraphs that follow a lead-in ending in a
    /// colon ("The statement reads:", "Here is how the post begins:") for as long as
    /// they are text another article of the story also has. Two outlets reproducing the
    /// same statement or excerpt have quoted a source, not copied each other, and an
    /// outlet that sets out the text it debunks is not rewriting it.
    static func blockQuoted(_ document: TextDocument, carried: Set<Int>) -> [Int] {
        var byParagraph: [Int: [Int]] = [:]
        for (n, sentence) in document.sentences.enumerated() { byParagraph[sentence.paragraph, default: []].append(n) }
        var out: [Int] = []
        var inBlock = false
        for (p, range) in document.paragraphs.enumerated() {
            let sentences = byParagraph[p] ?? []
            if inBlock {
                // Most of the paragraph, by length, is text found elsewhere.
                let lengths = sentences.map { document.sentences[$0].range.count }
                let carriedLength = zip(sentences, lengths).filter { carried.contains($0.0) }.map(\.1).reduce(0, +)
                inBlock = carriedLength * 2 > lengths.reduce(0, +)
                if inBlock { out += sentences }
            }
            if !inBlock, let last = range.last, document.scalars[last] == ":" { inBlock = true }
        }
        return out
    }

    /// Share of the later article's own words that sit in reused sentences.
    func share(_ pair: Pair) -> Double {
        guard let o = overlaps[pair], words[pair.later] > 0 else { return 0 }
        return Double(o.reusedWords) / Double(words[pair.later])
    }

    static func sentenceShingles(_ document: TextDocument) -> [(shingles: Set<UInt64>, words: Int)] {
        let quoted = document.paragraphs.flatMap { QuotedSpans.ranges(document.scalars, in: $0) }
        return document.sentences.map { sentence in
            let own = QuotedSpans.unquoted(sentence.range, excluding: quoted)
            let hashes = own.flatMap { WordHashes.of(document.string($0)) }
            guard hashes.count >= shingleSize else { return ([], hashes.count) }
            return (Set(WordShingles.shingles(of: hashes, size: shingleSize)), hashes.count)
        }
    }
}
