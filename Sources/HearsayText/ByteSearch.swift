#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exact substring search on UTF-8 bytes. Foundation's `String.contains(String)` goes
/// through NSString and UTF-16 and cost a tenth of `analyze` where the claims stage counts
/// which articles name each party; the analysis compares text it decoded itself, in one
/// normalisation, so bytes are enough.
public enum ByteSearch {
    public static func contains(_ text: String, _ needle: String) -> Bool {
        needle.isEmpty || offset(of: needle, in: text) != nil
    }

    /// The UTF-8 offset in `text` of the first occurrence of `needle` at or after byte `from`.
    public static func offset(of needle: String, in text: String, from: Int = 0) -> Int? {
        guard !needle.isEmpty else { return from }
        var text = text, needle = needle
        return text.withUTF8 { t in
            needle.withUTF8 { n in
                guard from >= 0, n.count <= t.count, let tb = t.baseAddress, let nb = n.baseAddress else { return nil }
                // memchr to each candidate first byte, memcmp for the rest.
                let last = t.count - n.count
                var i = from
                while i <= last {
                    guard let hit = memchr(tb + i, Int32(nb[0]), last - i + 1) else { return nil }
                    let j = tb.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(tb + j, nb, n.count) == 0 { return j }
                    i = j + 1
                }
                return nil
            }
        }
    }

    /// Whether `name` occurs in `text` as whole words, ignoring case, for a `name` written
    /// in ASCII (nil for any other: the caller folds Unicode case itself). Bytes instead of
    /// Foundation's case-insensitive `range(of:)`, which bridges the text to UTF-16 on every
    /// call: the claims stage asks this of every article for every cited source, and on a
    /// long article that was a quarter of the analysis.
    public static func containsWords(_ text: String, _ name: String) -> Bool? {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        if name.isEmpty { return true }
        var text = text, name = name
        return text.withUTF8 { t in
            name.withUTF8 { n in
                guard n.count <= t.count else { return false }
                let first = lower(n[0])
                var i = 0
                while i + n.count <= t.count {
                    defer { i += 1 }
                    guard lower(t[i]) == first else { continue }
                    var k = 1
                    while k < n.count && lower(t[i + k]) == lower(n[k]) { k += 1 }
                    if k == n.count && !wordScalar(t, before: i) && !wordScalar(t, at: i + n.count) { return true }
                }
                return false
            }
        }
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }

    /// Whether the scalar ending just before byte `i` is a letter or a digit.
    static func wordScalar(_ t: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0 && t[start] & 0xC0 == 0x80 { start -= 1 }
        return wordScalar(t, at: start)
    }

    /// Whether the scalar starting at byte `i` is a letter or a digit.
    static func wordScalar(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i < t.count else { return false }
        let b = t[i]
        if b < 0x80 { return lower(b) &- 97 < 26 || b &- 48 < 10 }
        var decoder = Unicode.UTF8.ForwardParser()
        var bytes = t[i...].makeIterator()
        guard case .valid(let encoded) = decoder.parseScalar(from: &bytes) else { return false }
        let c = Character(Unicode.UTF8.decode(encoded))
        return c.isLetter || c.isNumber
    }
}
