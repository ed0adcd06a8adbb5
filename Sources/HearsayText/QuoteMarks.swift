/// Quotation-mark facts shared by the cleaner and the quote finder.
public enum QuoteMarks {
    public static func isOpening(_ c: Unicode.Scalar) -> Bool {
        c == "\u{201C}" || c == "\u{2018}" || c == "\u{00AB}" || c == "\u{201E}"
    }

    public static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "\u{201D}" || c == "\u{2019}" || c == "\u{00BB}"
    }

    /// True when the paragraph opens a double quotation that it does not close, the
    /// newspaper convention for a quote that continues in the next paragraph.
    public static func leavesQuoteOpen(_ paragraph: String) -> Bool {
        paragraph.unicodeScalars.reduce(false) { doubleQuoteOpen(after: $1, wasOpen: $0) }
    }

    /// Whether a double quotation is open after `c`, given whether one was before it.
    public static func doubleQuoteOpen(after c: Unicode.Scalar, wasOpen: Bool) -> Bool {
        switch c {
        case "\u{201C}", "\u{00AB}", "\u{201E}": true
        case "\u{201D}", "\u{00BB}": false
        case "\"": !wasOpen
        default: wasOpen
        }
    }

    public static func startsWithOpeningQuote(_ paragraph: String) -> Bool {
        guard let first = paragraph.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return first == "\"" || isOpening(first)
    }
}
