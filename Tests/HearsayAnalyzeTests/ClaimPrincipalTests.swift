import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, fourteenth review (scored stories): denials by the principals and the claim's
/// status, as the scored stories showed them missed. All sentences invented for these tests.
@Suite struct ClaimPrincipalTests: ClaimSuite {
    func undated(_ bodies: [(String, String)]) -> Story {
        let articles = bodies.enumerated().map { i, a in Article(id: "art\(i)0000000", source: "t\(i).txt", title: a.0, body: a.1) }
        return StoryAnalyzer.standard.analyze(id: "s", articles: articles)
    }

    /// "Is very much alive": words of degree between the copula and the state that
    /// excludes the claimed one; and "Ramsey's publicist" speaks for Ramsey.
    @Test func anAgentSayingThePersonIsVeryMuchAlive() throws {
        let words = { (s: String) in ClaimWords.tokens(TextDocument(s), 0..<s.unicodeScalars.count) }
        let claim: Set<String> = ["ramsey", "die"]
        #expect(ClaimEvidence.deniesOfTheSubject(words("Ramsey is very much alive and laughing about it."), claimWords: claim))
        #expect(!ClaimEvidence.deniesOfTheSubject(words("Ramsey is very much a private man."), claimWords: claim))
        let story = analyse([
            ("Singer Lou Ramsey dies at 77, posts say",
             "Posts on social media claimed on Saturday that the singer Lou Ramsey had died at his farm.\nThe posts were shared thousands of times."),
            ("Lou Ramsey alive, says publicist",
             "\"Lou is very much alive and is out walking his dogs,\" said Mina Torvik, Lou Ramsey's publicist.\nShe asked fans not to share the posts."),
            ("Fans mourn Lou Ramsey after death posts",
             "Fans left flowers at the gates of the farm of Lou Ramsey after posts said the singer had died.\nMina Torvik, his publicist, later spoke to reporters."),
        ])
        #expect(try core(story).actorStances.contains { $0.actor == "Lou Ramsey" && $0.stance == .denies })
    }

    /// "Confirming a report it had called speculation": the confirming article recalls the
    /// party's earlier denial, so undated articles still order the two accounts.
    @Test func aReportItHadCalledSpeculation() throws {
        let words = { (s: String) in ClaimWords.tokens(TextDocument(s), 0..<s.unicodeScalars.count) }
        #expect(ClaimEvidence.pluperfectStances(words("Norvale confirmed a report it had called speculation last week.")).contains(.denies))
        #expect(ClaimEvidence.pluperfectStances(words("It had branded the story false.")).contains(.denies))
        #expect(!ClaimEvidence.pluperfectStances(words("It had called the plan a bold step.")).contains(.denies))
        let story = undated([
            ("Norvale to close its Harbin Street bakery, staff say",
             "The bread maker Norvale plans to close its Harbin Street bakery, according to two bakers who work there.\nThe bakery employs 140 people."),
            ("Norvale rejects bakery closure report",
             "Norvale has rejected reports that it plans to close its Harbin Street bakery, calling them speculation.\nThe company said it was proud of its bakers."),
            ("Norvale confirms Harbin Street bakery will close",
             "Norvale said on Monday it will close its Harbin Street bakery in June, confirming a report it had called speculation.\nThe 140 staff will be offered jobs at its other sites."),
        ])
        #expect(try core(story).status == .confirmed)
    }

    /// A spokesman's denial is his employer's account: the body's own later confirmation
    /// overtakes it, as it would the body's own denial.
    @Test func aSpokesmansDenialIsOvertakenByHisEmployer() throws {
        let story = analyse([
            ("Greywater Aquarium to send its sharks to Malta, paper says",
             "Greywater Aquarium will send its three sharks to a marine park in Malta, the Tidewell Gazette reported, citing two divers.\nA spokesman for the aquarium, Bertil Anand, denied the report. \"Our sharks are staying,\" he said."),
            ("Aquarium says sharks are staying",
             "Bertil Anand, spokesman for the aquarium, said the sharks would stay in Greywater.\nGreywater Aquarium opened in 1994."),
            ("Greywater Aquarium confirms sharks will go to Malta",
             "Greywater Aquarium has confirmed that its sharks will go to a marine park in Malta next year.\nThe move was first reported by the Tidewell Gazette."),
        ])
        let claim = try core(story)
        #expect(claim.status == .confirmed)
        // The role names its body by kind ("the aquarium") or by name; a chief executive speaks in her own name.
        let text = "Bertil Anand spoke for Greywater Aquarium. Ada Brisk runs Greywater Aquarium. Bertil Anand and Ada Brisk again."
        let article = Article(id: "a", source: "a.txt", title: "Greywater Aquarium", body: text)
        var draft = StoryDraft(id: "s", articles: [article, article])
        draft.story.people = [Person(name: "Bertil Anand", roles: ["spokesman for the aquarium"]), Person(name: "Ada Brisk", roles: ["chief executive"])]
        draft.story.organisations = [Organisation(name: "Greywater Aquarium")]
        let parties = Parties(draft.story, articles: draft.articles, documents: draft.documents)
        let voices = ClaimStage.spokespeople(parties, draft).map { (parties.entities[$0.key].name, parties.entities[$0.value].name) }
        #expect(voices.count == 1)
        #expect(voices.first?.0 == "Bertil Anand" && voices.first?.1 == "Greywater Aquarium")
    }

    /// "Told a podcast that the article had been \"plainly wrong\"": a phrase quoted inside
    /// reported speech is the speaker's own verdict; "wrong to" judges a deed, not a report.
    @Test func aReportCalledWrongInAQuotedPhrase() {
        let words = { (s: String) in ClaimWords.tokens(TextDocument(s), 0..<s.unicodeScalars.count) }
        let yes = words("Ida Fenn told a podcast on Monday that the article in the Gazette had been \"plainly wrong\".")
        let i = yes.firstIndex { $0.lower == "told" }!
        #expect(ClaimEvidence.saysFalse(yes, i, ClaimEvidence.insideQuotationMarks(yes)))
        let no = words("Ida Fenn told a podcast that the council was wrong to sell the park.")
        let j = no.firstIndex { $0.lower == "told" }!
        #expect(!ClaimEvidence.saysFalse(no, j, ClaimEvidence.insideQuotationMarks(no)))
    }

    /// A project said to be shelved is denied by its maker saying it remains "in
    /// development" (a quoted phrase, after "separately"), not by one saying its
    /// development was halted.
    @Test func stillInDevelopmentDeniesShelved() {
        let words = { (s: String) in ClaimWords.tokens(TextDocument(s), 0..<s.unicodeScalars.count) }
        let claim: Set<String> = ["ferrow", "motors", "shelv", "electric", "van"].map(ClaimWords.stem).reduce(into: []) { $0.insert($1) }
        let yes = words("Ferrow Motors said separately that the electric van remained \"in development\" and would be shown in May.")
        #expect(ClaimEvidence.saysTheClaim(yes, yes.firstIndex { $0.lower == "said" }!, claimWords: claim, claimNegated: false) == .denies)
        let no = words("Ferrow Motors said that development of the electric van had been shelved.")
        #expect(ClaimEvidence.saysTheClaim(no, no.firstIndex { $0.lower == "said" }!, claimWords: claim, claimNegated: false) != .denies)
    }
}
