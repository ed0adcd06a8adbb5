import HearsayModel

/// Who cites and who rewrites whom, as a small graph: the story's articles on one row in
/// time order, the sources they cite that are not among them on a row above. Edges from
/// an article to what it cites (dashed) or rewrites (solid, with the share reused).
struct ProvenanceGraph: Sendable {
    struct Node: Sendable, Hashable {
        var key: String
        var label: String
        var detail: String
        /// The article page, for article nodes.
        var link: String?
    }

    struct Edge: Sendable, Hashable {
        enum Kind: String, Sendable { case cites, rewrites }
        var from: String
        var to: String
        var kind: Kind
        var label: String
    }

    var articles: [Node]
    var sources: [Node]
    var edges: [Edge]

    init(story: Story, articles: [Article]) {
        self.articles = articles.map {
            Node(key: $0.id, label: Outlets.name($0), detail: $0.published.map { String($0.prefix(10)) } ?? "undated",
                 link: "/articles/" + Paths.escape($0.id))
        }
        var sources: [Node] = []
        var edges: [Edge] = []
        for c in story.citations {
            let name = c.source.lowercased()
            // A cited outlet that has an article in the story points at its earliest one.
            let target = articles.first { Outlets.name($0).lowercased() == name }?.id ?? "source:" + name
            if target.hasPrefix("source:"), !sources.contains(where: { $0.key == target }) {
                sources.append(Node(key: target, label: c.source, detail: c.kind == .document ? "document" : c.kind == .unnamed ? "unnamed" : c.kind == .body ? "body" : "cited", link: nil))
            }
            for a in c.articles where a != target {
                edges.append(Edge(from: a, to: target, kind: .cites, label: "cites"))
            }
        }
        for r in story.rewrites {
            edges.append(Edge(from: r.article, to: r.of, kind: .rewrites, label: "rewrites \(Int((r.overlap * 100).rounded()))%"))
        }
        let known = Set(self.articles.map(\.key) + sources.map(\.key))
        var seen = Set<Edge>()
        self.sources = sources
        self.edges = edges.filter { known.contains($0.from) && known.contains($0.to) && seen.insert($0).inserted }
    }

    var isEmpty: Bool { edges.isEmpty }

    static let column = 180.0, nodeWidth = 150.0, nodeHeight = 44.0, sourceRow = 30.0, articleRow = 150.0

    /// Inline SVG; every label is escaped. Where several edges meet one node their ends
    /// are spread along its edge, so that they stay apart.
    func svg() -> String {
        let columns = max(articles.count, sources.count, 1)
        let width = Double(columns) * Self.column + 20
        let longestArc = edges.filter { isArticle($0.from) && isArticle($0.to) }
            .map { abs(x(of: $0.from) - x(of: $0.to)) }.max() ?? 0
        let height = Self.articleRow + Self.nodeHeight + 40 + min(140, longestArc / 4)
        var out = """
            <svg class="provenance" role="img" aria-labelledby="provenance-title" viewBox="0 0 \(Int(width)) \(Int(height))" \
            width="\(Int(width))" height="\(Int(height))" xmlns="http://www.w3.org/2000/svg">
            <title id="provenance-title">Who cites and rewrites whom</title>
            <defs>
            <marker id="arrow-cites" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>
            <marker id="arrow-rewrites" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>
            </defs>\n
            """
        let ends = endpoints()
        for (i, e) in edges.enumerated() { out += edge(e, from: ends[i].from, to: ends[i].to) }
        for n in sources { out += node(n, x: x(of: n.key), y: Self.sourceRow, cls: "source") }
        for n in articles { out += node(n, x: x(of: n.key), y: Self.articleRow, cls: "article") }
        return out + "</svg>"
    }

    /// The x of each edge's two ends: every node's edges share its width in order.
    func endpoints() -> [(from: Double, to: Double)] {
        var slots: [String: [Int]] = [:]
        for (i, e) in edges.enumerated() {
            slots[e.from, default: []].append(i)
            slots[e.to, default: []].append(i)
        }
        func position(_ key: String, _ edge: Int) -> Double {
            let list = slots[key] ?? [edge]
            let k = Double(list.firstIndex(of: edge) ?? 0) + 1
            return x(of: key) + Self.nodeWidth * k / Double(list.count + 1)
        }
        return edges.indices.map { (position(edges[$0].from, $0), position(edges[$0].to, $0)) }
    }

    func isArticle(_ key: String) -> Bool { articles.contains { $0.key == key } }

    func x(of key: String) -> Double {
        if let i = articles.firstIndex(where: { $0.key == key }) { return 20 + Double(i) * Self.column }
        if let i = sources.firstIndex(where: { $0.key == key }) { return 20 + Double(i) * Self.column }
        return 0
    }

    func node(_ n: Node, x: Double, y: Double, cls: String) -> String {
        let box = """
            <g class="node \(cls)"><rect x="\(x)" y="\(y)" width="\(Self.nodeWidth)" height="\(Self.nodeHeight)" rx="6"/>\
            <text x="\(x + Self.nodeWidth / 2)" y="\(y + 19)" text-anchor="middle">\(HTML.escape(Self.shorten(n.label, 20)))</text>\
            <text class="detail" x="\(x + Self.nodeWidth / 2)" y="\(y + 35)" text-anchor="middle">\(HTML.escape(n.detail))</text></g>
            """
        guard let link = n.link else { return box + "\n" }
        return "<a href=\"\(HTML.escape(link))\"><title>\(HTML.escape(n.label))</title>\(box)</a>\n"
    }

    /// Between two articles: an arc below the row (deeper for longer spans), so edges in
    /// both directions stay apart. From an article to a cited source: a line up. Only
    /// rewrites carry a visible label (the share reused); every edge has a tooltip.
    func edge(_ e: Edge, from x1: Double, to x2: Double) -> String {
        let path: String, lx: Double, ly: Double
        if isArticle(e.to) {
            let y = Self.articleRow + Self.nodeHeight
            let depth = 30 + min(140, abs(x2 - x1) / 4)
            path = "M\(x1),\(y) Q\((x1 + x2) / 2),\(y + depth * 2) \(x2),\(y + 2)"
            (lx, ly) = ((x1 + x2) / 2, y + depth + 12)
        } else {
            let y1 = Self.articleRow, y2 = Self.sourceRow + Self.nodeHeight
            path = "M\(x1),\(y1) L\(x2),\(y2 + 2)"
            (lx, ly) = ((x1 + x2) / 2 + 4, (y1 + y2) / 2)
        }
        let names = Dictionary((articles + sources).map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let tooltip = "\(names[e.from] ?? e.from) \(e.label) \(names[e.to] ?? e.to)"
        let label = e.kind == .rewrites ? "<text x=\"\(lx)\" y=\"\(ly)\" text-anchor=\"middle\">\(HTML.escape(e.label))</text>" : ""
        return """
            <g class="edge \(e.kind.rawValue)"><title>\(HTML.escape(tooltip))</title>\
            <path d="\(path)" marker-end="url(#arrow-\(e.kind.rawValue))"/>\(label)</g>\n
            """
    }

    static func shorten(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "\u{2026}"
    }
}
