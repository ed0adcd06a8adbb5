import HearsayText

/// A quotation's words prepared for comparison: case, punctuation and spelling variants
/// folded into keys ("Neighbours" and "neighbors" give one key, "100%" and "100 per
/// cent" too), and the quotation cut into segments at ellipses and square brackets,
/// where an outlet has left words out or put its own in.
struct QuoteWording: Sendable {
    /// Comparison keys, bracketed insertions left out.
    var keys: [String]
    /// The words as written, one per key.
    var surface: [String]
    /// Key ranges between elisions and insertions.
    var segments: [Range<Int>]

    static let numberWords: [String: String] = [
        "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100",
        "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
        "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th", "twelfth": "12th",
        "twentieth": "20th", "hundredth": "100th",
    ]

    init(_ text: String) {
        keys = []
        surface = []
        segments = []
        var segmentStart = 0
        var word = String.UnicodeScalarView()
        var bracketDepth = 0
        var dots = 0
        func flushWord() {
            guard !word.isEmpty else { return }
            if bracketDepth == 0 { append(String(word)) }
            word = String.UnicodeScalarView()
        }
        func cut() {
            flushWord()
            if keys.count > segmentStart { segments.append(segmentStart..<keys.count) }
            segmentStart = keys.count
        }
        let scalars = Array(text.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            if c == "." { dots += 1 } else { dots = 0 }
            if c.properties.isAlphabetic || c.properties.numericType != nil {
                word.append(c)
            } else if (c == "'" || c == "\u{2019}") && !word.isEmpty && i + 1 < scalars.count && scalars[i + 1].properties.isAlphabetic {
                continue
            } else if c == "\u{2026}" || dots == 3 {
                cut()
            } else if c == "[" {
                cut()
                bracketDepth += 1
            } else if c == "]" {
                flushWord()
                bracketDepth = max(0, bracketDepth - 1)
                segmentStart = keys.count
            } else if c == "%" {
                flushWord()
                if bracketDepth == 0 { append("percent", shown: "%") }
            } else {
                flushWord()
            }
        }
        cut()
    }

    private mutating func append(_ w: String, shown: String? = nil) {
        let lower = w.lowercased()
        // "per cent" is one word with "percent" and "%".
        if lower == "cent", keys.last == "per" {
            keys[keys.count - 1] = "percent"
            surface[surface.count - 1] += " " + w
            return
        }
        keys.append(QuoteWording.numberWords[lower] ?? SpellingVariants.key(lower))
        surface.append(shown ?? w)
    }

    var isEmpty: Bool { keys.isEmpty }

    /// True when every segment of `self` appears, unbroken and in order, in `other`:
    /// the same words, or a part of them.
    func isContained(in other: QuoteWording) -> Bool {
        var from = 0
        for s in segments {
            guard let at = QuoteWording.find(keys[s], in: other.keys, from: from) else { return false }
            from = at + s.count
        }
        return true
    }

    static func find(_ needle: ArraySlice<String>, in haystack: [String], from: Int) -> Int? {
        guard !needle.isEmpty else { return from }
        guard haystack.count - from >= needle.count else { return nil }
        for start in from...(haystack.count - needle.count) where haystack[start] == needle.first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// Longest common subsequence of the keys, as index pairs.
    static func alignment(_ a: QuoteWording, _ b: QuoteWording) -> [(Int, Int)] {
        let n = a.keys.count, m = b.keys.count
        guard n > 0, m > 0 else { return [] }
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a.keys[i] == b.keys[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n && j < m {
            if a.keys[i] == b.keys[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    /// Words of either version, inside the stretch both cover, that the other lacks:
    /// what a side-by-side view marks.
    static func differingWords(_ a: QuoteWording, _ b: QuoteWording) -> [String] {
        let pairs = alignment(a, b)
        guard let first = pairs.first, let last = pairs.last else { return [] }
        let matchedA = Set(pairs.map(\.0)), matchedB = Set(pairs.map(\.1))
        let inA = (first.0...last.0).filter { !matchedA.contains($0) }.map { a.surface[$0] }
        let inB = (first.1...last.1).filter { !matchedB.contains($0) }.map { b.surface[$0] }
        return inA + inB
    }
}
