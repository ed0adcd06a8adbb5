import ArgumentParser
import Foundation
import HearsayModel
import HearsayStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles in the database, once each.",
        discussion: """
            Reads every input first and writes them in one transaction: a fatal problem leaves \
            the database as it was. Articles are keyed by a hash of their bytes, so ingesting \
            the same file again adds nothing.
            """)

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(help: "The database file (created if missing).")
    var db = "hearsay.db"

    @OptionGroup var input: InputOptions

    func run() throws {
        try Self.failing {
            let articles = try input.readArticles(paths)
            let store = try openStore(db)
            let added: Int
            do { added = try store.add(articles, grouping: StoryGrouping().assign) } catch {
                throw Failure(message: "\(db): could not store the articles (nothing was written): \(error)")
            }
            if !input.quiet {
                Terminal.error("read \(articles.count) articles: \(added) new, \(articles.count - added) already stored in \(db)")
            }
        }
    }
}

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the stored articles, or search them.")

    @Option(help: "The database file.")
    var db = "hearsay.db"

    @Option(help: "Only articles matching these words (full-text search).")
    var search: String?

    @Option(help: "Most articles to list.")
    var limit = 1000

    @Option(help: "text, json or jsonl.")
    var format: OutputFormat = .text

    func run() throws {
        try Self.failing {
            let store = try openStore(db, mustExist: true)
            let articles = try search.map { try store.search($0, limit: limit) } ?? Array(try store.articles().prefix(limit))
            switch format {
            case .json:
                try Terminal.write(try JSON.encode(articles, pretty: true) + "\n")
            case .jsonl:
                for a in articles { try Terminal.write(try JSON.encode(a, pretty: false) + "\n") }
            case .text, .markdown:
                for a in articles {
                    let date = a.published.map { String($0.prefix(10)) } ?? "----------"
                    try Terminal.write("\(a.id)  \(date)  \(a.outlet ?? (a.source as NSString).lastPathComponent)  \(a.title)\n")
                }
            }
        }
    }
}
