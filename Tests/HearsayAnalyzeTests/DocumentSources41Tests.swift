import Foundation
import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Documents cited, forty-first session: a roster (of a crew, a squad, a shift) is a paper
/// the reporting rests on, as a schedule is. Every sentence is written for these tests.
@Suite struct DocumentSources41Tests: QuoteSuite, ClaimSuite {
    @Test func aRosterSeenByAnOutletIsCited() {
        let s = story(
            "Captain Ilse Varga will not lead the Tarvik ferry crew next month, according to a new duty roster seen by the Quay Herald.",
            "The roster, dated 3 May, lists another captain. The ferry company declined to comment.")
        let docs = s.citations.filter { $0.kind == .document }
        #expect(docs.contains { $0.source.hasSuffix("roster") && $0.articles.count == 2 })
    }

    /// "according to a harbour board notice", "a council fact sheet": a noun that needs a
    /// marker ("leaked") is a paper where the reporting rests on it by a name of its kind;
    /// "according to a newspaper report" stays another outlet's story.
    @Test func aPaperCitedByANameOfItsKindIsCited() {
        let s = story(
            "The Tarvik ferry will stop in May, according to a harbour board notice.",
            "The harbour board notice gives no reason. Fares will rise, according to a council fact sheet.")
        let docs = s.citations.filter { $0.kind == .document }.map(\.source)
        #expect(docs.contains("harbour board notice"))
        #expect(docs.contains("council fact sheet"))
        // A draft decision or order, internal records: papers as soon as a marker names them so.
        let drafts = story(
            "The Tarvik ferry will stop in May, according to a draft decision seen by the Quay Herald.",
            "The draft decision also cuts fares. Internal booking records seen by the Herald show falling trade.")
        let papers = drafts.citations.filter { $0.kind == .document }.map(\.source)
        #expect(papers.contains("draft decision"))
        #expect(papers.contains { $0.hasSuffix("booking records") })
        let report = story("The Tarvik ferry will stop in May, according to a newspaper report.", "The ferry company declined to comment.")
        #expect(report.citations.filter { $0.kind == .document }.isEmpty)
    }
}
