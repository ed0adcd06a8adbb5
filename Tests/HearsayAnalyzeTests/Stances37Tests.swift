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

    @Test func aClaimLineInFullChecksTheShorterClaim() {
        let claim = ClaimWords.content("Fire feared at Dunholm archive as photo spreads among historians")
        let line = ClaimWords.content("A photograph shows the Dunholm County Record Office archive on fire, with 12,000 parish registers burnt and the reading room destroyed.")
        #expect(FactCheck.checks(line, claim: claim))
        // A side rumour naming the same place is no check of the claim.
        #expect(!FactCheck.checks(ClaimWords.content("The Dunholm archive director was sacked last year after a row with the county council over reading room hours and staff cuts."), claim: claim))
    }
}
