import HearsayModel
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

    @Test func notBeingToldIsNoDenial() {
        #expect(ClaimEvidence.saysItWasNotTold(tokens("it has not been told of any plan to leave")))
        #expect(ClaimEvidence.saysItWasNotTold(tokens("the port had received no notice of a move")))
        #expect(!ClaimEvidence.saysItWasNotTold(tokens("it has never been approached by the diocese")))
        #expect(!ClaimEvidence.saysItWasNotTold(tokens("it has no plan to leave the airport")))
    }

    @Test func aPlaceNotToldOfAMoveDeniesNothing() throws {
        let claim = ClaimWords.content("Quickhaul is preparing to move its night parcel hub from Marlow Airport to Tessport")
        let said = { (s: String) -> Stance? in
            let t = tokens(s)
            guard let i = t.firstIndex(where: { $0.lower == "says" }) else { return nil }
            return ClaimEvidence.saysTheClaim(t, i, claimWords: claim, claimNegated: false)
        }
        #expect(said("Marlow Airport says it has not been told of any plan by Quickhaul to move its hub.") == nil)
        #expect(said("Quickhaul says it has no plan to move its hub from Marlow Airport.") == .denies)
    }
}
