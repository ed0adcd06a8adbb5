import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// What a body holds when one outlet names it and another describes it ("the
/// tannery"), and workers counted as employees. Own sentences, invented names.
@Suite struct Figures27HoldingTests {
    func counts(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "number" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aDescribedBodyHoldsWhatTheNamedOneHolds() {
        #expect(counts([
            "Officials said the tannery, which employs about 260 people, would stay shut this week.",
            "Bellcombe Leather, which tans hides for saddlers, employs around 310 people.",
        ]) == [["260", "310"]])
        #expect(counts([
            "The smelter employs 75 people on two shifts, the council said.",
            "Ostrava Metals employs about 90 people near the river.",
        ]) == [["75", "90"]])
    }

    @Test func workersOfADescribedSiteAreItsEmployees() {
        #expect(counts([
            "Inspectors found that the depot's 120 workers had not been told.",
            "Harrow Freight employs 150 people, a spokesman said.",
        ]) == [["120 workers", "150"]])
    }

    @Test func figuresFarApartOrTwoDescriptionsStayApart() {
        // A factor of two or more: the site and the whole group.
        #expect(counts([
            "The plant employs 180 people on the estate.", "Varro Chemicals employs about 2,400 people.",
        ]).isEmpty)
        // Two nouns describe two bodies; two names, two more.
        #expect(counts([
            "The depot employs 120 people on night shifts.", "The workshop employs 150 people beside the canal.",
        ]).isEmpty)
        #expect(counts([
            "Harrow Freight employs 120 people.", "Dunmore Haulage employs 150 people.",
        ]).isEmpty)
    }
}
