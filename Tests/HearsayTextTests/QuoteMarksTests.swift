import Testing

@testable import HearsayText

@Suite struct QuoteMarksTests {
    @Test func aClosedLowHighQuotationLeavesNothingOpen() {
        #expect(!QuoteMarks.leavesQuoteOpen("\u{201E}The figures are wrong\u{201C}, said Karl Weiss."))
        #expect(QuoteMarks.leavesQuoteOpen("Karl Weiss said: \u{201E}The figures are wrong."))
    }

    @Test func guillemetsEitherWayRound() {
        #expect(!QuoteMarks.leavesQuoteOpen("Lea Dufour said: \u{00AB} It will reopen. \u{00BB}"))
        #expect(QuoteMarks.leavesQuoteOpen("Lea Dufour said: \u{00AB} It will reopen."))
        #expect(QuoteMarks.startsWithOpeningQuote("\u{00BB}We stay.\u{00AB}"))
    }
}
