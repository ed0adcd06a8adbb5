import Foundation
import HearsayModel
import HearsayText

/// Reads JSON Lines of articles (`{"id","title","body","url","outlet","published"}`, plus
/// any other Article field), one object a line, streamed so that a large file never sits
/// in memory whole. Bodies are cleaned like text articles.
public enum JSONLinesReader {
    /// One line longer than this is refused rather than loaded.
    public static let maxLineBytes = 32 << 20

    /// One record. Besides Hearsay's own names, the names other tools and news APIs write
    /// are read (`content`, `maintext`, `date`, `publishedAt`, `author`, `link`, a
    /// `source` object's `name`), numbers are taken where text is expected (a database
    /// id, a Unix time), so that a pipeline's export is read as it is rather than as
    /// articles without a body.
    struct Record: Decodable {
        var id: String?
        var title: String?
        var body: String?
        var url: String?
        var outlet: String?
        var published: String?
        var byline: String?
        var language: String?
        var tickers: [String]?

        static let names: [String: [String]] = [
            "id": ["id", "_id", "uuid", "guid"],
            "title": ["title", "headline"],
            "body": ["body", "text", "content", "maintext", "articleBody", "article_body", "full_text"],
            "url": ["url", "link", "canonical_url"],
            "outlet": ["outlet", "publisher", "source_name", "site_name", "source_domain"],
            "published": ["published", "date", "publishedAt", "published_at", "date_publish", "datePublished", "pubDate"],
            "byline": ["byline", "author", "authors", "creator"],
            "language": ["language", "lang"],
            "tickers": ["tickers", "symbols"],
        ]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            func text(_ field: String) throws -> String? {
                for name in Record.names[field]! {
                    if let v = try Record.text(c, Key(stringValue: name)) { return v }
                }
                return nil
            }
            id = try text("id")
            title = try text("title")
            body = try text("body")
            url = try text("url")
            // A plain `source` is where Hearsay read an article (its own output read back);
            // an object is a news API's outlet.
            outlet = try text("outlet") ?? (try? c.decode([String: String?].self, forKey: Key(stringValue: "source")))?["name"] ?? nil
            byline = try text("byline")
            language = try text("language")
            published = nil
            for name in Record.names["published"]! {
                let key = Key(stringValue: name)
                if let seconds = try? c.decode(Double.self, forKey: key) {
                    published = Record.iso(unixTime: seconds)
                    break
                }
                if let v = try Record.text(c, key) {
                    published = v
                    break
                }
            }
            tickers = nil
            for name in Record.names["tickers"]! {
                let key = Key(stringValue: name)
                if let list = try? c.decode([String].self, forKey: key) { tickers = list; break }
                if let one = try? c.decode(String.self, forKey: key) {
                    tickers = one.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
                    break
                }
            }
        }

        /// A field's text: a string, a number written out, a list of names joined (authors),
        /// or an object's `name` (`"source": {"name": ...}`); nil when absent or null.
        static func text(_ c: KeyedDecodingContainer<Key>, _ key: Key) throws -> String? {
            guard c.contains(key), try !c.decodeNil(forKey: key) else { return nil }
            if let s = try? c.decode(String.self, forKey: key) { return s }
            if let n = try? c.decode(Int64.self, forKey: key) { return String(n) }
            if let list = try? c.decode([String].self, forKey: key) { return list.isEmpty ? nil : list.joined(separator: ", ") }
            if let named = try? c.decode([String: String?].self, forKey: key), let name = named["name"] ?? nil { return name }
            if let list = try? c.decode([[String: String?]].self, forKey: key) {
                let names = list.compactMap { $0["name"] ?? nil }
                return names.isEmpty ? nil : names.joined(separator: ", ")
            }
            throw DecodingError.typeMismatch(
                String.self, .init(codingPath: c.codingPath + [key], debugDescription: "expected text, a number or a list of names"))
        }

        /// Seconds since 1970, or milliseconds when the number is too large for seconds.
        static func iso(unixTime: Double) -> String? {
            guard unixTime.isFinite, unixTime >= 0 else { return nil }
            let seconds = unixTime > 1e11 ? unixTime / 1000 : unixTime
            guard seconds < 1e11 else { return nil }
            let s = Int(seconds), t = Int(seconds) % 86_400
            let time = [t / 3600, t / 60 % 60, t % 60].map { CivilDate.padded($0, 2) }.joined(separator: ":")
            return CivilDate(dayNumber: s / 86_400).iso + "T" + time + "Z"
        }
    }

    /// Calls `each` for every article in the file, in order. Stops at the first bad line
    /// with an error naming the file and line, unless `keepGoing` asks to report it
    /// through `problem` and go on.
    public static func read(
        path: String, keepGoing: Bool = false,
        problem: (ReadError) -> Void = { _ in },
        each: (Article) throws -> Void
    ) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(path: path, message: "cannot open the file")
        }
        defer { try? handle.close() }
        var lineNumber = 0
        var sawRecord = false
        try LineStream.forEachLine(handle, maxLineBytes: maxLineBytes, path: path) { line in
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
            do {
                let article = try parse(line, path: path, line: lineNumber)
                sawRecord = true
                try each(article)
            } catch let e as ReadError {
                if keepGoing { problem(e) } else { throw e }
            }
        }
        if !sawRecord && lineNumber == 0 { throw ReadError(path: path, message: "the file is empty") }
    }

    static func parse(_ line: [UInt8], path: String, line number: Int) throws(ReadError) -> Article {
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: Data(line))
        } catch {
            throw ReadError(path: path, line: number, message: "invalid JSON: \(JSONLinesReader.reason(error))")
        }
        let title = (record.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let rawBody = record.body ?? ""
        guard !title.isEmpty || !rawBody.isEmpty else {
            throw ReadError(path: path, line: number, message: "the record has neither a title nor a body")
        }
        var article = TextArticleReader.parse(TextDecoding.normaliseLineEnds(rawBody), source: path, markdown: false, title: title)
        article.id = record.id ?? ArticleID.of(line)
        article.url = record.url ?? article.url
        article.outlet = record.outlet ?? article.outlet
        article.published = record.published.map { DateText.iso($0) ?? $0 } ?? article.published
        article.byline = record.byline ?? article.byline
        article.language = record.language ?? article.language
        if let t = record.tickers { article.tickers = TextArticleReader.unique(t + article.tickers) }
        return article
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c): return c.underlyingError.map { "\($0.localizedDescription)" } ?? c.debugDescription
        case DecodingError.typeMismatch(_, let c): return "\(c.codingPath.map(\.stringValue).joined(separator: ".")): \(c.debugDescription)"
        // Foundation's parser errors print their whole domain and user info; the
        // description inside is the one line a user needs.
        default: return ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        }
    }
}

/// Splits a file into lines, reading it in blocks.
enum LineStream {
    static func forEachLine(_ handle: FileHandle, maxLineBytes: Int, path: String, _ body: ([UInt8]) throws -> Void) throws {
        var pending: [UInt8] = []
        var number = 0
        while true {
            let block = try handle.read(upToCount: 1 << 20) ?? Data()
            if block.isEmpty { break }
            var start = block.startIndex
            while let nl = block[start...].firstIndex(of: 0x0A) {
                pending.append(contentsOf: block[start..<nl])
                number += 1
                try body(pending)
                pending.removeAll(keepingCapacity: true)
                start = block.index(after: nl)
            }
            pending.append(contentsOf: block[start...])
            if pending.count > maxLineBytes {
                throw ReadError(path: path, line: number + 1, message: "line longer than \(maxLineBytes >> 20) MB")
            }
        }
        if !pending.isEmpty { try body(pending) }
    }
}
