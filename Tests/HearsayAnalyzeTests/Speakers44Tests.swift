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

}
