import HearsayText

/// A MinHash LSH index of documents: adding one and asking for its near-duplicates cost
/// time proportional to its own length and its candidates, never to the number of
/// documents already indexed. Usable inside a story (rewrites) and across a whole store
/// (ingest de-duplication).
public struct NearDuplicateIndex<Key: Hashable & Sendable>: Sendable {
    public struct Match: Sendable, Hashable {
        public var key: Key
        /// Estimated Jaccard similarity of the two documents' shingle sets.
        public var similarity: Double
    }

    public let hasher: MinHasher
    public let parameters: LSHParameters
    public let threshold: Double
    public let shingleSize: Int

    public private(set) var keys: [Key] = []
    /// Signatures of the indexed documents, end to end.
    private var signatures: [UInt32] = []
    /// Per band: band hash -> the last entry with that hash; entries chain backwards
    /// through `next`, so a bucket costs no array of its own.
    private var heads: [[UInt64: Int32]]
    private var entryDocument: [Int32] = []
    private var entryNext: [Int32] = []

    /// `threshold` is the Jaccard similarity the banding is tuned for;
    /// `falseNegativeWeight` above 0.5 trades candidates for recall; the default leans
    /// to recall because `matches` verifies every candidate anyway.
    public init(
        threshold: Double = 0.8, permutations: Int = 128, shingleSize: Int = 5,
        falseNegativeWeight: Double = 0.6, seed: UInt64 = 0x4865_6172_7361_7901
    ) {
        precondition(threshold > 0 && threshold < 1, "the threshold is a Jaccard similarity between 0 and 1")
        self.threshold = threshold
        self.shingleSize = shingleSize
        hasher = MinHasher(permutations: permutations, seed: seed)
        parameters = LSHParameters.optimal(
            threshold: threshold, permutations: permutations,
            falsePositiveWeight: 1 - falseNegativeWeight, falseNegativeWeight: falseNegativeWeight)
        heads = Array(repeating: [:], count: parameters.bands)
    }

    public var count: Int { keys.count }

    public func signature(of text: String) -> [UInt32] {
        hasher.signature(of: text, shingleSize: shingleSize)
    }

    public mutating func insert(_ key: Key, text: String) {
        insert(key, signature: signature(of: text))
    }

    public mutating func insert(_ key: Key, signature: [UInt32]) {
        precondition(signature.count == hasher.permutations, "signature from another MinHasher")
        let document = Int32(keys.count)
        keys.append(key)
        signatures.append(contentsOf: signature)
        for band in 0..<parameters.bands {
            let h = bandHash(signature, band)
            entryDocument.append(document)
            entryNext.append(heads[band][h] ?? -1)
            heads[band][h] = Int32(entryDocument.count - 1)
        }
    }

    /// Indexed documents sharing at least one band with `signature`, in insertion order:
    /// the raw LSH answer, unverified.
    public func candidates(for signature: [UInt32]) -> [Key] {
        candidateDocuments(signature).map { keys[Int($0)] }
    }

    /// Candidates whose estimated similarity is at least `minimumSimilarity`, most
    /// similar first.
    public func matches(for signature: [UInt32], minimumSimilarity: Double? = nil) -> [Match] {
        let floor = minimumSimilarity ?? threshold
        var out: [Match] = []
        for d in candidateDocuments(signature) {
            let s = similarity(signature, document: Int(d))
            if s >= floor { out.append(Match(key: keys[Int(d)], similarity: s)) }
        }
        return out.sorted { $0.similarity > $1.similarity }
    }

    public func matches(for text: String, minimumSimilarity: Double? = nil) -> [Match] {
        matches(for: signature(of: text), minimumSimilarity: minimumSimilarity)
    }

    public func signature(at position: Int) -> ArraySlice<UInt32> {
        let k = hasher.permutations
        return signatures[(position * k)..<((position + 1) * k)]
    }

    private func similarity(_ signature: [UInt32], document d: Int) -> Double {
        MinHasher.similarity(signature, self.signature(at: d))
    }

    private func candidateDocuments(_ signature: [UInt32]) -> [Int32] {
        precondition(signature.count == hasher.permutations, "signature from another MinHasher")
        var found: [Int32] = []
        for band in 0..<parameters.bands {
            var entry = heads[band][bandHash(signature, band)] ?? -1
            while entry >= 0 {
                found.append(entryDocument[Int(entry)])
                entry = entryNext[Int(entry)]
            }
        }
        guard found.count > 1 else { return found }
        found.sort()
        var unique: [Int32] = [found[0]]
        for d in found.dropFirst() where d != unique[unique.count - 1] { unique.append(d) }
        return unique
    }

    private func bandHash(_ signature: [UInt32], _ band: Int) -> UInt64 {
        let r = parameters.rows
        var h = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for i in (band * r)..<((band + 1) * r) {
            h = StableHash.mix(h ^ UInt64(signature[i]))
        }
        return h
    }
}
