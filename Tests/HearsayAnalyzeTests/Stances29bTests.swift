import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances turned the wrong way round (twenty-third session, second stances helper). All
/// sentences invented for these tests.
@Suite struct Stances29bTests: ClaimSuite {
    /// "X rejected that account" right after a party's denial rejects the denial: the one
    /// rejecting upholds the claim. After the claim itself, it still denies it.
    @Test func rejectingTheDenialJustToldUpholdsTheClaim() throws {
        let afterDenial = try brewery((
            "Brewery answers",
            "Kettleby Brewery said no sale of the brewhouse had been agreed. Tomas Ferrant, the head brewer, rejected that account on Tuesday."
        ))
        let ferrant = afterDenial.actorStances.filter { $0.actor.contains("Ferrant") }
        #expect(ferrant.contains { $0.stance == .supports }, "\(afterDenial.actorStances)")
        #expect(!ferrant.contains { $0.stance == .denies }, "\(afterDenial.actorStances)")
        let afterClaim = try brewery((
            "Brewery answers",
            "The Wold Gazette said the brewhouse was being sold to Marsh Ales. Tomas Ferrant, the head brewer, rejected that account on Tuesday."
        ))
        #expect(afterClaim.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(afterClaim.actorStances)")
    }
}
