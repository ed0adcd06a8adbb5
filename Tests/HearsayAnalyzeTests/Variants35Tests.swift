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
        // A second sentence after the full stop is quoting less: no cut.
        let more = QuoteWording("Holm Point is, and will remain, the home of the fleet. We will invest in it.")
        #expect(QuoteWording.wordsCutAtEnds(short, more).isEmpty)
    }
}

/// One source's statement reworded with the words outlets swap ("talks", "discussions").
@Suite struct Rewording35Tests {
    @Test func talksAndDiscussionsAreOneSense() {
        let a = QuoteWording("Harwick Mills is not for sale and is not in discussions with Tallow Group or any buyer.")
        let b = QuoteWording("Harwick is not for sale this week. We are not in talks with Tallow.")
        #expect(QuoteGrouper.rephrases(a, b, containment: 0.5))
        // Other topic words: another statement.
        let c = QuoteWording("Harwick Mills is hiring. We are in talks with the Tallow union about pay.")
        #expect(!QuoteGrouper.rephrases(a, c, containment: 0.5))
    }
}

/// A one-outlet quote made of the story's names ("No Ada, no Late Show. Simple as that.") is not
/// carried by the other outlets' sentences that name the same people (twenty-ninth session).
@Suite struct NamesOnlyQuote35Tests: CompareSuite {
    @Test func aQuoteOfNamesIsNotCarriedByTheNames() {
        let bodies = [
            "a": "Ada Roe will leave the Late Show in May, the broadcaster said on Monday.",
            "b": "Viewers were upset. \"No Ada, no Late Show. Simple as that,\" one viewer wrote.",
        ]
        let q = quote("q1", "b", "No Ada, no Late Show. Simple as that,", "one viewer", in: bodies)
        #expect(flagged(analyze([q], bodies: bodies)).contains("q1"))
    }

    @Test func theNamesAQuoteDropsAreNoParaphrase() {
        #expect(Corroboration.nameWords("No Ada, no Late Show. Simple as that.") == ["ada", "late", "show"])
        #expect(Corroboration.nameWords("We are proud of Ada Roe and her work at Orvane.") == ["ada", "roe", "orvane"])
    }
}
