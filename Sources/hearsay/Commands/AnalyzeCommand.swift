import ArgumentParser
import Foundation
import HearsayCluster
import HearsayAnalyze
import HearsayModel
import HearsayPresent
import HearsayStore

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Read articles and print a brief: claims, quotes, denials, disagreements.",
        discussion: """
            Reads files and folders (plain text, Markdown, JSON Lines of articles) in memory, or \
            the articles stored with `hearsay ingest` when given --db and no paths. Markdown by \
            default; --format json prints the v1 document of the machine interface.
            """)

    @Argument(help: "Files or folders to read.")
    var paths: [String] = []

    @Option(help: "Analyse the articles stored in this database (from `hearsay ingest`).")
    var db: String?

    @Option(help: "markdown, text, json or jsonl (one story per line).")
    var format: OutputFormat = .markdown

    @OptionGroup var input: InputOptions

    func validate() throws {
        if paths.isEmpty && db == nil { throw ValidationError("give files or folders to read, or --db PATH") }
        if !paths.isEmpty && db != nil { throw ValidationError("give files or folders, or --db, not both") }
    }

    func run() throws {
        try Self.failing {
            let (articles, stories) = try load()
            let document = DocumentAnalyzer().analyze(articles, stories: stories)
            try print(document)
        }
    }

    func load() throws -> ([Article], [StoryMembers]) {
        if let db {
            let store = try openStore(db, mustExist: true)
            let articles = try store.articles()
            var stories = try store.storyMembers()
            if stories.isEmpty { stories = DocumentAnalyzer.singleStory(articles) }
            return (articles, stories)
        }
        let articles = try input.readArticles(paths)
        guard !articles.isEmpty else { throw Failure(message: "no articles found in \(paths.joined(separator: ", "))") }
        return (articles, OnlineClusterer.group(articles))
    }

    func print(_ document: AnalysisDocument) throws {
        switch format {
        case .json:
            try Terminal.write(try JSON.encode(document, pretty: true) + "\n")
        case .jsonl:
            for story in document.stories {
                let articles = document.articles.filter { story.articles.contains($0.id) }
                try Terminal.write(try JSON.encode(AnalysisDocument(articles: articles, stories: [story]), pretty: false) + "\n")
            }
        case .markdown, .text:
            try Terminal.write(MarkdownBrief(document).render())
        }
    }
}

/// Opens the SQLite store, turning failures into one-line errors.
func openStore(_ path: String, mustExist: Bool = false) throws -> SQLiteStore {
    if mustExist && !FileManager.default.fileExists(atPath: path) {
        throw Failure(message: "\(path): no such database (create it with `hearsay ingest --db \(path) PATH...`)")
    }
    do { return try SQLiteStore(path: path) } catch let e as StoreError {
        throw Failure(message: e.description)
    }
}
