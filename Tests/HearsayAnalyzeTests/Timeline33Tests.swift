import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-third session: a timetable told in the present ("the board meets in March") lies
/// ahead of the article; a past verb beside it keeps the month behind. Own sentences.
@Suite struct Timeline33Tests {
    func month(_ sentence: String) -> String? {
        let date = DateSpan.parseISO("2027-02-04")!
        let text = Array(sentence.unicodeScalars)
        return DateExpressions.find(in: WordTokens.tokens(text, in: 0..<text.count), reference: date).first?.span?.iso
    }

    @Test func aScheduleInThePresentLiesAhead() {
        #expect(month("The plan still needs the approval of the full board, which meets in March.") == "2027-03")
        #expect(month("The new season opens in May.") == "2027-05")
        #expect(month("The board met in March and approved the plan.") == "2026-03")
    }
}
