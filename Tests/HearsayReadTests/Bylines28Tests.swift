import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Byline shapes above a story that writers who never ran Hearsay used: a name signed with a
/// desk title and no "By", a desk title after the credit, a date then "by", where the writer
/// filed from, a blog's credit beside a relative time. Own lines, invented names.
@Suite struct Bylines28Tests {
    func article(_ header: String) -> Article {
        TextArticleReader.parse("Ferry operator to drop winter crossings\n\(header)\n\nThe operator will stop its winter crossings, two crew members said.\n", source: "t.txt", markdown: false)
    }

    @Test func aNameSignedWithADeskTitle() {
        let a = article("Corran Vasey, Transport Correspondent\nThe Islay Courant, 4 June 2026")
        #expect(a.byline == "Corran Vasey")
        #expect(a.bylineRole == "Transport Correspondent")
        #expect(!a.body.contains("Corran Vasey"))
        #expect(article("Ilse Brodin, Food & Drink Editor").bylineRole == "Food & Drink Editor")
    }

    @Test func aNameWithAnotherTitleIsNoByline() {
        // Only a newsroom's jobs sign a piece: a chief executive above the story is a caption.
        #expect(article("Corran Vasey, Chief Executive").byline == nil)
        // Under the story a name and a desk sign off a letter, not the piece.
        let a = TextArticleReader.parse(
            "Ferry operator to drop winter crossings\n\nThe operator will stop its winter crossings, two crew members said.\nCorran Vasey, Transport Correspondent\n",
            source: "t.txt", markdown: false)
        #expect(a.byline == nil)
    }

    @Test func aDeskTitleAfterTheCredit() {
        let a = article("By Corran Vasey | Courts Reporter")
        #expect(a.byline == "Corran Vasey")
        #expect(a.bylineRole == "Courts Reporter")
        let b = article("By Corran Vasey, Senior Editor")
        #expect(b.byline == "Corran Vasey")
        #expect(b.bylineRole == "Senior Editor")
        // An outlet after the comma is no desk.
        let c = article("By Corran Vasey, Islay Courant")
        #expect(c.byline == "Corran Vasey")
        #expect(c.bylineRole == nil)
    }

    @Test func whereTheWriterFiledFrom() {
        #expect(article("By Corran Vasey in Port Ellen").byline == "Corran Vasey")
    }

    @Test func aDateThenItsWriter() {
        let a = article("September 9, 2026 by Corran Vasey")
        #expect(a.byline == "Corran Vasey")
        #expect(a.published == "2026-09-09")
        #expect(article("Posted 8 Oct 2025 by Ferry Watch Team").byline == "Ferry Watch Team")
        #expect(article("Compiled by Corran Vasey").byline == "Corran Vasey")
    }

    @Test func aBlogsCreditBesideARelativeTime() {
        #expect(article("Posted by Corran Vasey | FerryGossip | 3 hours ago").byline == "Corran Vasey")
        // Without a credit, a name and a relative time are not metadata.
        #expect(article("FerryGossip | 3 hours ago").byline == nil)
    }

    @Test func theDeskTitleIsKeptInTheJSONAndTheStore() throws {
        let a = article("Corran Vasey, Transport Correspondent")
        let back = try JSONDecoder().decode(Article.self, from: JSONEncoder().encode(a))
        #expect(back.bylineRole == "Transport Correspondent")
        // Without a desk title the article's JSON has no such key.
        let plain = try JSONEncoder().encode(article("By Corran Vasey"))
        #expect(!String(decoding: plain, as: UTF8.self).contains("bylineRole"))
    }
}
