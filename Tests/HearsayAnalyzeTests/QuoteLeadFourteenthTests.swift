import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers found wrong by the lead in the fourteenth session: a common noun opening a
/// sentence taken for the name an organisation noun refers back to. Every sentence is
/// written for these tests.
@Suite struct QuoteLeadFourteenthTests: QuoteSuite {
    @Test func aNounOfQuantityOpeningASentenceIsNoName() {
        let s = story(
            """
            Dozens of anglers are set to lose their jetty after harbour officials drew up plans to remove it, according to a local radio station.

            The harbour board insisted: “Nothing has been decided about the jetty, and anglers will be consulted first.”
            """)
        #expect(speaker(s, "Nothing has been decided") != "Dozens")
    }

    @Test func anOrganisationNounDoesNotReferBackToAPluralNounOpeningTheStory() {
        let s = story(
            """
            Swimmers could lose their only indoor pool after council officials drew up plans to shut it, according to the local paper.

            “No decision has been made on the future of the pool,” the council said.

            The club replied: “We will fight this all the way.”
            """)
        #expect(speaker(s, "No decision has been made") != "Swimmers")
        #expect(speaker(s, "We will fight") != "Swimmers")
    }

    @Test func aNameOpeningTheStoryStillSpeaksAsTheCompany() {
        // The name is written once, but it is the subject of a verb of saying: "the company"
        // after it is that name.
        let s = story(
            """
            Brackwell denied on Monday that it would close its bottling plant.

            “There is no plan to close the plant,” the company said.
            """)
        #expect(speaker(s, "no plan to close") == "Brackwell")
    }
}

extension QuoteLeadFourteenthTests {
    @Test func aPluralNounBeforeAPluralVerbIsNoOrganisation() {
        let s = story(
            """
            Rowers are set to lose their boathouse after officials drew up plans to sell the site, according to the local paper.

            The council insisted: “No decision has been made about the boathouse.”
            """)
        #expect(speaker(s, "No decision has been made") != "Rowers")
        // Written again, the name is a club that takes a plural verb, as British usage writes it.
        let club = story(
            """
            Rovers are poised to sign a new goalkeeper. The fee Rovers agreed was not disclosed.

            “We do not comment on transfers,” the club said.
            """)
        #expect(speaker(club, "We do not comment") == "Rovers")
    }
}
