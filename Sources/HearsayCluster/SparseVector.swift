/// A sparse vector over term keys: ascending keys, parallel weights. Sums run in key order,
/// so results never depend on a dictionary's per-process ordering.
public struct SparseVector: Codable, Sendable, Equatable {
    public var keys: [UInt64]
    public var values: [Float]

    public init() {
        keys = []
        values = []
    }

    /// `keys` must be ascending and unique.
    public init(keys: [UInt64], values: [Float]) {
        precondition(keys.count == values.count)
        self.keys = keys
        self.values = values
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    /// A merge of the two key lists; the hot loop of clustering, hence the raw buffers.
    public func dot(_ other: SparseVector) -> Double {
        keys.withUnsafeBufferPointer { a in
            other.keys.withUnsafeBufferPointer { b in
                values.withUnsafeBufferPointer { va in
                    other.values.withUnsafeBufferPointer { vb in
                        var i = 0, j = 0, sum = 0.0
                        let na = a.count, nb = b.count
                        while i < na && j < nb {
                            let x = a[i], y = b[j]
                            if x == y {
                                sum += Double(va[i]) * Double(vb[j])
                                i += 1
                                j += 1
                            } else if x < y {
                                i += 1
                            } else {
                                j += 1
                            }
                        }
                        return sum
                    }
                }
            }
        }
    }

    public var norm: Double {
        var s = 0.0
        for v in values { s += Double(v) * Double(v) }
        return s.squareRoot()
    }

    /// Cosine between the parts of the two vectors made of terms of one kind; 0 when
    /// either has none.
    public func cosine(_ other: SparseVector, of kind: TermKind) -> Double {
        let a = only(kind), b = other.only(kind)
        let norms = a.norm * b.norm
        return norms > 0 ? a.dot(b) / norms : 0
    }

    /// The terms of one kind, in key order.
    func only(_ kind: TermKind) -> SparseVector {
        let kept = keys.indices.filter { TermKind.of(keys[$0]) == kind }
        return SparseVector(keys: kept.map { keys[$0] }, values: kept.map { values[$0] })
    }

    public func contains(_ key: UInt64) -> Bool {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == key
    }

    /// self + other, merged in key order.
    public func adding(_ other: SparseVector) -> SparseVector {
        var k: [UInt64] = []
        var v: [Float] = []
        k.reserveCapacity(keys.count + other.keys.count)
        v.reserveCapacity(keys.count + other.keys.count)
        var i = 0, j = 0
        while i < keys.count || j < other.keys.count {
            if j == other.keys.count || (i < keys.count && keys[i] < other.keys[j]) {
                k.append(keys[i])
                v.append(values[i])
                i += 1
            } else if i == keys.count || other.keys[j] < keys[i] {
                k.append(other.keys[j])
                v.append(other.values[j])
                j += 1
            } else {
                k.append(keys[i])
                v.append(values[i] + other.values[j])
                i += 1
                j += 1
            }
        }
        return SparseVector(keys: k, values: v)
    }

    /// Positions of the `n` largest weights, largest first; equal weights by key.
    public func strongest(_ n: Int) -> [Int] {
        var top = unorderedStrongest(n)
        top.sort(by: ranksAbove)
        return top
    }

    /// The `n` largest weights kept, in key order: bounds a story's memory whatever its size.
    public func pruned(to n: Int) -> SparseVector {
        guard keys.count > n else { return self }
        let keep = unorderedStrongest(n).sorted()
        return SparseVector(keys: keep.map { keys[$0] }, values: keep.map { values[$0] })
    }

    /// Larger weight first, then smaller key: a total order, so the strongest `n` are the
    /// same whichever way they are found.
    func ranksAbove(_ i: Int, _ j: Int) -> Bool {
        values[i] != values[j] ? values[i] > values[j] : keys[i] < keys[j]
    }

    /// Positions of the `n` strongest weights, in no order. A quickselect rather than a
    /// full sort: the clusterer asks for a few dozen of a few hundred terms per article.
    func unorderedStrongest(_ n: Int) -> [Int] {
        var order = Array(keys.indices)
        guard n < order.count else { return order }
        guard n > 0 else { return [] }
        var lo = 0, hi = order.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if ranksAbove(order[mid], order[lo]) { order.swapAt(mid, lo) }
            if ranksAbove(order[hi], order[lo]) { order.swapAt(hi, lo) }
            if ranksAbove(order[hi], order[mid]) { order.swapAt(hi, mid) }
            let pivot = order[mid]
            order.swapAt(mid, hi)
            var store = lo
            for i in lo..<hi where ranksAbove(order[i], pivot) {
                order.swapAt(i, store)
                store += 1
            }
            order.swapAt(store, hi)
            if store == n - 1 { break }
            if store < n - 1 { lo = store + 1 } else { hi = store - 1 }
        }
        return Array(order[..<n])
    }

    public func scaled(by f: Float) -> SparseVector {
        SparseVector(keys: keys, values: values.map { $0 * f })
    }
}

/// Years with weights, normalised to unit length, ascending.
public struct SparseYears: Codable, Sendable, Equatable {
    public var years: [Int16]
    public var weights: [Float]

    public init() {
        years = []
        weights = []
    }

    public init(_ weights: [Int16: Double]) {
        let ys = weights.keys.sorted()
        var norm = 0.0
        for y in ys { norm += weights[y]! * weights[y]! }
        norm = norm.squareRoot()
        self.years = ys
        self.weights = ys.map { Float(weights[$0]! / max(norm, 1e-12)) }
    }

    public var isEmpty: Bool { years.isEmpty }

    /// Cosine between two year profiles; either may be an unnormalised sum.
    public func cosine(_ other: SparseYears) -> Double {
        var i = 0, j = 0, dot = 0.0
        while i < years.count && j < other.years.count {
            if years[i] == other.years[j] {
                dot += Double(weights[i]) * Double(other.weights[j])
                i += 1
                j += 1
            } else if years[i] < other.years[j] { i += 1 } else { j += 1 }
        }
        let n = norm * other.norm
        return n > 0 ? dot / n : 0
    }

    var norm: Double {
        var s = 0.0
        for w in weights { s += Double(w) * Double(w) }
        return s.squareRoot()
    }

    /// The sum of two profiles (a story's years are the sum of its articles').
    func adding(_ other: SparseYears) -> SparseYears {
        var merged: [Int16: Float] = [:]
        for (y, w) in zip(years, weights) { merged[y, default: 0] += w }
        for (y, w) in zip(other.years, other.weights) { merged[y, default: 0] += w }
        var out = SparseYears()
        out.years = merged.keys.sorted()
        out.weights = out.years.map { merged[$0]! }
        return out
    }
}
