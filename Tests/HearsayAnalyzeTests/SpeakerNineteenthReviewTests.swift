import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Speakers missed on ten stories written by people who never saw Hearsay (nineteenth
/// review): "the statement read", a statement given "to" an outlet, "it said" after a
/// sentence that says who issued a statement, a participle opening the sentence ("Asked
/// about ..."), "the mayor was blunt:", a report's authors, a report's measure ("the 30-page
/// document"), what a report recommends, a body of inspectors; every sentence is written
/// for these tests.
@Suite struct SpeakerNineteenthReviewTests: QuoteSuite {
    @Test func theStatementReadIsItsIssuersNotTheOutletItWasSentTo() {
        let s = story(
            """
            Singer and drummer deny split.

            The singer's publicist, Jo Roe, issued a statement to Popline within hours.

            “Anna and Ben are not splitting. They are very happy together,” the statement read.
            """)
        #expect(speaker(s, "not splitting") == "Jo Roe")
    }

    @Test func itSaidRefersToTheNameThatIssuedAStatementJustBefore() {
        let s = story(
            """
            Valdor Brewing Group wants to buy the family firm, a paper reported.

            Within hours, Tolland issued a short statement. “Tolland is not for sale and never will be,” it said.
            """)
        #expect(speaker(s, "never will be") == "Tolland")
    }

    @Test func aParticipleOpeningTheSentenceIsNoName() {
        let s = story(
            """
            Drones closed the runway twice this week.

            Asked about the letter, a spokeswoman for Bellmoor Airport Ltd said the company “does not comment on leaks”. She added: “Safety comes first, always.”
            """)
        #expect(speaker(s, "Safety comes first") == "Bellmoor Airport Ltd")
        #expect(!s.people.contains { $0.name == "Asked" })
    }

    @Test func aRoleBeforeAColonIsItsHolderInALiveBlog() {
        let s = story(
            """
            Live: the city's bid for the Games.

            Mayor Jo Roe spoke at noon.

            09:15 – Asked about the leak, the mayor was blunt: “I am not pleased that a private paper was printed.”
            """)
        #expect(speaker(s, "private paper was printed") == "Jo Roe")
    }

    @Test func aReportsAuthorsAndItsMeasuredNounSpeakForTheReport() {
        let s = story(
            """
            Lowtown will drop its festival, according to a secret council report seen by the Valley Star.

            The 30-page document recommends that the town “pull out of the festival as soon as it can” after costs rose.

            “The cost to taxpayers is now too high,” the report's authors wrote.
            """)
        // The generic noun refers back to the paper named before it (thirty-ninth session).
        #expect(speaker(s, "pull out of the festival") == "the secret council report")
        #expect(speaker(s, "cost to taxpayers") == "the report's authors")
    }

    @Test func itAfterADraftByAnInspectorateIsTheInspectorates() {
        let s = story(
            """
            Canal operator faces a large fine.

            The draft, prepared by investigators at the Canal Inspectorate and dated 4 May, concludes that the firm ignored warnings. It accuses Bluewater of “a pattern of neglect” and says that “a heavy penalty is warranted”.
            """)
        #expect(speaker(s, "pattern of neglect") == "Canal Inspectorate")
        #expect(speaker(s, "heavy penalty") == "Canal Inspectorate")
    }
}

/// A person the lexicons do not know, described by where they work, and an account named
/// after its platform.
@Suite struct DescribedSpeakerNineteenthReviewTests: QuoteSuite {
    @Test func aWardenAtTheParkIsThePersonNotThePark() {
        let s = story(
            """
            Visitors to Glenmore National Park may soon pay €9 a day.

            A warden at the park, who asked not to be named, said the trails were “in ruins” and that “something must change”.
            """)
        #expect(speaker(s, "in ruins") == "A warden at the park")
    }

    @Test func theAccountNamedAfterItsPlatformSpeaksNotThePlatform() {
        let s = story(
            """
            A clip of a burning phone spread on Tuesday.

            The ClipStream account SparkWatch posted the clip with the caption: “This is what happened to my phone last night.”
            """)
        #expect(speaker(s, "happened to my phone") == "SparkWatch")
    }
}
