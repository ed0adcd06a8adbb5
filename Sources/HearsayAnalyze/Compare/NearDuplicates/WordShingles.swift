import HearsayText

/// Word k-shingles hashed to 64 bits, read straight from UTF-8 bytes (no `String` per
/// word: this runs over whole stores).
///
/// A word is a run of ASCII letters and digits (case folded) and non-ASCII letters
/// (kept as they are). Punctuation scalars — U+0080–U+00BF, U+2000–U+207F, U+3000–U+303F
/// and ASCII — separate words, except an apostrophe (' or U+2019) between two word
/// characters, which is dropped so that "don't" and "don’t" are one word.
public enum WordShingles {
    /// Hashes of the document's words, in order.
    public static func wordHashes(_ text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { wordHashes($0) }
    }

    /// Hashes of every run of `size` consecutive words; a text shorter than that gives
    /// one shingle of all its words, an empty one none.
    public static func hashes(_ text: String, size: Int = 5) -> [UInt64] {
        shingles(of: wordHashes(text), size: size)
    }

    /// Shingle hashes from word hashes: a polynomial rolling hash over each window (one
    /// multiply-add per word, whatever `size` is), mixed at the end.
    public static func shingles(of words: [UInt64], size: Int) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let k = max(1, min(size, words.count))
        let base: UInt64 = 0x100_0000_01B3
        var top: UInt64 = 1
        for _ in 1..<max(k, 2) where k > 1 { top &*= base }
        var out: [UInt64] = []
        out.reserveCapacity(words.count - k + 1)
        var h: UInt64 = 0
        for (i, w) in words.enumerated() {
            if i >= k { h = h &- words[i - k] &* top }
            h = h &* base &+ w
            if i >= k - 1 { out.append(StableHash.mix(h ^ UInt64(k))) }
        }
        return out
    }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    static func wordHashes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(bytes.count / 6)
        var h = fnvOffset
        var inWord = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var wordBytes = 0
            var step = 1
            if b < 0x80 {
                if b &- 0x61 < 26 || b &- 0x30 < 10 {
                    wordBytes = 1
                } else if b &- 0x41 < 26 {
                    h = (h ^ UInt64(b | 0x20)) &* fnvPrime
                    inWord = true
                    i += 1
                    continue
                } else if b == 0x27 && inWord && i + 1 < n && startsWord(bytes, i + 1) {
                    // An apostrophe inside a word is dropped.
                    i += 1
                    continue
                }
            } else {
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let next: UInt8 = i + 1 < n ? bytes[i + 1] : 0
                let isApostrophe = b == 0xE2 && next == 0x80 && i + 2 < n && bytes[i + 2] == 0x99
                if isApostrophe && inWord && i + 3 < n && startsWord(bytes, i + 3) {
                    i += 3
                    continue
                }
                step = min(length, n - i)
                if length > 1 && !isSeparator(lead: b, next: next) { wordBytes = step }
            }
            if wordBytes > 0 {
                for j in i..<(i + wordBytes) { h = (h ^ UInt64(bytes[j])) &* fnvPrime }
                inWord = true
            } else if inWord {
                out.append(h)
                h = fnvOffset
                inWord = false
            }
            i += step
        }
        if inWord { out.append(h) }
        return out
    }

    @inline(__always)
    static func isSeparator(lead: UInt8, next: UInt8) -> Bool {
        (lead == 0xC2) || (lead == 0xE2 && (next == 0x80 || next == 0x81)) || (lead == 0xE3 && next == 0x80)
    }

    @inline(__always)
    static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 {
            return b >= 0x61 && b <= 0x7A || b >= 0x41 && b <= 0x5A || b >= 0x30 && b <= 0x39
        }
        guard b >= 0xC0 else { return false }
        return !isSeparator(lead: b, next: i + 1 < bytes.count ? bytes[i + 1] : 0)
    }
}
