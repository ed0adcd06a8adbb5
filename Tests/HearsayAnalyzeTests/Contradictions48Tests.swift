import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-first session: title pairs outlets print for one person that name two posts.
/// Own sentences, invented names.
@Suite struct Contradictions48Tests {
    func roles(_ bodies: [String], people: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: people).filter { $0.attribute == "role" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aDirectorAgainstAChiefExecutiveDisagrees() {
        let got = roles([
            "The gallery's director, Maren Tollis, said the loan would go ahead.",
            "The gallery's chief executive, Maren Tollis, declined to comment on the loan.",
        ], people: ["Maren Tollis"])
        #expect(got.count == 1, "\(got)")
    }

    @Test func aBareDirectorShortensTheManagingDirector() {
        let got = roles([
            "The firm's managing director, Maren Tollis, said the plant would stay open.",
            "The firm's director, Maren Tollis, declined to comment on the plant.",
        ], people: ["Maren Tollis"])
        #expect(got.isEmpty, "\(got)")
    }

    @Test func aLecturerIsNoProfessor() {
        let got = roles([
            "Professor Ines Corvell, who led the trial, said the effect was small.",
            "Ines Corvell, a senior lecturer in pharmacology, said the effect was small.",
        ], people: ["Ines Corvell"])
        #expect(got.count == 1, "\(got)")
    }

    func subjects(_ bodies: [String], people: [String] = []) -> [String] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        let documents = articles.map { TextDocument($0.body) }
        let persons = people.map { Person(name: $0) }
        var found = ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: documents), people: persons)
        TopicNames.label(&found, articles: articles, documents: documents, people: persons, outlets: [])
        return found.filter { TopicNames.quantityAttributes.contains($0.attribute) }.map(\.subject)
    }

    @Test func aFigureOfNoOneTakesTheNameEveryArticleGives() {
        let got = subjects([
            "The Harlow Gap Ferry will carry fewer cars next year. A single fare will be £4, officials said.",
            "Crossings on the Harlow Gap Ferry are to be cut. A single fare will be £5 from April.",
            "Islanders criticised the plan for the Harlow Gap Ferry on Monday.",
        ])
        #expect(got.count == 1 && got[0].hasSuffix("(Harlow Gap Ferry)"), "\(got)")
    }

    @Test func aPersonIsNoStoryName() {
        let got = subjects([
            "Rosa Quenby runs the ferry. A single fare will be £4, officials said.",
            "Rosa Quenby spoke about the ferry. A single fare will be £5 from April.",
            "Rosa Quenby was not available on Monday.",
        ], people: ["Rosa Quenby"])
        #expect(got.allSatisfy { !$0.contains("Quenby") }, "\(got)")
    }
}
