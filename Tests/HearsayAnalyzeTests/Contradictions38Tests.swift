import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-first session: loose values that agree with two clashing figures, floors read
/// near their figure, an outlet's one figure for a named sum, adjectives joined by "and".
/// Own sentences, invented names.
@Suite struct Contradictions38Tests {
    func quantities(_ sentence: String) -> [QuantityMention] {
        let doc = TextDocument(sentence)
        return QuantityMentions.find(in: WordTokens.tokens(doc.scalars, in: 0..<doc.scalars.count), text: doc.scalars, skipping: [])
    }

    @Test func aFloorDoesNotCarryTwoClashingFiguresIntoOneValue() {
        let numbers = CompareTestSupport.contradictions([
            "The map claiming the river would burst its banks has been viewed more than 3 million times, the council said.",
            "The fake map has been viewed 3.4 million times since Monday, according to the council.",
            "The map, which was viewed 4.3 million times, was made with an editing app.",
        ]).filter { $0.attribute == "number" }
        #expect(numbers.count == 1)
        // Each value is shown by its most definite mention, not by the floor.
        #expect(Set(numbers.first?.values.map(\.value) ?? []) == ["3.4 million", "4.3 million"])
    }

    @Test func twoFloorsOfOneOrderDisagreeWhenFarApart() {
        let numbers = CompareTestSupport.contradictions([
            "The notice about bin collections was shared more than 14,000 times before it was taken down.",
            "The notice about bin collections was shared more than 40,000 times before it was taken down.",
        ]).filter { $0.attribute == "number" }
        #expect(numbers.count == 1)
        // A floor near the other figure still agrees with it.
        #expect(CompareTestSupport.contradictions([
            "The notice about bin collections was shared more than 14,000 times before it was taken down.",
            "The notice about bin collections was shared 19,000 times before it was taken down.",
        ]).filter { $0.attribute == "number" }.isEmpty)
    }

    @Test func aFloorSetAgainstAFigureTenTimesItsOwnStaysOpen() {
        let floor = quantities("The petition has gathered at least 20 signatures.")[0]
        let many = quantities("The petition has gathered 600 signatures.")[0]
        #expect(floor.bound == .atLeast && floor.head == many.head)
        #expect(ContradictionFinder.agree(floor, many))
        let near = quantities("The petition has gathered 50 signatures.")[0]
        #expect(!ContradictionFinder.agree(floor, near))
        #expect(ContradictionFinder.agree(floor, quantities("The petition has gathered 30 signatures.")[0]))
    }

    @Test func anOutletsOneFigureForAFineClashesThoughItGivesOtherSums() {
        let money = CompareTestSupport.contradictions([
            "Regulators have ordered Pellworth Dairies to pay a fine of €42 million over milk prices. Pellworth made a profit of €310 million last year.",
            "Pellworth Dairies will have to pay a €48 million fine, the paper said. The group's profit was €310 million last year.",
        ]).filter { $0.attribute == "money" }
        #expect(money.count == 1)
        #expect(Set(money.first?.values.map(\.value) ?? []) == ["€42 million", "€48 million"])
    }

    @Test func twoOutletsGivingOneCountEachClashThoughAThirdGivesTwo() {
        let numbers = CompareTestSupport.contradictions([
            "The Morven Star ran aground near Esk Point with 318 passengers on board. A second ferry carrying 40 passengers was turned back.",
            "The vessel grounded off the cape with 318 passengers aboard, the coastguard said.",
            "The ship struck rocks with 321 passengers, according to one survivor.",
        ]).filter { $0.attribute == "number" }
        #expect(numbers.count == 1)
        #expect(Set(numbers.first?.values.map(\.value) ?? []) == ["318 passengers", "321 passengers"])
    }

    @Test func adjectivesJoinedByAndQualifyThePluralAfterThem() {
        #expect(quantities("The scheme covers about 52,000 serving and retired prison officers.").first?.head == "officer")
        #expect(quantities("Some 9,000 current or former council workers signed it.").first?.head == "employee")
    }
}
