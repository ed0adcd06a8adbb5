import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// The thing shared keeps where it was shared ("a post on Facebook"). All sentences
/// invented for these tests.
@Suite struct SharedItem37Tests: ClaimSuite {
    @Test func thePostKeepsItsPlatform() throws {
        let claim = try core(analyse([
            ("Charity boss 'bought a racehorse with donations', viral claim says",
             "The director of the Wrenfield Trust, a hospice charity, used donations to buy a racehorse called Silver Lark.\n\nThe claim began with a post on Facebook on Friday and was shared 9,000 times."),
            ("Wrenfield Trust says racehorse story is false",
             "The director of the Wrenfield Trust used donations to buy a racehorse, according to a claim that spread on Facebook this week.\n\nA post on Facebook claimed the horse cost £90,000. \"This is completely untrue,\" the trust said."),
            ("No, the Wrenfield Trust did not buy a racehorse",
             "The director of the Wrenfield Trust did not buy a racehorse with donations. A post shared on Facebook made the claim on Friday; the trust calls it false."),
        ]))
        #expect(claim.sourcing == "a post on Facebook", "\(claim.sourcing ?? "none")")
    }
}
