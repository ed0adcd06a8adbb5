import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, twenty-fifth review (new writers' stories): the core claim worded in the words
/// the coverage shares. All sentences invented for these tests.
@Suite struct Claims25Tests: ClaimSuite {
    func candidate(_ article: Int, _ sentence: Int, _ text: String, parties: [Int], headline: Bool = false, sourced: Bool = false) -> ClaimCandidate {
        var c = ClaimCandidate(article: article, sentence: sentence, text: text, content: ClaimWords.content(text), parties: parties)
        c.headline = headline
        c.sourced = sourced
        return c
    }

    /// A headline word most headlines share and every article uses is the coverage's name
    /// for the news, not headlinese: the headline keeps it over its own lede's synonym.
    /// A word some article never writes gives way as before.
    @Test func aHeadlineKeepsTheWordEveryOutletUses() {
        let headline = candidate(0, 0, "Quarry firm Brackstone faces £4m fine over dust clouds.", parties: [0], headline: true)
        let lede = candidate(
            0, 0, "Quarry firm Brackstone faces a penalty of £4m for letting dust clouds drift over Ellow village, a draft ruling shows.",
            parties: [0], sourced: true)
        let claimed = ClaimCandidates.Claimed(wording: headline, own: [headline], members: [headline, lede])
        let titles = [
            "Quarry firm Brackstone faces £4m fine over dust clouds", "Brackstone to fight £4m fine", "Villagers welcome Brackstone fine",
            "Brackstone shares slip",
        ]
        let keywords = ClaimCandidates.headlineKeywords(titles)
        #expect(keywords.contains("fine"))
        let everyone = ["Brackstone faces a fine.", "The fine on Brackstone is £4m.", "Brackstone's fine angers no one.", "A fine for Brackstone."]
        let some = ["Brackstone faces a fine.", "The penalty on Brackstone is £4m.", "Brackstone's fine angers no one.", "A fine for Brackstone."]
        #expect(ClaimCandidates.everywhere(keywords, everyone).contains("fine"))
        #expect(!ClaimCandidates.everywhere(keywords, some).contains("fine"))
        #expect(ClaimCandidates.ownLede(claimed, headline, keywords: ClaimCandidates.everywhere(keywords, everyone)).text == headline.text)
        #expect(ClaimCandidates.ownLede(claimed, headline, keywords: ClaimCandidates.everywhere(keywords, some)).text == lede.text)
    }

    /// The other way round: a first report's lede, chosen by date, that drops the word every
    /// outlet uses gives way to its own headline telling the same news with it; a headline
    /// with no more of those words, or another article's, does not.
    @Test func aDatedLedeGivesWayToItsHeadlineWithTheSharedWord() {
        let headline = candidate(0, 0, "Ferry operator Saltwick faces £2m fine over cancelled sailings.", parties: [0], headline: true)
        let lede = candidate(
            0, 1, "Ferry operator Saltwick faces a penalty of £2m for cancelling sailings to the islands, a draft ruling shows.",
            parties: [0], sourced: true)
        let other = candidate(1, 0, "Saltwick fine over sailings is a record, say islanders.", parties: [0], headline: true)
        let claimed = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [other, headline, lede])
        #expect(lede.inLede)
        #expect(ClaimCandidates.ownLede(claimed, lede, keywords: ["fine", "saltw"]).text == headline.text)
        #expect(ClaimCandidates.ownLede(claimed, lede, keywords: ["saltw"]).text == lede.text)
        #expect(ClaimCandidates.ownLede(claimed, lede, keywords: []).text == lede.text)
        let alone = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [other, lede])
        #expect(ClaimCandidates.ownLede(alone, lede, keywords: ["fine", "saltw"]).text == lede.text)
    }

    /// A paper in hand may be a notice or a plan, and may stand before a passive aside
    /// naming who wrote it ("..., seen by the Gazette"); a noun that is no paper, or an
    /// aside without its "by", is no sourcing.
    @Test func aPaperSeenByTheOutletAfterAnAside() {
        func phrases(_ s: String) -> [String] {
            let doc = TextDocument(s)
            return ClaimEvidence.phrases(ClaimWords.tokens(doc, doc.sentences[0].range), doc).map(\.0)
        }
        #expect(phrases("Ferrow Mills faces a £2m penalty, according to a draft warning notice seen by the Gazette.").contains {
            $0.contains("draft warning notice seen by the Gazette")
        })
        #expect(phrases("Anglers would pay a toll under a draft plan prepared by officials at the water board, seen by the Gazette.").contains {
            $0.contains("draft plan prepared by officials at the water board, seen by the Gazette")
        })
        #expect(phrases("The singer, tired after a long flight home, was seen by Gazette readers.").isEmpty)
        #expect(phrases("Anglers would pay a toll under a draft plan for the whole river, seen by the Gazette.").isEmpty)
    }
}
