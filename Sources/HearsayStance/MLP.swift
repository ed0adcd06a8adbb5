import Foundation
import HearsayText

/// A sparse input vector: most of a stance input is zero (a vocabulary of thousands of
/// words, a few hundred present), so only the non-zero entries are stored.
public struct SparseVector: Sendable, Equatable {
    public var indices: [Int32]
    public var values: [Float]

    public init(indices: [Int32] = [], values: [Float] = []) {
        self.indices = indices
        self.values = values
    }

    public mutating func append(_ index: Int, _ value: Float) {
        guard value != 0 else { return }
        indices.append(Int32(index))
        values.append(value)
    }
}

/// A one-hidden-layer perceptron (ReLU, softmax), the shape of the UCL FNC-1 model:
/// small enough to run tens of thousands of times a second on one core.
public struct MLP: Sendable, Equatable {
    public let inputs: Int
    public let hidden: Int
    public let outputs: Int
    /// inputs × hidden, row per input, so a sparse input reads whole rows.
    public var w1: [Float]
    public var b1: [Float]
    /// hidden × outputs.
    public var w2: [Float]
    public var b2: [Float]

    public init(inputs: Int, hidden: Int, outputs: Int, w1: [Float], b1: [Float], w2: [Float], b2: [Float]) {
        precondition(w1.count == inputs * hidden && b1.count == hidden && w2.count == hidden * outputs && b2.count == outputs)
        self.inputs = inputs
        self.hidden = hidden
        self.outputs = outputs
        self.w1 = w1
        self.b1 = b1
        self.w2 = w2
        self.b2 = b2
    }

    /// Glorot-uniform weights from `rng`, zero biases.
    public init(inputs: Int, hidden: Int, outputs: Int, rng: inout SplitMix64) {
        let a1 = Float((6.0 / Double(inputs + hidden)).squareRoot())
        let a2 = Float((6.0 / Double(hidden + outputs)).squareRoot())
        var w1 = [Float](repeating: 0, count: inputs * hidden)
        for i in w1.indices { w1[i] = (rng.nextUnit() * 2 - 1) * a1 }
        var w2 = [Float](repeating: 0, count: hidden * outputs)
        for i in w2.indices { w2[i] = (rng.nextUnit() * 2 - 1) * a2 }
        self.init(
            inputs: inputs, hidden: hidden, outputs: outputs, w1: w1, b1: .init(repeating: 0, count: hidden),
            w2: w2, b2: .init(repeating: 0, count: outputs))
    }

    /// Hidden activations (after ReLU) for `x`.
    func hiddenLayer(_ x: SparseVector) -> [Float] {
        var h = b1
        let hiddenCount = hidden
        w1.withUnsafeBufferPointer { w in
            h.withUnsafeMutableBufferPointer { h in
                for (k, index) in x.indices.enumerated() {
                    let v = x.values[k]
                    let row = Int(index) * hiddenCount
                    for j in 0..<hiddenCount { h[j] += v * w[row + j] }
                }
                for j in 0..<hiddenCount where h[j] < 0 { h[j] = 0 }
            }
        }
        return h
    }

    func logits(hiddenLayer h: [Float]) -> [Float] {
        var z = b2
        for j in 0..<hidden where h[j] != 0 {
            let row = j * outputs
            for o in 0..<outputs { z[o] += h[j] * w2[row + o] }
        }
        return z
    }

    /// Class probabilities for `x`.
    public func probabilities(_ x: SparseVector) -> [Float] {
        MLP.softmax(logits(hiddenLayer: hiddenLayer(x)))
    }

    /// Mean class probabilities of an ensemble.
    public static func averageProbabilities(_ nets: [MLP], _ x: SparseVector) -> [Float] {
        guard let first = nets.first else { return [] }
        var sum = [Float](repeating: 0, count: first.outputs)
        for net in nets {
            for (o, p) in net.probabilities(x).enumerated() { sum[o] += p }
        }
        return sum.map { $0 / Float(nets.count) }
    }

    static func softmax(_ z: [Float]) -> [Float] {
        let m = z.max() ?? 0
        let e = z.map { exp($0 - m) }
        let s = e.reduce(0, +)
        return e.map { $0 / s }
    }
}
