import Foundation
import HearsayText

/// How an `MLP` is trained. The defaults are the ones the shipped model used.
public struct TrainingOptions: Sendable, Equatable {
    public var hidden = 64
    public var epochs = 8
    public var batchSize = 32
    public var learningRate: Float = 0.001
    /// L2 penalty on the weights a batch touches.
    public var l2: Float = 1e-5
    /// Share of hidden units dropped while training.
    public var dropout: Float = 0.3
    public var seed: UInt64 = 1
    /// Loss weight per class (nil: all 1), to make a rare class count.
    public var classWeights: [Float]?

    public init() {}
}

/// Mini-batch Adam with cross-entropy. Updates to the first layer are lazy: only the rows
/// of inputs present in the batch move, which is what makes a vocabulary-sized input
/// layer cheap to train. Single-threaded, so the same seed gives the same bytes.
public enum MLPTrainer {
    public static func train(
        examples: [SparseVector], labels: [Int], inputs: Int, outputs: Int, options: TrainingOptions,
        progress: (Int, Double) -> Void = { _, _ in }
    ) -> MLP {
        precondition(examples.count == labels.count)
        var rng = SplitMix64(seed: options.seed)
        var net = MLP(inputs: inputs, hidden: options.hidden, outputs: outputs, rng: &rng)
        var adam = AdamState(net)
        var gradients = Gradients(net)
        var order = Array(examples.indices)
        let weights = options.classWeights ?? [Float](repeating: 1, count: outputs)
        for epoch in 0..<options.epochs {
            rng.shuffle(&order)
            var loss = 0.0
            var start = 0
            while start < order.count {
                let batch = order[start..<min(order.count, start + options.batchSize)]
                for i in batch {
                    loss += gradients.accumulate(
                        net, examples[i], label: labels[i], weight: weights[labels[i]] / Float(batch.count),
                        dropout: options.dropout, rng: &rng)
                }
                adam.step(&net, &gradients, learningRate: options.learningRate, l2: options.l2)
                start += options.batchSize
            }
            progress(epoch + 1, loss / Double(max(1, order.count)))
        }
        return net
    }
}

/// Gradients of one batch. First-layer rows are summed in place and remembered in
/// `touched`, so that clearing and updating them costs the batch's size, not the
/// vocabulary's.
struct Gradients {
    var w1: [Float]
    var b1: [Float]
    var w2: [Float]
    var b2: [Float]
    var touched: [Int32] = []
    var isTouched: [Bool]

    init(_ net: MLP) {
        w1 = .init(repeating: 0, count: net.w1.count)
        b1 = .init(repeating: 0, count: net.hidden)
        w2 = .init(repeating: 0, count: net.w2.count)
        b2 = .init(repeating: 0, count: net.outputs)
        isTouched = .init(repeating: false, count: net.inputs)
    }

    /// Adds one example's gradient (scaled by `weight`) and returns its loss.
    mutating func accumulate(
        _ net: MLP, _ x: SparseVector, label: Int, weight: Float, dropout: Float, rng: inout SplitMix64
    ) -> Double {
        var h = net.hiddenLayer(x)
        let keep = 1 - dropout
        if dropout > 0 {
            for j in h.indices { h[j] = rng.nextUnit() < keep ? h[j] / keep : 0 }
        }
        let p = MLP.softmax(net.logits(hiddenLayer: h))
        var dz = p
        dz[label] -= 1
        for o in dz.indices { dz[o] *= weight }
        var dh = [Float](repeating: 0, count: net.hidden)
        for j in 0..<net.hidden where h[j] > 0 {
            let row = j * net.outputs
            var s: Float = 0
            for o in 0..<net.outputs {
                w2[row + o] += h[j] * dz[o]
                s += net.w2[row + o] * dz[o]
            }
            dh[j] = s / keep
        }
        for o in 0..<net.outputs { b2[o] += dz[o] }
        for j in 0..<net.hidden { b1[j] += dh[j] }
        let hidden = net.hidden
        w1.withUnsafeMutableBufferPointer { g in
            for (k, index) in x.indices.enumerated() {
                let i = Int(index)
                if !isTouched[i] {
                    isTouched[i] = true
                    touched.append(index)
                }
                let v = x.values[k]
                let row = i * hidden
                for j in 0..<hidden where dh[j] != 0 { g[row + j] += v * dh[j] }
            }
        }
        return -Double(log(max(p[label], 1e-7)))
    }
}

struct AdamState {
    var m1: [Float], v1: [Float], m2: [Float], v2: [Float]
    var mb1: [Float], vb1: [Float], mb2: [Float], vb2: [Float]
    var t = 0

    init(_ net: MLP) {
        m1 = .init(repeating: 0, count: net.w1.count)
        v1 = m1
        m2 = .init(repeating: 0, count: net.w2.count)
        v2 = m2
        mb1 = .init(repeating: 0, count: net.hidden)
        vb1 = mb1
        mb2 = .init(repeating: 0, count: net.outputs)
        vb2 = mb2
    }

    mutating func step(_ net: inout MLP, _ g: inout Gradients, learningRate: Float, l2: Float) {
        t += 1
        let rate = learningRate * (1 - pow(Self.beta2, Float(t))).squareRoot() / (1 - pow(Self.beta1, Float(t)))
        let hidden = net.hidden
        for index in g.touched {
            let row = Int(index) * hidden
            for j in row..<(row + hidden) {
                Self.update(&net.w1[j], &m1[j], &v1[j], g.w1[j] + l2 * net.w1[j], rate)
                g.w1[j] = 0
            }
            g.isTouched[Int(index)] = false
        }
        g.touched.removeAll(keepingCapacity: true)
        for j in net.w2.indices {
            Self.update(&net.w2[j], &m2[j], &v2[j], g.w2[j] + l2 * net.w2[j], rate)
            g.w2[j] = 0
        }
        for j in net.b1.indices {
            Self.update(&net.b1[j], &mb1[j], &vb1[j], g.b1[j], rate)
            g.b1[j] = 0
        }
        for j in net.b2.indices {
            Self.update(&net.b2[j], &mb2[j], &vb2[j], g.b2[j], rate)
            g.b2[j] = 0
        }
    }

    static let beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8

    // Static: a method call on `self` while one of its arrays is passed inout would copy
    // the whole array on every call.
    @inline(__always)
    static func update(_ w: inout Float, _ m: inout Float, _ v: inout Float, _ g: Float, _ rate: Float) {
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        w -= rate * m / (v.squareRoot() + epsilon)
    }
}
