import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Claims, eighth review: what a party's verb takes for its object. Confirming the claim's
/// contrary denies it, a denial answered by a defence of the claim upholds it, and
/// acknowledging that reports exist confirms nothing. All sentences invented for these tests.
@Suite struct ClaimEighthReviewTests: ClaimSuite {
    func stances(_ c: Claim) -> [String] { c.actorStances.map { "\($0.actor) \($0.stance.rawValue)" } }

    static func deathRumour(_ answer: (String, String)) -> [(String, String)] {
        [
            (
                "Actor Marten Voss found dead at his home in Dunmore",
                "The actor Marten Voss was found dead at his home in Dunmore, a celebrity website reported on Sunday. The report spread quickly online."
            ),
            answer,
            (
                "Actor Marten Voss found dead at his home in Dunmore",
                "Reports said the actor Marten Voss was found dead at his home in Dunmore on Sunday."
            ),
        ]
    }

    /// "confirmed that he is alive" answers a death rumour: confirming a state the claim
    /// excludes denies the claim.
    @Test func confirmingAContraryStateDenies() throws {
        let c = try core(analyse(Self.deathRumour((
            "Marten Voss death report",
            "Reports said the actor Marten Voss was found dead at his home in Dunmore. Marten Voss has had to confirm that he is alive and well after the report swept social media."
        ))))
        #expect(c.actorStances.contains { $0.actor == "Marten Voss" && $0.stance == .denies }, "\(stances(c))")
        #expect(!c.actorStances.contains { $0.stance == .supports }, "\(stances(c))")
    }

    /// "confirmed that he is not dead": confirming the claim's own words negated denies it,
    /// in reported speech and in the party's own quotation.
    @Test func confirmingTheClaimNegatedDenies() throws {
        let reported = try core(analyse(Self.deathRumour((
            "Marten Voss death report",
            "Reports said the actor Marten Voss was found dead at his home in Dunmore. On Monday Marten Voss confirmed on his blog that he was not dead."
        ))))
        #expect(reported.actorStances.contains { $0.actor == "Marten Voss" && $0.stance == .denies }, "\(stances(reported))")
        #expect(!reported.actorStances.contains { $0.stance == .supports }, "\(stances(reported))")
        let quoted = try core(analyse(Self.deathRumour((
            "Marten Voss death report",
            "Reports said the actor Marten Voss was found dead at his home in Dunmore. \"I can confirm that I am not dead,\" Marten Voss told a radio station on Monday."
        ))))
        #expect(quoted.actorStances.contains { $0.actor == "Marten Voss" && $0.stance == .denies }, "\(stances(quoted))")
        #expect(!quoted.actorStances.contains { $0.stance == .supports }, "\(stances(quoted))")
    }

    /// "the actor's reps confirmed ...": those who speak for the person the claim is about,
    /// described by a noun, are that person on record.
    @Test func theRepsOfADescribedPersonSpeakForThem() throws {
        let c = try core(analyse(Self.deathRumour((
            "Marten Voss death report",
            "Reports said the actor Marten Voss was found dead at his home in Dunmore. On Monday the actor's reps confirmed that Marten Voss was not dead."
        ))))
        #expect(c.actorStances.contains { $0.actor == "Marten Voss" && $0.stance == .denies }, "\(stances(c))")
    }

    /// Confirming the claim in its own words still supports it.
    @Test func confirmingTheClaimSupports() throws {
        let c = try core(analyse(Self.deathRumour((
            "Marten Voss death report",
            "Reports said the actor Marten Voss was found dead at his home in Dunmore. Marten Voss's agent confirmed that Marten Voss was found dead at his home in Dunmore."
        ))))
        #expect(c.actorStances.contains { $0.stance == .supports }, "\(stances(c))")
        #expect(!c.actorStances.contains { $0.stance == .denies }, "\(stances(c))")
    }

    static func borderClaim(_ answer: (String, String)) -> [(String, String)] {
        [
            (
                "Ten rebels caught at the Varna border, Senator Ida Cole says",
                "Ten rebel fighters were caught by guards crossing the border at Varna, Senator Ida Cole said on a radio show on Tuesday. The interior minister, Lena Brandt, was in Varna on Monday."
            ),
            answer,
            (
                "Ten rebels caught at the Varna border, Senator Ida Cole says",
                "Ten rebel fighters were caught by guards crossing the border at Varna, Senator Ida Cole claimed on the radio. Lena Brandt, the interior minister, has not commented."
            ),
        ]
    }

    /// "Cole's spokesman pushed back, defending her claim": the pushback answers the denial,
    /// so the claimant upholds the claim; nobody pushes back against it.
    @Test func aPushbackThatDefendsTheClaimUpholdsIt() throws {
        let c = try core(analyse(Self.borderClaim((
            "Cole border claim denied",
            "Senator Ida Cole said ten rebel fighters were caught by guards crossing the border at Varna. The interior ministry denied her claim on Wednesday. Cole's spokesman pushed back, defending her claim."
        ))))
        #expect(!c.actorStances.contains { $0.actor.contains("Cole") && $0.stance == .denies }, "\(stances(c))")
        #expect(c.actorStances.contains { $0.actor.contains("Cole") && $0.stance == .supports }, "\(stances(c))")
        #expect(c.actorStances.contains { $0.actor == "interior ministry" && $0.stance == .denies }, "\(stances(c))")
    }

    /// "rejected the ministry's denial": denying a denial upholds the claim.
    @Test func rejectingADenialUpholdsTheClaim() throws {
        let c = try core(analyse(Self.borderClaim((
            "Cole border claim denied",
            "Senator Ida Cole said ten rebel fighters were caught by guards crossing the border at Varna. The interior ministry denied her claim on Wednesday. Senator Ida Cole rejected the ministry's denial on Thursday."
        ))))
        #expect(!c.actorStances.contains { $0.actor.contains("Cole") && $0.stance == .denies }, "\(stances(c))")
        #expect(c.actorStances.contains { $0.actor.contains("Cole") && $0.stance == .supports }, "\(stances(c))")
    }

    /// "acknowledged reports that ...": owning that reports exist is not confirming what
    /// they say; "confirmed reports that ..." still confirms.
    @Test func acknowledgingReportsConfirmsNothing() throws {
        let acknowledged = try core(analyse(Self.borderClaim((
            "Minister on the Varna border",
            "Senator Ida Cole said ten rebel fighters were caught by guards crossing the border at Varna. Interior Minister Lena Brandt acknowledged reports that rebel fighters were caught crossing the border at Varna. Lena Brandt said the men were questioned and released."
        ))))
        #expect(!acknowledged.actorStances.contains { $0.actor.contains("Brandt") }, "\(stances(acknowledged))")
        let confirmed = try core(analyse(Self.borderClaim((
            "Minister on the Varna border",
            "Senator Ida Cole said ten rebel fighters were caught by guards crossing the border at Varna. Interior Minister Lena Brandt confirmed reports that rebel fighters were caught crossing the border at Varna. Lena Brandt said the men were questioned."
        ))))
        #expect(confirmed.actorStances.contains { $0.actor.contains("Brandt") && $0.stance == .supports }, "\(stances(confirmed))")
    }

    /// "confirmed it was aware of reports", "confirmed it is looking into the reports":
    /// what is confirmed is that reports reached the party, not what they say.
    @Test func confirmingThatReportsArrivedConfirmsNothing() throws {
        for answer in ["confirmed it was aware of reports", "confirmed that it is looking into reports"] {
            let c = try core(analyse(Self.borderClaim((
                "Ministry on the Varna border",
                "Senator Ida Cole said ten rebel fighters were caught by guards crossing the border at Varna. The interior ministry \(answer) that rebel fighters were caught crossing the border at Varna."
            ))))
            #expect(!c.actorStances.contains { $0.stance == .supports }, "\(answer): \(stances(c))")
        }
    }

    /// "confirmed it had been contacted by ...", "confirmed a complaint had been lodged",
    /// "confirmed its inquiry is continuing": a body owning its handling of the case
    /// confirms nothing the claim says; confirming the claim's own clause still does.
    @Test func confirmingItsOwnProcedureConfirmsNothing() throws {
        for answer in [
            "confirmed it had been contacted by the senator's office", "confirmed that a complaint had been lodged by the senator",
            "confirmed that its inquiry into the border crossing was continuing",
        ] {
            let c = try core(analyse(Self.borderClaim((
                "Ministry on the Varna border",
                "Senator Ida Cole said ten rebel fighters were caught by guards crossing the border at Varna. The interior ministry \(answer)."
            ))))
            #expect(!c.actorStances.contains { $0.stance == .supports }, "\(answer): \(stances(c))")
        }
        let confirmed = try core(analyse(Self.borderClaim((
            "Ministry on the Varna border",
            "Senator Ida Cole said ten rebel fighters were caught by guards crossing the border at Varna. The interior ministry confirmed that ten rebel fighters were caught crossing the border at Varna."
        ))))
        #expect(confirmed.actorStances.contains { $0.stance == .supports }, "\(stances(confirmed))")
    }

    /// "I will not pretend the account is wrong": a verdict under a negated verb of saying
    /// or pretending is withheld, not given; said outright, it denies.
    @Test func aWithheldVerdictIsNoDenial() {
        for (quote, stance) in [
            ("I will not pretend that the account of the border is wrong.", nil),
            ("The account of the border is wrong.", Stance.denies),
            ("I cannot say more, but the account of the border is wrong.", Stance.denies),
        ] as [(String, Stance?)] {
            #expect(ClaimEvidence.quotedStance(tokens(quote)) == stance, "\(quote)")
        }
    }

    /// "We are aware of the rumours and do not comment on speculation": a party noting
    /// rumours, or refusing to comment on them, does not call them false.
    @Test func beingAwareOfRumoursIsNoDenial() throws {
        let c = try core(analyse([
            (
                "Bluejay Air in talks to buy Skyward, paper says",
                "The airline Bluejay Air is in talks to buy its rival Skyward, a business paper reported on Monday, citing two people familiar with the matter."
            ),
            (
                "Bluejay Air and Skyward talks",
                "Bluejay Air is in talks to buy its rival Skyward, a business paper reported. \"We are aware of the rumours and we do not comment on market speculation,\" a Bluejay Air spokesman said."
            ),
            (
                "Bluejay Air in talks to buy Skyward, paper says",
                "Reports said the airline Bluejay Air is in talks to buy its rival Skyward. Skyward did not reply to a request for comment."
            ),
        ]))
        #expect(!c.actorStances.contains { $0.stance == .denies }, "\(stances(c))")
    }

    /// A first line that leads in with a colon and has no verb ("In response to the dam
    /// scare in Dunmore:") is no headline stating the news, however long.
    @Test func aLeadInLineWordsNoClaim() throws {
        let c = try core(analyse([
            (
                "In response to the Dunmore Dam scare in Harlow County:",
                "Fears spread on Saturday over the Dunmore Dam in Harlow County. The county sheriff said there was no danger."
            ),
            (
                "The Dunmore Dam has not cracked, Harlow County officials say",
                "Harlow County officials said the Dunmore Dam was safe. Posts online said the Dunmore Dam in Harlow County had cracked overnight."
            ),
            (
                "Dunmore Dam did not crack, engineers in Harlow County find",
                "Engineers who inspected the Dunmore Dam on Sunday found no crack, Harlow County officials said."
            ),
        ]))
        #expect(!c.text.hasPrefix("In response"), "\(c.text)")
        #expect(c.text.contains("cracked"), "\(c.text)")
    }
}
