import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Quotes found wrong when whole stories were scored the way the judges score them
/// (fourteenth session): one statement carried by outlets that credit it differently, and
/// quotations lost with their attribution. Every sentence is written for these tests.
@Suite struct QuoteFourteenthReviewTests {
    /// A story of one article per body through the quote and compare stages.
    func story(_ bodies: String...) -> Story { QuoteTestSupport.story(bodies, compared: true) }

    func quote(_ s: Story, _ words: String, in article: Int) -> Quote? {
        s.quotes.first { $0.text.contains(words) && $0.article == "art\(article)0000000" }
    }

    /// The group holding both quotes, when one does.
    func group(_ s: Story, _ a: Quote?, _ b: Quote?) -> QuoteGroup? {
        guard let a, let b else { return nil }
        return s.quoteGroups.first { $0.quotes.contains(a.id) && $0.quotes.contains(b.id) }
    }

    // MARK: - One statement, credited differently

    @Test func anOrganisationsVoiceIsTheOrganisationItsArticleNames() {
        let s = story(
            """
            Tallow Games has denied that it shelved the sequel to its puzzle hit.

            “The sequel has not been shelved. Our team is still building it every single day, and we will say more when we are ready,” the studio’s head of communications, Ivo Marsh, said in a statement.
            """,
            """
            Tallow Games answered the rumours on its own account on Friday.

            In the post, the studio wrote: “The sequel hasn’t been shelved. Our team is building it every day and we’ll say more when we’re ready.”
            """)
        let g = group(s, quote(s, "has not been shelved", in: 0), quote(s, "been shelved", in: 1))
        #expect(g?.wordingDiffers == true)
    }

    @Test func aSpokeswomanAndANamedVoiceOfOneCompanyAreOneSource() {
        let s = story(
            """
            Maison Serel has denied that it will stop making Ambrette, its oldest scent.

            “Ambrette is going nowhere. It remains the soul of our house, and we have no plans to retire it,” Lina Ferrand, the company’s head of communications, said.
            """,
            """
            Maison Serel, which employs 300 people at its workshop in Lisle, flatly denied the report on Tuesday.

            “Ambrette is going nowhere. It is still the soul of our house and there are no plans to retire it,” a spokeswoman said.
            """)
        let g = group(s, quote(s, "going nowhere", in: 0), quote(s, "going nowhere", in: 1))
        #expect(g?.wordingDiffers == true)
        #expect(s.quotes.allSatisfy { !$0.flags.contains(Quote.uncorroborated) })
    }

    @Test func aDefiniteDescriptionIsThePersonItsArticleNames() {
        let s = story(
            """
            Mirela Voss has said she will stay with the Orla Chamber Choir. “I learned about my own exit from a newspaper before anybody had spoken to me,” Voss said.
            """,
            """
            Mirela Voss has rejected reports that she is leaving Orla for a post abroad.

            “I learned about my exit from a newspaper before anyone spoke to me,” the choirmaster told listeners of a radio phone-in on Sunday.
            """)
        let g = group(s, quote(s, "learned about my own exit", in: 0), quote(s, "learned about my exit", in: 1))
        #expect(g?.wordingDiffers == true)
    }

    @Test func voicesOfTwoCompaniesNamedApartStayApart() {
        let s = story(
            """
            Shares in Acme Freight rose on Monday. “We do not comment on market rumours or on speculation of any kind,” an Acme Freight spokesman said.
            """,
            """
            Bolt Logistics was also named in the report. “We do not comment on market rumours and speculation of any kind,” a Bolt Logistics spokeswoman said.
            """)
        #expect(group(s, quote(s, "do not comment", in: 0), quote(s, "do not comment", in: 1)) == nil)
    }

    // MARK: - Quotations lost with their attribution

    @Test func aNounOfNumberWrittenOpenDescribesTheNameAfterIt() {
        let s = story("Families fled to higher ground overnight. “We heard the sirens before we saw the water,” said father of two Aron Pelk. “We ran.”")
        #expect(quote(s, "heard the sirens", in: 0)?.speaker == "Aron Pelk")
        #expect(quote(s, "We ran", in: 0)?.speaker == "Aron Pelk")
    }

    @Test func aRestrictiveRelativeClauseOfAnUnnamedSpeakerIsPassedOver() {
        let s = story(
            """
            Porters at the market walked out on Monday. “The managers are laughing at us,” one porter who did not want to be named told us.

            “They pay themselves bonuses and offer us nothing,” a porter who asked not to be named said.
            """)
        #expect(quote(s, "laughing at us", in: 0)?.speaker == "one porter")
        #expect(quote(s, "offer us nothing", in: 0)?.speaker == "a porter")
    }

    @Test func aGivenNameThatIsAFunctionWordFollowsAnInvertedVerb() {
        let s = story("The channel confirmed the news. “After forty seasons we have decided to let the show go out on a high,” said Per Lund, the channel’s head of drama.")
        #expect(quote(s, "forty seasons", in: 0)?.speaker == "Per Lund")
    }

    @Test func aGivenNameThatIsAFunctionWordOpensAnApposition() {
        let s = story("The channel’s head of drama, Per Lund, told a radio host on Friday that the show was “safe for now” but gave no date.")
        #expect(quote(s, "safe for now", in: 0)?.speaker == "Per Lund")
    }

    @Test func anOrganisationInAppositionToANounForOneIsTheSubject() {
        let s = story("Around 900 porters walked out on Monday. The market’s operator, Vell Harbour Holdings, said the offer was “fair and final”.")
        #expect(quote(s, "fair and final", in: 0)?.speaker == "Vell Harbour Holdings")
    }
}
