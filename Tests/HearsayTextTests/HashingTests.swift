import Testing
import HearsayText

@Suite struct HashingTests {
    func words(_ s: String) -> UInt64 { Array(s.utf8).withUnsafeBytes { StableHash.words($0) } }

    @Test func wordHashIsTheSameInEveryRun() {
        // Stored ids depend on it: a change here renames every stored article.
        #expect(StableHash.hex(words("")) == "4e08973f268e06d0")
        #expect(StableHash.hex(words("harbour bridge reopens")) == "19ab64923ec58abc")
    }

    @Test func everyByteAndTheLengthCount() {
        let base = "The council voted on Tuesday to close the old harbour bridge."
        var seen = Set([words(base)])
        for i in base.utf8.indices {
            var changed = Array(base.utf8)
            changed[base.utf8.distance(from: base.utf8.startIndex, to: i)] ^= 1
            #expect(seen.insert(changed.withUnsafeBytes { StableHash.words($0) }).inserted)
        }
        #expect(seen.insert(words(base + "\0")).inserted)
        #expect(seen.insert(words(String(base.dropLast()))).inserted)
    }
}
