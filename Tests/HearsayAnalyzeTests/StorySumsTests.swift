import HearsayModel
import Testing

@testable import HearsayAnalyze

/// A story's one sum told with different nouns and verbs by outlets that each give one
/// figure (thirty-first session). Own sentences, invented names.
@Suite struct StorySumsTests {
    func sums(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "money" }.map { Set($0.values.map(\.value)) }
    }

    @Test func oneSumToldWithTwoNounsClashes() {
        let found = sums([
            "Quillon Foods has agreed to take over the Marrow dairy in a transaction worth £310m, according to two bankers.",
            "Bids are closing. Insiders expect the family firm behind the dairy to accept a £260m bid.",
        ])
        #expect(found.contains { $0.contains("£310m") && $0.contains("£260m") })
    }

    @Test func swappedDigitsClashBeyondTheSizeRatio() {
        let found = sums([
            "The observatory upgrade would cost €27 million, the draft says.",
            "Councillors were told the telescope works carry a €72 million bill.",
        ])
        #expect(found.contains { $0.contains("€27 million") && $0.contains("€72 million") })
    }

    @Test func anOutletGivingBothSumsKeepsThemApart() {
        // The third outlet sets the internal estimate against the public one: two sums.
        let found = sums([
            "The dam now carries a $5.2 billion bill.",
            "Officials have always given a $3.9 billion budget for the dam.",
            "An internal memo gives a $5.2 billion bill, against the $3.9 billion budget given in public.",
        ])
        #expect(found.isEmpty)
    }

    @Test func anOutletGivingTwoSumsTellsNeither() {
        let found = sums([
            "The club paid £14m for the winger and spent £9m on the new stand.",
            "The winger arrived in a £12m move.",
        ])
        #expect(!found.contains { $0.contains("£14m") && $0.contains("£12m") })
    }

    @Test func sumsOfDifferentSizesAreTwoThings() {
        let found = sums([
            "The festival lost £40,000 when the storm hit.",
            "Its organisers want a £2m grant from the county.",
        ])
        #expect(found.isEmpty)
    }

    // Sums of two kinds, by the grammar around them (thirty-second session).

    @Test func aFeeAndAContractAreTwoSums() {
        let found = sums([
            "Lowbridge Rovers will pay a £6m fee for the goalkeeper Tam Odell, his agent confirmed.",
            "The club's training ground was rebuilt under a £5m contract two summers ago.",
        ])
        #expect(found.isEmpty)
    }

    @Test func aPriceForAThingBoughtIsNoDealWithAnother() {
        let found = sums([
            "The trust bought the manor for €8 million, its accounts show.",
            "The trust signed a €6 million deal with a roofing firm, its accounts show.",
        ])
        #expect(found.isEmpty)
    }

    @Test func oneValueWordSaidOfTwoThings() {
        let found = sums([
            "A new roof for the lighthouse will cost $700,000, the port authority said.",
            "A new crane for the quay will cost $1.1 million, the port authority said.",
        ])
        #expect(found.isEmpty)
    }

    @Test func aChargeToldAsAFeeAndAVerbIsOneSum() {
        let found = sums([
            "Drivers will be charged €5 to enter the old town from June, the mayor said.",
            "A €3 fee for cars entering the old town starts in June.",
        ])
        #expect(found.contains { $0.contains("€5") && $0.contains("€3") })
    }

    @Test func aSumOfNoKindMeetsOneOfAKind() {
        // "The $3 billion refinery" says what the sum is of, not which sum: it may be the cost.
        let found = sums([
            "Work on the $3 billion refinery near Osk began in May.",
            "Engineers now expect the refinery near Osk to cost $2.4 billion.",
        ])
        #expect(found.contains { $0.contains("$3 billion") && $0.contains("$2.4 billion") })
    }
}
