import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-first-session sourcing rule: sources named inside a quotation are the speaker's
/// words, not the report's sourcing. All sentences invented for these tests.
@Suite struct Sourcing41Tests: ClaimSuite {
    private func unquoted(_ s: String) -> [String] {
        let doc = TextDocument(s)
        return ClaimEvidence.unquotedPhrases(ClaimWords.tokens(doc, 0..<doc.scalars.count), doc).map(\.0)
    }

    @Test func sourcesInAPartysQuotationAreNotTheReports() {
        let spoken = "\"I will not answer rumours from two people familiar with the talks,\" the mayor said on Monday."
        #expect(phrases(spoken).contains("two people familiar with the talks"))
        #expect(unquoted(spoken).isEmpty)
        // Outside the quotation the sourcing stands, whatever the speaker said.
        let told = "\"No comment,\" the mayor said, but the plan is settled, according to two people familiar with the talks."
        #expect(unquoted(told) == ["two people familiar with the talks"])
    }

    @Test func aTermInQuotationMarksIsTheSentencesOwn() {
        // Scare quotes around a short term are not speech: the paper they name still counts.
        let term = "The rumour rests on what the clip calls a \"leaked document\" from the water board."
        #expect(!phrases(term).isEmpty)
        #expect(unquoted(term) == phrases(term))
    }

    @Test func minutesOfAMeetingSeenByAnOutlet() {
        let s = "Two ferries will be withdrawn, according to minutes of a closed meeting seen by the Harbour Echo."
        #expect(phrases(s).contains { $0.hasPrefix("minutes of a closed meeting seen by the Harbour Echo") })
        // A name's capitalised "of" phrase is not what the paper records.
        #expect(ClaimEvidence.paperBeforeOf(tokens("a letter of the Harbour Board seen by"), 4) == nil)
    }

    @Test func anInternalReportIsAPaper() {
        #expect(phrases("The bridge must close, according to an internal safety report prepared for the council.").contains("an internal safety report"))
        // A bare report is an outlet's story, its origin rather than its sourcing.
        #expect(!phrases("The bridge must close, according to a report in the Wold Gazette.").contains { $0.contains("report") })
    }

    @Test func aScoopNamesItselfByItsLastWord() {
        #expect(ClaimEvidence.holdsPapers("The plan is set out in a memo seen by the Echo.", "Harbour Echo"))
        #expect(!ClaimEvidence.holdsPapers("The plan is set out in a memo seen by the Echo.", "Echo Weekly"))
    }
}
