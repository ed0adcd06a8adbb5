import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by the eleventh review of the comparison: figures and titles that outlets
/// write differently (number words, fractions, basis points, a correction inside a fact
/// check, a rank or an "acting" dropped). Own sentences, invented names.
@Suite struct CompareEleventhReviewTests {
    func contradictions(_ bodies: [String]) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: [])
    }

    func values(_ found: [Contradiction], _ attribute: String) -> [Set<String>] {
        found.filter { $0.attribute == attribute }.map { Set($0.values.map(\.value)) }
    }

    // MARK: titles

    @Test func droppingActingOrInterimChangesTheTitle() {
        let found = contradictions([
            "The strike was called by Nadia Brenner, the federation's acting general secretary, on Sunday.",
            "General secretary Nadia Brenner called the strike on Sunday.",
        ])
        #expect(found.filter { $0.attribute == "role" }.count == 1)
        let interim = contradictions([
            "Interim chief executive Oskar Lind apologised to customers.",
            "Chief executive Oskar Lind apologised to customers.",
        ])
        #expect(interim.filter { $0.attribute == "role" }.count == 1)
        // Both outlets saying "acting" agree.
        #expect(contradictions([
            "Acting governor Paula Reyes signed the order.", "The order was signed by acting governor Paula Reyes.",
        ]).isEmpty)
    }

    @Test func aRankAddedToAPastOfficeIsAnotherOffice() {
        let found = contradictions([
            "Former finance minister Petra Lusk now chairs the bank.",
            "Petra Lusk, a former deputy finance minister, chairs the bank.",
        ])
        #expect(found.filter { $0.attribute == "role" }.count == 1)
        // Once a deputy, now the minister: a promotion, not a disagreement.
        #expect(contradictions([
            "Finance minister Petra Lusk spoke first.", "Petra Lusk, a former deputy finance minister, spoke first.",
        ]).isEmpty)
    }

    @Test func aLowerCaseOwnerAgreesWithTheNamedOrganisation() {
        let found = contradictions([
            "Tomas Weir, the union's acting general secretary, led the march.",
            "Tomas Weir, general secretary of the Rail Workers Federation, led the march.",
        ])
        #expect(found.filter { $0.attribute == "role" }.count == 1)
        // Two named organisations still keep their titles apart.
        #expect(contradictions([
            "Tomas Weir, acting general secretary of the Rail Workers Federation, led the march.",
            "Tomas Weir, general secretary of the Dock Workers Union, led the march.",
        ]).isEmpty)
    }

    // MARK: figures written in words

    func quantities(_ sentence: String) -> [QuantityMention] {
        let doc = TextDocument(sentence)
        return QuantityMentions.find(in: WordTokens.tokens(doc.scalars, in: 0..<doc.scalars.count), text: doc.scalars, skipping: [])
    }

    @Test func fractionsAndBasisPointsKeepTheirUnit() {
        let half = quantities("The bank will cut its rate by half a percentage point.")
        #expect(half.map(\.kind) == [.percentagePoints] && half.map(\.value) == [0.5])
        let bps = quantities("Most members backed a cut of 50 basis points on Thursday.")
        #expect(bps.map(\.kind) == [.percentagePoints] && bps.map(\.value) == [0.5])
        let quarter = quantities("The dissenters wanted a reduction of a quarter point.")
        #expect(quarter.map(\.kind) == [.percentagePoints] && quarter.map(\.value) == [0.25])
        let glued = quantities("Traders had priced in a quarter-point move.")
        #expect(glued.map(\.kind) == [.percentagePoints] && glued.map(\.value) == [0.25])
        let money = quantities("The refit will cost a quarter of a billion euros, the yard said.")
        #expect(money.map(\.kind) == [.money(currency: "EUR")] && money.map(\.value) == [2.5e8])
        let share = quantities("Inspectors found faults in a third of the lorries they stopped.")
        #expect(share.map(\.kind) == [.percentage] && share.map(\.head) == ["lorry"])
        let three = quantities("Three-quarters of the lorries passed.")
        #expect(three.map(\.value) == [75])
        // Ordinals and halves of a season are no amounts.
        #expect(quantities("She won a third term in the second half of the year.").isEmpty)
        #expect(quantities("The firm was sold to a third party.").isEmpty)
    }

    @Test func halfAPointClashesWithThreeQuartersOfAPointButNotWithFiftyBasisPoints() {
        let found = contradictions([
            "The central bank of Ostland will cut its main rate by half a percentage point next week, people at the bank said.",
            "Ostland's central bank is set to slash its main rate by a hefty 0.75 percentage points next week, the bank's staff said.",
        ])
        #expect(values(found, "percentage points") == [["half a percentage point", "0.75 percentage points"]])
        #expect(contradictions([
            "The central bank of Ostland will cut its main rate by half a percentage point next week, people at the bank said.",
            "The central bank of Ostland will cut its main rate by 50 basis points next week, people at the bank said.",
        ]).isEmpty)
        // Half a point is never half a percent.
        #expect(contradictions([
            "The central bank of Ostland will cut its main rate by half a percentage point next week, people at the bank said.",
            "The central bank of Ostland will cut its main rate by 0.5 percent next week, people at the bank said.",
        ]).isEmpty)
    }

    @Test func aShareWrittenAsAFractionMeetsItsPercentage() {
        let found = contradictions([
            "Morrow Foods shares plunged by a fifth after the recall.",
            "Morrow Foods shares fell 12 percent after the recall.",
        ])
        #expect(values(found, "percentage") == [["a fifth", "12 percent"]])
        #expect(contradictions([
            "Morrow Foods shares plunged by a fifth after the recall.",
            "Morrow Foods shares fell 20 percent after the recall.",
        ]).isEmpty)
    }

    @Test func twoSharesOfOneWholeClash() {
        let found = contradictions([
            "In last week's vote, 64 percent of the nurses at the hospital backed the deal.",
            "In last week's vote, 46 percent of the nurses at the hospital backed the deal.",
        ])
        #expect(values(found, "percentage") == [["64 percent", "46 percent"]])
        // Shares of different wholes do not.
        #expect(contradictions([
            "In last week's vote, 64 percent of the nurses at the hospital backed the deal.",
            "In last week's vote, 46 percent of the porters at the hospital backed the deal.",
        ]).isEmpty)
    }

    @Test func numberWordsPastTwelveAreCounts() {
        #expect(quantities("Seventeen fires were reported.").map(\.value) == [17])
        #expect(quantities("The panel has nineteen members.").map(\.value) == [19])
    }

    // MARK: corrections

    @Test func aFactChecksCorrectionMeetsTheFigureAnotherOutletPrinted() {
        let found = contradictions([
            "A staggering 2.1 million machines are being recalled by the firm.",
            "The notice covers 210,000 scooters, not 2.1 million.",
        ])
        #expect(values(found, "number") == [["2.1 million machines", "210,000 scooters"]])
        // The fact check names both figures, but only one is its own: the rejected one
        // is no value it states, so an outlet agreeing with it raises no clash.
        #expect(contradictions([
            "The firm is recalling about 210,000 machines.", "The notice covers 210,000 scooters, not 2.1 million.",
        ]).isEmpty)
        // An estimate the correction says is wrong clashes even within the estimate's spread.
        let estimate = contradictions([
            "Some 3,500 workers downed tools on Monday.", "Records show 3,200 members at the port, not 3,500, the union said.",
        ])
        #expect(values(estimate, "number") == [["3,500 workers", "3,200 members"]])
        // A small count needs the same thing or a shared word: "not 17" is not any 17.
        #expect(contradictions([
            "The 17 engineers went home.", "The notice lists 16 confirmed battery fires, not 17.",
        ]).isEmpty)
        let fires = contradictions([
            "The scooters caught fire 17 times, causing 17 battery fires in all.", "The notice lists 16 confirmed battery fires, not 17.",
        ])
        #expect(values(fires, "number") == [["17 times", "16"]])
    }

    @Test func aPercentageCorrectionKeepsItsUnit() {
        let found = contradictions([
            "The nurses are demanding nine per cent, their union said.",
            "The union is asking for a rise of 8 percent, not nine per cent, according to its claim.",
        ])
        #expect(values(found, "percentage") == [["nine per cent", "8 percent"]])
    }

    // MARK: moments

    @Test func aPeakFigureIsNoFigureForAnotherMoment() {
        #expect(contradictions([
            "By Monday evening 14 container ships were waiting at anchor, according to the harbour office.",
            "More than 40 container ships were waiting at anchor at the height of the strike, according to the harbour office.",
        ]).isEmpty)
        let found = contradictions([
            "By Monday evening 14 container ships were waiting at anchor, according to the harbour office.",
            "By Monday evening more than 40 container ships were waiting at anchor, according to the harbour office.",
        ])
        #expect(found.count == 1)
    }
}

extension CompareEleventhReviewTests {
    @Test func whoPaysIsNotWhatTheSumIsThePriceOf() {
        let found = contradictions([
            "The yard expects the refit to cost about 45 million euros.",
            "The refit will cost the navy a quarter of a billion euros, one analyst estimated.",
        ])
        #expect(values(found, "money") == [["45 million euros", "a quarter of a billion euros"]])
    }
}

extension CompareEleventhReviewTests {
    @Test func sharesOfDifferentlyQualifiedWholesAreTwoFacts() {
        #expect(contradictions([
            "Streamflix accounted for 34.9 percent of downstream traffic in the evening.",
            "Streamflix accounts for 32.4 percent of aggregate traffic in the evening.",
        ]).isEmpty)
        #expect(contradictions([
            "Streamflix accounted for 34.9 percent of downstream traffic in the evening.",
            "Streamflix accounts for 32.4 percent of downstream traffic in the evening.",
        ]).count == 1)
    }
}

extension CompareEleventhReviewTests {
    @Test func aFormerBossIsNoSittingChiefExecutive() {
        let found = contradictions([
            "But former agency boss Irena Kovac insisted that nothing had been decided.",
            "\"Nothing has been decided,\" the agency's chief executive, Irena Kovac, said.",
        ])
        #expect(found.filter { $0.attribute == "role" }.count == 1)
        // A former boss who now chairs the board is no disagreement.
        #expect(contradictions([
            "But former agency boss Irena Kovac insisted that nothing had been decided.",
            "\"Nothing has been decided,\" the agency's chairman, Irena Kovac, said.",
        ]).isEmpty)
    }
}

extension CompareEleventhReviewTests {
    @Test func oneInFiveIsAShareNotACount() {
        let share = quantities("Only about one in five Tarra X2 kettles has been returned.")
        #expect(share.map(\.kind) == [.percentage] && share.map(\.value) == [20])
        #expect(quantities("Nine in 10 members backed the strike.").map(\.value) == [90])
        // Read to its own precision: nine in ten is 87 percent, not 80.
        #expect(contradictions(["Nine in ten of the nurses backed the deal.", "In all, 87 percent of the nurses backed the deal."]).isEmpty)
        #expect(contradictions(["Nine in ten of the nurses backed the deal.", "In all, 80 percent of the nurses backed the deal."]).count == 1)
    }

    @Test func aCountIsOfThePluralNounPastAProductName() {
        #expect(quantities("Nestor is recalling about 120,000 Cradle 360 infant car seats.").map(\.head) == ["seat"])
        #expect(quantities("Nestor is recalling a whopping 210,000 of the popular $299 seats.").first?.head == "seat")
        let found = contradictions([
            "Nestor is recalling about 120,000 Cradle 360 infant car seats because the buckle can fail in the cold.",
            "Nestor is recalling a whopping 210,000 of the popular $299 seats after parents complained.",
        ])
        #expect(values(found, "number") == [["120,000", "210,000"]])
        // Another company's recall is another fact.
        #expect(contradictions([
            "Nestor is recalling about 120,000 Cradle 360 infant car seats because the buckle can fail in the cold.",
            "Brightway is recalling a whopping 210,000 of the popular $299 seats after parents complained.",
        ]).isEmpty)
    }
}
