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

/// "the company said" after "... its studio in Wroclaw, Poland": the country after a place's
/// comma is no body the noun refers back to.
@Suite struct PlaceAfterComma35Tests: QuoteSuite {
    @Test func aCountryAfterAPlaceIsNoCompany() {
        let s = story(
            "Orvane Games confirmed on Thursday that it proposes to close its studio in Brno, Moravia, two days after a report.\n\n"
                + "\"We have begun consultation with staff,\" the company said in a statement.")
        let q = s.quotes.first { $0.text.contains("consultation") }
        #expect(q?.speaker != "Moravia", "\(String(describing: q?.speaker))")
    }
}

/// "Last night a spokesman for the festival hit back. “...,” he said": a voice for a body
/// named only by a common noun, after a phrase of time, is the one "he" refers back to.
@Suite struct VoiceForACommonNoun35Tests: QuoteSuite {
    @Test func heIsTheSpokesmanNotTheFanBefore() {
        let s = story(
            "Fans were upset. \"I have already bought a tent,\" said Mara Tolvey, 27.\n\n"
                + "Last night a spokesman for the festival hit back. \"This story is nonsense,\" he said.")
        let q = s.quotes.first { $0.text.contains("nonsense") }
        #expect(q?.speaker == "a spokesman for the festival", "\(String(describing: q?.speaker))")
    }
}

/// "“...,” said Jo Roe, 27, who has been to every Larkspur since 2018. “...”": a name the
/// attribution's relative clause governs ("to every Larkspur") is nobody else speaking, so the
/// next quotation is still hers.
@Suite struct GovernedNameBetween35Tests: QuoteSuite {
    @Test func theNextQuotationIsStillHers() {
        let s = story(
            "Fans were left heartbroken by the news. 'I have already bought a new tent,' said Mara Tolvey, 27, from Kettleby, "
                + "who has been to every Wyncote since 2018. 'It is the one thing I look forward to all year.'")
        let q = s.quotes.first { $0.text.contains("look forward") }
        #expect(q?.speaker == "Mara Tolvey", "\(s.quotes.map { ($0.text, $0.speaker) })")
    }
}
