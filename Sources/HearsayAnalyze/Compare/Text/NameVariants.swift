import Foundation

/// One name written several ways across outlets: a name transliterated from another
/// script ("Mashnuq" and "Machnouk"), two adjacent letters typed in the wrong order
/// ("Adbulla" for "Abdulla"), a compound run together or spaced ("NewsCorner" and
/// "News Corner"), an institution named in either order ("Ministry of Defence" and
/// "Defense Ministry"). Keys are only compared, never shown.
enum NameVariants {
    /// A spelling key for one word of a person's name: diacritics folded; the consonant
    /// digraphs that Latin transcriptions of one sound differ on (sh/ch/sch, kh/k,
    /// q/k/c/ck, ph/f, th/t, dh/d, gh/g) made one letter; vowels reduced to three
    /// classes (a; e/i/y; o/u), since transcriptions disagree mostly on vowels of the
    /// same class ("Nouhad"/"Nohad"); doubled letters made single ("Abdulla"/"Abdula").
    /// "Hassan" and "Hussein" stay apart: their vowels are of different classes.
    static func key(_ word: String) -> String {
        isASCII(word) ? asciiKey(word) : unicodeKey(word)
    }

    static func unicodeKey(_ word: String) -> String {
        var s = String(foldedLower(word).unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
        for (from, to) in digraphs { s = s.replacingOccurrences(of: from, with: to) }
        var out: [Character] = []
        for c in s {
            let mapped: Character =
                switch c {
                case "q", "c": "k"
                case "e", "i", "y": "i"
                case "o", "u": "u"
                default: c
                }
            if out.last != mapped { out.append(mapped) }
        }
        return String(out)
    }

    static let digraphs = [("sch", "s"), ("sh", "s"), ("ch", "s"), ("kh", "k"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("gh", "g")]
    static let asciiDigraphs = digraphs.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `key` on bytes, for the ASCII names that most stories are made of (the same steps:
    /// letters in lower case, each digraph replaced left to right in turn, vowel classes,
    /// doubles made single).
    static func asciiKey(_ word: String) -> String {
        var s = word.utf8.compactMap { b -> UInt8? in
            switch b {
            case 0x61...0x7A: b
            case 0x41...0x5A: b | 0x20
            default: nil
            }
        }
        for (from, to) in asciiDigraphs {
            var out: [UInt8] = []
            out.reserveCapacity(s.count)
            var i = 0
            while i < s.count {
                if i + from.count <= s.count && s[i..<(i + from.count)].elementsEqual(from) {
                    out += to
                    i += from.count
                } else {
                    out.append(s[i])
                    i += 1
                }
            }
            s = out
        }
        var out: [UInt8] = []
        for b in s {
            let mapped: UInt8 =
                switch b {
                case UInt8(ascii: "q"), UInt8(ascii: "c"): UInt8(ascii: "k")
                case UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "y"): UInt8(ascii: "i")
                case UInt8(ascii: "o"), UInt8(ascii: "u"): UInt8(ascii: "u")
                default: b
                }
            if out.last != mapped { out.append(mapped) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Names shorter than this are compared letter for letter: in "Lana" and "Lena"
    /// one letter is a different name as often as a different spelling.
    static let minimumLetters = 5

    /// Two spellings of one name word: the same first letter ("Chen" and "Shen" are
    /// two names), and the same key or keys one adjacent swap apart (a typing slip,
    /// only in longer names).
    static func same(_ a: String, _ b: String) -> Bool {
        let fa = foldedLower(a), fb = foldedLower(b)
        if fa == fb { return true }
        guard fa.count >= minimumLetters, fb.count >= minimumLetters, fa.first == fb.first else { return false }
        let ka = Array(key(a)), kb = Array(key(b))
        if ka == kb || (ka.count >= minimumLetters && isAdjacentSwap(ka, kb)) { return true }
        // A letter typed in or left out of a long name ("Oberholtzer", "Olberholtzer").
        return min(fa.count, fb.count) >= longName && isOneInsertion(ka, kb)
    }

    /// Names at least this long may differ by one letter more or less.
    static let longName = 7

    static func isOneInsertion(_ a: [Character], _ b: [Character]) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        guard let i = short.indices.first(where: { short[$0] != long[$0] }) else { return true }
        return short[i...].elementsEqual(long[(i + 1)...])
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Four-letter names one vowel apart ("Lena", "Lana") that no article prints both of,
    /// each mapped to the spelling more articles give: one outlet's spelling of the other's
    /// name. Only capitals inside a sentence count (a name, not a sentence's first word);
    /// shorter names ("Tom", "Tim") are too often two people.
    static func shortSpellings(_ bodies: [String]) -> [String: String] {
        var perBody: [Set<String>] = []
        var articles: [String: Int] = [:]
        for body in bodies {
            let names = midSentenceCapitals(body).filter { $0.count == minimumLetters - 1 && $0.allSatisfy(\.isLetter) }
            perBody.append(names)
            for n in names { articles[n, default: 0] += 1 }
        }
        var buckets: [String: [String]] = [:]
        for name in articles.keys.sorted() {
            let letters = Array(name.lowercased())
            for i in letters.indices.dropFirst() where vowels.contains(letters[i]) {
                var masked = letters
                masked[i] = "*"
                buckets[String(masked), default: []].append(name)
            }
        }
        var out: [String: String] = [:]
        for names in buckets.values where names.count == 2 {
            let (a, b) = (names[0], names[1])
            guard !perBody.contains(where: { $0.contains(a) && $0.contains(b) }) else { continue }
            let (rare, common) = (articles[a]!, a) < (articles[b]!, b) ? (a, b) : (b, a)
            out[rare] = common
        }
        return out
    }

    /// Capitalised words that follow a lower-case letter or a comma: names, not the
    /// first word of a sentence.
    static func midSentenceCapitals(_ body: String) -> Set<String> {
        var out: Set<String> = []
        var last: Character = ".", opener: Character = "."
        var word = ""
        func close() {
            if let f = word.first, f.isUppercase, opener.isLowercase || opener == "," { out.insert(word) }
            word = ""
        }
        for c in body {
            if c.isLetter {
                if word.isEmpty { opener = last }
                word.append(c)
            } else {
                close()
            }
            if !c.isWhitespace { last = c }
        }
        close()
        return out
    }

    static func isAdjacentSwap(_ a: [Character], _ b: [Character]) -> Bool {
        guard a.count == b.count else { return false }
        let diff = a.indices.filter { a[$0] != b[$0] }
        return diff.count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
    }

    /// Heads of institutions that are named either way round: "Ministry of Defence" and
    /// "Defence Ministry", "Department of Health" and "Health Department".
    static let institutionHeads: Set<String> = [
        "ministry", "department", "office", "bureau", "agency", "council", "commission", "committee", "board",
        "authority", "institute", "service", "court", "police",
    ]

    /// The words of a name in one order and one spelling, run together: "Iraqi Ministry
    /// of Defence", "Iraqi Defense Ministry" and "IraqiDefenseMinistry" give one key.
    static func canonical(_ words: [String]) -> String {
        canonical(keys: words.map(wordKey))
    }

    /// One word's part of `canonical`: diacritics folded, one spelling.
    static func wordKey(_ word: String) -> String {
        SpellingVariants.key(isASCII(word) ? word : word.folding(options: [.diacriticInsensitive], locale: nil))
    }

    /// `canonical` of words already keyed by `wordKey`: a reader that keys every stretch of
    /// a run of names keys each word once.
    static func canonical(keys: [String]) -> String {
        var w = keys
        if let of = w.firstIndex(of: "of"), of > 0, of + 1 < w.count, institutionHeads.contains(w[of - 1]) {
            // "Ministry of Defence" -> "Defence Ministry": the qualifier moves before the head.
            let head = w[of - 1]
            w = Array(w[..<(of - 1)]) + Array(w[(of + 1)...]) + [head]
        }
        return w.filter { $0 != "the" }.joined()
    }

    /// The word in lower case with its diacritics folded. Foundation's folding is slow and
    /// leaves ASCII as it is but for case, so ASCII words skip it.
    static func foldedLower(_ word: String) -> String {
        isASCII(word) ? word.lowercased() : word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }

    static func isASCII(_ word: String) -> Bool { word.utf8.allSatisfy { $0 < 0x80 } }

    /// The words of a name as written, split also at a capital inside a word
    /// ("NewsCorner" -> "News", "Corner"), so a compound spaced one way matches the other.
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).flatMap { word -> [String] in
            var parts: [String] = []
            var current = ""
            for c in word {
                if c.isUppercase, let last = current.last, last.isLowercase {
                    parts.append(current)
                    current = ""
                }
                current.append(c)
            }
            if !current.isEmpty { parts.append(current) }
            return parts
        }
    }
}
