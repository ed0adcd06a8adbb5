import Foundation

/// The kinds of input file Hearsay reads, decided by the file name or, when the name
/// does not say, by the first bytes.
public enum InputKind: Sendable, Equatable {
    case text
    case markdown
    case jsonLines
    /// One JSON document: an article object or an array of them.
    case json
    case html
    case warc
    /// A saved RSS or Atom feed.
    case feed

    /// What the kind is called in a message ("a JSON Lines file").
    public var noun: String {
        switch self {
        case .text: "a text file"
        case .markdown: "a Markdown file"
        case .jsonLines: "a JSON Lines file"
        case .json: "a JSON file"
        case .html: "a web page"
        case .warc: "a WARC crawl"
        case .feed: "a saved feed"
        }
    }

    /// The kind a file's name says; nil when it says nothing (no extension, or a
    /// server's page extension such as `.php`): `of(path:head:)` then reads the content.
    public static func of(path: String) -> InputKind? {
        let lower = path.lowercased()
        if lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") { return .warc }
        switch (lower as NSString).pathExtension {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .json
        case "html", "htm", "xhtml": return .html
        case "rss", "atom": return .feed
        default: return nil
        }
    }

    /// Names a folder's file may have and still be read: the known kinds, no extension,
    /// and what pages saved from a server are often called (`story.php`, `item.aspx`).
    static func isReadable(path: String) -> Bool {
        let name = (path as NSString).lastPathComponent.lowercased()
        if name.hasPrefix(".") { return false }
        if of(path: name) != nil { return true }
        return ["", "xml", "php", "asp", "aspx", "jsp", "shtml", "cfm", "cgi"].contains((name as NSString).pathExtension)
    }

    /// The kind from the name, else from the first bytes, else plain text.
    public static func of(path: String, head: some Collection<UInt8>) -> InputKind {
        if let kind = of(path: path) { return kind }
        let sniffed = sniff(head)
        // An `.xml` file that is neither a feed nor a page is read as a feed, whose
        // parser says what it is instead ("its root element is <urlset>").
        if (path as NSString).pathExtension.lowercased() == "xml" && sniffed != .html { return .feed }
        return sniffed ?? .text
    }

    /// Gzip's magic number, or the version line every WARC 1.x record opens with.
    public static func isCrawl(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x1F, 0x8B]) || bytes.starts(with: Array("WARC/1.".utf8))
    }

    /// What a file's first bytes show it to be: a web page, a feed, a crawl, JSON.
    public static func sniff(_ head: some Collection<UInt8>) -> InputKind? {
        var bytes = Array(head.prefix(1024))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if isCrawl(bytes) { return .warc }
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return nil }
        switch bytes[first] {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        case UInt8(ascii: "<"):
            let lower = String(decoding: bytes[first...], as: UTF8.self).lowercased()
            if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf") { return .feed }
            if ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<article"].contains(where: lower.contains) {
                return .html
            }
            return nil
        default: return nil
        }
    }
}

/// Expands the paths a user gives into input files: a folder means every readable file
/// below it, in a stable (sorted) order, so the same folder always gives the same run.
public enum InputFiles {
    public static func expand(_ paths: [String]) -> (files: [String], errors: [ReadError]) {
        var files: [String] = []
        var errors: [ReadError] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(ReadError(path: path, message: "no such file or folder"))
                continue
            }
            guard isDir.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                errors.append(ReadError(path: path, message: "cannot list this folder"))
                continue
            }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let full = (path as NSString).appendingPathComponent(rel)
                if (rel as NSString).lastPathComponent.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue, InputKind.isReadable(path: full) {
                    found.append(full)
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, errors)
    }
}
