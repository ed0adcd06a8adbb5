import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, twenty-fifth review: confirmations told as the party's own act.
/// All sentences invented for these tests.
@Suite struct Stances25Tests: ClaimSuite {
    /// A rumoured merger of two named firms, then an outcome article.
    func merger(_ outcome: String) throws -> Claim {
        try core(analyse([
            (
                "Quillon Foods in merger talks with Brask Dairies, paper says",
                "Quillon Foods is in talks to merge with Brask Dairies, the Orlan Herald reported on Monday, citing two people familiar with the talks."
            ),
            (
                "Quillon and Brask said to weigh merger",
                "Quillon Foods is in talks to merge with Brask Dairies, the Orlan Herald reported. Brask Dairies declined to comment."
            ),
            ("Quillon and Brask: what next", outcome),
        ]))
    }

    /// "The two companies announced the merger": announcing the event by its kind is the
    /// parties' confirmation, as "confirmed the merger" is.
    @Test func announcingTheEventConfirmsIt() throws {
        let c = try merger("Quillon Foods and Brask Dairies announced the merger in a joint statement on Thursday. Shares in both rose.")
        #expect(c.actorStances.contains { $0.actor.contains("Quillon") && $0.stance == .supports }, "\(c.actorStances)")
        #expect(c.actorStances.contains { $0.actor.contains("Brask") && $0.stance == .supports }, "\(c.actorStances)")
    }

    /// An announcement still to come, or one denied, confirms nothing.
    @Test func anAnnouncementToComeOrNegatedConfirmsNothing() throws {
        let future = try merger("Quillon Foods and Brask Dairies are expected to announce the merger next week. Shares in both rose.")
        #expect(!future.actorStances.contains { $0.stance == .supports }, "\(future.actorStances)")
        let negated = try merger("Quillon Foods has not announced the merger, and Brask Dairies would not say when it might. Shares in both fell.")
        #expect(!negated.actorStances.contains { $0.stance == .supports }, "\(negated.actorStances)")
    }

    /// A rumoured closure, then a third article whose words are `outcome`.
    func aquarium(_ outcome: String) throws -> Claim {
        try core(analyse([
            (
                "Brackley Zoo to shut its aquarium in June, staff say",
                "Brackley Zoo will close its aquarium in June, three keepers told the Fenwick Post on Monday. The zoo declined to comment."
            ),
            (
                "Aquarium closure feared at Brackley Zoo",
                "Brackley Zoo will close its aquarium in June, keepers told the Fenwick Post. Visitors were surprised."
            ),
            ("Brackley Zoo: latest", outcome),
        ]))
    }

    /// "X has just issued a statement. It says ...": the statement that states the claim is
    /// the issuer's, who confirms it.
    @Test func aStatementTakenUpByItIsItsIssuers() throws {
        let c = try aquarium("Brackley Zoo has just issued a statement. It says the aquarium at Brackley Zoo will close in June after forty years.")
        #expect(c.actorStances.contains { $0.actor.contains("Brackley Zoo") && $0.stance == .supports && $0.article == "art20000000" }, "\(c.actorStances)")
    }

    /// "It" after a sentence that issues no statement names nobody on record.
    @Test func itWithoutAnIssuedStatementNamesNobody() throws {
        let c = try aquarium("A petition was started by regular visitors on Tuesday. It says the aquarium at Brackley Zoo will close in June after forty years.")
        #expect(!c.actorStances.contains { $0.stance == .supports && $0.article == "art20000000" }, "\(c.actorStances)")
    }
}
