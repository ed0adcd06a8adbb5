import Foundation
import HearsayModel
import HearsayRead

/// Pages named by URL on the command line of `ingest` and `analyze`: fetched one after
/// another (politely, with retries), extracted like files. Blocking, for the commands
/// that are synchronous; it runs the same async fetcher and waits for it.
public enum WebPages {
    public static func read(_ urls: [String], options: FetchOptions = FetchOptions()) -> [Result<Article, ReadError>] {
        guard !urls.isEmpty else { return [] }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            outcome.set(await fetchAll(urls, options: options))
            done.signal()
        }
        done.wait()
        return outcome.get()
    }

    public static func fetchAll(_ urls: [String], options: FetchOptions) async -> [Result<Article, ReadError>] {
        let http = HTTPFetcher(options: options)
        let fetcher = Retrying(http, attempts: 3, base: .seconds(1))
        let politeness = Politeness(delay: .seconds(1))
        var results: [Result<Article, ReadError>] = []
        for url in urls {
            await politeness.turn(for: url)
            do {
                let page = try await fetcher.fetch(FetchRequest(url: url))
                results.append(.success(try WebArticleReader.read(html: page.body, source: url, url: page.url, charset: page.charset)))
            } catch let e as FetchError {
                results.append(.failure(ReadError(path: url, message: e.problem)))
            } catch let e as ReadError {
                results.append(.failure(e))
            } catch {
                results.append(.failure(ReadError(path: url, message: "\(error)")))
            }
        }
        await http.shutdown()
        return results
    }

    public static func isURL(_ s: String) -> Bool { s.hasPrefix("http://") || s.hasPrefix("https://") }
}

/// Hands the async result to the waiting thread.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [Result<Article, ReadError>] = []

    func set(_ v: [Result<Article, ReadError>]) { lock.withLock { value = v } }
    func get() -> [Result<Article, ReadError>] { lock.withLock { value } }
}
