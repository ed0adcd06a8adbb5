import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by scoring whole stories the way the judges do (fourteenth review): ages
/// told with "aged", "at the age of", "X is N" or "the N-year-old". Own sentences,
/// invented names.
@Suite struct CompareFourteenthReviewTests {
    func contradictions(_ bodies: [String], people: [String] = []) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies, people: people)
    }

    func ages(_ bodies: [String], people: [String] = []) -> [Set<String>] {
        contradictions(bodies, people: people).filter { $0.attribute == "age" }.map { Set($0.values.map(\.value)) }
    }

    // MARK: ages

    @Test func anAgeAfterAgedOrAtTheAgeOf() {
        #expect(ages(["The novelist Pia Lorne has died aged 77, her publisher said.", "Pia Lorne died at the age of 79 on Friday."]) == [["77", "79"]])
        // A relative's age is no age of the one named before it.
        #expect(ages(["The novelist Pia Lorne, whose son died aged 40, spoke on Friday.", "Pia Lorne, 77, spoke on Friday."]).isEmpty)
        // Children of an age range have no name.
        #expect(ages(["Children aged 5 to 11 can enter free.", "Tomas Krebb, 9, entered free."]).isEmpty)
    }

    @Test func anAgeAfterIs() {
        #expect(ages(["The bridge's designer, Olaf Brenner, is 64, according to the council.", "Olaf Brenner, 66, designed the bridge."]) == [["64", "66"]])
        // A fact check's "is 80, not 81" sets its figure against the outlet that printed 81.
        #expect(ages(["Chef Rosa Imbert has retired aged 61, a magazine said.", "Claim: Rosa Imbert retired at the age of 61. Imbert is 60, not 61; she turns 61 in May."]) == [["61", "60"]])
        // A number with a unit after "is" is no age.
        #expect(ages(["Olaf Brenner is 64 kilometres from home.", "Olaf Brenner, 66, designed the bridge."]).isEmpty)
    }

    @Test func theYearOldNamedInTheSentenceBefore() {
        let bodies = [
            "Cyclist Marta Quill has pulled out of the race after a crash. The 27-year-old broke her wrist on the descent.",
            "Marta Quill crashed on the descent on Sunday. The 29-year-old star was taken to hospital.",
        ]
        #expect(ages(bodies, people: ["Marta Quill"]) == [["27", "29"]])
        // Only a person the story knows: an organisation is no antecedent.
        #expect(ages([
            "The mill was sold to Harrow Textiles last year. The 150-year-old building will close.",
            "Harrow Textiles bought the mill. The 120-year-old building will close.",
        ]).isEmpty)
    }
}

extension CompareFourteenthReviewTests {
    func values(_ bodies: [String], _ attribute: String) -> [Set<String>] {
        contradictions(bodies).filter { $0.attribute == attribute }.map { Set($0.values.map(\.value)) }
    }

    @Test func cancellingIsAxing() {
        #expect(values([
            "Harbourline Air has cancelled the last 40 flights of its winter schedule, the airline said.",
            "Struggling Harbourline Air was forced to axe 55 flights after the storm.",
        ], "number") == [["40 flights", "55 flights"]])
        // Cancelling and adding are two moves.
        #expect(values([
            "Harbourline Air has cancelled 40 flights, the airline said.", "Harbourline Air will add 55 flights in spring.",
        ], "number").isEmpty)
    }

    @Test func aRiseAndAnIncreaseAreOneChange() {
        #expect(values([
            "The council has offered a pay rise of 2.5 percent to its cleaners.",
            "The council offered a 4 percent increase, the cleaners' union said.",
        ], "percentage") == [["2.5 percent", "4 percent"]])
    }
}
