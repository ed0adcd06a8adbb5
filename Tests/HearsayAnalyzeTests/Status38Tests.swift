import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A body's communications chief named by the body's possessive ("the aquarium's head of
/// communications") speaks for it, as "spokesman for the aquarium" does. Own sentences.
@Suite struct Status38Tests: ClaimSuite {
    @Test func aPossessiveRoleNamesTheBodyItSpeaksFor() {
        let text = "Bertil Anand spoke for Greywater Aquarium. Bertil Anand again."
        let article = Article(id: "a", source: "a.txt", title: "Greywater Aquarium", body: text)
        var draft = StoryDraft(id: "s", articles: [article, article])
        for role in ["aquarium's head of communications", "aquarium\u{2019}s press officer"] {
            draft.story.people = [Person(name: "Bertil Anand", roles: [role])]
            draft.story.organisations = [Organisation(name: "Greywater Aquarium")]
            let parties = Parties(draft.story, articles: draft.articles, documents: draft.documents)
            let voices = ClaimStage.spokespeople(parties, draft).map { (parties.entities[$0.key].name, parties.entities[$0.value].name) }
            #expect(voices.first?.1 == "Greywater Aquarium", "\(role): \(voices)")
        }
    }
}

/// A body confirming that it was not told of something ("confirmed that it has not received
/// any notification") confirms nothing of the claim. Own sentences.
@Suite struct NotTold38Tests: ClaimSuite {
    @Test func notReceivingNewsIsNotBeingTold() {
        #expect(ClaimEvidence.saysItWasNotTold(tokens("it has not received any notification from the maker")))
        #expect(ClaimEvidence.saysItWasNotTold(tokens("the office had not had any word of a recall")))
        #expect(!ClaimEvidence.saysItWasNotTold(tokens("it has not received the rings back")))
    }

    @Test func confirmingItWasNotToldIsNoConfirmation() throws {
        let claim = try core(analyse([
            ("Brightmoor set to recall its Lumo kettle, forum post claims",
             "Brightmoor Appliances is preparing to recall its Lumo kettle, according to a post on a retail forum."),
            ("Brightmoor denies kettle recall",
             "Brightmoor Appliances has denied that it is recalling the Lumo kettle. \u{201C}There is no recall,\u{201D} the company said. The Consumer Safety Office has also confirmed that it has not received any notification from Brightmoor Appliances about the Lumo."),
            ("No Lumo kettle recall, maker says",
             "Brightmoor Appliances said the Lumo kettle was not being recalled and called the forum post false."),
        ]))
        #expect(!claim.actorStances.contains { $0.actor.contains("Safety Office") && $0.stance == .supports }, "\(claim.actorStances.map { ($0.actor, $0.stance) })")
        #expect(claim.status == .denied, "\(claim.status)")
    }
}
