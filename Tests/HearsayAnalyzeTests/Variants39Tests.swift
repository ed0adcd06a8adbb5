import HearsayModel
import Testing

@testable import HearsayAnalyze

/// One statement whose outlets share a clause of it word for word and quote or reword the rest
/// their own way (thirty-eighth session). Every sentence is written for these tests.
@Suite struct Variants39Tests: CompareSuite {
    /// "it is too early to say what caused the leak" in both: one source's one statement.
    @Test func aClauseSharedWordForWordIsOneStatement() {
        let a = "Crews from the county have been checking the pumps all week and it is too early to say what caused the leak."
        let b = "The harbour has been shut since Sunday. We are testing the water and it is too early to say what caused the leak,"
        #expect(QuoteGrouper.sharesAClause(QuoteWording(a), QuoteWording(b)))
        #expect(grouped(a, b) == true)
    }

    /// A noun phrase is the matter every party speaks about, not a clause; and a run that
    /// crosses a full stop joins two clauses of neither.
    @Test func aSharedNounPhraseOrARunAcrossSentencesIsNot() {
        let noun = QuoteWording("We have opened a file on the sale of the old harbour land by the city council.")
        let other = QuoteWording("The sale of the old harbour land by the city council was lawful.")
        #expect(!QuoteGrouper.sharesAClause(noun, other))
        let across = QuoteWording("Nobody questioned the sale of the old harbour land by the city council. We are reviewing it.")
        let second = QuoteWording("Our auditors examined the sale of the old harbour land by the city council; we are reviewing it now.")
        #expect(!QuoteGrouper.sharesAClause(across, second))
    }
}
