import HearsayModel
import Testing
@testable import HearsayPresent

@Suite struct MarkdownBriefTests {
    func document() -> AnalysisDocument {
        let a = Article(id: "a1", source: "/tmp/one.txt", title: "Mill to close", body: "x", outlet: "Valley Post", published: "2025-04-01")
        let b = Article(id: "a2", source: "/tmp/two.txt", title: "Mill denies closure", body: "y")
        let q1 = Quote(id: "q1", text: "We are not closing the mill", article: "a1", speaker: "Brightpaper", span: TextSpan(start: 0, end: 1))
        let q2 = Quote(id: "q2", text: "We are not shutting the mill", article: "a2", speaker: "Brightpaper", span: TextSpan(start: 0, end: 1))
        let q3 = Quote(id: "q3", text: "A sad day", article: "a2", speaker: "Ola Berg", flags: [Quote.uncorroborated], span: TextSpan(start: 0, end: 1))
        let claim = Claim(
            id: "c1", text: "Brightpaper will close its mill.", origin: "Valley Post", sourcing: "two workers",
            status: .denied, statusReason: "Brightpaper denies it.",
            articleStances: [.init(article: "a1", stance: .reports), .init(article: "a2", stance: .reports)],
            actorStances: [.init(actor: "Brightpaper", stance: .denies, quote: "q1", article: "a1")], isCore: true)
        var story = Story(id: "s1", title: "Mill to close", articles: ["a1", "a2"])
        story.claims = [claim]
        story.quotes = [q1, q2, q3]
        story.quoteGroups = [QuoteGroup(
            id: "g1", speaker: "Brightpaper", quotes: ["q1", "q2"], wordingDiffers: true, differingWords: ["closing", "shutting"],
            differences: [
                QuoteDifference(quote: "q1", words: [TextSpan(start: 11, end: 18)]), QuoteDifference(quote: "q2", words: [TextSpan(start: 11, end: 19)]),
            ])]
        story.citations = [Citation(source: "Valley Post", articles: ["a2"])]
        story.rewrites = [Rewrite(article: "a2", of: "a1", overlap: 0.62)]
        return AnalysisDocument(articles: [a, b], stories: [story])
    }

    @Test func answersTheReadersQuestions() {
        let brief = MarkdownBrief(document()).render()
        #expect(brief.contains("status: **denied**"))
        #expect(brief.contains("first reported by Valley Post, citing two workers"))
        #expect(brief.contains("Brightpaper denies: \u{201C}We are not closing the mill\u{201D}"))
        #expect(brief.contains("\u{201C}We are not **closing** the mill\u{201D}"), "differing words are marked")
        #expect(brief.contains("\u{201C}We are not **shutting** the mill\u{201D}"))
        #expect(brief.contains("### Can't be corroborated"))
        #expect(brief.contains("Ola Berg"))
        #expect(brief.contains("two.txt cites Valley Post"), "an article without an outlet is named by its file")
        #expect(brief.contains("two.txt reuses 62% of Valley Post"))
    }

    @Test func anUndatedFirstArticleIsNotCalledTheEarliest() {
        #expect(MarkdownBrief(document()).render().contains("Earliest article here: Valley Post (2025-04-01)"))
        var doc = document()
        doc.articles[0].published = nil
        let brief = MarkdownBrief(doc).render()
        #expect(!brief.contains("Earliest article here"))
        #expect(brief.contains("Which article came first is unknown"))
    }

    @Test func tableCellsCannotBreakTheTable() {
        var doc = document()
        doc.stories[0].quotes[0].text = "a | b\nc"
        #expect(MarkdownBrief(doc).render().contains("a \\| b c"))
    }
}
