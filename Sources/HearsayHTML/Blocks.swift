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
    private var buffer: [UInt8] = []
    /// The last character added ends a sentence (or a quotation or a label).
    private var endsWithStop = false
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
        let tag = dom.nodes[Int(index)].tag
        if tag == .text {
            append(Int(dom.nodes[Int(index)].textStart), Int(dom.nodes[Int(index)].textEnd))
            return
        }
        if dom.nodes[Int(index)].hidden { return }
        switch tag {
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
        let block = tag.isBlock
        let savedOwner = owner, savedOwnerTag = ownerTag, savedLink = inLink
        if block {
            flush()
            owner = index
            ownerTag = tag
        }
        if tag == .a { inLink = true }
        let unlikely = dom.nodes[Int(index)].unlikely
        if unlikely { unlikelyDepth += 1 }
        if tag == .blockquote { blockquoteDepth += 1 }
        if tag == .figure || tag == .figcaption { figureDepth += 1 }
        if tag == .li || tag == .dd || tag == .dt { listDepth += 1 }
        var child = dom.nodes[Int(index)].firstChild
        while child >= 0 {
            walk(child)
            child = dom.nodes[Int(child)].nextSibling
        }
        inLink = savedLink
        if block {
            flush()
            owner = savedOwner
            ownerTag = savedOwnerTag
        }
        if tag == .blockquote { blockquoteDepth -= 1 }
        if tag == .figure || tag == .figcaption { figureDepth -= 1 }
        if tag == .li || tag == .dd || tag == .dt { listDepth -= 1 }
        if unlikely { unlikelyDepth -= 1 }
    }

    /// Adds text node bytes to the current block, white space collapsed. Works on the
    /// UTF-8 bytes: this loop sees every character of every page.
    private mutating func append(_ start: Int, _ end: Int) {
        // One reference for the loop: going through `dom` retained the buffer per byte.
        let text = dom.text
        var i = start
        while i < end {
            let b = text[i]
            var length = 1
            let space: Bool
            if b < 0x80 {
                space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                // Other control characters never belong in text.
                if !space && (b < 0x20 || b == 0x7F) {
                    i += 1
                    continue
                }
            } else {
                length = min(end - i, b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2)
                space = Self.isMultiByteSpace(text, i, length)
            }
            if space {
                pendingSpace = !buffer.isEmpty
                i += length
                continue
            }
            lastWasBreak = false
            if pendingSpace { buffer.append(0x20) }
            pendingSpace = false
            buffer.append(contentsOf: text[i..<(i + length)])
            chars += 1
            if inLink { linkChars += 1 }
            endsWithStop = false
            if length == 1 {
                switch b {
                case UInt8(ascii: ","): commas += 1
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    stops += 1
                    endsWithStop = true
                case UInt8(ascii: ":"), UInt8(ascii: "\""): endsWithStop = true
                default: break
                }
            } else if length == 3 {
                let c1 = text[i + 1], c2 = text[i + 2]
                switch (b, c1, c2) {
                case (0xE3, 0x80, 0x81), (0xEF, 0xBC, 0x8C): commas += 1  // 、，
                case (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F):  // 。！？
                    stops += 1
                    endsWithStop = true
                case (0xE2, 0x80, 0x9D): endsWithStop = true  // closing curly quote
                default: break
                }
            }
            i += length
        }
    }

    /// No-break, ideographic, zero-width and the other Unicode spaces, in UTF-8.
    static func isMultiByteSpace(_ t: [UInt8], _ i: Int, _ length: Int) -> Bool {
        let b0 = t[i]
        if length == 2 { return b0 == 0xC2 && (t[i + 1] == 0xA0 || t[i + 1] == 0x85) }
        guard length == 3 else { return false }
        let b1 = t[i + 1], b2 = t[i + 2]
        switch (b0, b1) {
        case (0xE2, 0x80): return b2 <= 0x8B || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF
        case (0xE2, 0x81): return b2 == 0x9F
        case (0xE3, 0x80): return b2 == 0x80
        case (0xEF, 0xBB): return b2 == 0xBF
        case (0xE1, 0x9A): return b2 == 0x80
        default: return false
        }
    }

    private func endsSentence() -> Bool { !buffer.isEmpty && endsWithStop }

    private mutating func flush() {
        if chars > 0 {
            blocks.append(Block(
                text: String(decoding: buffer, as: UTF8.self), chars: chars, linkChars: linkChars, owner: owner, ownerTag: ownerTag,
                inBlockquote: blockquoteDepth > 0, inFigure: figureDepth > 0, inListItem: listDepth > 0,
                commas: commas, unlikely: unlikelyDepth > 0, stops: stops
            ))
        }
        buffer.removeAll(keepingCapacity: true)
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
            default: break
            }
        }
        return false
    }

    /// `display: none` or `visibility: hidden` in an inline style, read on the C string.
    static func styleHides(_ style: UnsafePointer<UInt8>) -> Bool {
        var squeezed: [UInt8] = []
        var i = 0
        while style[i] != 0, squeezed.count < 512 {
            let b = style[i]
            if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { squeezed.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
            i += 1
        }
        return contains(squeezed, "display:none") || contains(squeezed, "visibility:hidden")
    }

    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard haystack.count >= n.count else { return false }
        for start in 0...(haystack.count - n.count) where haystack[start] == n[0] {
            if haystack[start..<(start + n.count)].elementsEqual(n) { return true }
        }
        return false
    }
}
