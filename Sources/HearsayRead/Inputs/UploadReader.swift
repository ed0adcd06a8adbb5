import Foundation
import HearsayModel

/// Reads articles that arrive as bytes rather than files (an HTTP upload): the kind comes
/// from the media type instead of a file name, and `source` names the upload in errors.
extension ArticleReader {
    /// `url` and `charset` describe an HTML page as HTTP would: its address and the
    /// charset its Content-Type declared. Pages of a WARC crawl that are not articles go to
    /// `skipped`, as `ingest` reports them.
    public func read(
        upload bytes: [UInt8], kind: InputKind, source: String, url: String? = nil, charset: String? = nil,
        skipped: (ReadError) -> Void = { _ in }
    ) throws(ReadError) -> [Article] {
        if bytes.count > maxArticleBytes {
            throw ReadError(path: source, message: "the upload has \(bytes.count) bytes, more than the limit of \(maxArticleBytes)")
        }
        switch kind {
        case .text, .markdown:
            // One page: an all-numeric date has nothing to be read against.
            var one = [try TextArticleReader.read(bytes, source: source, markdown: kind == .markdown)]
            NumericDates.settle(&one)
            return one
        case .jsonLines, .json:
            return try Self.jsonLines(bytes, source: source)
        case .feed:
            return try FeedArticleReader.read(bytes, source: source, problem: skipped)
        case .html:
            return [try WebArticleReader.read(html: bytes, source: source, url: url, charset: charset)]
        case .warc:
            return try WebArticleReader.read(warc: bytes, source: source, problem: skipped)
        }
    }

    /// One JSON object (on any number of lines), an array of them, or JSON Lines: the
    /// record shape of `JSONLinesReader`.
    static func jsonLines(_ bytes: [UInt8], source: String) throws(ReadError) -> [Article] {
        let first = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard let first else { throw ReadError(path: source, message: "the upload is empty") }
        if first == UInt8(ascii: "[") { return try jsonArray(bytes, source: source) }
        if (try? JSONSerialization.jsonObject(with: Data(bytes))) is [String: Any] {
            return [try JSONLinesReader.parse(bytes, path: source, line: 1)]
        }
        var articles: [Article] = []
        var number = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            articles.append(try JSONLinesReader.parse(Array(line), path: source, line: number))
        }
        return articles
    }

    /// Each element is re-serialised with sorted keys, so an element without an `id` gets
    /// the same id however the client ordered its keys.
    static func jsonArray(_ bytes: [UInt8], source: String) throws(ReadError) -> [Article] {
        let elements: [Any]
        do {
            guard let array = try JSONSerialization.jsonObject(with: Data(bytes)) as? [Any] else {
                throw ReadError(path: source, message: "expected an array of article objects")
            }
            elements = array
        } catch let e as ReadError {
            throw e
        } catch {
            throw ReadError(path: source, message: "invalid JSON: \(JSONLinesReader.reason(error))")
        }
        var articles: [Article] = []
        for (i, element) in elements.enumerated() {
            guard element is [String: Any],
                  let data = try? JSONSerialization.data(withJSONObject: element, options: [.sortedKeys])
            else { throw ReadError(path: source, line: i + 1, message: "element \(i + 1) is not an article object") }
            articles.append(try JSONLinesReader.parse([UInt8](data), path: source, line: i + 1))
        }
        return articles
    }
}
