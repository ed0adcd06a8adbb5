import Testing
@testable import HearsayStance

@Suite struct WordHashesTests {
    @Test func foldsCaseAndDropsApostrophes() {
        #expect(WordHashes.of("Don't PANIC") == [WordHashes.hash("dont"), WordHashes.hash("panic")])
        #expect(WordHashes.of("don\u{2019}t") == [WordHashes.hash("dont")])
    }

    @Test func curlyQuotesAndDashesSeparateWords() {
        let words = WordHashes.of("\u{201C}false\u{201D}\u{2014}said the mayor\u{2026}")
        #expect(words == ["false", "said", "the", "mayor"].map(WordHashes.hash))
    }

    @Test func keepsAccentedLettersInsideWords() {
        #expect(WordHashes.of("café closed").count == 2)
        #expect(WordHashes.of("café")[0] != WordHashes.hash("caf"))
    }
}
