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
