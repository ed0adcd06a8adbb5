/// How a MinHash signature is cut into bands for locality-sensitive hashing: two
/// documents become candidates when all `rows` values of at least one band agree, which
/// happens with probability 1 - (1 - s^rows)^bands for Jaccard similarity s.
public struct LSHParameters: Sendable, Hashable {
    public var bands: Int
    public var rows: Int

    public init(bands: Int, rows: Int) {
        precondition(bands > 0 && rows > 0, "LSH needs at least one band of one row")
        self.bands = bands
        self.rows = rows
    }

    /// The banding with `bands * rows <= permutations` that minimises the weighted sum of
    /// the false-positive area (below `threshold`) and the false-negative area (above it)
    /// under the candidate-probability curve: the usual choice, as datasketch makes it.
    public static func optimal(
        threshold: Double, permutations: Int, falsePositiveWeight: Double = 0.5, falseNegativeWeight: Double = 0.5
    ) -> LSHParameters {
        var best = LSHParameters(bands: 1, rows: permutations)
        var bestError = Double.infinity
        for b in 1...permutations {
            for r in 1...(permutations / b) {
                let fp = integrate(0, threshold) { s in candidateProbability(s, bands: b, rows: r) }
                let fn = integrate(threshold, 1) { s in 1 - candidateProbability(s, bands: b, rows: r) }
                let error = fp * falsePositiveWeight + fn * falseNegativeWeight
                if error < bestError {
                    bestError = error
                    best = LSHParameters(bands: b, rows: r)
                }
            }
        }
        return best
    }

    public static func candidateProbability(_ s: Double, bands: Int, rows: Int) -> Double {
        1 - pow1(1 - pow1(s, rows), bands)
    }

    public func candidateProbability(_ s: Double) -> Double {
        LSHParameters.candidateProbability(s, bands: bands, rows: rows)
    }

    static func pow1(_ x: Double, _ n: Int) -> Double {
        var result = 1.0, base = x, e = n
        while e > 0 {
            if e & 1 == 1 { result *= base }
            base *= base
            e >>= 1
        }
        return result
    }

    /// Simpson's rule: the integrands are smooth polynomials.
    static func integrate(_ a: Double, _ b: Double, _ f: (Double) -> Double) -> Double {
        let steps = 64
        let h = (b - a) / Double(steps)
        var sum = f(a) + f(b)
        for i in 1..<steps {
            sum += f(a + Double(i) * h) * (i % 2 == 1 ? 4 : 2)
        }
        return sum * h / 3
    }
}
