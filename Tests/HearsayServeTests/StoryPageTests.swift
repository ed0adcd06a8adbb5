import Foundation
import HearsayModel
import Testing
@testable import HearsayServe

/// The story page rendered from a hand-made analysis that has every kind of finding, so
/// each section is exercised before the analysis stages produce them all. The story and
/// its sentences are made up for this test.
@Suite struct StoryPageTests {
    static let bodyA = "The mayor will step down in June, two aides told the Courier. \"I am finished with this job,\" one aide quoted her as saying."
    static let bodyB = "The mayor said on Friday she would not resign. \"I am not going anywhere,\" Dana Holt told reporters in March."
    static let bodyC = "The mayor will step down in June, two aides told the Courier. \"I am done with this job,\" she is said to have told staff."

    static func span(_ body: String, _ text: String) -> TextSpan {
        let scalars = Array(body.unicodeScalars), needle = Array(text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle }!
        return TextSpan(start: start, end: start + needle.count)
    }

    static var fixture: AnalyzedStory {
        let a = Article(id: "a", source: "a.txt", title: "Mayor to quit, aides say", body: bodyA, outlet: "City Courier", published: "2025-03-01")
        let b = Article(id: "b", source: "b.txt", title: "Mayor: I am staying", body: bodyB, outlet: "Metro Wire", published: "2025-03-02")
        let c = Article(id: "c", source: "c.txt", title: "Mayor quitting, report says", body: bodyC, outlet: "Quick Blog", published: "2025-03-03")
        let denial = Claim.ActorStance(actor: "Dana Holt", stance: .denies, quote: "q2", article: "b",
                                       evidence: Evidence(article: "b", span: span(bodyB, "The mayor said on Friday she would not resign.")))
        let claim = Claim(id: "c1", text: "Dana Holt will resign as mayor", origin: "City Courier", sourcing: "two aides",
                          status: .denied, statusReason: "The mayor denied it on the record.", statusSince: "2025-03-02",
                          articleStances: [.init(article: "a", stance: .supports), .init(article: "b", stance: .denies), .init(article: "c", stance: .reports)],
                          actorStances: [denial], isCore: true)
        let q1 = Quote(id: "q1", text: "I am finished with this job", article: "a", speaker: "Dana Holt", flags: [Quote.uncorroborated],
                       span: span(bodyA, "I am finished with this job"))
        let q2 = Quote(id: "q2", text: "I am not going anywhere", article: "b", speaker: "Dana Holt", role: "mayor",
                       span: span(bodyB, "I am not going anywhere"), attribution: span(bodyB, "Dana Holt told reporters"))
        let q3 = Quote(id: "q3", text: "I am done with this job", article: "c", speaker: "Dana Holt", span: span(bodyC, "I am done with this job"))
        let story = Story(
            id: "s1", title: "Mayor to quit, aides say", articles: ["a", "b", "c"], claims: [claim], quotes: [q1, q2, q3],
            quoteGroups: [QuoteGroup(
                id: "g1", speaker: "Dana Holt", quotes: ["q1", "q3"], wordingDiffers: true, differingWords: ["finished", "done"],
                differences: [
                    QuoteDifference(quote: "q1", words: [TextSpan(start: 5, end: 13)]), QuoteDifference(quote: "q3", words: [TextSpan(start: 5, end: 9)]),
                ])],
            people: [Person(name: "Dana Holt", roles: ["mayor"], articles: ["a", "b", "c"])],
            citations: [Citation(source: "City Courier", articles: ["c"], evidence: [Evidence(article: "c", span: span(bodyC, "the Courier"))])],
            contradictions: [Contradiction(subject: "Dana Holt", attribute: "date", values: [
                .init(value: "Friday", articles: ["b"]), .init(value: "March", articles: ["b"], evidence: [Evidence(article: "b", span: span(bodyB, "in March"))]),
            ])],
            rewrites: [Rewrite(article: "c", of: "a", overlap: 0.8, sharedSentences: 1)],
            timeline: [TimelineEvent(date: "2025-06", text: "The mayor steps down, according to aides", articles: ["a"])])
        return AnalyzedStory(story: story, articles: [a, b, c], contract: Data())
    }

    static func render(_ s: AnalyzedStory) throws -> String {
        let view = StoryView(s, revision: 4, claimReviews: Exports.claimReviews(s, storyURL: "http://h/stories/s1"))
        return try #require(try Templates.library().render(PageContext(title: s.story.title, view: view), withTemplate: "story"))
    }

    @Test func verdictShowsStatusReasonAndTheDenial() throws {
        let html = try Self.render(Self.fixture)
        let verdict = try #require(html.firstRange(of: "<section class=\"verdict status-denied\" id=\"claim-c1\">").map { html[$0.lowerBound...] })
        let section = String(verdict[..<verdict.firstRange(of: "</section>")!.lowerBound])
        #expect(section.contains("data-status=\"denied\">Denied</span>"))
        #expect(section.contains("since 2025-03-02"))
        #expect(section.contains("The mayor denied it on the record."))
        #expect(section.contains("<span class=\"who\">Dana Holt</span> <span class=\"stance stance-denies\">denies</span>"))
        #expect(section.contains("<q>I am not going anywhere</q>"))
        #expect(section.contains("href=\"/articles/b#span-0-46\""))
        #expect(section.contains("<dd>two aides</dd>"))
        #expect(section.contains("1 denies, 1 reports, 1 supports"))
    }

    @Test func matrixLedgerAndFlagsFollowTheAnalysis() throws {
        let html = try Self.render(Self.fixture)
        #expect(html.contains("<td class=\"stance-supports\">supports</td>"))
        #expect(html.contains("<td class=\"stance-denies\">denies</td>"))
        // The two versions of one statement, each with the words the other lacks marked.
        #expect(html.contains("I am <mark class=\"variant\">finished</mark> with this job"))
        #expect(html.contains("I am <mark class=\"variant\">done</mark> with this job"))
        #expect(html.contains("wording differs"))
        // A quote in no group sits in the single-article ledger; the flagged one in its own section.
        #expect(html.contains("<q>I am not going anywhere</q></td>"))
        let flagged = try #require(html.firstRange(of: "id=\"uncorroborated\"").map { html[$0.lowerBound...] })
        #expect(flagged.prefix(600).contains("I am finished with this job"))
        #expect(!flagged.prefix(600).contains("I am done with this job"))
        #expect(html.contains("<b>Friday</b>") && html.contains("<b>March</b>"))
        #expect(html.contains("<time>2025-06</time>"))
        #expect(html.contains("Quick Blog rewrites 80% City Courier"))
        #expect(html.contains("Quick Blog cites City Courier"))
    }

    @Test func textFromArticlesIsEscapedEverywhere() throws {
        var s = Self.fixture
        s.story.title = "<img src=x onerror=alert(1)>"
        s.story.claims[0].text = "A & B <script>"
        s.story.quotes[1].text = "\"<b>\""
        let html = try Self.render(s)
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<script>alert") && !html.contains("A & B <script>"))
        #expect(html.contains("A &amp; B &lt;script&gt;"))
        #expect(!html.contains("<b>\""))
    }

    @Test func articlePageMarksQuotesStancesAndAttributions() throws {
        let s = Self.fixture
        let view = ArticleView(s.articles[1], story: s, revision: 1)
        #expect(view.bodyHTML.contains("<mark class=\"stance-denies\""))
        #expect(view.bodyHTML.contains("<mark class=\"quote\" title=\"Quote: Dana Holt, mayor\">I am not going anywhere</mark>"))
        #expect(view.bodyHTML.contains("class=\"attribution\""))
        #expect(view.bodyHTML.contains("class=\"contradiction\""))
        #expect(view.legend.map(\.kind) == ["quote", "attribution", "stance-denies", "contradiction"])
        let flagged = ArticleView(s.articles[0], story: s, revision: 1)
        #expect(flagged.bodyHTML.contains("class=\"quote uncorroborated\""))
    }
}
