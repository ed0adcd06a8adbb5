import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-second session: a role is read before a name only from the words standing on the
/// same side of a quotation mark. Own sentences, invented names.
@Suite struct Roles32Tests {
    func people(_ body: String) -> [Person] {
        let article = Article(id: "a0", source: "0.txt", title: "t", body: body)
        return StoryAnalyzer(stages: [QuoteStage(), CompareStage()]).analyze(id: "s", articles: [article]).people
    }

    @Test func theQuotationsLastNounIsNotTheSpeakersTitle() {
        let p = people("Petra Lindqvist runs the market. \u{201C}The stalls move in March, with a cheaper fee for every trader,\u{201D} Petra Lindqvist said.")
        #expect(p.first { $0.name == "Petra Lindqvist" }?.roles.isEmpty == true)
    }

    @Test func aTitleBeforeTheCommaOutsideQuotesStillCounts() {
        let p = people("The market opens in March. Its manager, Petra Lindqvist, said the stalls would move.")
        #expect(p.first { $0.name == "Petra Lindqvist" }?.roles.contains { $0.contains("manager") } == true)
    }
}
