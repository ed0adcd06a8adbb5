import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Thirty-fourth session: a role set off by the holder's name in commas ("Tarvo's head of
/// sales, Iris Mell, played it down, saying ...") hands a participle's quotation to the name,
/// not to the role. Own sentences, invented names.
@Suite struct Speakers34Tests: QuoteSuite {
    @Test func theNameSetOffAfterTheRoleSaysIt() {
        let s = story(
            """
            Tarvo denies glasses plan

            Tarvo's chief executive, Iris Mell, played down the report on Friday, saying the firm had "no glasses in the pipeline".

            Iris Mell has led Tarvo since 2024.
            """)
        #expect(speaker(s, "no glasses in the pipeline") == "Iris Mell")
    }
}
