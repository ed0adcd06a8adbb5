import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Multi-outlet fixtures written for these tests: each string is one outlet's article.
@Suite struct ContradictionTests {
    func contradictions(_ bodies: [String], published: [String?]? = nil, people: [Person] = []) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body, published: published?[i])
        }
        return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: people)
    }

    func values(_ c: Contradiction?) -> [String] { c?.values.map(\.value) ?? [] }

    @Test func formerAgainstCurrentTitleResolvedToTheFullName() {
        let found = contradictions([
            "The plan was praised by former Governor Ellen Varga, who spoke at the opening.",
            "Governor Varga told the crowd the bridge would open by summer.",
            "Ellen Varga did not answer questions.",
        ])
        #expect(found.count == 1)
        let c = found.first
        #expect(c?.subject == "Ellen Varga")
        #expect(c?.attribute == "role")
        #expect(values(c) == ["former Governor", "Governor"])
        #expect(c?.values.map(\.articles) == [["o0"], ["o1"]])
        // The evidence points at the words that say it.
        let span = c?.values[0].evidence.first?.span
        #expect(span.map { TextDocument("The plan was praised by former Governor Ellen Varga, who spoke at the opening.").string($0.range) }
            == "former Governor Ellen Varga")
    }

    @Test func twoChiefOfficesOfOneCompanyClash() {
        let found = contradictions([
            "Nadia Okafor, the chief financial officer of Brightline Foods, left the meeting early.",
            "Brightline Foods COO Nadia Okafor said the figures were wrong.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject == "Nadia Okafor")
        #expect(Set(values(found.first)) == ["chief financial officer of Brightline Foods", "Brightline Foods COO"])
    }

    @Test func compatibleTitlesAreNotContradictions() {
        let found = contradictions([
            "Brightline Foods CEO Nadia Okafor opened the plant.",
            // She chairs the board too, as one outlet says: the others each name one post.
            "Nadia Okafor, chairwoman and chief executive of Brightline Foods, cut the ribbon.",
            "Brightline Foods chairwoman Nadia Okafor spoke briefly.",
            "Then-Senator Paul Ames voted against it in 2010.",
            "Former Senator Paul Ames now runs a charity.",
        ])
        #expect(found.isEmpty)
    }

    @Test func numbersThatDisagree() {
        let found = contradictions([
            "The council approved a 12% rise in parking fees for the city centre.",
            "Drivers face a 15 per cent rise in parking fees for the city centre, the council said.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.attribute == "percentage")
        #expect(Set(values(found.first)) == ["12%", "15 per cent"])
    }

    @Test func unitSpellingAndRoundingVariantsAgree() {
        let found = contradictions([
            "The council approved a 12% rise in parking fees. The new car park will cost $3.2 billion to build.",
            "The council approved a 12 per cent rise in parking fees. Building the car park will cost about $3bn.",
            "The new car park will cost US$3,200 million to build, with a 12 percent rise in parking fees.",
        ])
        #expect(found.isEmpty)
    }

    @Test func moneyAndCountsThatDisagree() {
        let found = contradictions([
            "The factory will employ 1,200 workers when it opens, the company said in a statement.",
            "The company said in a statement that the factory will employ 2,000 workers when it opens.",
            "The buyer paid $45 million for the team, according to the filing.",
            "According to the filing, the buyer paid $60 million for the team.",
        ])
        let attributes = Set(found.map(\.attribute))
        #expect(attributes == ["number", "money"])
        #expect(found.first { $0.attribute == "number" }?.subject == "workers (factory)")
        #expect(Set(values(found.first { $0.attribute == "money" })) == ["$45 million", "$60 million"])
    }

    @Test func ageClashesAcrossOutletsAndSurnamesJoinFullNames() {
        let found = contradictions([
            "The club's owner, Marco Bellandi, 58, has not commented.",
            "Bellandi, 64, bought the club in 2019.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.attribute == "age")
        #expect(found.first?.subject == "Marco Bellandi")
        #expect(Set(values(found.first)) == ["58", "64"])
    }

    @Test func datesOfTheSameEventThatDisagree() {
        let found = contradictions([
            "The museum reopened to visitors on May 4, 2025, after a two-year restoration of its roof.",
            "After a two-year restoration of its roof, the museum reopened to visitors on June 1, 2025.",
            "The museum reopened to visitors in May 2025 after the restoration of its roof.",
        ])
        #expect(found.count == 1)
        let c = found.first
        #expect(c?.attribute == "date")
        #expect(c?.values.count == 2)
        // "May 2025" agrees with "May 4, 2025", so the third outlet sides with the first.
        #expect(c?.values.first?.articles == ["o0", "o2"])
    }

    @Test func unrelatedNumbersWithTheSameNounDoNotClash() {
        let found = contradictions([
            "The band played for two hours at the stadium on Saturday night.",
            "Fans waited five hours in the rain to buy tickets for the tour.",
        ])
        #expect(found.isEmpty)
    }

    @Test func titleSetOffByCommasBeforeTheName() {
        let found = contradictions([
            "Talks were led by Pellmore's head of sales, Rui Tavares, and its chief technology officer, Ines Faro.",
            "Ines Faro, Pellmore's chief marketing officer, declined to comment.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject == "Ines Faro")
        #expect(Set(values(found.first)) == ["chief technology officer", "Pellmore's chief marketing officer"])
    }

    @Test func numbersAboutDifferentPlacesAreDifferentFacts() {
        let found = contradictions([
            "Velora sold 5 million scooters in Brazil last year, the company said.",
            "The company said Velora sold 3 million scooters in Mexico last year.",
        ])
        #expect(found.isEmpty)
    }

    @Test func aSumNamedBeforeItsNumberIsStillOneFact() {
        let found = contradictions([
            "The two banks discussed a merger that could be worth \u{20AC}900 million, people familiar with it said.",
            "People familiar with it said the banks talked about a merger worth \u{20AC}1.3 billion since the spring.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject == "merger worth")
        #expect(Set(values(found.first)) == ["\u{20AC}900 million", "\u{20AC}1.3 billion"])
    }

    @Test func floorsCeilingsAndEstimatesAgreeWithNumbersOnTheirSide() {
        let found = contradictions([
            "The landslide killed at least 12 people in the valley, officials said on the radio.",
            "Officials said on the radio that the landslide killed 19 people in the valley.",
            "The landslide killed more than 15 people in the valley, officials said on the radio.",
        ])
        #expect(found.isEmpty)
        let clash = contradictions([
            "The landslide killed at least 12 people in the valley, officials said on the radio.",
            "Officials said on the radio that the landslide killed up to 8 people in the valley.",
        ])
        #expect(clash.count == 1)
    }

    @Test func gluedUnitsAndMultipliers() {
        let found = contradictions([
            "The climber fell 60m from the ridge before rescuers reached him near the hut.",
            "Rescuers said the climber fell about 200ft from the ridge before they reached him near the hut.",
            "The club paid \u{A3}60m for the striker, the club said in a statement on its website.",
            "The club said in a statement on its website it paid \u{A3}60 million for the striker.",
        ])
        #expect(found.isEmpty)
        let clash = contradictions([
            "The climber fell 60m from the ridge before rescuers reached him near the hut.",
            "Rescuers said the climber fell 150 metres from the ridge before they reached him near the hut.",
        ])
        #expect(clash.map(\.attribute) == ["measure"])
    }

    @Test func numbersCreditedToDifferentPeopleAreDifferentFacts() {
        let found = contradictions([
            "Ana Ruiz scored 21 points and grabbed nine rebounds as the Hawks won the final.",
            "The Hawks won the final as Mia Cole scored 17 points and grabbed nine rebounds.",
        ])
        #expect(found.isEmpty)
    }
}
