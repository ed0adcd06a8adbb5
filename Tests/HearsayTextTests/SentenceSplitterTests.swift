import Testing
@testable import HearsayText

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let doc = TextDocument(text)
        return doc.sentences.map { doc.string($0.range) }
    }

    @Test func titlesAndInitialsDoNotSplit() {
        let s = sentences("Sen. Ada P. Moreno spoke first. Rep. Tom Hale of the U.S. House answered.")
        #expect(s == ["Sen. Ada P. Moreno spoke first.", "Rep. Tom Hale of the U.S. House answered."])
    }

    @Test func companySuffixSplitsOnlyBeforeASentenceOpener() {
        #expect(sentences("Talks with Acme Co. are untrue. Nobody else knew.").count == 2)
        #expect(sentences("He left Acme Inc. The board was silent.").count == 2)
        #expect(sentences("Gina Rossi Jr. joined the board.").count == 1)
    }

    @Test func decimalsNumbersAndQuotes() {
        let s = sentences("Shares rose 3.5 per cent to No. 10 on the list. \u{201C}It is over.\u{201D} She left.")
        #expect(s == ["Shares rose 3.5 per cent to No. 10 on the list.", "\u{201C}It is over.\u{201D}", "She left."])
    }

    @Test func quotationMarksOfOtherConventions() {
        // German low-high quotes, German guillemets, and French guillemets with no-break spaces.
        #expect(sentences("Karl Weiss said: \u{201E}We will come.\u{201C} Then he left.").count == 2)
        #expect(sentences("He left. \u{201E}We stay,\u{201C} she said.").count == 2)
        #expect(sentences("\u{00BB}It is over.\u{00AB} She left.").count == 2)
        #expect(sentences("Lea Dufour said: \u{00AB}\u{00A0}It will reopen in May.\u{00A0}\u{00BB} The works began.")
            == ["Lea Dufour said: \u{00AB}\u{00A0}It will reopen in May.\u{00A0}\u{00BB}", "The works began."])
    }

    @Test func aRunWithoutFullStopsIsCutAtWhiteSpace() {
        // 2,000 words and no full stop: a table's cells or garbage, never one sentence.
        let words = (0..<2_000).map { "cell\($0 % 10)" }
        let s = sentences(words.joined(separator: " "))
        #expect(s.count > 1)
        #expect(s.allSatisfy { $0.unicodeScalars.count <= SentenceSplitter.maxSentenceScalars })
        #expect(s.flatMap { $0.split(separator: " ").map(String.init) } == words)
    }

    @Test func acronymThenSentenceOpener() {
        #expect(sentences("It does not sell in the U.S. The firm said so.").count == 2)
        #expect(sentences("The U.S. President spoke.").count == 1)
    }

    @Test func offsetsAreScalarOffsets() {
        let doc = TextDocument("Caf\u{00E9} \u{201C}ok.\u{201D}\nNext line here.")
        #expect(doc.paragraphs.count == 2)
        let last = doc.sentences.last!
        #expect(doc.string(last.range) == "Next line here.")
        #expect(last.range.lowerBound == 11)
    }
}
