import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A party confirming the contrary of the claim: an adjective against its form with a
/// negative prefix ("eligible" against "ineligible"), a loan that "will continue" against one
/// to be sent back. All sentences invented for these tests.
@Suite struct Stances48Tests: ClaimSuite {
    func stances(_ claim: Claim) -> [(String, Stance)] { claim.actorStances.map { ($0.actor, $0.stance) } }

    func eligibility(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Rowan Pike was ineligible for the county final, league papers suggest",
             "Rowan Pike was ineligible to play in the county final, according to league papers seen by the Vale Courier."),
            ("Rowan Pike ineligible for county final, Vale Courier reports",
             "Rowan Pike was ineligible to play in the county final, the Vale Courier reported on Monday."),
            ("League answers Pike report", answer),
        ]))
    }

    @Test func confirmingThePositiveFormDeniesTheNegativeClaim() throws {
        let claim = try eligibility("The Northern Hockey League has confirmed that Rowan Pike was eligible to play in the county final.")
        #expect(claim.actorStances.contains { $0.actor == "Northern Hockey League" && $0.stance == .denies }, "\(stances(claim))")
        #expect(!claim.actorStances.contains { $0.actor == "Northern Hockey League" && $0.stance == .supports }, "\(stances(claim))")
    }

    @Test func negativePrefixPairs() {
        let claim: Set<String> = ["pike", "ineligible", "play", "final"]
        #expect(ClaimEvidence.opposedByNegativePrefix(tokens("Pike was eligible to play"), claimWords: claim))
        // A negation before the word turns it back; both forms together oppose nothing.
        #expect(!ClaimEvidence.opposedByNegativePrefix(tokens("Pike was not eligible to play"), claimWords: claim))
        #expect(!ClaimEvidence.opposedByNegativePrefix(tokens("eligible or ineligible, Pike played"), claimWords: claim))
        // The reverse: the claim holds the plain form.
        #expect(ClaimEvidence.opposedByNegativePrefix(tokens("the crossing is unsafe"), claimWords: ["crossing", "safe"]))
        // "in-" words that are no negations of the plain word.
        #expect(!ClaimEvidence.opposedByNegativePrefix(tokens("the board was impressed"), claimWords: ["press", "board"]))
        #expect(!ClaimEvidence.opposedByNegativePrefix(tokens("crews will stall the work"), claimWords: ["install", "work"]))
    }

    func loan(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Marlow Museum to send its dinosaur skeleton back to Brandt Institute next spring",
             "Marlow Museum will send its dinosaur skeleton back to the Brandt Institute next spring, the Marlow Echo reported, citing a museum trustee."),
            ("Dinosaur skeleton to be sent back to Brandt Institute, Marlow Echo says",
             "The dinosaur skeleton at Marlow Museum will be sent back to the Brandt Institute next spring, according to the Marlow Echo."),
            ("Brandt Institute statement", answer),
        ]))
    }

    @Test func sayingTheLoanWillContinueDeniesTheReturn() throws {
        let claim = try loan(
            "In a statement on Friday, the Brandt Institute said the loan of the dinosaur skeleton to Marlow Museum would continue as agreed until 2031.")
        #expect(claim.actorStances.contains { $0.actor == "Brandt Institute" && $0.stance == .denies }, "\(stances(claim))")
        #expect(!claim.actorStances.contains { $0.actor == "Brandt Institute" && $0.stance == .supports }, "\(stances(claim))")
    }

    @Test func sayingTheClaimedReturnStillConfirmsIt() throws {
        let claim = try loan(
            "In a statement on Friday, the Brandt Institute said the dinosaur skeleton at Marlow Museum would be sent back to its stores next spring.")
        #expect(claim.actorStances.contains { $0.actor == "Brandt Institute" && $0.stance == .supports }, "\(stances(claim))")
    }

    /// A firm named with an ampersand ("Orme & Pratt") is found by its whole name when it
    /// takes a stance the claim's parties do not include.
    @Test func aFirmNamedWithAnAmpersandRejectsTheStory() throws {
        let claim = try core(analyse([
            ("Painter Ada Voss to close her Kell studio, paper says",
             "Painter Ada Voss is closing her studio in Kell, the Weekly Lamp reported. Her work is sold by the gallery Orme & Pratt."),
            ("Ada Voss closing Kell studio, Weekly Lamp reports",
             "Painter Ada Voss is closing her studio in Kell, according to the Weekly Lamp."),
            ("Gallery answers studio report", "Orme & Pratt, the gallery, has also rejected the story."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Orme & Pratt" && $0.stance == .denies }, "\(stances(claim))")
    }

    @Test func anAmpersandJoinsTheSpeakersName() {
        let parties = Parties(Story(id: "s", title: "t", articles: []), articles: [], documents: [])
        #expect(ClaimEvidence.speakerOnRecord(tokens("Orme & Pratt, the gallery, has also"), parties: parties) == "Orme & Pratt")
    }
}
