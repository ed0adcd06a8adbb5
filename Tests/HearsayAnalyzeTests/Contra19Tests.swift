import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Sixteenth review (scored stories): a figure's contradiction names whose figure it is.
@Suite struct Contra19Tests {
    func subjects(_ bodies: [String]) -> [String] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute != "date" }.map(\.subject)
    }

    /// "The stock fell 9 percent" says whose stock only where another outlet names the
    /// company: the subject carries that name.
    @Test func aFigureNamesTheCompanyAnotherOutletGives() {
        let s = subjects([
            "Trading opened badly. Shares in Brevold Mining dropped 9 percent after the flood report on Tuesday.",
            "The flood report hit investors. The shares dropped 14 percent after the flood report on Tuesday.",
        ])
        #expect(s.count == 1)
        #expect(s.first?.contains("Brevold Mining") == true)
    }

    /// With no name in either clause, the noun that opens the clause is the owner: "The
    /// ferry carries 2,100 cars a week" is a figure of the ferry.
    @Test func aFigureNamesTheNounOpeningItsClause() {
        let s = subjects([
            "The old ferry carries about 2,100 cars every week across the sound, the operator says.",
            "The ferry carries about 1,200 cars every week across the sound.",
        ])
        #expect(s.count == 1)
        #expect(s.first?.contains("ferry") == true)
    }

    /// One capitalised word that merely opens the clause ("Visitors", "Officials") is no
    /// name.
    @Test func aWordOpeningTheClauseIsNoOwner() {
        let s = subjects([
            "Visitors to Kelmar Gallery numbered 52,000 last year, the Kelmar Gallery said.",
            "The Kelmar Gallery drew 25,000 visitors last year, the figures show.",
        ])
        #expect(s.allSatisfy { !$0.contains("(Visitors") })
        let t = subjects([
            "Officials said the reservoir held 41,000 megalitres of water on Monday.",
            "The reservoir held 34,000 megalitres of water on Monday, officials said.",
        ])
        #expect(t.count == 1)
        #expect(t.allSatisfy { !$0.contains("(Officials") })
    }

    /// "The larger 14-inch screen": a word right before the figure qualifies it.
    @Test func aModifierBeforeTheFigureIsNoOwner() {
        let s = subjects([
            "The larger 14-inch screen will ship in May, the supplier said.",
            "The larger 13-inch screen will ship in May.",
        ])
        #expect(s.count == 1)
        #expect(s.allSatisfy { !$0.contains("(larger)") })
    }
}

/// A count after a possessive ("its three elephants", "the club's 40 horses") is all the
/// owner holds of the thing: two outlets' such counts of one owner are one fact.
@Suite struct Contra19HoldingTests {
    func values(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "number" }.map { Set($0.values.map(\.value)) }
    }

    @Test func twoOutletsCountOneOwnersHolding() {
        #expect(values([
            "Harwick Museum is preparing to sell its six Roman coins to a private buyer, two curators said.",
            "Harwick Museum said on Friday it had no plan to part with its nine coins.",
        ]) == [["six", "nine coins"]])
        #expect(values([
            "Rider Sofia Lamm keeps her 12 horses at a farm near Tolva.",
            "Lamm said she would sell all of her 15 horses before the winter.",
        ]) == [["12 horses", "15 horses"]])
    }

    @Test func twoOwnersHoldingsStayApart() {
        #expect(values([
            "Harwick Museum is preparing to sell its six Roman coins to a private buyer.",
            "Dunmore Abbey said it would keep its nine coins.",
        ]).isEmpty)
    }
}
