/// A run of text as a browser would lay it out on its own line(s): the text between two
/// block-level boundaries, with the facts the scorer needs about where it sits.
struct Block: Sendable {
    var text: String
    /// Non-space scalars.
    var chars: Int
    /// Non-space scalars inside links.
    var linkChars: Int
    /// The nearest block-level element holding the text.
    var owner: Int32
    var ownerTag: Tag
    var inBlockquote: Bool
    var inFigure: Bool
    var inListItem: Bool
    var inTable: Bool
    var commas: Int
    /// Inside an element whose class or id names a page part that is never the article.
    var unlikely: Bool
    /// Sentence-ending punctuation anywhere in the text.
    var stops: Int

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
    var isHeading: Bool { ownerTag.isHeading }
}

/// Flattens a DOM into blocks, skipping what a reader never sees (hidden elements).
struct BlockBuilder {
    let dom: DOM
    var blocks: [Block] = []
    private var buffer = String.UnicodeScalarView()
    private var chars = 0
    private var linkChars = 0
    private var commas = 0
    private var stops = 0
    private var pendingSpace = false
    private var owner: Int32 = DOM.root
    private var ownerTag: Tag = .body
    private var inLink = false
    private var blockquoteDepth = 0
    private var figureDepth = 0
    private var listDepth = 0
    private var tableDepth = 0
    private var unlikelyDepth = 0
    private var lastWasBreak = false

    init(dom: DOM) {
        self.dom = dom
    }

    static func build(_ dom: DOM) -> [Block] {
        var b = BlockBuilder(dom: dom)
        if let body = dom.nodes.indices.first(where: { dom.nodes[$0].tag == .body }) {
            b.walk(Int32(body))
        } else {
            b.walk(DOM.root)
        }
        b.flush()
        return b.blocks
    }

    private mutating func walk(_ index: Int32) {
        let node = dom.nodes[Int(index)]
        if node.tag == .text {
            append(node.text)
            return
        }
        if Hidden.isHidden(node) { return }
        switch node.tag {
        case .head, .title, .meta, .link:
            return
        case .br:
            // Two breaks in a row are a paragraph break; one after a full sentence too.
            if lastWasBreak || endsSentence() {
                flush()
            } else {
                pendingSpace = !buffer.isEmpty
            }
            lastWasBreak = true
            return
        case .img:
            return
        default:
            break
        }
        let block = node.tag.isBlock
        let savedOwner = owner, savedOwnerTag = ownerTag, savedLink = inLink
        if block {
            flush()
            owner = index
            ownerTag = node.tag
        }
        if node.tag == .a { inLink = true }
        let unlikely = Hints.isUnlikely(node)
        if unlikely { unlikelyDepth += 1 }
        if node.tag == .blockquote { blockquoteDepth += 1 }
        if node.tag == .figure || node.tag == .figcaption { figureDepth += 1 }
        if node.tag == .li || node.tag == .dd || node.tag == .dt { listDepth += 1 }
        if node.tag == .td || node.tag == .th { tableDepth += 1 }
        for c in node.children { walk(c) }
        inLink = savedLink
        if block {
            flush()
            owner = savedOwner
            ownerTag = savedOwnerTag
        }
        if node.tag == .blockquote { blockquoteDepth -= 1 }
        if node.tag == .figure || node.tag == .figcaption { figureDepth -= 1 }
        if node.tag == .li || node.tag == .dd || node.tag == .dt { listDepth -= 1 }
        if node.tag == .td || node.tag == .th { tableDepth -= 1 }
        if unlikely { unlikelyDepth -= 1 }
    }

    private mutating func append(_ text: String) {
        for c in text.unicodeScalars {
            if c.properties.isWhitespace || c == "\u{200B}" || c == "\u{FEFF}" {
                pendingSpace = !buffer.isEmpty
                continue
            }
            lastWasBreak = false
            if pendingSpace { buffer.append(" ") }
            pendingSpace = false
            buffer.append(c)
            chars += 1
            if inLink { linkChars += 1 }
            switch c {
            case ",", "\u{FF0C}", "\u{3001}": commas += 1
            case ".", "!", "?", "\u{3002}", "\u{FF01}", "\u{FF1F}": stops += 1
            default: break
            }
        }
    }

    private func endsSentence() -> Bool {
        guard let last = buffer.last else { return false }
        switch last {
        case ".", "!", "?", ":", "\u{201D}", "\"", "\u{3002}", "\u{FF01}", "\u{FF1F}": return true
        default: return false
        }
    }

    private mutating func flush() {
        if chars > 0 {
            blocks.append(Block(
                text: String(buffer), chars: chars, linkChars: linkChars, owner: owner, ownerTag: ownerTag,
                inBlockquote: blockquoteDepth > 0, inFigure: figureDepth > 0, inListItem: listDepth > 0,
                inTable: tableDepth > 0, commas: commas, unlikely: unlikelyDepth > 0, stops: stops
            ))
        }
        buffer = String.UnicodeScalarView()
        chars = 0
        linkChars = 0
        commas = 0
        stops = 0
        pendingSpace = false
    }
}

enum Hidden {
    static func isHidden(_ node: DOM.Node) -> Bool {
        if node.attributes.isEmpty { return false }
        for a in node.attributes {
            switch a.name {
            case "hidden": return true
            case "aria-hidden": if a.value == "true" { return true }
            case "style":
                let s = a.value.lowercased().filter { $0 != " " }
                if s.contains("display:none") || s.contains("visibility:hidden") { return true }
            default: break
            }
        }
        return false
    }
}
