import Foundation
import HearsayText

/// What a page says about itself: the publisher's JSON-LD first (it is what search
/// engines read, so publishers keep it right), then OpenGraph and other meta tags, then
/// what the visible page shows (`<time>`, the `<h1>`, a date in the URL).
public struct PageMetadata: Sendable, Equatable {
    public var title: String?
    public var byline: String?
    public var published: String?
    public var outlet: String?
    public var url: String?
    public var language: String?
    /// The publisher's own copy of the body, when its JSON-LD carries one.
    public var articleBody: String?
}

extension PageMetadata {
    static func read(_ dom: DOM, pageURL: String?) -> PageMetadata {
        let meta = MetaTags(dom)
        let ld = JSONLD.article(in: dom.jsonLD)
        var m = PageMetadata()

        m.url = [meta.linkCanonical, meta["og:url"], ld?.url].compactMap { $0 }.first { isAbsoluteURL($0) }
            ?? pageURL.flatMap { isAbsoluteURL($0) ? $0 : nil }

        m.outlet = firstNonEmpty(
            meta["og:site_name"], ld?.publisher, meta["application-name"], meta["al:ios:app_name"],
            meta["twitter:site"].map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
        ) ?? m.url.flatMap(host(of:))

        let datePublishedCandidates: [String?] = [
            ld?.datePublished,
            meta["article:published_time"], meta["og:published_time"], meta["og:article:published_time"],
            meta.itemprop("datePublished"),
            meta["datepublished"], meta["publishdate"], meta["publish-date"], meta["publish_date"],
            meta["pubdate"], meta["article.published"], meta["parsely-pub-date"], meta["sailthru.date"],
            meta["dc.date.issued"], meta["dcterms.issued"], meta["dc.date"], meta["dcterms.date"],
            meta["dcterms.created"], meta["date"], meta["article:published"], meta["originalpublicationdate"],
            meta["cxenseparse:recs:publishtime"], meta["rnews:datepublished"], meta["citation_publication_date"],
            ld?.dateCreated,
        ]
        let language = Language.primary(firstNonEmpty(
            meta.htmlLang, meta["content-language"], ld?.inLanguage, meta["og:locale"], meta["language"], meta["dc.language"]
        ))
        let dayFirst = !(language == nil || language == "en" && !(meta.htmlLang ?? "").lowercased().hasSuffix("gb"))
        func iso(_ s: String) -> String? { DateText.parse(s, dayFirst: dayFirst)?.iso }
        m.published = datePublishedCandidates.lazy.compactMap { $0.flatMap(iso) }.first
            ?? TimeElements.published(in: dom).flatMap(iso)
            ?? [m.url, pageURL].lazy.compactMap { $0.flatMap(dateInURL) }.first
            ?? VisibleDates.first(in: dom).flatMap(iso)
        // A meta tag giving the day alone ("2026-11-02") orders the page after every report
        // of that day with a time: the byline's "November 2, 2026 11:42 AM GMT" says when.
        if let day = m.published, day.count == 10,
           let timed = [TimeElements.published(in: dom), VisibleDates.first(in: dom)].lazy
               .compactMap({ $0.flatMap(iso) }).first(where: { $0.count > 10 && $0.hasPrefix(day) }) {
            m.published = timed
        }

        m.byline = Bylines.clean(firstNonEmpty(
            ld?.authors.isEmpty == false ? ld?.authors.joined(separator: ", ") : nil,
            meta["author"].flatMap { isAbsoluteURL($0) ? nil : $0 },
            meta["article:author"].flatMap { isAbsoluteURL($0) ? nil : $0 },
            meta["parsely-author"], meta["sailthru.author"], meta["dc.creator"], meta["byl"],
            meta.itemprop("author")
        ) ?? Bylines.visible(in: dom), outlet: m.outlet)

        m.title = Titles.choose(
            h1: Titles.h1(in: dom), og: meta["og:title"] ?? meta["twitter:title"], ld: ld?.headline,
            title: meta.titleElement, outlet: m.outlet
        )
        m.language = language
        m.articleBody = ld?.articleBody
        return m
    }
}

func firstNonEmpty(_ values: String?...) -> String? {
    for v in values {
        if let v, case let t = Whitespace.trim(v), !t.isEmpty { return t }
    }
    return nil
}

func isAbsoluteURL(_ s: String) -> Bool { s.hasPrefix("http://") || s.hasPrefix("https://") }

func host(of url: String) -> String? {
    guard let h = URLComponents(string: url)?.host?.lowercased() else { return nil }
    return h.hasPrefix("www.") ? String(h.dropFirst(4)) : h
}

/// /2019/11/08/, /2019-11-08 or /2019/nov/18/ in a URL path: many sites date their paths.
func dateInURL(_ url: String) -> String? {
    if let named = namedMonthDateInURL(url) { return named }
    let bytes = Array(url.utf8)
    var i = 0
    while i + 10 <= bytes.count {
        if bytes[i] == UInt8(ascii: "/") || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "_") {
            let d = bytes[(i + 1)...]
            if let y = number(d, 4), (1995...2100).contains(y.value),
               let sep = y.next < bytes.count ? bytes[y.next] : nil, sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-"),
               let m = number(bytes[(y.next + 1)...], 2), (1...12).contains(m.value),
               m.next < bytes.count, bytes[m.next] == sep,
               let dd = number(bytes[(m.next + 1)...], 2), (1...31).contains(dd.value),
               dd.next == bytes.count || !(bytes[dd.next] >= 0x30 && bytes[dd.next] <= 0x39) {
                return String(format: "%04d-%02d-%02d", y.value, m.value, dd.value)
            }
        }
        i += 1
    }
    return nil
}

private func namedMonthDateInURL(_ url: String) -> String? {
    let parts = url.split(separator: "/")
    guard parts.count >= 3 else { return nil }
    for i in 0..<(parts.count - 2) {
        guard parts[i].count == 4, let y = Int(parts[i]), (1995...2100).contains(y),
              let m = DateText.month(parts[i + 1].lowercased()), let d = Int(parts[i + 2]), (1...31).contains(d) else { continue }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
    return nil
}

private func number(_ s: ArraySlice<UInt8>, _ width: Int) -> (value: Int, next: Int)? {
    var v = 0
    var i = s.startIndex
    while i < s.endIndex, i - s.startIndex < width, s[i] >= 0x30 && s[i] <= 0x39 {
        v = v * 10 + Int(s[i] - 0x30)
        i += 1
    }
    return i - s.startIndex == width ? (v, i) : nil
}

/// `<meta>` and `<link>` values by lowercased name/property, first one wins.
struct MetaTags {
    private var values: [String: String] = [:]
    private var itemprops: [String: String] = [:]
    var linkCanonical: String?
    var titleElement: String?
    var htmlLang: String?

    init(_ dom: DOM) {
        for i in dom.nodes.indices where dom.nodes[i].tag != .text && !dom.nodes[i].attributes.isEmpty || dom.nodes[i].tag == .title {
            let n = dom.nodes[i]
            switch n.tag {
            case .meta:
                let content = n.attribute("content").map(Whitespace.trim)
                guard let content, !content.isEmpty else { continue }
                for key in ["property", "name", "http-equiv"] {
                    if let k = n.attribute(key)?.lowercased(), values[k] == nil { values[k] = content }
                }
                if let k = n.attribute("itemprop"), itemprops[k] == nil { itemprops[k] = content }
            case .link:
                if let rel = n.attribute("rel")?.lowercased(), rel.split(separator: " ").contains("canonical"),
                   linkCanonical == nil, let href = n.attribute("href") {
                    linkCanonical = href.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            case .title:
                if titleElement == nil { titleElement = Whitespace.collapse(dom.text(of: Int32(i))) }
            case .html:
                htmlLang = n.attribute("lang") ?? n.attribute("xml:lang")
            case .time:
                if let k = n.attribute("itemprop"), itemprops[k] == nil, let v = n.attribute("datetime") { itemprops[k] = v }
            default:
                if let k = n.attribute("itemprop"), k == "author" || k == "datePublished", itemprops[k] == nil {
                    let v = n.attribute("content") ?? n.attribute("datetime") ?? Whitespace.collapse(dom.text(of: Int32(i), limit: 400))
                    if !v.isEmpty, v.count < 200 { itemprops[k] = v }
                }
            }
        }
    }

    subscript(_ key: String) -> String? { values[key] }
    func itemprop(_ key: String) -> String? { itemprops[key] }
}

/// The Article (or NewsArticle, BlogPosting, ...) object among a page's JSON-LD blocks.
struct JSONLD {
    var headline: String?
    var datePublished: String?
    var dateCreated: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    var inLanguage: String?
    var articleBody: String?

    static func article(in blocks: [String]) -> JSONLD? {
        var best: (rank: Int, object: [String: Any])?
        for block in blocks {
            guard let value = parse(block) else { continue }
            visit(value) { object in
                let rank = rankType(object["@type"])
                if rank > 0, rank > (best?.rank ?? 0) { best = (rank, object) }
            }
        }
        guard let object = best?.object else { return nil }
        var r = JSONLD()
        r.headline = string(object["headline"]) ?? string(object["name"])
        r.datePublished = string(object["datePublished"])
        r.dateCreated = string(object["dateCreated"]) ?? string(object["uploadDate"])
        r.authors = names(object["author"]) + (object["author"] == nil ? names(object["creator"]) : [])
        r.publisher = names(object["publisher"]).first ?? names(object["sourceOrganization"]).first
        r.url = string(object["url"]) ?? id(object["mainEntityOfPage"])
        r.inLanguage = string(object["inLanguage"])
        r.articleBody = string(object["articleBody"])
        return r
    }

    /// Publishers write JSON-LD by hand: raw newlines inside strings, HTML comments and
    /// CDATA markers around it. Clean those before a strict parser sees it.
    static func parse(_ block: String) -> Any? {
        var bytes = Array(block.utf8)
        // Raw control characters are invalid in JSON strings and meaningless outside them.
        for i in bytes.indices where bytes[i] < 0x20 { bytes[i] = 0x20 }
        guard let start = bytes.firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }),
              let end = bytes.lastIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "]") }), start < end else {
            return nil
        }
        // Cutting to the outermost brackets drops the comment and CDATA markers around it.
        return try? JSONSerialization.jsonObject(with: Data(bytes[start...end]), options: [])
    }

    static func visit(_ value: Any, depth: Int = 0, _ body: ([String: Any]) -> Void) {
        guard depth < 8 else { return }
        if let o = value as? [String: Any] {
            body(o)
            if let g = o["@graph"] { visit(g, depth: depth + 1, body) }
            if let m = o["mainEntity"] { visit(m, depth: depth + 1, body) }
        } else if let a = value as? [Any] {
            for v in a { visit(v, depth: depth + 1, body) }
        }
    }

    /// News types beat generic articles, which beat web pages (whose dates are often the
    /// page's, not the story's).
    static func rankType(_ type: Any?) -> Int {
        let types: [String] = (type as? [Any])?.compactMap { $0 as? String } ?? [(type as? String) ?? ""]
        var rank = 0
        for t in types {
            let r: Int
            if t.hasSuffix("NewsArticle") { r = 4 }
            else if t.hasSuffix("Article") || t.hasSuffix("Posting") || t == "Report" { r = 3 }
            else if t == "WebPage" || t == "ItemPage" { r = 1 }
            else { r = 0 }
            rank = max(rank, r)
        }
        return rank
    }

    static func string(_ v: Any?) -> String? {
        if let s = v as? String { return s.isEmpty ? nil : s }
        if let a = v as? [Any] { return a.lazy.compactMap { string($0) }.first }
        if let n = v as? NSNumber { return n.stringValue }
        return nil
    }

    static func id(_ v: Any?) -> String? {
        if let s = v as? String { return s }
        if let o = v as? [String: Any] { return string(o["@id"]) ?? string(o["url"]) }
        return nil
    }

    static func names(_ v: Any?) -> [String] {
        if let s = v as? String { return s.isEmpty || isAbsoluteURL(s) ? [] : [s] }
        if let o = v as? [String: Any] { return string(o["name"]).map { [$0] } ?? [] }
        if let a = v as? [Any] { return a.flatMap { names($0) } }
        return []
    }
}

/// The visible `<time>` that dates the article: one marked as the publication time, else
/// the first in the document.
enum TimeElements {
    static func published(in dom: DOM) -> String? {
        var first: String?
        for i in dom.nodes.indices where dom.nodes[i].tag == .time {
            let n = dom.nodes[i]
            let value = n.attribute("datetime")
            let marked = n.attribute("pubdate") != nil || (n.attribute("itemprop") ?? "").contains("datePublished")
                || (n.attribute("class") ?? "").lowercased().contains("publish")
            if marked, let value { return value }
            if first == nil { first = value }
        }
        return first
    }
}

/// Dates printed on the page rather than declared: in an element whose class or id says
/// it holds a date ("article-date", "storyDate", "posted-on"), else in a short line just
/// below the headline, where bylines and datelines sit.
enum VisibleDates {
    static let dateTokens = Hints.hashes(["date", "time", "published", "publish", "pubdate", "posted", "timestamp", "dateline", "datetime", "updated"])

    static func first(in dom: DOM) -> String? {
        var afterHeadline = -1
        for i in dom.nodes.indices where dom.nodes[i].tag != .text {
            let n = dom.nodes[i]
            if n.tag == .h1 && afterHeadline < 0 { afterHeadline = 0 }
            var dated = false
            for a in n.attributes where a.name == "class" || a.name == "id" {
                Hints.tokens(a.value) { if dateTokens.contains($0) { dated = true } }
            }
            let inBylineZone = afterHeadline >= 0 && afterHeadline < 40 && n.tag.isBlock
            guard dated || inBylineZone else {
                if afterHeadline >= 0 { afterHeadline += 1 }
                continue
            }
            if afterHeadline >= 0 { afterHeadline += 1 }
            let text = Whitespace.collapse(dom.text(of: Int32(i), limit: 400))
            guard text.count >= 8, text.count <= 120, hasYear(text), DateText.parse(text) != nil else { continue }
            return text
        }
        return nil
    }

    static func hasYear(_ s: String) -> Bool {
        var run = 0
        for b in s.utf8 {
            if b >= 0x30 && b <= 0x39 { run += 1 } else { if run == 4 { return true }; run = 0 }
        }
        return run == 4
    }
}

enum Bylines {
    static let bylineTokens = Hints.hashes(["byline", "author"])

    /// "By Jane Doe and John Roe | Reuters" -> "Jane Doe and John Roe"; outlet names and
    /// URLs that CMSs put in author fields are not people.
    static func clean(_ raw: String?, outlet: String?) -> String? {
        guard var s = raw.map(Whitespace.collapse), !s.isEmpty else { return nil }
        for prefix in ["by ", "by:", "written by ", "author:", "posted by "] where s.lowercased().hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        if let bar = s.firstIndex(where: { $0 == "|" }) { s = String(s[..<bar]).trimmingCharacters(in: .whitespaces) }
        if s.isEmpty || s.count > 200 || isAbsoluteURL(s) { return nil }
        if let outlet, s.caseInsensitiveCompare(outlet) == .orderedSame, s.contains(".") { return nil }
        return s
    }

    /// A visible byline element: `rel=author` links or an element whose class says byline.
    static func visible(in dom: DOM) -> String? {
        for i in dom.nodes.indices where dom.nodes[i].tag != .text && !dom.nodes[i].attributes.isEmpty {
            let n = dom.nodes[i]
            let rel = n.attribute("rel") ?? ""
            var byline = false
            if let cls = n.attribute("class") {
                Hints.tokens(cls) { if bylineTokens.contains($0) { byline = true } }
            }
            if n.tag == .a && rel == "author" || byline {
                let t = Whitespace.collapse(dom.text(of: Int32(i), limit: 400))
                if t.count >= 3, t.count <= 120 { return t }
            }
        }
        return nil
    }
}

enum Titles {
    static func h1(in dom: DOM) -> String? {
        for i in dom.nodes.indices where dom.nodes[i].tag == .h1 {
            let t = Whitespace.collapse(dom.text(of: Int32(i), limit: 1000))
            if t.count >= 4 { return t }
        }
        return nil
    }

    /// The displayed `<h1>` when it agrees with what the page calls itself, since OpenGraph
    /// titles are often rewritten for social media and `<title>` carries the site's name.
    static func choose(h1: String?, og: String?, ld: String?, title: String?, outlet: String?) -> String? {
        let declared = [og, ld, title].compactMap { $0.map(Whitespace.collapse) }.filter { !$0.isEmpty }
        if let h1, declared.contains(where: { similar(h1, $0) }) { return h1 }
        if let og = og.map(Whitespace.collapse), !og.isEmpty { return stripSiteName(og, outlet: outlet) }
        if let ld = ld.map(Whitespace.collapse), !ld.isEmpty { return ld }
        if let title = title.map(Whitespace.collapse), !title.isEmpty { return stripSiteName(title, outlet: outlet) }
        return h1
    }

    static func similar(_ a: String, _ b: String) -> Bool {
        let x = Whitespace.letters(a), y = Whitespace.letters(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return y.contains(x) || x.contains(y)
    }

    /// "Headline | Outlet" or "Headline - Outlet": cut the last part when it is short.
    static func stripSiteName(_ title: String, outlet: String?) -> String {
        for sep in [" | ", " – ", " — ", " - ", " :: ", " · "] {
            guard let r = title.range(of: sep, options: .backwards) else { continue }
            let tail = title[r.upperBound...]
            let head = title[..<r.lowerBound]
            let tailWords = tail.split(separator: " ").count
            let isOutlet = outlet.map { tail.localizedCaseInsensitiveContains($0) || $0.localizedCaseInsensitiveContains(tail) } ?? false
            if isOutlet || (tailWords <= 4 && head.split(separator: " ").count >= 4) {
                return stripSiteName(String(head), outlet: outlet)
            }
        }
        return title
    }
}

enum Language {
    /// "en-US", "en_GB", "English" -> "en".
    static func primary(_ raw: String?) -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces).lowercased(), !raw.isEmpty else { return nil }
        let code = raw.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == ";" }).first.map(String.init) ?? raw
        if code.count == 2 || code.count == 3 { return code }
        let names = ["english": "en", "french": "fr", "german": "de", "spanish": "es", "italian": "it", "portuguese": "pt"]
        return names[code]
    }
}

enum Whitespace {
    /// Unicode white space plus the zero-width characters pages use as spacing; a table
    /// lookup instead of `Unicode.Scalar.Properties`, which dominated extraction time.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Runs of white space (including no-break spaces) become one space; ends trimmed.
    static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in s.unicodeScalars {
            if isSpace(c) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return String(out)
    }

    /// Trims white space at both ends without Foundation's bridging.
    static func trim(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return s }
        return String(scalars[first...last])
    }

    /// Lowercased letters and digits only, for loose comparisons of titles.
    static func letters(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                // ASCII without the Unicode property tables.
                if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(UInt8(v + 0x20))) }
                else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { out.append(c) }
            } else if c.properties.isAlphabetic || c.properties.numericType != nil {
                out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}
