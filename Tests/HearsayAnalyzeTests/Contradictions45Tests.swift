import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Thirty-eighth session: counts of a qualified noun, and whose figure a contradiction is.
@Suite struct Contradictions45QualifiedCountTests {
    func numbers(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "number" }
    }

    @Test func aNounQualifiedAlikeIsOneCount() {
        // The sentences share little besides the qualified noun; each outlet also counts
        // the noun unqualified elsewhere, so no outlet gives one figure only.
        let found = numbers([
            "Records kept by the growers' association list 2,350 certified organic orchards across the valley. "
                + "Tomas Berg, who runs 12 orchards near the river, said prices had fallen.",
            "Buyers worry about supply. There are roughly 3,100 certified organic orchards, the ministry said. "
                + "A single storm in 2019 destroyed 40 orchards.",
        ])
        #expect(found.contains { Set($0.values.map(\.value)) == ["2,350", "3,100"] })
        #expect(found.contains { $0.subject.hasPrefix("certified organic orchards") })
    }

    @Test func twoOwnersOfOneKindAreTwoCounts() {
        // "Its 14 electric buses" are Harlow Transit's; "some 30 electric buses" Ostby's.
        let found = numbers([
            "Harlow Transit is in talks to sell its 14 electric buses to a rival, people familiar with the plan said. "
                + "The depot also keeps 9 buses for school runs.",
            "Ostby Coaches, founded in 1968, runs some 30 electric buses on routes in the south. "
                + "The operator bought 6 buses last spring.",
        ])
        #expect(!found.contains { Set($0.values.map(\.value)) == ["14", "30"] })
    }

    @Test func aPartIsNoQuality() {
        // "Other" tells a part apart, not a kind of thing both outlets count.
        let found = numbers([
            "The firm will close 40 other depots next year, a memo says. It runs 95 depots in all.",
            "The firm has 62 other depots on its books and will sell them, the filing says. It owns 120 depots.",
        ])
        #expect(!found.contains { Set($0.values.map(\.value)) == ["40", "62"] })
    }
}

@Suite struct Contradictions45OwnerTests {
    @Test func anOutletReportingAFigureDoesNotOwnIt() {
        let found = CompareTestSupport.contradictions([
            "The Valley Courier said the water company would raise bills by 19 per cent from April.",
            "The water company will raise bills by 24 per cent from April, the regulator's filing shows.",
        ]).filter { $0.attribute == "percentage" }
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.subject.contains("Courier") })
    }

    @Test func anOutletPublishingAFigureDoesNotOwnIt() {
        let found = CompareTestSupport.contradictions([
            "On Tuesday the Valley Echo published papers showing Marlow Water was planning to close 14 pumping stations next year.",
            "About 19 pumping stations would close next year, officials said.",
        ]).filter { $0.attribute == "number" }
        #expect(found.map(\.subject) == ["pumping stations (Marlow Water)"])
    }

    @Test func anAmpersandJoinsAFirmsName() {
        let found = CompareTestSupport.contradictions([
            "Harrow & Lane employs 820 people at its two mills, the accounts show.",
            "Harrow & Lane employs about 1,300 people at its mills, union officials said.",
        ]).filter { $0.attribute == "number" }
        #expect(found.map(\.subject) == ["people (Harrow & Lane)"])
    }
}
