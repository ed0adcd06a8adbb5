import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, twenty-second session: how a debunking headline's proposition is worded. All
/// sentences invented for these tests.
@Suite struct ClaimWording28Tests: ClaimSuite {
    /// "X is fake" debunks a thing, not a statement: taking off the verdict leaves a noun
    /// phrase, whose "-ing" word is a noun ("painting", "building"), no finite verb; it
    /// words no claim. A subject that keeps a finite verb ("... was signed by the mayor")
    /// is a statement.
    @Test func aDebunkedNounPhraseIsNoClaim() {
        #expect(ClaimCandidates.debunked(tokens("Viral 'survey' on Harwick harbour building is fake")) == nil)
        let statement = ClaimCandidates.debunked(tokens("Reports that the harbour deal was signed by the mayor are false"))
        #expect(statement.map { $0.filter(\.isWordOrNumber).map(\.lower) } == ["the", "harbour", "deal", "was", "signed", "by", "the", "mayor"])
        #expect(ClaimCandidates.isFiniteVerb(tokens("was")[0]))
        #expect(ClaimCandidates.isFiniteVerb(tokens("closes")[0]))
        #expect(!ClaimCandidates.isFiniteVerb(tokens("building")[0]))
    }
}
