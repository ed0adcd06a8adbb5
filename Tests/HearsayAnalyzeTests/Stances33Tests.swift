import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-third session: a body the claim does not name saying "no such forecast exists"
/// answers the report, which "such" takes up; "no such request" may be of something else.
/// Own sentences, invented names.
@Suite struct Stances33Tests: ClaimSuite {
    func story(_ answer: String) throws -> Claim {
        try core(analyse([
            (
                "Video says the river Aln will burst its banks next week",
                "A video shared thousands of times says the river Aln will burst its banks next week and flood the lower town, the Aln Echo reported."
            ),
            (
                "River Aln flood video spreads",
                "The video saying the river Aln will burst its banks next week has been shared widely. \(answer)"
            ),
        ]))
    }

    @Test func noSuchForecastDeniesForTheBodyThatSaysIt() throws {
        let c = try story("But the Northern Rivers Agency said on Tuesday that no such forecast exists.")
        #expect(c.actorStances.contains { $0.actor.contains("Northern Rivers Agency") && $0.stance == .denies }, "\(c.actorStances)")
    }

    @Test func noSuchRequestIsAboutSomethingElse() throws {
        let c = try story("But the Northern Rivers Agency said on Tuesday that no such request had reached it.")
        #expect(!c.actorStances.contains { $0.actor.contains("Northern Rivers Agency") }, "\(c.actorStances)")
    }

    /// Dismissing the shared item the rumour rests on ("dismissed the video as fake") is
    /// dismissing the rumour, for a body the claim does not name as well.
    @Test func dismissingTheSharedVideoDeniesIt() throws {
        let c = try story("The Northern Rivers Agency dismissed the video as scaremongering.")
        #expect(c.actorStances.contains { $0.actor.contains("Northern Rivers Agency") && $0.stance == .denies }, "\(c.actorStances)")
        // Denying having made it says nothing of what it shows.
        let d = try story("The Northern Rivers Agency denied making the video.")
        #expect(!d.actorStances.contains { $0.actor.contains("Northern Rivers Agency") }, "\(d.actorStances)")
    }

    /// "admit" before the people it lets in is no owning up.
    @Test func admittingStudentsConfirmsNothing() {
        let claim = ClaimWords.content("Harwick College will stop admitting students without an interview")
        #expect(ClaimEvidence.quotedStance(tokens("We constantly review how we admit students."), claimWords: claim, loose: false) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("We admit 300 students every year."), claimWords: claim, loose: false) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("We admit that the interviews will stop."), claimWords: claim, loose: false) == .supports)
    }
}
