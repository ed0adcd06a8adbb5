import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-first-session origin rules: a page's name joined by "of", and the outlet that made a
/// post news standing before the account that posted it. All names invented for these tests.
@Suite struct Origin41Tests: ClaimSuite {
    @Test func aPageNameKeepsItsOf() {
        #expect(ClaimEvidence.namedPages(tokens("The photo was shared by the page Cyclists of Brenmoor on Friday.")) == ["Cyclists of Brenmoor"])
        #expect(ClaimEvidence.namedPages(tokens("It was posted on Facebook by the group Friends of the Old Quay.")) == ["Friends of the Old Quay"])
        // A lower-case "of" after the name is the sentence's, not the name's.
        #expect(ClaimEvidence.namedPages(tokens("It was posted by the page Quay Watch of all places.")) == ["Quay Watch"])
    }

    private func draft(_ bodies: [String], outlets: [String]) -> StoryDraft {
        let articles = bodies.enumerated().map { i, b in Article(id: "a\(i)", source: "a\(i).txt", title: "T\(i)", body: b, published: "2026-05-0\(i + 1)") }
        var draft = StoryDraft(id: "s", articles: articles)
        draft.story.citations = outlets.map { Citation(source: $0, articles: articles.map(\.id)) }
        return draft
    }

    @Test func theOutletThatWithdrewItsReportMadeThePostNews() {
        let d = draft(
            [
                "A clip posted by the account Marsh Spotter appeared to show a crocodile in the canal.",
                "The Fenwick Evening Star has withdrawn a report that a crocodile was living in the canal. The Star said it had relied on the clip.",
            ], outlets: ["Marsh Spotter", "Fenwick Evening Star", "Star"])
        #expect(ClaimEvidence.outletReporting(d, excluding: { $0 == "Marsh Spotter" }) == "Fenwick Evening Star")
        // Two outlets withdrawing leave nobody singled out.
        let two = draft(
            [
                "The Fenwick Evening Star has withdrawn a report that a crocodile was living in the canal.",
                "The Canal Times has retracted its story about the crocodile.",
            ], outlets: ["Fenwick Evening Star", "Canal Times"])
        #expect(ClaimEvidence.outletReporting(two, excluding: { _ in false }) == nil)
    }

    @Test func theFirstReporterOfAPostIsTheOrigin() throws {
        let claim = try core(analyse([
            (
                "Crocodile spotted in Fenwick canal, video appears to show",
                "A crocodile is living in the Fenwick canal, according to a video posted by the account @marshspotter_9 on Saturday. The clip was first reported by the Fenwick Evening Star."
            ),
            (
                "Canal trust says no crocodile in Fenwick canal",
                "The canal trust said there was no crocodile in the Fenwick canal. The video, posted by the account @marshspotter_9, was first reported by the Fenwick Evening Star on Saturday."
            ),
            (
                "Fenwick crocodile video was filmed abroad",
                "The video posted by the account @marshspotter_9 was filmed in another country, the Fenwick Evening Star said."
            ),
        ]))
        #expect(claim.origin == "Fenwick Evening Star")
    }

    @Test func aSameDayRetellingCreditingAnotherOutletIsNoScoop() {
        let articles = [
            Article(id: "a0", source: "a.txt", title: "Ferry line to close", body: "The Kestrel ferry line will close in May, according to a letter seen by the Harbour Echo.", outlet: "Harbour Echo", published: "2026-05-01"),
            Article(
                id: "a1", source: "b.txt", title: "Ferry line said to close",
                body: "The Harbour Echo reported that the Kestrel ferry line will close in May. The operator did not comment.", outlet: "Quay Times", published: "2026-05-01T15:00:00"),
            Article(id: "a2", source: "c.txt", title: "Ferry row", body: "The Quay Times and the Harbour Echo both wrote about the ferry.", published: "2026-05-02"),
        ]
        var draft = StoryDraft(id: "s", articles: articles)
        draft.story.citations = [Citation(source: "Harbour Echo", articles: ["a1", "a2"]), Citation(source: "Quay Times", articles: ["a2"])]
        let text = "the Kestrel ferry line will close in May."
        let best = ClaimCandidate(article: 1, sentence: 0, text: text, content: ClaimWords.content(text), parties: [])
        #expect(ClaimEvidence.ownScoop(best, draft) == nil)
        // A name the claim is about credits nobody ("the Kestrel ferry line").
        draft.story.citations[0].source = "Kestrel"
        #expect(ClaimEvidence.ownScoop(best, draft) == "Quay Times")
    }
}
