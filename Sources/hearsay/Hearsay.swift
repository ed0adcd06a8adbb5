import ArgumentParser

@main
struct Hearsay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearsay",
        abstract: "Track a rumour through the news: claims, quotes, denials and where outlets disagree.",
        version: HearsayVersion.string,
        subcommands: [
            // Keep one command per line: parallel work adds lines here.
            AnalyzeCommand.self,
            IngestCommand.self,
            ArticlesCommand.self,
            StanceCommand.self,
            TrainStanceCommand.self,
            ServeCommand.self,
            ExtractCommand.self,
            WatchCommand.self,
            ClusterCommand.self,
        ]
    )
}

enum HearsayVersion {
    static let string = "0.1.0"
}
