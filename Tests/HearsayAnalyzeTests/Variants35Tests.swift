import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Misquote variants, twenty-ninth session. Every sentence is written for these tests.
@Suite struct Variants35Tests {
    /// "... the home of the fleet." against "... the home of the fleet and of the crews who
    /// serve in it.": "and" before a preposition joins a second complement, so the shorter
    /// version cut the sentence short.
    @Test func aSecondComplementCutIsReworded() {
        let short = QuoteWording("Holm Point is, and will remain, the home of the fleet.")
        let long = QuoteWording("Holm Point is, and will remain, the home of the fleet and of the crews who serve in it.")
        #expect(!QuoteWording.wordsCutAtEnds(short, long).isEmpty)
        // A clause of its own after "and" is another sentence's worth: quoting up to it is whole.
        let clause = QuoteWording("Holm Point is, and will remain, the home of the fleet and we will invest in it.")
        #expect(QuoteWording.wordsCutAtEnds(short, clause).isEmpty)
    }
}
