import Foundation
import HearsayModel
import HearsayText

/// Reads JSON Lines of articles (`{"id","title","body","url","outlet","published"}`, plus
/// any other Article field), one object a line, streamed so that a large file never sits
/// in memory whole. Bodies are cleaned like text articles.
public enum JSONLinesReader {
    /// One line longer than this is refused rather than loaded.
    public static let maxLineBytes = 32 << 20

    struct Record: Decodable {
        var id: String?
        var title: String?
        var headline: String?
        var body: String?
        var text: String?
        var url: String?
        var outlet: String?
        var published: String?
        var byline: String?
        var language: String?
        var tickers: [String]?
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
        let title = (record.title ?? record.headline ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let rawBody = record.body ?? record.text ?? ""
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
        default: return "\(error)"
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
