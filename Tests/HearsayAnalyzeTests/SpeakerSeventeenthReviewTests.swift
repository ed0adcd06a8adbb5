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
}
