import ArgumentParser
import Foundation
import HearsayHTML
import HearsayModel

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract articles from web pages: body text, headline, byline, date, outlet.",
        discussion: """
            Reads HTML files and prints one article per page. A page that cannot be read is \
            reported on stderr as one line naming it; the other pages are still printed, and \
            the exit status is 1.
            """)

    @Argument(help: "HTML files.")
    var inputs: [String]

    @Option(help: "jsonl (one Article per line, the machine interface), json or text.")
    var format: OutputFormat = .text

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give HTML files") }
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
                FileHandle.standardError.write(Data("hearsay: \(e.description)\n".utf8))
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
        FileHandle.standardOutput.write(Data(out.utf8))
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
    /// Extracts every input, in input order, using all cores: pages are independent.
    static func extractAll(_ inputs: [String]) async -> [Result<Article, ExtractionError>] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, inputs.count))
        return await withTaskGroup(of: [(Int, Result<Article, ExtractionError>)].self) { group in
            for w in 0..<workers {
                group.addTask {
                    stride(from: w, to: inputs.count, by: workers).map { ($0, extractFile(inputs[$0])) }
                }
            }
            var results = [Result<Article, ExtractionError>?](repeating: nil, count: inputs.count)
            for await part in group { for (i, r) in part { results[i] = r } }
            return results.map { $0! }
        }
    }

    static func extractFile(_ path: String) -> Result<Article, ExtractionError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(ExtractionError(input: path, problem: exists ? "cannot be read" : "no such file"))
        }
        do {
            return .success(try HTMLExtractor.extract([UInt8](data), source: path))
        } catch {
            return .failure(ExtractionError(input: path, problem: error.description))
        }
    }
}
