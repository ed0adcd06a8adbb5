import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP server on 127.0.0.1 (a free port) serving fixture feeds and pages, counting
/// requests per path, answering If-None-Match with 304, and failing on purpose where a
/// route says so. The tests' only network.
final class FixtureServer: @unchecked Sendable {
    struct Route {
        var status = 200
        var headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")]
        var body: [UInt8] = []
        var etag: String?
        /// Answer 503 this many times before answering properly.
        var failures = 0
    }

    private let lock = NSLock()
    private var routes: [String: Route] = [:]
    private var hitCounts: [String: Int] = [:]
    private var conditional: [String: Int] = [:]
    private var userAgents: Set<String> = []
    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private var channel: Channel?

    var base: String { "http://127.0.0.1:\(channel?.localAddress?.port ?? 0)" }

    func set(_ path: String, _ route: Route) {
        lock.withLock { routes[path] = route }
    }

    func hits(_ path: String) -> Int { lock.withLock { hitCounts[path] ?? 0 } }
    func conditionalHits(_ path: String) -> Int { lock.withLock { conditional[path] ?? 0 } }
    var agents: Set<String> { lock.withLock { userAgents } }

    func start() async throws {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(server: self))
                }
            }
        channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
    }

    func stop() async throws {
        try await channel?.close()
        try await group.shutdownGracefully()
    }

    /// Decides the answer to one request and records it.
    func respond(path: String, headers: HTTPHeaders) -> (HTTPResponseStatus, [(String, String)], [UInt8]) {
        lock.withLock {
            hitCounts[path, default: 0] += 1
            if let ua = headers.first(name: "User-Agent") { userAgents.insert(ua) }
            guard var route = routes[path] else { return (.notFound, [("Content-Type", "text/html")], Array("<html><body>Not found</body></html>".utf8)) }
            if route.failures > 0 {
                route.failures -= 1
                routes[path] = route
                return (.serviceUnavailable, [], [])
            }
            var extra = route.headers
            if let etag = route.etag {
                extra.append(("ETag", etag))
                if headers.first(name: "If-None-Match") == etag {
                    conditional[path, default: 0] += 1
                    return (.notModified, [("ETag", etag)], [])
                }
            }
            return (HTTPResponseStatus(statusCode: route.status), extra, route.body)
        }
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let server: FixtureServer
        var head: HTTPRequestHead?

        init(server: FixtureServer) {
            self.server = server
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let h):
                head = h
            case .body:
                break
            case .end:
                guard let head else { return }
                let (status, headers, body) = server.respond(path: head.uri, headers: head.headers)
                var responseHeaders = HTTPHeaders(headers)
                responseHeaders.replaceOrAdd(name: "Content-Length", value: String(body.count))
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: responseHeaders))), promise: nil)
                if !body.isEmpty {
                    context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
                }
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                self.head = nil
            }
        }
    }
}
