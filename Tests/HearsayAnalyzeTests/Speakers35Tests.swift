import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers, twenty-ninth session. Every sentence is written for these tests.
@Suite struct Speakers35Tests: QuoteSuite {
    /// "Within hours the company issued a flat denial. “...,” it said.": "it" is the body the
    /// sentence before opens with, after a phrase of time.
    @Test func itIsTheBodyTheSentenceBeforeOpensWith() {
        let s = story(
            "The Ledger reported on Monday that Orvane Foods had shut its Kell plant.\n\n"
                + "Within hours the company issued a flat denial. \"The Kell plant has not been shut,\" it said.")
        let q = s.quotes.first { $0.text.contains("has not been shut") }
        #expect(q?.speaker.map { $0.contains("Orvane") || $0 == "the company" } == true, "\(String(describing: q?.speaker))")
    }
}
