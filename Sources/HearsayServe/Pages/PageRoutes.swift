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
            let view = StoryListView(try await catalog.allAnalyses(), revision: await catalog.revision)
            return page("stories", view, title: "Stories")
        }
        router.get("/stories/:id") { request, context in
            let id = try context.parameters.require("id")
            guard let s = try await catalog.analysis(of: id) else { return notFound("There is no story \(id).") }
            let url = "http://" + (request.head.authority ?? "localhost") + "/stories/" + Paths.escape(id)
            let view = StoryView(s, revision: await catalog.revision, claimReviews: Exports.claimReviews(s, storyURL: url))
            return page("story", view, title: s.story.title)
        }
        router.get("/articles/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let a = try store.article(id: id) else { return notFound("There is no article \(id).") }
            let story = try await catalog.storyID(containing: id).asyncMap { try await catalog.analysis(of: $0) } ?? nil
            return page("article", ArticleView(a, story: story, revision: await catalog.revision), title: a.title)
        }
        router.get("/search") { request, _ in
            let q = (request.query("q") ?? "").replacingOccurrences(of: "+", with: " ")
            var hits: [SearchView.Hit] = []
            for a in try store.search(q, limit: 50) {
                let story = await catalog.storyID(containing: a.id)
                hits.append(SearchView.Hit(source: ArticleLink(a), title: a.title, storyLink: story.map { "/stories/" + Paths.escape($0) }))
            }
            return page("search", SearchView(query: q, hits: hits, revision: await catalog.revision), title: "Search")
        }
    }

    /// Renders `view` with the page title added to the context the layout reads.
    func page(_ template: String, _ view: Any, title: String, status: HTTPResponse.Status = .ok) -> Response {
        let html = library.render(PageContext(title: title, view: view), withTemplate: template) ?? ""
        return Reply.html(html, status: status)
    }

    func notFound(_ message: String) -> Response {
        page("notFound", ["message": message], title: "Not found", status: .notFound)
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
