import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Roles, forty-second session (helper cit42): callings unseen writers set before a name as a
/// false title. Every sentence is written for these tests.
@Suite struct RolesCit42Tests {
    private func roles(_ body: String) -> [String: [String]] {
        var draft = StoryDraft(id: "s", articles: [Article(id: "art00000000", source: "t.txt", title: "", body: body)])
        QuoteStage().run(&draft)
        return Dictionary(draft.story.people.map { ($0.name, $0.roles) }, uniquingKeysWith: { $0 + $1 })
    }

    @Test func aCallingBeforeANameIsItsRole() {
        #expect(roles("Mountain guide Tove Lindahl, 41, said the path had been closed for a week.")["Tove Lindahl"]?.contains { $0.contains("guide") } == true)
        #expect(roles("Driving instructor Amos Pell said the rule had never existed.")["Amos Pell"]?.contains { $0.contains("instructor") } == true)
        #expect(roles("Birdwatching enthusiast Hana Vesely said the owl had nested there.")["Hana Vesely"]?.contains { $0.contains("enthusiast") } == true)
        #expect(roles("Opera lovers cheered as the soprano Lidia Maren took a bow.")["Lidia Maren"]?.contains { $0.contains("soprano") } == true)
    }
}
