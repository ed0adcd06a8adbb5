import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Page furniture found in the fourteenth session's new stories: link labels other than
/// "Read more", feedback widgets, prompts that ask the reader to write in, live-blog toggles
/// and newsletter footers. Own lines, invented names.
@Suite struct FourteenthReviewReaderTests {
    func body(_ lines: String...) -> String {
        let text = (["Tram fares to rise", "Fares on the city's trams will rise by 5% in April, the operator said."] + lines).joined(separator: "\n")
        return TextArticleReader.parse(text, source: "t.txt", markdown: false).body
    }

    @Test func linkLabelsIntroduceAnotherArticle() {
        for line in [
            "More on this story: Why tram fares keep climbing",
            "More from Harbour Weekly: Bus lanes to open on the ring road",
            "You may also like: Ten day trips by tram",
            "In other news this week: Depot roof repaired; night service extended",
        ] {
            #expect(!body(line, "Passengers said the rise was steep.").contains(line), "\(line)")
        }
        // A sentence of the article that opens the same way is kept.
        let kept = "More than half of riders use a season ticket, the operator said."
        #expect(body(kept).contains(kept))
    }

    @Test func aFeedbackWidgetIsNoText() {
        #expect(!body("Was this article helpful? Yes / No", "Passengers said the rise was steep.").contains("helpful"))
    }

    @Test func promptsThatAskTheReaderToWriteIn() {
        for line in [
            "Spotted a fare rise we missed? Send it to our tip line",
            "What do you think – is the rise fair, or a step too far? Let us know below.",
            "You are receiving this because you subscribe to Tram Notes. Manage preferences",
            "Subscribers can download the full fare table here.",
        ] {
            #expect(!body(line, "Passengers said the rise was steep.").contains(line), "\(line)")
        }
        let kept = "Tell the truth about the fares, the union's leader told the operator."
        #expect(body(kept).contains(kept))
    }

    @Test func aLiveBlogToggleIsNoText() {
        #expect(!body("Show key events only", "Passengers said the rise was steep.").contains("key events"))
    }
}
