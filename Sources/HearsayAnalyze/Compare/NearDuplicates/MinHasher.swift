import HearsayText

/// MinHash signatures by one-permutation hashing with optimal densification
/// (Shrivastava, ICML 2017): one hash per shingle sends it to one of `permutations` bins
/// and each bin keeps its smallest value; an empty bin borrows the value of a non-empty
/// bin chosen by a hash sequence that depends only on the bin, so that two documents
/// borrow alike. Two signatures agree in a position with probability equal to the
/// Jaccard similarity of the shingle sets, as with k independent permutations, but the
/// cost is one hash per shingle instead of k.
///
/// Values are 32-bit, as in datasketch; a chance collision (2^-32) is far below the
/// estimator's own noise.
public struct MinHasher: Sendable, Hashable {
    public let permutations: Int
    public let seed: UInt64

    public init(permutations: Int = 128, seed: UInt64 = 0x4865_6172_7361_7901) {
        precondition(permutations > 0, "a MinHash signature needs at least one permutation")
        self.permutations = permutations
        self.seed = seed
    }

    /// The signature of a shingle set (duplicates do no harm). An empty set gives all
    /// `UInt32.max`, which matches only other empty documents.
    public func signature(of shingles: [UInt64]) -> [UInt32] {
        let k = permutations
        var signature = [UInt32](repeating: .max, count: k)
        guard !shingles.isEmpty else { return signature }
        var filled = [Bool](repeating: false, count: k)
        let seed = self.seed
        signature.withUnsafeMutableBufferPointer { sig in
            filled.withUnsafeMutableBufferPointer { full in
                for x in shingles {
                    let h = StableHash.mix(x ^ seed)
                    let bin = Int(truncatingIfNeeded: ((h >> 32) &* UInt64(k)) >> 32)
                    let v = UInt32(truncatingIfNeeded: h)
                    if v < sig[bin] { sig[bin] = v }
                    full[bin] = true
                }
            }
        }
        var borrowed = signature
        for i in 0..<k where !filled[i] {
            var attempt: UInt64 = 1
            while true {
                let h = StableHash.mix(seed ^ (UInt64(i) << 32) ^ attempt)
                let j = Int(truncatingIfNeeded: ((h >> 32) &* UInt64(k)) >> 32)
                if filled[j] {
                    borrowed[i] = signature[j]
                    break
                }
                attempt += 1
            }
        }
        return borrowed
    }

    public func signature(of text: String, shingleSize: Int = 5) -> [UInt32] {
        signature(of: WordShingles.hashes(text, size: shingleSize))
    }

    /// The share of agreeing positions: an estimate of the Jaccard similarity.
    public static func similarity(_ a: some Collection<UInt32>, _ b: some Collection<UInt32>) -> Double {
        precondition(a.count == b.count, "signatures of different lengths")
        guard !a.isEmpty else { return 0 }
        var same = 0
        for (x, y) in zip(a, b) where x == y { same += 1 }
        return Double(same) / Double(a.count)
    }
}
