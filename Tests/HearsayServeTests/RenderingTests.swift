import Foundation
import HearsayModel
import Logging
import Testing
@testable import HearsayServe

@Suite struct HighlightTests {
    @Test func overlappingSpansBecomeFlatPiecesWithEveryClass() {
        // "ab" "cd" "ef": quote covers 0..<4, stance covers 2..<6.
        let html = Highlight.html(body: "abcdefgh", marks: [
            Mark(span: TextSpan(start: 0, end: 4), kind: "quote", note: "Quote: A"),
            Mark(span: TextSpan(start: 2, end: 6), kind: "stance-denies", note: "B denies"),
        ])
        #expect(html == #"<a class="anchor" id="span-0-4"></a><mark class="quote" title="Quote: A">ab</mark>"#
            + #"<a class="anchor" id="span-2-6"></a><mark class="quote stance-denies" title="Quote: A&#10;B denies">cd</mark>"#
                .replacingOccurrences(of: "&#10;", with: "\n")
            + #"<mark class="stance-denies" title="B denies">ef</mark>gh"#)
    }

    @Test func offsetsAreCodePointsAndTextIsEscaped() {
        // An emoji is one code point but two UTF-16 units; an accented letter one code point.
        let body = "caf\u{E9} \u{1F600} <b>\"x\"</b>"
        let start = Array(body.unicodeScalars).firstIndex(of: "<")!
        let html = Highlight.html(body: body, marks: [Mark(span: TextSpan(start: start, end: start + 3), kind: "quote", note: "n")])
        #expect(html.contains("caf\u{E9} \u{1F600} <a class=\"anchor\" id=\"span-\(start)-\(start + 3)\"></a><mark class=\"quote\" title=\"n\">&lt;b&gt;</mark>&quot;x&quot;&lt;/b&gt;"))
        #expect(start == 7)
    }

    @Test func spansOutsideTheBodyAreClippedOrDropped() {
        let html = Highlight.html(body: "short", marks: [
            Mark(span: TextSpan(start: 3, end: 99), kind: "quote", note: ""),
            Mark(span: TextSpan(start: 50, end: 60), kind: "date", note: ""),
            Mark(span: TextSpan(start: 4, end: 2), kind: "date", note: ""),
        ])
        #expect(html == #"sho<a class="anchor" id="span-3-5"></a><mark class="quote" title="">rt</mark>"#)
        #expect(Highlight.text("short", TextSpan(start: 1, end: 3)) == "ho")
        #expect(Highlight.text("short", TextSpan(start: 3, end: 9)) == nil)
    }
}

@Suite struct VariantWordsTests {
    @Test func marksExactlyTheGivenWords() {
        // The second "will" only: the first is the same in every version.
        #expect(VariantWords.html("We will, we will NOT sell", marking: [TextSpan(start: 12, end: 16), TextSpan(start: 17, end: 20)])
            == #"We will, we <mark class="variant">will</mark> <mark class="variant">NOT</mark> sell"#)
        #expect(VariantWords.html("We won't sell", marking: [TextSpan(start: 3, end: 8)]) == #"We <mark class="variant">won&#39;t</mark> sell"#)
    }

    @Test func textIsEscapedAndBadSpansSkipped() {
        #expect(VariantWords.html("<x> & y", marking: []) == "&lt;x&gt; &amp; y")
        #expect(VariantWords.html("a b", marking: [TextSpan(start: 2, end: 9), TextSpan(start: 0, end: 1)]) == #"<mark class="variant">a</mark> b"#)
    }
}

@Suite struct ExportTests {
    @Test func csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a, b") == "\"a, b\"")
        #expect(CSV.field("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(CSV.field("line\nbreak") == "\"line\nbreak\"")
        #expect(CSV.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSV.field("-12.5") == "-12.5")
        #expect(CSV.render([["a", "b"], ["1", "2"]]) == "a,b\r\n1,2\r\n")
    }

    @Test func claimReviewRatesByStatusAndListsAppearances() throws {
        let a1 = Article(id: "a1", source: "x", title: "T1", body: "", outlet: "Paper One", published: "2025-01-02", url: "https://one.example/1")
        let a2 = Article(id: "a2", source: "y", title: "T2", body: "", outlet: "Paper Two", published: "2025-01-03")
        let claim = Claim(id: "c1", text: "The mayor will resign", origin: "Paper One", status: .denied, statusReason: "The mayor denied it.",
                          articleStances: [.init(article: "a1", stance: .supports), .init(article: "a2", stance: .unrelated)])
        let story = AnalyzedStory(story: Story(id: "s", title: "T", articles: ["a1", "a2"], claims: [claim]), articles: [a1, a2], contract: Data())
        let review = ClaimReview(claim, story: story, url: "http://h/stories/s#claim-c1")
        let json = try #require(try JSONSerialization.jsonObject(with: JSONOutput.encode(review)) as? [String: Any])
        #expect(json["@context"] as? String == "https://schema.org")
        #expect(json["@type"] as? String == "ClaimReview")
        let rating = try #require(json["reviewRating"] as? [String: Any])
        #expect(rating["alternateName"] as? String == "Denied")
        #expect(rating["ratingValue"] as? Int == 2)
        #expect(rating["ratingExplanation"] as? String == "The mayor denied it.")
        let item = try #require(json["itemReviewed"] as? [String: Any])
        #expect((item["appearance"] as? [[String: Any]])?.map { $0["headline"] as? String } == ["T1"])
        #expect((item["author"] as? [String: Any])?["@type"] as? String == "Organization")
        #expect(ClaimReview.ratingValue(.confirmed) > ClaimReview.ratingValue(.disputed))
        #expect(ClaimReview.ratingValue(.refuted) < ClaimReview.ratingValue(.denied))
    }
}

@Suite struct ProvenanceGraphTests {
    static let articles = [
        Article(id: "a", source: "", title: "", body: "", outlet: "Wire", published: "2025-01-01"),
        Article(id: "b", source: "", title: "", body: "", outlet: "Blog", published: "2025-01-02"),
    ]

    @Test func citationsOfAStoryOutletPointAtItsArticleOthersAtASourceNode() {
        let story = Story(id: "s", title: "", articles: ["a", "b"],
                          citations: [Citation(source: "wire", articles: ["b"]), Citation(source: "Radio 9", articles: ["a", "b"])],
                          rewrites: [Rewrite(article: "b", of: "a", overlap: 0.625)])
        let graph = ProvenanceGraph(story: story, articles: Self.articles)
        #expect(graph.sources.map(\.label) == ["Radio 9"])
        #expect(Set(graph.edges.map { "\($0.from)>\($0.to):\($0.label)" })
            == ["b>a:cites", "a>source:radio 9:cites", "b>source:radio 9:cites", "b>a:rewrites 63%"])
        let svg = graph.svg()
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.components(separatedBy: "<g class=\"edge").count - 1 == 4)
        #expect(svg.contains("href=\"/articles/a\""))
    }

    @Test func labelsAreEscapedAndUnknownArticlesIgnored() {
        let story = Story(id: "s", title: "", articles: ["a"],
                          citations: [Citation(source: "<script>", articles: ["a"])],
                          rewrites: [Rewrite(article: "zz", of: "a", overlap: 0.5)])
        let graph = ProvenanceGraph(story: story, articles: [Self.articles[0]])
        #expect(graph.edges.count == 1)
        #expect(!graph.svg().contains("<script>"))
        #expect(ProvenanceGraph(story: Story(id: "s", title: "", articles: []), articles: []).isEmpty)
    }
}

@Suite struct RequestRuleTests {
    @Test func tokensCompareExactly() {
        #expect(Auth.constantTimeEqual("secret", "secret"))
        #expect(!Auth.constantTimeEqual("secret", "secreT"))
        #expect(!Auth.constantTimeEqual("secret", "secret2"))
        #expect(!Auth.constantTimeEqual("", "x"))
        #expect(throws: (any Error).self) { try Auth.check("Bearer x", token: nil) }
        #expect(throws: (any Error).self) { try Auth.check("Basic secret", token: "secret") }
        #expect(throws: Never.self) { try Auth.check("Bearer secret", token: "secret") }
    }

    @Test func mediaTypesPickTheReader() {
        #expect(Upload.kind(mediaType: "application/json; charset=utf-8") == .jsonLines)
        #expect(Upload.kind(mediaType: "Text/Plain") == .text)
        #expect(Upload.kind(mediaType: "text/markdown") == .markdown)
        #expect(Upload.kind(mediaType: "text/html;charset=iso-8859-1") == .html)
        #expect(Upload.kind(mediaType: "application/rss+xml") == .feed)
        #expect(Upload.kind(mediaType: "application/atom+xml; charset=utf-8") == .feed)
        #expect(Upload.kind(mediaType: "image/png") == nil)
        #expect(Upload.kind(mediaType: nil) == nil)
    }

    @Test func eventStreamsEndAfterTheirLifetime() async {
        let (revisions, feed) = AsyncStream<Int>.makeStream()
        feed.yield(3)
        var seen: [ServerEvent] = []
        // The revisions never finish: only the lifetime can end the loop. The lifetime is
        // many heartbeats long so that a loaded machine, which may wake the clock late,
        // still delivers at least one before the end.
        for await e in ServerEvents.merge(revisions, lifetime: .seconds(3), heartbeat: .milliseconds(20)) { seen.append(e) }
        #expect(seen.filter { $0 != .heartbeat } == [.revision(3)])
        #expect(seen.contains(.heartbeat))
        #expect(ServerEvent.revision(7).wire == "event: revision\ndata: 7\n\n")
    }

    @Test func jsonInAScriptCannotCloseIt() throws {
        let json = #"{"q":"a </script><!-- b"}"#
        let safe = StoryView.scriptSafe(json)
        #expect(!safe.contains("<"))
        let value = try #require(try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String])
        #expect(value["q"] == "a </script><!-- b")
    }

    @Test func templatesParse() throws {
        let library = try Templates.library()
        for (name, _) in Templates.all { #expect(library.getTemplate(named: name) != nil) }
    }
}

@Suite struct LogTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func add(_ s: String) { lock.withLock { stored.append(s) } }
        var all: [String] { lock.withLock { stored } }
    }

    @Test func jsonLogLinesCarryLevelMessageAndMetadata() throws {
        let lines = Lines()
        var logger = Logger(label: "test", factory: { label in JSONLogHandler(label: label, write: lines.add) })
        logger[metadataKey: "request"] = "r1"
        logger.info("stored", metadata: ["added": "2", "ids": .array(["a", "b"])])
        logger.debug("not shown at info")
        #expect(lines.all.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines.all[0].utf8)) as? [String: Any])
        #expect(record["level"] as? String == "info")
        #expect(record["message"] as? String == "stored")
        #expect(record["label"] as? String == "test")
        #expect(record["request"] as? String == "r1")
        #expect(record["added"] as? String == "2")
        #expect(record["ids"] as? [String] == ["a", "b"])
        #expect((record["ts"] as? String)?.hasPrefix("20") == true)
    }
}
