import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Twenty-seventh session: an outlet that credits a statement to an unnamed voice ("a company
/// spokesperson") often quotes only part of what another outlet credits to the organisation
/// by name. Own sentences, invented names.
@Suite struct Variants33Tests: CompareSuite {
    let full = "We have no plans to close the depot. The Denby yard remains a central part of our operations and will stay open."

    @Test func aDescribedVoiceQuotingPartOfANamedStatementJoinsIt() {
        let credits = ("Harlow Freight", "a company spokesperson")
        // Eight words and more, in order: that statement, cut short (quoting less is a variant
        // since the thirty-sixth session).
        #expect(grouped(full, "The Denby yard remains a central part of our operations", credits) == true)
        // Cut short and reworded: one statement, its wording differs.
        #expect(grouped(full, "The Denby yard remains a key part of our operations and will stay open", credits) == true)
    }

    @Test func aShortOrUnrelatedPartStaysApart() {
        let credits = ("Harlow Freight", "a company spokesperson")
        // Under eight words a phrase may recur by chance.
        #expect(grouped(full, "remains a central part of our operations", credits) == nil)
        // Shared function words are not a shared statement.
        #expect(grouped(full, "We have no plans to sell the team to the new owners this year", credits) == nil)
        // Everyone declines comment in the same words.
        #expect(grouped("We do not comment on rumours about the future of our depots or of our yards in the north.",
                        "We do not comment on rumours about the future of our depots", credits) == nil)
    }
}
