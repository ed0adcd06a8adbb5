import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, thirteenth review, second round: a party's stance, as scored stories showed it
/// missing or credited to the wrong party. All sentences invented for these tests.
@Suite struct ClaimPartyStanceTests: ClaimSuite {
    func stances(_ s: Story) throws -> [(String, Stance)] {
        try core(s).actorStances.map { ($0.actor, $0.stance) }
    }

    /// "No decision has been taken" answers a report that something was decided: the
    /// party's non-denial denial, in its quotation or in reported speech.
    @Test func sayingNothingIsDecidedDenies() throws {
        let quoted = analyse([
            ("Coastway to scrap winter crossing to Harl Island, paper says",
             "The ferry operator Coastway plans to scrap its winter crossing to Harl Island, the Bay Courier reported on Monday, citing two crew members.\nThe crossing has lost money for three years."),
            ("Coastway responds to crossing report",
             "The ferry operator responded on Tuesday to a report in the Bay Courier that it would scrap its winter crossing to Harl Island.\n\"The board has not taken any decision about the winter crossing,\" Coastway said in a statement."),
            ("Harl islanders fear for winter crossing",
             "Islanders on Harl met on Wednesday after the Bay Courier reported that Coastway would scrap its winter crossing.\nThe crossing carries about 200 people a week in January."),
        ])
        #expect(try stances(quoted).contains { $0.0 == "Coastway" && $0.1 == .denies })
        let reported = analyse([
            ("Coastway to scrap winter crossing to Harl Island, paper says",
             "The ferry operator Coastway plans to scrap its winter crossing to Harl Island, the Bay Courier reported on Monday, citing two crew members.\nThe crossing has lost money for three years."),
            ("Coastway responds to crossing report",
             "Coastway said on Tuesday that no decision about the winter crossing to Harl Island had been made.\nThe company did not say when its board would next meet."),
            ("Harl islanders fear for winter crossing",
             "Islanders on Harl met on Wednesday after the Bay Courier reported that Coastway would scrap its winter crossing.\nThe crossing carries about 200 people a week in January."),
        ])
        #expect(try stances(reported).contains { $0.0 == "Coastway" && $0.1 == .denies })
    }

    /// A claim that a party is weighing something is not denied by "no decision has
    /// been made": weighing is what comes before a decision.
    @Test func nothingDecidedLeavesAClaimOfWeighing() {
        let words = { (s: String) in ClaimWords.tokens(TextDocument(s), 0..<s.unicodeScalars.count) }
        let claim: Set<String> = ["coastway", "scrap", "cross"]
        #expect(ClaimEvidence.saysNothingIsDecided(words("No decision has been taken about the crossing."), claimWords: claim))
        #expect(ClaimEvidence.saysNothingIsDecided(words("The board has not made any final decision."), claimWords: claim))
        #expect(!ClaimEvidence.saysNothingIsDecided(words("The board made a decision on Monday."), claimWords: claim))
        #expect(!ClaimEvidence.saysNothingIsDecided(words("No decision has been taken about the crossing."), claimWords: claim.union(["consider"])))
    }

    /// "Lindvik Water" and "Lindvik University" are two bodies, though the town's name
    /// alone is the university's alias: a name joins a party only through a name it starts
    /// or ends, and where two parties' names overlap, the longer match names the party.
    @Test func aTownNameDoesNotMergeTwoBodies() {
        let story = Story(
            id: "s", title: "t", articles: ["a"],
            people: [Person(name: "Lindvik Water")],
            organisations: [Organisation(name: "Lindvik University", aliases: ["Lindvik"])])
        let texts = ["Lindvik Water denied it. Lindvik University said so. Lindvik Water again, and Lindvik.",
                     "Lindvik Water and Lindvik University, again."]
        let articles = texts.enumerated().map { Article(id: "a\($0.offset)", source: "a\($0.offset).txt", title: "Lindvik", body: $0.element) }
        let parties = Parties(story, articles: articles, documents: articles.map { TextDocument($0.body) })
        let water = parties.mentioned(in: "Lindvik Water")
        #expect(water.count == 1)
        #expect(water.first.map { parties.entities[$0].name } == "Lindvik Water")
        #expect(parties.mentioned(in: "Lindvik University").map { parties.entities[$0].name } == ["Lindvik University"])
    }

    /// "No decision has been taken" holds only until one is: when the same party later
    /// confirms the claim, undated articles or not, the claim is confirmed, not disputed.
    @Test func aDecisionOvertakesSayingNoneWasTaken() throws {
        let bodies = [
            ("Coastway to scrap winter crossing to Harl Island, paper says",
             "The ferry operator Coastway plans to scrap its winter crossing to Harl Island, the Bay Courier reported, citing two crew members.\nThe crossing has lost money for three years."),
            ("Coastway responds to crossing report",
             "The ferry operator responded to a report in the Bay Courier that it would scrap its winter crossing to Harl Island.\n\"The board has not taken any decision about the winter crossing,\" Coastway said in a statement."),
            ("Coastway scraps winter crossing to Harl Island",
             "Coastway scrapped its winter crossing to Harl Island, confirming a report by the Bay Courier.\nThe last winter sailing will leave in December."),
        ]
        let articles = bodies.enumerated().map { i, a in Article(id: "art\(i)0000000", source: "t\(i).txt", title: a.0, body: a.1) }
        let story = StoryAnalyzer.standard.analyze(id: "s", articles: articles)
        let c = try core(story)
        #expect(c.actorStances.contains { $0.actor == "Coastway" && $0.stance == .supports })
        #expect(c.status == .confirmed)
    }
}
