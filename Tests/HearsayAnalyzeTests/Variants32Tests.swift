import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-second session: a statement reworded from "will move" to "is moving"; two outlets that credit one statement to the same definite
/// description ("the two firms") point at the same party; two anonymous credits ("a source")
/// may be two people. Own sentences, invented names, read through the whole pipeline.
@Suite struct Variants32Tests {
    func story(_ bodies: [String]) -> Story {
        let articles = bodies.enumerated().map { i, b in Article(id: "a\(i)", source: "\(i).txt", title: "t", body: b) }
        return StoryAnalyzer(stages: [QuoteStage(), CompareStage()]).analyze(id: "s", articles: articles)
    }

    func joined(_ s: Story, _ a: String, _ b: String) -> Bool {
        guard let x = s.quotes.first(where: { $0.text.contains(a) })?.id, let y = s.quotes.first(where: { $0.text.contains(b) })?.id else { return false }
        return s.quoteGroups.contains { $0.quotes.contains(x) && $0.quotes.contains(y) && $0.wordingDiffers }
    }

    @Test func theSameDefiniteDescriptionIsOneParty() {
        let s = story([
            "Orvel Mutual and Tamsin Re held a board meeting on Friday. \u{201C}We can confirm that we are in preliminary discussions about a possible combination of the two businesses,\u{201D} the two firms said in a joint statement.",
            "Shares in Tamsin Re rose. \u{201C}We can confirm that we are in early-stage discussions about a possible combination of our businesses,\u{201D} the two firms said on Friday evening.",
        ])
        #expect(s.quotes.filter { $0.speaker == "the two firms" }.count == 2)
        #expect(joined(s, "preliminary discussions", "early-stage discussions"))
    }

    @Test func twoAnonymousSourcesNeedACloserMatch() {
        let s = story([
            "Orvel Mutual and Tamsin Re held a board meeting on Friday. \u{201C}They are in preliminary discussions about a possible combination of the two businesses,\u{201D} a source said.",
            "Shares in Tamsin Re rose. \u{201C}They are in early-stage discussions about a possible combination of their businesses,\u{201D} a source said on Friday evening.",
        ])
        #expect(s.quotes.filter { $0.speaker == "a source" }.count == 2)
        #expect(!joined(s, "preliminary discussions", "early-stage discussions"))
    }

    @Test func aVerbTurnedFromWillMoveToIsMovingKeepsItsStatement() {
        let s = story([
            "Petra Lindqvist runs the market. \u{201C}Our Saturday markets will move to the old tram depot in the harbour district from March, with longer hours and a cheaper stall fee for every trader,\u{201D} Petra Lindqvist said.",
            "Traders were told on Monday. \u{201C}From March the Saturday markets are moving to the old tram depot, with later closing and lower rents for traders,\u{201D} Petra Lindqvist said.",
        ])
        #expect(joined(s, "will move", "are moving"))
    }
}
