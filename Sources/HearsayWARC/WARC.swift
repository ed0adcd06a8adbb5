import Foundation
import HearsayHTML
import HearsayModel

/// Web ARChive files (ISO 28500) as Common Crawl's news crawl writes them: a gzip member
/// per record, `response` records holding the HTTP response of one page. Read as a
/// stream, one record at a time, so a multi-gigabyte crawl never sits in memory.
public enum WARC {
    public struct Record: Sendable {
        /// Header names lowercased ("warc-type", "warc-target-uri", ...).
        public var headers: [String: String]
        public var block: [UInt8]

        public var type: String { headers["warc-type"] ?? "" }
        public var targetURI: String? { headers["warc-target-uri"] }
    }

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var problem: String
        public var description: String { "\(path): \(problem)" }
    }

    /// Calls `body` with each record of the file at `path`, in order. Records before a
    /// fault are delivered before the fault is thrown.
    public static func forEachRecord(atPath path: String, _ body: (Record) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw Failure(path: path, problem: exists ? "cannot be read" : "no such file")
        }
        defer { try? handle.close() }
        try forEachRecord(source: path, chunks: {
            do { return [UInt8](try handle.read(upToCount: 1 << 20) ?? Data())[...] } catch {
                throw Failure(path: path, problem: "read error: \(error.localizedDescription)")
            }
        }, body)
    }

    /// The same for a crawl already in memory (an HTTP upload); `source` names it in errors.
    public static func forEachRecord(in bytes: [UInt8], source: String, _ body: (Record) throws -> Void) throws {
        var given = false
        try forEachRecord(source: source, chunks: {
            defer { given = true }
            return given ? [] : bytes[...]
        }, body)
    }

    /// The one record loop behind both: `chunks` gives the raw bytes in order, empty at the end.
    static func forEachRecord(
        source path: String, chunks: () throws -> ArraySlice<UInt8>, _ body: (Record) throws -> Void
    ) throws {
        var parser = RecordParser()
        var inflater: Inflater?
        var first = true
        var records = 0
        func deliver(_ bytes: ArraySlice<UInt8>) throws {
            do {
                try parser.append(bytes) { record in
                    records += 1
                    try body(record)
                }
            } catch let problem as RecordParser.Problem {
                throw Failure(path: path, problem: "\(problem.message) (record \(records + 1))")
            }
        }
        while true {
            let bytes = try chunks()
            if bytes.isEmpty { break }
            if first {
                first = false
                if bytes.starts(with: [0x1F, 0x8B]) {
                    do { inflater = try Inflater() } catch { throw Failure(path: path, problem: "zlib could not start") }
                } else if !bytes.starts(with: Array("WARC/".utf8)) {
                    throw Failure(path: path, problem: "not a WARC crawl (it starts with neither a WARC record nor gzip data)")
                }
            }
            if let inflater {
                do {
                    try bytes.withUnsafeBufferPointer { try inflater.feed($0, deliver) }
                } catch let e as Inflater.Failure {
                    throw Failure(path: path, problem: "corrupt gzip data after \(count(records)) (\(e))")
                }
            } else {
                try deliver(bytes)
            }
        }
        if first { throw Failure(path: path, problem: "empty: no WARC records") }
        do { try inflater?.finish() } catch {
            throw Failure(path: path, problem: "truncated gzip data after \(count(records))")
        }
        if parser.hasPartialRecord {
            throw Failure(path: path, problem: "truncated WARC record after \(count(records))")
        }
    }

    /// The articles in a crawl: every HTML `response` record, extracted. A page that is
    /// not an article (no text, not HTML) goes to `skipped` with its URI and the reason;
    /// the others go to `body` with the page's bytes (which name the article). Throws on
    /// a fault in the file itself, after delivering everything before it.
    public static func articles(
        atPath path: String, skipped: (String) -> Void = { _ in }, _ body: (Article, [UInt8]) throws -> Void
    ) throws {
        try forEachRecord(atPath: path) { try article(in: $0, skipped: skipped, body) }
    }

    /// The same for a crawl already in memory.
    public static func articles(
        in bytes: [UInt8], source: String, skipped: (String) -> Void = { _ in }, _ body: (Article, [UInt8]) throws -> Void
    ) throws {
        try forEachRecord(in: bytes, source: source) { try article(in: $0, skipped: skipped, body) }
    }

    static func article(in record: Record, skipped: (String) -> Void, _ body: (Article, [UInt8]) throws -> Void) throws {
        guard record.type == "response", let uri = record.targetURI else { return }
        switch HTTPResponse.parse(record.block) {
        case .failure(let problem):
            skipped("\(uri): \(problem.message)")
        case .success(let response):
            guard response.status == 200 else { return skipped("\(uri): HTTP status \(response.status)") }
            guard response.isHTML else { return }
            let article: Article
            do {
                article = try HTMLExtractor.extract(response.body, source: uri, url: uri, charset: response.charset)
            } catch {
                return skipped("\(uri): \(error)")
            }
            try body(article, response.body)
        }
    }
}

func count(_ records: Int) -> String { records == 1 ? "1 record" : "\(records) records" }

/// Splits a decompressed WARC stream into records: a header block ending in a blank line,
/// `Content-Length` bytes of content, then two line ends.
struct RecordParser {
    struct Problem: Error {
        var message: String
    }

    static let maxRecordBytes = 64 << 20

    private var buffer: [UInt8] = []
    private var start = 0

    var hasPartialRecord: Bool { buffer[start...].contains { $0 != 0x0D && $0 != 0x0A } }

    mutating func append(_ bytes: ArraySlice<UInt8>, _ emit: (WARC.Record) throws -> Void) throws {
        buffer.append(contentsOf: bytes)
        while let record = try next() { try emit(record) }
        // Drop what has been consumed once it is most of the buffer.
        if start > buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }

    private mutating func next() throws -> WARC.Record? {
        // Line ends between records.
        while start < buffer.count, buffer[start] == 0x0D || buffer[start] == 0x0A { start += 1 }
        guard start < buffer.count else { return nil }
        guard let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], from: start) else {
            if buffer.count - start > 1 << 20 { throw Problem(message: "a record header longer than 1 MB") }
            return nil
        }
        let headerBytes = buffer[start..<headerEnd]
        guard headerBytes.starts(with: Array("WARC/".utf8)) else { throw Problem(message: "not a WARC record header") }
        let headers = parseHeaders(headerBytes)
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            throw Problem(message: "a record without Content-Length")
        }
        // Crawlers cut pages at a few MB; a larger record is a broken length.
        guard length <= RecordParser.maxRecordBytes else {
            throw Problem(message: "a record of \(length / 1_000_000) MB (the limit is \(RecordParser.maxRecordBytes >> 20) MB)")
        }
        let contentStart = headerEnd + 4
        guard buffer.count - contentStart >= length else { return nil }
        let block = Array(buffer[contentStart..<(contentStart + length)])
        start = contentStart + length
        return WARC.Record(headers: headers, block: block)
    }

    private func find(_ pattern: [UInt8], from: Int) -> Int? {
        var i = from
        let last = buffer.count - pattern.count
        while i <= last {
            if buffer[i] == pattern[0] && buffer[i + 1] == pattern[1] && buffer[i + 2] == pattern[2] && buffer[i + 3] == pattern[3] {
                return i
            }
            i += 1
        }
        return nil
    }
}

/// "Name: value" lines after a first line; names lowercased, first value wins.
func parseHeaders(_ bytes: ArraySlice<UInt8>) -> [String: String] {
    var headers: [String: String] = [:]
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\r\n").dropFirst() {
        guard let colon = line.firstIndex(of: ":") else { continue }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if headers[name] == nil { headers[name] = value }
    }
    return headers
}

/// The HTTP response inside a WARC `response` record.
struct HTTPResponse {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    var contentType: String { headers["content-type"]?.lowercased() ?? "" }
    var isHTML: Bool { contentType.isEmpty || contentType.contains("html") }
    var charset: String? {
        guard let r = contentType.range(of: "charset=") else { return nil }
        let value = contentType[r.upperBound...].prefix { $0 != ";" && $0 != " " }
        return value.isEmpty ? nil : value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    }

    static func parse(_ block: [UInt8]) -> Result<HTTPResponse, RecordParser.Problem> {
        guard let end = firstIndex(of: [0x0D, 0x0A, 0x0D, 0x0A], in: block) else { return .failure(RecordParser.Problem(message: "no HTTP header")) }
        let head = block[0..<end]
        let statusLine = String(decoding: head.prefix { $0 != 0x0D }, as: UTF8.self)
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
            return .failure(RecordParser.Problem(message: "not an HTTP response"))
        }
        let headers = parseHeaders(head)
        var body = Array(block[(end + 4)...])
        // Crawlers usually store bodies decoded; when they did not, undo the transfer.
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            guard let plain = dechunk(body) else { return .failure(RecordParser.Problem(message: "broken chunked encoding")) }
            body = plain
        }
        if let encoding = headers["content-encoding"]?.lowercased(), encoding.contains("gzip") {
            guard let plain = gunzip(body) else { return .failure(RecordParser.Problem(message: "broken gzip content encoding")) }
            body = plain
        }
        return .success(HTTPResponse(status: status, headers: headers, body: body))
    }

    static func dechunk(_ data: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < data.count {
            guard let lineEnd = firstIndex(of: [0x0D, 0x0A], in: data, from: i) else { return nil }
            let sizeText = String(decoding: data[i..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { return nil }
            if size == 0 { return out }
            let chunkStart = lineEnd + 2
            guard chunkStart + size <= data.count else { return nil }
            out += data[chunkStart..<(chunkStart + size)]
            i = chunkStart + size + 2
        }
        return out
    }

    static func gunzip(_ data: [UInt8]) -> [UInt8]? {
        guard let inflater = try? Inflater() else { return nil }
        var out: [UInt8] = []
        do {
            try data.withUnsafeBufferPointer { try inflater.feed($0) { out += $0 } }
            try inflater.finish()
        } catch {
            return nil
        }
        return out
    }
}

func firstIndex(of pattern: [UInt8], in data: [UInt8], from: Int = 0) -> Int? {
    guard data.count >= pattern.count else { return nil }
    var i = from
    while i <= data.count - pattern.count {
        if data[i] == pattern[0] && data[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
        i += 1
    }
    return nil
}
