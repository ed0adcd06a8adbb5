import ArgumentParser
import Foundation
import Synchronization
import HearsayFetch
import HearsayRead
import HearsayModel

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract articles from web pages: body text, headline, byline, date, outlet.",
        discussion: """
            Reads HTML files (and plain-text or Markdown articles) and http(s) URLs and prints \
            one article per page. A page that cannot be read is reported on stderr as one line \
            naming it; the other pages are still printed, and the exit status is 1.
            """)

    @Argument(help: "HTML files or http(s) URLs.")
    var inputs: [String]

    @Option(help: "jsonl (one Article per line, the machine interface), json or text.")
    var format: OutputFormat = .text

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give HTML files or URLs") }
    }

    func run() async throws {
        let results = await PageExtraction.extractAll(inputs)
        var failed = 0
        var out = ""
        var articles: [Article] = []
        for r in results {
            switch r {
            case .success(let a): articles.append(a)
            case .failure(let e):
                failed += 1
                Terminal.error("hearsay: \(e.description)")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        switch format {
        case .jsonl:
            for a in articles { out += String(decoding: try encoder.encode(a), as: UTF8.self) + "\n" }
        case .json:
            encoder.outputFormatting.insert(.prettyPrinted)
            out = String(decoding: try encoder.encode(articles), as: UTF8.self) + "\n"
        case .text, .markdown:
            out = articles.map(Self.render).joined(separator: "\n")
        }
        try Self.failing { try Terminal.write(out) }
        if failed > 0 { throw ExitCode(1) }
    }

    static func render(_ a: Article) -> String {
        var lines = ["# \(a.title.isEmpty ? "(no headline)" : a.title)", "source: \(a.source)"]
        for (label, value) in [("outlet", a.outlet), ("byline", a.byline), ("published", a.published), ("url", a.url), ("language", a.language)] {
            if let value { lines.append("\(label): \(value)") }
        }
        return lines.joined(separator: "\n") + "\n\n" + a.body + "\n"
    }
}

/// One input that could not be extracted: names it and says why, on one line.
struct ExtractionError: Error, CustomStringConvertible {
    var input: String
    var problem: String
    var description: String { "\(input): \(problem)" }
}

enum PageExtraction {
    static func isURL(_ input: String) -> Bool { input.hasPrefix("http://") || input.hasPrefix("https://") }

    /// Extracts every input, in input order: files on all cores (pages are independent),
    /// URLs one after another, politely.
    static func extractAll(_ inputs: [String]) async -> [Result<Article, ExtractionError>] {
        var results = await extractFiles(inputs)
        let urls = inputs.indices.filter { isURL(inputs[$0]) }
        guard !urls.isEmpty else { return results.map { $0! } }
        let http = HTTPFetcher()
        let fetcher = Retrying(http, attempts: 3, base: .seconds(1))
        let politeness = Politeness(delay: .seconds(1))
        for i in urls { results[i] = await extractURL(inputs[i], fetcher: fetcher, politeness: politeness) }
        await http.shutdown()
        return results.map { $0! }
    }

    static func extractURL(_ url: String, fetcher: some PageFetcher, politeness: Politeness) async -> Result<Article, ExtractionError> {
        await politeness.turn(for: url)
        do {
            let page = try await fetcher.fetch(FetchRequest(url: url))
            return .success(try WebArticleReader.read(html: page.body, source: url, url: page.url, charset: page.charset))
        } catch let e as FetchError {
            return .failure(ExtractionError(input: url, problem: e.problem))
        } catch let e as ReadError {
            return .failure(ExtractionError(input: url, problem: e.message))
        } catch {
            return .failure(ExtractionError(input: url, problem: "\(error)"))
        }
    }

    static func extractFiles(_ inputs: [String]) async -> [Result<Article, ExtractionError>?] {
        let files = inputs.indices.filter { !isURL(inputs[$0]) }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
        // Workers take the next file when they are free: page sizes vary a hundredfold.
        let next = Counter()
        return await withTaskGroup(of: [(Int, Result<Article, ExtractionError>)].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var done: [(Int, Result<Article, ExtractionError>)] = []
                    while case let k = next.take(), k < files.count {
                        done.append((files[k], extractFile(inputs[files[k]])))
                    }
                    return done
                }
            }
            var results = [Result<Article, ExtractionError>?](repeating: nil, count: inputs.count)
            for await part in group { for (i, r) in part { results[i] = r } }
            return results
        }
    }

    /// No page is this large; reading one would only exhaust memory.
    static let maxPageBytes = 32 << 20

    static func extractFile(_ path: String) -> Result<Article, ExtractionError> {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: maxPageBytes)
        } catch .tooLarge(let size) {
            return .failure(ExtractionError(input: path, problem: "too large for one page (\(size / 1_000_000) MB; the limit is \(maxPageBytes >> 20) MB)"))
        } catch {
            return .failure(ExtractionError(input: path, problem: error == .missing ? "no such file" : "cannot be read"))
        }
        // A text or Markdown article is read as `analyze` reads it (headline, byline, date
        // and masthead lines); a page with the web reader; anything else is no one page.
        let kind = InputKind.of(path: path, head: bytes.prefix(1024))
        do {
            switch kind {
            case .text, .markdown: return .success(try TextArticleReader.read(bytes, source: path, markdown: kind == .markdown))
            case .html: return .success(try WebArticleReader.read(html: bytes, source: path))
            case .jsonLines, .json, .warc, .feed:
                return .failure(ExtractionError(input: path, problem: "not a web page but \(kind.noun); `hearsay analyze` or `ingest` reads it"))
            }
        } catch {
            return .failure(ExtractionError(input: path, problem: error.message))
        }
    }
}

/// Hands out 0, 1, 2, ... to any number of tasks.
final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    func take() -> Int { value.add(1, ordering: .relaxed).oldValue }
}
