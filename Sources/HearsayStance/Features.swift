import Foundation
import HearsayText

/// Word hashes mapped to input positions, with their inverse document frequencies.
public struct Vocabulary: Sendable, Equatable {
    public let hashes: [UInt64]
    public let idf: [Float]
    let position: [UInt64: Int32]

    public init(hashes: [UInt64], idf: [Float]) {
        precondition(hashes.count == idf.count)
        self.hashes = hashes
        self.idf = idf
        var position: [UInt64: Int32] = [:]
        position.reserveCapacity(hashes.count)
        for (i, h) in hashes.enumerated() { position[h] = Int32(i) }
        self.position = position
    }

    public var count: Int { hashes.count }

    /// The `size` most frequent content words of `documents` (word hashes), with smoothed
    /// idf as scikit-learn computes it. Ties break by hash, so the result is stable.
    public static func build(documents: [[UInt64]], size: Int, skipping stop: Set<UInt64>) -> Vocabulary {
        var total: [UInt64: Int] = [:]
        var df: [UInt64: Int] = [:]
        for doc in documents {
            for w in doc where !stop.contains(w) { total[w, default: 0] += 1 }
            for w in Set(doc) where !stop.contains(w) { df[w, default: 0] += 1 }
        }
        let top = total.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(size)
        let n = Float(documents.count)
        let hashes = top.map(\.key)
        let idf = hashes.map { Float(log((1 + n) / (1 + Float(df[$0] ?? 0)))) + 1 }
        return Vocabulary(hashes: hashes, idf: idf)
    }

    /// Term frequencies of `words` in this vocabulary, L2-normalised, sorted by position.
    func termFrequencies(_ words: [UInt64], weighted: Bool) -> (indices: [Int32], values: [Float]) {
        var counts: [Int32: Float] = [:]
        for w in words {
            if let p = position[w] { counts[p, default: 0] += 1 }
        }
        var entries = counts.sorted { $0.key < $1.key }
        if weighted {
            for k in entries.indices { entries[k].value *= idf[Int(entries[k].key)] }
        }
        let norm = entries.reduce(Float(0)) { $0 + $1.value * $1.value }.squareRoot()
        return (entries.map(\.key), entries.map { norm > 0 ? $0.value / norm : 0 })
    }
}

/// What a claim or headline contributes to the features, computed once per distinct text.
public struct ClaimProfile: Sendable {
    public let words: [UInt64]
    /// Content words (no function words), each once, mapped to a slot number.
    let content: [UInt64: Int]
    let bigrams: Set<UInt64>
    let tf: (indices: [Int32], values: [Float])
    let tfidf: (indices: [Int32], values: [Float])
    let refuting: Int, negating: Int, hedging: Int, supporting: Int
    let isQuestion: Bool

    public init(_ text: String, vocabulary: Vocabulary) {
        let words = WordHashes.of(text)
        self.words = words
        var content: [UInt64: Int] = [:]
        for w in words where !Cues.stopwordHashes.contains(w) && content[w] == nil { content[w] = content.count }
        self.content = content
        var bigrams = Set<UInt64>()
        for i in words.indices.dropFirst() { bigrams.insert(WordHashes.pair(words[i - 1], words[i])) }
        self.bigrams = bigrams
        tf = vocabulary.termFrequencies(words, weighted: false)
        tfidf = vocabulary.termFrequencies(words, weighted: true)
        refuting = words.count { Cues.refutingHashes.contains($0) }
        negating = words.count { Cues.negatingHashes.contains($0) }
        hedging = words.count { Cues.hedgingHashes.contains($0) }
        supporting = words.count { Cues.supportingHashes.contains($0) }
        isQuestion = text.utf8.contains(UInt8(ascii: "?"))
    }
}

/// What an article body contributes, computed once per distinct body.
public struct BodyProfile: Sendable {
    public let words: [UInt64]
    let tf: (indices: [Int32], values: [Float])
    let tfidf: (indices: [Int32], values: [Float])
    /// Positions of cue words, by family.
    let refuting: [Int], negating: [Int], hedging: [Int], supporting: [Int]
    let questionMarks: Int

    public init(_ text: String, vocabulary: Vocabulary) {
        let words = WordHashes.of(text)
        self.words = words
        tf = vocabulary.termFrequencies(words, weighted: false)
        tfidf = vocabulary.termFrequencies(words, weighted: true)
        var r: [Int] = [], n: [Int] = [], h: [Int] = [], s: [Int] = []
        for (i, w) in words.enumerated() {
            if Cues.refutingHashes.contains(w) { r.append(i) }
            if Cues.negatingHashes.contains(w) { n.append(i) }
            if Cues.hedgingHashes.contains(w) { h.append(i) }
            if Cues.supportingHashes.contains(w) { s.append(i) }
        }
        refuting = r
        negating = n
        hedging = h
        supporting = s
        questionMarks = text.utf8.count { $0 == UInt8(ascii: "?") }
    }
}

/// The inputs of the two classifier heads.
public enum StanceFeatures {
    /// Hand features appended after the two term-frequency blocks of the body head.
    public static let bodyDenseCount = 19
    /// Hand features appended after the n-gram block of the title head.
    public static let titleDenseCount = 18
    /// Tokens at the start of a body that count as its lead.
    static let lead = 60
    /// How far (in words) a cue may sit from a claim word to count as "near" it.
    static let reach = 6
    static let window = 40

    /// Claim term frequencies, body term frequencies, then `bodyDenseCount` hand
    /// features: similarity, overlap and cue counts near the claim's words.
    public static func body(claim c: ClaimProfile, body b: BodyProfile, vocabularySize v: Int) -> SparseVector {
        var x = SparseVector()
        x.indices.reserveCapacity(c.tf.indices.count + b.tf.indices.count + bodyDenseCount)
        x.values.reserveCapacity(x.indices.capacity)
        for (k, i) in c.tf.indices.enumerated() { x.append(Int(i), c.tf.values[k]) }
        for (k, i) in b.tf.indices.enumerated() { x.append(v + Int(i), b.tf.values[k]) }
        for (k, f) in bodyDense(c, b).enumerated() { x.append(2 * v + k, f) }
        return x
    }

    static func bodyDense(_ c: ClaimProfile, _ b: BodyProfile) -> [Float] {
        let words = b.words
        let slots = c.content.count
        // hit[i]: slot of the claim word at body position i, or -1.
        var hit = [Int](repeating: -1, count: words.count)
        var seen = [Bool](repeating: false, count: slots)
        var seenInLead = [Bool](repeating: false, count: slots)
        var bigramHits = Set<UInt64>()
        for (i, w) in words.enumerated() {
            if let s = c.content[w] {
                hit[i] = s
                seen[s] = true
                if i < lead { seenInLead[s] = true }
            }
            if i > 0 {
                let p = WordHashes.pair(words[i - 1], w)
                if c.bigrams.contains(p) { bigramHits.insert(p) }
            }
        }
        // prefix[i]: claim-word positions before i, to count cues near claim words.
        var prefix = [Int](repeating: 0, count: words.count + 1)
        for i in words.indices { prefix[i + 1] = prefix[i] + (hit[i] >= 0 ? 1 : 0) }
        func near(_ positions: [Int]) -> Int {
            positions.count { p in prefix[min(words.count, p + reach + 1)] - prefix[max(0, p - reach)] > 0 }
        }
        let share = { (flags: [Bool]) -> Float in slots == 0 ? 0 : Float(flags.count { $0 }) / Float(slots) }
        let squash = { (n: Int, scale: Float) -> Float in Float(log1p(Double(n))) / scale }
        let refutingInLead = b.refuting.count { $0 < lead }
        let density = words.isEmpty ? 0 : min(1, Float(b.refuting.count) * 50 / Float(words.count))
        return [
            cosine(c.tfidf, b.tfidf),
            share(seen),
            share(seenInLead),
            c.bigrams.isEmpty ? 0 : Float(bigramHits.count) / Float(c.bigrams.count),
            bestWindow(hit, slots: slots),
            squash(b.refuting.count, 3),
            squash(near(b.refuting), 3),
            squash(near(b.negating), 3),
            squash(b.hedging.count, 3),
            squash(b.supporting.count, 3),
            squash(near(b.supporting), 3),
            squash(refutingInLead, 2),
            Float(min(c.refuting, 2)) / 2,
            Float(min(c.negating, 2)) / 2,
            Float(min(c.hedging, 2)) / 2,
            c.isQuestion ? 1 : 0,
            squash(words.count, 7),
            squash(b.questionMarks, 3),
            density,
        ]
    }

    /// Largest share of the claim's content words inside any stretch of `window` words.
    static func bestWindow(_ hit: [Int], slots: Int) -> Float {
        guard slots > 0 else { return 0 }
        var counts = [Int](repeating: 0, count: slots)
        var distinct = 0, best = 0
        for i in hit.indices {
            if hit[i] >= 0 {
                if counts[hit[i]] == 0 { distinct += 1 }
                counts[hit[i]] += 1
            }
            let out = i - window
            if out >= 0 && hit[out] >= 0 {
                counts[hit[out]] -= 1
                if counts[hit[out]] == 0 { distinct -= 1 }
            }
            best = max(best, distinct)
        }
        return Float(best) / Float(slots)
    }

    static func cosine(_ a: (indices: [Int32], values: [Float]), _ b: (indices: [Int32], values: [Float])) -> Float {
        var i = 0, j = 0
        var s: Float = 0
        while i < a.indices.count && j < b.indices.count {
            if a.indices[i] == b.indices[j] {
                s += a.values[i] * b.values[j]
                i += 1
                j += 1
            } else if a.indices[i] < b.indices[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return s
    }

    /// Word and word-pair hashes of a headline, the title head's lexical input.
    public static func titleGrams(_ words: [UInt64], questionMark: Bool) -> [UInt64] {
        var grams = words
        for i in words.indices.dropFirst() { grams.append(WordHashes.pair(words[i - 1], words[i])) }
        if questionMark { grams.append(questionGram) }
        return grams
    }

    static let questionGram = WordHashes.hash("?")

    /// "isn't real", "not true", "no evidence": a negation right before a word of truth.
    static func negatedTruth(_ words: [UInt64]) -> Bool {
        for i in words.indices where Cues.truthHashes.contains(words[i]) {
            if words[max(0, i - 3)..<i].contains(where: Cues.negatingHashes.contains) { return true }
        }
        return false
    }

    /// The article headline's n-grams (binary, scaled to unit length), then
    /// `titleDenseCount` features relating it to the claim, the last four being what the
    /// body head, trained on far more text, makes of the headline read as a body.
    public static func title(claim c: ClaimProfile, title: String, vocabulary: Vocabulary, bodyHead: [Float]) -> SparseVector {
        let words = WordHashes.of(title)
        let isQuestion = title.utf8.contains(UInt8(ascii: "?"))
        var present = Set<Int32>()
        for g in titleGrams(words, questionMark: isQuestion) {
            if let p = vocabulary.position[g] { present.insert(p) }
        }
        var x = SparseVector()
        let scale = present.isEmpty ? 0 : 1 / Float(present.count).squareRoot()
        for p in present.sorted() { x.append(Int(p), scale) }
        let v = vocabulary.count
        let found = Set(words.filter { c.content[$0] != nil }).count
        var pairHits = 0
        for i in words.indices.dropFirst() where c.bigrams.contains(WordHashes.pair(words[i - 1], words[i])) {
            pairHits += 1
        }
        let count = { (set: Set<UInt64>) -> Float in Float(min(2, words.count { set.contains($0) })) / 2 }
        let dense: [Float] = [
            c.content.isEmpty ? 0 : Float(found) / Float(c.content.count),
            count(Cues.refutingHashes),
            count(Cues.negatingHashes),
            count(Cues.hedgingHashes),
            count(Cues.supportingHashes),
            isQuestion ? 1 : 0,
            Float(min(c.refuting, 2)) / 2,
            Float(min(c.negating, 2)) / 2,
            Float(min(c.hedging, 2)) / 2,
            c.isQuestion ? 1 : 0,
            c.bigrams.isEmpty ? 0 : Float(pairHits) / Float(c.bigrams.count),
            negatedTruth(words) ? 1 : 0,
            words.contains(where: Cues.hedgingHashes.contains) && words.contains(where: Cues.refutingHashes.contains) ? 1 : 0,
            words.first.map { Cues.hedgingHashes.contains($0) || Cues.attributingHashes.contains($0) } ?? false ? 1 : 0,
        ] + bodyHead
        for (k, f) in dense.enumerated() { x.append(v + k, f) }
        return x
    }
}
