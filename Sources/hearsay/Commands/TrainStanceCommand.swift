import ArgumentParser
import CSV
import Foundation
import HearsayModel
import HearsayStance

struct TrainStanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-stance",
        abstract: "Train the stance classifier from FNC-1 and Emergent training data.",
        discussion: """
            With the defaults it reproduces the shipped weights byte for byte. --hold-out 0.2 \
            keeps a fifth of the headlines (and of the Emergent claims) out of training and, \
            with --write-dev DIR, writes them as CSV files that `score-stance` reads \
            (bodies.csv, stances.csv, emergent.csv).
            """)

    @Option(help: "Folder with FNC-1's train_bodies.csv and train_stances.csv.")
    var fnc = "../shared/data/fnc1"

    @Option(help: "Emergent's training CSV (claim headline, article headline, stance).")
    var emergent = "../shared/data/emergent/url-versions-2015-06-14-clean-train.csv"

    @Option(help: "Where to write the weights.")
    var out = "Sources/HearsayStance/Resources/stance-model.json"

    @Option(help: "Share of headlines and Emergent claims to hold out (0 trains on all).")
    var holdOut = 0.0

    @Option(help: "Hold out whole headlines (headline) or whole stories with their bodies (story).")
    var split: String = DevSplit.headline.rawValue

    @Option(help: "Write the held-out pairs as CSV files into this folder.")
    var writeDev: String?

    @Option(help: "Random seed for the split, initial weights and shuffling.")
    var seed: UInt64 = 1

    @Option(help: "Folds for the title head's cross-validation (0 or 1: none).")
    var folds = 10

    @Option(help: "Epochs of the body head.")
    var epochs: Int?

    @Option(help: "Hidden units of the body head.")
    var hidden: Int?

    @Option(help: "Words in the body head's vocabulary.")
    var vocabulary: Int?

    @Option(help: "Loss weight of `denies` pairs in the body head (the rarest class; default 2).")
    var deniesWeight: Float?

    @Option(help: "Share of body-head examples also trained without the body's words.")
    var bodyWordDropout: Double?

    @Option(help: "Epochs of the title head.")
    var titleEpochs: Int?

    @Option(help: "Hidden units of the title head.")
    var titleHidden: Int?

    @Option(help: "Training headlines an n-gram needs to enter the title head's vocabulary.")
    var titleMinCount: Int?

    @Option(help: "Dropout of the title head.")
    var titleDropout: Float?

    @Option(help: "Networks averaged in the title head.")
    var titleEnsemble: Int?

    func validate() throws {
        guard (0..<1).contains(holdOut) else { throw ValidationError("--hold-out is a share in [0, 1)") }
        guard DevSplit(rawValue: split) != nil else { throw ValidationError("--split is headline or story") }
        if writeDev != nil && holdOut == 0 { throw ValidationError("--write-dev needs --hold-out above 0") }
    }

    func run() async throws {
        do {
            let corpus = try StanceCSV.corpus(fnc: fnc, emergent: emergent)
            var plan = StanceTrainingPlan()
            plan.holdOut = holdOut
            plan.split = DevSplit(rawValue: split)!
            plan.seed = seed
            plan.folds = folds
            plan.body.seed = seed
            plan.title.seed = seed
            if let epochs { plan.body.epochs = epochs }
            if let hidden { plan.body.hidden = hidden }
            if let vocabulary { plan.vocabularySize = vocabulary }
            if let deniesWeight { plan.body.classWeights = [1, deniesWeight, 1, 1] }
            if let bodyWordDropout { plan.bodyWordDropout = bodyWordDropout }
            if let titleEpochs { plan.title.epochs = titleEpochs }
            if let titleHidden { plan.title.hidden = titleHidden }
            if let titleMinCount { plan.titleMinCount = titleMinCount }
            if let titleDropout { plan.title.dropout = titleDropout }
            if let titleEnsemble { plan.titleEnsemble = titleEnsemble }
            let result = await StanceTraining.train(corpus, plan: plan) { Terminal.error($0) }
            let data = try result.model.encoded()
            do { try data.write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
                throw Failure(message: "\(out): cannot write the weights (\(error.localizedDescription))")
            }
            Terminal.error("wrote \(out) (\(data.count / 1024) KB)")
            if let writeDev {
                try StanceCSV.writeDev(result, bodies: corpus.bodies, to: writeDev)
                Terminal.error("wrote the held-out pairs to \(writeDev)/")
            }
        } catch let f as Failure {
            Terminal.error("hearsay: \(f.message)")
            throw ExitCode(1)
        }
    }
}

/// The training data's CSV files, read with CSV.swift (quoted fields span lines in FNC-1's
/// bodies) and written back in the same shapes for the scorer.
enum StanceCSV {
    static let fncLabels: [String: Stance] = ["agree": .supports, "disagree": .denies, "discuss": .reports, "unrelated": .unrelated]
    static let emergentLabels: [String: Stance] = ["for": .supports, "against": .denies, "observing": .reports]

    static func corpus(fnc: String, emergent: String) throws -> StanceCorpus {
        let bodyRows = try rows("\(fnc)/train_bodies.csv", columns: ["Body ID", "articleBody"])
        let bodies = Dictionary(bodyRows.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        let stancePath = "\(fnc)/train_stances.csv"
        let pairs = try rows(stancePath, columns: ["Headline", "Body ID", "Stance"]).enumerated().map { n, r in
            guard let stance = fncLabels[r[2]] else { throw Failure(message: "\(stancePath):\(n + 2): unknown stance \(r[2])") }
            guard bodies[r[1]] != nil else { throw Failure(message: "\(stancePath):\(n + 2): no body with id \(r[1])") }
            return BodyExample(headline: r[0], bodyID: r[1], stance: stance)
        }
        let titles = try rows(emergent, columns: ["claimHeadline", "articleHeadline", "articleHeadlineStance", "claimId"])
            .enumerated().map { n, r in
                guard let stance = emergentLabels[r[2]] else { throw Failure(message: "\(emergent):\(n + 2): unknown stance \(r[2])") }
                return TitleExample(claim: r[0], title: r[1], stance: stance, group: r[3])
            }
        return StanceCorpus(bodies: bodies, pairs: pairs, titles: titles)
    }

    /// The named columns of every row of a CSV file with a header.
    static func rows(_ path: String, columns: [String]) throws -> [[String]] {
        // Read whole: CSV.swift's stream reader reports an error at every end of file.
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(message: "\(path): cannot read the file") }
        guard let text = String(validating: data, as: UTF8.self) else { throw Failure(message: "\(path): not UTF-8 text") }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            throw Failure(message: "\(path): not a CSV file (\(error))")
        }
        let header = reader.headerRow ?? []
        let positions = try columns.map { c in
            guard let i = header.firstIndex(of: c) else { throw Failure(message: "\(path): no column \"\(c)\"") }
            return i
        }
        var out: [[String]] = []
        while let row = reader.next() {
            guard positions.allSatisfy({ $0 < row.count }) else {
                throw Failure(message: "\(path):\(out.count + 2): too few fields")
            }
            out.append(positions.map { row[$0] })
        }
        if let e = reader.error { throw Failure(message: "\(path): \(e)") }
        return out
    }

    static func writeDev(_ result: StanceTrainingResult, bodies: [String: String], to folder: String) throws {
        let fncNames = Dictionary(uniqueKeysWithValues: fncLabels.map { ($1, $0) })
        let emergentNames = Dictionary(uniqueKeysWithValues: emergentLabels.map { ($1, $0) })
        let ids = Set(result.devPairs.map(\.bodyID)).sorted()
        let files = [
            "bodies.csv": csv([["Body ID", "articleBody"]] + ids.map { [$0, bodies[$0]!] }),
            "stances.csv": csv([["Headline", "Body ID", "Stance"]] + result.devPairs.map { [$0.headline, $0.bodyID, fncNames[$0.stance]!] }),
            "emergent.csv": csv(
                [["claimHeadline", "articleHeadline", "articleHeadlineStance", "claimId"]]
                    + result.devTitles.map { [$0.claim, $0.title, emergentNames[$0.stance]!, $0.group] }),
        ]
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)"), options: .atomic)
            }
        } catch {
            throw Failure(message: "\(folder): cannot write the held-out pairs (\(error.localizedDescription))")
        }
    }

    /// RFC 4180: every field quoted, quotes doubled.
    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\r\n" }.joined()
    }
}
