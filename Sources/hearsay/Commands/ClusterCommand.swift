import ArgumentParser
import Foundation
import HearsayCluster
import HearsayText

struct ClusterCommand: ParsableCommand {
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

    func run() throws {
        try Self.failing {
            guard format == .text || format == .jsonl else {
                throw Failure(message: "cluster prints text or jsonl, not \(format.rawValue)")
            }
            var configuration = try settings.map(Self.configuration(from:)) ?? ClusterConfiguration()
            if let threshold { configuration.threshold = threshold }
            var clusterer = OnlineClusterer(configuration: configuration)
            var assignments: [(id: String, story: String, title: String)] = []
            try ClusterInput.forEachRecord(in: file) { record in
                let story = clusterer.assign(
                    id: record.id, title: record.title ?? "", body: record.body ?? "",
                    published: record.published.flatMap(DateText.iso))
                assignments.append((record.id, story, format == .text ? record.title ?? "" : ""))
            }
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
            FileHandle.standardOutput.write(Data(out.utf8))
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

/// The `cluster` input, read a line at a time so that a long stream never sits in memory.
enum ClusterInput {
    struct Record: Decodable {
        var id: String
        var title: String?
        var body: String?
        var published: String?
    }

    /// Calls `each` for every non-blank line; the first bad line stops the run with a
    /// one-line error naming the file and the line.
    static func forEachRecord(in path: String, _ each: (Record) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(message: "\(path): cannot open the file")
        }
        defer { try? handle.close() }
        let decoder = JSONDecoder()
        var lineNumber = 0
        var pending: [UInt8] = []
        func line(_ line: ArraySlice<UInt8>) throws {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(line))
            } catch {
                throw Failure(message: "\(path): line \(lineNumber): \(reason(error))")
            }
            try each(record)
        }
        while true {
            let chunk: Data
            do {
                guard let data = try handle.read(upToCount: 1 << 20), !data.isEmpty else { break }
                chunk = data
            } catch {
                throw Failure(message: "\(path): cannot read the file: \(error.localizedDescription)")
            }
            pending.append(contentsOf: chunk)
            var start = 0
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                try line(pending[start..<nl])
                start = nl + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try line(pending[...]) }
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
