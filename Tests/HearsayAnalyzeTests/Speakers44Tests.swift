import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers (fortieth session, helper spk40): a part of a paper ("a later passage", "one line")
/// quotes the paper it belongs to. Every sentence is written for these tests.
@Suite struct Speakers44Tests: QuoteSuite {
    @Test func aLaterPassageOfTheMinutesIsTheMinutes() {
        let s = story(
            "The trust may sell the mill, according to minutes seen by the Valley Post.\n\n\"Trustees agreed to market the site by June,\" the minutes state. A later passage reads: \"Tenants are not to be told before the spring meeting.\"")
        #expect(speaker(s, "Tenants are not to be told") == "the minutes")
    }

    @Test func oneLineOfAPaperNamedEarlierIsThePaper() {
        let s = story(
            "The draft, dated March, sets out three options for the quay.\n\nOfficers also raise the cost of security. One line reads: \"Press handling to be agreed with the chair.\"")
        #expect(speaker(s, "Press handling to be agreed") == "the draft")
    }

    @Test func aPartOfASignedEmailIsItsAuthor() {
        let s = story(
            "An email from the operations chief, Greta Lindholm, reached staff on Monday.\n\nA second paragraph says the night crews would be \"moved to the Harwich yard\" in spring.")
        #expect(speaker(s, "moved to the Harwich yard") == "Greta Lindholm")
    }

    @Test func aBodyOwnedByANameNamesItself() {
        let s = story(
            "The statue will go back to Ostrava in May.\n\nKarvia's embassy said it had \"nothing further to say for now\".")
        #expect(speaker(s, "nothing further to say for now") == "Karvia's embassy")
    }

    @Test func anOfficeOwnedByAPronounWithAModal() {
        let s = story(
            "The governor has said little since Friday.\n\nHer office would only say that \"the governor does not discuss talks with her aides\".")
        #expect(speaker(s, "does not discuss talks with her aides") == "Her office")
    }

    @Test func aCampaignOwnedByAFullName() {
        let s = story(
            "The count ends on Tuesday.\n\nMara Quist's campaign said the senator stood by her view that every ballot \"must be counted twice\".")
        #expect(speaker(s, "must be counted twice") == "Mara Quist's campaign")
    }

    @Test func aVerbFormBeforeARoleInAnApposition() {
        let s = story(
            "The insurer has queried 40 frost claims.\n\n\"Every claim gets a fair hearing,\" Odile Marchand, the insurer's regional claims director, told the Gazette.")
        #expect(speaker(s, "Every claim gets a fair hearing") == "Odile Marchand")
    }

    @Test func aShopNamedForItsFounderBeforeAnAside() {
        let s = story(
            "Two own-label jams failed the tests.\n\nBrodie's, which runs 90 shops, said in a statement: \"Our jam is made from fruit we buy in the valley.\"")
        #expect(speaker(s, "Our jam is made from fruit") == "Brodie's")
    }
}
