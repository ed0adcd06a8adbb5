import HearsayStore

/// How `hearsay serve` runs: where it listens, who may write, and how much it accepts.
public struct ServeConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The bearer token `POST /api/articles` needs. Without one, uploads are refused:
    /// a server that anyone on the network can write to must be asked for explicitly.
    public var token: String?
    /// The largest request body accepted, in bytes; larger ones get 413.
    public var maxUploadBytes: Int
    /// How often the server looks for articles that another process added to the store.
    public var refreshInterval: Duration
    /// How long one server-sent-event stream stays open before the browser reconnects,
    /// so that idle connections are recycled.
    public var eventStreamLifetime: Duration
    /// Gives stored articles that have no story one, in the transaction that stores an
    /// upload. The command line passes `StoryGrouping`, so the server groups exactly as
    /// `ingest` does.
    public var group: @Sendable (any StoryLedger) throws -> StoryUpdate?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxUploadBytes: Int = 8 << 20,
        refreshInterval: Duration = .seconds(2), eventStreamLifetime: Duration = .seconds(60),
        group: @escaping @Sendable (any StoryLedger) throws -> StoryUpdate?
    ) {
        self.host = host
        self.port = port
        self.token = token
        self.maxUploadBytes = maxUploadBytes
        self.refreshInterval = refreshInterval
        self.eventStreamLifetime = eventStreamLifetime
        self.group = group
    }
}
