/// Turning a file's bytes into text: BOMs, UTF-8, UTF-16, a Windows-1252 fallback, and
/// refusing what is not text at all.
public enum TextDecoding {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case empty
        case binary
        case tooLarge(bytes: Int, limit: Int)

        public var description: String {
            switch self {
            case .empty: "the file is empty"
            case .binary: "binary data, not text"
            case .tooLarge(let bytes, let limit):
                "too large for one article (\(bytes / 1_000_000) MB; the limit is \(limit / 1_000_000) MB)"
            }
        }
    }

    /// Decodes `bytes` as text and normalises line ends to "\n".
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        if bytes.isEmpty { throw .empty }
        var text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: true)
        } else {
            if looksBinary(bytes) { throw .binary }
            if let valid = String(validating: bytes, as: UTF8.self) {
                text = valid
            } else {
                text = decodeWindows1252(bytes)
            }
        }
        text = normaliseLineEnds(text)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty }
        return text
    }

    /// A NUL byte, or many control characters, in the first few kilobytes: a text file
    /// never has them, and UTF-16 without a BOM is too rare to guess at.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var control = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        return control * 20 > head.count
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252 is what mislabelled "Latin-1" almost always is; its 0x80-0x9F range
    /// holds curly quotes and dashes that matter for finding quotations.
    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            if b >= 0x80 && b <= 0x9F, let mapped = cp1252High[Int(b - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// CRLF and lone CR become LF; NUL and other C0 controls (but tab) are dropped.
    public static func normaliseLineEnds(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            if s == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            defer { previousCR = false }
            if s == "\n" {
                if !previousCR { out.append(s) }
                continue
            }
            if s.value < 0x20 && s != "\t" { continue }
            if s == "\u{FEFF}" { continue }
            out.append(s)
        }
        return String(out)
    }
}
