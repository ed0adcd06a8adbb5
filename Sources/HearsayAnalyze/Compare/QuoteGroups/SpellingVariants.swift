/// One key for the British and American spellings of a word, by rules rather than word
/// lists: colour/color, organise/organize, analyse/analyze, centre/center,
/// travelled/traveled, defence/defense, catalogue/catalog, judgement/judgment,
/// programme/program, paediatric/pediatric. The key is only compared, never shown, so a
/// rule may bend a word that has no variant ("promise" -> "promize") as long as it bends
/// every spelling alike; the stem minimums keep it from joining two different words.
enum SpellingVariants {
    static func key(_ word: String) -> String {
        var w = Array(word.lowercased().unicodeScalars)
        guard w.count >= 4, w.allSatisfy({ $0.properties.isAlphabetic }) else { return String(String.UnicodeScalarView(w)) }
        w = applySuffixRules(doubledL(w))
        w = collapseDigraphs(w)
        return String(String.UnicodeScalarView(w))
    }

    /// (British ending, American ending, minimum letters before it). The stem minimum
    /// keeps short words out: "four", "hour", "rise", "wise", "acre".
    static let suffixRules: [(String, String, Int)] = [
        ("ourites", "orites", 3), ("ourite", "orite", 3), ("ourhood", "orhood", 3), ("ouring", "oring", 3),
        ("oured", "ored", 3), ("ourer", "orer", 3), ("ours", "ors", 3), ("our", "or", 3),
        ("isations", "izations", 2), ("isation", "ization", 2), ("ising", "izing", 3), ("ised", "ized", 3),
        ("ises", "izes", 3), ("iser", "izer", 3), ("ise", "ize", 3),
        ("ysing", "yzing", 2), ("ysed", "yzed", 2), ("yses", "yzes", 2), ("yse", "yze", 2),
        ("tres", "ters", 3), ("tre", "ter", 3), ("bres", "bers", 2), ("bre", "ber", 2),
        ("tred", "tered", 3), ("bred", "bered", 3),
        ("ences", "enses", 3), ("ence", "ense", 3),
        ("ogues", "ogs", 3), ("ogue", "og", 3),
        ("dgement", "dgment", 2), ("dgements", "dgments", 2),
        ("ammes", "ams", 3), ("amme", "am", 3),
    ]

    static func applySuffixRules(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let s = String(String.UnicodeScalarView(w))
        for (british, american, minStem) in suffixRules {
            if s.hasSuffix(british), s.dropLast(british.count).count >= minStem {
                return Array((s.dropLast(british.count) + american).unicodeScalars)
            }
            // Already the American form: no later, shorter rule may bend it further.
            if s.hasSuffix(american) && s.dropLast(american.count).count >= minStem { return w }
        }
        return w
    }

    /// travelled/traveled, cancelling/canceling, modeller/modeler: a doubled l before
    /// -ed/-ing/-er(s) after a stem of two or more syllables, where British doubles
    /// and American does not; one-syllable stems ("filled", "called") keep theirs.
    static func doubledL(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let s = String(String.UnicodeScalarView(w))
        for suffix in ["lled", "lling", "llers", "ller", "llor", "llors"] where s.hasSuffix(suffix) {
            let stem = s.dropLast(suffix.count)
            guard syllables(stem) >= 2 else { return w }
            return Array((stem + suffix.dropFirst()).unicodeScalars)
        }
        return w
    }

    /// Medial "ae" as in paediatric, anaesthetic, encyclopaedia -> "e"; only between
    /// consonants and before more letters, so "aerial", "Israel" and "Michael" are left
    /// alone.
    static func collapseDigraphs(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < w.count {
            if i > 0, i + 3 < w.count, w[i] == "a", w[i + 1] == "e", !isVowel(w[i - 1]), !isVowel(w[i + 2]) {
                out.append("e")
                i += 2
                continue
            }
            out.append(w[i])
            i += 1
        }
        return out
    }

    static func isVowel(_ c: Unicode.Scalar) -> Bool { "aeiouy".unicodeScalars.contains(c) }

    static func syllables(_ s: Substring) -> Int {
        var count = 0
        var previousVowel = false
        for c in s.unicodeScalars {
            let v = isVowel(c)
            if v && !previousVowel { count += 1 }
            previousVowel = v
        }
        return count
    }
}
