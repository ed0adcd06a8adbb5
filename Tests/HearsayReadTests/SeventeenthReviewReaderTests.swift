import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Page furniture found in the seventeenth session's stories: a programme's or newsletter's
/// schedule promo, a publication describing itself at the foot of the page, a list set apart
/// by dashes, a line to the outlet's own readers. Own lines, invented names.
@Suite struct SeventeenthReviewReaderTests {
    @Test func promosAndBlurbsAreFurniture() {
        for line in [
            "Listen to Island Mornings weekdays from 7am.",
            "Get the Harbour Letter every Friday – fares, timetables and the people who run them.",
            "Catch Quayside Tonight on Sundays at 6.30pm.",
            "The Harbour Letter is read by 12,000 ferry staff. Want to advertise? Write to ads@harbourletter.example",
            "Check North is an independent, non-profit fact-checking service.",
            "Quay Weekly is free for members of the Island Ferry Guild. Not a member? Join today.",
            "Jobs board: Deckhand, Port Ellery – purser, Saltholm – engineer, Marlow",
            "Gazette readers can put their questions to the operator at our open evening on Friday.",
        ] {
            let article = Fixtures.ferryArticle("The new fares start on 1 May.", line)
            #expect(!article.body.contains(line), "kept: \(line)")
        }
    }

    @Test func newsThatLooksLikeAPromoIsKept() {
        for line in [
            "Get ready for higher fares, the operator warned passengers on Monday.",
            "Island Ferries is owned by a pension fund based in Leeds.",
            "Watch crews will be cut from four to three on every sailing, the union said.",
            "The final score was Saltholm 2 – 1 Port Ellery.",
            "Read the operator's letter to passengers, and you will find no word of the cuts, Roe said.",
        ] {
            let article = Fixtures.ferryArticle(line, "The new fares start on 1 May.")
            #expect(article.body.contains(line), "removed: \(line)")
        }
    }
}
