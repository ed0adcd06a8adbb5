import HearsayText
import Testing

@testable import HearsayAnalyze

/// Sourcing, fortieth session: a log is a paper an outlet may hold. Sentences invented.
@Suite struct Sourcing40Tests {
    func phrases(_ s: String) -> [String] {
        let doc = TextDocument(s)
        return ClaimEvidence.phrases(ClaimWords.tokens(doc, 0..<doc.scalars.count), doc).map(\.0)
    }

    @Test func aLogSeenByTheOutletIsInItsHands() {
        let found = phrases("The pump failed twice before the flood, according to an internal maintenance log seen by the Wold Gazette.")
        #expect(found.contains("an internal maintenance log seen by the Wold Gazette"), "\(found)")
        #expect(phrases("Dispatch logs obtained by the Wold Gazette show the crew waited an hour.").contains { $0.contains("logs obtained by") })
    }
}
