import ArgumentParser
import Foundation
import HearsayFetch
import HearsayStore

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll RSS or Atom feeds and store the articles they link to.",
        discussion: """
            Each round asks every feed whether it changed (ETag, Last-Modified), fetches the \
            pages of new items, extracts and stores them. Pages already stored, or found not \
            to be articles, are never fetched again, also after a restart: feed validators and \
            handled links are kept in PATH.watch.json beside the database. Requests to one \
            host are spaced by --delay; failures that may pass (time-outs, 5xx) are retried \
            with back-off. Problems are reported on stderr and the other items processed.
            """)

    @Argument(help: "Feed URLs (http or https).")
    var feeds: [String]

    @Option(help: "The database file (created if missing).")
    var db = "hearsay.db"

    @Option(help: "Seconds between rounds.")
    var interval = 900.0

    @Option(help: "Seconds between two requests to the same host.")
    var delay = 1.0

    @Option(help: "Stop after this many rounds (default: run until interrupted).")
    var rounds: Int?

    @Option(help: "Seconds before a request is abandoned.")
    var timeout = 20.0

    @Option(help: "Attempts per request when failures may pass.")
    var retries = 3

    @Option(help: "The User-Agent header sent with every request.")
    var userAgent = FetchOptions().userAgent

    @Flag(name: [.short, .long], help: "No per-round summary on stderr.")
    var quiet = false

    func validate() throws {
        for feed in feeds where !(feed.hasPrefix("http://") || feed.hasPrefix("https://")) {
            throw ValidationError("\(feed): feeds are http(s) URLs")
        }
        if let rounds, rounds < 1 { throw ValidationError("--rounds must be at least 1") }
        if interval < 0 || delay < 0 || timeout <= 0 { throw ValidationError("--interval, --delay and --timeout must be positive") }
    }

    func run() async throws {
        let http = HTTPFetcher(options: FetchOptions(userAgent: userAgent, timeout: .milliseconds(Int(timeout * 1000))))
        do {
            let store = try openStore(db)
            let watcher = try Watcher(
                feeds: feeds, store: store, fetcher: Retrying(http, attempts: retries),
                politeness: Politeness(delay: .milliseconds(Int(delay * 1000))),
                statePath: WatchState.path(forDatabase: db))
            var round = 0
            while rounds.map({ round < $0 }) ?? true {
                round += 1
                let reports = await watcher.poll()
                var added = 0
                for r in reports {
                    added += r.added.count
                    for p in r.problems { Terminal.error("warning: \(p)") }
                    if !quiet {
                        let what = r.notModified ? "not modified" : "\(r.items) items, \(r.added.count) new articles"
                        Terminal.error("round \(round): \(r.feed): \(what)")
                    }
                }
                if added > 0 { try store.add([], grouping: StoryGrouping().assign) }
                if rounds.map({ round < $0 }) ?? true { try await Task.sleep(for: .milliseconds(Int(interval * 1000))) }
            }
        } catch {
            await http.shutdown()
            Terminal.error("hearsay: \(error)")
            throw ExitCode(1)
        }
        await http.shutdown()
    }
}
