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
        if needle.isEmpty { return true }
        var text = text, needle = needle
        return text.withUTF8 { t in
            needle.withUTF8 { n in
                guard n.count <= t.count, let tb = t.baseAddress, let nb = n.baseAddress else { return false }
                // memchr to each candidate first byte, memcmp for the rest.
                let last = t.count - n.count
                var i = 0
                while i <= last {
                    guard let hit = memchr(tb + i, Int32(nb[0]), last - i + 1) else { return false }
                    let j = tb.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(tb + j, nb, n.count) == 0 { return true }
                    i = j + 1
                }
                return false
            }
        }
    }
}
