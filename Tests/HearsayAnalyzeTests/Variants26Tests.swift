import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Twentieth session (last session's held-out stories): one source's statement that outlets
/// turn round or cut at different places, found as one. Own sentences, invented names.
@Suite struct Variants26Tests: CompareSuite {
    @Test func aShortSentenceTurnedRoundIsTheSameStatement() {
        #expect(grouped("No audit has been ordered", "There has been no audit ordered") == true)
        // The same length with a word of its own is not.
        #expect(grouped("No audit has been ordered", "There has been no audit planned") == nil)
    }

    @Test func twoCutsSharingASentenceAreOneStatement() {
        let a = "Please think of my father before you forward something like this. He had thirty calls in an hour."
        let b = "I am safe, I am well, I am a little cross, but I am well. Please think of my father before you forward things like this."
        #expect(grouped(a, b) == true)
        // A shared sentence of other words is not.
        let c = "I am safe, I am well. Please think of the club before you believe rumours about the squad."
        #expect(grouped(a, c) == nil)
    }
}
