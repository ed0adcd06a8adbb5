import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-second session: sums told as rates, and an outlet's one sum beside sums of
/// another order. Own sentences, invented names.
@Suite struct Contradictions49Tests {
    func sums(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "money" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aRateIsNoClockTime() {
        let got = sums([
            "The aquarium plans to charge visitors €14 a day from the spring.",
            "The aquarium is said to be about to charge visitors €9 a day.",
        ])
        #expect(got.contains { $0.contains("€14") && $0.contains("€9") }, "\(got)")
    }

    func tokens(_ s: String) -> (words: [WordToken], text: [Unicode.Scalar]) {
        let text = Array(s.unicodeScalars)
        return (WordTokens.tokens(text, in: 0..<text.count), text)
    }

    @Test func theClockStillReadsAm() {
        let (words, _) = tokens("The ferry left at 7 a.m. on Tuesday.")
        let i = words.firstIndex { $0.text == "7" }!
        #expect(QuantityMentions.isTimeScoreOrRank(words, i))
    }

    @Test func ratesAreToldApart() {
        let (words, text) = tokens("Growers pay €3,000 a hectare, an average of £9,000. The scheme costs £4m a year.")
        let found = QuantityMentions.find(in: words, text: text, skipping: [])
        let rates: [QuantityMentions.Rate?] = found.map(\.rate)
        #expect(rates == [.unit, .unit, .period], "\(found.map(\.text))")
    }

    @Test func aSubscriptionBesideTheSumLeavesItTheOutletsOne() {
        let got = sums([
            "Brightwater sold the marina for £42 million, the filing shows. Subscribe from £4.99 a month.",
            "The marina changed hands in a £36 million transaction.",
        ])
        #expect(got.contains { $0.contains("£42 million") && $0.contains("£36 million") }, "\(got)")
    }

    @Test func aUnitPriceBesideTheSumLeavesItTheOutletsOne() {
        let got = sums([
            "The growers put their insured losses at €18 million. Heaters cost €2,500 a hectare to run.",
            "Frost losses in the valley reached €26 million.",
        ])
        #expect(got.contains { $0.contains("€18 million") && $0.contains("€26 million") }, "\(got)")
    }

    @Test func aSumTenTimesAnotherLeavesItTheOutletsOne() {
        let got = sums([
            "Brightwater sold the marina for £42 million, the filing shows. Its berths rent for £3,000.",
            "The marina changed hands in a £36 million transaction.",
        ])
        #expect(got.contains { $0.contains("£42 million") && $0.contains("£36 million") }, "\(got)")
    }

    func subjects(_ bodies: [String]) -> [String] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        let documents = articles.map { TextDocument($0.body) }
        var found = ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: documents), people: [])
        TopicNames.label(&found, articles: articles, documents: documents, people: [], outlets: [])
        return found.filter { TopicNames.quantityAttributes.contains($0.attribute) }.map(\.subject)
    }

    @Test func aShortMonthIsNoName() {
        let got = subjects([
            "A single fare will be £4 from May, officials said.",
            "A single fare will be £5 from May, the operator said.",
            "The timetable changes in May, the operator said.",
        ])
        #expect(!got.isEmpty && got.allSatisfy { !$0.contains("May") }, "\(got)")
    }
}
