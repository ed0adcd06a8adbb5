import HearsayHTML
import HearsayModel
import HearsayWARC

/// Web pages and crawls as articles: extracted by `HearsayHTML`, then cleaned like every
/// other article (share and comment prompts, credits, a dateline opening the text, stock
/// symbols in the text), so that a page and its text copy read the same.
public enum WebArticleReader {
    /// One HTML page. `url` and `charset` come from HTTP when the page was fetched.
    public static func read(
        html bytes: [UInt8], source: String, url: String? = nil, charset: String? = nil
    ) throws(ReadError) -> Article {
        do {
            return clean(try HTMLExtractor.extract(bytes, source: source, url: url, charset: charset), page: bytes)
        } catch {
            throw ReadError(path: source, message: error.description)
        }
    }

    /// Every article page in a WARC file, streamed. Pages that are not articles are
    /// reported to `problem` and skipped; a fault in the file is thrown after the
    /// articles before it were delivered.
    public static func read(
        warc path: String, problem: (ReadError) -> Void, each: (Article) throws -> Void
    ) throws {
        do {
            try WARC.articles(atPath: path, skipped: { problem(ReadError(path: path, message: $0)) }) { try each(clean($0, page: $1)) }
        } catch let e as WARC.Failure {
            throw ReadError(path: e.path, message: e.problem)
        }
    }

    /// Every article page in a crawl held in memory (an HTTP upload), read as a file is,
    /// but all or nothing: a fault anywhere in the crawl throws and returns no article.
    public static func read(warc bytes: [UInt8], source: String, problem: (ReadError) -> Void) throws(ReadError) -> [Article] {
        var articles: [Article] = []
        do {
            try WARC.articles(in: bytes, source: source, skipped: { problem(ReadError(path: source, message: $0)) }) {
                articles.append(clean($0, page: $1))
            }
        } catch {
            // Only the crawl itself can fail here: the closure above never throws.
            let failure = error as? WARC.Failure
            throw ReadError(path: failure?.path ?? source, message: failure?.problem ?? "\(error)")
        }
        return articles
    }

    static func clean(_ extracted: Article, page: [UInt8]) -> Article {
        var article = extracted
        article.id = ArticleID.of(page)
        var paragraphs = article.body.split(separator: "\n").map(String.init)
        if let first = paragraphs.first, let (dateline, rest) = Dateline.split(first) {
            article.dateline = dateline.place
            if article.outlet == nil, let agency = dateline.agency { article.outlet = agency }
            paragraphs[0] = rest
        }
        let cleaned = Boilerplate.clean(paragraphs, title: article.title, pageNames: PageVoice.names(outlet: article.outlet, header: []), plainText: false).paragraphs
        var tickers = article.tickers
        for p in cleaned { tickers += InlineTickers.find(in: p) }
        article.tickers = tickers.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        article.body = cleaned.joined(separator: "\n")
        return article
    }
}
