import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Files whose name does not say what they hold: pages saved without `.html`, JSON
/// documents, saved feeds. Read as plain text, each became one article of markup.
@Suite struct InputKindTests {
    static let page = """
        <!DOCTYPE html><html><head><title>Quarry expansion approved | Hill Times</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Quarry expansion approved</h1>
        <p>The county planning board approved the expansion of the limestone quarry on Thursday, after a four-hour meeting in which residents complained about dust and lorry traffic.</p>
        <p>The operator said the extension would secure forty jobs for another fifteen years, and promised to plant a screen of trees along the northern edge of the site.</p>
        </article></body></html>
        """

    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
        <title>Hill Times</title><link>https://hill.example/</link>
        <item><title>Quarry expansion approved</title><link>https://hill.example/quarry</link>
          <pubDate>Thu, 12 Mar 2026 21:10:00 GMT</pubDate><dc:creator>Ruth Adeyemi</dc:creator>
          <description>Planning board backs the limestone quarry.</description>
          <content:encoded><![CDATA[<p>The county planning board approved the expansion of the limestone quarry on Thursday.</p><p>“Forty jobs are safe,” said the operator’s manager, Colm Byrne.</p>]]></content:encoded></item>
        <item><title>Library hours extended</title><link>https://hill.example/library</link>
          <description>&lt;p&gt;The central library will open on Sundays from April, the council said.&lt;/p&gt;</description></item>
        <item><title>Photo gallery: spring fair</title><link>https://hill.example/fair</link></item>
        </channel></rss>
        """

    @Test func aPageSavedWithoutAnHTMLNameIsReadAsAPage() throws {
        for name in ["quarry", "quarry.php", "quarry.aspx"] {
            let path = try Fixtures.temporaryFile(name, Array(Self.page.utf8))
            let articles = try ArticleReader().read([path])
            #expect(articles.count == 1)
            #expect(articles.first?.title == "Quarry expansion approved", "\(name)")
            #expect(articles.first?.body.contains("<") == false, "\(name): markup read as text")
            #expect(articles.first?.body.hasPrefix("The county planning board") == true, "\(name)")
        }
    }

    @Test func aJSONDocumentIsAnArticleOrAnArrayOfThem() throws {
        let array = #"[{"id": "h1", "title": "Quarry expansion approved", "body": "The board approved it on Thursday.", "outlet": "Hill Times"},"# + "\n"
            + #" {"id": "h2", "title": "Library hours extended", "body": "The library will open on Sundays."}]"#
        let arrayPath = try Fixtures.temporaryFile("articles.json", Array(array.utf8))
        let fromArray = try ArticleReader().read([arrayPath])
        #expect(fromArray.map(\.id) == ["h1", "h2"])
        #expect(fromArray[0].outlet == "Hill Times")
        let objectPath = try Fixtures.temporaryFile("one.json", Array("{\n  \"id\": \"h3\",\n  \"title\": \"Bridge reopens\",\n  \"body\": \"Traffic is back.\"\n}\n".utf8))
        #expect(try ArticleReader().read([objectPath]).map(\.id) == ["h3"])
        let bad = try Fixtures.temporaryFile("bad.json", Array(#"[{"id": "h4", "title": "x", "body": "y"}, 7]"#.utf8))
        #expect(throws: ReadError(path: bad, line: 2, message: "element 2 is not an article object")) {
            try ArticleReader().read([bad])
        }
    }

    @Test func aSavedFeedIsReadForTheItemsThatCarryText() throws {
        let path = try Fixtures.temporaryFile("hill.rss", Array(Self.feed.utf8))
        var problems: [ReadError] = []
        let articles = try ArticleReader().read([path], problem: { problems.append($0) })
        #expect(articles.map(\.title) == ["Quarry expansion approved", "Library hours extended"])
        let quarry = articles[0]
        #expect(quarry.outlet == "Hill Times")
        #expect(quarry.url == "https://hill.example/quarry")
        #expect(quarry.byline == "Ruth Adeyemi")
        #expect(quarry.published == "2026-03-12T21:10:00Z")
        // The full text, not the one-line summary, one paragraph a line.
        #expect(quarry.body.split(separator: "\n").count == 2)
        #expect(quarry.body.contains("Colm Byrne"))
        #expect(articles[1].body == "The central library will open on Sundays from April, the council said.")
        #expect(problems.map(\.message) == ["1 of 3 items carry no text and were left out"])
        // Saved again, the same items are the same articles.
        let again = try Fixtures.temporaryFile("hill.xml", Array(Self.feed.utf8))
        #expect(try ArticleReader().read([again]).map(\.id) == articles.map(\.id))
    }

    @Test func aFeedOfHeadlinesOnlyOrAnotherXMLFileIsRefusedWithTheReason() throws {
        let headlines = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Hill Times</title>
            <item><title>Quarry expansion approved</title><link>https://hill.example/quarry</link></item>
            </channel></rss>
            """
        let path = try Fixtures.temporaryFile("headlines.xml", Array(headlines.utf8))
        #expect(throws: ReadError(path: path, message: "the feed's 1 items carry headlines and links but no text; `hearsay watch URL` fetches their pages")) {
            try ArticleReader().read([path])
        }
        let sitemap = try Fixtures.temporaryFile("sitemap.xml", Array("<?xml version=\"1.0\"?><urlset><url><loc>https://hill.example/</loc></url></urlset>".utf8))
        #expect(throws: ReadError(path: sitemap, message: "not an RSS or Atom feed (its root element is <urlset>)")) {
            try ArticleReader().read([sitemap])
        }
    }

    @Test func aFolderReadsSavedPagesJSONAndFeedsAndSkipsOtherFiles() throws {
        let first = try Fixtures.temporaryFile("quarry.php", Array(Self.page.utf8))
        let dir = (first as NSString).deletingLastPathComponent
        try Data(Self.feed.utf8).write(to: URL(fileURLWithPath: dir + "/hill.rss"))
        try Data(#"[{"id": "h1", "title": "Bridge reopens", "body": "Traffic is back."}]"#.utf8).write(to: URL(fileURLWithPath: dir + "/more.json"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]).write(to: URL(fileURLWithPath: dir + "/photo.png"))
        let articles = try ArticleReader().read([dir])
        #expect(articles.count == 4)
        #expect(Set(articles.map { ($0.source as NSString).lastPathComponent }) == ["quarry.php", "hill.rss", "more.json"])
    }

    @Test func theFirstBytesTellAPageAFeedACrawlAndJSON() {
        #expect(InputKind.sniff(Array("\u{FEFF}  <!doctype HTML><html>".utf8)) == .html)
        #expect(InputKind.sniff(Array("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)) == .feed)
        #expect(InputKind.sniff(Array("WARC/1.1\r\nWARC-Type: warcinfo".utf8)) == .warc)
        #expect(InputKind.sniff(Array(" [{\"id\": 1}]".utf8)) == .json)
        #expect(InputKind.sniff(Array("Quarry expansion approved\n\nThe board approved it.".utf8)) == nil)
    }
}

/// Pipelines export articles in their own shapes; read as Hearsay's names only, such a
/// record lost its body ("content") or was refused over a numeric id or a Unix time.
@Suite struct RecordShapeTests {
    static func read(_ line: String) throws -> Article {
        try JSONLinesReader.parse(Array(line.utf8), path: "export.jsonl", line: 1)
    }

    @Test func otherToolsNamesAndNumbersAreReadAsTheyMean() throws {
        let api = try Self.read(#"{"title": "Quarry expansion approved", "content": "The board approved it on Thursday.", "source": {"id": null, "name": "Hill Times"}, "author": "Ruth Adeyemi", "publishedAt": "2026-03-12T21:10:00Z", "url": "https://hill.example/quarry"}"#)
        #expect(api.body == "The board approved it on Thursday.")
        #expect(api.outlet == "Hill Times")
        #expect(api.byline == "Ruth Adeyemi")
        #expect(api.published == "2026-03-12T21:10:00Z")
        let row = try Self.read(#"{"id": 4182, "headline": "Library hours extended", "maintext": "The library will open on Sundays.", "date_publish": 1773349800, "authors": ["Ana Ruiz", "Tom Okafor"], "link": "https://hill.example/library"}"#)
        #expect(row.id == "4182")
        #expect(row.title == "Library hours extended")
        #expect(row.body == "The library will open on Sundays.")
        #expect(row.published == "2026-03-12T21:10:00Z")
        #expect(row.byline == "Ana Ruiz, Tom Okafor")
        #expect(row.url == "https://hill.example/library")
        // Milliseconds, as JavaScript writes time.
        #expect(try Self.read(#"{"title": "x", "body": "y", "published": 1773349800000}"#).published == "2026-03-12T21:10:00Z")
    }

    @Test func hearsaysOwnArticlesReadBackKeepTheirOutlet() throws {
        // `source` is where Hearsay read the article, not an outlet.
        let back = try Self.read(#"{"id": "a1", "title": "x", "body": "y", "source": "coverage/03-blog.txt", "outlet": null}"#)
        #expect(back.outlet == nil)
        #expect(back.id == "a1")
    }

    @Test func aFieldOfTheWrongShapeIsNamed() {
        #expect(throws: ReadError(path: "export.jsonl", line: 1, message: "invalid JSON: title: expected text, a number or a list of names")) {
            try Self.read(#"{"title": {"main": "x"}, "body": "y"}"#)
        }
    }
}
