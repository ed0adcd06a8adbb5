import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-second session: a refusal to talk about rumours is no verdict on them. Own
/// sentences.
@Suite struct Stances32Tests {
    func stance(_ s: String) -> Stance? {
        ClaimEvidence.quotedStance(ClaimWords.tokens(s))
    }

    @Test func notTalkingAboutRumoursDeniesNothing() {
        #expect(stance("I don't talk about other clubs' players, and I don't talk about rumours.") == nil)
        #expect(stance("We will not discuss speculation about our players.") == nil)
        // A verdict after the refusal still counts.
        #expect(stance("I don't talk about rumours, but this one is nonsense.") == .denies)
        #expect(stance("These rumours are false.") == .denies)
    }
}
