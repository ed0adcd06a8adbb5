import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Page furniture found in the sixteenth session's new stories: prompts without the words
/// only a page uses, disclaimers, link lists set apart by bars, ticker prices with arrows.
/// Own lines, invented names.
@Suite struct SixteenthReviewReaderTests {
    @Test func promptsAndNoticesInOtherWords() {
        for line in [
            "Liking the Harbour Brief? Forward it to a friend who should be reading it.",
            "Seen a ferry rumour online? Send it to us and we will look into it.",
            "What do you think? Have your say below.",
            "Story ideas are welcome: just reply to this email.",
            "Watch the whole interview on Island Tonight at 7.15pm.",
            "Comments are closed on this story.",
            "This page is for information only and is not financial advice.",
            "Island Radio is not responsible for the content of external sites.",
            "Copyright 2026 Island Radio. All rights reserved.",
            "More ferry guides: How fares are set | What to do if a sailing is cancelled",
            "FRRY 12.40 GBP \u{25BC} 3.1%",
            "Listen again: The Harbour Hour on the Island Radio app",
            "Part of our Island Lives series",
        ] {
            #expect(!Fixtures.ferryArticle(line, "Passengers said the rise was steep.").body.contains(line), "\(line)")
        }
    }

    @Test func sentencesOfTheArticleThatLookAlikeAreKept() {
        for kept in [
            "Watch out for more fare rises next year, the union warned in a statement to members.",
            "“Forward planning is what we need,” said Ola Brun, who runs the island shop.",
            "Get ready for a long summer of queues, because the new timetable cuts two sailings a day and the port has no plan B.",
            "The operator says the rise is for information technology, not profit.",
            "Fares were set at three levels: adult | child | senior, the operator's table shows.",
            "Download speeds on board will double, the operator said.",
        ] {
            #expect(Fixtures.ferryArticle(kept, "Passengers said the rise was steep.").body.contains(kept), "\(kept)")
        }
    }
}
