/// Words as stable 64-bit hashes (FNV-1a of their UTF-8 bytes), read straight from the
/// bytes: the stance classifier and the near-duplicate index read whole stores, and a
/// `String` per word would cost several times more (see SWIFT-NOTES).
///
/// A word is a run of ASCII letters and digits (folded to lower case) and non-ASCII
/// scalars other than punctuation (kept as they are, so non-English words hash
/// consistently). An apostrophe (' or U+2019) inside a word is dropped, so "don't" and
/// "don’t" both hash as "dont". The shipped stance weights store these hashes: a change
/// to these rules needs the model retrained.
public enum WordHashes {
    /// Hashes of the words of `text`, in order.
    public static func of(_ text: String) -> [UInt64] {
        var copy = text
        return copy.withUTF8 { of(bytes: $0) }
    }

    public static func of(bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(bytes.count / 5)
        let offset: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var h = offset
        var inWord = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    h = (h ^ UInt64(b)) &* prime
                    inWord = true
                } else if b >= 0x41 && b <= 0x5A {
                    h = (h ^ UInt64(b | 0x20)) &* prime
                    inWord = true
                } else if b == 0x27 && inWord {
                    // An apostrophe inside a word is dropped.
                } else if inWord {
                    out.append(h)
                    h = offset
                    inWord = false
                }
                i += 1
                continue
            }
            // Multi-byte scalar: its length from the lead byte.
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            let end = min(n, i + length)
            if isSeparator(bytes, i, length) {
                let apostrophe = length == 3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
                if !(apostrophe && inWord) && inWord {
                    out.append(h)
                    h = offset
                    inWord = false
                }
            } else {
                for k in i..<end { h = (h ^ UInt64(bytes[k])) &* prime }
                inWord = true
            }
            i = end
        }
        if inWord { out.append(h) }
        return out
    }

    /// U+0080-U+00BF (controls, no-break space, guillemets, signs), U+2000-U+207F (spaces,
    /// dashes, curly quotes, ellipsis) and U+3000-U+3002 (ideographic space, comma, full
    /// stop) separate words.
    @inline(__always)
    static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Bool {
        if length == 2 { return bytes[i] == 0xC2 }
        if length == 3 && i + 2 < bytes.count {
            return bytes[i] == 0xE2 && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81)
                || bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] <= 0x82
        }
        return false
    }

    /// The hash `of` gives a single lower-case word.
    public static func hash(_ word: String) -> UInt64 {
        StableHash.fnv1a(Array(word.utf8))
    }

    public static func set(_ words: [String]) -> Set<UInt64> {
        Set(words.map(hash))
    }

    /// Order-sensitive hash of two consecutive words.
    @inline(__always)
    public static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        StableHash.mix(a &* 31 &+ b)
    }
}
