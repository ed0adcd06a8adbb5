import HearsayModel
import HearsayText

/// Picks the sentence that best shows an article's stance: the one that shares most of
/// the claim's content words, with a bonus for the cue family the stance implies
/// (refutation for `denies`, confirmation for `supports`, hedging for `reports`).
public enum StanceEvidence {
    public static func sentence(for stance: Stance, claim: ClaimProfile, in document: TextDocument) -> Int? {
        guard stance != .unrelated, !claim.content.isEmpty else { return nil }
        let cues: Set<UInt64> =
            switch stance {
            case .denies: Cues.refutingHashes.union(Cues.negatingHashes)
            case .supports: Cues.supportingHashes
            default: Cues.hedgingHashes
            }
        var best: (index: Int, score: Int)?
        for i in document.sentences.indices {
            let words = WordHashes.of(document.sentenceText(i))
            let overlap = Set(words.filter { claim.content[$0] != nil }).count
            guard overlap > 0 else { continue }
            let score = overlap + (words.contains(where: cues.contains) ? 2 : 0)
            if score > (best?.score ?? 0) { best = (i, score) }
        }
        return best?.index
    }
}
