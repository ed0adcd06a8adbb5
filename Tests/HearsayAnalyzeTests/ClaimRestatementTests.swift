import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// One proposition written with the parties' names in one outlet and as "the two
/// companies" or "they" in another was two claims, the second "reported" beside the first
/// "denied". All sentences invented for these tests.
@Suite struct ClaimRestatementTests: ClaimSuite {
    static let scoop = (
        "Harrow Foods in talks to buy Pellam Dairy",
        "Harrow Foods has held talks about buying Pellam Dairy in a deal worth $600 million, according to two people familiar with the matter. The talks began in the autumn."
    )

    func texts(_ s: Story) -> [String] { s.claims.map(\.text) }

    @Test func theTwoCompaniesAreTheStorysTwoParties() throws {
        let story = analyse([
            Self.scoop,
            (
                "Harrow Foods and Pellam Dairy deny deal talk",
                "Harrow Foods and Pellam Dairy both said there were no talks. A newspaper had reported that the two companies discussed selling their cheese in Harrow Foods shops across the north."
            ),
            (
                "Harrow Foods and Pellam Dairy say no talks",
                "Harrow Foods has held talks about buying Pellam Dairy, a newspaper reported. Harrow Foods said the report was wrong, and Pellam Dairy said it was not for sale."
            ),
        ])
        #expect(!texts(story).contains { $0.lowercased().hasPrefix("the two companies") }, "\(texts(story))")
        #expect(try core(story).text.hasPrefix("Harrow Foods has held talks"), "\(texts(story))")
    }

    @Test func theyAfterTwoPartiesStandsForBoth() throws {
        let story = analyse([
            Self.scoop,
            (
                "Harrow Foods and Pellam Dairy deny deal talk",
                "Harrow Foods and Pellam Dairy have both rejected a newspaper report that they were in secret merger talks. Neither would say more."
            ),
            (
                "Harrow Foods and Pellam Dairy say no talks",
                "Harrow Foods has held talks about buying Pellam Dairy, a newspaper reported. Harrow Foods said the report was wrong, and Pellam Dairy said it was not for sale."
            ),
        ])
        #expect(!texts(story).contains { $0.hasPrefix("Harrow Foods were") || $0.hasPrefix("Harrow Foods and Pellam Dairy were") }, "\(texts(story))")
        // The scoop's own words, not the sentence written out from "they".
        #expect(try core(story).text.hasPrefix("Harrow Foods has held talks"), "\(texts(story))")
    }

    @Test func aPairPhraseNeedsTwoWordsForTwo() {
        func words(_ s: String) -> [WordToken] {
            let d = TextDocument(s)
            return ClaimWords.tokens(d, 0..<d.scalars.count)
        }
        #expect(ClaimCandidates.namesAPair(words("the two companies discussed a deal")))
        #expect(ClaimCandidates.namesAPair(words("both men denied it")))
        #expect(ClaimCandidates.namesAPair(words("the pair met in May")))
        #expect(!ClaimCandidates.namesAPair(words("the companies discussed a deal")))
        #expect(!ClaimCandidates.namesAPair(words("the two reports differ")))
        #expect(ClaimCandidates.namesAPair(words("both sides agreed")))
    }
}
