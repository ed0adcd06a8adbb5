import ArgumentParser
import Foundation
import HearsayModel
import HearsayStance
import HearsayText

struct StanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Does an article support, deny or just report a claim?",
        discussion: """
            `--claim TEXT PATH...` classifies each article read from PATH against the claim and \
            shows the sentence that carries its stance. `--pairs FILE.jsonl` classifies \
            {"id", "claim", "title", "body"} lines (a pair with no body is judged on its title) \
            and prints {"id", "stance", "confidence"} per line with --format jsonl. Stances: \
            supports, denies, reports, unrelated.
            """)

    @Option(help: "The claim to test the articles against.")
    var claim: String?

    @Option(help: "A JSON Lines file of claim/article pairs.")
    var pairs: String?

    @Argument(help: "Files or folders of articles (with --claim).")
    var paths: [String] = []

    @Option(help: "text, json or jsonl.")
    var format: OutputFormat = .text

    @Option(help: "A weights file from `hearsay train-stance` (default: the shipped one).")
    var model: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        switch (claim, pairs) {
        case (nil, nil): throw ValidationError("give --claim TEXT with files, or --pairs FILE.jsonl")
        case (.some, .some): throw ValidationError("give --claim or --pairs, not both")
        case (.some, nil) where paths.isEmpty: throw ValidationError("give the files or folders to test the claim against")
        case (nil, .some) where !paths.isEmpty: throw ValidationError("--pairs reads its file only; drop the other paths")
        default: break
        }
        if format == .markdown { throw ValidationError("--format is text, json or jsonl") }
    }

    func run() async throws {
        do {
            let classifier = try loadModel()
            if let pairs {
                try await classifyPairs(pairs, classifier)
            } else if let claim {
                try await classifyArticles(claim, classifier)
            }
        } catch let f as Failure {
            Terminal.error("hearsay: \(f.message)")
            throw ExitCode(1)
        }
    }

    func loadModel() throws -> StanceModel {
        do {
            if let model { return try StanceModel.load(URL(fileURLWithPath: model)) }
            return try StanceModel.shipped()
        } catch let e as StanceModel.LoadError {
            throw Failure(message: e.description)
        } catch {
            throw Failure(message: "\(model ?? "stance model"): \(error.localizedDescription)")
        }
    }

    func classifyPairs(_ path: String, _ model: StanceModel) async throws {
        let rows = try PairsFile.read(path)
        let results = await model.classify(rows)
        var out = ""
        out.reserveCapacity(rows.count * 60)
        switch format {
        case .jsonl, .json:
            for (row, r) in zip(rows, results) {
                let line = PairOutput(id: row.id, stance: r.stance.rawValue, confidence: (r.confidence * 1000).rounded() / 1000)
                out += try JSON.encode(line, pretty: false) + "\n"
            }
        case .text, .markdown:
            for (row, r) in zip(rows, results) {
                out += "\(row.id)\t\(r.stance.rawValue)\t\(String(format: "%.3f", r.confidence))\n"
            }
        }
        try Terminal.write(out)
    }

    struct PairOutput: Encodable {
        var id: String
        var stance: String
        var confidence: Double
    }

    struct ArticleOutput: Encodable {
        var article: String
        var source: String
        var title: String
        var stance: String
        var confidence: Double
        var evidence: String?
    }

    func classifyArticles(_ claim: String, _ model: StanceModel) async throws {
        let articles = try input.readArticles(paths)
        guard !articles.isEmpty else { throw Failure(message: "no articles found in \(paths.joined(separator: ", "))") }
        let claimProfile = model.profile(claim: claim)
        let outputs = articles.map { a in
            let r = model.classify(StancePair(id: a.id, claim: claim, title: a.title, body: a.body))
            let document = TextDocument(a.body)
            let evidence = StanceEvidence.sentence(for: r.stance, claim: claimProfile, in: document).map(document.sentenceText)
            return ArticleOutput(
                article: a.id, source: a.source, title: a.title, stance: r.stance.rawValue,
                confidence: (r.confidence * 1000).rounded() / 1000, evidence: evidence)
        }
        switch format {
        case .json:
            try Terminal.write(try JSON.encode(outputs, pretty: true) + "\n")
        case .jsonl:
            try Terminal.write(try outputs.map { try JSON.encode($0, pretty: false) + "\n" }.joined())
        case .text, .markdown:
            var text = "Claim: \(claim)\n\n"
            for o in outputs {
                let name = o.title.isEmpty ? o.source : o.title
                text += "\(o.stance.padding(toLength: 9, withPad: " ", startingAt: 0)) \(String(format: "%3.0f%%", o.confidence * 100))  \(name)\n"
                if !o.title.isEmpty { text += "               \(o.source)\n" }
                if let e = o.evidence { text += "               \u{201C}\(e)\u{201D}\n" }
            }
            let counts = Dictionary(grouping: outputs, by: \.stance).mapValues(\.count)
            text += "\n" + Stance.allCases.compactMap { s in counts[s.rawValue].map { "\($0) \(s.rawValue)" } }.joined(separator: ", ") + "\n"
            try Terminal.write(text)
        }
    }
}

/// Reads the `--pairs` JSON Lines file, all or nothing: a bad line stops with its number.
enum PairsFile {
    struct Line: Decodable {
        var id: String?
        var claim: String?
        var title: String?
        var body: String?

        enum CodingKeys: String, CodingKey { case id, claim, title, body }

        // Pipelines often number their pairs: a numeric id is taken as its digits.
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            if let n = try? c.decodeIfPresent(Int.self, forKey: .id) { id = String(n) } else {
                id = try c.decodeIfPresent(String.self, forKey: .id)
            }
            claim = try c.decodeIfPresent(String.self, forKey: .claim)
            title = try c.decodeIfPresent(String.self, forKey: .title)
            body = try c.decodeIfPresent(String.self, forKey: .body)
        }
    }

    static func read(_ path: String) throws -> [StancePair] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: "\(path): cannot read the file")
        }
        let decoder = JSONDecoder()
        var rows: [StancePair] = []
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let parsed: Line
            do { parsed = try decoder.decode(Line.self, from: line) } catch {
                throw Failure(message: "\(path):\(lineNumber): not a JSON object")
            }
            guard let claim = parsed.claim else { throw Failure(message: "\(path):\(lineNumber): no \"claim\"") }
            guard parsed.body != nil || parsed.title != nil else {
                throw Failure(message: "\(path):\(lineNumber): no \"body\" or \"title\"")
            }
            rows.append(StancePair(id: parsed.id ?? String(lineNumber), claim: claim, title: parsed.title, body: parsed.body ?? ""))
        }
        return rows
    }
}
