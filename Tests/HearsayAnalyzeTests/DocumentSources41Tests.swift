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
}
