import ArgumentParser
import Foundation
import HearsayCluster
import HearsayText

struct ClusterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group a stream of articles into stories as they arrive.",
        discussion: """
            FILE holds one JSON object a line, in arrival order: {"id", "title", "body", \
            "published" (optional, ISO 8601), "language" (optional)}. Each article's story is \
            decided from the lines before it and itself, as a live feed would be. With \
            --format jsonl, prints {"id", "story"} for every line, in order; the default text \
            lists the stories, largest first. Nothing is printed unless every line is valid.
            """)

    @Argument(help: "A JSON Lines file of articles.")
    var file: String

    @Option(help: "text or jsonl.")
    var format: OutputFormat = .text

    @Option(help: "Score an article needs to join a story (higher: more, smaller stories).")
    var threshold: Double?

    @Option(help: ArgumentHelp(
        "A JSON object of clustering settings to change (names as in ClusterConfiguration).",
        valueName: "file"))
    var settings: String?

    @Flag(name: [.short, .long], help: "No progress on stderr.")
    var quiet = false

    func run() async throws {
        try await Self.failing {
            guard format == .text || format == .jsonl else {
                throw Failure(message: "cluster prints text or jsonl, not \(format.rawValue)")
            }
            var configuration = try settings.map(Self.configuration(from:)) ?? ClusterConfiguration()
            if let threshold { configuration.threshold = threshold }
            var clusterer = OnlineClusterer(configuration: configuration)
            let progress = Progress(label: "clustering", quiet: quiet)
            let assignments = try await ClusterInput.assignAll(in: file, to: &clusterer, keepTitles: format == .text) {
                progress.note("\($0) articles, \($1) stories open")
            }
            progress.finish()
            var out = ""
            switch format {
            case .jsonl:
                out.reserveCapacity(assignments.count * 48)
                for a in assignments {
                    out += "{\"id\":" + ClusterInput.quoted(a.id) + ",\"story\":" + ClusterInput.quoted(a.story) + "}\n"
                }
            default:
                out = Self.summary(assignments)
            }
            try Terminal.write(out)
        }
    }

    /// The defaults with the settings a file names; an unknown name is an error rather than
    /// a silent no-op, since a mistyped setting would otherwise tune nothing.
    static func configuration(from path: String) throws -> ClusterConfiguration {
        let given: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
            else { throw Failure(message: "\(path): settings must be one JSON object") }
            given = object
        } catch let f as Failure {
            throw f
        } catch {
            throw Failure(message: "\(path): cannot read the settings: not a readable JSON file")
        }
        let defaults = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ClusterConfiguration())) as! [String: Any]
        if let unknown = given.keys.sorted().first(where: { defaults[$0] == nil }) {
            throw Failure(message: "\(path): unknown clustering setting \"\(unknown)\"")
        }
        do {
            let merged = try JSONSerialization.data(withJSONObject: defaults.merging(given) { $1 })
            return try JSONDecoder().decode(ClusterConfiguration.self, from: merged)
        } catch {
            throw Failure(message: "\(path): a clustering setting has the wrong type")
        }
    }

    /// Stories largest first, each with its first few headlines.
    static func summary(_ assignments: [(id: String, story: String, title: String)]) -> String {
        var order: [String] = []
        var titles: [String: [String]] = [:]
        for a in assignments {
            if titles[a.story] == nil { order.append(a.story) }
            titles[a.story, default: []].append(a.title)
        }
        let ranked = order.enumerated().sorted {
            titles[$0.element]!.count != titles[$1.element]!.count
                ? titles[$0.element]!.count > titles[$1.element]!.count : $0.offset < $1.offset
        }
        var out = "\(assignments.count) articles in \(order.count) stories\n"
        for (_, story) in ranked {
            let ts = titles[story]!
            out += "\n\(story) (\(ts.count) article\(ts.count == 1 ? "" : "s"))\n"
            for t in ts.prefix(5) { out += "  \(t.isEmpty ? "(no title)" : t)\n" }
            if ts.count > 5 { out += "  ... and \(ts.count - 5) more\n" }
        }
        return out
    }
}

/// The `cluster` input, read a batch of lines at a time so that a long stream never sits in
/// memory. Reading an article's terms is pure and most of the work outside the clusterer, so
/// it runs on the other cores: while one batch is clustered, the next is decoded and its
/// terms read. The clusterer still takes the articles one by one in file order, so the
/// stories are the same as with one thread.
enum ClusterInput {
    struct Record: Decodable {
        var id: String
        var title: String?
        var body: String?
        var published: String?
    }

    /// One article ready for the clusterer.
    struct Prepared: Sendable {
        var id: String
        var title: String
        var terms: ArticleTerms
        var published: String?
    }

    /// Complete lines cut from the file, with their line numbers (counted from 1).
    struct Batch: Sendable {
        var bytes: [UInt8]
        var lines: [(number: Int, range: Range<Int>)]
    }

    /// Assigns every article of the file in order and returns (id, story, title) for each;
    /// titles only when `keepTitles`. `readSize` is how many bytes each batch reads.
    static func assignAll(
        in path: String, to clusterer: inout OnlineClusterer, keepTitles: Bool, readSize: Int = 1 << 20,
        progress: (_ articles: Int, _ openStories: Int) -> Void = { _, _ in }
    ) async throws -> [(id: String, story: String, title: String)] {
        var reader = try LineReader(path: path, readSize: readSize)
        let extractor = clusterer.extractor
        func start(_ batch: Batch?) -> Task<[Prepared], any Error>? {
            batch.map { b in Task { try await prepare(b, path: path, extractor: extractor, keepTitles: keepTitles) } }
        }
        var assignments: [(id: String, story: String, title: String)] = []
        var pending = start(try reader.next())
        while let task = pending {
            let batch = try await task.value
            pending = start(try reader.next())
            for a in batch {
                assignments.append((a.id, clusterer.assign(id: a.id, terms: a.terms, published: a.published), a.title))
            }
            progress(assignments.count, clusterer.openStories)
        }
        return assignments
    }

    /// Decodes a batch and reads its articles' terms, one slice of lines per core. A bad
    /// line stops the run with the error of the first one in the file.
    static func prepare(_ batch: Batch, path: String, extractor: TermExtractor, keepTitles: Bool) async throws -> [Prepared] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, batch.lines.count))
        let step = (batch.lines.count + workers - 1) / max(workers, 1)
        let parts = await withTaskGroup(of: (Int, Result<[Prepared], Failure>).self) { group in
            for w in 0..<workers {
                let lines = batch.lines[min(w * step, batch.lines.count)..<min((w + 1) * step, batch.lines.count)]
                group.addTask {
                    let part = Result { () throws(Failure) in
                        try prepare(lines, of: batch.bytes, path: path, extractor: extractor, keepTitles: keepTitles)
                    }
                    return (w, part)
                }
            }
            var parts = [Result<[Prepared], Failure>?](repeating: nil, count: workers)
            for await (w, part) in group { parts[w] = part }
            return parts
        }
        var out: [Prepared] = []
        out.reserveCapacity(batch.lines.count)
        for part in parts { out += try part!.get() }
        return out
    }

    static func prepare(
        _ lines: ArraySlice<(number: Int, range: Range<Int>)>, of bytes: [UInt8], path: String,
        extractor: TermExtractor, keepTitles: Bool
    ) throws(Failure) -> [Prepared] {
        let decoder = JSONDecoder()
        var out: [Prepared] = []
        out.reserveCapacity(lines.count)
        for (number, range) in lines {
            guard bytes[range].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(bytes[range]))
            } catch {
                throw Failure(message: "\(path): line \(number): \(reason(error))")
            }
            out.append(Prepared(
                id: record.id, title: keepTitles ? record.title ?? "" : "",
                terms: extractor.terms(title: record.title ?? "", body: record.body ?? ""),
                published: record.published.flatMap(DateText.iso)))
        }
        return out
    }

    /// Cuts the file into batches of whole lines.
    struct LineReader {
        let path: String
        let handle: FileHandle
        let readSize: Int
        var pending: [UInt8] = []
        var lineNumber = 0
        var done = false

        init(path: String, readSize: Int) throws {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw Failure(message: "\(path): cannot open the file")
            }
            self.path = path
            self.handle = handle
            self.readSize = readSize
        }

        /// The next lines; nil at the end of the file, where the handle is closed.
        mutating func next() throws -> Batch? {
            while !done {
                let chunk: Data
                do {
                    chunk = try handle.read(upToCount: readSize) ?? Data()
                } catch {
                    throw Failure(message: "\(path): cannot read the file: \(error.localizedDescription)")
                }
                if chunk.isEmpty {
                    done = true
                    try? handle.close()
                    if pending.isEmpty { return nil }
                    let bytes = pending
                    pending = []
                    lineNumber += 1
                    return Batch(bytes: bytes, lines: [(lineNumber, 0..<bytes.count)])
                }
                pending.append(contentsOf: chunk)
                guard let last = pending.lastIndex(of: 0x0A) else { continue }
                var lines: [(number: Int, range: Range<Int>)] = []
                var start = 0
                while let nl = pending[start..<last + 1].firstIndex(of: 0x0A) {
                    lineNumber += 1
                    lines.append((lineNumber, start..<nl))
                    start = nl + 1
                }
                let bytes = Array(pending[..<start])
                pending.removeFirst(start)
                return Batch(bytes: bytes, lines: lines)
            }
            return nil
        }
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _):
            return "the object has no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "\"\(c.codingPath.map(\.stringValue).joined(separator: "."))\" is not a string"
        default:
            return "not valid JSON"
        }
    }

    /// A JSON string literal.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
