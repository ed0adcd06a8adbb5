import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers found wrong in an eighth review of unseen web stories, each in sentences written
/// for these tests.
@Suite struct QuoteEighthReviewTests: QuoteSuite {
    @Test func anOccupationBeforeAName() {
        let s = story(
            "The cafe on Mill Lane shut on Friday. Cashier Nia Bell Ortiz said the till had been empty for a week. "
                + "\u{201C}We had nothing left to sell,\u{201D} she said.")
        #expect(speaker(s, "nothing left") == "Nia Bell Ortiz")
    }

    @Test func anAdjectiveTheArticleWritesInLowerCase() {
        let s = story(
            "Tearful Oren Pike, a neighbour, said: \u{201C}I heard the shouting at midnight.\u{201D}\n\n"
                + "Other residents were tearful as they left flowers by the gate.")
        #expect(speaker(s, "heard the shouting") == "Oren Pike")
    }

    @Test func aWordBeforeANameWrittenAloneElsewhere() {
        let s = story(
            "Sleepless Oren Pike said he spent the night on the roof. \u{201C}I could see the whole fire from there,\u{201D} he said.\n\n"
                + "By morning the crews had gone. Neighbours said Oren Pike had warned them.")
        #expect(speaker(s, "whole fire") == "Oren Pike")
    }

    @Test func aGivenNameThatIsAlsoAWordStays() {
        let s = story(
            "Mark Van Dyke said the vote would be close. \u{201C}It could go either way,\u{201D} he said. "
                + "Each voter makes a mark on the ballot.")
        #expect(speaker(s, "either way") == "Mark Van Dyke")
    }

    @Test func aPhotoCreditIsNoPartOfTheCaption() {
        let s = story(
            "Tom Reed, who left his job in Selby to train, said he took up rowing after a fall.\n\n"
                + "Lia Moss   Proud: Tom Reed went to row for GB after hearing the news\n\n"
                + "He said: \u{201C}It was the best day I have had on the water.\u{201D}")
        #expect(speaker(s, "best day") == "Tom Reed")
    }

    @Test func aBlockQuotationAfterAColon() {
        let s = story(
            "Rumours of a merger spread on Monday. Harbour Water issued a statement on Tuesday:\n\n"
                + "There have been no talks with any other supplier and none are planned for this year.\n\n"
                + "Shares fell after the rumour.")
        #expect(speaker(s, "no talks with any other supplier") == "Harbour Water")
        #expect(quote(s, "Shares fell") == nil)
    }

    @Test func aListAfterAColonIsNoQuotation() {
        let s = story(
            "The council met on Monday. The main points of the plan:\n\n"
                + "The bridge will close for six weeks from March and buses will run every ten minutes.")
        #expect(quote(s, "bridge will close") == nil)
    }

    @Test func aBulletAfterAColonIsNoQuotation() {
        let s = story(
            "The rumour spread because the report fits two trends at once:\n\n"
                + "\u{2022} Regional water firms are merging to cut the cost of new pipes and pumps.")
        #expect(quote(s, "water firms are merging") == nil)
    }

    @Test func aTranscriptLineAfterAColonIsNoOneQuotation() {
        let s = story(
            "Senator Jo Roe said something on the radio last night that surprised her host:\n\n"
                + "Ann Lee: Wait a moment. Say that again for the listeners at home.")
        #expect(quote(s, "Say that again") == nil)
    }

    @Test func anExcerptOfReportingKeepsItsNames() {
        let s = story(
            "Then read this comment by a state lawmaker:\n\n"
                + "Rep. Jo Roe warned at a meeting on Friday that the pier could close within a month.\n\n"
                + "\u{201C}We cannot keep patching it,\u{201D} Roe said at the meeting.")
        #expect(speaker(s, "keep patching") == "Jo Roe")
    }
}
