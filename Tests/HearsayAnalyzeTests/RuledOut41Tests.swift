import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// "ruled out the report", "rule it out": a phrasal verb of denial, its pronoun object
/// standing between the verb and its particle as English requires. Own sentences.
@Suite struct RuledOut41Tests: ClaimSuite {
    @Test func aPronounMayStandBetweenTheVerbAndItsParticle() {
        let denies = { (s: String) in
            let t = tokens(s)
            return t.indices.contains { ClaimEvidence.isDenialPhrase(t, $0) }
        }
        #expect(denies("The minister ruled out the report on Monday."))
        #expect(denies("The brewer's owner appeared to rule it out."))
        #expect(denies("The company shot it down within hours."))
        #expect(denies("The coach laughed them off."))
        // A particle the verb does not take, or no particle at all.
        #expect(!denies("The minister ruled it on Monday."))
        #expect(!denies("The board shut it away."))
    }

    @Test func aPartyRulingItOutDeniesTheClaim() throws {
        let claim = try brewery((
            "Kettleby Brewery sale report denied",
            "Kettleby Brewery's owner, Ines Marlow, appeared to rule it out on Tuesday. \u{201C}We are brewing here next year and the year after,\u{201D} she said."
        ))
        #expect(claim.actorStances.contains { $0.actor.contains("Marlow") && $0.stance == .denies } || claim.actorStances.contains { $0.actor.contains("Kettleby") && $0.stance == .denies },
            "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }
}
