/// Quotation-mark facts shared by the cleaner, the claim reader and the quote finder.
///
/// The conventions read: English “…” and ‘…’, straight marks, German and Polish „…“ / „…”
/// and ‚…‘, guillemets « … » (French, with spaces inside), » … « (German, Danish), » … »
/// and ” … ” (Swedish, Finnish), and single guillemets ‹ … › / › … ‹. A mark that only
/// some conventions use for opening (» ” ›) opens only where an opening mark stands:
/// after a space or at the start, before a word. That test needs the text around the mark
/// (`QuoteScanner`); the context-free helpers here leave those marks closing.
public enum QuoteMarks {
    public static func isOpening(_ c: Unicode.Scalar) -> Bool {
        c == "\u{201C}" || c == "\u{2018}" || c == "\u{00AB}" || c == "\u{201E}" || c == "\u{201A}" || c == "\u{2039}"
            || c == "\u{201F}"
    }

    public static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "\u{201D}" || c == "\u{2019}" || c == "\u{00BB}" || c == "\u{203A}"
    }

    /// Any double quotation mark of any convention, straight included.
    public static func isDoubleMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}": true
        default: false
        }
    }

    /// Whether `c` ends a double quotation that `opener` began: „ is closed by “ or ”, « by
    /// », » by « or », ” by ”, and “ or a straight mark by ”, a straight mark or ».
    public static func closesDouble(_ c: Unicode.Scalar, opener: Unicode.Scalar) -> Bool {
        switch opener {
        case "\u{201E}": c == "\u{201C}" || c == "\u{201D}" || c == "\""
        case "\u{00BB}": c == "\u{00AB}" || c == "\u{00BB}"
        case "\u{201D}": c == "\u{201D}" || c == "\""
        default: c == "\u{201D}" || c == "\"" || c == "\u{00BB}"
        }
    }

    /// Whether `c` ends a single quotation that `opener` began: ‚ is closed by ‘ or ’, ‹ by
    /// ›, › by ‹, and ‘ or a straight mark by ’ or a straight mark.
    public static func closesSingle(_ c: Unicode.Scalar, opener: Unicode.Scalar) -> Bool {
        switch opener {
        case "\u{201A}": c == "\u{2018}" || c == "\u{2019}"
        case "\u{2039}": c == "\u{203A}"
        case "\u{203A}": c == "\u{2039}"
        default: c == "\u{2019}" || c == "'"
        }
    }

    /// True when the paragraph opens a double quotation that it does not close, the
    /// newspaper convention for a quote that continues in the next paragraph.
    public static func leavesQuoteOpen(_ paragraph: String) -> Bool {
        paragraph.unicodeScalars.reduce(nil) { openDouble(after: $1, opener: $0) } != nil
    }

    /// The mark that opened the double quotation still open after `c`, given the one open
    /// before it (nil: none). Without context, “ „ « ‟ and a straight mark open, and » and ”
    /// only close.
    public static func openDouble(after c: Unicode.Scalar, opener: Unicode.Scalar?) -> Unicode.Scalar? {
        guard isDoubleMark(c) else { return opener }
        if let opener {
            if closesDouble(c, opener: opener) { return nil }
            return c == "\u{201C}" || c == "\u{201E}" || c == "\u{00AB}" || c == "\u{201F}" ? c : opener
        }
        return c == "\u{201D}" || c == "\u{00BB}" ? nil : c
    }

    public static func startsWithOpeningQuote(_ paragraph: String) -> Bool {
        guard let first = paragraph.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        // At the start of a paragraph every convention's mark opens.
        return first == "\"" || isOpening(first) || first == "\u{00BB}" || first == "\u{201D}" || first == "\u{203A}"
    }
}
