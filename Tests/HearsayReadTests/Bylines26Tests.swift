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

/// Page furniture under labels that the twentieth session's stories used. Own lines.
@Suite struct Furniture26Tests {
    func body(_ lines: String...) -> String {
        TextArticleReader.parse("Tannery to close\n4 June 2026\n\n" + lines.joined(separator: "\n"), source: "t.txt", markdown: false).body
    }

    @Test func labelledFurnitureGoes() {
        let story = "The tannery will close in June, two workers said, after the owners failed to find a buyer for the site."
        for line in [
            "Photograph: The tannery gates on Monday. Credit: Brisco Picture Desk", "Most read: Why the old mill became a cinema",
            "Disclaimer: Tannery Talk does not give legal advice.",
        ] {
            #expect(body(story, line, story) == story + "\n\n" + story, "\(line)")
        }
    }

    @Test func sentencesOpeningSoStay() {
        // A sentence of the story ends with its stop; "most read" in running text is no label.
        let b = body("The tannery will close in June, two workers said.", "Most readers of the notice saw it on Monday.")
        #expect(b.contains("Most readers"))
    }
}
