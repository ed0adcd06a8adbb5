import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// A masthead line under the headline printing outlet, section and date together, joined
/// by separators: the date is the article's, the first of two names before it the outlet.
/// Own lines, invented names.
@Suite struct MastheadDateLineTests {
    func parse(_ text: String) -> Article {
        TextArticleReader.parse(text, source: "t.txt", markdown: false)
    }

    func article(_ header: String, body: String = "The tannery will close in June, two workers said.") -> Article {
        parse("Tannery in Brisco to close, workers told\n\(header)\n\n\(body)\n")
    }

    @Test func outletSectionAndDateOnOneLine() {
        for (line, date, outlet) in [
            ("The Brisco Clarion · Business · 4 June 2026", "2026-06-04", "The Brisco Clarion"),
            ("The Brisco Clarion | Local | Thursday 4 June 2026", "2026-06-04", "The Brisco Clarion"),
            ("Tanner's Weekly \u{2022} Trade \u{2022} June 4, 2026", "2026-06-04", "Tanner's Weekly"),
            ("Valley Post \u{2013} Money \u{2013} Thursday, June 4, 2026", "2026-06-04", "Valley Post"),
            ("Valley Post \u{2014} Money \u{2014} 4 June 2026", "2026-06-04", "Valley Post"),
        ] {
            let a = article(line)
            #expect(a.published == date, "\(line)")
            #expect(a.outlet == outlet, "\(line)")
            #expect(!a.body.contains("2026"), "\(line)")
        }
    }

    /// A lone name beside the date may be the section or the outlet: the date is taken, no
    /// outlet. A time set apart from the date is the date's time.
    @Test func sectionOrTimeBesideTheDate() {
        let a = article("Industry | Thursday 4 June 2026")
        #expect(a.published == "2026-06-04")
        #expect(a.outlet == nil)
        #expect(article("4 June 2026 | 14:20").published == "2026-06-04T14:20:00")
        #expect(article("4 June 2026 \u{00B7} 19:05").published == "2026-06-04T19:05:00")
        #expect(article("posted by site_admin | 5 Jun 2026").published == "2026-06-05")
        #expect(article("Brisco Radio News, June 4, 2026, 16:52").published == "2026-06-04T16:52:00")
        #expect(article("Published 14:32, 4 June 2026 | Updated 09:10, 5 June 2026").published?.hasPrefix("2026-06-04") == true)
    }

    /// A date in the story's own sentences, or on a "Related:" line, is not the article's.
    @Test func datesInTheBodyAreNotTheArticles() {
        let a = parse("""
            Tannery in Brisco to close, workers told
            By Nell Ashdown

            The tannery will close in June, two workers said.
            The Brisco Clarion · Business · 4 June 2026
            Related: Tannery sale talks | 2 May 2026
            Talks collapsed on 2 May 2026 · the owner said.
            """)
        #expect(a.published == nil)
        #expect(a.outlet == nil)
        #expect(MetadataLine.mastheadLine("Related: Tannery sale talks | 2 May 2026") == nil)
        #expect(MetadataLine.mastheadLine("Workers were told on Monday · 4 June 2026") == nil)
        #expect(MetadataLine.mastheadLine("The Brisco Clarion · Business") == nil)
        #expect(MetadataLine.mastheadLine("Issue 12 · 4 June 2026 · 5 June 2026") == nil)
    }
}
