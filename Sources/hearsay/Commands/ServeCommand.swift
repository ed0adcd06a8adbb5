import ArgumentParser
import Foundation
import HearsayServe
import HearsayStore
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the stored stories: a JSON API and web pages.",
        discussion: """
            Pages at /, the API under /api (described at /openapi.json). Reads are open; \
            POST /api/articles stores articles and needs `Authorization: Bearer TOKEN`, with \
            the token from --token or HEARSAY_TOKEN (without one, uploads are refused). \
            Articles that `hearsay ingest` adds to the same database appear within seconds.
            """)

    @Option(help: "The database file (created if missing).")
    var db: String

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "Address to listen on; 0.0.0.0 exposes the server to the network.")
    var host = "127.0.0.1"

    @Option(help: "Bearer token that uploads need (default: $HEARSAY_TOKEN).")
    var token: String?

    @Option(help: "Largest request body accepted, in bytes.")
    var maxUploadBytes = 8 << 20

    @Option(help: "text or json (one JSON object a line).")
    var logFormat: LogFormat = .text

    enum LogFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxUploadBytes > 0 else { throw ValidationError("--max-upload-bytes must be positive") }
    }

    func run() async throws {
        let store: SQLiteStore
        do { store = try openStore(db) } catch let f as Failure {
            Terminal.error("hearsay: \(f.message)")
            throw ExitCode(1)
        }
        let format = logFormat
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let logger = Logger(label: "hearsay.serve")
        let configuration = ServeConfiguration(
            host: host, port: port, token: token ?? ProcessInfo.processInfo.environment["HEARSAY_TOKEN"],
            maxUploadBytes: maxUploadBytes,
            group: StoryGrouping().assign)
        let server = HearsayServer(store: store, configuration: configuration, logger: logger)
        let (host, db) = (self.host, self.db)
        do {
            try await server.run(handleSignals: true) { port in
                logger.info("serving \(db) at http://\(host):\(port)/")
            }
        } catch {
            Terminal.error("hearsay: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(1)
        }
    }
}
