import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by scoring five more stories written by someone who never saw Hearsay
/// (fifteenth review, second round). Own sentences, invented names and topics.
@Suite struct CompareFifteenthSecondRoundTests {
    func found(_ attribute: String, _ bodies: [String], people: [String] = [], published: [String?] = []) -> [Set<String>] {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body, published: i < published.count ? published[i] : nil)
        }
        return ContradictionFinder.contradictions(
            StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }),
            people: people.map { Person(name: $0) }
        ).filter { $0.attribute == attribute }.map { Set($0.values.map(\.value)) }
    }

    @Test func anEstimateToTwoFiguresAllowsItsLastPlaceNotFifteenPercent() {
        #expect(found("money", [
            "The port authority will sell the old ferry terminal for about $4.6 million, officials said.",
            "The port authority will sell the old ferry terminal for roughly $4.2 million.",
        ]) == [["$4.6 million", "$4.2 million"]])
        #expect(found("money", [
            "The port authority will sell the old ferry terminal for about $4.6 million, officials said.",
            "The port authority will sell the old ferry terminal for $4.55 million.",
        ]).isEmpty)
        // A round estimate is still a rough one.
        #expect(found("money", [
            "The port authority will sell the old ferry terminal for about $4 million, officials said.",
            "The port authority will sell the old ferry terminal for $4.4 million.",
        ]).isEmpty)
    }

    @Test func hectaresAndAcresAreAreas() {
        #expect(found("measure", [
            "The blaze near the quarry has scorched about 5,200 hectares of scrub.",
            "Firefighters said the blaze scorched some 5,900 hectares before rain arrived.",
        ]) == [["5,200 hectares", "5,900 hectares"]])
    }

    @Test func aPastParticipleOfChangeIsItsDirection() {
        #expect(found("percentage", [
            "Shares in the brewer had fallen 12 percent by noon after the recall.",
            "The brewer's shares fell 16% by noon after the recall was announced.",
        ]) == [["12 percent", "16%"]])
    }

    @Test func agesAYearApartClashOnOneDayOrUndated() {
        let bodies = [
            "The goalkeeper Ivo Ranta, 31, signed a new deal on Friday.",
            "Ivo Ranta, 32, signed a new deal with the club on Friday.",
        ]
        #expect(found("age", bodies, people: ["Ivo Ranta"]) == [["31", "32"]])
        #expect(found("age", bodies, people: ["Ivo Ranta"], published: ["2025-03-01", "2025-03-01"]) == [["31", "32"]])
        // Weeks apart, a birthday may fall between.
        #expect(found("age", bodies, people: ["Ivo Ranta"], published: ["2025-03-01", "2025-04-20"]).isEmpty)
    }
}

/// The contradictions between articles of these bodies, one article each, no people known.
private func contradictionsOf(_ bodies: [String]) -> [Contradiction] {
    let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
    return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: [])
}

@Suite struct CompareFifteenthSecondRoundLabelTests {
    @Test func aVerbHeadIsLabelledByTheNounBeforeARelativeClause() {
        let bodies = [
            "The Harlow Moor blaze, which scorched about 5,200 hectares of scrub, is out.",
            "Firefighters said the blaze scorched some 5,900 hectares before rain arrived.",
        ]
        let found = contradictionsOf(bodies)
        #expect(found.filter { $0.attribute == "measure" }.map(\.subject) == ["blaze scorched"])
    }
}

@Suite struct CompareFifteenthSecondRoundDealTests {
    @Test func twoSumsOfOneDealNamingOtherPartiesBySums() {
        let bodies = [
            "Harbour City have landed winger Tomas Okafor in a £12m deal, the club said.",
            "Harbour City agreed a fee of £15m with Dynamo Brevik for Tomas Okafor.",
        ]
        let found = contradictionsOf(bodies)
        #expect(found.filter { $0.attribute == "money" }.map { Set($0.values.map(\.value)) } == [["£12m", "£15m"]])
    }
}
