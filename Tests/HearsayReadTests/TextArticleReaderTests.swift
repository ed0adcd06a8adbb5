import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

@Suite struct TextArticleReaderTests {
    func parse(_ text: String, markdown: Bool = false) -> Article {
        TextArticleReader.parse(text, source: "t.txt", markdown: markdown)
    }

    @Test func headlineBylineDateAndTickersWhereverTheyStand() {
        let a = parse("""
            Harbour Bank Weighs Sale of Card Unit
            By Lena Okafor and Sam Price
            Related Stocks: HRB, CRD
            Published June 3, 2025

            The bank is weighing a sale, two people said.

            Updated: June 4, 2025
            """)
        #expect(a.title == "Harbour Bank Weighs Sale of Card Unit")
        #expect(a.byline == "Lena Okafor and Sam Price")
        #expect(a.tickers == ["HRB", "CRD"])
        #expect(a.published == "2025-06-03")
        #expect(a.body == "The bank is weighing a sale, two people said.")
    }

    @Test func aMastheadAmongTheBylineAndDateIsTheOutlet() {
        let a = parse("""
            Council to sell the old market hall
            By Tom Reyes
            The Kelby Courier
            Published 4 May 2026

            KELBY, May 4 - The council will sell the old market hall, its leader said.
            """)
        #expect(a.outlet == "The Kelby Courier")
        #expect(a.dateline == "KELBY, May 4")
        #expect(a.body == "The council will sell the old market hall, its leader said.")
    }

    @Test func aSectionLabelOrALoneShortLineIsNoMasthead() {
        let section = parse("Council to sell the old market hall\nWorld News\nMay 4, 2026\n\nThe council will sell the hall.")
        #expect(section.outlet == nil)
        let subheading = parse("Council to sell the old market hall\nA Done Deal\n\nThe council will sell the hall.")
        #expect(subheading.outlet == nil)
        #expect(subheading.body.hasPrefix("A Done Deal"))
    }

    @Test func sourceLinesUnderTheStoryAreCreditsNotThePublisher() {
        let credits = parse("Ferry firm to add routes\n\nThe firm will add two routes, the Harbour Times reported.\n\nVia: Port Blog\nSource: Harbour Times")
        #expect(credits.outlet == nil)
        let list = parse("Ferry firm to add routes\nSource: Harbour Times, Port Blog\n\nThe firm will add two routes.")
        #expect(list.outlet == nil)
        let header = parse("Ferry firm to add routes\nSource: Harbour Times\n\nThe firm will add two routes.")
        #expect(header.outlet == "Harbour Times")
    }

    @Test func sentenceStartingWithByIsNotAByline() {
        let a = parse("Title here\nBy 2030, most buses will run on batteries, the mayor said.")
        #expect(a.byline == nil)
        #expect(a.body.hasPrefix("By 2030"))
    }

    @Test func datelineIsLiftedOutWithItsAgency() {
        let a = parse("Title\nOSLO (Nordic Wire) \u{2014} The ministry said on Friday that talks had ended.")
        #expect(a.dateline == "OSLO")
        #expect(a.outlet == "Nordic Wire")
        #expect(a.body == "The ministry said on Friday that talks had ended.")
    }

    @Test func aDatelineWithTheYearDatesTheArticle() {
        let wire = parse("Dam repairs to start\nHALDEN, June 2, 2025 (Fjord Wire) - Repairs to the dam start next week.")
        #expect(wire.published == "2025-06-02")
        #expect(wire.dateline == "HALDEN, June 2, 2025")
        let stamped = parse("Dam repairs to start\nPublished 3 June 2025\n\nHALDEN, June 2, 2025 (Fjord Wire) - Repairs start next week.")
        #expect(stamped.published == "2025-06-03")
        let placeOnly = parse("Dam repairs to start\nHALDEN, Norway (Fjord Wire) - Repairs start next week.")
        #expect(placeOnly.published == nil)
    }

    @Test func boilerplateIsRemovedByShapeAndPosition() {
        let a = parse("""
            Council Rejects Tower Plan
            Council Rejects Tower Plan
            The council rejected the plan on Monday.
            Market share falls
            Photo: Ana Ruiz/Harbour Images
            Sales dropped again, the chairman said.
            #Council #Planning #Towers
            Join the discussion
            by
            """)
        #expect(a.body.contains("Market share falls"), "a short heading mid-article is content")
        #expect(!a.body.contains("#Council"))
        #expect(!a.body.contains("Ana Ruiz"), "picture credit")
        #expect(!a.body.contains("Join the discussion"))
        #expect(!a.body.contains("Council Rejects Tower Plan"), "repeated headline")
        #expect(!a.body.hasSuffix("by"))
    }

    @Test func relatedHeadlineInsideAContinuingQuoteIsDropped() {
        let a = parse("""
            Title
            \u{201C}We were never told about the closure, and we found out from the radio.
            Factory towns brace for a hard winter \u{2013} union
            \u{201C}Nobody from the company has called us since,\u{201D} she said.
            """)
        #expect(!a.body.contains("Factory towns"))
        #expect(a.body.contains("Nobody from the company"))
    }

    @Test func markdownMarksAndFrontMatter() {
        let a = parse("""
            ---
            title: "Port Strike Ends"
            date: 2025-09-01
            outlet: Coastal Times
            ---
            The **strike** ended after [nine days](https://example.org/x).
            """, markdown: true)
        #expect(a.title == "Port Strike Ends")
        #expect(a.outlet == "Coastal Times")
        #expect(a.published == "2025-09-01")
        #expect(a.body == "The strike ended after nine days.")
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let a = parse("""
            Title

            The regional water board said on Tuesday that it would raise
            prices for households by four per cent from April, citing the
            cost of new pipes.

            A spokesman said the rise was the smallest in a decade and that
            bills would still be below the national average next year.
            """)
        #expect(a.body.split(separator: "\n", omittingEmptySubsequences: true).count == 2)
    }

    @Test func inlineExchangeTickers() {
        let a = parse("Title\nShares of Lumen Foods (NYSE: LMF) and Brightcart (Nasdaq:BRCT) rose.")
        #expect(a.tickers == ["LMF", "BRCT"])
    }
}
