import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Page furniture, twenty-ninth session: promotions longer than a button's label, questions
/// asking readers for tips, translation and funding notices, caption labels. Own lines,
/// invented names.
@Suite struct Furniture35Tests {
    @Test func promotionsAndNoticesAreFurniture() {
        for line in [
            "Sponsored: Ferry ticketing software for small operators - ask for a trial",
            "Download the Harbour Gazette app for alerts on every sailing",
            "Join our Telegram channel for island news as it happens",
            "Follow the Harbour Gazette on Instagram",
            "Got a tip? Write to the newsdesk at any hour.",
            "Have a story about the ferries? Message us.",
            "This article was translated from Norwegian by our desk.",
            "Quay Weekly is reader-supported and may earn a commission on links.",
            "Image caption: The Saltholm ferry at the quay",
            "Read next: Why do island fares rise every spring?",
            "Refresh for the latest updates",
            "Posted in Ferry news",
            "EXCLUSIVE",
            "Related stories: Is the night boat safe?",
            "Check whether your sailing is affected with our fare finder",
            "Enjoyed this? Hit the like button and pass it to a friend who loves boats.",
        ] {
            let article = Fixtures.ferryArticle("The new fares start on 1 May.", line)
            #expect(!article.body.contains(line), "kept: \(line)")
        }
    }

    @Test func newsThatOpensLikeAPromotionIsKept() {
        for line in [
            "Got a tip-off from a deckhand, the union went to the regulator.",
            "Sponsored by the county, the night sailing will run until October.",
            "Join the queue at six and you may still miss the boat, one commuter said.",
            "Posted in Oslo for three years, she knows the route.",
            "Check whether the ferry is running before you travel, the operator said.",
        ] {
            let article = Fixtures.ferryArticle(line, "The new fares start on 1 May.")
            #expect(article.body.contains(line), "removed: \(line)")
        }
    }
}

/// Header lines of names only (twenty-ninth session). Own lines, invented names.
@Suite struct UndatedHeader35Tests {
    @Test func aWriterAndTheirNewsletter() {
        #expect(MetadataLine.mastheadLine("Ona Petrie | Quay Notes") == [.byline("Ona Petrie"), .outlet("Quay Notes")])
        // An outlet and its sections: a header line; the signature under it is read.
        #expect(MetadataLine.mastheadLine("The Harbour Ledger · Sport · Sailing") == [])
        // "The ..." is no person's name, and a comma's halves are a signature, not a header.
        #expect(MetadataLine.personLine("The Harbour-Ledger") == nil)
        #expect(MetadataLine.mastheadLine("Ona Petrie, Ferries Correspondent") == nil)
    }
}
