import HearsayModel
import Testing

@testable import HearsayAnalyze

/// How far back a pronoun looks for its speaker: far enough for any article, bounded so
/// that a transcript of thousands of quotes is not scanned to its top for each.
@Suite struct QuoteReachTests: QuoteSuite {
    func article(fillerParagraphs n: Int) -> Story {
        let filler = Array(repeating: "The crowd on the quay waited in the rain for news.", count: n)
        let paragraphs = ["Ingrid Solberg, the harbour master, walked out to meet the crowd."] + filler
            + ["\u{201C}The quay will reopen on Monday,\u{201D} she said."]
        return story(paragraphs.joined(separator: "\n\n"))
    }

    @Test func aPronounReachesBackAcrossALongArticle() {
        #expect(speaker(article(fillerParagraphs: 2), "quay will reopen") == "Ingrid Solberg")
        #expect(speaker(article(fillerParagraphs: 30), "quay will reopen") == "Ingrid Solberg")
    }

    @Test func notBeyondItsReach() {
        #expect(speaker(article(fillerParagraphs: 60), "quay will reopen") == nil)
    }
}
