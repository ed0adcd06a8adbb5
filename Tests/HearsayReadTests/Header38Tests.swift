import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Header lines that name the outlet, thirty-first session: a byline crediting an outlet's
/// staff, and the outlet's name alone before the date. Own lines, invented names.
@Suite struct Header38Tests {
    func parse(_ lines: String...) -> Article {
        TextArticleReader.parse(lines.joined(separator: "\n"), source: "t.txt", markdown: false)
    }

    @Test func aStaffBylineNamesTheOutlet() {
        let a = parse("Ferry fares to rise", "By Harbour Wire staff", "KELBY, March 3 (Harbour Wire) — Fares on the island ferry will rise by 6% in May, the operator said.")
        #expect(a.outlet == "Harbour Wire")
        #expect(a.byline == "Harbour Wire staff")
        #expect(a.body.hasPrefix("Fares on the island ferry"), "\(a.body)")
        // Without a wire's dateline, the byline alone names it.
        let b = parse("Ferry fares to rise", "By the Quay Ledger newsroom", "Fares on the island ferry will rise by 6% in May, the operator said.")
        #expect(b.outlet == "Quay Ledger")
        #expect(MetadataLine.staffOf("the Quay Ledger newsroom") == "Quay Ledger")
        #expect(MetadataLine.staffOf("Staff") == nil)
        #expect(MetadataLine.staffOf("our staff") == nil)
    }

    @Test func aNameOpeningWithTheBeforeTheDateIsTheOutlet() {
        let a = parse("Ferry fares to rise", "By Ona Petrie", "The Quay Ledger, Thursday 3 September 2026", "Fares on the island ferry will rise by 6% in May, the operator said.")
        #expect(a.outlet == "The Quay Ledger")
        #expect(a.published == "2026-09-03")
        // A section before the date names no outlet.
        let b = parse("Ferry fares to rise", "By Ona Petrie", "Business, Thursday 3 September 2026", "Fares on the island ferry will rise by 6% in May, the operator said.")
        #expect(b.outlet == nil)
    }

    @Test func moreCreditLines() {
        let a = parse("Ferry fares to rise", "By Ona Petrie | Quay Notes", "Fares on the island ferry will rise by 6% in May, the operator said.")
        #expect(a.byline == "Ona Petrie" && a.outlet == "Quay Notes", "\(a.byline ?? "-") \(a.outlet ?? "-")")
        let b = parse("Ferry fares to rise", "Posted by Ona Petrie on 14 April 2026", "Fares on the island ferry will rise by 6% in May, the operator said.")
        #expect(b.byline == "Ona Petrie")
        let c = parse("Ferry fares to rise", "Fact check by Ona Petrie", "Fares on the island ferry will rise by 6% in May, the operator said.")
        #expect(c.byline == "Ona Petrie" && !c.body.contains("Fact check"))
        #expect(MetadataLine.staffOf("Harbour 24 staff") == "Harbour 24")
        #expect(MetadataLine.staffOf("Quay Notes editors") == "Quay Notes")
        #expect(MetadataLine.staffOf("24 staff") == nil)
        // A name beside the credit with a number in it is no outlet ("By Jo Roe | 3 May").
        #expect(MetadataLine.recogniseAll("By Ona Petrie | Room 4B") == nil)
    }
}
