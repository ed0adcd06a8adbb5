import Foundation
import HTTPTypes
import HearsayModel
import HearsayRead
import HearsayStore
import Hummingbird

/// The JSON API under `/api`, the exports, and `/openapi.json`. Reads are open; the one
/// write (`POST /api/articles`) needs the bearer token.
struct APIRoutes: Sendable {
    let catalog: StoryCatalog
    let store: any ArticleStore
    let configuration: ServeConfiguration

    func register(on router: Router<BasicRequestContext>) {
        router.get("/openapi.json") { _, _ in Reply.json(Data(OpenAPIDocument.json.utf8)) }
        router.get("/api/health") { _, _ in
            try Reply.json(Health(status: "ok", revision: await catalog.revision))
        }
        router.get("/api/stories") { _, _ in
            try Reply.json(try await catalog.allAnalyses().map(StorySummary.init))
        }
        router.get("/api/stories/:id") { _, context in
            Reply.json(try await story(context).contract)
        }
        router.get("/api/stories/:id/claims") { _, context in
            try Reply.json(try await story(context).story.claims)
        }
        router.get("/api/stories/:id/quotes") { _, context in
            try Reply.json(try await story(context).story.quotes)
        }
        router.get("/api/stories/:id/quotes.csv") { _, context in
            let s = try await story(context)
            return Reply.bytes(Data(Exports.quotesCSV(s).utf8), type: "text/csv; charset=utf-8", download: "\(s.story.id)-quotes.csv")
        }
        router.get("/api/stories/:id/stances.csv") { _, context in
            let s = try await story(context)
            return Reply.bytes(Data(Exports.stancesCSV(s).utf8), type: "text/csv; charset=utf-8", download: "\(s.story.id)-stances.csv")
        }
        router.get("/api/stories/:id/claimreview.jsonld") { request, context in
            let s = try await story(context)
            let reviews = Exports.claimReviews(s, storyURL: baseURL(request) + "/stories/" + Paths.escape(s.story.id))
            return Reply.bytes(try JSONOutput.encode(reviews), type: "application/ld+json; charset=utf-8")
        }
        router.get("/api/claims") { request, _ in
            let wanted = try request.query("status").map { raw in
                guard let s = ClaimStatus(rawValue: raw) else {
                    throw Reply.error(.badRequest, "status must be one of \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return s
            }
            let claims = try await catalog.allAnalyses().flatMap { a in
                a.story.claims.filter { wanted == nil || $0.status == wanted }
                    .map { StoryClaim(story: a.story.id, storyTitle: a.story.title, claim: $0) }
            }
            return try Reply.json(claims)
        }
        router.get("/api/articles") { request, _ in
            let limit = try request.integer("limit", default: 100, in: 1...1000)
            let offset = try request.integer("offset", default: 0, in: 0...Int.max)
            let page = try (store as? any PagedArticleStore)?.articles(offset: offset, limit: limit)
                ?? Array(try store.articles().dropFirst(offset).prefix(limit))
            return try Reply.json(await summaries(page))
        }
        router.get("/api/articles/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let a = try store.article(id: id) else { throw Reply.error(.notFound, "no article \(id)") }
            return try Reply.json(a)
        }
        router.post("/api/articles") { request, context in
            try await ingest(request, context)
        }
        router.get("/api/search") { request, _ in
            guard let q = request.query("q")?.replacingOccurrences(of: "+", with: " "), !q.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Reply.error(.badRequest, "give the words to search for as ?q=")
            }
            let limit = try request.integer("limit", default: 20, in: 1...200)
            return try Reply.json(await summaries(try store.search(q, limit: limit)))
        }
        router.get("/api/events") { _, _ in
            eventStream(await catalog.changes())
        }
    }

    func story(_ context: BasicRequestContext) async throws -> AnalyzedStory {
        let id = try context.parameters.require("id")
        guard let s = try await catalog.analysis(of: id) else { throw Reply.error(.notFound, "no story \(id)") }
        return s
    }

    func summaries(_ articles: [Article]) async -> [ArticleSummary] {
        let stories = await catalog.storyIDs(of: articles.map(\.id))
        return zip(articles, stories).map { a, story in
            ArticleSummary(id: a.id, title: a.title, outlet: a.outlet, published: a.published, url: a.url, story: story)
        }
    }

    func baseURL(_ request: Request) -> String {
        "http://" + (request.head.authority ?? "\(configuration.host):\(configuration.port)")
    }

    // MARK: upload

    func ingest(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try Auth.check(request.headers[.authorization], token: configuration.token)
        let mediaType = request.headers[.contentType]
        guard let kind = Upload.kind(mediaType: mediaType) else {
            throw Reply.error(.unsupportedMediaType, "send application/json, application/x-ndjson, text/plain, text/markdown, text/html, application/rss+xml, application/atom+xml or application/warc")
        }
        let bytes = Array(buffer: try await request.body.collect(upTo: configuration.maxUploadBytes))
        let source = request.query("source") ?? "upload"
        if Upload.isGeneric(mediaType), !Upload.looksLikeCrawl(bytes) {
            throw Reply.error(.unsupportedMediaType, "\(source): a body sent as \(mediaType ?? "") is read only as a WARC crawl, and this one starts with neither gzip data nor a WARC/1 record")
        }
        let articles: [Article]
        var skipped: [String] = []
        do {
            articles = try ArticleReader(maxArticleBytes: configuration.maxUploadBytes).read(
                upload: bytes, kind: kind, source: source,
                url: request.query("url"), charset: Upload.charset(mediaType: mediaType),
                skipped: { skipped.append($0.message) })
        } catch {
            throw Reply.error(.unprocessableContent, error.description)
        }
        guard !articles.isEmpty else { throw Reply.error(.unprocessableContent, "\(source): no articles in the upload") }
        let added = try await catalog.ingest(articles, group: configuration.group)
        context.logger.info("ingested", metadata: ["received": "\(articles.count)", "added": "\(added)", "skipped": "\(skipped.count)"])
        let result = IngestResult(received: articles.count, added: added, articles: await summaries(articles), skipped: skipped)
        return try Reply.json(result, status: added > 0 ? .created : .ok)
    }

    // MARK: live updates

    /// Server-sent events: the current revision at once, then each new one. The stream
    /// ends after `eventStreamLifetime`; `retry` tells the browser to reconnect.
    func eventStream(_ revisions: AsyncStream<Int>) -> Response {
        let events = ServerEvents.merge(revisions, lifetime: configuration.eventStreamLifetime, heartbeat: .seconds(15))
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 3000\n\n"))
            for await event in events {
                try await writer.write(ByteBuffer(string: event.wire))
            }
            try await writer.finish(nil)
        })
    }
}

/// The media types an upload may have, and the reader each one needs.
enum Upload {
    /// Types that say only "bytes" or "gzip", as clients send a `.warc.gz` file whose type
    /// they do not know: read as a crawl when the body starts like one.
    static let generic: Set<String> = ["application/octet-stream", "application/gzip", "application/x-gzip"]

    static func kind(mediaType: String?) -> InputKind? {
        guard let essence = essence(mediaType) else { return nil }
        if generic.contains(essence) { return .warc }
        switch essence {
        case "application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
            return .jsonLines
        case "text/plain": return .text
        case "text/markdown", "text/x-markdown": return .markdown
        case "text/html", "application/xhtml+xml": return .html
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml": return .feed
        // The WARC reader tells a gzip-per-record crawl from a plain one by its first bytes.
        case "application/warc": return .warc
        default: return nil
        }
    }

    static func essence(_ mediaType: String?) -> String? {
        mediaType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    static func isGeneric(_ mediaType: String?) -> Bool {
        essence(mediaType).map(generic.contains) ?? false
    }

    static func looksLikeCrawl(_ bytes: [UInt8]) -> Bool { InputKind.isCrawl(bytes) }

    /// The `charset` parameter of a media type, if any.
    static func charset(mediaType: String?) -> String? {
        mediaType?.split(separator: ";").dropFirst().lazy
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.lowercased().hasPrefix("charset=") }
            .map { String($0.dropFirst(8)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
    }
}

enum Auth {
    /// Uploads need `Authorization: Bearer <token>`; a server started without a token
    /// refuses them all.
    static func check(_ header: String?, token: String?) throws {
        guard let token, !token.isEmpty else {
            throw Reply.error(.forbidden, "uploads are disabled: start the server with --token or HEARSAY_TOKEN")
        }
        guard let header, header.hasPrefix("Bearer "), constantTimeEqual(String(header.dropFirst(7)), token) else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "a valid bearer token is needed to upload")
        }
    }

    /// Compares without stopping at the first difference, so the time taken does not
    /// tell an attacker how much of a guess was right.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var diff = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            diff |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return diff == 0
    }
}

/// What an event stream carries.
enum ServerEvent: Sendable, Equatable {
    case revision(Int)
    case heartbeat

    var wire: String {
        switch self {
        case .revision(let n): "event: revision\ndata: \(n)\n\n"
        case .heartbeat: ": keep-alive\n\n"
        }
    }
}

enum ServerEvents {
    /// Revisions interleaved with heartbeats, finishing after `lifetime`. Ending the
    /// consumer cancels both feeders, which unregisters the revision watcher.
    static func merge(_ revisions: AsyncStream<Int>, lifetime: Duration, heartbeat: Duration) -> AsyncStream<ServerEvent> {
        AsyncStream { continuation in
            let forward = Task {
                for await r in revisions { continuation.yield(.revision(r)) }
                continuation.finish()
            }
            let clock = Task {
                let end = ContinuousClock.now + lifetime
                while true {
                    let left = end - ContinuousClock.now
                    guard left > .zero, (try? await Task.sleep(for: min(left, heartbeat))) != nil else { break }
                    if ContinuousClock.now < end { continuation.yield(.heartbeat) }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in
                forward.cancel()
                clock.cancel()
            }
        }
    }
}

enum Paths {
    /// Ids are hashes in practice, but a JSON Lines record may bring any id.
    static func escape(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? id
    }
}
