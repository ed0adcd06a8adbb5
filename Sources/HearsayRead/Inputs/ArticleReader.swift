import Foundation
import HearsayModel
import HearsayText

/// Reads every kind of input into articles: the one entry point for `ingest`, `analyze`
/// and the server.
public struct ArticleReader: Sendable {
    /// A single article file larger than this is refused: no real article is that long,
    /// and reading it would only exhaust memory. JSON Lines files are streamed instead.
    public var maxArticleBytes: Int
    public var keepGoing: Bool

    public init(maxArticleBytes: Int = 16 << 20, keepGoing: Bool = false) {
        self.maxArticleBytes = maxArticleBytes
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
        for (n, file) in files.enumerated() {
            do {
                try read(file: file, problem: problem) { articles.append($0) }
            } catch let e as ReadError {
                if keepGoing { problem(e) } else { throw e }
            }
            progress(n + 1, files.count)
        }
        return articles
    }

    public func read(file: String, problem: (ReadError) -> Void = { _ in }, each: (Article) throws -> Void) throws {
        switch InputKind.of(path: file) ?? .text {
        case .jsonLines:
            try JSONLinesReader.read(path: file, keepGoing: keepGoing, problem: problem, each: each)
        case .text, .markdown:
            let bytes = try load(file)
            try each(try TextArticleReader.read(bytes, source: file, markdown: InputKind.of(path: file) == .markdown))
        case .html:
            try each(try WebArticleReader.read(html: try load(file), source: file))
        case .warc:
            try WebArticleReader.read(warc: file, problem: problem, each: each)
        }
    }

    func load(_ file: String) throws(ReadError) -> [UInt8] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if size > maxArticleBytes {
            throw ReadError(path: file, message: TextDecoding.Failure.tooLarge(bytes: size, limit: maxArticleBytes).description)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ReadError(path: file, message: "cannot read the file")
        }
        return [UInt8](data)
    }
}
