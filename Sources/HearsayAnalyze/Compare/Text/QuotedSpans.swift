/// Stretches of a paragraph inside quotation marks (curly or straight), found without
/// deciding who said them: comparison code uses them to tell an outlet's own words from
/// the words it quotes.
enum QuotedSpans {
    static func ranges(_ s: [Unicode.Scalar], in paragraph: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int? = nil
        var straightOpen: Int? = nil
        for i in paragraph {
            switch s[i] {
            case "\u{201C}":
                if open == nil { open = i }
            case "\u{201D}":
                if let o = open {
                    out.append(o..<(i + 1))
                    open = nil
                }
            case "\"":
                if let o = straightOpen {
                    out.append(o..<(i + 1))
                    straightOpen = nil
                } else {
                    straightOpen = i
                }
            default: break
            }
        }
        // A quotation left open runs to the paragraph's end (a quote continued below).
        if let o = open ?? straightOpen { out.append(o..<paragraph.upperBound) }
        return out.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// `range` minus the quoted stretches, as pieces in order.
    static func unquoted(_ range: Range<Int>, excluding quoted: [Range<Int>]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for q in quoted where q.overlaps(range) {
            if q.lowerBound > start { pieces.append(start..<q.lowerBound) }
            start = max(start, q.upperBound)
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }
}
