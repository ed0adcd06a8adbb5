import HearsayModel
import Testing

@testable import HearsayHTML

/// A news page as templates build them: navigation, a share bar, the article with a
/// figure and an ad inside it, related links and comments after it.
let newsPage = """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <title>Harbour bridge to close for repairs | The Coastal Herald</title>
    <meta property="og:site_name" content="The Coastal Herald">
    <meta property="og:title" content="Harbour bridge to close for repairs">
    <link rel="canonical" href="https://herald.example/news/2024/03/05/harbour-bridge">
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage", "datePublished": "2020-01-01T00:00:00Z"},
      {"@type": "NewsArticle", "headline": "Harbour bridge to close for repairs",
       "datePublished": "2024-03-05T08:30:00+00:00",
       "author": [{"@type": "Person", "name": "Mara Lindqvist"}, {"@type": "Person", "name": "Tom Okafor"}],
       "publisher": {"@type": "Organization", "name": "Coastal Herald Media"}}
    ]}
    </script>
    </head>
    <body>
    <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <div class="page">
      <article class="story">
        <h1>Harbour bridge to close for repairs</h1>
        <div class="byline">By Mara Lindqvist and Tom Okafor</div>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
        <div class="story-body">
          <p>The harbour bridge will close to traffic for six weeks from next Monday, the city council said on Tuesday, after engineers found corrosion in two of its supports.</p>
          <figure><img src="bridge.jpg"><figcaption>The bridge at dawn. Photo: Council press office</figcaption></figure>
          <p>Council leader Ana Ruiz said the closure was "regrettable but unavoidable", adding that a ferry service would run every twenty minutes while the work went on.</p>
          <div class="ad-slot">Advertisement</div>
          <h2>Traders worried</h2>
          <p>Shop owners on the north side of the river said they feared losing customers, and asked the council to waive parking charges during the repairs.</p>
          <p>The bridge, opened in 1968, carries about 40,000 vehicles a day, according to the council's own figures published last year.</p>
        </div>
      </article>
      <aside class="related-articles"><h3>Related</h3><ul>
        <li><a href="/a">Ferry timetable changes announced for the spring season</a></li>
        <li><a href="/b">Council approves new budget after a long debate</a></li>
      </ul></aside>
      <section id="comments" class="comments-area">
        <div class="comment"><p>I cross that bridge every day, and I have no idea how I will get to work now, honestly.</p></div>
      </section>
    </div>
    <footer class="site-footer"><p>© 2024 Coastal Herald. All rights reserved.</p></footer>
    </body></html>
    """

@Test func extractsTheArticleBodyWithoutTemplateParts() throws {
    let a = try HTMLExtractor.extract(Array(newsPage.utf8), source: "page.html")
    let lines = a.body.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("The harbour bridge will close") == true)
    #expect(lines.contains("Traders worried"))
    #expect(lines.last?.hasPrefix("The bridge, opened in 1968") == true)
    #expect(lines.count == 5)
    for junk in ["Share on", "Advertisement", "Ferry timetable", "I cross that bridge", "All rights reserved", "Photo:", "Home"] {
        #expect(!a.body.contains(junk), "body kept \(junk)")
    }
    // The headline is the title, not a line of the body.
    #expect(!a.body.contains("Harbour bridge to close for repairs"))
}

@Test func readsMetadataFromJSONLDFirst() throws {
    let a = try HTMLExtractor.extract(Array(newsPage.utf8), source: "page.html")
    #expect(a.title == "Harbour bridge to close for repairs")
    #expect(a.byline == "Mara Lindqvist, Tom Okafor")
    // The NewsArticle's date, not the WebPage's.
    #expect(a.published == "2024-03-05T08:30:00Z")
    #expect(a.outlet == "The Coastal Herald")
    #expect(a.url == "https://herald.example/news/2024/03/05/harbour-bridge")
    #expect(a.language == "en")
    #expect(a.source == "page.html")
}

@Test func fallsBackToMetaTagsTimeAndTitle() throws {
    let page = """
        <html><head><title>Rail strike called off - Daily Courier</title>
        <meta name="author" content="By Lena Park">
        <meta http-equiv="content-language" content="de">
        </head><body>
        <div id="main"><h1>Rail strike called off</h1>
        <p class="meta"><time datetime="2023-11-20T17:05:00+01:00">20 November</time></p>
        <div class="text">
        <p>Train drivers have called off the strike planned for Thursday after the operator improved its pay offer, the union said late on Monday evening.</p>
        <p>The agreement still has to be approved by members, who will vote on it over the next two weeks, according to a statement from the union.</p>
        </div></div></body></html>
        """
    let a = try HTMLExtractor.extract(Array(page.utf8), source: "p.html")
    #expect(a.title == "Rail strike called off")
    #expect(a.byline == "Lena Park")
    #expect(a.published == "2023-11-20T17:05:00+01:00")
    #expect(a.language == "de")
    #expect(a.url == nil)
    #expect(a.body.split(separator: "\n").count == 2)
}

/// A meta tag that gives the day alone leaves the time to the byline: two reports of one day
/// are ordered by it.
@Test func takesTheTimeOfDayFromTheBylineWhenTheMetaDateHasNone() throws {
    func page(meta: String, byline: String) -> [UInt8] {
        Array("""
            <html><head><title>Ferry service suspended</title><meta name="date" content="\(meta)"></head><body>
            <h1>Ferry service suspended</h1><p class="meta">By Ola Berg<br>\(byline)</p>
            <div class="text"><p>The island ferry will not sail until Friday after an engine fault was found during an inspection on Sunday, the operator said.</p>
            <p>Passengers with bookings will be offered refunds or seats on a chartered boat from the mainland harbour, it added.</p></div>
            </body></html>
            """.utf8)
    }
    let timed = try HTMLExtractor.extract(page(meta: "2025-05-12", byline: "May 12, 2025 4:20 PM GMT"), source: "a.html")
    #expect(timed.published == "2025-05-12T16:20:00Z")
    let otherDay = try HTMLExtractor.extract(page(meta: "2025-05-12", byline: "May 13, 2025 4:20 PM GMT"), source: "b.html")
    #expect(otherDay.published == "2025-05-12", "a time on another day is not the meta date's time")
}

@Test func decodesALegacyCharsetDeclaredInMeta() throws {
    // Windows-1252 bytes: curly quotes 0x93/0x94 and e-acute 0xE9.
    var bytes = Array("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><article>
        <p>The caf
        """.utf8)
    bytes.append(0xE9)
    bytes += Array(" owner said: ".utf8)
    bytes.append(0x93)
    bytes += Array("We will reopen in spring, whatever happens with the lease and the landlord.".utf8)
    bytes.append(0x94)
    bytes += Array(" She has run it for twenty years, and her mother before her.</p></article></body></html>".utf8)
    let a = try HTMLExtractor.extract(bytes, source: "legacy.html")
    #expect(a.body.contains("The café owner said: \u{201C}We will reopen"))
    #expect(a.body.contains("landlord.\u{201D}"))
}

@Test func charsetDetectionPrefersValidUTF8() {
    let declaredLatin1 = Array("<meta charset=\"iso-8859-1\"><p>caf\u{E9}</p>".utf8)
    #expect(Charset.detect(declaredLatin1) == "UTF-8")
    let latin1: [UInt8] = Array("<meta charset=\"ISO-8859-1\"><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
    #expect(Charset.detect(latin1) == "windows-1252")
    let koi8: [UInt8] = Array("<meta charset='koi8-r'>".utf8) + [0xC1, 0xC2]
    #expect(Charset.detect(koi8) == "koi8-r")
    #expect(Charset.metaCharset(Array("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">".utf8)) == "shift_jis")
}

@Test func brokenHTMLStillYieldsItsText() throws {
    let page = """
        <html><body><div class="content"><p>The museum reopened on Saturday after a two-year renovation, with a new wing for its collection of maritime paintings.
        <p>Visitors queued from early morning, and the director said more than three thousand people came through the doors <b>before noon.
        <div><p>Entry will be free until the end of the month, the museum said in a statement on its website.
        """
    let a = try HTMLExtractor.extract(Array(page.utf8), source: "broken.html")
    #expect(a.body.contains("The museum reopened on Saturday"))
    #expect(a.body.contains("before noon."))
    #expect(a.body.contains("Entry will be free"))
}

@Test func refusesWhatIsNotAPage() {
    #expect(throws: HTMLExtractor.Failure.empty) { try HTMLExtractor.extract(Array("  \n ".utf8), source: "e.html") }
    let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>"
    #expect(throws: HTMLExtractor.Failure.self) { try HTMLExtractor.extract(Array(feed.utf8), source: "f.xml") }
    #expect(throws: HTMLExtractor.Failure.self) { try HTMLExtractor.extract([0x1F, 0x8B, 8, 0, 0], source: "x.gz") }
}

@Test func dropsInFlowCaptionsAndTemplateLines() {
    #expect(TemplateLines.isCaption("Crowds gathered outside the court (Image: GETTY)"))
    #expect(!TemplateLines.isCaption("The minister (who resigned in May) spoke first."))
    #expect(TemplateLines.isTemplateLine("Advertisement"))
    #expect(TemplateLines.isTemplateLine("Share this article"))
    #expect(!TemplateLines.isTemplateLine("Readers share their stories of the flood in the valley."))
}

@Test func classTokensSplitOnCaseAndPunctuation() {
    var seen: [UInt64] = []
    Hints.tokens("relatedArticles__list-item ad300") { seen.append($0) }
    #expect(seen == ["related", "articles", "list", "item", "ad"].map(Hints.hash))
}

@Test func validatesUTF8LikeTheStandardLibrary() {
    let samples: [[UInt8]] = [
        Array("plain ascii text that is longer than eight bytes".utf8),
        Array("caf\u{E9} \u{201C}quoted\u{201D} \u{4E2D}\u{6587} \u{1F600} end".utf8),
        [0x61, 0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
        Array("12345678".utf8) + [0xFF] + Array("abc".utf8),
    ]
    for s in samples {
        #expect(Charset.isValidUTF8(s) == (String(validating: s, as: UTF8.self) != nil), "\(s)")
    }
}

@Test func tokenSetsFindExactlyTheirWords() {
    let set = Hints.hashes(["share", "related", "ad"])
    #expect(set.contains(Hints.hash("related")))
    #expect(set.contains(Hints.hash("ad")))
    #expect(!set.contains(Hints.hash("head")))
    #expect(!Hints.hashes([]).contains(Hints.hash("x")))
}

/// A hostile page nests elements far deeper than any template does; walking such a tree
/// recursively ran out of stack (a crash at 50,000 levels). Past browsers' limit the
/// elements are flattened and their text kept.
@Test func aPageOfEndlesslyNestedElementsIsFlattenedAndStillRead() throws {
    let levels = 100_000
    let paragraph = "<p>The ferry company said on Friday that its new timetable would add two crossings a day from May, after a year of complaints from commuters about crowded boats.</p>"
    let page = "<html><head><title>Ferry timetable</title></head><body>" + String(repeating: "<div>", count: levels)
        + String(repeating: paragraph, count: 3) + String(repeating: "</div>", count: levels) + "</body></html>"
    let dom = try #require(DOM.parse(Array(page.utf8), encoding: "UTF-8"))
    var deepest = 0
    for i in dom.nodes.indices {
        var depth = 0
        var p = dom.nodes[i].parent
        while p >= 0 { depth += 1; p = dom.nodes[Int(p)].parent }
        deepest = max(deepest, depth)
    }
    #expect(deepest <= 520)
    let a = try HTMLExtractor.extract(Array(page.utf8), source: "deep.html")
    #expect(a.body.contains("two crossings a day"))
}
