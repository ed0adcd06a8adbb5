import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers and flags found wrong in an eleventh review, on whole stories with rewrites,
/// statements and quotes later disowned; every sentence is written for these tests.
@Suite struct QuoteEleventhReviewTests: QuoteSuite {
    // MARK: - Speakers

    @Test func aNameAfterADescriptionWithItsEmployerSpeaks() {
        let s = story(
            """
            Shares in the ferry operator fell sharply on Monday.

            “The fleet is older than anyone admits,” another analyst, Rosa Klint at Harrow Partners, said.

            “Fuel is the real worry,” said another trader, Ivo Marek of Pell Capital, who has followed the firm for years.
            """)
        #expect(speaker(s, "older than anyone") == "Rosa Klint")
        #expect(speaker(s, "real worry") == "Ivo Marek")
    }

    @Test func theStatementOfAnOrganisationNounIsTheOrganisations() {
        let s = story(
            """
            The Harbour Savings Bank was fined on Tuesday.

            The bank issued a statement in the afternoon. “We accept the ruling in full,” the statement said.
            """)
        #expect(speaker(s, "accept the ruling") == "Harbour Savings Bank")
        // A name that opens with an organisation noun is the name itself.
        let named = story(
            """
            Researchers at the Fenwick Institute raised the alarm in May.

            The University of Marlow said in a statement that it had opened an inquiry. “We take this seriously,” the statement said.
            """)
        #expect(speaker(named, "take this seriously") == "University of Marlow")
        let apposed = story(
            """
            The Road Safety Board ordered the recall on Monday.

            The maker, Holt Wheels, said in a statement that it would comply. “We are checking every frame,” the statement said.
            """)
        #expect(speaker(apposed, "checking every frame") == "Holt Wheels")
    }

    @Test func thePapersStatementIsTheOutletNamedBefore() {
        let s = story(
            """
            “The figures were wrong,” Dr Lena Ruud said.

            The Northern Clarion said it had withdrawn the article. The paper issued a statement. “We regret the error,” the statement said.
            """)
        #expect(speaker(s, "regret the error") == "Northern Clarion")
    }

    @Test func oneOfAGroupWritingIsMadeSpeakerAfterWith() {
        let s = story(
            """
            Supporters flooded the club's page with messages, with one writing: “Best manager we ever had.”

            Passengers vented their anger on the forum, with one commuter posting: “Three hours on a cold platform.”
            """)
        #expect(speaker(s, "Best manager") == "one supporter")
        #expect(speaker(s, "cold platform") == "one commuter")
        // The group is the clause's subject, not people named in the paragraph before.
        let t = story(
            """
            The chairman told reporters the fare rise was fair.

            Season ticket holders reacted with anger online, with one writing: “Fair for whom?”
            """)
        #expect(speaker(t, "Fair for whom") == "one holder")
    }

    @Test func aPronounAfterANameThatReportedSpeechIsThatName() {
        let s = story(
            """
            A spokeswoman for the council, Mira Senn, said: “The report is being studied.”

            Tobias Wendt said the family wanted privacy. “We have nothing more to add,” he said.
            """)
        #expect(speaker(s, "nothing more to add") == "Tobias Wendt")
    }

    // MARK: - Disputed quotes

    @Test func aQuoteTheSpeakersOfficeSaysWasNeverGivenIsDisputedEverywhere() {
        let s = story(
            """
            Tributes poured in for the singer. Director Pavel Oresko said: “She lit up every room she walked into.”
            """,
            """
            The singer is alive. “She lit up every room she walked into,” Pavel Oresko was quoted as saying by one site.
            """,
            """
            Oresko's office said the director had given no interview and that the quote attributed to him was invented.
            """)
        let flagged = s.quotes.filter { $0.flags.contains("disputed") }
        #expect(flagged.count == 2)
        #expect(flagged.allSatisfy { $0.speaker == "Pavel Oresko" })
    }

    @Test func onlyTheWordsTheDenialRepeatsAreDisputedAndTheSpeakersOwnRebuttalIsNot() {
        let s = story(
            """
            “Our budget is sound and the audit will show it,” minister Clara Voss said in an email.
            """,
            """
            According to the Evening Lamp, Clara Voss said the auditors “are a pack of amateurs”.
            """,
            """
            Clara Voss has faced calls to resign all week. Her spokesman, Olaf Brant, said she had never called the auditors amateurs. “The minister has never said those words,” Brant said.

            “I have never called anyone amateurs,” Voss said.
            """)
        #expect(quote(s, "pack of amateurs")?.flags.contains("disputed") == true)
        #expect(quote(s, "budget is sound")?.flags.contains("disputed") == false)
        #expect(quote(s, "never called anyone")?.flags.contains("disputed") == false)
        #expect(quote(s, "never said those words")?.flags.contains("disputed") == false)
    }

    @Test func aGenuineQuoteFarFromTheDisputedOneInTheSameArticleIsNotDisputed() {
        let s = story(
            """
            The mayor, Ilka Brenn, reportedly told a dinner: “The harbour plan is dead and buried.”

            She also said the budget “will balance by June”.

            The council meets on Monday to vote on the budget.

            Earlier this month Brenn said of the tram line: “We will open it in the autumn.”
            """,
            """
            Ilka Brenn has faced questions all week. Her office said she had never said the harbour plan was dead.
            """)
        #expect(quote(s, "dead and buried")?.flags.contains("disputed") == true)
        #expect(quote(s, "balance by June")?.flags.contains("disputed") == true)
        #expect(quote(s, "open it in the autumn")?.flags.contains("disputed") == false)
    }

    /// With no words repeated, the statement in question is the one that went round.
    @Test func anUnrepeatedDenialDisputesTheStatementMostArticlesCarry() {
        let s = story(
            """
            Senator Anselm Reyt told students that “every river has a soul”. Later he said of the budget: “We must spend less on buildings.”
            """,
            """
            “Every river has a soul,” Senator Anselm Reyt told the crowd.
            """,
            """
            Senator Anselm Reyt was widely reported to have spoken of rivers. However, it turned out the senator had not made the comment, and he has not spoken much about rivers in public.
            """)
        #expect(s.quotes.filter { $0.text.lowercased().contains("every river") }.allSatisfy { $0.flags.contains("disputed") })
        #expect(quote(s, "spend less")?.flags.contains("disputed") == false)
    }

    @Test func declingToSayIsNoDenial() {
        let s = story(
            """
            “The new hospital will open in the spring,” said minister Ada Kell.
            """,
            """
            Ada Kell did not say when the new hospital would open. She has not spoken much about the new hospital since.
            """)
        #expect(quote(s, "new hospital")?.flags.contains("disputed") == false)
    }
}
