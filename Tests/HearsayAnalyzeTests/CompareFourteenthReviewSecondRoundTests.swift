import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by scoring stories written by someone who never saw Hearsay (fourteenth
/// review, second round): titles told by a function, a portfolio or a verb, ages after a
/// word opening the sentence. Own sentences, invented names.
@Suite struct CompareFourteenthReviewSecondRoundTests {
    func contradictions(_ bodies: [String], people: [String] = []) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies, people: people)
    }

    func found(_ attribute: String, _ bodies: [String], people: [String] = []) -> [Set<String>] {
        contradictions(bodies, people: people).filter { $0.attribute == attribute }.map { Set($0.values.map(\.value)) }
    }

    @Test func anAgeAfterAWordOpeningTheSentence() {
        let bodies = ["Drummer Ines Varro, 38, left the tour on Monday.", "Bassist Ines Varro, 41, has not commented."]
        #expect(found("age", bodies, people: ["Ines Varro"]) == [["38", "41"]])
    }

    @Test func aDirectorOfAFunctionIsAPostUnderTheManagingDirector() {
        let bodies = [
            "Tomas Erlend, production director at Kesteven Mills, said the line had reopened.",
            "Kesteven Mills' managing director, Tomas Erlend, said the line was safe.",
        ]
        #expect(contradictions(bodies).filter { $0.attribute == "role" }.count == 1)
        // Posts at two firms may be held one after the other.
        #expect(found("role", ["Tomas Erlend, production director at Kesteven Mills, spoke.", "Holm Foods managing director Tomas Erlend spoke."]).isEmpty)
    }

    @Test func aPortfolioAfterOfIsPartOfTheTitle() {
        let roles = found("role", [
            "On a visit to the site on Monday, the Minister of Housing, Pell Arvasson, was booed by a small crowd.",
            "Culture minister Pell Arvasson was booed when she arrived at the site.",
        ])
        #expect(roles.count == 1)
        // One portfolio named two ways, or part of another, is no clash.
        #expect(found("role", ["On the visit, the Minister for Foreign Affairs, Pell Arvasson, was booed.", "Foreign Minister Pell Arvasson was booed when she arrived."]).isEmpty)
        #expect(found("role", ["On the visit, the Minister of Housing, Pell Arvasson, was booed.", "Housing Minister Pell Arvasson was booed when she arrived."]).isEmpty)
    }

    @Test func whoChairsGivesTheChair() {
        let roles = found("role", [
            "Noor Haddal, who chairs the Riverside Water Authority, said the pipes were sound.",
            "The authority's chief executive, Noor Haddal, said the pipes were sound.",
        ])
        #expect(roles.count == 1)
        #expect(roles.first?.contains { $0.hasPrefix("chairs") } == true)
    }
}

extension CompareFourteenthReviewSecondRoundTests {
    @Test func aPostSharedSoManyTimes() {
        let counts = contradictions([
            "A video claiming the dam had burst was viewed more than 80,000 times on Tuesday.",
            "The clip, filmed at another dam in 2019, had been watched about 20,000 times before it was removed.",
        ])
        #expect(counts.map { Set($0.values.map(\.value)) } == [["80,000", "20,000"]])
        #expect(counts.first?.subject == "views (video)")
        // Shares of stock are no count of times.
        #expect(contradictions(["Pell Arvasson bought 5,000 shares on Tuesday.", "The fund sold 9,000 shares of the mine."]).isEmpty)
    }

    @Test func sumsPaidForOneDeal() {
        let sums = contradictions([
            "Striker Jon Vale has agreed to join the Harbour Kings for a reported $12m fee, the Courier said.",
            "Jon Vale has agreed to join for $9 million, the Courier said.",
        ])
        #expect(sums.map { Set($0.values.map(\.value)) } == [["$12m", "$9 million"]])
        // Sums in sentences about other deals are other facts.
        #expect(contradictions([
            "The Harbour Kings have agreed to sign striker Jon Vale for a reported $12m fee.",
            "The stadium's new roof was built under a $9 million contract last year.",
        ]).isEmpty)
        // "Bought X for" gives the price of X, no deal's sum.
        #expect(contradictions([
            "The club bought the stadium for $40 million in 2019, filings show.",
            "The club signed a $25 million deal with the stadium's builder in 2019, filings show.",
        ]).isEmpty)
    }
}

extension CompareFourteenthReviewSecondRoundTests {
    @Test func aNamedHappeningDatedTwoWays() {
        let dates = found("date", [
            "Residents will get their say at a public hearing on 9 June, the council said.",
            "Objectors say they were told nothing before the public hearing on 16 June.",
        ])
        #expect(dates == [["9 June", "16 June"]])
        // Two happenings named by different words are two facts.
        #expect(found("date", ["The report goes to a public hearing on 9 June.", "Objectors were told nothing before the council vote on 16 June."]).isEmpty)
    }
}

extension CompareFourteenthReviewSecondRoundTests {
    @Test func aDoubleBarrelledSurnameIsOneName() {
        let roles = contradictions([
            "Speaking on Friday, the trust's chief executive, Ada Brent-Moyo, said the wards would stay open.",
            "Ada Brent-Moyo, who chairs the Lowfield Hospitals Trust, said the wards would stay open.",
        ]).filter { $0.attribute == "role" }
        #expect(roles.map(\.subject) == ["Ada Brent-Moyo"])
    }
}
