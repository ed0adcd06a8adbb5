import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Numbers spelled out inside a compound adjective ("a ten-year deal") read as the
/// digits another house style prints ("a 12-year deal"). Own sentences, invented names.
@Suite struct Quantities28CompoundTests {
    func tokens(_ s: String) -> [WordToken] {
        let text = Array(s.unicodeScalars)
        return WordTokens.tokens(text, in: 0..<text.count)
    }

    func counts(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "number" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aSpelledOutCompoundIsItsNumber() {
        let tokens = tokens("a ten-year lease")
        let compound = tokens.compactMap(QuantityMentions.numberCompound).first
        #expect(compound?.value == 10)
        #expect(compound?.unit == "year")
    }

    @Test func numbersAndAgesAreNoCompound() {
        for phrase in ["twenty-one", "twenty-first", "ten-year-old", "three-quarters", "well-known"] {
            #expect(tokens(phrase).compactMap(QuantityMentions.numberCompound).isEmpty, "\(phrase)")
        }
    }

    @Test func twoSizesOfOneLeaseClash() {
        let found = counts([
            "Pellmore Council granted the bakery a ten-year lease on the old mill, the clerk said.",
            "The bakery was given a 15-year lease on the old mill by Pellmore Council.",
        ])
        #expect(found.count == 1)
        // A span of time is shown with its unit (twenty-third session: "15-year", not "15").
        #expect(found.first?.contains("15-year") == true)
    }

    @Test func sizesOfOneNounClashWhoeverTheClausesOpenWith() {
        let found = counts([
            "The Wexley Gazette reported that Dunmore Rovers had signed a 15-year lease on the mill.",
            "Pellmore Council granted the club a ten-year lease on the mill, the clerk said.",
        ])
        #expect(found.count == 1)
        // Two owners' schemes are two things.
        #expect(counts([
            "Hartwell's 300-home scheme was approved on Monday.", "Brannock's 450-home scheme was refused.",
        ]).isEmpty)
    }

    @Test func oneSizeWrittenTwoWaysAgrees() {
        #expect(counts([
            "Pellmore Council granted the bakery a ten-year lease on the old mill, the clerk said.",
            "The bakery was given a 10-year lease on the old mill by Pellmore Council.",
        ]).isEmpty)
    }
}

/// A change told in a headline's present tense or capitals ("SHARES PLUNGES 9%", "14%
/// TAX HIKE") is the change a report tells in the past. Own sentences, invented names.
@Suite struct Quantities28ChangeTests {
    @Test func everyFormOfAChangeVerbHasItsDirection() {
        #expect(QuantityMentions.changeMove("crashes") == "fell")
        #expect(QuantityMentions.changeMove("tumbles") == "fell")
        #expect(QuantityMentions.changeMove("soaring") == "rose")
        #expect(QuantityMentions.changeMove("rallies") == "rose")
        #expect(QuantityMentions.changeMove("shares") == nil)
        #expect(QuantityMentions.changeMove("reports") == nil)
    }

    @Test func aShoutedHeadlineChangeClashesWithTheReportedOne() {
        let found = CompareTestSupport.contradictions([
            "Quillon Foods plans 9% price rise, grocers told",
            "QUILLON FOODS TO PUSH THROUGH 14% PRICE HIKE",
        ]).filter { $0.attribute == "percentage" }
        #expect(found.count == 1)
    }

    @Test func aCapitalisedNameAfterAFigureIsNoChangeWord() {
        // "Rise" here is a name in a sentence, not shouting.
        let text = Array("Quillon took 9% Rise Partners stake".unicodeScalars)
        let t = WordTokens.tokens(text, in: 0..<text.count)
        #expect(!QuantityMentions.shouted(t, 3))
    }
}
