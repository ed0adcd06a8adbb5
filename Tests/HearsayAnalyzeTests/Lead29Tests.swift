import HearsayModel
import Testing

@testable import HearsayAnalyze

/// The lead's twenty-third-session rules: a public body named for two fields, a statement
/// one outlet cut at a sentence's end where another quoted on. Every sentence is written for
/// these tests.
@Suite struct Lead29Tests: QuoteSuite, CompareSuite {
    @Test func aBodyNamedForTwoFieldsIsOneName() {
        let s = story(
            """
            Dead eels were found along the Orrin on Sunday.

            “We will know more by Friday,” the Coasts and Wetlands Agency said.
            """)
        #expect(speaker(s, "know more by Friday") == "Coasts and Wetlands Agency")
        let fire = story(
            """
            A barn burned down near Skellow overnight.

            “Nobody was hurt,” said Brackley Fire and Rescue Service.
            """)
        #expect(speaker(fire, "Nobody was hurt") == "Brackley Fire and Rescue Service")
        // "&" joins a name too, and a description opening on "the" runs on through it.
        let amp = story(
            """
            A barn burned down near Skellow overnight.

            “The cause is not yet known,” the Soil & Water Board said in a statement.
            """)
        #expect(speaker(amp, "cause is not yet known") == "Soil & Water Board")
    }

    @Test func twoCompaniesJoinedByAndStayTwo() {
        let s = story(
            """
            Talks between Ostra and Veldin Corp have stalled, people briefed on them said.

            “We never comment on rumours,” Ostra said in a statement.
            """)
        #expect(speaker(s, "never comment on rumours") == "Ostra")
        #expect(!s.organisations.contains { $0.name.contains(" and ") })
        // A body named for its place and a second body listed after it stay two.
        let two = story(
            """
            The University of Lindvik and Norland Institute of Art have held talks, staff said.

            “We are not merging,” Norland Institute of Art said in a statement.
            """)
        #expect(!two.organisations.contains { $0.name.contains(" and ") })
        #expect(speaker(two, "We are not merging") == "Norland Institute of Art")
    }

    @Test func aChamberOfCommerceKeepsItsWholeName() {
        let s = story(
            """
            Shops in the old town fear the new parking charge.

            The Dunmore Chamber of Commerce said the charge “would empty the high street”.
            """)
        #expect(speaker(s, "empty the high street") == "Dunmore Chamber of Commerce")
    }

    @Test func aSentenceOneOutletEndedAndAnotherQuotedOnIsOneStatement() {
        let g = groups([
            ("The numbers in circulation are wrong. We are not planning to shut 40 depots, and any change will be far smaller than reported.", "Harl Freight"),
            ("The numbers in circulation are not right. We are not planning to shut 40 depots. We will talk to our staff first.", "Harl Freight"),
        ])
        #expect(g.count == 1 && g[0].wordingDiffers)
        // The same sentence turned into its opposite is not the statement.
        let opposite = groups([
            ("Our figures stand. We are planning to shut 40 depots over two years, and the first will close in May.", "Harl Freight"),
            ("Those figures are invented. We are not planning to shut 40 depots. We will talk to our staff first.", "Harl Freight"),
        ])
        #expect(opposite.isEmpty)
    }

    @Test func aBareSpokespersonSpeaksForTheBodyThatGaveItsPositionJustBefore() {
        let s = story(
            """
            A pipe burst at the Osk plant on Sunday, flooding two streets.

            Kellan Water restated its position on Monday. “We are asking questions and will decide what to do next,” a spokesperson said.
            """)
        #expect(speaker(s, "asking questions") == "Kellan Water")
        // A sentence that tells what befell the body, not its word, leaves the voice unplaced.
        let lost = story(
            """
            A pipe burst at the Osk plant on Sunday, flooding two streets.

            Kellan Water lost its appeal on Monday. “We are asking questions,” a spokesperson said.
            """)
        #expect(speaker(lost, "asking questions") != "Kellan Water")
    }

    @Test func versionsToldApartOnlyByAFunctionWordShowThatWord() {
        let g = groups([
            ("Never missed a training session in my life. See you at the final.", "Tomas Brenn"),
            ("Never missed a training session in my life. See you at final.", "Tomas Brenn"),
        ])
        #expect(g.count == 1 && g[0].wordingDiffers)
        #expect(g.first?.differingWords == ["the"])
    }
}
