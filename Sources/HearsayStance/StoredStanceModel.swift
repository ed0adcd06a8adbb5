import Foundation

/// The weights file. Words are stored as their FNV-1a hashes in hex (the classifier never
/// needs their spelling), and weight matrices as 16-bit integers with one scale per
/// matrix, base64-encoded: a quarter of the size of decimal JSON, with rounding errors
/// far below what changes a prediction.
struct StoredStanceModel: Codable {
    static let format = "hearsay-stance/1"

    var format: String
    var provenance: [String: String]
    var vocabulary: [String]
    var idf: [Float]
    var body: StoredNetwork
    var titleVocabulary: [String]
    var title: [StoredNetwork]

    init(_ m: StanceModel) {
        format = StoredStanceModel.format
        provenance = m.provenance
        vocabulary = m.vocabulary.hashes.map(StoredStanceModel.hex)
        idf = m.vocabulary.idf
        body = StoredNetwork(m.body)
        titleVocabulary = m.titleVocabulary.hashes.map(StoredStanceModel.hex)
        title = m.title.map(StoredNetwork.init)
    }

    func model() throws -> StanceModel {
        guard format == StoredStanceModel.format else {
            throw StanceModel.LoadError.unreadable("model", "format \(format), expected \(StoredStanceModel.format)")
        }
        let words = try vocabulary.map(StoredStanceModel.unhex)
        let titleWords = try titleVocabulary.map(StoredStanceModel.unhex)
        let vocab = Vocabulary(hashes: words, idf: idf)
        let titleVocab = Vocabulary(hashes: titleWords, idf: .init(repeating: 1, count: titleWords.count))
        let bodyNet = try body.network()
        let titleNets = try title.map { try $0.network() }
        guard bodyNet.inputs == 2 * vocab.count + StanceFeatures.bodyDenseCount, bodyNet.outputs == StanceModel.bodyLabels.count,
            !titleNets.isEmpty,
            titleNets.allSatisfy({
                $0.inputs == titleVocab.count + StanceFeatures.titleDenseCount && $0.outputs == StanceModel.titleLabels.count
            })
        else { throw StanceModel.LoadError.unreadable("model", "layer sizes do not match the vocabularies") }
        return StanceModel(vocabulary: vocab, body: bodyNet, titleVocabulary: titleVocab, title: titleNets, provenance: provenance)
    }

    static func hex(_ h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    static func unhex(_ s: String) throws -> UInt64 {
        guard let h = UInt64(s, radix: 16) else { throw StanceModel.LoadError.unreadable("model", "bad word hash \(s)") }
        return h
    }

    /// Compact JSON with sorted keys: the same model gives the same bytes.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}

struct StoredNetwork: Codable {
    var inputs: Int, hidden: Int, outputs: Int
    var w1: QuantizedMatrix
    var b1: [Float]
    var w2: QuantizedMatrix
    var b2: [Float]

    init(_ n: MLP) {
        inputs = n.inputs
        hidden = n.hidden
        outputs = n.outputs
        w1 = QuantizedMatrix(n.w1)
        b1 = n.b1
        w2 = QuantizedMatrix(n.w2)
        b2 = n.b2
    }

    func network() throws -> MLP {
        let a = try w1.values(), b = try w2.values()
        guard a.count == inputs * hidden, b.count == hidden * outputs, b1.count == hidden, b2.count == outputs else {
            throw StanceModel.LoadError.unreadable("model", "weight matrix sizes are wrong")
        }
        return MLP(inputs: inputs, hidden: hidden, outputs: outputs, w1: a, b1: b1, w2: b, b2: b2)
    }
}

struct QuantizedMatrix: Codable {
    var scale: Float
    /// Little-endian Int16 values, base64.
    var data: String

    init(_ values: [Float]) {
        let peak = values.reduce(Float(0)) { max($0, abs($1)) }
        scale = peak > 0 ? peak / 32767 : 1
        var bytes = [UInt8]()
        bytes.reserveCapacity(values.count * 2)
        for v in values {
            let q = UInt16(bitPattern: Int16((v / scale).rounded()))
            bytes.append(UInt8(q & 0xFF))
            bytes.append(UInt8(q >> 8))
        }
        data = Data(bytes).base64EncodedString()
    }

    func values() throws -> [Float] {
        guard let bytes = Data(base64Encoded: data) else {
            throw StanceModel.LoadError.unreadable("model", "weights are not base64")
        }
        var out = [Float]()
        out.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let q = Int16(bitPattern: UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8)
            out.append(Float(q) * scale)
            i += 2
        }
        return out
    }
}

extension StanceModel {
    /// The weights file's bytes: what `train-stance` writes and `load` reads.
    public func encoded() throws -> Data { try StoredStanceModel(self).encoded() }

    /// The model as it reads back from its file, so that a trainer scores exactly
    /// what will ship.
    public func roundTripped() throws -> StanceModel {
        try JSONDecoder().decode(StoredStanceModel.self, from: encoded()).model()
    }
}
