import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Quotations that reported speech carries in fragments (forty-second session): "goes on to
/// say", "according to the memo," before the words, the minutes of a meeting as a paper that
/// speaks, and a verb form used as a noun in the speaker's description ("the call handler").
/// Every sentence is written for these tests.
@Suite struct Quotes42Tests: QuoteSuite {
    @Test func goesOnToSayIsTheSubjectsOwnVerb() {
        let s = story(
            "Weather blogger Tom Harrow says the coming winter will be the worst in decades. He goes on to claim that the models show \"a solid month of sleet\" from January.")
        #expect(speaker(s, "a solid month of sleet") == "Tom Harrow")
    }

    @Test func itGoesOnToSayIsThePaperBefore() {
        let s = story(
            "A memo seen by the Evening Courier sets out the change.\n\n\"All depots will shut on Sundays from May,\" the memo reads. It goes on to warn drivers that rotas will be \"rewritten from scratch\".")
        let q = quote(s, "rewritten from scratch")
        #expect(q != nil)
        #expect(q?.speaker?.contains("memo") == true)
    }

    @Test func accordingToThePaperBeforeTheWords() {
        let s = story(
            "The county plans to shut two swimming pools, a document passed to the Weekly Sentinel shows.\n\nAccording to the document, the closures \"would save about £800,000 a year\" once staff had been moved.")
        let q = quote(s, "would save about")
        #expect(q != nil)
        #expect(q?.speaker?.contains("document") == true)
    }

    @Test func theMinutesOfAMeetingSpeak() {
        let s = story(
            "Trustees of the Brimley Arts Trust met in private last month.\n\nThe minutes also note that the gallery is expected to \"run at a loss for three more years\".")
        let q = quote(s, "run at a loss")
        #expect(q != nil)
        #expect(q?.speaker?.contains("minutes") == true)
    }

    @Test func showAfterAPluralNounIsAVerb() {
        let s = story(
            "The Varrow Rowing Club told the Weekly Sentinel that its logbooks show \"a wooden jetty washed away in the gales of 1971\".")
        #expect(quote(s, "a wooden jetty washed away") != nil)
    }

    @Test func aVerbFormBeforeANounDescribesTheSpeaker() {
        let s = story(
            "Staff at the Dunmore control room said they were under pressure.\n\n\"We were told to clear the queue by any means,\" the call handler said. \"Nobody liked it.\"")
        #expect(speaker(s, "clear the queue") == "the call handler")
        #expect(speaker(s, "Nobody liked it") == "the call handler")
    }

    @Test func aPaperSaysWhatItQuotesByAnyVerb() {
        let s = story(
            "Trustees of the Brimley Arts Trust met in private last month.\n\nThe minutes of the meeting, dated 2 May, record that trustees \"agreed to sell the old drill hall\".",
            "A harbour notice went up on the quay on Monday.\n\nThe notice was signed by the harbour master. It orders that \"all pleasure craft leave the inner basin by noon\".")
        #expect(quote(s, "agreed to sell the old drill hall")?.speaker?.contains("minutes") == true)
        #expect(quote(s, "all pleasure craft leave") != nil)
    }

    @Test func anOutletToldInAnOpeningPhraseIsNoApposition() {
        let s = story(
            "Brenmoor Water has been accused of overcharging.\n\nIn a statement to The Weekly Sentinel, a spokesperson for Brenmoor Water said: \"Every bill is checked twice.\"")
        #expect(speaker(s, "Every bill is checked twice") == "Brenmoor Water")
    }

    @Test func aDigitGroupCommaIsNoPause() {
        let s = story(
            "Till Talk, which has 52,000 followers, claimed the letter had been \"sent to every branch on Monday\".")
        #expect(speaker(s, "sent to every branch") == "Till Talk")
    }
}
