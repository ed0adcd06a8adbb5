import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A GET, conditional when the caller knows the last ETag or Last-Modified.
public struct FetchRequest: Sendable, Equatable {
    public var url: String
    public var etag: String?
    public var lastModified: String?

    public init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}

public struct FetchResponse: Sendable {
    public var status: Int
    /// Where the content came from, after redirects.
    public var url: String
    public var body: [UInt8]
    public var etag: String?
    public var lastModified: String?
    public var contentType: String?

    public var notModified: Bool { status == 304 }

    /// The charset parameter of Content-Type.
    public var charset: String? {
        guard let type = contentType?.lowercased(), let r = type.range(of: "charset=") else { return nil }
        let value = type[r.upperBound...].prefix { $0 != ";" && $0 != " " }.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return value.isEmpty ? nil : value
    }
}

public struct FetchError: Error, Equatable, CustomStringConvertible, Sendable {
    public var url: String
    public var problem: String
    /// Worth trying again later: time-outs, refused connections, 5xx, 429.
    public var transient: Bool

    public var description: String { "\(url): \(problem)" }
}

/// Fetches URLs. A protocol so the polling logic can be exercised with any transport.
public protocol PageFetcher: Sendable {
    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse
}

public struct FetchOptions: Sendable {
    public var userAgent: String
    public var timeout: Duration
    public var maxBytes: Int
    public var maxRedirects: Int

    public init(userAgent: String = "Hearsay/0.1 (news rumour tracker)", timeout: Duration = .seconds(20),
                maxBytes: Int = 16 << 20, maxRedirects: Int = 5) {
        self.userAgent = userAgent
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }
}

/// `PageFetcher` over AsyncHTTPClient: redirects followed (cycles refused), compressed
/// responses decoded, a size cap, one time-out for connect and read.
public final class HTTPFetcher: PageFetcher {
    let client: HTTPClient
    let options: FetchOptions

    public init(options: FetchOptions = FetchOptions()) {
        self.options = options
        var config = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: options.maxRedirects, allowCycles: false),
            timeout: .init(connect: .init(options.timeout), read: .init(options.timeout)),
            decompression: .enabled(limit: .size(options.maxBytes))
        )
        config.httpVersion = .http1Only
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: config)
    }

    /// Must be called before the fetcher goes away.
    public func shutdown() async {
        try? await client.shutdown()
    }

    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        guard let url = URL(string: request.url), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else {
            throw FetchError(url: request.url, problem: "not an http(s) URL", transient: false)
        }
        var r = HTTPClientRequest(url: request.url)
        r.headers.add(name: "User-Agent", value: options.userAgent)
        r.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8")
        if let etag = request.etag { r.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = request.lastModified { r.headers.add(name: "If-Modified-Since", value: lastModified) }
        do {
            let response = try await client.execute(r, timeout: .init(options.timeout))
            let status = Int(response.status.code)
            let body = try await response.body.collect(upTo: options.maxBytes)
            if status >= 400 {
                throw FetchError(url: request.url, problem: "HTTP \(status) \(response.status.reasonPhrase)",
                                 transient: status >= 500 || status == 429)
            }
            return FetchResponse(
                status: status,
                url: response.url?.absoluteString ?? request.url,
                body: Array(buffer: body),
                etag: response.headers.first(name: "ETag"),
                lastModified: response.headers.first(name: "Last-Modified"),
                contentType: response.headers.first(name: "Content-Type")
            )
        } catch let e as FetchError {
            throw e
        } catch let e as HTTPClientError {
            throw Self.describe(e, url: request.url)
        } catch let e as NIOTooManyBytesError {
            throw FetchError(url: request.url, problem: "larger than \(options.maxBytes / 1_000_000) MB (\(e))", transient: false)
        } catch {
            throw FetchError(url: request.url, problem: "\(error)", transient: true)
        }
    }

    static func describe(_ e: HTTPClientError, url: String) -> FetchError {
        switch e {
        case .redirectCycleDetected: FetchError(url: url, problem: "redirect loop", transient: false)
        case .redirectLimitReached: FetchError(url: url, problem: "too many redirects", transient: false)
        case .connectTimeout, .readTimeout, .deadlineExceeded: FetchError(url: url, problem: "timed out", transient: true)
        case .remoteConnectionClosed: FetchError(url: url, problem: "the server closed the connection", transient: true)
        default: FetchError(url: url, problem: "\(e)", transient: true)
        }
    }
}

/// Retries transient failures with exponential back-off: `base`, 2 x `base`, 4 x ...
public struct Retrying: PageFetcher {
    let inner: any PageFetcher
    let attempts: Int
    let base: Duration

    public init(_ inner: any PageFetcher, attempts: Int = 3, base: Duration = .seconds(2)) {
        self.inner = inner
        self.attempts = max(1, attempts)
        self.base = base
    }

    public static func delay(afterAttempt n: Int, base: Duration) -> Duration {
        base * (1 << min(n - 1, 10))
    }

    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        var attempt = 1
        while true {
            do {
                return try await inner.fetch(request)
            } catch {
                guard error.transient, attempt < attempts else { throw error }
                try? await Task.sleep(for: Self.delay(afterAttempt: attempt, base: base))
                attempt += 1
            }
        }
    }
}

/// Keeps at least `delay` between two requests to the same host, however many tasks
/// fetch at once.
public actor Politeness {
    let delay: Duration
    private var next: [String: ContinuousClock.Instant] = [:]

    public init(delay: Duration) {
        self.delay = delay
    }

    /// When a request to a host may go, given when the next free slot is and now; the
    /// slot after it is `delay` later.
    static func schedule(slot: ContinuousClock.Instant?, now: ContinuousClock.Instant, delay: Duration)
        -> (start: ContinuousClock.Instant, nextSlot: ContinuousClock.Instant) {
        let start = max(slot ?? now, now)
        return (start, start + delay)
    }

    /// Waits for `url`'s host's turn.
    public func turn(for url: String) async {
        let host = URL(string: url)?.host?.lowercased() ?? url
        let (start, nextSlot) = Self.schedule(slot: next[host], now: .now, delay: delay)
        next[host] = nextSlot
        if start > .now { try? await Task.sleep(until: start, clock: .continuous) }
    }
}
