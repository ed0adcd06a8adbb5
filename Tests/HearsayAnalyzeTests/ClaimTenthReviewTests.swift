import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, tenth review: whole stories of the kind users bring, where a rumour is scooped
/// on unnamed sources, denied or half-denied, then borne out in other words than
/// "confirm". All sentences invented for these tests.
@Suite struct ClaimTenthReviewTests: ClaimSuite {
    func stances(_ c: Claim) -> [String] { c.actorStances.map { "\($0.actor) \($0.stance.rawValue)" } }

    static let heaterScoop: [(String, String)] = [
        (
            "Corvel Home to recall Ember heaters after fire reports",
            "Corvel Home is preparing to recall its Ember space heaters after reports of fires, according to two people familiar with the plans. The heaters went on sale in 2023."
        ),
        (
            "Corvel Home heaters face recall, sources say",
            "Corvel Home is preparing to recall its Ember space heaters, two people familiar with the plans said. Corvel Home did not reply to messages."
        ),
    ]

    /// "X said on Monday it had begun a recall ..., after an investigation found a fault":
    /// the clause after "after" says why; it hedges nothing, so the party says the claim.
    @Test func aReasonAfterTheClaimIsNoHedge() throws {
        let c = try core(analyse(Self.heaterScoop + [
            ("Corvel Home recalls Ember heaters", "Corvel Home said on Monday it had begun a recall of its Ember space heaters, after an investigation found a faulty switch. Customers can return them to any shop.")
        ]))
        #expect(c.actorStances.contains { $0.actor.contains("Corvel") && $0.stance == .supports }, "\(stances(c))")
    }

    /// "X is recalling its heaters, the company announced": the statement before a closing
    /// attribution is what the party says.
    @Test func aStatementBeforeAClosingAnnouncementIsOnRecord() throws {
        let c = try core(analyse(Self.heaterScoop + [
            ("Corvel recalls heaters", "Corvel Home is recalling its Ember space heaters over a faulty switch, Corvel Home announced on Tuesday. Customers can return them to any shop.")
        ]))
        #expect(c.actorStances.contains { $0.actor.contains("Corvel") && $0.stance == .supports }, "\(stances(c))")
    }

    /// "The announcement confirms a report by the Post": a statement noun confirms for
    /// whoever made the announcement the sentence before reports.
    @Test func anAnnouncementConfirmsForItsMaker() throws {
        let c = try core(analyse(Self.heaterScoop + [
            (
                "Corvel tells staff of heater fault",
                "Corvel Home chief executive Mara Olsen told staff on Thursday that every Ember space heater would be taken back. The announcement confirms a report by the Tidewater Post last week. Shops cleared their shelves."
            )
        ]))
        #expect(c.actorStances.contains { $0.actor.contains("Corvel") && $0.stance == .supports }, "\(stances(c))")
    }

    /// "acknowledged it was investigating complaints about X, but said no decision had been
    /// taken": looking into complaints owns that they arrived, and confirms nothing.
    @Test func investigatingComplaintsConfirmsNothing() throws {
        let c = try core(analyse(Self.heaterScoop + [
            (
                "Corvel says no recall decided",
                "Corvel Home acknowledged on Tuesday that it was investigating complaints about its Ember space heaters, but said no decision had been taken on a recall."
            )
        ]))
        #expect(!c.actorStances.contains { $0.stance == .supports }, "\(stances(c))")
    }

    /// A scoop's lede, "X, two senior officials told the Courier", attributes X to its
    /// sources: it is the claim, and the outlet its origin.
    @Test func aStatementBeforeItsSourcesIsTheClaim() throws {
        let s = analyse([
            ("Brennick set to go", "Health minister Ada Brennick will resign within days over a hospital contracts row, two senior officials told the Harbour Courier. Her office did not reply."),
            ("Minister rejects report", "A spokesman for Ada Brennick said the Harbour Courier report was untrue. The contracts row began in May."),
            ("Brennick under pressure", "Ada Brennick faced questions in parliament on Wednesday. The Harbour Courier reported on Monday that she would resign within days."),
        ])
        let c = try core(s)
        #expect(c.text.contains("resign within days") && !c.text.contains("told"), "\(c.text)")
        #expect(c.origin == "Harbour Courier", "\(c.origin ?? "none")")
    }

    /// "Acme chief Jo Roe ..., revealing that he had one shipped": "one" stands for a thing
    /// named outside the clause, which therefore says no claim of its own.
    @Test func aClauseWhoseOneStandsForSomethingElseIsNoClaim() throws {
        let s = analyse([
            ("Halvard in talks with Brisa, report says", "Halvard Motors held talks with Brisa about building vans in Spain, according to three people familiar with the matter. Halvard Motors chief Ole Dahl has praised the Brisa van, even revealing that he had one shipped from Lisbon and drove it for weeks."),
            ("Halvard and Brisa deny talks", "Halvard Motors held talks with Brisa about building vans in Spain, a report said on Monday. Halvard Motors chief Ole Dahl once said he drives a Brisa van. Both companies called the report untrue."),
            ("Brisa van maker denies Halvard report", "Brisa said it was not in talks with Halvard Motors. Ole Dahl has praised the van, revealing that he had one shipped from Lisbon."),
        ])
        #expect(!s.claims.contains { $0.text.contains("had one shipped") }, "\(s.claims.map(\.text))")
    }

    /// "Brisa chief Ole Dahl told colleagues that he will retire": "he" stands for the
    /// person before it, not the company named first.
    @Test func heStandsForAPerson() throws {
        let s = analyse([
            ("Brisa chief to retire, report says", "Brisa chief executive Ole Dahl has reportedly told colleagues that he will retire in June. Brisa did not comment."),
            ("Dahl to step down at Brisa", "Brisa chief executive Ole Dahl reportedly told colleagues that he will retire in June. A Brisa spokeswoman declined to comment."),
            ("Brisa shares dip", "Brisa shares fell two percent on Monday. Brisa chief executive Ole Dahl has reportedly told colleagues that he will retire in June."),
        ])
        #expect(s.claims.contains { $0.text.hasPrefix("Ole Dahl will retire") }, "\(s.claims.map(\.text))")
        #expect(!s.claims.contains { $0.text.hasPrefix("Brisa will retire") }, "\(s.claims.map(\.text))")
    }

    /// The sources vouch for one clause that names its subject: a statement opening on a
    /// pronoun continues a story told before, and one cut short (", but ...") or framing
    /// the news ("The news of ... comes after") tells no claim of its own.
    @Test func onlyANamedOneClauseStatementBeforeItsSourcesIsAClaim() throws {
        let t = { (s: String) in let d = TextDocument(s); return ClaimWords.tokens(d, 0..<d.scalars.count) }
        let said = { (s: String) in t(s).lastIndex { ["said", "told"].contains($0.lower) }! }
        let lede = "Health minister Ada Brennick will resign within days, two senior officials told the Harbour Courier."
        #expect(ClaimCandidates.sourcedStatement(t(lede), said(lede)) != nil)
        for s in [
            "She will resign within days over the contracts row, two senior officials told the Harbour Courier.",
            "Resignations are common in this government, but the minister was under real pressure, people familiar with the talks said.",
            "The minister, who took office in May, will resign within days, two senior officials said.",
            "The news of her resignation comes after a long row over hospital contracts, one official said.",
        ] {
            #expect(ClaimCandidates.sourcedStatement(t(s), said(s)) == nil, "\(s)")
        }
    }

    /// "Roe had said it herself while visiting ...": the saying's object is told elsewhere;
    /// "said it would ..." opens a clause.
    @Test func aSayingOfABareItIsNoClaim() {
        let t = { (s: String) in let d = TextDocument(s); return ClaimWords.tokens(d, 0..<d.scalars.count) }
        #expect(ClaimCandidates.saysPronoun(t("Olsen had said it herself while visiting the plant in May")))
        #expect(ClaimCandidates.saysPronoun(t("Olsen said so at a meeting with staff")))
        #expect(!ClaimCandidates.saysPronoun(t("Corvel Home said it would recall the heaters")))
    }
}
