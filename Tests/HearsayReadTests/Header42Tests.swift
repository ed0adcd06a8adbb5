import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Header lines of the thirty-fourth session: a date printed without its year, a masthead
/// with its motto, a blog named after the writer's credit, a staff credit beside the outlet.
/// Own lines, invented names.
@Suite struct Header42Tests {
    func parse(_ lines: String...) -> Article {
        TextArticleReader.parse(lines.joined(separator: "\n"), source: "t.txt", markdown: false)
    }

    let lede = "Fares on the island ferry will rise by 6% in May, the operator said on Monday."

    @Test func aDateWithoutItsYearLeavesTheBody() {
        let a = parse("Ferry fares to rise", "By Ona Petrie, Transport Editor", "Tuesday 14 April", "Quay Trade Weekly", lede)
        #expect(a.body == lede, "\(a.body)")
        #expect(a.dateline == "14 April")
        #expect(a.outlet == "Quay Trade Weekly")
        // A kicker in capitals under the date is no outlet.
        let b = parse("Ferry fares to rise", "By Ona Petrie", "14 April", "MEMBERS BRIEFING", lede)
        #expect(b.outlet == nil)
    }

    @Test func aMastheadWithItsMottoNamesTheOutlet() {
        let a = parse("Ferry fares to rise", "By Ona Petrie", "Quayside Hub - your harbour, your news", "14 April", lede)
        #expect(a.outlet == "Quayside Hub")
        #expect(a.body == lede, "\(a.body)")
        let b = parse("Ferry fares to rise", "Posted by Ona Petrie", "14 April 2026", "Deckhand | Notes from a life on the ferries", lede)
        #expect(b.outlet == "Deckhand")
        #expect(b.body == lede, "\(b.body)")
    }

    @Test func creditsBesideABlogOrAnOutlet() {
        let a = parse("Ferry fares to rise", "Posted by Ona Petrie on Slow Water Notes", "14 April 2026", lede)
        #expect(a.byline == "Ona Petrie")
        let b = parse("Ferry fares to rise", "Staff Writer | QuayWire", lede)
        #expect(b.byline == "Staff Writer")
        #expect(b.outlet == "QuayWire")
    }

    @Test func newsroomCreditsAndDaysAboveTheBody() {
        let a = parse("Ferry fares to rise", "QuayWire Staff", "14 April 2026", lede)
        #expect(a.byline == "QuayWire Staff")
        let b = parse("Ferry fares to rise", "Harbour Post Reporter", "Monday, April 14, 2026", lede)
        #expect(b.byline == "Harbour Post Reporter")
        let c = parse("Ferry fares to rise", "The Quay Ledger", "Thursday, 11:48", "Ona Petrie, Transport Editor", lede)
        #expect(c.byline == "Ona Petrie" && c.body == lede, "\(c.byline ?? "-") \(c.body)")
        // A standfirst without its stop may stand above the credit and the date.
        let d = parse("Ferry fares to rise", "Operator blames fuel; islanders ask county for subsidy", "Ona Petrie, Transport Editor", "Tuesday 14 April", lede)
        #expect(d.byline == "Ona Petrie")
        #expect(!d.body.contains("14 April"), "\(d.body)")
    }
}
