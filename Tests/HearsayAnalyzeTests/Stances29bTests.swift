import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances turned the wrong way round (twenty-ninth session, second helper). All
/// sentences invented for these tests.
@Suite struct Stances29bTests: ClaimSuite {
    /// A brewery said to be selling to a rival, then one more article.
    func brewery(_ outcome: (String, String)) throws -> Claim {
        try core(analyse([
            (
                "Kettleby Brewery to be sold to Marsh Ales, paper says",
                "Kettleby Brewery is selling its Dunmere brewhouse to Marsh Ales in a sale worth £4 million, the Wold Gazette reported on Monday, citing two people close to the talks."
            ),
            (
                "Kettleby Brewery said to be selling to Marsh Ales",
                "Kettleby Brewery is selling its Dunmere brewhouse to Marsh Ales, according to the Wold Gazette. Head brewer Tomas Ferrant did not answer calls."
            ),
            outcome,
        ]))
    }

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
