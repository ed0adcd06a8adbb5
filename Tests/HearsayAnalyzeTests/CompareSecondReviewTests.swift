import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by the second review of the comparison on unseen stories, in sentences
/// written for these tests: each is a general cause of a wrong mark, a wrong rewrite or
/// a wrong flag.
@Suite struct CompareSecondReviewTests {
    func marked(_ a: String, _ b: String) -> (a: [String], b: [String]) {
        let (x, y) = (QuoteWording(a), QuoteWording(b))
        let (inA, inB) = QuoteWording.differences(x, y)
        return (inA.map { x.surface[$0] }, inB.map { y.surface[$0] })
    }

    // MARK: quote wording

    @Test func aQuoteOpeningOnAPronounTheOtherLacksIsNotAReworded() {
        // One outlet began its quote at "she", the other three words earlier.
        let m = marked("she will be back by the spring", "after a long rest at home will be back by the spring")
        #expect(m.a.isEmpty && m.b.isEmpty, "\(m)")
        let tail = marked("the bridge stays shut until it is safe", "the bridge stays shut until engineers")
        #expect(tail.a.isEmpty && tail.b.isEmpty, "\(tail)")
        // Two pronouns, or two nouns, at the edge are still one word for another.
        #expect(marked("we will not sell the farm", "they will not sell the farm") == (["we"], ["they"]))
        #expect(marked("Ferries will not sail today", "Buses will not sail today") == (["Ferries"], ["Buses"]))
        // A contraction of function words is a function word.
        #expect(marked("There are lots of boats left", "There\u{2019}s lots of boats left") == (["are"], ["There\u{2019}s"]))
    }
}

extension CompareSecondReviewTests {
    static let post = [
        "Starting in May, the lighthouse on Gull Point will charge every visitor twenty dollars to climb its stairs.",
        "The keepers say the money will pay for a new lamp and for repairs to the iron railing at the top.",
        "Children under twelve will still climb for free when they come with a paying adult on weekdays.",
    ]

    func rewrites(_ bodies: [String]) -> [Rewrite] {
        let articles = bodies.enumerated().map { Article(id: "a\($0.offset)", source: "\($0.offset).txt", title: "t", body: $0.element) }
        return RewriteFinder.rewrites(articles: articles, documents: articles.map { TextDocument($0.body) })
    }

    @Test func textSetOutAfterAColonIsQuotedNotRewritten() {
        let original = Self.post.joined(separator: "\n")
        let debunk = ([
            "No fee is coming: the harbour board never discussed one, and its minutes for the whole year show no vote on prices.",
            "The post first spread on a forum for sailors before it reached the town's pages on several social networks.",
            "Here is what the viral post says:",
        ] + Self.post + ["The board called the post a prank on Monday and asked people to stop sharing it."]).joined(separator: "\n")
        #expect(rewrites([original, debunk]).isEmpty)
        // The same paragraphs run into the outlet's own text are a rewrite.
        let copy = (["No fee is coming, the harbour board says."] + Self.post).joined(separator: "\n")
        #expect(rewrites([original, copy]).map(\.article) == ["a1"])
    }

    @Test func twoOutletsSettingOutOneStatementHaveNotCopiedEachOther() {
        let statement = "We have never planned a fee for the lighthouse and we never will. The stairs stay free for everyone who visits Gull Point."
        let first = "The harbour board denied the report on Monday. Its chair, Ines Varga, said:\n\(statement)"
        let second = "A statement from the board settled the matter within hours. In it, the board wrote:\n\(statement)"
        #expect(rewrites([first, second]).isEmpty)
        #expect(SentenceReuse.blockQuoted(TextDocument(second), carried: [2, 3]) == [2, 3])
    }
}
