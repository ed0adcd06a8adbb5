import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Speakers missed on stories written by people who never saw Hearsay (eighteenth review):
/// a statement announced in one sentence and set out after "Here it is in full:", a short
/// statement after a colon from "the company", a name with its group after "of", a page on a
/// platform, a post someone posted "on X by an account named Y", a letter someone wrote, a
/// quotation over two paragraphs credited in the second, an organisation whose name is the
/// plural of the noun; every sentence is written for these tests.
@Suite struct SpeakerEighteenthReviewTests: QuoteSuite {
    @Test func aStatementAnnouncedBeforeHereItIsInFullIsItsSenders() {
        let s = story(
            """
            Live: the future of the Harbourside Lido.

            09:40 – The lido's manager, Agnes Pellow, has emailed us a fuller statement. Here it is in full:

            “We have not been told of any closure and we open on the first of May as we always do.

            “If the city wants to shut a pool that fifty thousand people swam in last year, it can tell them so itself.”
            """)
        #expect(speaker(s, "first of May") == "Agnes Pellow")
        #expect(speaker(s, "fifty thousand people") == "Agnes Pellow")
    }

    @Test func theChairOfAnOrganisationNounIsTheSubjectNotTheOrganisation() {
        let s = story(
            """
            Newest posts first.

            17:15 – The orchestra's chair, Lukas Brenner, has sent us his reply. Here it is in full:

            “No player has been told of any cut, and none will be while I chair this board.”
            """)
        #expect(speaker(s, "No player has been told") == "Lukas Brenner")
    }

    @Test func aShortStatementAfterAColonIsTheCompanys() {
        let s = story(
            """
            Stocks of a common heart drug are running low at pharmacies, the broadcaster reported.

            Varnholt Pharma makes the drug at a plant near the border.

            The drugmaker has now sent a brief statement: “We are working with our distributors and expect supply to recover within weeks.” It gave no date.
            """)
        #expect(speaker(s, "expect supply to recover") == "Varnholt Pharma")
    }

    @Test func aNameWithItsGroupAfterOfIsTheSpeakerNotTheGroup() {
        let s = story(
            """
            The brewery says the plant in Oskarby will stay open after the takeover.

            Sunniva Brattli of the Food and Allied Workers' Federation said on Monday: “One plant staying open is not the same as every job staying.”
            """)
        #expect(speaker(s, "every job staying") == "Sunniva Brattli")
    }

    @Test func aPersonSaidToSpeakAfterOfAGroupIsTheSheOfHerParagraph() {
        let s = story(
            """
            The principal, Margit Olafsen, wrote to families again on Monday. “Nothing changes this term,” she said.

            Ingrid Haavik of the Save Nordby School group said the evening had settled nothing. “We asked three questions and got no answers,” she said.
            """)
        #expect(speaker(s, "three questions") == "Ingrid Haavik")
    }

    @Test func aPostOnAPlatformPageIsThePagesWords() {
        let s = story(
            """
            A claim that a pensioner won the Euro Riches jackpot is false, the lottery says.

            The post appeared on Monday on a Facebook page called Lucky Streak Tales and has been shared 40,000 times. It shows a woman holding a cheque and reads: “I am sharing my luck with the first 500 people who comment below.”
            """)
        #expect(speaker(s, "sharing my luck") == "Lucky Streak Tales")
    }

    @Test func aPostPostedOnAPlatformByANamedAccountIsTheAccounts() {
        let s = story(
            """
            Fact check: no tsunami is forecast for the Brell coast.

            Claim: A leaked letter from the Brell Coastguard Agency shows a wave is expected on Friday.

            The warning was first posted on Chirper on 4 May by an account named BrellWatch, which was set up a week earlier. The post read: “URGENT: the coastguard expects a wave on Friday. Leave now and share this.”
            """)
        #expect(speaker(s, "expects a wave") == "BrellWatch")
    }

    @Test func aPostReferredToByItWithNoPosterNamedIsThePost() {
        let s = story(
            """
            Families have fled the coast after a viral post claimed a giant wave was coming.

            The post, which spread across Chirper overnight, claimed the coastguard was hiding a forecast. It read: “They know the wave is coming on Friday. Share before this is deleted.”
            """)
        #expect(speaker(s, "wave is coming on Friday") == "the post")
    }

    @Test func aLetterSomeoneWroteIsTheirWords() {
        let s = story(
            """
            A plan to merge two village schools has been leaked to the local paper.

            The head of Lindmoor Primary wrote to parents on Thursday evening. “Please do not worry: nothing will change for your children this year,” the letter said.
            """)
        #expect(speaker(s, "nothing will change")?.lowercased().contains("head of lindmoor primary") == true)
    }

    @Test func aQuotationOverTwoParagraphsCreditedInTheSecondIsThatSpeakers() {
        let s = story(
            """
            Halvard Bank confirmed on Monday that its chief executive, Solveig Arnesen, will retire in June.

            The bank said in a statement that the board had chosen the finance director to succeed her.

            “I told the board a year ago that this would be my last. Eight years is enough for anyone.

            “The bank is in good hands,” Arnesen said in the statement.
            """)
        #expect(speaker(s, "Eight years is enough") == "Solveig Arnesen")
    }

    @Test func aNounForWhatAnOrganisationsNameCallsItInThePluralIsThatOrganisation() {
        let s = story(
            """
            Staff at Kestrel Laboratories went back to work after the laboratory and the drug group Pharmond both denied a report of a takeover.

            “Kestrel is not for sale and is not in talks with Pharmond or anyone else,” the laboratory said on Tuesday.
            """)
        #expect(speaker(s, "not for sale") == "Kestrel Laboratories")
    }
}

/// Outlets whose names a reader knows by their last word or their first: "the Karvik Report"
/// and "The Lobby Letter" are newsletters as "the Karvik Review" is, and a number word opens
/// "Three Rivers Radio" where it only counts in "Three officials said".
@Suite struct CitationEighteenthReviewTests: QuoteSuite {
    @Test func aNewsletterNamedReportOrLetterIsCited() {
        let cited = sources(
            """
            Yesterday the Karvik Report said that Moravia Foods was in talks to buy Pennock.

            The Lobby Letter said on Monday that the senator would change party.
            """)
        #expect(cited.contains("Karvik Report"))
        #expect(cited.contains("Lobby Letter"))
    }

    @Test func aNumberWordOpensABroadcastersName() {
        let s = story(
            """
            Cllr Ola Brandt confirmed the plan to Three Rivers Radio on Tuesday. Three officials said nothing.
            """)
        #expect(s.citations.map(\.source).contains("Three Rivers Radio"))
        #expect(!s.organisations.contains { $0.name.hasPrefix("Three officials") })
    }
}

/// A band speaks as a company does ("the band wrote" is the band named before), and a voice
/// for "the band's management" speaks for the management, not the band.
@Suite struct BandEighteenthReviewTests: QuoteSuite {
    @Test func theBandIsTheBandNamedBefore() {
        let s = story(
            """
            Velvet Lanterns sold out two more October shows on Thursday, a day after a report that the group would split.

            In a post on its website on Friday, the band wrote: “We are not splitting up, and the tour goes ahead.”
            """)
        #expect(speaker(s, "tour goes ahead") == "Velvet Lanterns")
    }

    @Test func aVoiceForTheBandsManagementIsNotTheBands() {
        let s = story(
            """
            Fans of Velvet Lanterns queued overnight for tickets after a report that the group would split.

            A spokesperson for the band's management said: “Nobody is leaving and nothing has been cancelled.”
            """)
        #expect(speaker(s, "Nobody is leaving") != "Velvet Lanterns")
    }
}

/// "the survey said" after "the Korvessa Geological Survey": a definite noun that is the last
/// word of a body's name the article gave is that body, whether or not the lexicon knows the
/// noun for an organisation's; a voice "for the survey" speaks for it.
@Suite struct BodyNounEighteenthReviewTests: QuoteSuite {
    @Test func theLastWordOfABodysNameIsThatBody() {
        let s = story(
            """
            A letter said to come from the Dunmore Seismic Observatory is a fake, officials say.

            “We have issued no forecast for any date,” the observatory said on Monday.
            """)
        #expect(speaker(s, "issued no forecast") == "Dunmore Seismic Observatory")
    }

    @Test func aVoiceForTheLastWordOfABodysNameSpeaksForIt() {
        let s = story(
            """
            A letter said to come from the Dunmore Seismic Observatory is a fake, officials say.

            “We have issued no forecast for any date,” a spokeswoman for the observatory said.
            """)
        #expect(speaker(s, "issued no forecast") == "Dunmore Seismic Observatory")
    }

    @Test func aPersonNounIsNoBody() {
        let s = story(
            """
            The Kestrel Valley Reporter first ran the story on Monday.

            “Nobody told us anything,” the reporter said.
            """)
        #expect(speaker(s, "Nobody told us") != "Kestrel Valley Reporter")
    }
}

/// A group of one statement carried by two outlets, one crediting the name and one a
/// description, is labelled with the name on a tie.
@Suite struct GroupLabelEighteenthReviewTests: CompareSuite {
    @Test func aNameLabelsTheGroupOverADescriptionOnATie() {
        let bodies = [
            "a": "Velvet Lanterns said on Friday: “We are not splitting up and the October tour goes ahead.”",
            "b": "Velvet Lanterns sold out two more shows. The group said: “We are not splitting up and the October tour goes ahead as planned.”",
        ]
        let story = analyze(
            [
                quote("qb", "b", "We are not splitting up and the October tour goes ahead as planned.", "the group", in: bodies),
                quote("qa", "a", "We are not splitting up and the October tour goes ahead.", "Velvet Lanterns", in: bodies),
            ], bodies: bodies)
        let group = story.quoteGroups.first { $0.quotes.contains("qa") }
        #expect(group?.quotes.contains("qb") == true)
        #expect(group?.speaker == "Velvet Lanterns")
    }
}
