/// Finds the article body among a page's blocks.
///
/// Two passes. First the container: every paragraph-like block votes for its ancestors
/// (more for longer text with commas, as prose has), and each ancestor's total is scaled
/// by its link density and its class/id hints; the best one, with siblings that score
/// close to it, is the article. Then the blocks inside it are filtered one by one:
/// link lists, captions, share bars and other template parts that sit inside article
/// containers go, as do short lines that are not prose.
struct BodyExtractor {
    let dom: DOM
    let blocks: [Block]
    /// Per node: its class/id verdict, computed once.
    private var verdicts: [Hints.Verdict?]

    init(dom: DOM, blocks: [Block]) {
        self.dom = dom
        self.blocks = blocks
        verdicts = Array(repeating: nil, count: dom.nodes.count)
    }

    mutating func verdict(_ i: Int32) -> Hints.Verdict {
        if let v = verdicts[Int(i)] { return v }
        let v = Hints.verdict(dom.nodes[Int(i)])
        verdicts[Int(i)] = v
        return v
    }

    func parent(_ i: Int32) -> Int32 { dom.nodes[Int(i)].parent }

    /// The paragraphs of the article body, in order.
    mutating func paragraphs(title: String?) -> [String] {
        guard !blocks.isEmpty else { return [] }
        let selected = selectContainers()
        var kept: [Int] = []
        for (i, b) in blocks.enumerated() where isInside(b.owner, selected) && keep(b, selected: selected) {
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

    static func tagPrior(_ t: Tag) -> Double {
        switch t {
        case .div, .article, .main, .section: 5
        case .pre, .td, .blockquote: 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: -5
        default: 0
        }
    }

    mutating func selectContainers() -> Set<Int32> {
        let totals = subtreeTotals()
        var score: [Int32: Double] = [:]
        for b in blocks where b.chars >= 25 && !b.inFigure {
            let prose = 1 + Double(b.commas) + min(Double(b.chars) / 100, 3)
            // A paragraph's own element is the paragraph; its ancestors hold the article.
            var n = dom.nodes[Int(b.owner)].tag == .p || b.isHeading || b.ownerTag == .li ? parent(b.owner) : b.owner
            var level = 0
            while n > 0, level < 5 {
                if score[n] == nil { score[n] = Self.tagPrior(dom.nodes[Int(n)].tag) + Double(verdict(n).weight) }
                let share = level == 0 ? 1 : (level == 1 ? 0.5 : 1 / Double(level * 3))
                score[n]! += prose * share
                n = parent(n)
                level += 1
            }
        }
        var best: (node: Int32, score: Double)?
        var final: [Int32: Double] = [:]
        for (n, s) in score {
            let c = totals.chars[Int(n)]
            let density = c == 0 ? 0 : Double(totals.links[Int(n)]) / Double(c)
            let f = s * (1 - density)
            final[n] = f
            if best == nil || f > best!.score { best = (n, f) }
        }
        guard var top = best else { return [DOM.root] }
        // A lone paragraph's container is too narrow when its parent holds as much again
        // of the text: climb while the parent is mostly made of the same article.
        while parent(top.node) > 0 {
            let p = parent(top.node)
            let mine = totals.chars[Int(top.node)], theirs = totals.chars[Int(p)]
            guard let ps = final[p], ps >= top.score * 0.9 || (Double(mine) > 0.85 * Double(theirs) && theirs > 0) else { break }
            top = (p, max(ps, top.score))
        }
        var selected: Set<Int32> = [top.node]
        let threshold = max(10, top.score * 0.2)
        let siblings = parent(top.node) >= 0 ? dom.nodes[Int(parent(top.node))].children : []
        for s in siblings where s != top.node && dom.nodes[Int(s)].tag != .text {
            if let fs = final[s], fs >= threshold, verdict(s).negative == 0 {
                selected.insert(s)
            } else if dom.nodes[Int(s)].tag == .p {
                let c = totals.chars[Int(s)]
                let d = c == 0 ? 1 : Double(totals.links[Int(s)]) / Double(c)
                if c > 80 && d < 0.25 { selected.insert(s) }
            }
        }
        return selected
    }

    func isInside(_ node: Int32, _ roots: Set<Int32>) -> Bool {
        var n = node
        while n >= 0 {
            if roots.contains(n) { return true }
            n = parent(n)
        }
        return false
    }

    // MARK: block filter

    /// Whether a block inside the article container is article text.
    mutating func keep(_ b: Block, selected: Set<Int32>) -> Bool {
        if b.inFigure && !b.inBlockquote { return false }
        // Template parts between the block and the container.
        var n = b.owner
        while n >= 0, !selected.contains(n) {
            let node = dom.nodes[Int(n)]
            switch node.tag {
            case .nav, .aside, .footer, .header, .figcaption, .form, .menu, .address: return false
            default: break
            }
            let v = verdict(n)
            if v.negative > 0 && !(b.inBlockquote && node.tag == .blockquote) { return false }
            n = parent(n)
        }
        if b.inBlockquote { return b.linkDensity < 0.9 || b.chars > 40 }
        if b.linkDensity > 0.5 { return false }
        if b.linkDensity > 0.25 && b.chars < 200 { return false }
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
                || Boilerplate.isTemplateLine(b.text)
        }
        func isProse(_ b: Block) -> Bool { b.stops > 0 && b.chars >= 40 || b.chars >= 120 || b.inBlockquote }
        while let first = lines.first, !isProse(first), first.ownerTag != .p || first.chars < 30 { lines.removeFirst() }
        while let last = lines.last, !isProse(last) { lines.removeLast() }
        return lines.map(\.text)
    }
}

/// Short lines that web templates print around articles in every language we read.
enum Boilerplate {
    static let phrases: [String] = [
        "advertisement", "sponsored content", "share this", "share on", "share via", "click here",
        "read more", "read next", "sign up", "subscribe", "follow us", "related:", "related articles",
        "recommended", "more from", "you may also like", "most read", "most popular", "comments",
        "leave a comment", "join the conversation", "tap here", "continue reading", "show comments",
        "this article", "newsletter", "image:", "photo:", "getty images", "all rights reserved",
        "copyright ©", "©",
    ]

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
