import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Byline shapes above a story that writers who never ran Hearsay used in the twentieth
/// session: a piece "by" its writer, a blog's account name, a credit beside a bare weekday.
/// Own lines, invented names.
@Suite struct Bylines26Tests {
    func byline(_ header: String) -> String? {
        TextArticleReader.parse("Tannery in Brisco to close\n\(header)\n\nThe tannery will close in June, two workers said.\n", source: "t.txt", markdown: false).byline
    }

    @Test func aPieceByItsWriter() {
        #expect(byline("Live blog by Maren Holt\n4 June 2026") == "Maren Holt")
        #expect(byline("Words by Maren Holt") == "Maren Holt")
        #expect(byline("Brought to you by Tannery Partners") == nil)
    }

    @Test func aBlogsAccountName() {
        #expect(byline("Tannery Talk | Posted by site_editor | June 4, 2026") == "site_editor")
        #expect(byline("By the way, nothing") == nil)
    }

    @Test func aCreditBesideABareWeekday() {
        #expect(byline("By Tannery Staff | Thursday") == "Tannery Staff")
    }
}
