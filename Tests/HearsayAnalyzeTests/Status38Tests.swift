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
