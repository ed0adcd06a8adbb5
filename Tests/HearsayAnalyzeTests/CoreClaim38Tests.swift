import Testing

@testable import HearsayAnalyze

/// The core claim is worded by the rumour's headlines: not by a headline telling a party's
/// no, and not by a lede that names a rival beside the news but drops the headlines' words.
struct CoreClaim38Tests {
    func candidate(_ text: String, article: Int, headline: Bool = false, parties: [Int] = []) -> ClaimCandidate {
        var c = ClaimCandidate(article: article, sentence: headline ? 0 : 1, text: text, content: ClaimWords.content(text), parties: parties)
        c.headline = headline
        return c
    }

    @Test func aHeadlineTellingTheDenialWordsTheAnswer() {
        for text in [
            "Harbour board rules out ferry fare rise.", "Ferry fare rise is ruled out by the harbour board.",
            "Harbour board denies plan to raise ferry fares.",
        ] {
            #expect(candidate(text, article: 1, headline: true).negated, "\(text)")
        }
        #expect(!candidate("Harbour board to raise ferry fares by a fifth.", article: 0, headline: true).negated)
        #expect(!candidate("Ferry crews walk out over rota.", article: 0, headline: true).negated)
    }

    @Test func theFirstReportWordsTheClaimWhenLaterHeadlinesTellTheDenial() {
        let first = candidate("Harbour board draws up plan to raise ferry fares by a fifth.", article: 0, headline: true)
        let denial = candidate("Islanders relieved as ferry fare rise is ruled out.", article: 1, headline: true)
        let rules = candidate("Harbour board rules out ferry fare rise as hauliers count the cost.", article: 2, headline: true)
        // Undated, so the first report is not told by its date: only the denials' words set them apart.
        #expect(ClaimCandidates.wording([denial, rules, first]).text == first.text)
    }

    @Test func aLedeNamingTheRivalGivesWayToTheHeadlinesWords() {
        let lede = candidate("The jury had preferred Varnholt over Selbury by seven votes to two.", article: 1, parties: [0, 1])
        let headline = candidate("Varnholt set to host 2031 rowing regatta after jury vote.", article: 0, headline: true, parties: [0])
        let claimed = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, headline])
        let keys: Set<String> = ["varnh", "2031", "rowin", "regat"]
        #expect(ClaimCandidates.inHeadlineWords(claimed, keywords: keys, events: ["2031", "rowin", "regat"]).text == headline.text)
        // One headline word more is not enough to lose a party.
        let short = candidate("Varnholt to host regatta.", article: 0, headline: true, parties: [0])
        let near = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, short])
        #expect(ClaimCandidates.inHeadlineWords(near, keywords: keys, events: ["2031", "rowin", "regat"]).text == lede.text)
    }
}
