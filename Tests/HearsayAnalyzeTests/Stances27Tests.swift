import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, twenty-seventh review. All sentences invented for these tests.
@Suite struct Stances27Tests: ClaimSuite {
    /// "no record of a failed inspection": "no" negates its whole noun phrase, the "of"
    /// phrase completing the head as much as the head, so the claim's words there are
    /// denied; outside that phrase ("no delay, and the inspection failed") they are not.
    @Test func noNegatesItsOfPhrase() {
        let claim = ClaimWords.content("The ferry Brisk Tern failed its safety inspection last month")
        #expect(ClaimEvidence.contradicts(tokens("it had found no record of a failed safety inspection"), claimWords: claim, claimNegated: false))
        #expect(ClaimEvidence.contradicts(tokens("there was no sign of any inspection failure"), claimWords: claim, claimNegated: false))
        #expect(!ClaimEvidence.contradicts(tokens("there was no delay, and the safety inspection failed"), claimWords: claim, claimNegated: false))
        #expect(!ClaimEvidence.contradicts(tokens("no one on board was told the ferry failed its inspection"), claimWords: claim, claimNegated: false))
        #expect(!ClaimEvidence.contradicts(tokens("it had no record of the crew's hours"), claimWords: claim, claimNegated: false))
    }

    /// Denied in two outlets' reports, confirmed later in one: published strictly later, the
    /// confirmation is the party's account however many articles carried the denial, and
    /// the confirming article's recall of that denial ("three days after the club denied")
    /// is no denial of its own day.
    @Test func aLaterConfirmationOvertakesDenialsInMoreArticles() throws {
        let c = try core(analyse([
            ("Kelby Rovers to sack coach Ilse Brandt", "Kelby Rovers will sack coach Ilse Brandt this week, two people close to the board told the Kelby Echo."),
            ("Rovers deny Brandt report", "Kelby Rovers denied a report in the Kelby Echo that coach Ilse Brandt would be sacked."),
            ("Rovers reject Brandt sacking story", "Kelby Rovers rejected a report that coach Ilse Brandt would be sacked this week."),
            ("Kelby Rovers sack Brandt", "Kelby Rovers confirmed on Friday that they had sacked coach Ilse Brandt, three days after the club denied a report that she would be sacked."),
        ]))
        #expect(c.status == .confirmed)
        #expect(c.statusReason?.contains("had denied it (2026-03-02)") == true)
    }

    /// "after" opening the denial's clause dates the denial before the news however long its
    /// subject; a clause of its own between them ("after the vote, the club denied") does not.
    @Test func afterOpeningTheDenialsClauseRecallsIt() {
        let recalls = { (s: String) in ClaimStage.recallsDenial(TextDocument(s), sentence: 0) }
        #expect(recalls("Kelby Rovers sacked Ilse Brandt, five days after the club and its chairman both denied the report."))
        #expect(!recalls("After the vote on Monday, the club and its chairman both denied the report."))
        #expect(!recalls("The club and its chairman both denied the report on Monday."))
    }
}
