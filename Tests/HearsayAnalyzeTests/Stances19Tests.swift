import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, sixteenth review (scored stories): who confirmed, told in other shapes.
/// All sentences invented for these tests.
@Suite struct Stances19Tests: ClaimSuite {
    /// A rumour of an animal or a disease near a village, then a body's closing word on it.
    func story(_ outcome: (String, String)) -> Story {
        analyse([
            (
                "Villagers report bear in woods near Holtby",
                "Several residents of Holtby told the Valley Echo on Monday that a brown bear had been living in the woods near the village. Farmers said two beehives had been torn open."
            ),
            (
                "Holtby bear sighting unverified",
                "A brown bear may have been living in the woods near Holtby, residents told the Valley Echo. Nobody has photographed the animal."
            ),
            outcome,
        ])
    }

    /// "Tests have confirmed X, the office said": the findings speak through the body that
    /// tells them, which is on record confirming.
    @Test func findingsToldByABodyAreItsConfirmation() throws {
        let c = try core(story((
            "Bear near Holtby confirmed",
            "Laboratory tests have confirmed that a brown bear was living in the woods near Holtby, the county wildlife office said on Thursday. The animal has not been seen since last week."
        )))
        #expect(c.actorStances.contains { $0.actor.contains("wildlife office") && $0.stance == .supports }, "\(c.actorStances)")
    }

    /// An agentless passive ("has been confirmed") closed by a body's saying is the body's.
    @Test func anAgentlessPassiveToldByABodyIsItsConfirmation() throws {
        let c = try core(story((
            "Holtby bear is real",
            "HOLTBY, May 4 (Nordwire) - A brown bear has been confirmed in the woods near Holtby, the regional forestry service said on Thursday, a week after residents first reported it."
        )))
        #expect(c.actorStances.contains { $0.actor.contains("forestry service") && $0.stance == .supports }, "\(c.actorStances)")
    }

    /// Not confirmed, or confirmed by someone named after "by": the closing speaker takes no
    /// confirmation; a bare "the office" names no body.
    @Test func noConfirmationWithoutAnAgentlessFinding() throws {
        let negated = try core(story((
            "Holtby bear still unconfirmed",
            "Tests have not confirmed that a brown bear was living in the woods near Holtby, the county wildlife office said on Thursday."
        )))
        #expect(!negated.actorStances.contains { $0.actor.contains("wildlife office") && $0.stance == .supports }, "\(negated.actorStances)")
        let bare = try core(story((
            "Bear near Holtby confirmed",
            "Laboratory tests have confirmed that a brown bear was living in the woods near Holtby, the office said on Thursday."
        )))
        #expect(!bare.actorStances.contains { $0.actor.lowercased() == "office" }, "\(bare.actorStances)")
    }

    /// "The agency said samples showed X": findings the body tells as its own show the claim,
    /// so the body confirms it; findings that showed no trace of it deny it.
    @Test func findingsABodyTellsAreItsStance() throws {
        func lake(_ outcome: String) throws -> Claim {
            try core(analyse([
                (
                    "Anglers report toxic algae in Lake Orrin",
                    "Toxic algae have spread across Lake Orrin near the marina, several anglers told the Orrin Gazette on Sunday. Dogs were kept away from the shore."
                ),
                (
                    "Algae fears at Lake Orrin",
                    "Toxic algae may have spread across Lake Orrin, anglers told the Orrin Gazette. The marina stayed open."
                ),
                ("Lake Orrin algae: the agency's findings", outcome),
            ]))
        }
        let shown = try lake("In a notice to anglers posted on Tuesday, the regional environment agency said water samples taken last week showed toxic algae in Lake Orrin near the marina.")
        #expect(shown.actorStances.contains { $0.actor.contains("agency") && $0.stance == .supports }, "\(shown.actorStances)")
        let none = try lake("The regional environment agency said water samples taken last week found no toxic algae in Lake Orrin.")
        #expect(!none.actorStances.contains { $0.actor.contains("agency") && $0.stance == .supports }, "\(none.actorStances)")
        #expect(none.actorStances.contains { $0.actor.contains("agency") && $0.stance == .denies }, "\(none.actorStances)")
    }

    /// "X confirmed the sale": the event named by its kind, confirmed by the claim's party; a
    /// date or a figure of the sale is not the sale.
    @Test func aPartyConfirmingTheEventByItsKindConfirms() throws {
        func sale(_ outcome: String) throws -> Claim {
            try core(analyse([
                (
                    "Brightwell Foods to sell dairy arm to Ostra Group, paper says",
                    "Brightwell Foods has agreed to sell its dairy arm to Ostra Group for about 400 million euros, the Harbour Ledger reported on Monday, citing two people familiar with the talks."
                ),
                (
                    "Brightwell said to near dairy sale",
                    "Brightwell Foods is close to selling its dairy arm to Ostra Group, the Harbour Ledger reported. Ostra Group declined to comment."
                ),
                ("Brightwell dairy arm changes hands", outcome),
            ]))
        }
        let confirmed = try sale("Brightwell Foods confirmed the sale on Thursday in a notice to the stock exchange. Shares rose 3 percent.")
        #expect(confirmed.actorStances.contains { $0.actor.contains("Brightwell") && $0.stance == .supports }, "\(confirmed.actorStances)")
        let other = try sale("Brightwell Foods confirmed the sale price would be set next year. Shares rose 3 percent.")
        #expect(!other.actorStances.contains { $0.actor.contains("Brightwell") && $0.stance == .supports }, "\(other.actorStances)")
    }
}
