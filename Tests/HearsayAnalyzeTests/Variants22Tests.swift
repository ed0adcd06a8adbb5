import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Seventeenth review, second round (scored stories): one organisation's statement credited
/// by description in one outlet ("the company", "the club's statement", "a spokesperson for
/// the merchant") and by name, or by its chief's name, in another. Own sentences, invented
/// names, read through the whole pipeline.
@Suite struct Variants22Tests {
    func story(_ bodies: [String]) -> Story {
        let articles = bodies.enumerated().map { i, b in Article(id: "a\(i)", source: "\(i).txt", title: "t", body: b) }
        return StoryAnalyzer(stages: [QuoteStage(), CompareStage()]).analyze(id: "s", articles: articles)
    }

    func joined(_ s: Story, _ a: String, _ b: String) -> Bool {
        guard let x = s.quotes.first(where: { $0.text.contains(a) })?.id, let y = s.quotes.first(where: { $0.text.contains(b) })?.id else { return false }
        return s.quoteGroups.contains { $0.quotes.contains(x) && $0.quotes.contains(y) && $0.wordingDiffers }
    }

    @Test func theCompanyIsItsChiefExecutive() {
        let s = story([
            "Brannock Foods shares recovered on Tuesday. Brannock's chief executive, Ottilie Marsh, spoke to investors. \u{201C}The Kestrel plant has not been sold, closed or changed. The board met on 3 March and agreed that the plant stay open as planned,\u{201D} chief executive Ottilie Marsh said.",
            "If you held Brannock Foods on Monday, you had a bad day. Here is what the company said: \u{201C}The Kestrel plant has not been sold or closed, and the board agreed on 3 March that it stay open.\u{201D}",
        ])
        #expect(joined(s, "sold, closed or changed", "sold or closed"))
    }

    @Test func theClubsStatementIsTheClub() {
        let s = story([
            "\u{201C}Harwick Albion can confirm that Dario Fenn has left his post as manager with immediate effect. The club would like to thank Dario for his commitment and wishes him well,\u{201D} Harwick Albion said in a statement.",
            "Fans gathered outside the ground. Albion announced the news at noon. The club\u{2019}s statement read: \u{201C}The club confirms that Dario Fenn has left his role as manager with immediate effect, and thanks him for his hard work and commitment.\u{201D}",
        ])
        #expect(joined(s, "Harwick Albion can confirm", "The club confirms"))
    }

    @Test func aVoiceForTheDescribedOrganisation() {
        let s = story([
            "Tolland Paper confirmed the claim but would not discuss the sum. \u{201C}We have printed the magazine for twelve years and we value the partnership. We acted only after a long period of trying to settle the bill,\u{201D} a spokesman for the printer said.",
            "Tolland Paper said in a statement: \u{201C}We've printed the magazine for twelve years and we value that partnership. We only acted after a long time spent trying to settle the bill.\u{201D}",
        ])
        #expect(joined(s, "We have printed", "We've printed"))
    }

    @Test func anotherOrganisationStaysApart() {
        // The description's article names only the other body: the words of a third party
        // that happens to repeat the denial are not the company's.
        let s = story([
            "\u{201C}The Kestrel plant has not been sold, closed or changed. The board met on 3 March and agreed that the plant stay open as planned,\u{201D} Brannock Foods chief executive Ottilie Marsh said.",
            "The regulator Feldmark Authority was asked about the plant. Here is what the authority said: \u{201C}The Kestrel plant has not been sold or closed, and its board agreed on 3 March that it stay open.\u{201D}",
        ])
        #expect(!joined(s, "sold, closed or changed", "sold or closed"))
    }
}
