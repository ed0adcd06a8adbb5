import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-third session: a capital "The" inside a sentence opens an outlet's title, even one
/// ending in a word that names a job ("The Kelby Student", "The Engineer"). Own sentences.
@Suite struct Citations33Tests {
    func cited(_ s: String) -> [String] {
        ArticleQuotes(id: "x", document: TextDocument(s)).citations.map(\.name)
    }

    @Test func aTitleOpenedByACapitalTheIsAnOutlet() {
        #expect(cited("The college will drop its exam, the student paper The Kelby Student has reported.").contains { $0.contains("Kelby Student") })
        #expect(cited("The plan was first reported by The Engineer in May.").contains { $0.contains("Engineer") })
        // With a small "the" the job word stays a role, and names no outlet.
        #expect(!cited("The plan was first reported by the engineer in May.").contains { $0.contains("ngineer") })
    }
}
