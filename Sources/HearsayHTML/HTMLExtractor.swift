import Foundation
import HearsayModel
import HearsayText

/// Turns a web page into an Article: body text with one paragraph per line, and the
/// metadata the page declares.
public enum HTMLExtractor {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case empty
        case notHTML(String)
        case noText

        public var description: String {
            switch self {
            case .empty: "the page is empty"
            case .notHTML(let what): "not an HTML page (\(what))"
            case .noText: "no article text found in the page"
            }
        }
    }

    /// - Parameters:
    ///   - bytes: the page as served.
    ///   - source: the path or URL it was read from, as given (the Article's `source`).
    ///   - url: the page's address when known (fetched pages), used for metadata fallbacks.
    ///   - charset: the charset an HTTP header declared, if any.
    public static func extract(
        _ bytes: [UInt8], source: String, url: String? = nil, charset: String? = nil
    ) throws(Failure) -> Article {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty }
        if let what = notHTML(bytes) { throw .notHTML(what) }
        let encoding = Charset.detect(bytes, declared: charset)
        guard let dom = DOM.parse(bytes, encoding: encoding) else { throw .notHTML("unparseable") }
        let meta = PageMetadata.read(dom, pageURL: url ?? (isAbsoluteURL(source) ? source : nil))
        var extractor = BodyExtractor(dom: dom, blocks: BlockBuilder.build(dom))
        var paragraphs = extractor.paragraphs(title: meta.title)
        paragraphs = preferPublisherBody(paragraphs, publisher: meta.articleBody)
        // Blocks hold no line breaks or control characters: lines are paragraphs.
        let body = paragraphs.joined(separator: "\n")
        if body.isEmpty && (meta.title ?? "").isEmpty { throw .noText }
        return Article(
            // The reader names the article (ArticleID in HearsayRead makes every id).
            id: "",
            source: source,
            title: meta.title ?? "",
            body: body,
            outlet: meta.outlet,
            byline: meta.byline,
            published: meta.published,
            url: meta.url,
            language: meta.language,
            tickers: []
        )
    }

    /// The visible text of an HTML fragment (a feed item's content), one paragraph per
    /// element: no page template to strip, so every block a reader would see is kept.
    public static func paragraphs(ofFragment html: String) -> [String] {
        guard let dom = DOM.parse(Array(("<html><body>" + html + "</body></html>").utf8), encoding: "UTF-8") else { return [] }
        return BlockBuilder.build(dom).map(\.text).filter { !$0.isEmpty }
    }

    /// Binary files and feeds handed to the page extractor: say what they are.
    static func notHTML(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(512)
        if head.starts(with: [0x1F, 0x8B]) { return "gzip data; crawls (.warc.gz) are read by `hearsay ingest`" }
        if head.starts(with: Array("WARC/".utf8)) { return "a WARC file; crawls are read by `hearsay ingest`" }
        if head.starts(with: Array("%PDF".utf8)) { return "a PDF file" }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) || head.starts(with: [0xFF, 0xD8, 0xFF]) { return "an image" }
        if head.contains(0) && !head.starts(with: [0xFF, 0xFE]) && !head.starts(with: [0xFE, 0xFF]) { return "binary data" }
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        if lower.contains("<rss") || lower.contains("<feed") && lower.contains("xmlns=\"http://www.w3.org/2005/atom\"") {
            return "a news feed; name it .rss or .xml to read its items, or give its URL to `hearsay watch`"
        }
        return nil
    }

    /// When the publisher's JSON-LD carries the article text and the page layout hid most
    /// of it from us (scripts, odd templates), the publisher's copy is the better body.
    static func preferPublisherBody(_ paragraphs: [String], publisher: String?) -> [String] {
        guard let publisher, case let text = publisher.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            return paragraphs
        }
        let extracted = paragraphs.reduce(0) { $0 + $1.count }
        guard text.count > 200, extracted < text.count / 2 else { return paragraphs }
        return text.split(whereSeparator: \.isNewline).map { Whitespace.collapse(String($0)) }.filter { !$0.isEmpty }
    }
}
