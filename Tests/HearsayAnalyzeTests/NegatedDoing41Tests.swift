import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// "does not own a yacht": a negated verb whose object, after "a" or "an", is the claim's
/// thing denies it, as "not ... any" does. Own sentences.
@Suite struct NegatedDoing41Tests: ClaimSuite {
    let claimWords = ClaimWords.content("The mayor of Dunmere used council funds to buy a villa in Portavel.")

    func stance(_ quote: String) -> Stance? {
        ClaimEvidence.quotedStance(tokens(quote), claimWords: claimWords)
    }

    @Test func aNegatedVerbBeforeTheClaimsThingDeniesIt() {
        #expect(stance("Ada does not own a villa, and not a penny of public money went on one.") == .denies)
        #expect(stance("She has never bought a villa anywhere.") == .denies)
    }

    @Test func aNegationBearingElsewhereIsNoDenial() {
        // A copula, a guess, talking about it, a manner.
        #expect(stance("In the end, a villa you cannot visit isn't much of a villa.") == nil)
        #expect(stance("She would never buy a villa with public money.") == nil)
        #expect(stance("We will not discuss a villa purchase that has not happened in public.") == nil)
        #expect(stance("The council will never sell a villa by auction.") == nil)
    }
}
