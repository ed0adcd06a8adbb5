import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Rules the lead added in the twelfth session, each on sentences written for it.
@Suite struct LeadTwelfthTests: QuoteSuite {
    @Test func aBodyNamedForItsCauseIsOneName() {
        let s = story(
            "\u{201C}The figures do not add up,\u{201D} said Lena Osei, a researcher at the Centre for Coastal Studies in Harwick.",
            "\u{201C}It is long overdue,\u{201D} the Campaign for Clean Rivers said. The council for years refused to publish it.")
        let names = s.organisations.map(\.name)
        #expect(names.contains("Centre for Coastal Studies"))
        #expect(speaker(s, "long overdue") == "Campaign for Clean Rivers")
        #expect(!names.contains("Coastal Studies"))
    }

    /// The byte search of cited names against the Foundation search it replaced (still the
    /// path for names beyond ASCII), on made-up text with accented, non-Latin and digit
    /// neighbours.
    @Test func wholeWordsOnBytesAgreeWithFoundationsSearch() {
        let pieces = ["ab", "AB", "a", "B", "b", "ba", " ", " ", ", ", "-", "é", "É", "ж", "7", "\u{2019}", "\u{00A0}", "中", "ü"]
        var random = SplitMix64(seed: 11)
        var disagreements: [String] = []
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let name = (0..<Int(1 + random.next() % 3)).map { _ in pieces[Int(random.next() % 7)] }.joined()
            guard !name.allSatisfy({ $0 == " " }) else { continue }
            if ByteSearch.containsWords(text, name) != ClaimEvidence.foldedContainsWords(text, name) { disagreements.append("\(text)|\(name)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }
}
