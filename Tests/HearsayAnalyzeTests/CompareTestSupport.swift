import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// What the comparison tests share: the compare stage over given quotes and bodies, a
/// quote placed at its text in a body, and the words two wordings differ by.
protocol CompareSuite {}

extension CompareSuite {
    func analyze(_ quotes: [Quote], bodies: [String: String]) -> Story {
        let articles = bodies.keys.sorted().map { Article(id: $0, source: "\($0).txt", title: $0, body: bodies[$0]!) }
        var draft = StoryDraft(id: "s", articles: articles)
        draft.story.quotes = quotes
        CompareStage().run(&draft)
        return draft.story
    }

    func quote(_ id: String, _ article: String, _ text: String, _ speaker: String?, in bodies: [String: String]) -> Quote {
        let body = Array(bodies[article]!.unicodeScalars), needle = Array(text.unicodeScalars)
        let start = (0...(body.count - needle.count)).first { Array(body[$0..<($0 + needle.count)]) == needle } ?? 0
        return Quote(id: id, text: text, article: article, speaker: speaker, span: TextSpan(start: start, end: start + needle.count))
    }

    func marked(_ a: String, _ b: String) -> (a: [String], b: [String]) {
        let (x, y) = (QuoteWording(a), QuoteWording(b))
        let (inA, inB) = QuoteWording.differences(x, y)
        return (inA.map { x.surface[$0] }, inB.map { y.surface[$0] })
    }

    /// The quote groups of one quotation per article, each "said" by its speaker.
    func groups(_ texts: [(String, String?)]) -> [QuoteGroup] {
        var bodies: [String: String] = [:]
        for (i, (text, speaker)) in texts.enumerated() { bodies["a\(i)"] = "\u{201C}\(text)\u{201D} \(speaker ?? "someone") said." }
        let quotes = texts.enumerated().map { i, t in quote("q\(i)", "a\(i)", t.0, t.1, in: bodies) }
        return analyze(quotes, bodies: bodies).quoteGroups
    }

    /// Whether two quotations form a group flagged as reworded (nil: no group).
    func grouped(_ a: String, _ b: String, _ speakers: (String, String) = ("Mira Solberg", "Mira Solberg")) -> Bool? {
        groups([(a, speakers.0), (b, speakers.1)]).first.map(\.wordingDiffers)
    }

    func flagged(_ story: Story) -> Set<String> {
        Set(story.quotes.filter { $0.flags.contains(Quote.uncorroborated) }.map(\.id))
    }
}

/// The contradictions the finder reads in one article per body, the named people known as
/// people.
enum CompareTestSupport {
    static func contradictions(_ bodies: [String], people: [String] = [], published: String? = nil) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body, published: published) }
        return ContradictionFinder.contradictions(
            StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }),
            people: people.map { Person(name: $0) })
    }
}

/// What the date suites share: the date contradictions of one article per body, all
/// published on one day, and the values they pair.
protocol DateSuite {}

extension DateSuite {
    func dates(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies, published: "2026-05-04").filter { $0.attribute == "date" }
    }

    func values(_ c: [Contradiction]) -> Set<String> { Set(c.flatMap { $0.values.map(\.value) }) }
}
