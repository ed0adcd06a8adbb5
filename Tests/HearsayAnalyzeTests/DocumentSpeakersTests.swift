import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Quotations a cited document speaks (`DocumentSpeakers`): the paper's words are the
/// paper's, not those of the outlet that saw it. Every sentence is written for these tests.
@Suite struct DocumentSpeakersTests: QuoteSuite {
    @Test func aPronounForTheMemoGivesItsWordsToTheMemo() {
        let s = story(
            "The three-page memo, dated 2 June and seen by the Harlow Courier, proposes shutting the Denby pool. It argues that \"a single leisure site would cut running costs by a third\".",
            "The Harlow Courier says a leaked internal memo recommends closing the Denby pool. The council said it does not comment on leaks.")
        #expect(speaker(s, "a single leisure site would cut running costs") == "the leaked internal memo")
    }

    @Test func aDocumentSeenByAnOutletSpeaksNotTheOutlet() {
        let s = story(
            "A draft transport plan seen by the Orrin Gazette states that \"bus lanes will be extended to the ring road by 2029\".",
            "The draft transport plan has not been published. A city hall spokesperson declined to comment.")
        #expect(speaker(s, "bus lanes will be extended") == "the draft transport plan")
    }

    @Test func anAsideCreditingTheOutletLeavesTheDocumentAsSubject() {
        let s = story(
            "The council is weighing closures set out in a draft spending paper. The paper, according to the Elm Street Echo, says the cuts would \"protect the children's services budget\".",
            "A draft spending paper proposes closing two youth centres, the Elm Street Echo reported.")
        #expect(speaker(s, "protect the children's services budget") == "the draft spending paper")
    }

    @Test func aSignerOrOwnerNamedWithThePaperStillSpeaks() {
        // The memo's signer speaks for it; an uncited noun ("the report" of an outlet) changes nothing.
        let s = story(
            "The memo, signed by finance director Ada Quell, was sent to branch managers on Friday. It tells them: \"Do not approve any new leases this year.\"",
            "Staff at Vantro Bank were shown a leaked memo about branch leases.")
        #expect(speaker(s, "Do not approve any new leases") == "Ada Quell")
        let report = story("\"Profits will fall,\" the Harlow Courier's report said.", "The Harlow Courier reported that profits will fall.")
        #expect(speaker(report, "Profits will fall") != "the report")
    }
}
