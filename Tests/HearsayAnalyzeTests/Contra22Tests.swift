import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases from the seventeenth review's second round: a percentage change named by the
/// noun it changes ("a 9 percent rent increase", "a rent rise of 7 percent"), and a past
/// period's change given as background. Own sentences, invented names.
@Suite struct Contra22ChangeTests {
    func contradictions(_ bodies: [String]) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: [])
    }

    func percentages(_ bodies: [String]) -> [Contradiction] { contradictions(bodies).filter { $0.attribute == "percentage" } }

    @Test func aChangeNounAfterTheFigureIsTheChangeOfTheNounBeforeIt() {
        // "A 9 percent rent increase" and "a rent rise of 7 percent": one change of rents.
        let found = percentages([
            "Corvel Homes wants a rent rise of 7 percent for its tenants next spring.",
            "Corvel Homes is planning a 9 percent rent increase for tenants next spring.",
        ])
        #expect(found.map { Set($0.values.map(\.value)) } == [["7 percent", "9 percent"]])
        // The subject names what changes, not the verb.
        #expect(found.first?.subject.lowercased().contains("rent") == true)
        // Another writer: a tuition hike against a tuition rise.
        let fees = percentages([
            "The university will ask for a 4% tuition hike from autumn, the students' union said.",
            "The students' union said the university plans a tuition rise of 6% from autumn.",
        ])
        #expect(fees.count == 1)
        #expect(fees.first?.subject.lowercased().contains("tuition") == true)
    }

    @Test func aPastPeriodsChangeIsBackgroundNotTheSameChange() {
        // Last year's rise is no other figure for the one planned.
        #expect(percentages([
            "Water bills at Brammer Water will rise by 8 percent from April, the regulator said.",
            "Water bills rose by 3 percent last year, the regulator said, and Brammer Water now wants more.",
        ]).isEmpty)
        // Two outlets' figures for last year's rise still clash.
        #expect(percentages([
            "Water bills at Brammer Water rose by 3 percent last year, the regulator said.",
            "The regulator said water bills at Brammer Water rose by 5 percent last year.",
        ]).count == 1)
    }
}
