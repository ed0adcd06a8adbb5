import CLibXML2

/// Which encoding to hand libxml2. Valid UTF-8 wins whatever a page claims (pages often
/// declare a charset they were later converted away from); otherwise the `<meta>`
/// declaration near the top, otherwise Windows-1252, which is what undeclared legacy
/// pages almost always are.
public enum Charset {
    public static func detect(_ bytes: [UInt8], declared: String? = nil) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if isValidUTF8(bytes) { return "UTF-8" }
        for candidate in [declared, metaCharset(bytes)].compactMap({ $0 }) {
            let name = normalise(candidate)
            if name == "UTF-8" { continue }
            if isSupported(name) { return name }
        }
        return "windows-1252"
    }

    /// UTF-8 validation without building a String (pages are mostly ASCII: eight bytes
    /// are checked at a time until a non-ASCII byte shows up).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let word = UnsafeRawPointer(buf.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                }
                let b = buf[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch b {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
                default: return false
                }
                guard i + length <= n else { return false }
                for k in 1..<length {
                    let c = buf[i + k]
                    guard c & 0xC0 == 0x80 else { return false }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
                if scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF { return false }
                i += length
            }
            return true
        }
    }

    /// `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`
    /// in the first few kilobytes, as browsers look for it.
    public static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            guard head[i] == key[0], head[i..<(i + key.count)].elementsEqual(key) else {
                i += 1
                continue
            }
            var j = i + key.count
            while j < head.count, head[j] == 0x20 { j += 1 }
            guard j < head.count, head[j] == UInt8(ascii: "=") else {
                i = j
                continue
            }
            j += 1
            while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
            var k = j
            while k < head.count, isNameByte(head[k]) { k += 1 }
            if k > j { return String(decoding: head[j..<k], as: UTF8.self) }
            i = k
        }
        return nil
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A
    }

    /// Browsers read Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding), which
    /// matters for the curly quotes in 0x80-0x9F.
    static func normalise(_ label: String) -> String {
        switch label.lowercased() {
        case "utf8", "utf-8", "unicode-1-1-utf-8": "UTF-8"
        case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1", "cp1252",
             "windows-1252", "x-cp1252":
            "windows-1252"
        case "gb2312", "gbk", "x-gbk": "GBK"
        case "shift-jis", "shift_jis", "sjis", "x-sjis": "SHIFT_JIS"
        default: label
        }
    }

    static func isSupported(_ name: String) -> Bool {
        _ = DOM.ready
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}
