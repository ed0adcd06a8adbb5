import Foundation
import HTTPTypes
import HearsayModel
import HearsayStore
import Hummingbird
import Mustache

/// The server-rendered pages and their static assets.
struct PageRoutes: Sendable {
    let catalog: StoryCatalog
    let store: any ArticleStore
    let library: MustacheLibrary
    let pages = PageCache(capacity: 512)

    init(catalog: StoryCatalog, store: any ArticleStore) {
        self.catalog = catalog
        self.store = store
        // The templates are compiled into the binary: failing to parse one is a bug caught by the tests.
        library = try! Templates.library()
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/static/style.css") { _, _ in asset(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in asset(Assets.js, type: "text/javascript; charset=utf-8") }
        router.get("/") { _, _ in
            let revision = await catalog.revision
            return try await cached("stories|\(revision)") {
                page("stories", StoryListView(try await catalog.allAnalyses(), revision: revision), title: "Stories")
            }
        }
        router.get("/stories/:id") { request, context in
            let id = try context.parameters.require("id")
            let authority = request.head.authority ?? "localhost"
            let revision = await catalog.revision
            return try await cached("story|\(id)|\(revision)|\(authority)") {
                guard let s = try await catalog.analysis(of: id) else { return nil }
                let url = "http://" + authority + "/stories/" + Paths.escape(id)
                let view = StoryView(s, revision: revision, claimReviews: Exports.claimReviews(s, storyURL: url))
                return page("story", view, title: s.story.title)
            } ?? notFound("There is no story \(id).")
        }
        router.get("/articles/:id") { _, context in
            let id = try context.parameters.require("id")
            let revision = await catalog.revision
            return try await cached("article|\(id)|\(revision)") {
                guard let a = try store.article(id: id) else { return nil }
                let story = try await catalog.storyID(containing: id).asyncMap { try await catalog.analysis(of: $0) } ?? nil
                return page("article", ArticleView(a, story: story, revision: revision), title: a.title)
            } ?? notFound("There is no article \(id).")
        }
        router.get("/search") { request, _ in
            let q = (request.query("q") ?? "").replacingOccurrences(of: "+", with: " ")
            var hits: [SearchView.Hit] = []
            for a in try store.search(q, limit: 50) {
                let story = await catalog.storyID(containing: a.id)
                hits.append(SearchView.Hit(source: ArticleLink(a), title: a.title, storyLink: story.map { "/stories/" + Paths.escape($0) }))
            }
            return Reply.html(page("search", SearchView(query: q, hits: hits, revision: await catalog.revision), title: "Search"))
        }
    }

    /// Renders `view` with the page title added to the context the layout reads.
    func page(_ template: String, _ view: Any, title: String) -> String {
        library.render(PageContext(title: title, view: view), withTemplate: template) ?? ""
    }

    /// A rendered page, kept until the revision moves (the key carries it), so a story
    /// page is rendered once per change rather than once per visit.
    func cached(_ key: String, render: () async throws -> String?) async throws -> Response? {
        if let html = await pages.get(key) { return Reply.html(html) }
        guard let html = try await render() else { return nil }
        await pages.set(key, html)
        return Reply.html(html)
    }

    func notFound(_ message: String) -> Response {
        Reply.html(page("notFound", ["message": message], title: "Not found"), status: .notFound)
    }

    func asset(_ text: String, type: String) -> Response {
        var r = Reply.bytes(Data(text.utf8), type: type)
        r.headers[.cacheControl] = "public, max-age=300"
        return r
    }
}

/// A page's values with the title the layout's `<title>` shows: `title` is answered
/// here, every other name by `view`.
struct PageContext: MustacheParent {
    var title: String
    var view: Any

    func child(named name: String) -> Any? {
        if name == "title" { return title }
        if let dictionary = view as? [String: Any] { return dictionary[name] }
        guard let value = Mirror(reflecting: view).children.first(where: { $0.label == name })?.value else { return nil }
        // A nil optional must read as missing, or `{{#field}}` would render for it.
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional ? mirror.children.first?.value : value
    }
}

extension Optional {
    func asyncMap<T>(_ body: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await body(self)
    }
}

/// Rendered pages by key. Keys name the revision, so entries never go stale; when full the
/// cache starts over, which is simpler than tracking use and costs one render per page.
actor PageCache {
    let capacity: Int
    private var pages: [String: String] = [:]

    init(capacity: Int) { self.capacity = capacity }

    func get(_ key: String) -> String? { pages[key] }

    func set(_ key: String, _ html: String) {
        if pages.count >= capacity { pages.removeAll(keepingCapacity: true) }
        pages[key] = html
    }
}
