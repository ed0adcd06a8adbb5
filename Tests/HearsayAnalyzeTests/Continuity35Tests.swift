import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, twenty-ninth session: to a claim that something moves, closes or is
/// sold, a party saying it stays as it is denies it. All sentences invented for these tests.
@Suite struct Continuity35Tests: ClaimSuite {
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
}
