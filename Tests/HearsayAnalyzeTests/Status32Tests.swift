import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Status, thirty-second session: the latest word stands. All sentences invented for these tests.
@Suite struct Status32Tests: ClaimSuite {
    /// A hoax "confirmed" on its first day, then called false in an outlet's own voice
    /// the next day: the debunking is the later word, so the claim is refuted.
    @Test func aLaterVerdictOfFalseRefutesAnEarlierConfirmation() throws {
        let first = (
            "Quarry lake to be drained for car park, posts say",
            "Posts shared widely on Sunday say the Pellow quarry lake will be drained to build a car park. Pellow Parish Council confirmed the quarry lake will be drained, one post claims."
        )
        let confirmation = (
            "Pellow quarry lake to be drained, council confirms",
            "Pellow Parish Council confirmed on Monday that the quarry lake will be drained to build a car park, a spokesman said."
        )
        let debunk = (
            "No, the Pellow quarry lake is not being drained",
            "The story that the Pellow quarry lake will be drained for a car park is false. No plan to drain the quarry lake exists in any council paper."
        )
        let refuted = try core(analyse([first, confirmation, debunk]))
        #expect(refuted.status == .refuted)
        #expect(refuted.statusReason?.contains("Called false") == true)
        // The same verdict published before the confirmation is overtaken by it.
        let confirmed = try core(analyse([first, debunk, confirmation]))
        #expect(confirmed.status != .refuted)
    }
}
