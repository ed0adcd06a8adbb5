import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, fifteenth review (scored stories): who confirmed or denied, told in other shapes.
/// All sentences invented for these tests.
@Suite struct ClaimFifteenthReviewTests: ClaimSuite {
    func said(_ s: String, _ claim: String, verb: String = "said") -> Stance? {
        let t = tokens(s)
        let i = t.firstIndex { $0.lower == verb }!
        return ClaimEvidence.saysTheClaim(t, i, claimWords: ClaimWords.content(claim), claimNegated: false)
    }

    /// "The deputy said the principal told him she would resign": a witness recounting what
    /// the principal told them in person is on record with the principal's words, not
    /// passing on a report.
    @Test func aWitnessToThePrincipalsWordsConfirms() {
        let claim = "Governor Ilse Marwick plans to step down before the summer"
        #expect(said("Her chief of staff, Rudi Okonjo, said Ilse Marwick told him in private that she would step down before the summer.", claim) == .supports)
        #expect(said("Okonjo said the governor had told him she would step down before the summer.", "The governor plans to step down before the summer") == .supports)
        #expect(said("The coach said Pavel Grund confided in him that he would retire after the final.", "Pavel Grund will retire after the final") == .supports)
        // Someone else's saying, with no one telling the speaker, is still a report of others.
        #expect(said("Okonjo said Ilse Marwick would step down before the summer.", claim) == nil)
        // Told about, not told by: the principal is the listener here.
        #expect(said("Okonjo said reporters told Ilse Marwick that she would step down.", claim) == nil)
    }
}
