import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A hoax borrowing a real source's name, and the source disowning the text put out in
/// it. All sentences invented for these tests.
@Suite struct Disowning46Tests: ClaimSuite {
    /// A fake alert that a mayor was arrested; `answer` is the third article's body after its lede.
    func fakeAlert(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Mayor Ruth Okafor arrested over harbour contract, alert claims",
             "An image shared widely on Monday appears to show a news alert from the Coastline Wire agency saying that Mayor Ruth Okafor had been arrested over a harbour contract."),
            ("Fake alert says Mayor Ruth Okafor was arrested",
             "A screenshot said Mayor Ruth Okafor had been arrested over a harbour contract, according to posts shared on Facebook."),
            ("Mayor Okafor arrest alert was fake",
             "Posts claimed that Mayor Ruth Okafor had been arrested over a harbour contract.\n\n" + answer),
        ]))
    }

    func denies(_ claim: Claim, _ actor: String) -> Bool {
        claim.actorStances.contains { $0.actor.contains(actor) && $0.stance == .denies }
    }

    @Test func theBorrowedSourceSayingItNeverPublishedDenies() throws {
        for answer in [
            "Coastline Wire says it never published the story.",
            "Coastline Wire said on Tuesday that it had not issued any such alert.",
            "The alert did not come from the agency, Coastline Wire said.",
        ] {
            let claim = try fakeAlert(answer)
            #expect(denies(claim, "Coastline Wire"), "\(answer): \(claim.actorStances.map { ($0.actor, $0.stance) })")
        }
    }

    @Test func disowningNeedsANegatedVerbOfPuttingOutAText() {
        let yes = [
            "it never published the story",
            "that they had not sent any such letter",
            "we did not put out this statement",
            "the letter circulating online did not come from the diocese",
            "the notice was not issued by the ministry",
        ]
        let no = [
            "it had not published its figures for May",
            "it published the story on Monday",
            "the plan was not sent to the board",
            "it would not comment on the letter",
            "the letter had come from the diocese",
        ]
        for s in yes { #expect(ClaimEvidence.disownsAuthorship(ClaimWords.tokens(s)[...]), "\(s)") }
        for s in no { #expect(!ClaimEvidence.disownsAuthorship(ClaimWords.tokens(s)[...]), "\(s)") }
    }
}
