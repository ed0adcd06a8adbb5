import Foundation
import Testing
@testable import HearsayCluster

@Suite struct SnapshotEncodingTests {
    /// A state with closed stories (free slots), forgotten terms and full postings lists.
    static func busyState() -> OnlineClusterer {
        var configuration = ClusterConfiguration()
        configuration.horizonArticles = 200
        configuration.postingsLimit = 4
        configuration.vocabularyLimit = 3_000
        var c = OnlineClusterer(configuration: configuration)
        for i in 0..<700 {
            let words = (0..<12).map { "w\((i * 31 + $0 * 7) % 900)x\($0)" }.joined(separator: " ")
            _ = c.assign(id: "n\(i)", title: "Report \(i % 40)", body: words, published: i % 2 == 0 ? "2024-01-\(10 + i / 50)" : nil)
        }
        return c
    }

    @Test func theBinaryFormKeepsEverything() throws {
        let state = Self.busyState().snapshot()
        #expect(!state.freeSlots.isEmpty && state.postingSlots.contains { $0.count == 4 } && state.newestDay != nil)
        #expect(try ClusterSnapshot(encoded: state.encoded()) == state)
        #expect(state.encoded() == state.encoded())
    }

    /// Stopping anywhere, saving in the binary form and going on gives what one run gives.
    @Test func resumingFromTheBinaryFormAnywhereGivesOneRun() throws {
        let stream = Fixtures.all
        var one = OnlineClusterer()
        let whole = stream.map { one.assign(id: $0.id, title: $0.title, body: $0.body, published: $0.published) }
        for cut in 0...stream.count {
            var first = OnlineClusterer()
            var ids = stream.prefix(cut).map { first.assign(id: $0.id, title: $0.title, body: $0.body, published: $0.published) }
            var resumed = try OnlineClusterer(snapshot: ClusterSnapshot(encoded: first.snapshot().encoded()))
            ids += stream.dropFirst(cut).map { resumed.assign(id: $0.id, title: $0.title, body: $0.body, published: $0.published) }
            #expect(ids == whole, "cut after \(cut)")
        }
    }

    @Test func damagedOrForeignBytesAreUnreadable() {
        let bytes = Self.busyState().snapshot().encoded()
        for length in [0, 3, 4, 12, 100, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ClusterSnapshot.Unreadable.self) { try ClusterSnapshot(encoded: bytes.prefix(length)) }
        }
        #expect(throws: ClusterSnapshot.Unreadable.self) { try ClusterSnapshot(encoded: bytes + [0]) }
        #expect(throws: ClusterSnapshot.Unreadable.self) { try ClusterSnapshot(encoded: Data("{\"version\":1}".utf8)) }
        var foreignTerms = bytes
        let settings = Int(foreignTerms.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 12, as: Int64.self) })
        foreignTerms[20 + settings] ^= 1
        #expect(throws: ClusterSnapshot.Unreadable.self) { try ClusterSnapshot(encoded: foreignTerms) }
        var otherVersion = Self.busyState().snapshot()
        otherVersion.version += 1
        #expect(throws: ClusterSnapshot.Unreadable.self) { try ClusterSnapshot(encoded: otherVersion.encoded()) }
    }

    /// The fingerprint follows what the extractor reads, so a state from other term rules is
    /// rebuilt even when nobody raised the version.
    @Test func theTermFingerprintFollowsTheRules() {
        var c = ClusterConfiguration()
        let base = TermExtractor(configuration: c).fingerprint
        #expect(TermExtractor(configuration: c).fingerprint == base)
        c.entityBoost += 1
        #expect(TermExtractor(configuration: c).fingerprint != base)
        c = ClusterConfiguration()
        c.leadWords = 5
        #expect(TermExtractor(configuration: c).fingerprint != base)
    }
}
