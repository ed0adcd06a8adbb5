import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases from the eighteenth review, second round: the size of one group or one load
/// ("a team of about 180 developers", "a shipment of some 60,000 doses"), whatever noun
/// each outlet gives the group and however the rest of the sentence reads. Own
/// sentences on other topics, invented names.
@Suite struct Contra24GroupSizeTests {
    func numbers(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "number" }.map { Set($0.values.map(\.value)) }
    }

    @Test func oneLoadNamedByDifferentNounsHasOneSize() {
        #expect(numbers([
            "Customs officers said a shipment of about 9,000 laptops had been seized at the border on Monday.",
            "A consignment of around 12,000 laptops was stopped by inspectors, the paper reported.",
        ]).count == 1)
        #expect(numbers([
            "The charity said a delivery of roughly 300 tents reached the camp.",
            "A convoy carried a cargo of some 450 tents into the valley overnight.",
        ]).count == 1)
        // One group, an estimate between "of" and the number.
        #expect(numbers([
            "A team of about 40 engineers spent the night restoring power.",
            "Officials said a crew of nearly 60 engineers had worked through the storm.",
        ]).count == 1)
    }

    @Test func loadsOfDifferentThingsOrAgreeingSizesStayApart() {
        // Two loads of different goods.
        #expect(numbers([
            "A shipment of about 9,000 laptops was seized.", "A shipment of about 12,000 phones was seized.",
        ]).isEmpty)
        // Within the spread of an estimate.
        #expect(numbers([
            "A shipment of about 9,000 laptops was seized.", "A consignment of 9,400 laptops was stopped.",
        ]).isEmpty)
    }
}
