import Testing

@testable import HearsayRead

@Test func readsRSS() throws {
    let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
        <title>Valley Gazette</title><link>https://gazette.example/</link>
        <item><title>Flood warning lifted</title><link>https://gazette.example/news/flood</link>
          <guid isPermaLink="false">gz-101</guid><pubDate>Tue, 05 Mar 2024 18:20:00 +0100</pubDate>
          <dc:creator>Ines Moreau</dc:creator><description><![CDATA[<p>The river fell overnight.</p>]]></description></item>
        <item><title>Market day moved</title><link>/news/market</link><pubDate>Mon, 4 Mar 2024 09:00 GMT</pubDate></item>
        </channel></rss>
        """
    let feed = try FeedParser.parse(Array(xml.utf8), baseURL: "https://gazette.example/feed.xml")
    #expect(feed.title == "Valley Gazette")
    #expect(feed.items.count == 2)
    #expect(feed.items[0] == FeedItem(title: "Flood warning lifted", link: "https://gazette.example/news/flood", id: "gz-101",
                                      published: "2024-03-05T18:20:00+01:00", author: "Ines Moreau",
                                      content: "<p>The river fell overnight.</p>"))
    // Relative links resolve against the feed; the link stands in for a missing guid.
    #expect(feed.items[1].link == "https://gazette.example/news/market")
    #expect(feed.items[1].id == "https://gazette.example/news/market")
    #expect(feed.items[1].published == "2024-03-04T09:00:00Z")
}

@Test func readsAtom() throws {
    let xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
        <author><name>Desk</name></author>
        <entry><title>Ferry fares frozen</title>
          <link rel="replies" href="https://notes.example/ferry#comments"/>
          <link rel="alternate" type="text/html" href="https://notes.example/ferry"/>
          <id>tag:notes.example,2024:ferry</id><published>2024-03-01T07:00:00Z</published>
          <updated>2024-03-02T07:00:00Z</updated><author><name>Kai Berg</name></author></entry>
        </feed>
        """
    let feed = try FeedParser.parse(Array(xml.utf8))
    #expect(feed.title == "Harbour Notes")
    #expect(feed.items == [FeedItem(title: "Ferry fares frozen", link: "https://notes.example/ferry", id: "tag:notes.example,2024:ferry",
                                    published: "2024-03-01T07:00:00Z", author: "Kai Berg")])
}

@Test func refusesPagesAndBrokenXML() {
    #expect(throws: FeedParser.Failure.notAFeed("an HTML page")) {
        try FeedParser.parse(Array("<!DOCTYPE html><html><body><p>hello</p></body></html>".utf8))
    }
    #expect(throws: FeedParser.Failure.notAFeed("its root element is <note>")) {
        try FeedParser.parse(Array("<?xml version=\"1.0\"?><note><to>x</to></note>".utf8))
    }
    #expect(throws: FeedParser.Failure.self) {
        try FeedParser.parse(Array("<?xml version=\"1.0\"?><rss><channel><title>x</ti".utf8))
    }
}
