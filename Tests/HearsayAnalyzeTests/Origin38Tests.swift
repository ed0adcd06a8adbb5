import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// The outlet whose own article words the claim, cited by the later articles, is its origin,
/// though a sentence near its lede names a party and a wire's dateline names the wire. Own
/// sentences, invented names.
@Suite struct Origin38Tests: ClaimSuite {
    func story(firstOutlet: String?, firstTitle: String = "Kelby harbour set to lose its ferry to Port Anwick") -> Story {
        let texts = [
            (firstTitle,
             "Kelby harbour is set to lose its island ferry to Port Anwick next year under a timetable the Strand Line has drawn up, according to two people who have seen it."),
            ("Strand Line says Kelby ferry under review after timetable report",
             "The Strand Line said on Monday it was reviewing the Kelby ferry after the Quay Ledger reported that the harbour would lose its sailings to Port Anwick."),
            ("Kelby traders fight to keep island ferry",
             "Traders in Kelby said they would fight to keep the ferry. The Quay Ledger reported on Monday that a draft timetable moved the sailings to Port Anwick."),
        ]
        let articles = texts.enumerated().map { i, a in
            Article(id: "art\(i)0000000", source: "t\(i).txt", title: a.0, body: a.1, outlet: i == 0 ? firstOutlet : "Harbour Wire", published: "2026-03-0\(i + 1)")
        }
        return StoryAnalyzer.standard.analyze(id: "s", articles: articles)
    }

    @Test func theScoopIsTheWordingsOwnOutletAsOthersCiteIt() {
        let articles = (0..<3).map { i in
            Article(id: "art\(i)0000000", source: "t\(i).txt", title: "", body: "", outlet: ["The Quay Ledger", "Harbour Wire", "Radio Kelby"][i],
                published: "2026-03-0\(i + 1)")
        }
        var draft = StoryDraft(id: "s", articles: articles)
        draft.story.citations = [
            Citation(source: "Strand Line", articles: ["art00000000", "art10000000"]),
            Citation(source: "Quay Ledger", articles: ["art10000000", "art20000000"]),
        ]
        let first = ClaimCandidate(article: 0, sentence: 0, text: "Kelby to lose its ferry.", content: [], parties: [])
        #expect(ClaimEvidence.ownScoop(first, draft) == "Quay Ledger")
        // A later article's wording is a retelling; an earlier article makes it no scoop.
        #expect(ClaimEvidence.ownScoop(ClaimCandidate(article: 1, sentence: 0, text: "", content: [], parties: []), draft) == nil)
        draft.articles[2].published = "2026-02-27"
        #expect(ClaimEvidence.ownScoop(first, draft) == nil)
    }

    @Test func theOutletOfTheWordingsArticleIsTheOrigin() throws {
        let claim = try core(story(firstOutlet: "The Quay Ledger"))
        #expect(claim.origin == "Quay Ledger", "\(claim.origin ?? "none")")
    }

    @Test func aReportByAnotherOutletIsNoScoopOfItsOwn() throws {
        // An article published by an outlet no other article cites is not the scoop.
        let claim = try core(story(firstOutlet: "Anwick Echo"))
        #expect(claim.origin != "Anwick Echo")
    }

    @Test func bothOutletsOfAReportAreCited() {
        let s = story(firstOutlet: nil)
        var draft = StoryDraft(id: "t", articles: [
            Article(id: "art90000000", source: "t9.txt", title: "", body: "The operator's denial was reported by the Harbour Wire and by Radio Kelby on Tuesday."),
        ])
        QuoteStage().run(&draft)
        #expect(Set(draft.story.citations.map(\.source)).isSuperset(of: ["Harbour Wire", "Radio Kelby"]), "\(draft.story.citations.map(\.source))")
        #expect(!s.claims.isEmpty)
    }
}
