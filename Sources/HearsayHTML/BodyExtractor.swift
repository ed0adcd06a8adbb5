import Foundation

/// Finds the article body among a page's blocks.
///
/// Two passes. First the container: every block counts for the elements above it as
/// prose (good) or template text (bad), and the element with the most prose net of
/// template text is the article. Then the blocks inside it are filtered one by one:
/// link lists, captions, share bars and other template parts that sit inside article
/// containers go, as do short lines that are not prose at the edges.
struct BodyExtractor {
    let dom: DOM
    let blocks: [Block]
    private var totals: (chars: [Int], links: [Int]) = ([], [])
    private var selectedChars = 0

    init(dom: DOM, blocks: [Block]) {
        self.dom = dom
        self.blocks = blocks
    }

    func verdict(_ i: Int32) -> Hints.Verdict { dom.nodes[Int(i)].verdict }

    func parent(_ i: Int32) -> Int32 { dom.nodes[Int(i)].parent }

    /// The paragraphs of the article body, in order.
    mutating func paragraphs(title: String?) -> [String] {
        guard !blocks.isEmpty else { return [] }
        totals = subtreeTotals()
        var container = selectContainer()
        // Sites that wrap the whole page in a "widget" or "sidebar" box: try again with
        // those parts allowed.
        if totals.chars[Int(container)] < 200 || container == DOM.root { container = selectContainer(ignoreUnlikely: true) }
        selectedChars = totals.chars[Int(container)]
        var kept: [Int] = []
        for (i, b) in blocks.enumerated() where isInside(b.owner, container) && keep(b, container: container) {
            kept.append(i)
        }
        return polish(kept, title: title)
    }

    // MARK: container

    /// Sums of text below each node, for link density.
    private func subtreeTotals() -> (chars: [Int], links: [Int]) {
        var chars = Array(repeating: 0, count: dom.nodes.count)
        var links = Array(repeating: 0, count: dom.nodes.count)
        for b in blocks {
            var n = b.owner
            while n >= 0 {
                chars[Int(n)] += b.chars
                links[Int(n)] += b.linkChars
                n = parent(n)
            }
        }
        return (chars, links)
    }

    /// How much a block speaks for the article around it (prose: long, punctuated, few
    /// links) and against it (links, short lines, template parts).
    static func value(_ b: Block, ignoreUnlikely: Bool) -> (good: Double, bad: Double) {
        if b.unlikely && !ignoreUnlikely { return (0, Double(b.chars)) }
        let linked = Double(b.linkChars)
        // Captions and subheads belong to articles as much as to teasers: only their
        // links speak against the container.
        if b.inFigure || b.isHeading { return (0, linked) }
        let plain = Double(b.chars - b.linkChars)
        let punctuated = b.stops > 0 || b.commas > 0
        // Prose keeps its worth even when it links a lot; a line of links has none.
        if plain >= 25 && punctuated { return (plain, linked * 0.5) }
        if b.chars < 25 || b.linkDensity > 0.5 { return (0, Double(b.chars)) }
        return (plain * 0.5, linked * 0.5)
    }

    /// The element whose text is most article and least template: the maximum of
    /// good - bad over the tree, since each step up from the article adds template
    /// parts (navigation, footers, teasers) faster than prose.
    func selectContainer(ignoreUnlikely: Bool = false) -> Int32 {
        var good = Array(repeating: 0.0, count: dom.nodes.count)
        var bad = Array(repeating: 0.0, count: dom.nodes.count)
        for b in blocks {
            let v = Self.value(b, ignoreUnlikely: ignoreUnlikely)
            var n = b.owner
            while n >= 0 {
                good[Int(n)] += v.good
                bad[Int(n)] += v.bad
                n = parent(n)
            }
        }
        var best: (node: Int32, score: Double) = (DOM.root, -Double.infinity)
        for n in 0..<dom.nodes.count where good[n] > 0 {
            // Template text costs more than prose earns: a wrapper must bring 1.5 characters
            // of prose for each one of navigation, teasers or links it adds.
            let s = good[n] - 1.5 * bad[n]
            if s > best.score { best = (Int32(n), s) }
        }
        // A paragraph element wins alone only when it is the whole article; its parent
        // holds the others.
        var top = best.node
        if dom.nodes[Int(top)].tag == .p || dom.nodes[Int(top)].tag.isHeading, parent(top) > 0 { top = parent(top) }
        return top
    }

    func isInside(_ node: Int32, _ container: Int32) -> Bool {
        var n = node
        while n >= 0 {
            if n == container { return true }
            n = parent(n)
        }
        return false
    }

    // MARK: block filter

    /// Whether a block inside the article container is article text.
    func keep(_ b: Block, container: Int32) -> Bool {
        if b.inFigure && !b.inBlockquote { return false }
        // Template parts between the block and the container.
        var n = b.owner
        while n >= 0, n != container {
            let tag = dom.nodes[Int(n)].tag
            switch tag {
            case .nav, .aside, .footer, .header, .figcaption, .form, .menu, .address: return false
            default: break
            }
            // A class that sounds like a template part, on an element holding most of the
            // article, is a template's quirk ("field-label-hidden"), not a template part.
            let v = verdict(n)
            if v.negative > 0 && !(b.inBlockquote && tag == .blockquote)
                && totals.chars[Int(n)] * 2 < selectedChars { return false }
            n = parent(n)
        }
        if b.inBlockquote { return b.linkDensity < 0.9 || b.chars > 40 }
        // A sentence may link a few of its words; a teaser or a list of links is mostly link.
        let longProse = b.stops > 0 && b.chars > 150
        let sentence = b.stops > 0 && b.chars >= 50
        if b.linkDensity > (longProse ? 0.7 : 0.5) { return false }
        if b.linkDensity > 0.25 && b.chars < 200 && !sentence && !b.inListItem { return false }
        return true
    }

    // MARK: paragraphs

    /// Drops the repeated headline and trims template lines at the edges of the body:
    /// a leading run of short non-sentences (kicker, byline, date) and a trailing one
    /// (tags, "share this", related headings).
    func polish(_ kept: [Int], title: String?) -> [String] {
        var lines = kept.map { blocks[$0] }
        let titleKey = title.map(Whitespace.letters)
        lines.removeAll { b in
            (b.ownerTag == .h1 || b.isHeading && b.chars < 200) && titleKey.map { Whitespace.letters(b.text) == $0 } == true
                || TemplateLines.isTemplateLine(b.text) || TemplateLines.isCaption(b.text)
        }
        func isProse(_ b: Block) -> Bool { b.stops > 0 && b.chars >= 40 || b.chars >= 120 || b.inBlockquote }
        while let first = lines.first, !isProse(first), first.ownerTag != .p || first.chars < 30 { lines.removeFirst() }
        while let last = lines.last, !isProse(last) { lines.removeLast() }
        return lines.map(\.text)
    }
}

/// Short lines that web templates print around articles.
enum TemplateLines {
    static let phrases: [String] = [
        "advertisement", "sponsored content", "share this", "share on", "share via", "click here",
        "read more", "read next", "sign up", "subscribe", "follow us", "related:", "related articles",
        "recommended", "more from", "you may also like", "most read", "most popular", "comments",
        "leave a comment", "join the conversation", "tap here", "continue reading", "show comments",
        "this article", "newsletter", "image:", "photo:", "getty images", "all rights reserved",
        "copyright ©", "©", "advert",
    ]

    static let creditLabels = ["image:", "images:", "photo:", "photos:", "picture:", "pictures:", "credit:", "foto:", "photograph:", "video:"]

    /// "Protesters in the square (Image: GETTY)": a caption that templates print inside
    /// the text flow rather than in a `<figcaption>`.
    static func isCaption(_ text: String) -> Bool {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        let inside = text[text.index(after: open)...].lowercased().trimmingCharacters(in: .whitespaces)
        return creditLabels.contains { inside.hasPrefix($0) }
    }

    /// A line of at most a few words that is one of the template phrases.
    static func isTemplateLine(_ text: String) -> Bool {
        guard text.unicodeScalars.count < 60 else { return false }
        let lower = text.lowercased()
        let words = lower.split(separator: " ").count
        for p in phrases where lower.hasPrefix(p) || (lower.hasSuffix(p) && words <= 6) {
            return words <= 8
        }
        return false
    }
}

