import Foundation
import HearsayText
import Testing

@testable import HearsayAnalyze

@Suite struct NearDuplicateTests {
    let base = """
        The harbour authority said on Tuesday that the northern pier would close for repairs after \
        inspectors found cracks in three of its concrete supports, and that ferries would dock at the \
        southern terminal until the work is finished late next spring, at a cost the council put at \
        four million pounds.
        """

    @Test func shortTextsGiveOneShingle() {
        #expect(WordShingles.hashes("just three words", size: 5).count == 1)
        #expect(WordShingles.hashes("", size: 5).isEmpty)
        #expect(WordShingles.hashes("one two three four five six", size: 5).count == 2)
    }

    @Test func signatureAgreementEstimatesJaccard() {
        // Shingle sets with known overlap: 0..<1000 and 250..<1250 share 750 of 1250.
        let a = (0..<1000).map { StableHash.mix(UInt64($0)) }
        let b = (250..<1250).map { StableHash.mix(UInt64($0)) }
        let hasher = MinHasher(permutations: 256)
        let estimate = MinHasher.similarity(hasher.signature(of: a), hasher.signature(of: b))
        #expect(abs(estimate - 0.6) < 0.1)
        #expect(MinHasher.similarity(hasher.signature(of: a), hasher.signature(of: a)) == 1)
    }

    @Test func bandingMatchesTheUsualOptimum() {
        let p = LSHParameters.optimal(threshold: 0.8, permutations: 128)
        #expect(p.bands == 9 && p.rows == 13)
        #expect(p.candidateProbability(0.95) > 0.99)
        #expect(p.candidateProbability(0.3) < 0.001)
    }

    @Test func indexFindsTheEditedCopyAndNotAnUnrelatedText() {
        var index = NearDuplicateIndex<String>(threshold: 0.7)
        index.insert("original", text: base)
        index.insert("other", text: """
            A new bakery opened in the old station building, selling bread from a wood-fired oven \
            that the owners rebuilt by hand over two winters, and the queue on its first morning \
            reached the end of the platform before the doors had even opened.
            """)
        let copy = base.replacingOccurrences(of: "ferries would dock", with: "ferries will dock")
        let matches = index.matches(for: copy)
        #expect(matches.map(\.key) == ["original"])
        #expect(matches[0].similarity > 0.6)
        #expect(index.candidates(for: index.signature(of: copy)).contains("other") == false)
    }
}
