import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, thirtieth session. All sentences invented for these tests.
@Suite struct Stances37Tests: ClaimSuite {
    @Test func someoneElsesConfirmationOfWhatWasJustSaidConfirmsNoClaim() {
        #expect(ClaimEvidence.quotedStance(tokens("The photograph has been altered, and an independent expert has confirmed it.")) == nil)
        // The speaker's own confirmation, or a short answer, still confirms.
        #expect(ClaimEvidence.quotedStance(tokens("We met the buyers last week, and we have confirmed it.")) == .supports)
        #expect(ClaimEvidence.quotedStance(tokens("Yes, I can confirm it.")) == .supports)
    }
}
