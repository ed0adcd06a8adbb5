import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HearsayHTML
import HearsayText

/// One story in a feed.
public struct FeedItem: Sendable, Equatable {
    public var title: String
    /// The article page, absolute.
    public var link: String?
    /// The feed's own identifier for the item (RSS guid, Atom id); the link otherwise.
    public var id: String
    public var published: String?
    public var author: String?
    /// The item's own text, HTML or plain, when the feed carries it (`content:encoded`,
    /// Atom `content`, else the summary): what a saved feed can be read for offline.
    public var content: String? = nil
}

public struct Feed: Sendable, Equatable {
    public var title: String
    public var items: [FeedItem]
}

/// RSS 2.0 (and RSS 1.0/RDF) and Atom, read with Foundation's XML parser: feeds are
/// well-formed XML, unlike pages.
public enum FeedParser {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAFeed(String)
        case malformed(String)

        public var description: String {
            switch self {
            case .notAFeed(let what): "not an RSS or Atom feed (\(what))"
            case .malformed(let why): "malformed feed: \(why)"
            }
        }
    }

    public static func parse(_ bytes: [UInt8], baseURL: String? = nil) throws(Failure) -> Feed {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") { throw .notAFeed("an HTML page") }
        let delegate = FeedDelegate(base: baseURL.flatMap { URL(string: $0) })
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let ok = parser.parse() && delegate.rootClosed
        guard let kind = delegate.kind else {
            if let root = delegate.root { throw .notAFeed("its root element is <\(root)>") }
            throw .malformed(parser.parserError.map { "\($0.localizedDescription) at line \(parser.lineNumber)" } ?? "no XML")
        }
        // A feed cut short still lists the items before the fault; a feed with no items
        // and a fault is broken.
        if !ok && delegate.items.isEmpty {
            let why = parser.parserError.map { "\($0.localizedDescription) at line \(parser.lineNumber)" } ?? "the \(kind) document ends early"
            throw .malformed(why)
        }
        return Feed(title: delegate.feedTitle, items: delegate.items)
    }
}

private final class FeedDelegate: NSObject, XMLParserDelegate {
    let base: URL?
    var root: String?
    var kind: String?
    var feedTitle = ""
    var items: [FeedItem] = []
    /// The root element's end was seen: the document was not cut short.
    var rootClosed = false

    private var current: [String: String]?
    private var atomLink: String?
    private var path: [String] = []
    private var text = ""

    init(base: URL?) {
        self.base = base
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let name = name.lowercased()
        if root == nil {
            root = name
            switch name {
            case "rss", "rdf:rdf": kind = "RSS"
            case "feed": kind = "Atom"
            default: parser.abortParsing()
            }
        }
        path.append(name)
        text = ""
        if name == "item" || name == "entry" {
            current = [:]
            atomLink = nil
        } else if name == "link", current != nil, let href = attributes["href"] {
            // Atom: the alternate link is the page; enclosures and replies are not.
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate" && atomLink == nil { atomLink = href }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let name = name.lowercased()
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        defer {
            path.removeLast()
            text = ""
            if path.isEmpty { rootClosed = true }
        }
        if name == "item" || name == "entry", let fields = current {
            items.append(item(fields))
            current = nil
            return
        }
        if current != nil {
            // The first value of each field wins (an Atom author's name, not the feed's).
            if current?[name] == nil, !value.isEmpty { current?[name] = value }
        } else if name == "title", feedTitle.isEmpty, path.count <= 3 {
            feedTitle = value
        }
    }

    private func item(_ f: [String: String]) -> FeedItem {
        let rawLink = atomLink ?? f["link"] ?? (f["guid"].flatMap { $0.hasPrefix("http") ? $0 : nil })
        let link = rawLink.flatMap { URL(string: $0, relativeTo: base)?.absoluteString }
        let date = f["pubdate"] ?? f["published"] ?? f["dc:date"] ?? f["updated"]
        return FeedItem(
            title: f["title"] ?? "",
            link: link,
            id: f["guid"] ?? f["id"] ?? link ?? f["title"] ?? "",
            published: date.flatMap(DateText.iso),
            author: f["dc:creator"] ?? f["author"] ?? f["name"],
            content: ["content:encoded", "content", "description", "summary"].compactMap { f[$0] }.max { $0.count < $1.count }
        )
    }
}
