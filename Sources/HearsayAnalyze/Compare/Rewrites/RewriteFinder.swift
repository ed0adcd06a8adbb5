import HearsayModel
import HearsayText

/// Articles that are largely another, earlier article's text: by sentence-level reuse
/// (`SentenceReuse`) and, for rewrites whose sentences were re-cut, by MinHash
/// similarity of the whole texts (`NearDuplicateIndex`).
enum RewriteFinder {
    /// A rewrite reuses at least this share of its own words, in at least two sentences,
    /// or is a near-duplicate of the whole earlier text.
    static let minimumShare = 0.3
    static let minimumSentences = 2
    static let nearDuplicateSimilarity = 0.5

    /// `articles` in chronological order, as `StoryDraft` keeps them.
    static func rewrites(articles: [Article], documents: [TextDocument]) -> [Rewrite] {
        let reuse = SentenceReuse(documents: documents)
        var index = NearDuplicateIndex<Int>(threshold: nearDuplicateSimilarity)
        var out: [Rewrite] = []
        for (b, article) in articles.enumerated() {
            // A text shorter than one shingle (an empty body, a one-line stub) has no
            // shingles to compare, and every such text would look like every other.
            var similar: [Int: Double] = [:]
            if article.body.split(whereSeparator: \.isWhitespace).count >= index.shingleSize {
                let signature = index.signature(of: article.body)
                similar = Dictionary(
                    index.matches(for: signature, minimumSimilarity: nearDuplicateSimilarity).map { ($0.key, $0.similarity) },
                    uniquingKeysWith: max)
                index.insert(b, signature: signature)
            }
            var best: Rewrite? = nil
            // One file read twice (the same bytes, the same id) is no rewrite of itself.
            for a in 0..<b where articles[a].id != article.id {
                let pair = SentenceReuse.Pair(later: b, earlier: a)
                let shared = reuse.overlaps[pair]?.sharedSentences ?? 0
                let share = reuse.share(pair)
                let jaccard = similar[a] ?? 0
                let qualifies = (share >= minimumShare && shared >= minimumSentences) || jaccard >= nearDuplicateSimilarity
                guard qualifies else { continue }
                let overlap = (max(share, jaccard) * 1000).rounded() / 1000
                if overlap > (best?.overlap ?? 0) {
                    best = Rewrite(article: article.id, of: articles[a].id, overlap: overlap, sharedSentences: shared)
                }
            }
            if let best { out.append(best) }
        }
        return out
    }
}
