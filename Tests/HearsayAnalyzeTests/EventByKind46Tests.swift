import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A body that must allow the event confirming its own vote on it: the event named by its
/// kind, behind whose it is. All sentences invented for these tests.
@Suite struct EventByKind46Tests: ClaimSuite {
    /// A club said to be moving city; `answer` is the third article's body after its lede.
    func move(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Harwick Foxes to move to Selby, documents show",
             "The Harwick Foxes, champions of the Northern Netball League, are preparing to leave Harwick and move to Selby, according to planning documents."),
            ("Foxes set for Selby move",
             "The Harwick Foxes of the Northern Netball League are preparing to move to Selby, the Harwick Star reported."),
            ("League answers Foxes report",
             "The Harwick Foxes are preparing to move to Selby, the Harwick Star reported.\n\n" + answer),
        ]))
    }

    @Test func confirmingTheBodysVoteConfirmsTheEvent() throws {
        let claim = try move("Northern Netball League commissioner Petra Lindqvist confirmed the board's vote.")
        // The league, or its commissioner for it.
        #expect(claim.actorStances.contains { ($0.actor.contains("Lindqvist") || $0.actor.contains("League")) && $0.stance == .supports },
            "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func theEventMayStandBehindWhoseItIs() {
        let t = { (s: String) in ClaimWords.tokens(s) }
        let at = { (s: [WordToken], w: String) in s.firstIndex { $0.lower == w }! }
        let vote = t("Petra Lindqvist confirmed the board's vote.")
        #expect(ClaimEvidence.confirmsTheEvent(vote, at(vote, "confirmed")))
        let sale = t("The club confirmed the owner's sale of the ground.")
        #expect(ClaimEvidence.confirmsTheEvent(sale, at(sale, "confirmed")))
        let members = t("Petra Lindqvist confirmed the board's members.")
        #expect(!ClaimEvidence.confirmsTheEvent(members, at(members, "confirmed")))
        let vague = t("Petra Lindqvist confirmed the board's vote was close.")
        #expect(!ClaimEvidence.confirmsTheEvent(vague, at(vague, "confirmed")))
    }
}
