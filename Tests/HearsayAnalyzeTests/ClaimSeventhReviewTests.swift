import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Claims, seventh review: who denied or confirmed, read off the headline, a body named by
/// description, the verb's own clause, and the sense of "deny". All sentences invented for
/// these tests.
@Suite struct ClaimSeventhReviewTests: ClaimSuite {
    func stances(_ c: Claim) -> [String] { c.actorStances.map { "\($0.actor) \($0.stance.rawValue)" } }

    /// A headline carries a party's denial as a body sentence would; the body it speaks
    /// for is described ("the Ruritanian health ministry"), not named.
    @Test func aDenialInTheHeadlineIsRead() throws {
        let c = try core(analyse(Self.cholera(denial: (
            "A spokesman for the Ruritanian health ministry denied reports in a local paper that rebels in Varna had cholera",
            "Reports that rebel fighters in Varna have contracted cholera spread on Monday. The paper said two fighters had been taken to a hospital in Varna."
        ))))
        #expect(c.actorStances.contains { $0.actor.contains("health ministry") && $0.stance == .denies && $0.evidence == nil }, "\(stances(c))")
        #expect(c.status == .denied, "\(c.status)")
    }

    /// "A health ministry spokesman" speaks for the ministry the words before the noun
    /// describe.
    @Test func aSpokesmanForADescribedBodyIsOnRecord() throws {
        let c = try core(analyse(Self.cholera(denial: (
            "Cholera in Varna?",
            "Reports that rebel fighters in Varna have contracted cholera spread on Monday. A health ministry spokesman denied reports that rebels in Varna had cholera."
        ))))
        #expect(c.actorStances.contains { $0.actor.contains("health ministry") && $0.stance == .denies }, "\(stances(c))")
    }

    static func cholera(denial: (String, String)) -> [(String, String)] {
        [
            (
                "Rebels in Varna have cholera, paper says",
                "A newspaper in Ruritania reported on Monday that rebel fighters in Varna have contracted cholera. The paper said two fighters had been taken to a hospital in Varna with symptoms of cholera."
            ),
            denial,
            (
                "Cholera among Varna rebels?",
                "Rebel fighters in Varna have contracted cholera, a Ruritanian newspaper reported. Two fighters were taken to a hospital in Varna, the paper said."
            ),
        ]
    }

    /// "..., despite the Bishop moving to rubbish the claims": the denial is the bishop's,
    /// the subject of its own clause, not the priest's who opens the sentence.
    @Test func aDenialBelongsToItsOwnClause() throws {
        let c = try core(analyse([
            (
                "Priest Lund says he saw angels during surgery",
                "Father Tomas Lund claimed that he saw angels while surgeons in Varna worked to save his life. The story spread online this week."
            ),
            (
                "Lund to keep preaching",
                "Father Tomas Lund said he saw angels while surgeons in Varna worked to save his life. Lund says he will keep preaching his vision, despite the Bishop of Varna moving to rubbish the claims of angels."
            ),
            (
                "Angels story: who is Father Lund?",
                "Reports said Father Tomas Lund saw angels while surgeons in Varna worked to save his life. The Bishop of Varna has not commented further."
            ),
        ]))
        let deniers = c.actorStances.filter { $0.stance == .denies }.map(\.actor)
        #expect(deniers.contains { $0.contains("Bishop") }, "\(stances(c))")
        #expect(!deniers.contains { $0.contains("Lund") }, "\(stances(c))")
    }

    /// "Denied repeated requests" refuses something asked for; it is no stance on the claim.
    @Test func refusingARequestIsNoDenial() throws {
        let c = try core(analyse([
            (
                "Magician Marco Tovar pulls dog from frozen river in Varna",
                "The street magician Marco Tovar pulled a dog from a frozen river in Varna, a local paper reported. A video of the rescue has been watched four million times."
            ),
            (
                "Tovar dog rescue: doubts grow",
                "Reports said the street magician Marco Tovar pulled a dog from a frozen river in Varna. Tovar has turned down all interviews, and he denied repeated requests from reporters to see the dog he pulled from the river."
            ),
            (
                "Magician Marco Tovar saves dog from river in Varna",
                "The street magician Marco Tovar pulled a dog from a frozen river in Varna, witnesses told a local paper."
            ),
        ]))
        #expect(!c.actorStances.contains { $0.stance == .denies }, "\(stances(c))")
        #expect(c.status == .reported, "\(c.status)")
    }

    /// A quotation takes its stance from the sentence before only when that sentence's
    /// denial is the speaker's: denying the video was staged backs what it shows.
    @Test func aQuoteAfterADenialOfFakeryBacksTheStory() throws {
        let c = try core(analyse([
            (
                "Busker Ana Ruiz gives her earnings to a homeless stranger",
                "The busker Ana Ruiz gave her day's earnings to a homeless stranger in Leeds, a viral video shows. The video has been viewed two million times."
            ),
            (
                "Busker video questioned",
                "A viral video shows the busker Ana Ruiz giving her day's earnings to a homeless stranger in Leeds. A witness said the scene was staged. Ruiz denied that any part of the video was staged. \"There is no way we made this up,\" Ruiz said."
            ),
            (
                "Busker Ana Ruiz gives her earnings to a homeless man",
                "The busker Ana Ruiz gave her day's earnings to a homeless stranger in Leeds, a video posted online shows."
            ),
        ]))
        #expect(!c.actorStances.contains { $0.stance == .denies }, "\(stances(c))")
        #expect(c.status == .confirmed, "\(c.status)")
    }

    /// "..., a claim that was quickly disputed by the interior ministry" before a quotation
    /// of the claimant: the denial's agent is the ministry, not the one quoted.
    @Test func aPassiveDenialBeforeAQuoteIsTheAgents() throws {
        let c = try core(analyse([
            (
                "Ten rebels caught at the border by Varna guards, Senator Ida Cole says",
                "Ten rebel fighters were caught by guards crossing the border at Varna, Senator Ida Cole said on a radio show on Tuesday."
            ),
            (
                "Cole's border claim",
                "Senator Ida Cole said that ten rebel fighters were caught by guards crossing the border at Varna, a claim that was quickly disputed by the interior ministry. \"I know it for a fact,\" Cole said."
            ),
            (
                "Ten rebels caught at the border by Varna guards, Senator Ida Cole says",
                "Ten rebel fighters were caught by guards crossing the border at Varna, Senator Ida Cole claimed on the radio."
            ),
        ]))
        let deniers = c.actorStances.filter { $0.stance == .denies }.map(\.actor)
        #expect(deniers.contains("interior ministry"), "\(stances(c))")
        #expect(!deniers.contains { $0.contains("Cole") }, "\(stances(c))")
    }

    /// "DNA tests have confirmed": the tests are on-record evidence, not a party named DNA.
    @Test func testsThatConfirmAreEvidenceNotAParty() throws {
        let c = try core(analyse([
            (
                "Boy held in Varna is the son of rebel leader Kessel, officials say",
                "Officials in Ruritania said that a boy held in Varna is the son of the rebel leader Omar Kessel. The boy was detained with his mother last week."
            ),
            (
                "Boy held in Varna is Kessel's son",
                "The interior minister of Ruritania said that DNA tests have confirmed that a boy held in Varna is the son of the rebel leader Omar Kessel."
            ),
            (
                "Kessel's son held in Varna?",
                "Reports said a boy held in Varna is the son of the rebel leader Omar Kessel. DNA tests were done on the boy last week."
            ),
        ]))
        #expect(!c.actorStances.contains { $0.actor == "DNA" }, "\(stances(c))")
        #expect(c.actorStances.contains { $0.actor == "DNA tests" && $0.stance == .supports }, "\(stances(c))")
    }

    /// "..., the health agency has confirmed" after a negated statement: the agency, named
    /// after the comma, denies.
    @Test func anAttributionAfterANegatedStatementDenies() throws {
        let c = try core(analyse(Self.cholera(denial: (
            "Rebel fighters in Varna do not have cholera, the Ruritanian Health Agency has confirmed",
            "Reports that rebel fighters in Varna have contracted cholera spread on Monday. Two fighters were seen at a hospital in Varna."
        ))))
        #expect(c.actorStances.contains { $0.actor == "Ruritanian Health Agency" && $0.stance == .denies }, "\(stances(c))")
    }

    /// A dateline opening a headline ("VARNA, Ruritania —") is where it was filed, not who
    /// denies.
    @Test func aDatelineIsNoDenier() throws {
        let c = try core(analyse(Self.cholera(denial: (
            "VARNA, Ruritania \u{2014} The health ministry denied reports that rebel fighters in Varna have cholera",
            "Reports that rebel fighters in Varna have contracted cholera spread on Monday. Two fighters were seen at a hospital in Varna."
        ))))
        let deniers = c.actorStances.filter { $0.stance == .denies }.map(\.actor)
        #expect(deniers.contains { $0.contains("health ministry") }, "\(stances(c))")
        #expect(!deniers.contains("Varna"), "\(stances(c))")
    }

    /// "..., confirms Ann Keller, who manages the band": the subject follows the verb.
    @Test func anInvertedAttributionNamesItsSubjectAfterTheVerb() throws {
        let c = try core(analyse([
            (
                "Singer Lou Brandt dies at 61, manager Ann Keller says",
                "The singer Lou Brandt has died at the age of 61, his manager Ann Keller said on Monday. Brandt had been ill for a year."
            ),
            (
                "Lou Brandt dead at 61",
                "The singer Lou Brandt has died at the age of 61, confirms Ann Keller, who manages the band he led. The singer Lou Brandt recorded nine albums."
            ),
            ("Lou Brandt dies at 61", "The singer Lou Brandt has died at the age of 61, his manager Ann Keller told reporters."),
        ]))
        #expect(c.actorStances.contains { $0.actor == "Ann Keller" && $0.stance == .supports }, "\(stances(c))")
        #expect(!c.actorStances.contains { $0.actor == "Lou Brandt" }, "\(stances(c))")
    }

    /// "An article saying Orbis confirmed it is fake": what a report says a party did is
    /// not the party on record.
    @Test func aStanceInsideAReportIsNotOnRecord() throws {
        let c = try core(analyse([
            (
                "Space agency Orbis says Earth faces six days of darkness",
                "Posts claimed that the space agency Orbis said the Earth will be in darkness for six days in May. The posts spread quickly on Monday."
            ),
            (
                "Six days of darkness? No",
                "An article saying Orbis confirmed six days of darkness for the Earth in May is fake. The Earth will not be in darkness for six days in May."
            ),
            (
                "Space agency Orbis says Earth faces six days of darkness",
                "Posts said the space agency Orbis expects the Earth will be in darkness for six days in May."
            ),
        ]))
        #expect(!c.actorStances.contains { $0.actor == "Orbis" }, "\(stances(c))")
    }

    /// "Ida Roth is confirmed to have resigned", "if confirmed, his death would ...": a
    /// passive or a condition with no agent puts nobody on record.
    @Test func aConfirmationWithNoAgentPutsNobodyOnRecord() throws {
        let passive = try core(analyse([
            ("Mayor Ida Roth resigns over loans, paper says", "The mayor of Dunmore, Ida Roth, resigned over loans from a builder, a local paper reported."),
            (
                "Ida Roth resigns",
                "Mayor Ida Roth is confirmed to have resigned over loans from a builder, the paper said. Reports said Mayor Ida Roth resigned over loans."
            ),
            ("Mayor Ida Roth resigns over loans, paper says", "Reports said Mayor Ida Roth resigned over loans from a builder."),
        ]))
        #expect(passive.actorStances.isEmpty, "\(stances(passive))")
        let conditional = try core(analyse([
            (
                "Rebel leader Omar Kessel killed in air strike, reports say",
                "Rebel leader Omar Kessel was killed in an air strike near Varna, local reports said on Monday."
            ),
            (
                "Kessel killed?",
                "Reports said the rebel leader Omar Kessel was killed in an air strike near Varna. The Defence Ministry has listed Omar Kessel as its top target and, if confirmed, his death in the air strike would weaken the rebels."
            ),
            (
                "Rebel leader Omar Kessel killed in air strike, reports say",
                "Reports said the rebel leader Omar Kessel was killed in an air strike near Varna on Sunday."
            ),
        ]))
        #expect(conditional.actorStances.isEmpty, "\(stances(conditional))")
        #expect(conditional.status == .reported, "\(conditional.status)")
    }

    /// "..., The Varna Times has confirmed": a paper confirming its own report is no party,
    /// and neither is the actor the statement is about.
    @Test func aPaperConfirmingIsNoParty() throws {
        let c = try core(analyse([
            (
                "Actor Sam Ortiz in talks to play Ada Lovelace's husband",
                "The actor Sam Ortiz is in talks to play the husband of Ada Lovelace in a new film, a trade paper reported."
            ),
            (
                "Ortiz to star in Lovelace film",
                "The actor Sam Ortiz is in talks to play the husband of Ada Lovelace in a new film, The Varna Times has confirmed. Filming starts in May."
            ),
            (
                "Actor Sam Ortiz in talks to play Ada Lovelace's husband",
                "Reports said the actor Sam Ortiz is in talks to play the husband of Ada Lovelace in a new film."
            ),
        ]))
        #expect(c.actorStances.isEmpty, "\(stances(c))")
        #expect(c.status == .reported, "\(c.status)")
    }
}
