import Foundation
import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Documents cited as sources (`DocumentSources`): the paper a leak rests on is cited by
/// every article that names it, and never becomes the claim's origin. Every sentence is
/// written for these tests.
@Suite struct DocumentSourcesTests: QuoteSuite, ClaimSuite {
    func documents(_ s: Story) -> [Citation] { s.citations.filter { $0.kind == .document } }

    @Test func aLeakedMemoIsCitedByEveryArticleNamingIt() throws {
        let s = story(
            "Brightwell Foods will shut its Darnley bakery, according to a leaked internal memo seen by the Tarnside Post.",
            "The memo, dated 4 May, says 210 jobs would go. Brightwell said it did not comment on rumours.",
            "Brightwell Foods has denied that the Darnley bakery will close.")
        let docs = documents(s)
        #expect(docs.map(\.source) == ["leaked internal memo"])
        #expect(try #require(docs.first).articles == ["art00000000", "art10000000"])
    }

    @Test func aNounThatNeedsAMarkerIsNoDocumentWithoutOne() {
        // "the paper" is the newspaper, "plans to" an intention, "minutes" a span of time.
        let s = story(
            "Brightwell plans to close the Darnley bakery, the paper reported on Monday.",
            "Staff were told of the plans in a meeting that lasted 40 minutes.")
        #expect(documents(s).isEmpty)
        // With a marker the same nouns are papers, and a later mention sharing its words joins.
        let marked = story(
            "The council will close two pools, according to a draft leisure plan.",
            "The leisure plan has not been published. A council spokesperson declined to comment.")
        #expect(documents(marked).map(\.source) == ["draft leisure plan"])
        #expect(documents(marked).first?.articles.count == 2)
    }

    @Test func theNameStopsAtVerbsAndJoinsADocumentNamedAsModifier() {
        let s = story(
            "A leaked memo revealed plans to sell the Harlby depot.",
            "The sale is set out in a draft budget paper, citing the draft budget approved in March.")
        let names = documents(s).map(\.source)
        #expect(!names.contains { $0.contains("revealed") || $0.contains("citing") })
        #expect(names.contains("draft budget paper"))
        #expect(!names.contains("draft budget"))
    }

    @Test func aModifierShortNameGoesToTheDocumentSharingItsWords() throws {
        // Two papers both use "budget" before their noun; "the draft budget" is the draft
        // paper's, "the leaked budget" the plan's, in every run (no hash order).
        let s = story(
            "Ten branches would close, according to a draft budget paper seen by the Wexley Star. Separately, a leaked budget plan lists two pools.",
            "The draft budget was drawn up in May, and the leaked budget names the Harlby pool.")
        let docs = documents(s)
        let paper = try #require(docs.first { $0.source == "draft budget paper" })
        let plan = try #require(docs.first { $0.source == "leaked budget plan" })
        #expect(paper.articles.contains("art10000000"))
        #expect(plan.articles.contains("art10000000"))
    }

    @Test func aDocumentIsNeverTheClaimsOrigin() throws {
        let s = analyse([
            ("Velmont to close Orrin plant, leaked memo shows",
             "Velmont is preparing to close its Orrin plant, according to a leaked memo seen by the Ferrow Gazette."),
            ("Velmont plant closure reported",
             "Velmont plans to close its Orrin plant, the Ferrow Gazette reported, citing a leaked memo."),
            ("Velmont denies Orrin closure",
             "Velmont denied on Tuesday a report in the Ferrow Gazette that it would close the Orrin plant, which the paper said was based on a leaked memo."),
        ])
        #expect(s.citations.contains { $0.kind == .document && $0.source == "leaked memo" })
        #expect(try core(s).origin == "Ferrow Gazette")
    }

    @Test func storedCitationsWithoutAKindAreOutlets() throws {
        let old = #"{"source":"Tarnside Post","articles":["a"],"evidence":[]}"#
        let c = try JSONDecoder().decode(Citation.self, from: Data(old.utf8))
        #expect(c.kind == .outlet)
        let doc = Citation(source: "internal memo", articles: ["a"], kind: .document)
        let json = try #require(String(data: JSONEncoder().encode(doc), encoding: .utf8))
        #expect(json.contains(#""kind":"document""#))
    }
}

/// Outlets the story cites are cited by every article naming them (`NamedSources`); other
/// bodies some article cites, and an article's own masthead, are not.
@Suite struct NamedSourcesTests: ClaimSuite {
    func cited(_ s: Story, _ name: String) -> Int { s.citations.first { $0.source.hasSuffix(name) }?.articles.count ?? 0 }

    @Test func anOutletNamedInAnotherArticleIsCitedThere() {
        let s = analyse([
            ("Harlby depot to close", "Orrel Freight will close its Harlby depot, the Wexmoor Gazette reported on Monday, citing two managers."),
            ("Depot staff fear the worst", "The Wexmoor Gazette, a weekly paper, had the story first. Orrel Freight declined to comment."),
            ("Orrel silent on depot", "Orrel Freight would not say whether the Harlby depot will close, according to the Tarn Valley Agency. The Tarn Valley Agency is a council body."),
        ])
        #expect(cited(s, "Wexmoor Gazette") == 2)
        // A body that is no outlet is named elsewhere for what it did, not what it reported.
        #expect(cited(s, "Tarn Valley Agency") <= 1)
    }

    @Test func aMastheadLineIsNoCitation() {
        let s = analyse([
            ("Harlby depot to close", "Orrel Freight will close its Harlby depot, the Wexmoor Gazette reported on Monday."),
            ("Depot closure", "The Wexmoor Gazette · Business\n\nOrrel Freight has confirmed the Harlby depot will close."),
        ])
        #expect(cited(s, "Wexmoor Gazette") == 1)
    }
}
