import Foundation
import HearsayModel
import HearsayText
import Synchronization

/// Reads every kind of input into articles: the one entry point for `ingest`, `analyze`
/// and the server.
public struct ArticleReader: Sendable {
    /// A single article file larger than this is refused: no real article is that long,
    /// and reading it would only exhaust memory. JSON Lines files are streamed instead.
    public var maxArticleBytes: Int
    /// A JSON document or a saved feed (many articles, parsed whole) larger than this is
    /// refused: JSON Lines stream any size.
    public var maxDocumentBytes: Int
    public var keepGoing: Bool

    public init(maxArticleBytes: Int = 16 << 20, maxDocumentBytes: Int = 256 << 20, keepGoing: Bool = false) {
        self.maxArticleBytes = maxArticleBytes
        self.maxDocumentBytes = maxDocumentBytes
        self.keepGoing = keepGoing
    }

    /// Reads all `paths` (files or folders). Without `keepGoing` the first problem is
    /// thrown; with it, problems are passed to `problem` and the other inputs are read.
    public func read(
        _ paths: [String], progress: (Int, Int) -> Void = { _, _ in }, problem: (ReadError) -> Void = { _ in }
    ) throws -> [Article] {
        let (files, missing) = InputFiles.expand(paths)
        for e in missing {
            if keepGoing { problem(e) } else { throw e }
        }
        var articles: [Article] = []
        // Batches of a few files per core keep progress moving on large folders.
        let batchSize = 16 * ProcessInfo.processInfo.activeProcessorCount
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(files.count, start + batchSize)])
            let single = readSingleArticles(batch)
            for (k, file) in batch.enumerated() {
                do {
                    if let result = single[k] {
                        articles.append(try result.get())
                    } else {
                        try read(file: file, problem: problem) { articles.append($0) }
                    }
                } catch let e as ReadError {
                    if keepGoing { problem(e) } else { throw e }
                }
                progress(start + k + 1, files.count)
            }
            start += batch.count
        }
        NumericDates.settle(&articles)
        return articles
    }

    /// Files holding one article (text, Markdown, HTML) read on every core, results in the
    /// order of `files`; nil for the files that stream many articles (JSON Lines, WARC),
    /// which are read in turn so their problems are reported in order.
    func readSingleArticles(_ files: [String]) -> [Result<Article, ReadError>?] {
        let results = Slots<Result<Article, ReadError>>(count: files.count)
        let next = Atomic<Int>(0)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Workers take the next file when free: page sizes vary a hundredfold.
            while case let i = next.add(1, ordering: .relaxed).oldValue, i < files.count {
                let kind = Self.kind(of: files[i])
                switch kind {
                case .jsonLines, .json, .warc, .feed:
                    continue
                case .text, .markdown, .html:
                    results.set(i, Result { () throws(ReadError) in try readSingle(files[i], kind: kind) })
                }
            }
        }
        return results.values
    }

    /// A file's kind from its name, else from its first bytes.
    static func kind(of file: String) -> InputKind {
        InputKind.of(path: file) ?? InputKind.of(path: file, head: FileBytes.head(file, count: 1024))
    }

    func readSingle(_ file: String, kind: InputKind) throws(ReadError) -> Article {
        let bytes = try load(file)
        if kind == .html { return try WebArticleReader.read(html: bytes, source: file) }
        return try TextArticleReader.read(bytes, source: file, markdown: kind == .markdown)
    }

    public func read(file: String, problem: (ReadError) -> Void = { _ in }, each: (Article) throws -> Void) throws {
        let kind = Self.kind(of: file)
        switch kind {
        case .jsonLines:
            try JSONLinesReader.read(path: file, keepGoing: keepGoing, problem: problem, each: each)
        case .json:
            for article in try Self.jsonLines(try load(file, limit: maxDocumentBytes), source: file) { try each(article) }
        case .feed:
            for article in try FeedArticleReader.read(try load(file, limit: maxDocumentBytes), source: file, problem: problem) { try each(article) }
        case .text, .markdown, .html:
            try each(try readSingle(file, kind: kind))
        case .warc:
            try WebArticleReader.read(warc: file, problem: problem, each: each)
        }
    }

    func load(_ file: String, limit: Int? = nil) throws(ReadError) -> [UInt8] {
        let limit = limit ?? maxArticleBytes
        do {
            return try FileBytes.read(file, limit: limit)
        } catch .tooLarge(let size) {
            throw ReadError(path: file, message: TextDecoding.Failure.tooLarge(bytes: size, limit: limit).description)
        } catch {
            throw ReadError(path: file, message: "cannot read the file")
        }
    }
}

/// One slot per index, each written by exactly one worker before `values` is read, after
/// the workers have joined: the lock only orders those writes against the final read.
final class Slots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    func set(_ i: Int, _ value: Value) { storage.withLock { $0[i] = value } }

    var values: [Value?] { storage.withLock { $0 } }
}
