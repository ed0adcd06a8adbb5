import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Contradictions between outlets, thirty-fourth session: titles of one body named by its
/// initials or its full name, a president against a chair, a title told beside "since", names
/// with a hyphen, what a late date in a long sentence is of, and years written as
/// adjectives. Own sentences, invented names.
@Suite struct Contra34Tests: DateSuite {
    func roles(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "role" }
    }

    @Test func aBodyNamedByItsInitialsIsTheBodyNamedInFull() {
        let found = roles([
            "Dr Elspeth Varnum, the NMA's chief executive, said the maps were accurate.",
            "Elspeth Varnum, chief scientist at the National Mapping Agency, said the maps were accurate.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject == "Elspeth Varnum")
        // Initials of another body still set the titles apart.
        #expect(
            roles([
                "Dr Elspeth Varnum, the NMA's chief executive, said the maps were accurate.",
                "Elspeth Varnum, chief scientist at the Coastal Survey Office, said the maps were accurate.",
            ]).isEmpty)
    }

    @Test func aPresidentAgainstAChairDisagrees() {
        #expect(
            roles([
                "Tobias Wrenfield, president of the Harlow Anglers' Association, said the river was dying.",
                "Tobias Wrenfield, chairman of the Harlow Anglers' Association, said the river was dying.",
            ]).count == 1)
        // An outlet giving both posts shows one person holds both.
        #expect(
            roles([
                "Tobias Wrenfield, president of the Harlow Anglers' Association, said the river was dying.",
                "Tobias Wrenfield, chairman of the Harlow Anglers' Association, said the river was dying.",
                "Tobias Wrenfield, the association's chairman and president, said the river was dying.",
            ]).isEmpty)
    }

    @Test func aYearAfterSinceLeavesTheTitleHeldNow() {
        // "Since taking charge in 2021" starts a state that lasts: the title is a present one.
        #expect(
            roles([
                "The agency's director general, Maren Oake, has run it since taking charge in 2021.",
                "The agency's chief executive, Maren Oake, declined to comment.",
            ]).count == 1)
        // A year of its own clause still sets the title in the past.
        #expect(
            roles([
                "The agency's director general, Maren Oake, spoke at the launch in 2021.",
                "The agency's chief executive, Maren Oake, declined to comment.",
            ]).isEmpty)
    }

    @Test func aDoubleBarrelledSurnameIsOneName() {
        let found = CompareTestSupport.contradictions([
            "The hall was restored by Tomasz Wray-Holden, 52, who bought it last year.",
            "Tomasz Wray-Holden, 55, said the restoration was finished.",
        ]).filter { $0.attribute == "age" }
        #expect(found.first?.subject == "Tomasz Wray-Holden")
    }

    @Test func aNameWithAHyphenatedNumberIsOneOwner() {
        let doc = TextDocument("Shares in Norvik-4 Holdings fell 9 percent on Monday.")
        let tokens = WordTokens.tokens(doc.scalars, in: doc.sentences[0].range)
        let nine = tokens.firstIndex { $0.text == "9" }!
        #expect(QuantityMentions.ownerName(tokens, before: nine) == "Norvik-4 Holdings")
    }

    @Test func aLateDateIsShownWithItsClause() {
        let label = ContradictionFinder.eventLabel(
            "The survey, commissioned by the Harbour Authority and the two riverside councils and published on its website, says that at current rates the Brindle sandbank will reach the shipping lane by 2041.",
            date: "2041")
        #expect(label.hasSuffix("(at current rates the Brindle sandbank will reach the shipping lane by 2041)"))
        // A date within the opening words needs no clause.
        #expect(!ContradictionFinder.eventLabel(String(repeating: "The survey was published on 4 May by the Harbour Authority and ", count: 2), date: "4 May").contains("("))
    }

    @Test func aYearSetBeforeANounIsTheYearOfItsOrigin() {
        let found = dates([
            "The Osmund Trust wants to sell the 1897 library on Carver Street to a hotel group.",
            "The Carver Street library was opened in 1879 by the town's mayor.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["1897", "1879"])
        #expect(found.first?.subject == "Carver Street (opened)")
        // A possessor is whose the thing is, not the thing.
        #expect(
            dates([
                "Critics pointed to Halvary's 2019 report on the harbour.",
                "Halvary was founded in 2015 by two engineers.",
            ]).isEmpty)
        // Two years set as adjectives may be of two things of one name.
        #expect(
            dates([
                "Viewers of the 2019 series of Vale Rangers complained.",
                "Viewers of the 2021 series of Vale Rangers complained.",
            ]).isEmpty)
    }

    @Test func anotherPastVerbDatesAnotherHappening() {
        let found = dates([
            "The Fennick Bridge was completed in 1932 and declared a protected monument in 2009.",
            "The Fennick Bridge was completed in 1934, the trust says.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["1932", "1934"])
    }

    func counts(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "number" }
    }

    @Test func aCountOfANamesThingsAfterOfIsAllItHolds() {
        let found = counts([
            "The sale would cover all 14 of Pellmar's small container ships, the people said.",
            "The deal would see all 16 of Pellmar's feeder ships move to Castor.",
        ])
        #expect(found.count == 1)
        #expect(Set(found.first?.values.map(\.value) ?? []) == ["14", "16"])
        #expect(found.first?.subject == "ships (Pellmar)")
    }

    @Test func aNameHoldingACountIsShownWithIt() {
        let found = counts([
            "Pellmar employs around 340 people at the airport, its annual report says.",
            "Pellmar, which flies eight freighters a night, employs 430 people at the airport.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject.contains("(Pellmar)") == true)
    }

    @Test func swappedDigitsAreNoTwoEstimates() {
        let found = counts([
            "Under one option the Quayside campus, home to about 6,500 students, would close.",
            "The college, which teaches about 5,600 students, has run a deficit for three years.",
        ])
        #expect(found.count == 1)
        #expect(Set(found.first?.values.map(\.value) ?? []) == ["6,500 students", "5,600 students"])
    }

    @Test func anAppositionGivesTheNamedPersonsAge() {
        let found = CompareTestSupport.contradictions(
            [
                "Orla Fennick, a 41-year-old city councillor, declared victory on election night.",
                "Orla Fennick, 44, finished 87 votes ahead.",
            ], people: ["Orla Fennick"]
        ).filter { $0.attribute == "age" }
        #expect(found.count == 1)
        #expect(found.first?.subject == "Orla Fennick")
    }

    @Test func twoDatesHangingFromOneVerbAndObjectDateOneHappening() {
        let found = dates([
            "The leak was discovered on 24 February, the person said.",
            "The company said it had discovered the leak on 26 February and had informed the regulator the following day.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["24 February", "26 February"])
    }

    @Test func thePartAndTheWholeAreTwoFigures() {
        // "14 of its 38 shops": 38 is the whole, no other telling of the 14; the wholes
        // two outlets give are still one figure.
        let found = counts([
            "Department store chain Harlow's is preparing to close 14 of its 38 shops next year.",
            "Harlow's denied that it plans to close 14 of its 41 shops.",
        ])
        #expect(found.count == 1)
        #expect(Set(found.first?.values.map(\.value) ?? []) == ["38 shops", "41 shops"])
    }

    @Test func theEndOfASpanInAPostIsWhenThePersonLeftIt() {
        let found = dates([
            "Berrow was president of the rowing federation from 2012 to 2022.",
            "Berrow, 61, led the rowing federation from 2012 until he stood down in 2023.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["2022", "2023"])
        #expect(found.first?.subject == "Berrow (stood down)")
        // A span with no post in its clause is a period of something else.
        #expect(
            dates([
                "Berrow, 61, stood down in 2023.",
                "Payments to Berrow were made from 2016 to 2022, the auditors found.",
            ]).isEmpty)
    }
}
