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
/// and text. Built once from libxml2's tree so that the scoring code is pure Swift.
public struct DOM: Sendable {
    public struct Node: Sendable {
        public var tag: Tag
        public var parent: Int32
        public var children: [Int32] = []
        /// Text nodes: the raw text. Elements: empty.
        public var text: String = ""
        /// Attributes kept for extraction, names lowercased.
        public var attributes: [(name: String, value: String)] = []

        public func attribute(_ name: String) -> String? {
            for a in attributes where a.name == name { return a.value }
            return nil
        }
    }

    public var nodes: [Node]
    /// JSON-LD blocks, in page order.
    public var jsonLD: [String]

    public static let root: Int32 = 0
}

extension DOM {
    /// Attribute names worth carrying over; the rest (styles for fonts, data-* tracking,
    /// event handlers) only cost memory.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "itemtype", "itemscope", "href", "content", "property",
        "name", "datetime", "rel", "hidden", "style", "aria-hidden", "lang", "type", "http-equiv",
        "charset", "pubdate", "data-testid", "aria-label", "xml:lang",
    ]

    /// Parses HTML bytes with libxml2's forgiving HTML parser, in the given encoding.
    public static func parse(_ bytes: [UInt8], encoding: String) -> DOM? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlReadMemory(p, Int32(buf.count), nil, encoding, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        var dom = DOM(nodes: [Node(tag: .other, parent: -1)], jsonLD: [])
        dom.nodes.reserveCapacity(bytes.count / 40)
        var child = doc.pointee.children
        while let c = child {
            dom.append(c, parent: DOM.root)
            child = c.pointee.next
        }
        return dom
    }

    private mutating func append(_ node: xmlNodePtr, parent: Int32) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            let index = Int32(nodes.count)
            nodes.append(Node(tag: .text, parent: parent, text: String(cString: content)))
            nodes[Int(parent)].children.append(index)
        case XML_ELEMENT_NODE:
            let name = String(cString: node.pointee.name).lowercased()
            let tag = Tag.byName[name] ?? .other
            if tag.isDropped { return }
            var attributes: [(name: String, value: String)] = []
            var prop = node.pointee.properties
            while let a = prop {
                let attrName = String(cString: a.pointee.name).lowercased()
                if DOM.keptAttributes.contains(attrName) {
                    var value = ""
                    if let v = xmlNodeGetContent(UnsafeMutableRawPointer(a).assumingMemoryBound(to: xmlNode.self)) {
                        value = String(cString: v)
                        lx_free(v)
                    }
                    attributes.append((attrName, value))
                }
                prop = a.pointee.next
            }
            if tag == .script {
                // Only JSON-LD matters in scripts: the publisher's own metadata.
                if attributes.contains(where: { $0.name == "type" && $0.value.lowercased().contains("ld+json") }),
                   let v = xmlNodeGetContent(node) {
                    jsonLD.append(String(cString: v))
                    lx_free(v)
                }
                return
            }
            let index = Int32(nodes.count)
            nodes.append(Node(tag: tag, parent: parent, attributes: attributes))
            nodes[Int(parent)].children.append(index)
            var child = node.pointee.children
            while let c = child {
                append(c, parent: index)
                child = c.pointee.next
            }
        default:
            return
        }
    }

    /// All text below `index`, white space as in the source.
    public func text(of index: Int32) -> String {
        var out = ""
        collectText(index, into: &out)
        return out
    }

    private func collectText(_ index: Int32, into out: inout String) {
        let n = nodes[Int(index)]
        if n.tag == .text {
            out += n.text
            return
        }
        if n.tag == .br { out += "\n" }
        for c in n.children { collectText(c, into: &out) }
    }

    /// Element indices in document order whose tag is `tag`.
    public func elements(_ tag: Tag) -> [Int32] {
        var out: [Int32] = []
        for (i, n) in nodes.enumerated() where n.tag == tag { out.append(Int32(i)) }
        return out
    }
}
