import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Contradictions between outlets, thirty-sixth session: what a figure is shown as being of,
/// as outlets name it (the head of a noun compound a size qualifies, the verb a span after a
/// prepositional object lasts). Own sentences, invented names.
@Suite struct Contra36Tests {
    @Test func aSizeQualifiesTheHeadOfItsCompound() {
        let found = CompareTestSupport.contradictions([
            "The agency will build a 64-dish radio telescope in the Ostrel hills, officials said.",
            "The agency will build a 48-dish radio telescope in the Ostrel hills, officials said.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject.contains("telescope") == true)
    }

    @Test func aVerbBeforeItsObjectIsNoCompound() {
        func head(_ text: String, after word: String) -> Bool {
            let s = Array(text.unicodeScalars)
            let t = WordTokens.tokens(s, in: 0..<s.count)
            guard let k = t.firstIndex(where: { $0.text == word }) else { return false }
            return QuantityMentions.compoundHead(t, after: k)
        }
        #expect(!head("a 12-week closure starts Monday", after: "closure"))
        #expect(head("a three-year pay deal, the union said", after: "pay"))
        #expect(!head("a 30-day ban imposed on him", after: "ban"))
    }

    @Test func aSpanAfterAPrepositionalObjectLastsTheVerb() {
        let found = CompareTestSupport.contradictions([
            "The notice says the bridge will be closed to all cars and lorries for a period of 28 days.",
            "The notice says the bridge will be closed to all cars and lorries for a period of 21 days.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject.hasPrefix("bridge closed") == true)
    }

    @Test func aCountIsShownWithTheNounItCounts() {
        let found = CompareTestSupport.contradictions([
            "The Larchmont hospice has 16 beds and a garden, the trust said.",
            "The Larchmont hospice has 18 beds and a garden, the trust said.",
        ]).filter { $0.attribute == "number" }
        #expect(found.count == 1)
        #expect(Set(found.first?.values.map(\.value) ?? []) == ["16 beds", "18 beds"])
    }

    @Test func aNameEndingInApostropheSBeforeAVerbIsWhole() {
        let found = CompareTestSupport.contradictions([
            "The trust said St Arlo's has 16 beds and a garden.",
            "The trust said St Arlo's has 18 beds and a garden.",
        ]).filter { $0.attribute == "number" }
        #expect(found.first?.subject.contains("St Arlo's") == true)
    }

    @Test func aSumIsNamedByItsOwnCompound() {
        let found = CompareTestSupport.contradictions([
            "The museum must close a budget gap of €3.2 million, officials said.",
            "The accounts show a shortfall of €2.3 million for last year.",
        ]).filter { $0.attribute == "money" }
        #expect(found.count == 1)
        #expect(found.first?.subject == "budget gap")
    }

    @Test func aDateIsOfTheThingItsOutletsShare() {
        let found = CompareTestSupport.contradictions([
            "Strategy notes set out a move of output to the southern mill by 2027.",
            "The memo lays out a plan to move output to its Tarnholt flour mill by 2028.",
        ]).filter { $0.attribute == "date" }
        #expect(found.count == 1)
        #expect(found.first?.subject.hasPrefix("mill: ") == true)
        #expect(ContradictionFinder.datedThing([("a", "the plant shutting in 2027"), ("b", "its Tarnhaven yogurt plant by 2028")]) == "plant")
    }
}
