import Dispatch
import Foundation
import HearsayAnalyze
import HearsayModel
import HearsayText

// Usage: QuotesBench ARTICLES.jsonl [COUNT]
// Reads {"id","body"} lines, repeats them up to COUNT articles (default 10,000), and times
// the quote pass (quotations, speakers within the article, names, citations) over them:
// once on one core, once on every core, each with the paragraph and sentence split
// (`TextDocument`) included, as the pipeline runs it.

struct Row: Decodable {
    var id: String
    var body: String
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: QuotesBench ARTICLES.jsonl [COUNT]\n".utf8))
    exit(2)
}
let count = arguments.count >= 3 ? Int(arguments[2]) ?? 10_000 : 10_000
let text: String
do {
    text = try String(contentsOfFile: arguments[1], encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("\(arguments[1]): cannot read: \(error.localizedDescription)\n".utf8))
    exit(1)
}
var rows: [Row] = []
for (n, line) in text.split(separator: "\n").enumerated() {
    do {
        rows.append(try JSONDecoder().decode(Row.self, from: Data(line.utf8)))
    } catch {
        FileHandle.standardError.write(Data("\(arguments[1]):\(n + 1): not an article: \(error)\n".utf8))
        exit(1)
    }
}
guard !rows.isEmpty else {
    FileHandle.standardError.write(Data("\(arguments[1]): no articles\n".utf8))
    exit(1)
}
let articles = (0..<count).map { i in
    let r = rows[i % rows.count]
    return Article(id: "\(r.id)-\(i)", source: arguments[1], title: "", body: r.body)
}
let megabytes = Double(articles.reduce(0) { $0 + $1.body.utf8.count }) / 1_000_000

@Sendable func quotes(_ a: Article) -> Int { QuoteStage.quotes(in: a).count }

// Warm-up, so that one-time costs (lexicon sets) are not timed.
_ = articles.prefix(50).map(quotes)

/// CPU time of the calling thread: on a machine shared with other builds, wall time mostly
/// measures the wait for a core.
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

var clock = ContinuousClock.now
let cpuStart = threadCPUSeconds()
var found = 0
for a in articles { found += quotes(a) }
let single = ContinuousClock.now - clock
let singleCPU = threadCPUSeconds() - cpuStart

let cores = ProcessInfo.processInfo.activeProcessorCount
let chunk = (articles.count + cores - 1) / cores
clock = ContinuousClock.now
DispatchQueue.concurrentPerform(iterations: cores) { c in
    var n = 0
    for a in articles[min(c * chunk, articles.count)..<min((c + 1) * chunk, articles.count)] { n += quotes(a) }
    precondition(n >= 0)
}
let parallel = ContinuousClock.now - clock

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
print(String(format: "articles: %d (%.1f MB), quotes found: %d", articles.count, megabytes, found))
print(String(format: "quote pass, 1 core: %.2f s, %.0f articles/s", seconds(single), Double(articles.count) / seconds(single)))
print(String(format: "quote pass, %d cores: %.2f s, %.0f articles/s", cores, seconds(parallel), Double(articles.count) / seconds(parallel)))
print(String(format: "quote pass, CPU time on 1 core: %.2f s, %.0f articles/s", singleCPU, Double(articles.count) / singleCPU))
