import HearsayText
import Testing

@Suite struct WordHashesTests {
    @Test func foldsCaseAndDropsApostrophes() {
        #expect(WordHashes.of("Don't PANIC") == [WordHashes.hash("dont"), WordHashes.hash("panic")])
        #expect(WordHashes.of("don\u{2019}t") == [WordHashes.hash("dont")])
        #expect(WordHashes.of("Don't STOP\u{2014}now") == WordHashes.of("don\u{2019}t stop now"))
    }

    @Test func curlyQuotesAndDashesSeparateWords() {
        let words = WordHashes.of("\u{201C}false\u{201D}\u{2014}said the mayor\u{2026}")
        #expect(words == ["false", "said", "the", "mayor"].map(WordHashes.hash))
        #expect(WordHashes.of("\u{201C}quoted\u{201D}, then\u{2026}") == WordHashes.of("quoted then"))
    }

    @Test func keepsAccentedLettersInsideWords() {
        #expect(WordHashes.of("café closed").count == 2)
        #expect(WordHashes.of("café")[0] != WordHashes.hash("caf"))
        #expect(WordHashes.of("caf\u{E9} au lait").count == 3)
    }

    @Test func hashesAreTheStoredOnes() {
        // The shipped stance weights store these values (FNV-1a of "denied", computed
        // independently): a change here breaks the model.
        #expect(WordHashes.of("DENIED,") == [0xae36_324e_0a57_83d6])
    }
}
