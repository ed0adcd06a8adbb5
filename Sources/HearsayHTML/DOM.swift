import CLibXML2

/// The elements extraction reasons about; everything else is `.other` and treated as
/// inline. Kept small so that a tag is one byte and comparisons are cheap.
public enum Tag: UInt8, Sendable {
    case other, text
    case html, head, body, title, meta, link, script, style, noscript, template
    case p, div, section, article, main, header, footer, aside, nav, span
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, blockquote, pre, address, center
    case table, thead, tbody, tfoot, tr, td, th, caption
    case figure, figcaption, picture, img, video, audio, iframe, svg, canvas, object, embed
    case form, input, button, select, textarea, label, fieldset, option
    case a, br, hr, time, b, strong, em, i, q, cite, sup, sub, small, code, u, mark
    case details, summary, menu, dialog

    static let byName: [String: Tag] = {
        var m: [String: Tag] = [:]
        for raw in UInt8(2)...UInt8(Tag.dialog.rawValue) {
            if let t = Tag(rawValue: raw) { m[String(describing: t)] = t }
        }
        return m
    }()

    /// Elements that start a new line of text in a browser.
    public var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .header, .footer, .aside, .nav,
             .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre,
             .address, .center, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
             .figure, .figcaption, .form, .fieldset, .details, .summary, .menu, .dialog,
             .hr, .body, .html, .video, .audio, .picture:
            true
        default: false
        }
    }

    public var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    /// Subtrees that never hold article text a reader sees.
    var isDropped: Bool {
        switch self {
        case .style, .noscript, .template, .svg, .canvas, .iframe, .object, .embed,
             .input, .button, .select, .textarea, .option, .dialog:
            true
        default: false
        }
    }
}

/// A parsed page as plain Swift values: elements with the attributes extraction reads,
/// and text. Built from libxml2's SAX events (no libxml2 tree is made, which halves its
/// cost) so that the scoring code is pure Swift.
public struct DOM: Sendable {
    public struct Node: Sendable {
        public var tag: Tag
        public var parent: Int32
        // Links rather than child arrays: one allocation less per element.
        public var firstChild: Int32 = -1
        public var lastChild: Int32 = -1
        public var nextSibling: Int32 = -1
        /// Text nodes: their UTF-8 bytes in `DOM.text`.
        public var textStart: Int32 = 0
        public var textEnd: Int32 = 0
        /// Attributes kept for extraction, names lowercased.
        public var attributes: [(name: String, value: String)] = []
        /// What the class and id say, read once while parsing (see `Hints`).
        var verdict = Hints.Verdict()
        var unlikely = false
        var hidden = false

        public func attribute(_ name: String) -> String? {
            for a in attributes where a.name == name { return a.value }
            return nil
        }
    }

    public var nodes: [Node]
    /// The text of all text nodes, UTF-8, one after another.
    public var text: [UInt8]
    /// JSON-LD blocks, in page order.
    public var jsonLD: [String]

    public static let root: Int32 = 0
}

extension DOM {
    /// Attribute names worth carrying over; the rest (styles for fonts, data-* tracking,
    /// event handlers) only cost memory.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "href", "content", "property", "name", "datetime", "rel",
        "hidden", "style", "aria-hidden", "lang", "type", "http-equiv", "charset", "pubdate", "xml:lang",
    ]

    /// Attributes that matter on one element only: making Strings of every link's href
    /// and every element's inline style cost more than the rest of the parse.
    static func keeps(_ name: String, on tag: Tag) -> Bool {
        switch name {
        case "href": tag == .link
        case "property", "name", "http-equiv", "charset": tag == .meta
        case "type": tag == .script
        case "lang", "xml:lang": tag == .html
        default: true
        }
    }

    /// Parses HTML bytes with libxml2's forgiving HTML parser, in the given encoding.
    public static func parse(_ bytes: [UInt8], encoding: String) -> DOM? {
        _ = libxml2Ready
        let builder = SAXBuilder()
        let ok: Bool = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                guard let ctxt = htmlCreateMemoryParserCtxt(p, Int32(buf.count)) else { return false }
                defer { htmlFreeParserCtxt(ctxt) }
                let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                    | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
                _ = htmlCtxtUseOptions(ctxt, options)
                // As htmlReadMemory does: a declared encoding wins over the page's <meta>.
                if let handler = xmlFindCharEncodingHandler(encoding) {
                    xmlSwitchToEncoding(ctxt, handler)
                    if let input = ctxt.pointee.input {
                        if let old = input.pointee.encoding { lx_free(UnsafeMutableRawPointer(mutating: old)) }
                        input.pointee.encoding = UnsafePointer(xmlStrdup(encoding))
                    }
                }
                guard let sax = ctxt.pointee.sax else { return false }
                sax.pointee = htmlSAXHandler()
                sax.pointee.startElement = { ctx, name, atts in
                    guard let ctx, let name else { return }
                    Unmanaged<SAXBuilder>.fromOpaque(ctx).takeUnretainedValue().start(name, atts)
                }
                sax.pointee.endElement = { ctx, _ in
                    guard let ctx else { return }
                    Unmanaged<SAXBuilder>.fromOpaque(ctx).takeUnretainedValue().end()
                }
                let characters: charactersSAXFunc = { ctx, ch, len in
                    guard let ctx, let ch, len > 0 else { return }
                    Unmanaged<SAXBuilder>.fromOpaque(ctx).takeUnretainedValue().characters(UnsafeBufferPointer(start: ch, count: Int(len)))
                }
                sax.pointee.characters = characters
                sax.pointee.ignorableWhitespace = characters
                sax.pointee.cdataBlock = characters
                ctx_userData(ctxt, Unmanaged.passUnretained(builder).toOpaque())
                _ = htmlParseDocument(ctxt)
                return true
            }
        }
        return ok ? builder.dom : nil
    }

    /// All text below `index`, white space as in the source; at most about `limit` bytes
    /// (callers looking for a short line need not copy a whole article to find out).
    public func text(of index: Int32, limit: Int = .max) -> String {
        var out: [UInt8] = []
        collectText(index, into: &out, limit: limit)
        return String(decoding: out, as: UTF8.self)
    }

    private func collectText(_ index: Int32, into out: inout [UInt8], limit: Int) {
        let tag = nodes[Int(index)].tag
        if tag == .text {
            out += text[Int(nodes[Int(index)].textStart)..<Int(nodes[Int(index)].textEnd)]
            return
        }
        if tag == .br { out.append(0x0A) }
        var child = nodes[Int(index)].firstChild
        while child >= 0, out.count < limit {
            collectText(child, into: &out, limit: limit)
            child = nodes[Int(child)].nextSibling
        }
    }
}

/// libxml2 sets up its global tables on first use, which is not thread-safe: do it once,
/// before parsers run on several threads (Swift runs global initialisers exactly once).
private let libxml2Ready: Void = xmlInitParser()

extension DOM {
    static var ready: Void { libxml2Ready }
}

@inline(__always)
private func ctx_userData(_ ctxt: htmlParserCtxtPtr, _ data: UnsafeMutableRawPointer) {
    ctxt.pointee.userData = data
}

/// Receives libxml2's SAX events and builds the DOM. A class because libxml2 holds a
/// pointer to it during the parse; it never outlives `DOM.parse`.
private final class SAXBuilder {
    var dom = DOM(nodes: [DOM.Node(tag: .other, parent: -1)], text: [], jsonLD: [])
    /// The open element; `-1` parents are never used because the root stays open.
    var current: Int32 = DOM.root
    /// Depth inside a dropped subtree (scripts, styles, forms controls...).
    var skipping = 0
    /// Open elements, and those opened past `maxDepth` (not made nodes: their text goes to
    /// the deepest element kept).
    var depth = 0
    var flattened = 0
    /// As browsers do (Chromium stops nesting at 512), a hostile page of endlessly nested
    /// elements is flattened, so that no walk over the tree runs out of stack.
    static let maxDepth = 512
    /// Collecting a JSON-LD script.
    var jsonLD: [UInt8]?
    /// Direct-mapped caches by name pointer (see `tag(_:)`): a slot holds the last name
    /// that fell into it. Cheaper than a Dictionary, which hashes every key again.
    var tagSlots = [(key: UInt, tag: Tag)](repeating: (0, .other), count: 512)
    var attributeSlots = [(key: UInt, name: String?)](repeating: (0, nil), count: 512)

    init() {
        dom.nodes.reserveCapacity(4096)
        dom.text.reserveCapacity(1 << 16)
    }

    func start(_ name: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if skipping > 0 {
            skipping += 1
            return
        }
        if depth >= SAXBuilder.maxDepth {
            flattened += 1
            return
        }
        let tag = tag(name)
        var attributes: [(name: String, value: String)] = []
        var hiddenByStyle = false
        if let atts {
            var i = 0
            while let n = atts[i] {
                if let kept = keptAttribute(n), DOM.keeps(kept, on: tag) {
                    if kept == "style" {
                        // Only whether it hides the element matters.
                        if let v = atts[i + 1], Hidden.styleHides(v) { hiddenByStyle = true }
                    } else {
                        attributes.append((kept, atts[i + 1].map { String(cString: $0) } ?? ""))
                    }
                }
                i += 2
            }
        }
        if tag.isDropped || tag == .script {
            skipping = 1
            // Only JSON-LD matters in scripts: the publisher's own metadata.
            if tag == .script, attributes.contains(where: { $0.name == "type" && $0.value.lowercased().contains("ld+json") }) {
                jsonLD = []
            }
            return
        }
        let index = Int32(dom.nodes.count)
        var node = DOM.Node(tag: tag, parent: current, attributes: attributes)
        if !attributes.isEmpty {
            (node.verdict, node.unlikely) = Hints.classify(node)
            node.hidden = Hidden.isHidden(node)
        }
        node.hidden = node.hidden || hiddenByStyle
        dom.nodes.append(node)
        link(index)
        current = index
        depth += 1
    }

    func end() {
        if skipping > 0 {
            skipping -= 1
            if skipping == 0, let bytes = jsonLD {
                dom.jsonLD.append(String(decoding: bytes, as: UTF8.self))
                jsonLD = nil
            }
            return
        }
        if flattened > 0 {
            flattened -= 1
            return
        }
        if current != DOM.root {
            current = dom.nodes[Int(current)].parent
            depth -= 1
        }
    }

    func characters(_ chunk: UnsafeBufferPointer<xmlChar>) {
        if skipping > 0 {
            if skipping == 1 { jsonLD?.append(contentsOf: chunk) }
            return
        }
        // libxml2 hands long text over in pieces: extend the text node it belongs to.
        let last = dom.nodes[Int(current)].lastChild
        if last >= 0, dom.nodes[Int(last)].tag == .text, Int(dom.nodes[Int(last)].textEnd) == dom.text.count {
            dom.text.append(contentsOf: chunk)
            dom.nodes[Int(last)].textEnd = Int32(dom.text.count)
            return
        }
        let start = Int32(dom.text.count)
        dom.text.append(contentsOf: chunk)
        let index = Int32(dom.nodes.count)
        dom.nodes.append(DOM.Node(tag: .text, parent: current, textStart: start, textEnd: Int32(dom.text.count)))
        link(index)
    }

    private func link(_ child: Int32) {
        let last = dom.nodes[Int(current)].lastChild
        if last >= 0 { dom.nodes[Int(last)].nextSibling = child } else { dom.nodes[Int(current)].firstChild = child }
        dom.nodes[Int(current)].lastChild = child
    }

    /// libxml2 interns names in a per-parse dictionary, so one name is one pointer:
    /// caching by pointer saves making a String for every element and attribute.
    private func tag(_ name: UnsafePointer<xmlChar>) -> Tag {
        let key = UInt(bitPattern: name)
        let slot = Int(truncatingIfNeeded: (key >> 3) & 511)
        if tagSlots[slot].key == key { return tagSlots[slot].tag }
        let t = Tag.byName[String(cString: name)] ?? .other
        tagSlots[slot] = (key, t)
        return t
    }

    private func keptAttribute(_ name: UnsafePointer<xmlChar>) -> String? {
        let key = UInt(bitPattern: name)
        let slot = Int(truncatingIfNeeded: (key >> 3) & 511)
        if attributeSlots[slot].key == key { return attributeSlots[slot].name }
        let s = String(cString: name)
        let kept = DOM.keptAttributes.contains(s) ? s : nil
        attributeSlots[slot] = (key, kept)
        return kept
    }
}
