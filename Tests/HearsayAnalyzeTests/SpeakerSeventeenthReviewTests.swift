import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Speakers missed on stories written by people who never saw Hearsay (seventeenth review):
/// the subject of the quote's own paragraph, a named person after a place, a statement set out
/// after a colon, a post read out, a filing before the court it was lodged at, a name after a
/// role's employer, a chain of "of" phrases, a trailing name with its force; every sentence is
/// written for these tests.
@Suite struct SpeakerSeventeenthReviewTests: QuoteSuite {
    @Test func theSubjectOfTheQuotesParagraphBeatsSomeoneNamedAbove() {
        let s = story(
            """
            The cycling union has opened an inquiry into the sprinter Ola Brekke, according to a leaked memo.

            The memo is signed by the union's former president, Henrik Solvang.

            Rival sprinter Anders Tveit, who came fourth, was scathing. “Nobody finds two seconds in one winter,” he told reporters.
            """)
        #expect(speaker(s, "two seconds") == "Anders Tveit")
    }

    @Test func aPersonAfterAPlaceIsNoPlaceSetAfterIt() {
        let s = story(
            """
            News that Saltholm Ferries may stop the winter crossing has alarmed an island where most families live off the sea.

            The Merrow Echo reported on Monday that the company would run its last winter sailing in March.

            The mayor of Port Ellery, Katrin Voss, said she had not been told. “Half this island works on that boat or because of it,” she said.
            """)
        #expect(speaker(s, "works on that boat") == "Katrin Voss")
    }

    @Test func aStatementSetOutAfterAColonIsTheirs() {
        let s = story(
            """
            Live: the race for county mayor.

            Councillor Ruth Adair has answered on her campaign page. Here is her statement in full:

            “I am staying in this race and I intend to win it.”
            """)
        #expect(speaker(s, "staying in this race") == "Ruth Adair")
    }

    @Test func aPostReadOutIsItsPostersWords() {
        let s = story(
            """
            A screenshot of what looks like a ministry letter has spread online since Monday.

            The screenshot was first posted by the account @HarbourWhispers, which does not say who runs it. The accompanying post read: “EXCLUSIVE: the ministry is closing three hospitals. Letter below.”
            """)
        #expect(speaker(s, "closing three hospitals")?.contains("HarbourWhispers") == true)
    }

    @Test func aSpokespersonWhoRepeatsADenialAfterAColonSpeaks() {
        let s = story(
            """
            The rowing federation said on Friday that the letter was a fake.

            A spokesperson repeated that to the Gazette: “The letter is not ours and the police have it.”
            """)
        let who = speaker(s, "police have it")?.lowercased() ?? ""
        #expect(who.contains("spokesperson") || who.contains("federation"))
    }

    @Test func aFilingIsItsFilersNotTheCourtsItWasLodgedAt() {
        let s = story(
            """
            The owners of the Tarn Valley estate are looking for a buyer, a court filing shows.

            A petition by Hartwell Finance at the district court in Marlow, in a row over unpaid rent, states that “the owners have appointed a broker to seek offers for the whole estate”.
            """)
        #expect(speaker(s, "seek offers") == "Hartwell Finance")
    }

    @Test func aNameAfterARolesEmployerIsTheSubject() {
        let s = story(
            """
            The hotel group told staff to keep quiet about the breach, according to the newsletter Cyber Ledger.

            The memo from the group's head of IT, Mirja Salo, warned that “no employee may discuss the incident with guests”.
            """)
        #expect(speaker(s, "discuss the incident") == "Mirja Salo")
    }

    @Test func aChainOfOfPhrasesEndsAtThePersonWhoSpoke() {
        let s = story(
            """
            The council denied that it would close the Harrow Park reading room.

            Ola Brandt of the Friends of Harrow Park said the promise was “too vague to mean anything”.
            """)
        #expect(speaker(s, "too vague") == "Ola Brandt")
    }

    @Test func aTrailingNameWithItsForceSpeaks() {
        let s = story(
            """
            Police asked people to stop sharing the fake flood warning.

            “Every time a rumour spreads, the real warnings get lost,” Inspector Tove Lund of Kestrel police said.
            """)
        #expect(speaker(s, "real warnings") == "Tove Lund")
    }

    @Test func theNounANameEndsInRefersBackToIt() {
        let s = story(
            """
            An engineers' report says the Harlow Viaduct should carry no lorry over 20 tonnes. The Harlow Viaduct Trust, which owns the crossing, says it is sound.

            “This is a ban on freight in all but name,” said Dina Okoro, chair of the Northfield Hauliers Federation. Okoro said the federation had asked the trust for a meeting.

            The trust said in a statement that the viaduct is “sound for every lawful load”.
            """)
        #expect(speaker(s, "every lawful load") == "Harlow Viaduct Trust")
    }

    @Test func itAfterADocumentsQuotationIsTheSameDocument() {
        let s = story(
            """
            Lamp maker Orrin Lighting plans to double its output, according to a draft share prospectus.

            “We expect to open a second factory in 2027,” the prospectus states.

            The document also lists the company's largest customer, Tallis Stores.

            It also warns investors that “the loss of Tallis Stores would hurt our results badly”.
            """)
        #expect(speaker(s, "hurt our results") == speaker(s, "second factory"))
        #expect(speaker(s, "hurt our results") != "Tallis Stores")
    }

    @Test func aNameInTheSpeakersOwnNounPhraseIsNoSubject() {
        let s = story(
            """
            A fake flood alert spread on Sunday night.

            Vannick Fire and Rescue assistant commissioner Ruth Kellas said on Sunday night that the alert was not genuine. “Nobody has been told to leave. That picture is a fake,” she said.
            """)
        #expect(speaker(s, "picture is a fake") == "Ruth Kellas")
    }

    @Test func aTrailingNameWithTwoAsidesBeforeItsVerbSpeaks() {
        let s = story(
            """
            Tenants say the landlord's letters were copied from a draft.

            “The letters we received match, line for line, the draft the landlord sent in March,” Dr Ilse Varga, who represents the Marlow Tenants Union, a group of about 900 households, told reporters on Friday.
            """)
        #expect(speaker(s, "line for line") == "Ilse Varga")
    }

    @Test func aLawsuitThatAllegesIsQuoted() {
        let s = story(
            """
            Tenants have sued the Harlow estate's owner.

            The lawsuit, filed on Monday, alleges that the owner “has ignored repair requests from more than 200 tenants since January”, according to a copy seen by the Post.
            """)
        #expect(speaker(s, "repair requests") != nil)
    }

    @Test func aDoersNounBeforeANameIsTheirRole() {
        let s = story(
            """
            A painting sold as an early Marsh was a copy, a restorer says.

            Rival grandmaster Lena Osk said the result was “a surprise to nobody”. The canvas was examined by restorer Hanne Birk, who called it “plainly a copy”. Local shopkeeper Ravi Dunn said trade was “down by half”.
            """)
        #expect(roles(s, "Lena Osk").contains { $0.lowercased().contains("grandmaster") })
        #expect(roles(s, "Hanne Birk").contains { $0.lowercased().contains("restorer") })
        #expect(roles(s, "Ravi Dunn").contains { $0.lowercased().contains("shopkeeper") })
    }

    @Test func aCompanysNounBeforeANameIsNoPersonsRole() {
        let s = story(
            """
            Carmaker Vostro Motors will cut 900 jobs, according to the newspaper Harbour Daily.

            “We expect to say more next week,” Vostro Motors said in a statement.
            """)
        #expect(roles(s, "Vostro Motors").isEmpty)
        #expect(roles(s, "Harbour Daily").isEmpty)
    }

    @Test func aDoersNounOpeningASentenceIsNoPartOfTheName() {
        let s = story(
            """
            Swimmers were warned after a shark video spread online.

            Holidaymaker Donna Brae said she saw “nothing but seals”. Baker Street Station was closed on Sunday.
            """)
        #expect(speaker(s, "nothing but seals") == "Donna Brae")
        #expect(roles(s, "Donna Brae").contains("Holidaymaker"))
    }
}
