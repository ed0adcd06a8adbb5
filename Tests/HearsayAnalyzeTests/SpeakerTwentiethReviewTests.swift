import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Speakers missed on ten stories written by people who never saw Hearsay (twentieth review):
/// a full name after premodifying nouns ("Westmoor mayoral candidate Jo Roe"), "what it
/// called", "the embassy" after a quotation of another kind of body, "Their statement read:",
/// "In a statement it said:" after "The company says ...", and a description whose own
/// sentence names an organisation; every sentence is written for these tests.
@Suite struct SpeakerTwentiethReviewTests: QuoteSuite {
    @Test func aFullNameAfterPremodifyingNounsHeadsTheSubject() {
        let s = story(
            """
            Audit row deepens.

            Westmoor mayoral candidate Priya Anand said on Friday that no audit was ordered, and accused her opponent of trying to "bury the numbers" until the vote.
            """)
        #expect(speaker(s, "bury the numbers") == "Priya Anand")
    }

    @Test func aNounForPeopleBeforeANameIsTheNamedPerson() {
        let s = story(
            """
            Keeper rumour spreads.

            Former teammate Lior Baskin also reacted, writing: "I can hardly take this in at all, honestly."
            """)
        #expect(speaker(s, "hardly take this in") == "Lior Baskin")
    }

    @Test func whatItCalledIsTheSentencesSubject() {
        let s = story(
            """
            Water firm denies leak.

            Delmont Water said on Friday that the plant was "working normally" and urged people to stop sharing what it called "reckless and false rumours".
            """)
        #expect(speaker(s, "reckless and false rumours") == "Delmont Water")
    }

    @Test func aDefiniteNounIsNotTheLastBodyQuotedWhenItsNameSaysAnotherKind() {
        let s = story(
            """
            Pandas to stay.

            In a joint statement on Thursday, the Baishui Giant Panda Conservation Centre said the loan "will continue as agreed until 2031".

            It ends a week that began when a paper reported, quoting a source at the Chinese embassy, that the pandas would be sent back. The embassy called that report "groundless".
            """)
        #expect(speaker(s, "groundless")?.lowercased() == "the embassy")
    }

    @Test func theirStatementReadIsTheBodyThatOpensTheSentenceBefore() {
        let s = story(
            """
            Crash rumour false.

            The county traffic police told CheckPoint that no crash had been recorded on Tuesday. Their statement on X read: "No crash has been reported anywhere in the county tonight."
            """)
        #expect(speaker(s, "No crash has been reported")?.lowercased().hasSuffix("traffic police") == true)
    }

    @Test func itInAStatementRefersToTheBodyOpeningTheSentenceBeforeNotTheLastQuoted() {
        let s = story(
            """
            Reservoir plan paused.

            Delmont Water wrote down its reservoir project by £12m on Thursday. Harlow Borough Council said it was "disappointed".

            The company says that is wrong. In a statement it said: "The project has been paused, not cancelled, and we remain committed."
            """)
        #expect(speaker(s, "paused, not cancelled") == "Delmont Water")
        #expect(speaker(s, "disappointed") == "Harlow Borough Council")
    }

    @Test func itAfterASentenceOpenedByADocumentIsNotAnOrganisationNamedLaterInIt() {
        let s = story(
            """
            Sewage fine looms.

            The draft, dated 19 January, concludes that the company was responsible for 900 spills. It accuses Tarrow Water of "serious failures to run its works lawfully".
            """)
        #expect(speaker(s, "serious failures") != "Tarrow Water")
    }

    @Test func aDescriptionNamingAnOrganisationInItsOwnSentenceStaysDescribed() {
        let s = story(
            """
            Publisher cuts jobs.

            A literary agent who represents several Marlow & Finch authors told us the news came as a shock. "Nobody saw this coming at all," the agent said.
            """)
        // (Twenty-first session: the description it takes up, `Speakers27Tests`.)
        #expect(speaker(s, "Nobody saw this coming") == "A literary agent")
    }

    @Test func aPostCreditedWhereItIsIntroducedIsItsAccounts() {
        let s = story(
            """
            Keeper death hoax.

            Fans were upset on Tuesday.

            A post from the account @GolFlashNews is being widely shared. It reads: "BREAKING: the keeper has died in a crash near the coast tonight."
            """)
        #expect(speaker(s, "has died in a crash") == "@GolFlashNews")
    }

    @Test func rolesOfAContestAndATeamBeforeANameAreRoles() {
        let s = story(
            """
            Recount row.

            Challenger Rosa Delgado leads by 40 votes. Vice-captain Tomas Reiner will lead the side on Sunday. Head keeper Anil Basu said the animals were calm.
            """)
        func roles(_ name: String) -> [String] { s.people.first { $0.name == name }?.roles.map { $0.lowercased() } ?? [] }
        #expect(roles("Rosa Delgado").contains { $0.contains("challenger") })
        #expect(roles("Tomas Reiner").contains { $0.contains("vice-captain") })
        #expect(roles("Anil Basu").contains { $0.contains("keeper") })
    }

    @Test func aPublicBodysNounReferstoANameThatSaysSo() {
        func body(_ name: String) -> Mention {
            let tokens = name.lowercased().split(separator: " ").map(String.init)
            return Mention(words: 0..<tokens.count, full: 0..<tokens.count, name: name, tokens: tokens, kind: .organisation)
        }
        // An account or a firm quoted before is not "the police" or "the embassy".
        #expect(ArticleQuotes.kindClash(body("GolFlashNews"), "police"))
        #expect(ArticleQuotes.kindClash(body("Baishui Panda Conservation Centre"), "embassy"))
        #expect(!ArticleQuotes.kindClash(body("Belcastro Metropolitan Police"), "police"))
        // "The company" is no council; it may be a bank.
        #expect(ArticleQuotes.kindClash(body("Harlow Borough Council"), "company"))
        #expect(!ArticleQuotes.kindClash(body("Aldmere Bank"), "company"))
        // "The club" may be a name that does not say what it is.
        #expect(!ArticleQuotes.kindClash(body("CD Norvalle"), "club"))
    }

    @Test func aLowerCaseHandleIsANameAndItsQuoteIsKept() {
        let s = story(
            """
            Phone fire scare.

            One user, @tom_b_88, wrote: "Returning mine tomorrow. Not risking the kids for a phone."

            Write to jo@example.com with tips.
            """)
        #expect(speaker(s, "Returning mine tomorrow") == "@tom_b_88")
        // An e-mail address is no handle.
        #expect(!s.people.contains { $0.name.contains("example") })
    }
}
