import Foundation
import Testing

@testable import HearsayAnalyze

/// The byte-level name key must be the Unicode one, only faster: a key that differs on
/// one spelling would join or split two names differently.
@Suite struct NameKeyTests {
    /// Names with every digraph the key folds, overlapping ones ("Schh", "ckh"), doubles,
    /// capitals, apostrophes and hyphens, plus pseudo-random ASCII strings.
    static var words: [String] {
        var out = [
            "Schachter", "Khashoggi", "Mackenzie", "Philippe", "Thatcher", "Dhaka", "Ghosh", "Abdulla", "Adbulla",
            "McQueen", "O'Hara", "Saint-Exupery", "Schh", "ckhph", "SHSCHCH", "Aaron", "Yvette", "", "x", "Nouhad",
        ]
        var seed: UInt64 = 7
        let letters = Array("abcdeghikopqstuyCHSK-' ")
        for _ in 0..<2000 {
            var w = ""
            for _ in 0..<Int(seed % 11) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                w.append(letters[Int(seed >> 33) % letters.count])
            }
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            out.append(w)
        }
        return out
    }

    @Test func asciiKeyIsTheUnicodeKey() {
        for w in Self.words {
            #expect(NameVariants.asciiKey(w) == NameVariants.unicodeKey(w), "\(w)")
        }
    }

    @Test func foldingSkipsOnlyWhatItWouldNotChange() {
        for w in Self.words {
            #expect(NameVariants.foldedLower(w) == w.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased())
        }
        #expect(NameVariants.foldedLower("Mirković") == "mirkovic")
        #expect(NameVariants.wordKey("Défense") == NameVariants.wordKey("Defense"))
    }
}
