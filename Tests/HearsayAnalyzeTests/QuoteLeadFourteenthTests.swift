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

/// Statements grouped across outlets that credit them differently.
@Suite struct QuoteGroupLeadFourteenthTests {
    func groups(_ bodies: [String]) -> Story {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "a\(i)000000000000", source: "a\(i).txt", title: "Ferry route", body: body)
        }
        return StoryAnalyzer(stages: [QuoteStage(), CompareStage()]).analyze(id: "s", articles: articles)
    }

    @Test func theOrganisationNounAndItsNamedSpokesmanAreOneSource() throws {
        let s = groups([
            """
            The Skarra Ferry Company has drawn up plans to drop its winter crossings to Holm, two crew members said.

            “No decision has been taken on the winter timetable, and islanders will be consulted before any change,” company spokesman Arvid Lunde said.
            """,
            """
            Islanders fear losing their winter ferry after bosses drew up plans to cut the crossings.

            The company insisted: “No decision has been made about the winter timetable yet, and islanders would be asked before any change.”
            """,
        ])
        let group = try #require(s.quoteGroups.first { $0.quotes.count == 2 })
        #expect(group.wordingDiffers)
        // With two organisations that have the noun, "the company" could be either.
        let two = groups([
            """
            The Skarra Ferry Company and the Holm Bus Company have drawn up plans to merge their winter services.

            “No decision has been taken on the winter timetable, and islanders will be consulted before any change,” company spokesman Arvid Lunde said.
            """,
            """
            Islanders fear losing their winter ferry after bosses drew up plans to cut the crossings.

            The company insisted: “No decision has been made about the winter timetable yet, and islanders would be asked before any change.”
            """,
        ])
        #expect(!two.quoteGroups.contains { $0.quotes.count == 2 })
    }
}

/// Roles told in a relative clause ("Jo Roe, who chairs the trust, said") and role words of
/// callings and local offices.
@Suite struct RoleLeadFourteenthTests: QuoteSuite {
    @Test func aRelativeClauseWithAVerbOfOfficeGivesTheRole() {
        let s = story(
            """
            Plans to close the harbour cafe have upset regulars.

            Hanne Solberg, who chairs the harbour trust, said the cafe had made a loss for three years. “We cannot carry it,” she said.

            Piet Aalders, who runs the bakery next door, said trade would suffer.

            Ines Kovac, who studies coastal tourism at the University of Vell, said small cafes were closing everywhere.
            """)
        #expect(roles(s, "Hanne Solberg").contains { $0.contains("chairs the harbour trust") })
        #expect(roles(s, "Piet Aalders").contains { $0.contains("runs the bakery") })
        #expect(roles(s, "Ines Kovac").contains { $0.contains("coastal tourism") })
    }

    @Test func aVerbOfSayingInsideTheClauseIsANoun() {
        let s = story(
            """
            Mara Lindqvist, who heads the state heritage board, said the letter was genuine.
            """)
        #expect(roles(s, "Mara Lindqvist").contains { $0.contains("state heritage board") })
    }

    @Test func aNameThatIsAlsoAnOfficeStaysAName() {
        let s = story(
            """
            “We kept it as a joke,” said Casey Dean, who found the parcel in 2004. Dean said the box had never been opened.
            """)
        #expect(speaker(s, "kept it as a joke") == "Casey Dean")
    }

    @Test func aRelativeClauseOfAnyOtherVerbGivesNoRole() {
        let s = story(
            """
            Tomas Brekke, who arrived at the meeting late, said he had not been told.
            """)
        #expect(roles(s, "Tomas Brekke").isEmpty)
    }

    @Test func localOfficesAreRoles() {
        let s = story(
            """
            “We found out from the paper,” said Isla Marr, convener of the Holm Community Council.

            Pupils heard the news in assembly, principal Owen Rask said.
            """)
        #expect(roles(s, "Isla Marr").contains { $0.contains("convener") })
        #expect(roles(s, "Owen Rask").contains { $0.lowercased().contains("principal") })
    }
}

/// Citations in the possessive: one of an outlet's named columns.
@Suite struct CitationLeadFourteenthTests: QuoteSuite {
    @Test func anOutletsNamedColumnCites() {
        #expect(sources("The Marsh Gazette’s Night Life column reported on Sunday that the club would close.").contains("Marsh Gazette"))
        // A company's own account of its results is no citation.
        #expect(!sources("Tallis Foods' account of the year showed a loss, the chairman said.").contains("Tallis Foods"))
    }
}

extension CitationLeadFourteenthTests {
    @Test func anOutletNamedAfterAPlaceIsNoColumnOfThePlace() {
        let cited = sources("The lost parcel was never opened, Holland's News Network reports.")
        #expect(!cited.contains("Holland"))
    }
}

/// The words of written things: posts, notices and memos quoted as they read.
@Suite struct WrittenWordsLeadFourteenthTests: QuoteSuite {
    @Test func aNoticeReadsItsWords() {
        let s = story("The library put up a sign on Monday.\n\nThe notice reads: “This branch will close on Friday for repairs.”")
        #expect(speaker(s, "This branch will close") == "the notice")
    }

    @Test func aQuotationAccordingToAWrittenPiece() {
        let s = story("“The branch will close for good in June,” according to the leaked memo.")
        #expect(speaker(s, "The branch will close") == "the leaked memo")
        let post = story("“The branch is closing and nobody was told!” according to the post, which has been shared widely.")
        #expect(speaker(post, "The branch is closing") == "the post")
        // Figures are no speaker, and their words no quotation of anyone.
        let figures = story("“The branch lost money,” according to the figures.")
        #expect(quote(figures, "The branch lost money") == nil)
    }

    @Test func aReportThatCarriesAQuotationIsNoSpeaker() {
        let s = story("Jo Lund said: “We ask to be left in peace,” according to a report from Radio Vell.")
        #expect(speaker(s, "We ask to be left") == "Jo Lund")
    }
}

extension QuoteGroupLeadFourteenthTests {
    @Test func oneSourcesStatementTurnedRoundIsOneStatement() throws {
        let s = groups([
            "“We have not approved any closure of the Holm branch. Every genuine closure is announced on our website,” said Lena Brask, who heads the Marrow Library Trust.",
            "“No closure has been approved for the Holm branch, and every genuine closure is announced on the website,” Brask said.",
        ])
        let group = try #require(s.quoteGroups.first)
        #expect(group.quotes.count == 2 && group.wordingDiffers)
        // Two statements of one speaker on one topic, with other words, stay apart.
        let two = groups([
            "“We have not approved any closure of the Holm branch yet,” said Lena Brask, who heads the Marrow Library Trust.",
            "“The trust will consult readers in every branch before the budget is set,” Brask said.",
        ])
        #expect(two.quoteGroups.isEmpty)
    }
}
