import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, seventeenth review (scored stories): denials and confirmations told in
/// shapes the earlier rules missed. All sentences invented for these tests.
@Suite struct Stances21Tests: ClaimSuite {
    /// A mayor said to be about to quit, then one more article.
    func mayor(_ outcome: (String, String)) throws -> Claim {
        try core(analyse([
            (
                "Mayor Hanne Solberg to resign, paper says",
                "Hanne Solberg, the mayor of Nordvik, is preparing to resign before the summer, the Fjord Post reported on Monday, citing two council members."
            ),
            (
                "Nordvik mayor said to be quitting",
                "Nordvik mayor Hanne Solberg is preparing to resign, according to the Fjord Post. The council meets on Thursday."
            ),
            outcome,
        ]))
    }

    /// "X said there was no such plan", "she has done no such thing": "no such" (or "any
    /// such" under a negation) takes up what was reported and says it is not so.
    @Test func noSuchThingDenies() throws {
        let plan = try mayor(("Solberg answers", "Hanne Solberg said on Tuesday that there was no such plan. She will attend the council meeting."))
        #expect(plan.actorStances.contains { $0.actor.contains("Solberg") && $0.stance == .denies }, "\(plan.actorStances)")
        let never = try mayor(("Solberg answers", "Hanne Solberg told the Nordvik Courier she had never discussed any such step with anyone."))
        #expect(never.actorStances.contains { $0.actor.contains("Solberg") && $0.stance == .denies }, "\(never.actorStances)")
        // "such" that takes up nothing denied: no stance.
        let such = try mayor(("Solberg answers", "Hanne Solberg said such meetings were held every spring."))
        #expect(!such.actorStances.contains { $0.actor.contains("Solberg") && $0.stance == .denies }, "\(such.actorStances)")
    }

    /// "The ministry, which must approve any change, also rejected the report": a body named
    /// by its common name in lower case, with an aside and an adverb before the verb, is on
    /// record; the adverb is no part of its name.
    @Test func aBodyByItsCommonNameBeforeAnAdverb() throws {
        let c = try core(analyse([
            (
                "Halden museum to sell its silver, paper says",
                "The Halden City Museum plans to sell its collection of Georgian silver to a private buyer, the Halden Mercury reported on Friday, citing a person close to the museum."
            ),
            (
                "Halden museum said to be selling silver",
                "The Halden City Museum plans to sell its Georgian silver, according to the Halden Mercury. The museum did not reply."
            ),
            (
                "Halden silver: the weekend's news",
                "The culture ministry, which would have to approve any sale of the collection, also rejected the report on Saturday. Visitors queued to see the silver."
            ),
        ]))
        #expect(c.actorStances.contains { $0.actor.lowercased().contains("ministry") && $0.stance == .denies }, "\(c.actorStances)")
    }

    /// "He calls the report nonsense", "she describes the story as fiction": a labelling
    /// verb in the present, like "called", denies when its object is a false-story label.
    @Test func labellingAReportFalseDenies() throws {
        let calls = try mayor(("Solberg answers", "Hanne Solberg calls the report \"nonsense from beginning to end\" and says she will stand again."))
        #expect(calls.actorStances.contains { $0.actor.contains("Solberg") && $0.stance == .denies }, "\(calls.actorStances)")
        let describes = try mayor(("Solberg answers", "Hanne Solberg describes the story as pure fiction."))
        #expect(describes.actorStances.contains { $0.actor.contains("Solberg") && $0.stance == .denies }, "\(describes.actorStances)")
    }

    /// "Withdraw" from a race, "pull out", "step aside", "quit" and "resign" are one
    /// departure: a denial that the candidate is quitting answers a report that she will
    /// withdraw.
    @Test func departuresAreOneEvent() throws {
        #expect(ClaimWords.content("she will pull out of the race") == ClaimWords.content("she will resign the race"))
        #expect(ClaimWords.content("he stepped aside") == ClaimWords.content("he resigned"))
        #expect(ClaimWords.stem("withdrawing") == ClaimWords.stem("quitting"))
        let c = try core(analyse([
            (
                "Senate hopeful Lars Aaberg to withdraw, broadcaster says",
                "Lars Aaberg, the Farmers' League candidate for the Senate, is preparing to withdraw from the race, Radio Sund reported on Monday, citing two league officials."
            ),
            (
                "Aaberg said to be leaving Senate race",
                "Lars Aaberg is preparing to withdraw from the Senate race, according to Radio Sund. His rally on Friday was cancelled."
            ),
            ("Aaberg rejects reports that he is quitting", "The candidate spent Tuesday knocking on doors in the harbour district."),
        ]))
        #expect(c.actorStances.contains { $0.actor.contains("Aaberg") && $0.stance == .denies }, "\(c.actorStances)")
    }
}
