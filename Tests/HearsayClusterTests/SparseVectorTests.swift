import HearsayText
import Testing
@testable import HearsayCluster

@Suite struct SparseVectorTests {
    /// Random vectors with many equal weights, so that ties are broken by key.
    static func vectors(count: Int, seed: UInt64) -> [SparseVector] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let size = Int.random(in: 0...300, using: &rng)
            let keys = Set((0..<size).map { _ in UInt64.random(in: 0...5_000, using: &rng) }).sorted()
            return SparseVector(keys: keys, values: keys.map { _ in Float(Int.random(in: 0...20, using: &rng)) / 4 })
        }
    }

    /// What `strongest` promises, written the obvious way.
    static func byFullSort(_ v: SparseVector, _ n: Int) -> [Int] {
        Array(v.keys.indices.sorted { v.values[$0] != v.values[$1] ? v.values[$0] > v.values[$1] : v.keys[$0] < v.keys[$1] }.prefix(n))
    }

    @Test func strongestMatchesAFullSort() {
        for v in Self.vectors(count: 200, seed: 3) {
            for n in [0, 1, 2, 32, 64, v.count - 1, v.count, v.count + 5] where n >= 0 {
                #expect(v.strongest(n) == Self.byFullSort(v, n))
            }
        }
    }

    @Test func pruningKeepsTheStrongestInKeyOrder() {
        for v in Self.vectors(count: 200, seed: 4) {
            for n in [1, 40, v.count / 2] where n < v.count {
                let keep = Self.byFullSort(v, n).sorted()
                #expect(v.pruned(to: n) == SparseVector(keys: keep.map { v.keys[$0] }, values: keep.map { v.values[$0] }))
            }
        }
    }
}
