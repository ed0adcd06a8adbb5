import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, twenty-second session: a question in the article's own voice reports no stance.
/// All sentences invented for these tests.
@Suite struct Claims28Tests: ClaimSuite {
    func story(_ explainer: String) -> Story {
        analyse([
            ("Orchard trust plans to close Fenwick Primary, draft shows",
             "The Orchard Learning Trust plans to close Fenwick Primary next summer, according to a draft plan seen by the Weald Gazette."),
            ("Fenwick Primary closure: what we know",
             "The Orchard Learning Trust plans to close Fenwick Primary next summer, the Weald Gazette reported on Monday.\n\n" + explainer),
        ])
    }

    @Test func aQuestionConfirmsNothing() throws {
        let asked = try core(story("Has the Orchard Learning Trust confirmed the closure of Fenwick Primary?\n\nParents are waiting for a letter."))
        #expect(!asked.actorStances.contains { $0.stance == .supports })
        // The same words as a statement still confirm.
        let told = try core(story("The Orchard Learning Trust confirmed the closure of Fenwick Primary.\n\nParents are waiting for a letter."))
        #expect(told.actorStances.contains { $0.actor.contains("Orchard") && $0.stance == .supports })
    }
}
