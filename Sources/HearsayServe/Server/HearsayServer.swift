import Foundation
import HearsayAnalyze
import HearsayModel
import HearsayStore
import Hummingbird
import Logging
import ServiceLifecycle

/// The HTTP server: JSON API, web pages and exports over one store.
public struct HearsayServer: Sendable {
    let store: any ArticleStore
    let configuration: ServeConfiguration
    let logger: Logger
    let catalog: StoryCatalog
    let running = RunningGroup()

    public init(store: any ArticleStore, configuration: ServeConfiguration, analyzer: StoryAnalyzer = .standard, logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.catalog = StoryCatalog(store: store, analyzer: analyzer)
    }

    /// Serves until `stop()` (or, with `handleSignals`, SIGINT/SIGTERM). `onRunning` gets
    /// the port actually bound, which is how a caller that asked for port 0 learns it.
    public func run(handleSignals: Bool = false, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await catalog.refresh()
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "hearsay"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        // Services shut down last to first: the watcher goes first and closes the event
        // streams, so the server is not held open by browsers listening for updates.
        let group = ServiceGroup(configuration: .init(
            services: [app, StoreWatcher(catalog: catalog, interval: configuration.refreshInterval, logger: logger)],
            gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [], logger: logger))
        try await running.start(group)
    }

    /// Finishes the requests in flight and returns from `run`.
    public func stop() async {
        await running.stop()
    }

    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLog())
        APIRoutes(catalog: catalog, store: store, configuration: configuration).register(on: router)
        PageRoutes(catalog: catalog, store: store).register(on: router)
        return router
    }
}

/// Picks up articles written by other processes (or an upload) and wakes the pages.
struct StoreWatcher: Service {
    let catalog: StoryCatalog
    let interval: Duration
    let logger: Logger

    func run() async {
        await cancelWhenGracefulShutdown {
            // Analyse every story once up front, so the first visitor of the story list
            // does not wait for all of them.
            async let warming: Void = warm()
            await watch()
            await warming
        }
        await catalog.close()
    }

    func warm() async {
        _ = try? await catalog.allAnalyses()
    }

    func watch() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
                if try await catalog.refresh() {
                    let revision = await catalog.revision
                    logger.info("stories changed", metadata: ["revision": "\(revision)"])
                }
            } catch is CancellationError {
                return
            } catch {
                logger.error("cannot read the store", metadata: ["error": "\(error)"])
            }
        }
    }
}

/// The running service group, so that `stop()` can reach it; a stop that comes before
/// the start is remembered.
actor RunningGroup {
    private var group: ServiceGroup?
    private var stopped = false

    func start(_ group: ServiceGroup) async throws {
        self.group = group
        if stopped { await group.triggerGracefulShutdown() }
        try await group.run()
    }

    func stop() async {
        stopped = true
        await group?.triggerGracefulShutdown()
    }
}
