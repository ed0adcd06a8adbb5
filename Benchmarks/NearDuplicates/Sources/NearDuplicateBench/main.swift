import Foundation
import HearsayAnalyze

// Reads JSON Lines of {"id", "body"}, the weight of false negatives in choosing the
// banding (datasketch's default is 0.5) and a hash seed, then for each document in order: signature,
// query, insert — what datasketch's MinHashLSH is timed doing in bench.py. Prints the
// timing as JSON on stdout and writes the candidate pairs and each document's number of
// distinct shingles (to check that both sides shingle alike).
struct Document: Decodable { var id: String; var body: String }

let arguments = CommandLine.arguments
guard arguments.count == 6, let weight = Double(arguments[4]), let seed = UInt64(arguments[5]) else {
    FileHandle.standardError.write(Data("usage: NearDuplicateBench CORPUS.jsonl PAIRS.tsv SHINGLES.tsv FN-WEIGHT SEED\n".utf8))
    exit(2)
}
let lines = try String(contentsOfFile: arguments[1], encoding: .utf8).split(separator: "\n")
let decoder = JSONDecoder()
let documents = try lines.map { try decoder.decode(Document.self, from: Data($0.utf8)) }

var index = NearDuplicateIndex<Int>(threshold: 0.8, permutations: 128, shingleSize: 5, falseNegativeWeight: weight, seed: seed)
var pairs: [(Int, Int)] = []
let clock = ContinuousClock()
let start = clock.now
for (i, d) in documents.enumerated() {
    let signature = index.signature(of: d.body)
    for c in index.candidates(for: signature) { pairs.append((c, i)) }
    index.insert(i, signature: signature)
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18

var pairText = ""
for (a, b) in pairs { pairText += "\(documents[a].id)\t\(documents[b].id)\n" }
try pairText.write(toFile: arguments[2], atomically: true, encoding: .utf8)
var shingleText = ""
for d in documents { shingleText += "\(d.id)\t\(Set(WordShingles.hashes(d.body, size: 5)).count)\n" }
try shingleText.write(toFile: arguments[3], atomically: true, encoding: .utf8)

print("{\"documents\": \(documents.count), \"seconds\": \(seconds), \"bands\": \(index.parameters.bands), \"rows\": \(index.parameters.rows), \"pairs\": \(pairs.count)}")
