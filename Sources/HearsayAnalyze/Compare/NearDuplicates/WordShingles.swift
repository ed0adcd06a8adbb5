import HearsayText

/// Word k-shingles hashed to 64 bits, over the words `WordHashes` reads (case folded,
/// apostrophes dropped, punctuation separating).
public enum WordShingles {
    /// Hashes of every run of `size` consecutive words; a text shorter than that gives
    /// one shingle of all its words, an empty one none.
    public static func hashes(_ text: String, size: Int = 5) -> [UInt64] {
        shingles(of: WordHashes.of(text), size: size)
    }

    /// Shingle hashes from word hashes: a polynomial rolling hash over each window (one
    /// multiply-add per word, whatever `size` is), mixed at the end.
    public static func shingles(of words: [UInt64], size: Int) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let k = max(1, min(size, words.count))
        let base: UInt64 = 0x100_0000_01B3
        var top: UInt64 = 1
        for _ in 1..<max(k, 2) where k > 1 { top &*= base }
        var out: [UInt64] = []
        out.reserveCapacity(words.count - k + 1)
        var h: UInt64 = 0
        for (i, w) in words.enumerated() {
            if i >= k { h = h &- words[i - k] &* top }
            h = h &* base &+ w
            if i >= k - 1 { out.append(StableHash.mix(h ^ UInt64(k))) }
        }
        return out
    }
}
