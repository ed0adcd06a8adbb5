import ArgumentParser
import Foundation
import HearsayFetch
import HearsayModel
import HearsayRead

/// Options shared by the commands that read inputs.
struct InputOptions: ParsableArguments {
    @Flag(name: .long, help: "Skip inputs that cannot be read (each reported on stderr) instead of stopping at the first.")
    var keepGoing = false

    @Flag(name: [.short, .long], help: "No progress or warnings on stderr.")
    var quiet = false

    /// Reads `paths`, showing progress on a terminal, and turns problems into one-line
    /// errors: fatal without --keep-going, warnings with it.
    func readArticles(_ paths: [String]) throws -> [Article] {
        let reader = ArticleReader(keepGoing: keepGoing)
        let progress = Progress(label: "reading", quiet: quiet)
        let files = paths.filter { !WebPages.isURL($0) }
        var articles: [Article] = []
        do {
            if !files.isEmpty { articles = try reader.read(files, progress: progress.update, problem: { warn("\($0)") }) }
            progress.finish()
        } catch let e as ReadError {
            progress.finish()
            throw Failure(message: e.description)
        }
        // Pages named by URL are fetched after the files are read.
        for result in WebPages.read(paths.filter(WebPages.isURL)) {
            switch result {
            case .success(let a): articles.append(a)
            case .failure(let e):
                if keepGoing { warn("\(e)") } else { throw Failure(message: e.description) }
            }
        }
        return articles
    }

    func warn(_ message: String) {
        if !quiet { Terminal.error("warning: \(message)") }
    }
}

/// A fatal problem: printed as one line "hearsay: message" and exit status 1.
struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

enum Terminal {
    static func error(_ line: String) {
        // Nothing more can be said when stderr itself cannot be written.
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// A full disk or a closed pipe is a one-line error, not a crash.
    static func write(_ text: String) throws(Failure) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) }
            throw Failure(message: "cannot write the output: \(reason ?? error.localizedDescription)")
        }
    }
}

/// A one-line counter on stderr, only when stderr is a terminal and not --quiet.
final class Progress: @unchecked Sendable {
    let label: String
    let enabled: Bool
    var shown = false

    init(label: String, quiet: Bool) {
        self.label = label
        self.enabled = !quiet && Terminal.stderrIsTerminal
    }

    func update(_ done: Int, _ total: Int) {
        guard done == total || done % 25 == 0 else { return }
        note("\(done)/\(total)")
    }

    /// For work whose total is not known in advance.
    func note(_ text: String) {
        guard enabled else { return }
        try? FileHandle.standardError.write(contentsOf: Data("\r\(label) \(text)".utf8))
        shown = true
    }

    func finish() {
        if shown { try? FileHandle.standardError.write(contentsOf: Data("\n".utf8)) }
        shown = false
    }
}

extension ParsableCommand {
    /// Runs `body`, turning `Failure` into a one-line error and exit status 1.
    static func failing(_ body: () throws -> Void) throws {
        do { try body() } catch let f as Failure {
            Terminal.error("hearsay: \(f.message)")
            throw ExitCode(1)
        }
    }

    static func failing(_ body: () async throws -> Void) async throws {
        do { try await body() } catch let f as Failure {
            Terminal.error("hearsay: \(f.message)")
            throw ExitCode(1)
        }
    }
}

enum JSON {
    static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
