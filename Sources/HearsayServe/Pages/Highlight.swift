import HearsayModel

enum HTML {
    static func escape(_ s: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// A marked range of an article body: what it is (CSS classes) and a tooltip.
struct Mark: Sendable, Hashable {
    var span: TextSpan
    var kind: String
    var note: String
}

/// Turns an article body and the spans the analysis points at into HTML: overlapping
/// spans are cut into flat pieces, each carrying the classes and notes of every span
/// that covers it, and each span's start gets an anchor (`#span-START-END`) that the
/// story page links to.
enum Highlight {
    static func html(body: String, marks: [Mark]) -> String {
        let scalars = Array(body.unicodeScalars)
        let n = scalars.count
        let valid = marks.compactMap { m -> Mark? in
            let start = max(0, min(m.span.start, n)), end = max(start, min(m.span.end, n))
            return end > start ? Mark(span: TextSpan(start: start, end: end), kind: m.kind, note: m.note) : nil
        }
        var cuts = Set([0, n])
        for m in valid { cuts.insert(m.span.start); cuts.insert(m.span.end) }
        let bounds = cuts.sorted()
        let anchors = Dictionary(grouping: valid, by: \.span.start).mapValues { ms in Set(ms.map(\.span)).sorted() }

        var out = ""
        for (from, to) in zip(bounds, bounds.dropFirst()) {
            for span in anchors[from] ?? [] { out += "<a class=\"anchor\" id=\"span-\(span.start)-\(span.end)\"></a>" }
            let text = HTML.escape(String(String.UnicodeScalarView(scalars[from..<to])))
            let covering = valid.filter { $0.span.start <= from && to <= $0.span.end }
            if covering.isEmpty {
                out += text
            } else {
                let kinds = Set(covering.map(\.kind)).sorted().joined(separator: " ")
                let notes = unique(covering.map(\.note)).joined(separator: "\n")
                out += "<mark class=\"\(kinds)\" title=\"\(HTML.escape(notes))\">\(text)</mark>"
            }
        }
        return out
    }

    /// The text of a span, or nil when the span does not fit the body.
    static func text(_ body: String, _ span: TextSpan) -> String? {
        let scalars = body.unicodeScalars
        guard span.start >= 0, span.end >= span.start, span.end <= scalars.count else { return nil }
        let from = scalars.index(scalars.startIndex, offsetBy: span.start)
        let to = scalars.index(from, offsetBy: span.length)
        return String(scalars[from..<to])
    }

    static func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

/// The words that differ between versions of one quotation, marked in each version. Which
/// words differ is the comparison stage's finding (`QuoteGroup.differences`, offsets into
/// the quote's text), so spelling variants it forgave and function words that only
/// moved stay unmarked.
enum VariantWords {
    static func html(_ text: String, marking spans: [TextSpan]) -> String {
        TextSpan.pieces(of: text, marking: spans).map { p in
            p.isMarked ? "<mark class=\"variant\">" + HTML.escape(p.text) + "</mark>" : HTML.escape(p.text)
        }.joined()
    }
}
