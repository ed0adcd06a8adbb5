import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, twenty-ninth session: to a claim that something moves, closes or is
/// sold, a party saying it stays as it is denies it. All sentences invented for these tests.
@Suite struct Stances35Tests: ClaimSuite {
    @Test func sayingItStaysDenies() throws {
        let stays = try brewery(("Brewery answers", "\"The Dunmere brewhouse is, and will remain, the home of Kettleby ales,\" said Tomas Ferrant, the head brewer."))
        #expect(stays.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(stays.actorStances)")
        let nowhere = try brewery(("Brewery answers", "\"We are not going anywhere,\" said Tomas Ferrant, the head brewer of Kettleby Brewery."))
        #expect(nowhere.actorStances.contains { $0.stance == .denies }, "\(nowhere.actorStances)")
    }

    @Test func whatLastsIsNotTheClaimsThing() throws {
        // An attitude holds whatever the party decides.
        let priority = try brewery(("Brewery answers", "\"The Dunmere brewhouse remains a priority for us,\" said Tomas Ferrant, the head brewer."))
        #expect(!priority.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(priority.actorStances)")
        // The change itself lasting.
        let closed = try brewery(("Brewery answers", "\"The Dunmere brewhouse will remain closed until the sale is done,\" said Tomas Ferrant, the head brewer."))
        #expect(!closed.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(closed.actorStances)")
    }

    @Test func onlyAClaimOfChangeIsAnsweredSo() {
        let quote = tokens("\"The brewhouse remains open every day,\" he said.")
        #expect(ClaimEvidence.assertsContinuity(quote, claimWords: ["brewhouse", "sell"]))
        #expect(!ClaimEvidence.assertsContinuity(quote, claimWords: ["brewhouse", "explod"]))
    }

    /// "Police in Kettleby said ...": the one police force the story names in full is on record.
    @Test func aBodyByItsKindIsTheOneNamedInFull() {
        let texts = ["The Wold Constabulary Police said nothing.", "Police in Kettleby said no arrest had been made."]
        #expect(Parties.onlyNameEndingIn("police", in: texts.map(ClaimWords.tokens)) == "Wold Constabulary Police")
        // Two forces: which one is meant is not known.
        let two = texts + ["The Dunmere City Police opened an inquiry."]
        #expect(Parties.onlyNameEndingIn("police", in: two.map(ClaimWords.tokens)) == nil)
        // A run cut short is the same body.
        let short = texts + ["Constabulary Police officers attended."]
        #expect(Parties.onlyNameEndingIn("police", in: short.map(ClaimWords.tokens)) == "Wold Constabulary Police")
    }

    /// "Claim: A letter from the council says ...": a fact-check's label names the claim it
    /// checks; the body the hoax is credited to does not confirm it there.
    @Test func aFactChecksClaimLabelTakesNoStance() throws {
        let claim = try core(analyse([
            (
                "Drivers to pay to use Dunmere ring road, letter says",
                "A letter from Dunmere Borough Council says drivers will be charged £4.50 a day to use the ring road from 1 March, according to a post shared on Facebook. The council has been approached for comment."
            ),
            ("Council says ring road charge letter is fake", "Dunmere Borough Council said the letter was fake. \"There is no charge and there will be no charge,\" a spokeswoman said."),
            (
                "Fact check: the Dunmere ring road charge letter is fake",
                "Claim: A letter from Dunmere Borough Council says drivers will be charged £4.50 a day to use the ring road from 1 March.\n\nVerdict: False.\n\nThe council has denied it."
            ),
        ]))
        #expect(!claim.actorStances.contains { $0.stance == .supports }, "\(claim.actorStances)")
    }

    /// "No decision has been taken" is all the party says: the plan is not denied, so the
    /// claim stays reported.
    @Test func nothingDecidedLeavesItReported() throws {
        let claim = try brewery(("Brewery answers", "\"No decision has been taken on the future of the brewhouse,\" said Tomas Ferrant, the head brewer."))
        // The answer is on record (and would have made it "denied")...
        #expect(claim.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(claim.actorStances)")
        // ... but decides nothing.
        #expect(claim.status == .reported, "\(claim.status) \(claim.actorStances)")
        let denied = try brewery(("Brewery answers", "\"There is no sale and there never was,\" said Tomas Ferrant, the head brewer."))
        #expect(denied.status == .denied, "\(denied.status)")
    }
}
