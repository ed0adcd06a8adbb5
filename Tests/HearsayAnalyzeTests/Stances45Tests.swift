import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A party taking a departure as settled: respecting the decision, thanking the one who
/// leaves. All sentences invented for these tests.
@Suite struct Stances45Tests: ClaimSuite {
    /// A report that a health minister has resigned; `answer` is the third article's body after its lede.
    func resignation(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Health Minister Oskar Lindqvist resigns over hospital contract",
             "Health Minister Oskar Lindqvist handed his resignation to Premier Sabine Hallor on Sunday, the Morrow Gazette reported, citing two officials."),
            ("Lindqvist resignation: what we know",
             "Health Minister Oskar Lindqvist handed his resignation to Premier Sabine Hallor on Sunday, the Morrow Gazette reported."),
            ("Premier answers resignation report",
             "Health Minister Oskar Lindqvist handed his resignation to Premier Sabine Hallor on Sunday, the Morrow Gazette reported.\n\n" + answer),
        ]))
    }

    func confirms(_ claim: Claim, _ actor: String) -> Bool {
        claim.actorStances.contains { $0.actor.contains(actor) && $0.stance == .supports }
    }

    @Test func thankingTheOneWhoLeavesConfirmsTheDeparture() throws {
        let claim = try resignation("Premier Sabine Hallor thanked Lindqvist for his service and said a successor would be named within days.")
        #expect(confirms(claim, "Hallor"), "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func respectingTheDecisionConfirmsTheDeparture() throws {
        let claim = try resignation("Premier Sabine Hallor said on Monday: \u{201C}I respect his decision. The hospital review goes on.\u{201D}")
        #expect(confirms(claim, "Hallor"), "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func aConditionalOrNegatedAcceptanceConfirmsNothing() throws {
        for answer in [
            "Premier Sabine Hallor said: \u{201C}If he chose to go, I would respect his decision.\u{201D}",
            "Premier Sabine Hallor said she did not accept his decision and had asked him to stay.",
        ] {
            let claim = try resignation(answer)
            #expect(!confirms(claim, "Hallor"), "\(answer): \(claim.actorStances.map { ($0.actor, $0.stance) })")
        }
    }

    @Test func theWordsAloneNeedAClaimOfDeparture() {
        let t = ClaimWords.tokens("We respect her decision and thank her for her work.")
        #expect(ClaimEvidence.acceptsTheDeparture(t, claimStems: ClaimWords.content("the minister will resign")) != nil)
        #expect(ClaimEvidence.acceptsTheDeparture(t, claimStems: ClaimWords.content("the council will close the pool")) == nil)
    }

    /// A hoax that a bridge collapsed; `answer` is the third article's body after its lede.
    func collapse(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Old Mill Bridge collapsed into the Tarn overnight, viral post claims",
             "The Old Mill Bridge collapsed into the River Tarn on Tuesday night, according to a post shared thousands of times on Facebook."),
            ("Did the Old Mill Bridge collapse? What we know",
             "The Old Mill Bridge collapsed into the River Tarn on Tuesday night, a viral post claimed."),
            ("Engineers answer bridge post",
             "The Old Mill Bridge collapsed into the River Tarn on Tuesday night, a viral post claimed.\n\n" + answer),
        ]))
    }

    @Test func anExpertsCounterfactualDeniesTheEvent() throws {
        let claim = try collapse("Dr Ysolde Franck, who monitors the river's gauges for the Tarn Basin Institute, was blunt. "
            + "\u{201C}If the bridge had collapsed into the river, our gauges downstream would have shown a surge within minutes,\u{201D} Dr Franck said.")
        #expect(claim.actorStances.contains { $0.actor.contains("Franck") && $0.stance == .denies }, "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func aCounterfactualOfKnowingOrANegatedConditionDeniesNothing() {
        let claim = ClaimWords.content("The Old Mill Bridge collapsed into the River Tarn")
        let words = { (s: String) in Tokens.words(s) }
        #expect(ClaimEvidence.deniesByCounterfactual(words("If the bridge had collapsed, the gauges would have shown a surge."), claimWords: claim))
        #expect(!ClaimEvidence.deniesByCounterfactual(words("If we had known the bridge collapsed, we would have closed the road."), claimWords: claim))
        #expect(!ClaimEvidence.deniesByCounterfactual(words("If the bridge had not collapsed, we would have reopened the road."), claimWords: claim))
        #expect(!ClaimEvidence.deniesByCounterfactual(words("If the bridge collapses, the gauges will show a surge."), claimWords: claim))
    }
}
