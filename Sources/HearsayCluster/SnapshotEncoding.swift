import Foundation
import HearsayText

/// The binary form a store keeps: numbers and arrays copied as raw little-endian bytes,
/// strings and the configuration length-prefixed. Several times smaller and faster than
/// JSON or a property list of the same snapshot (BENCHMARKS.md, "Clustering").
extension ClusterSnapshot {
    /// Leads every encoding; read back in the wrong byte order it does not match.
    static let magic: UInt32 = 0x4853_4353

    public struct Unreadable: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "clustering state unreadable: \(reason)" }
    }

    public func encoded() -> Data {
        var w = ByteWriter()
        w.scalar(Self.magic)
        w.int(version)
        // Settings JSON cannot encode (an infinite threshold) read back as another build's: replayed.
        // Sorted keys: the encoder's own key order differs from run to run, and equal states
        // must give equal bytes.
        let settings = JSONEncoder()
        settings.outputFormatting = .sortedKeys
        w.bytes(Array((try? settings.encode(configuration)) ?? Data()))
        w.scalar(TermExtractor(configuration: configuration).fingerprint)
        w.int(articleCount)
        w.int(storiesCreated)
        w.optional(newestDay)
        w.array(termKeys)
        w.array(termCounts)
        w.int(stories.count)
        for s in stories {
            w.scalar(s.slot)
            w.bytes(Array(s.id.utf8))
            w.int(s.size)
            w.vector(s.centroid)
            w.int(s.members.count)
            for m in s.members { w.vector(m) }
            w.int(s.headlines.count)
            for h in s.headlines { w.vector(h) }
            w.array(s.years.years)
            w.array(s.years.weights)
            w.optional(s.firstDay)
            w.optional(s.lastDay)
            w.scalar(s.language)
            w.int(s.lastArticle)
            w.optional(s.lastHeardDay)
            w.array(s.indexed)
        }
        w.array(freeSlots)
        w.array(postingTerms)
        for slots in postingSlots { w.array(slots) }
        return Data(w.out)
    }

    public init(encoded data: Data) throws(Unreadable) {
        var r = ByteReader(Array(data))
        guard try r.scalar(UInt32.self) == Self.magic else { throw Unreadable(reason: "not a clustering state") }
        let version = try r.int()
        guard version == Self.currentVersion else {
            throw Unreadable(reason: "version \(version), this build reads \(Self.currentVersion)")
        }
        let configuration: ClusterConfiguration
        do {
            configuration = try JSONDecoder().decode(ClusterConfiguration.self, from: Data(try r.bytes()))
        } catch let e as Unreadable {
            throw e
        } catch {
            throw Unreadable(reason: "settings of another build")
        }
        guard try r.scalar(UInt64.self) == TermExtractor(configuration: configuration).fingerprint else {
            throw Unreadable(reason: "this build reads terms differently")
        }
        self.version = version
        self.configuration = configuration
        articleCount = try r.int()
        storiesCreated = try r.int()
        newestDay = try r.optional()
        termKeys = try r.array()
        termCounts = try r.array()
        stories = []
        for _ in 0..<(try r.count()) {
            let slot: Int32 = try r.scalar()
            let id = String(decoding: try r.bytes(), as: UTF8.self)
            let size = try r.int()
            let centroid = try r.vector()
            var members: [SparseVector] = []
            for _ in 0..<(try r.count()) { members.append(try r.vector()) }
            var headlines: [SparseVector] = []
            for _ in 0..<(try r.count()) { headlines.append(try r.vector()) }
            var years = SparseYears()
            years.years = try r.array()
            years.weights = try r.array()
            stories.append(StoryRecord(
                slot: slot, id: id, size: size, centroid: centroid, members: members, headlines: headlines, years: years,
                firstDay: try r.optional(), lastDay: try r.optional(), language: try r.scalar(), lastArticle: try r.int(),
                lastHeardDay: try r.optional(), indexed: try r.array()))
        }
        freeSlots = try r.array()
        postingTerms = try r.array()
        postingSlots = []
        postingSlots.reserveCapacity(postingTerms.count)
        for _ in postingTerms { postingSlots.append(try r.array()) }
        guard r.atEnd, termKeys.count == termCounts.count,
              stories.allSatisfy({ $0.years.years.count == $0.years.weights.count })
        else { throw Unreadable(reason: "inconsistent lengths") }
    }
}

extension TermExtractor {
    /// A hash of the terms of a short made-up report that touches most term rules: a state
    /// whose vectors were made by other rules is rebuilt even if nobody raised the version.
    var fingerprint: UInt64 {
        let t = terms(
            title: "Ferry Operator Cuts Winter Sailings to Kelm Island",
            body: """
                Harbour officials in Port Elling said on Tuesday that 14 ferries would stop running in March 2019 . \
                Marta Oyelaran , the board 's chair, told reporters the crossings cost $3.2 million a year.
                See http://www.example.org/news/2019/ferry-cuts for the timetables; islanders' shops rely on the boats.
                """)
        var h = StableHash.fnv1a(t.keys.flatMap { withUnsafeBytes(of: $0) { Array($0) } })
        for c in t.counts { h = StableHash.mix(h ^ UInt64(c.bitPattern)) }
        for (y, w) in zip(t.years.years, t.years.weights) { h = StableHash.mix(h ^ UInt64(UInt16(bitPattern: y)) ^ UInt64(w.bitPattern) << 16) }
        for (k, c) in zip(t.headlineKeys, t.headlineCounts) { h = StableHash.mix(h ^ k ^ UInt64(c.bitPattern) << 1) }
        return h
    }
}

/// Appends fixed-width values as little-endian bytes (the byte order of every platform
/// Swift runs on, so arrays are copied whole).
struct ByteWriter {
    var out: [UInt8] = []

    mutating func scalar<T: BitwiseCopyable>(_ v: T) {
        withUnsafeBytes(of: v) { out.append(contentsOf: $0) }
    }

    mutating func int(_ v: Int) { scalar(Int64(v)) }

    mutating func optional(_ v: Int?) {
        scalar(UInt8(v == nil ? 0 : 1))
        if let v { int(v) }
    }

    mutating func array<T: BitwiseCopyable>(_ xs: [T]) {
        int(xs.count)
        xs.withUnsafeBytes { out.append(contentsOf: $0) }
    }

    mutating func bytes(_ xs: [UInt8]) { array(xs) }

    mutating func vector(_ v: SparseVector) {
        array(v.keys)
        array(v.values)
    }
}

/// Reads what `ByteWriter` wrote; every read checks that the bytes are there.
struct ByteReader {
    let data: [UInt8]
    var at = 0

    init(_ data: [UInt8]) { self.data = data }

    var atEnd: Bool { at == data.count }

    mutating func take(_ n: Int) throws(ClusterSnapshot.Unreadable) -> Int {
        guard n >= 0, n <= data.count - at else { throw ClusterSnapshot.Unreadable(reason: "truncated") }
        defer { at += n }
        return at
    }

    mutating func scalar<T: BitwiseCopyable>(_: T.Type = T.self) throws(ClusterSnapshot.Unreadable) -> T {
        let start = try take(MemoryLayout<T>.size)
        return data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: T.self) }
    }

    mutating func int() throws(ClusterSnapshot.Unreadable) -> Int { Int(try scalar(Int64.self)) }

    /// A length that must fit in what is left.
    mutating func count() throws(ClusterSnapshot.Unreadable) -> Int {
        let n = try int()
        guard n >= 0, n <= data.count - at else { throw ClusterSnapshot.Unreadable(reason: "truncated") }
        return n
    }

    mutating func optional() throws(ClusterSnapshot.Unreadable) -> Int? {
        try scalar(UInt8.self) == 0 ? nil : try int()
    }

    mutating func array<T: BitwiseCopyable>(_: T.Type = T.self) throws(ClusterSnapshot.Unreadable) -> [T] {
        let n = try count()
        let start = try take(n * MemoryLayout<T>.stride)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            data.withUnsafeBytes { src in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: src[start..<start + n * MemoryLayout<T>.stride]))
            }
            initialized = n
        }
    }

    mutating func bytes() throws(ClusterSnapshot.Unreadable) -> [UInt8] { try array() }

    mutating func vector() throws(ClusterSnapshot.Unreadable) -> SparseVector {
        let keys: [UInt64] = try array()
        let values: [Float] = try array()
        guard keys.count == values.count else { throw ClusterSnapshot.Unreadable(reason: "inconsistent lengths") }
        return SparseVector(keys: keys, values: values)
    }
}
