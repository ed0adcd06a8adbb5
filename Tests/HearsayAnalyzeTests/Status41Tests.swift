import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-first-session status rules: the origin's own first-person retraction, and a
/// retraction outweighing a confirmation beside a denial. All names invented for these tests.
@Suite struct Status41Tests: ClaimSuite {
    @Test func theOriginRetractsInTheFirstPerson() {
        let notice = tokens("We have concluded that the letter was forged, and we are retracting the article.")
        #expect(ClaimStage.retracts("Harbour Echo", in: notice, ownVoice: true))
        // Another outlet's "we" is not the origin's.
        #expect(!ClaimStage.retracts("Harbour Echo", in: notice))
        // Inside quotation marks the words are the speaker's.
        #expect(!ClaimStage.retracts("Harbour Echo", in: tokens("\"We are retracting the article,\" a rival editor said."), ownVoice: true))
    }

    @Test func anOutletlessNoticeNamingTheOriginIsItsOwn() {
        let articles = [
            Article(id: "a1", source: "a.txt", title: "Ferry line to close, letter shows", body: "The Harbour Echo has seen a letter saying the ferry line will close.", published: "2026-05-01"),
            Article(
                id: "a2", source: "b.txt", title: "Retraction: our report on the ferry letter",
                body: "On 1 May the Harbour Echo published an article about a letter. The letter was forged, and we are retracting the article.",
                published: "2026-05-04"),
        ]
        let draft = StoryDraft(id: "s", articles: articles)
        #expect(ClaimStage.retractedByOrigin("Harbour Echo", draft) == 1)
        // A notice naming another outlet speaks for that one.
        #expect(ClaimStage.retractedByOrigin("Quay Times", draft) == nil)
    }

    @Test func aRetractionBesideADenialOutweighsAConfirmation() {
        let bodies = [
            "Kestrel Ferries and Orrin Port spoke, the Harbour Echo reported.",
            "Kestrel Ferries and Orrin Port spoke.",
            "Kestrel Ferries and Orrin Port spoke.",
            "The Harbour Echo has retracted its report on the ferry line.",
        ]
        let articles = bodies.enumerated().map { i, b in Article(id: "a\(i)", source: "a\(i).txt", title: "Story \(i)", body: b, published: "2026-04-0\(i + 1)") }
        var draft = StoryDraft(id: "s", articles: articles)
        draft.story.organisations = [Organisation(name: "Kestrel Ferries"), Organisation(name: "Orrin Port")]
        let parties = Parties(draft.story, articles: draft.articles, documents: draft.documents)
        let index = { (n: String) in parties.entities.firstIndex { $0.name == n }! }
        let findings = [
            ClaimEvidence.ActorFinding(party: index("Kestrel Ferries"), stance: .denies, quote: nil, article: 1, span: nil),
            ClaimEvidence.ActorFinding(party: index("Orrin Port"), stance: .supports, quote: nil, article: 2, span: nil),
        ]
        #expect(ClaimStage.status(findings, stances: [], parties: parties, origin: "Harbour Echo", draft).0 == .refuted)
        // Confirmed and denied by nobody else, a confirmation stands.
        #expect(ClaimStage.status(Array(findings.suffix(1)), stances: [], parties: parties, origin: "Harbour Echo", draft).0 == .confirmed)
    }
}
