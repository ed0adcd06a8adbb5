import HearsayHTML
import HearsayModel
import HearsayText

/// A saved RSS or Atom feed, read offline: every item that carries its own text is an
/// article (its headline, link, date and author; the feed's title as the outlet). Items
/// with only a headline and a link are left out: their text is on the pages, which
/// `hearsay watch` fetches.
public enum FeedArticleReader {
    /// `problem` hears how many items were left out for carrying no text.
    public static func read(_ bytes: [UInt8], source: String, problem: (ReadError) -> Void = { _ in }) throws(ReadError) -> [Article] {
        let feed: Feed
        do { feed = try FeedParser.parse(bytes) } catch { throw ReadError(path: source, message: error.description) }
        var articles: [Article] = []
        for item in feed.items {
            let paragraphs = item.content.map(text(of:)) ?? []
            // A summary that only repeats the headline is no text.
            guard !paragraphs.isEmpty, paragraphs != [item.title] else { continue }
            var article = TextArticleReader.parse(paragraphs.joined(separator: "\n"), source: source, markdown: false, title: item.title)
            // One item is one article however often the feed is saved again.
            article.id = ArticleID.of(item.link ?? item.id)
            article.url = item.link ?? article.url
            article.published = item.published ?? article.published
            article.byline = item.author ?? article.byline
            if !feed.title.isEmpty { article.outlet = feed.title }
            articles.append(article)
        }
        if articles.isEmpty {
            let why = feed.items.isEmpty
                ? "the feed has no items"
                : "the feed's \(feed.items.count) items carry headlines and links but no text; `hearsay watch URL` fetches their pages"
            throw ReadError(path: source, message: why)
        }
        if articles.count < feed.items.count {
            problem(ReadError(path: source, message: "\(feed.items.count - articles.count) of \(feed.items.count) items carry no text and were left out"))
        }
        return articles
    }

    /// Feeds carry item text as HTML (escaped or in CDATA) or as plain text.
    static func text(of content: String) -> [String] {
        let looksLikeHTML = content.utf8.indices.contains { i in
            content.utf8[i] == UInt8(ascii: "<")
                && content.utf8.index(after: i) < content.utf8.endIndex
                && isTagStart(content.utf8[content.utf8.index(after: i)])
        }
        let paragraphs = looksLikeHTML
            ? HTMLExtractor.paragraphs(ofFragment: content)
            : content.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return paragraphs.filter { !$0.isEmpty }
    }

    private static func isTagStart(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b == UInt8(ascii: "/") || b == UInt8(ascii: "!")
    }
}
