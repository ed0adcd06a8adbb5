import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by the second round of the twelfth review of the comparison: sums in a
/// currency named by its country or its code, a value an insurer puts on a thing, harm
/// told as burns, a second happening dated beside the first, and dates without a year
/// in stories without a publication date. Own sentences, invented names.
@Suite struct CompareTwelfthReviewSecondRoundTests {
    func contradictions(_ bodies: [String], published: [String?]? = nil) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body, published: published?[i])
        }
        return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: [])
    }

    func values(_ found: [Contradiction], _ attribute: String) -> [Set<String>] {
        found.filter { $0.attribute == attribute }.map { Set($0.values.map(\.value)) }
    }

    @Test func aCurrencyNamedByItsCountryOrItsCodeIsMoney() {
        let found = contradictions([
            "The survey was paid for by a grant of 3.1 million Swiss francs from the canton.",
            "The canton's grant of CHF 1.3 million was announced in May.",
            "A grant of 1.3 million CHF was announced by the canton.",
        ])
        #expect(values(found, "money") == [["3.1 million Swiss francs", "CHF 1.3 million"]])
        // Two countries' dollars are two currencies: nothing to set against each other.
        #expect(contradictions([
            "Ottery signed a contract worth 4 million Canadian dollars for the ferry.",
            "Ottery signed a contract worth 6 million US dollars for the ferry.",
        ]).filter { $0.attribute == "money" }.isEmpty)
    }

    @Test func aSumAThingIsInsuredForIsItsValue() {
        let found = contradictions([
            "The violin was insured for 2.2 million euros when it was stolen from the concert hall.",
            "The violin, worth 2.8 million euros, was stolen from the concert hall.",
        ])
        #expect(values(found, "money") == [["2.2 million euros", "2.8 million euros"]])
    }

    @Test func aWordOfColourBeforeASumIsNotItsThing() {
        // "worth a staggering £6.3 million": the sum is still the harp's worth.
        let found = contradictions([
            "The museum said the harp was insured for £3.6 million last year.",
            "The 300-year-old harp, worth a staggering £6.3 million, was kept in a basement.",
        ])
        #expect(values(found, "money") == [["£3.6 million", "£6.3 million"]])
    }

    @Test func burnsAndInjuriesSufferedAreOneTally() {
        let found = contradictions([
            "In the battery fires, three riders suffered minor burns, the company said.",
            "In the battery fires, four riders were injured, the company said.",
        ])
        #expect(values(found, "number") == [["three riders", "four riders"]])
        let burned = contradictions([
            "In the Tarrow blaze, two workers were badly burned.",
            "In the Tarrow blaze, five workers sustained serious injuries.",
        ])
        #expect(values(burned, "number") == [["two workers", "five workers"]])
    }

    @Test func aSecondHappeningIsDatedApartFromTheFirst() {
        // "A further" fall is another fall, on another day.
        let published = ["2026-03-03", "2026-03-10"]
        #expect(contradictions([
            "Shares in Corvane fell 9 percent on Tuesday after the profit warning.",
            "Shares in Corvane fell a further 3 percent on Thursday after the profit warning.",
        ], published: published).filter { $0.attribute == "date" }.isEmpty)
        // One fall on two days still clashes.
        #expect(values(contradictions([
            "Shares in Corvane fell 9 percent on Tuesday after the profit warning.",
            "Shares in Corvane fell 9 percent on Thursday after the profit warning.",
        ], published: published), "date").count == 1)
    }

    @Test func aDayAndMonthWithoutAPublicationDateIsStated() {
        let found = contradictions([
            "The strike will begin on 12 October at the Harbin depot, the union said.",
            "The strike will begin on 14 October at the Harbin depot, the union said.",
        ])
        #expect(values(found, "date") == [["12 October", "14 October"]])
        #expect(contradictions([
            "The strike will begin on 12 October at the Harbin depot, the union said.",
            "The strike will begin on Monday 12 October at the Harbin depot, the union said.",
        ]).filter { $0.attribute == "date" }.isEmpty)
    }
}
