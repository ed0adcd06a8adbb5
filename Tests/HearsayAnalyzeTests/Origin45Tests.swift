import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// The origin by the fullest form the articles cite it by ("Daily Beacon" where the vote
/// went to "Beacon"), unless two fuller forms differ. All names invented for these tests.
@Suite struct Origin45Tests: ClaimSuite {
    @Test func twoFullerFormsLeaveTheShortOne() {
        var draft = StoryDraft(id: "s", articles: [Article(id: "a1", source: "a.txt", title: "T", body: "B", published: "2026-03-01")])
        draft.story.citations = [
            Citation(source: "Post", articles: ["a1"]), Citation(source: "Evening Post", articles: ["a1"]),
            Citation(source: "Morning Post", articles: ["a1"]),
        ]
        #expect(ClaimEvidence.fullestForm("Post", draft) == "Post")
        draft.story.citations.removeLast()
        draft.story.citations.append(Citation(source: "Wold Evening Post", articles: ["a1"]))
        #expect(ClaimEvidence.fullestForm("Post", draft) == "Wold Evening Post")
        #expect(ClaimEvidence.fullestForm("Evening Post", draft) == "Wold Evening Post")
        // An unnamed source is no outlet's longer form.
        draft.story.citations = [Citation(source: "Lamp", articles: ["a1"]), Citation(source: "a reader of the Lamp", articles: ["a1"], kind: .unnamed)]
        #expect(ClaimEvidence.fullestForm("Lamp", draft) == "Lamp")
    }
}
