import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by the twelfth review of the comparison: whole articles in which outlets
/// tell one move in different words ("cut" and "axe", "jobs" and "posts"), give one
/// person two posts, or report a second move beside the first. Own sentences, invented
/// names.
@Suite struct CompareTwelfthReviewTests {
    func contradictions(_ bodies: [String]) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: [])
    }

    func values(_ found: [Contradiction], _ attribute: String) -> [Set<String>] {
        found.filter { $0.attribute == attribute }.map { Set($0.values.map(\.value)) }
    }

    // MARK: one move in other words

    @Test func cutAxeAndShedAreOneMoveOnJobsPostsAndRoles() {
        let found = contradictions([
            "Brightwell Foods plans to cut 600 jobs at its bakeries, the company said.",
            "Struggling grocer Brightwell Foods is set to axe a shocking 900 posts at its bakeries.",
        ])
        #expect(values(found, "number") == [["600 jobs", "900 posts"]])
        let shed = contradictions([
            "The council is planning to shed 120 roles in its housing office, Dunmore Council confirmed.",
            "Dunmore Council will slash 80 positions in housing.",
        ])
        #expect(values(shed, "number") == [["120 roles", "80 positions"]])
        // The same number of cuts told in other words agrees.
        #expect(contradictions([
            "Brightwell Foods plans to cut 600 jobs at its bakeries.", "Brightwell Foods will axe 600 posts at its bakeries.",
        ]).isEmpty)
    }

    @Test func twoMovesOnOneNounAreTwoFacts() {
        // Jobs cut and jobs created are two figures, however alike the sentences.
        #expect(contradictions([
            "Brightwell Foods will cut 600 jobs at its bakeries.", "Brightwell Foods will create 900 jobs at its bakeries.",
        ]).isEmpty)
    }

    @Test func aNounOfTheMoveCountsTheNounBeforeIt() {
        // "400 job cuts" counts jobs, cut; "the loss of 400 jobs" too.
        let found = contradictions([
            "Harlow Steel confirmed 400 job cuts at the Redmoor plant.",
            "Harlow Steel will cut 650 jobs at the Redmoor plant, the union said.",
        ])
        #expect(values(found, "number") == [["400", "650 jobs"]])
    }

    @Test func aMoveWithACommonNounSubjectJoinsTheNamedOne() {
        // "The company" names nobody, so the names cannot set the two apart; the scene can.
        let found = contradictions([
            "Harlow Steel will cut 650 jobs in maintenance and logistics.",
            "The company also plans to axe 400 posts in maintenance and logistics.",
        ])
        #expect(values(found, "number") == [["650 jobs", "400 posts"]])
        let recall = contradictions([
            "Kestrel Toys is recalling 30,000 wooden trains sold at toy shops.",
            "A popular toy brand has pulled 50,000 wooden trains from toy shops.",
        ])
        #expect(values(recall, "number") == [["30,000", "50,000"]])
    }
}

extension CompareTwelfthReviewTests {
    // MARK: a second figure after the first

    @Test func aFurtherMoveIsNoOtherMeasureOfTheFirst() {
        // The second day's fall is another fall, not another outlet's figure for the first.
        #expect(values(contradictions([
            "Shares in Orrin Mining fell 9 percent in Sydney on Tuesday.",
            "Shares in Orrin Mining fell a further 3 percent in Sydney on Thursday.",
        ]), "percentage").isEmpty)
        // Two outlets with different first falls still disagree.
        let found = contradictions([
            "Shares in Orrin Mining fell 9 percent in Sydney on Tuesday.",
            "Shares in Orrin Mining fell 6 percent in Sydney on Tuesday.",
        ])
        #expect(values(found, "percentage") == [["9 percent", "6 percent"]])
    }

    @Test func aRevisedFigureReplacesTheOldOneRatherThanContradictingIt() {
        #expect(contradictions([
            "The hospital group said its 2.5 percent offer to nurses was final.",
            "The hospital group raised its offer to 3.5 percent after talks with nurses.",
        ]).isEmpty)
        #expect(contradictions([
            "Pellam Appliances is recalling 20,000 kettles sold in supermarkets.",
            "Pellam Appliances said it would now recall 26,000 kettles sold in supermarkets.",
        ]).isEmpty)
        // Two outlets giving two revised figures disagree.
        let found = contradictions([
            "The hospital group raised its offer to 3.5 percent after talks with nurses.",
            "The hospital group raised its offer to 4.5 percent after talks with nurses.",
        ])
        #expect(values(found, "percentage") == [["3.5 percent", "4.5 percent"]])
    }
}

extension CompareTwelfthReviewTests {
    // MARK: titles

    @Test func theChairAndTheChiefExecutiveAreTwoPostsUnlessAnOutletGivesBoth() {
        let found = contradictions([
            "Chief executive Ilona Marsh said the plant would stay open.",
            "Ferrox chairwoman Ilona Marsh said the plant would stay open.",
        ])
        #expect(values(found, "role").count == 1)
        // One outlet gives her both posts: the others each print one of them.
        #expect(values(contradictions([
            "Ilona Marsh, chairwoman and chief executive of Ferrox, spoke first.",
            "Chief executive Ilona Marsh said the plant would stay open.",
            "Ferrox chairwoman Ilona Marsh said the plant would stay open.",
        ]), "role").isEmpty)
    }

    @Test func anAgeBetweenNameAndTitleKeepsTheApposition() {
        let found = contradictions([
            "Professor Yusuf Amari, deputy director of the Halden Observatory, led the survey.",
            "Yusuf Amari, 61, director of the Halden Observatory, led the survey.",
        ])
        #expect(values(found, "role").count == 1)
    }

    @Test func aLoneCommonNounBeforeATitleIsNoOtherOrganisation() {
        // "Observatory director" at the head of a sentence is capitalised as its first
        // word, not as a name: it agrees with the observatory the other outlet names.
        let found = contradictions([
            "Yusuf Amari, deputy director of the Halden Observatory, led the survey.",
            "Observatory director Yusuf Amari led the survey.",
        ])
        #expect(values(found, "role").count == 1)
    }
}
