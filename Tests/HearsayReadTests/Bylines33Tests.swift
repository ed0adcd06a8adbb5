import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// A newsroom's credit with no writer's name ("Staff Reporter") on its own line above the
/// body signs the piece; it is no masthead naming the outlet. Own lines, invented names.
@Suite struct Bylines33Tests {
    func article(_ header: String) -> Article {
        TextArticleReader.parse("Bakery chain to close two ovens\n\(header)\n\nThe chain will close two of its ovens, a baker said.\n", source: "t.txt", markdown: false)
    }

    @Test func aNewsroomCreditIsTheBylineNotTheOutlet() {
        for credit in ["Staff Reporter", "Our Correspondent", "Web Desk", "Staff Writers"] {
            let a = article("\(credit)\n9 May 2026")
            #expect(a.byline == credit)
            #expect(a.outlet == nil)
            #expect(!a.body.contains(credit))
        }
    }

    @Test func anOutletsNameAboveTheDateIsStillItsMasthead() {
        let a = article("The Brisco Lantern\n9 May 2026")
        #expect(a.outlet == "The Brisco Lantern")
        #expect(a.byline == nil)
        // A name before the credit word credits that outlet's staff.
        #expect(MetadataLine.staffCredit("Lantern Reporter") == nil)
    }
}
