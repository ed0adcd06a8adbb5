import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Thirty-sixth-session rules (party stances and status): a ministry named for two fields, ...
/// Every sentence is written for these tests.
@Suite struct PartyStances44Tests: QuoteSuite, ClaimSuite {
    @Test func aMinistryNamedForTwoFieldsIsOneName() {
        let s = story(
            """
            Anglers reported dead trout along the Brennock on Monday.

            “Samples have been sent for testing,” the Ministry of Fisheries and Rural Affairs said.
            """)
        #expect(speaker(s, "Samples have been sent") == "Ministry of Fisheries and Rural Affairs")
        // A second body or a company after "and" stays apart.
        let two = story(
            """
            Anglers reported dead trout along the Brennock on Monday.

            “Samples have been sent for testing,” said the Ministry of Fisheries and Kestrel Aquaculture.
            """)
        #expect(speaker(two, "Samples have been sent") != "Ministry of Fisheries and Kestrel Aquaculture")
    }

    @Test func aReligiousCommunityIsOneBodyByItsFullName() throws {
        let claim = try core(analyse([
            ("Brothers of St Colm to sell Ardle abbey farm",
             "The Brothers of St Colm are in talks to sell the Ardle abbey farm to a developer, according to a letter seen by the Ardle Herald."),
            ("Brothers reject farm sale report",
             "The Brothers of St Colm have rejected a report that they are in talks to sell the Ardle abbey farm."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Brothers of St Colm" && $0.stance == .denies },
            "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func denyingAnyInvolvementInTheEventDeniesIt() throws {
        let claim = try core(analyse([
            ("Port board to replace Skellow cranes",
             "The Skellow Port Board is preparing a replacement for the quay cranes at Skellow, according to minutes seen by the Coast Echo. The new cranes would be built by Ardent Lift, a small engineering firm."),
            ("Crane maker denies role",
             "Ardent Lift, the firm named in the report, denied any involvement in a replacement scheme."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Ardent Lift" && $0.stance == .denies },
            "\(claim.actorStances.map { ($0.actor, $0.stance) })")
        let words = ClaimWords.tokens("Ardent Lift denied any involvement in a replacement scheme.")
        let verb = try #require(words.firstIndex { $0.lower == "denied" })
        #expect(ClaimEvidence.deniesInvolvement(words, verb, claimWords: [ClaimWords.stem("replacement")]))
        // Something the claim does not name is another matter.
        #expect(!ClaimEvidence.deniesInvolvement(words, verb, claimWords: [ClaimWords.stem("cranes")]))
    }

    @Test func sayingTheThingIsSafeDeniesItWasSmashed() throws {
        let claim = try core(analyse([
            ("Cellist's rare cello smashed by airport handlers, post claims",
             "A rare cello belonging to the cellist Ines Varga was smashed by baggage handlers at Kelby Airport, according to a post shared widely online."),
            ("Cellist's agent says cello is fine",
             "Ines Varga's agent has answered a post about her cello. \u{201C}Ines's cello is safe and in its case at home,\u{201D} said Tomas Reed, her agent at Bow Artists."),
        ]))
        #expect(claim.actorStances.contains { $0.stance == .denies && ($0.actor == "Bow Artists" || $0.actor == "Tomas Reed") },
            "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func confirmingTheEventTookPlaceConfirmsIt() throws {
        let claim = try core(analyse([
            ("Kelby anglers voted to leave national federation",
             "Members of the Kelby Angling Society have voted to leave the national angling federation, according to minutes seen by the Kelby Echo. The society's secretary, Ruth Alder, did not respond to messages."),
            ("Society secretary confirms ballot",
             "Ruth Alder, secretary of the Kelby Angling Society, confirmed for the first time that the vote had taken place."),
        ]))
        #expect(claim.actorStances.contains { $0.stance == .supports && ($0.actor == "Ruth Alder" || $0.actor == "Kelby Angling Society") },
            "\(claim.actorStances.map { ($0.actor, $0.stance) })")
        let words = ClaimWords.tokens("She confirmed that no vote had taken place.")
        let verb = try #require(words.firstIndex { $0.lower == "confirmed" })
        #expect(!ClaimEvidence.confirmsItHappened(words, verb, claimWords: [ClaimWords.stem("voted")]))
    }

    @Test func aBodyConcludingTheClaimConfirmsIt() throws {
        let claim = try core(analyse([
            ("Cookery show's river feast was cooked in a studio kitchen, says former crew member",
             "The riverside feast in the Skellow Kitchen cookery series was really cooked in a studio kitchen, a former crew member has alleged."),
            ("Broadcaster finds river feast cooked in studio",
             "The Harbour Broadcasting Service concluded on Friday that the riverside feast was cooked in a studio kitchen and said viewers should have been told."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Harbour Broadcasting Service" && $0.stance == .supports },
            "\(claim.actorStances.map { ($0.actor, $0.stance) })")
        let negated = ClaimWords.tokens("The service concluded that the feast was not cooked in a studio kitchen.")
        let verb = try #require(negated.firstIndex { $0.lower == "concluded" })
        #expect(!ClaimEvidence.concludesTheClaim(negated, verb, claimWords: Set(["feast", "cooked", "studio", "kitchen"].map(ClaimWords.stem))))
    }
}
