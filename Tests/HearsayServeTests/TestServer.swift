import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HearsayModel
import HearsayRead
import HearsayStore
import Logging
@testable import HearsayServe

/// A real server on 127.0.0.1 and a free port, over a fresh store holding the example
/// stories (one story per example folder), talked to over a real socket.
final class TestServer: Sendable {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = packageRoot.appendingPathComponent("Examples")

    let port: Int
    let store: SQLiteStore
    let server: HearsayServer
    let task: Task<Void, any Error>
    let directory: URL

    private init(port: Int, store: SQLiteStore, server: HearsayServer, task: Task<Void, any Error>, directory: URL) {
        self.port = port
        self.store = store
        self.server = server
        self.task = task
        self.directory = directory
    }

    /// Runs `body` against a fresh server and stops the server afterwards, also when `body` throws.
    static func with(token: String? = "test-token", maxUploadBytes: Int = 1 << 20, streamLifetime: Duration = .seconds(60),
                     withExamples: Bool = true, logger: Logger? = nil, _ body: (TestServer) async throws -> Void) async throws {
        let server = try await start(token: token, maxUploadBytes: maxUploadBytes, streamLifetime: streamLifetime,
                                     withExamples: withExamples, logger: logger)
        do { try await body(server) } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    static func start(token: String?, maxUploadBytes: Int, streamLifetime: Duration, withExamples: Bool, logger: Logger?) async throws -> TestServer {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: dir.appendingPathComponent("test.db").path)
        if withExamples { try loadExamples(into: store) }
        let configuration = ServeConfiguration(
            host: "127.0.0.1", port: 0, token: token, maxUploadBytes: maxUploadBytes,
            refreshInterval: .milliseconds(200), eventStreamLifetime: streamLifetime,
            group: groupUnassigned)
        let server = HearsayServer(store: store, configuration: configuration, logger: logger ?? quiet)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let task = Task { try await server.run { continuation.yield($0) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            await server.stop()
            throw TestFailure("the server did not start")
        }
        return TestServer(port: port, store: store, server: server, task: task, directory: dir)
    }

    func stop() async {
        await server.stop()
        _ = try? await task.value
        try? FileManager.default.removeItem(at: directory)
    }

    static let quiet: Logger = {
        var logger = Logger(label: "hearsay.serve.test")
        logger.logLevel = .warning
        return logger
    }()

    /// One story per example folder, as `hearsay ingest` gives one story per run.
    static func loadExamples(into store: SQLiteStore) throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted()
        for folder in folders {
            let articles = try ArticleReader().read([examples.appendingPathComponent(folder).path])
            try store.add(articles)
            try store.assign(articles.map { (article: $0.id, story: "s-" + folder) })
        }
    }

    /// Uploaded articles without a story go into one new story per upload.
    @Sendable static func groupUnassigned(_ ledger: any StoryLedger) throws -> StoryUpdate? {
        let fresh = try ledger.articlesWithoutStory()
        guard let first = fresh.first else { return nil }
        return StoryUpdate(assignments: fresh.map { (article: $0.id, story: "s-" + first.id) }, clusterState: nil)
    }

    // MARK: client

    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }

        func json() throws -> Any { try JSONSerialization.jsonObject(with: body) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(type, from: body) }
        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    func get(_ path: String) async throws -> Reply {
        try await send(URLRequest(url: url(path)))
    }

    func post(_ path: String, body: Data, type: String?, token: String?) async throws -> Reply {
        var request = URLRequest(url: url(path))
        request.httpMethod = "POST"
        request.httpBody = body
        if let type { request.setValue(type, forHTTPHeaderField: "Content-Type") }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        return try await send(request)
    }

    func send(_ request: URLRequest) async throws -> Reply {
        var request = request
        request.timeoutInterval = 60
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw TestFailure("no HTTP response") }
        var headers: [String: String] = [:]
        for (k, v) in http.allHeaderFields { headers["\(k)"] = "\(v)" }
        return Reply(status: http.statusCode, headers: headers, body: data)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
