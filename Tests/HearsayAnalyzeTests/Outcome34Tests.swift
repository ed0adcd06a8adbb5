import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Thirty-fourth session: the claim's event told as done by its principal, closed by
/// ", confirming a <thing> first reported by X"; a headline naming the principal by its
/// kind alone ("Museum set to ..."). Own sentences, invented names.
@Suite struct Outcome34Tests: ClaimSuite {
    func story(pending: String, outcome: String) throws -> Claim {
        try core(analyse([
            (
                "Museum set to return carved mask to Ostra, letters show",
                "The Vellan Museum of Crafts is preparing to return a carved mask to the island of Ostra, according to letters seen by the Harbour Courier."
            ),
            ("Museum answers mask report", pending),
            ("Carved mask goes home", outcome),
        ]))
    }

    /// The participle's object may be the thing the report told, named as reported.
    @Test func confirmingAThingFirstReportedBearsOnTheReport() {
        func bearing(_ s: String) -> Stance? {
            let t = tokens(s)
            guard let i = t.firstIndex(where: { $0.lower == "confirming" }) else { return nil }
            return ClaimEvidence.bearsOnReport(t, i)
        }
        #expect(bearing("The museum has returned the mask, confirming a return first reported by the Courier.") == .supports)
        #expect(bearing("The museum has returned the mask, confirming a deal revealed by the Courier in May.") == .supports)
        #expect(bearing("The museum has returned the mask, confirming a return of goodwill between the two.") == nil)
    }

    @Test func confirmingAThingFirstReportedConfirms() throws {
        let c = try story(
            pending: "The Vellan Museum of Crafts has returned nothing yet, the Harbour Courier noted.",
            outcome: "The Vellan Museum of Crafts has returned a carved mask to the island of Ostra, confirming a return first reported by the Harbour Courier last month.")
        #expect(c.actorStances.contains { $0.actor.contains("Vellan Museum") && $0.stance == .supports }, "\(c.actorStances)")
    }

    /// A headline names its subject by its kind ("Museum set to ..."): the one party whose
    /// name holds that word is the claim's actor; with two such parties, none is.
    @Test func theHeadlinesKindNounIsTheActor() {
        func parties(_ names: [String]) -> Parties {
            let article = Article(id: "a", source: "a.txt", title: "Museum set to return mask", body: names.joined(separator: ". ") + ".")
            var draft = StoryDraft(id: "s", articles: [article, article])
            draft.story.organisations = names.map { Organisation(name: $0) }
            return Parties(draft.story, articles: draft.articles, documents: draft.documents)
        }
        let one = parties(["Vellan Museum of Crafts", "Ostra Council"])
        let actor = ClaimStage.actor(of: tokens("Museum set to return carved mask"), one)
        #expect(actor.map { one.entities[$0].name } == "Vellan Museum of Crafts")
        #expect(ClaimStage.actor(of: tokens("Kiln set to return carved mask"), one) == nil)
        let two = parties(["Vellan Museum of Crafts", "Ostra Council", "Harbour Museum"])
        #expect(ClaimStage.actor(of: tokens("Museum set to return carved mask"), two) == nil)
    }
}

/// Thirty-fourth session: "admitting a team ... as the league's 13th club" lets in, and
/// confirming what the rules require confirms no decision. Own sentences, invented names.
@Suite struct LettingIn34Tests: ClaimSuite {
    @Test func admittingSomethingAsOrIntoIsLettingItIn() {
        func letsIn(_ s: String) -> Bool {
            let words = tokens(s).map(\.lower)
            return ClaimEvidence.letsIn(words, words.firstIndex { $0.hasPrefix("admit") }!)
        }
        #expect(letsIn("owners will vote on admitting a team from Kell as the league's 13th club"))
        #expect(letsIn("the union may admit Norland into the customs area"))
        #expect(letsIn("she was admitted to hospital on Monday"))
        #expect(!letsIn("the club admitted a mistake in its accounts"))
        #expect(!letsIn("he admitted as much on Friday"))
        #expect(!letsIn("the firm admitted that talks had taken place"))
    }

    @Test func confirmingTheRulesConfirmsNoDecision() {
        let claim = ClaimWords.content("Owners to vote on a new team from Kell")
        #expect(ClaimEvidence.statesARule(tokens("that the league's constitution requires nine votes to admit a club"), claimWords: claim))
        #expect(ClaimEvidence.statesARule(tokens("the rules allow a vote by post"), claimWords: claim))
        #expect(!ClaimEvidence.statesARule(tokens("that owners will vote on a team from Kell in May"), claimWords: claim))
        let rules = ClaimWords.content("League to change its constitution")
        #expect(!ClaimEvidence.statesARule(tokens("that the constitution requires a change"), claimWords: rules))
    }
}
