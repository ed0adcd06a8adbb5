import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by scoring stories written by someone who never saw Hearsay (fifteenth
/// review): a figure misprinted with two digits swapped, an age in the possessive.
/// Own sentences, invented names.
@Suite struct CompareFifteenthReviewTests {
    func found(_ attribute: String, _ bodies: [String], people: [String] = []) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: people).filter { $0.attribute == attribute }.map { Set($0.values.map(\.value)) }
    }

    @Test func twoDigitsSwappedAreOneFigureMisprinted() {
        // The sentences share no word besides the counted noun: only the swapped digits tie them.
        #expect(found("number", [
            "The regional carrier will ground 36 aircraft from next spring, its chief pilot said.",
            "A leaked schedule lists 63 aircraft, mostly older turboprops.",
        ]) == [["36 aircraft", "63 aircraft"]])
        #expect(found("number", [
            "The ministry expects 1.4 million visitors at the new harbour museum.",
            "Organisers plan for 4.1 million visitors in the opening season.",
        ]) == [["1.4 million visitors", "4.1 million visitors"]])
        // Other digits, or another order of magnitude, are no misprint of one another.
        #expect(found("number", [
            "The regional carrier will ground 36 aircraft from next spring, its chief pilot said.",
            "A leaked schedule lists 58 aircraft, mostly older turboprops.",
        ]).isEmpty)
        #expect(found("number", [
            "The regional carrier will ground 36 aircraft from next spring, its chief pilot said.",
            "A leaked schedule lists 630 aircraft, mostly older turboprops.",
        ]).isEmpty)
        // Names that set the counts apart still do.
        #expect(found("number", [
            "In Norway the carrier will ground 36 aircraft from next spring.",
            "In Finland a leaked schedule lists 63 aircraft, mostly older turboprops.",
        ]).isEmpty)
    }

    @Test func theYearOldInThePossessive() {
        #expect(found("age", [
            "The architect Lio Brandvik, 44, won the contract on Monday.",
            "The city council awarded the contract to architect Lio Brandvik. The 47-year-old's studio will start work in June.",
        ], people: ["Lio Brandvik"]) == [["44", "47"]])
    }
}
