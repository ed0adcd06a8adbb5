import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Page furniture and metadata found in the fifteenth session's new stories: price-widget
/// notices, prompts in other words, "Also in <section>:" links, long ticker labels. Own
/// lines, invented names.
@Suite struct FifteenthReviewReaderTests {
    @Test func furnitureInOtherWords() {
        for line in [
            "Market data provided by Quoteway. Quotes delayed at least 20 minutes.",
            "Support independent journalism. Subscribe today.",
            "Stay safe. Follow us on Chirper for the latest updates.",
            "Got a story for the Gazette? Call the newsdesk on 0113 496 0000",
            "Also in Business: Harbour bakery opens second shop",
        ] {
            #expect(!Fixtures.ferryArticle(line, "Passengers said the rise was steep.").body.contains(line), "\(line)")
        }
        // Sentences of an article that open or end the same way are kept.
        for kept in [
            "Support for the fare rise was weak, the survey found.",
            "Stay-at-home workers were hit hardest, the council said.",
            "The operator said quotes from two shipyards had been delayed by a month.",
        ] {
            #expect(Fixtures.ferryArticle(kept, "Passengers said the rise was steep.").body.contains(kept), "\(kept)")
        }
    }

    @Test func aLongTickerLabel() {
        #expect(Fixtures.ferryArticle("Stocks in this story: FRRY, ISLD", "Passengers said the rise was steep.").tickers == ["FRRY", "ISLD"])
        // A longer label with words after it is a sentence, not symbols.
        #expect(Fixtures.ferryArticle("Shares in the two operators fell: one by 4% and the other by 2%.").tickers.isEmpty)
    }
}
