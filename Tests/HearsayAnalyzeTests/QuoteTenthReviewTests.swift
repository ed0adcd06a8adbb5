import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers found wrong in a tenth review, on whole articles (wire copy, rewrites, live
/// pages, press releases) of stories with several speakers; every sentence is written for
/// these tests.
@Suite struct QuoteTenthReviewTests: QuoteSuite {
    // MARK: - Statements issued for others

    @Test func aFamilyStatementIsTheFamilys() {
        let s = story(
            """
            Nadia Okafor, 31, died in the crash on Friday.

            The Okafor family released a statement through their solicitor, Ben Hale, on Sunday.

            “We are heartbroken and ask to be left alone,” the statement said.
            """)
        #expect(speaker(s, "heartbroken") == "The Okafor family")
    }

    /// "One analyst, Jo Poe of Acme Bank, said:": the name set off by commas ends in its
    /// employer, and names the speaker the description before it stands for.
    @Test func aNameWithItsEmployerSetOffByCommasIsTheSpeaker() {
        let s = story(
            """
            The port is expected to raise its fees next month.

            One analyst, Omar Reyes of Tidewater Bank, said: “Shippers will pay, and so will shoppers.”

            Another, Ines Vogt from Kestrel Research, said: “Nobody saw this coming.”
            """)
        #expect(speaker(s, "so will shoppers") == "Omar Reyes")
        #expect(speaker(s, "saw this coming") == "Ines Vogt")
    }

    @Test func aStatementThroughALawyerIsWhoeverReleasedIt() {
        let s = story(
            """
            In a statement issued through their lawyer, Mia Cole, the parents of the missing climber said they were grateful. “We have not given up hope,” the statement said.
            """)
        #expect(speaker(s, "given up hope") == "the parents of the missing climber")
    }

    @Test func theDescendantsOfSomeoneAreTheWholePhrase() {
        let s = story(
            "In a statement released through their lawyer, the descendants of the mill's founder said they were pleased. “It is what he wanted,” the statement said."
        )
        #expect(speaker(s, "what he wanted") == "the descendants of the mill's founder")
    }

    @Test func theyAfterAFamilyToldAPaperIsTheFamily() {
        let s = story(
            """
            In a statement on Monday, her family told the Valley Courier that she had spent her life “helping others.”

            They said: “She never stopped, not for one day.”
            """)
        #expect(speaker(s, "never stopped") == "her family")
    }

    @Test func theStatementSaidGoesOnWithTheStatementQuotedBefore() {
        let s = story(
            """
            According to a statement released by a representative of his family, “he loved the sea more than anything.”

            “He will be missed by everyone who sailed with him,” the statement said.
            """)
        #expect(speaker(s, "loved the sea") == "a representative of his family")
        #expect(speaker(s, "missed by everyone") == "a representative of his family")
    }

    @Test func saidThroughHisLawyerThat() {
        let s = story("The driver, mechanic Olaf Berg, said through his lawyer that he had “done nothing wrong”.")
        #expect(speaker(s, "done nothing wrong") == "Olaf Berg")
    }

    // MARK: - Outlets and voices

    @Test func anOutletThatWroteItYieldsToTheSpeakerItNames() {
        let s = story("Mayor Ivo Sand said the bridge “will not reopen this year”, the Courier wrote, while the council disagreed.")
        #expect(speaker(s, "will not reopen") == "Ivo Sand")
    }

    @Test func theSpokesmanOfAPersonSpeaksForThatPerson() {
        let s = story(
            "A spokesman for Governor Ada Lowe said the governor had not been told. “She learned of it from the radio,” the spokesman said.")
        #expect(speaker(s, "from the radio") == "Ada Lowe")
        #expect(quote(s, "from the radio")?.role == "spokesman")
    }

    @Test func aSpokeswomanForTheLibraryIsTheLibrarys() {
        let s = story(
            """
            The Northgate Library has closed its east wing.

            A spokeswoman for the library said it had no plans for “a permanent closure”.
            """)
        #expect(speaker(s, "permanent closure") == "Northgate Library")
    }

    @Test func messagesShowingSomeoneWritingAreTheirWords() {
        let s = story(
            """
            Mayor Ivo Sand has denied any wrongdoing.

            The emails, obtained by the Courier, show the mayor writing to a contractor that the price was “not a problem”.
            """)
        #expect(speaker(s, "not a problem") == "Ivo Sand")
    }

    @Test func aRecordShowingHerSpeakingIsHers() {
        let s = story(
            """
            Mayor Ivo Sand has denied any wrongdoing.

            Council member Ada Lowe resigned, after emails appeared to show her asking for the contract to be “looked at again”.
            """)
        #expect(speaker(s, "looked at again") == "Ada Lowe")
    }

    @Test func aTimeBetweenTheSubjectAndTheVerb() {
        let s = story(
            "Finance Minister Ada Lowe on Tuesday rejected the figures as “a fantasy”.",
            "Acme chief Ivo Sand yesterday described the offer as “too low”.")
        #expect(speaker(s, "a fantasy") == "Ada Lowe")
        #expect(speaker(s, "too low") == "Ivo Sand")
    }

    @Test func theOtherAnOfficialWhoAskedNotToBeNamed() {
        let s = story(
            "Two officials described the talks. The other, an official who asked not to be named because she was not authorised to speak, said the deal was “nearly done”."
        )
        #expect(speaker(s, "nearly done") == "an official who asked not to be named")
    }

    // MARK: - Names

    @Test func aSurnameAloneIsThePersonTheArticleNamedFirst() {
        let s = story(
            "President Luka Varos, 70, said on Monday that the harvest had been good.",
            """
            Former president Anton Varos, 88, has not appeared in public for a year.

            The country has been run by his brother, Luka Varos, since 2008.

            “I am in good health,” Mr. Varos said in a letter read on television.
            """)
        #expect(speaker(s, "good health") == "Anton Varos")
    }

    @Test func aCapitalisedOfficeInAnAppositionNamesItsBody() {
        let s = story("Professor Ann Hale, Director of the Eastbrook Gallery, said: “The loan ends in May.”")
        #expect(speaker(s, "loan ends") == "Ann Hale")
        #expect(!s.people.contains { $0.name.contains("Gallery") })
        #expect(s.organisations.contains { $0.name.contains("Eastbrook Gallery") })
    }

    @Test func aPortfolioBeforeAnOrganisationWordStaysInItsName() {
        let s = story(
            "A spokeswoman for the Foreign Office said: “We are aware of the reports.” The Health Ministry said the figures were “wrong”.")
        #expect(speaker(s, "aware of the reports") == "Foreign Office")
        #expect(speaker(s, "wrong") == "Health Ministry")
    }

    @Test func aStatementQuotedThroughAnAgencyIsNotTheAgencys() {
        let s = story(
            """
            “Officials are in contact with the family in Leeds,” a foreign ministry statement said, according to AFP.

            “We will say more when we can,” added the statement.
            """)
        #expect(speaker(s, "say more when we can") != "AFP")
    }

    @Test func theAgencyIsTheOneNamedWithThatNoun() {
        let s = story(
            """
            The singer has not been seen for a month, the Evening Echo reported on Friday.

            The state-run Tagor news agency said on Sunday that she had toured a new theatre. “She praised the builders for their speed,” the agency said.
            """)
        #expect(speaker(s, "praised the builders") == "Tagor")
    }

    @Test func aCitedOutletIsNobodysHe() {
        let s = story(
            """
            The rumour began when the Harbour Ledger published a story about the market.

            Harbour Ledger Online spoke with one of the traders, Dr. Omar Fadel. He said the stalls were “closed for a week.” Fadel said the rest was “invented.”
            """)
        #expect(speaker(s, "closed for a week") == "Omar Fadel")
    }

    @Test func aCitedNameThatReportsIsNobodysHe() {
        let s = story(
            """
            Tallis Texas reports that the market has shut.

            Tallis Texas spoke with one of the traders, Dr. Omar Fadel. He said the stalls were “closed for a week.” Fadel said the rest was “invented.”
            """)
        #expect(speaker(s, "closed for a week") == "Omar Fadel")
    }

    @Test func aNameAfterANounForAnOutletIsNobodysHe() {
        let s = story(
            """
            The rumour began when the news website Quillpost published a story about the market.

            Quillpost Online spoke with one of the traders, Dr. Omar Fadel. He said the stalls were “closed for a week.” Fadel said the rest was “invented.”
            """)
        #expect(speaker(s, "closed for a week") == "Omar Fadel")
    }

    @Test func anAppositionHeadedByACompanyMakesAnOrganisation() {
        let s = story(
            """
            Her brother advises Brantel Optics, the small company that lost the tender.

            Brantel Optics said in a statement that it had “never asked for favours”.
            """)
        #expect(speaker(s, "never asked for favours") == "Brantel Optics")
        #expect(!s.people.contains { $0.name == "Brantel Optics" })
        #expect(s.organisations.contains { $0.name == "Brantel Optics" })
    }

    @Test func anOfficeWithOfIsNoPerson() {
        let s = story("Lina Berg, Minister of Transport, said: “The line will reopen in June.”")
        #expect(speaker(s, "line will reopen") == "Lina Berg")
        #expect(s.people.map(\.name) == ["Lina Berg"])
    }

    @Test func anAdjectiveOpeningTheSentenceIsNoOrganisation() {
        let s = story("Embattled Finance Minister Jo Roe said: “I will not resign.”")
        #expect(speaker(s, "not resign") == "Jo Roe")
        #expect(!s.organisations.contains { $0.name.contains("Embattled") })
    }
}
