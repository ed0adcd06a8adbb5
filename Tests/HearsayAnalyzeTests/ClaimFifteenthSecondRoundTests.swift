import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, fifteenth review, second round (new stories): stances told in shapes the new
/// stories showed. All sentences invented for these tests.
@Suite struct ClaimFifteenthSecondRoundTests: ClaimSuite {
    func quoted(_ s: String, _ claim: String) -> Stance? {
        ClaimEvidence.quotedStance(tokens(s), claimWords: ClaimWords.content(claim))
    }

    /// "which says more than if they had denied it": a denial supposed in a condition is
    /// no denial made.
    @Test func aSupposedDenialIsNone() {
        let claim = "Marrow Bank is about to buy Tilden Savings"
        #expect(quoted("Nobody upstairs is talking, which tells you more than if they had simply denied it.", claim) == nil)
        #expect(quoted("If the story were untrue, we would have said so on day one.", claim) == nil)
        // Outside the condition the verdict stands.
        #expect(quoted("If you ask me, the story is untrue.", claim) == .denies)
        #expect(quoted("The story is false, and we have said so.", claim) == .denies)
    }

    /// "We are delighted to confirm": after a word of feeling or ability the infinitive is
    /// the confirmation itself; after a verb of purpose it is still none.
    @Test func aGladInfinitiveConfirms() {
        let claim = "Kalmar Rovers sign goalkeeper Ivo Brandt"
        #expect(quoted("Kalmar Rovers are pleased to confirm the signing of goalkeeper Ivo Brandt on a three-year deal.", claim) == .supports)
        #expect(quoted("We are sad to confirm that the goalkeeper has left.", claim) == .supports)
        #expect(quoted("Fans keep ringing the ground to confirm the news about Brandt.", claim) == nil)
        #expect(quoted("We are not able to confirm any signing today.", claim) == nil)
    }

    /// "has not received any notification that the dam was breached": a negated notice or
    /// finding whose clause names the claim denies it; "no doubt that" does not.
    @Test func noticeOfNothingDenies() {
        let claim = "The Orsk dam was breached overnight"
        #expect(quoted("The agency has not received any notification that the Orsk dam was breached.", claim) == .denies)
        #expect(quoted("Our engineers found no evidence of a breach at the dam.", claim) == .denies)
        #expect(quoted("The board has given no instruction to drain the dam.", claim) == .denies)
        #expect(quoted("There is no doubt that the dam was breached.", claim) == nil)
        // A notice about something else names nothing of the claim.
        #expect(quoted("We have had no notification of the new tariffs.", claim) == nil)
    }

    /// "said it had not agreed to sell the airport to Corvane": a saying whose own subject's
    /// verb is negated denies all the clause says, however far the claim's words stand.
    @Test func aNegatedOwnVerbDenies() {
        let claim = "Corvane Holdings will buy Pellby airport from the county"
        let said = { (s: String) -> Stance? in
            let t = tokens(s)
            let i = t.firstIndex { $0.lower == "said" }!
            return ClaimEvidence.saysTheClaim(t, i, claimWords: ClaimWords.content(claim), claimNegated: false)
        }
        #expect(said("The county said on Monday that it had not agreed to sell Pellby airport to Corvane Holdings.") == .denies)
        #expect(said("The county said it has never offered Pellby airport to Corvane Holdings.") == .denies)
        #expect(said("The county said it had agreed to sell Pellby airport to Corvane Holdings.") == .supports)
        #expect(said("The county said it had not ruled out selling Pellby airport to Corvane Holdings.") != .denies)
    }

    /// A named person the party list lacks who denies the claim in their own words is on
    /// record with the denial.
    @Test func aNamedOutsiderDenyingIsOnRecord() throws {
        let story = analyse([
            ("Hollin Foods shut its Carra bakery, paper says",
             "Hollin Foods has shut its bakery in Carra after a hygiene inspection, the Carra Echo reported on Monday, citing two workers. Hollin Foods did not respond to calls."),
            ("Hollin Foods bakery in Carra shut, say workers",
             "The Carra Echo said Hollin Foods had shut the Carra bakery after an inspection. Workers at the Hollin Foods site said they were sent home."),
            ("Inspectors say they ordered no closure of Hollin Foods bakery",
             "The food inspectorate said it had ordered nothing. \"The inspectorate has given no instruction to shut the bakery,\" said Professor Ada Lunde, who leads the inspectorate. Hollin Foods has not commented on the Carra Echo report."),
        ])
        let claim = try core(story)
        #expect(claim.actorStances.contains { $0.actor == "Ada Lunde" && $0.stance == .denies })
    }
}

extension ClaimFifteenthSecondRoundTests {
    /// "anyone telling you otherwise": the speaker holds the contrary account wrong.
    @Test func holdingTheContraryWrongDenies() {
        let claim = "Vessel Rail will scrap its night trains"
        #expect(quoted("Our night trains are staying, and anyone telling you otherwise has not seen the timetable.", claim) == .denies)
        #expect(quoted("Whoever says otherwise is guessing.", claim) == .denies)
        #expect(quoted("The trains run on time, unless the weather decides otherwise.", claim) == nil)
    }
}

extension ClaimFifteenthSecondRoundTests {
    /// Strictly read, "we did nothing wrong" and "fake reviews" call no claim false; "the
    /// arrest is a hoax" does.
    @Test func theStrictReadingWantsAVerdictSaidOfSomething() {
        let claim = "Police arrested the painter Ola Venn in Bristol"
        let strict = { (s: String) in ClaimEvidence.quotedStance(tokens(s), claimWords: ClaimWords.content(claim), loose: false) }
        #expect(strict("Our pupils did nothing wrong.") == nil)
        #expect(strict("Sellers who post fake reviews will be removed.") == nil)
        #expect(strict("The arrest is a hoax.") == .denies)
    }
}
