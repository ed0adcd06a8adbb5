import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Claims, sixth review: the rumour's subject read as a cited source. All sentences
/// invented for these tests.
@Suite struct ClaimSixthReviewTests: ClaimSuite {
    /// "The story of Vandor's arrest" reads as a citation of Vandor in one article, but
    /// every article names Vandor and a headline does: Vandor is the story's subject, so
    /// its publicist's "confirmed the story is a hoax" is the principal's denial.
    @Test func aSubjectCitedOnceStaysAParty() throws {
        let origin = (
            "Street artist Vandor arrested in Leeds, site claims",
            "A website claimed that the street artist Vandor was arrested in Leeds by a special police unit on Tuesday."
        )
        let denial = (
            "Vandor arrest story is a hoax",
            """
            Posts said the street artist Vandor was arrested in Leeds by a special police unit. \
            Vandor's publicist Ann Lee confirmed to the Chronicle the viral story is a hoax.
            """
        )
        let recap = (
            "Was Vandor arrested?",
            """
            Reports said the artist Vandor was arrested in Leeds by a police unit. The pictures are old. \
            And that is the story of Vandor's arrest, in full.
            """
        )
        let c = try core(analyse([origin, denial, recap]))
        let deniers = c.actorStances.filter { $0.stance == .denies }.map(\.actor)
        #expect(deniers.contains("Vandor"), "\(c.actorStances.map { ($0.actor, $0.stance) })")
        #expect([.denied, .refuted, .disputed].contains(c.status), "\(c.status)")
    }
}
