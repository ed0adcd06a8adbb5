import Testing

@testable import HearsayAnalyze

/// The core claim names the party most headlines name, when a headline or lede says the
/// same news with it and loses none of the headlines' other words.
struct CoreClaim37Tests {
    let words = { (s: String) in ClaimWords.content(s) }

    func candidate(_ text: String, article: Int, headline: Bool = false) -> ClaimCandidate {
        var c = ClaimCandidate(article: article, sentence: headline ? 0 : 1, text: text, content: words(text), parties: [])
        c.headline = headline
        return c
    }

    @Test func aDescriptionGivesWayToTheNameTheHeadlinesShare() {
        let lede = candidate("The hilltop chapel would begin charging pilgrims a fee of five pounds.", article: 1)
        let headline = candidate("Tarrowby chapel to bring in £5 fee for pilgrims.", article: 0, headline: true)
        let keys: Set<String> = ["tarro", "fee"]
        let claimed = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, headline])
        #expect(ClaimCandidates.inHeadlineWords(claimed, keywords: keys, events: ["fee"]).text == headline.text)
    }

    @Test func theNameDoesNotBuyAWordingThatDropsTheEvent() {
        let lede = candidate("The hilltop chapel would begin charging pilgrims a fee of five pounds.", article: 1)
        let headline = candidate("Tarrowby chapel pilgrims in uproar.", article: 0, headline: true)
        let keys: Set<String> = ["tarro", "fee"]
        let claimed = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, headline])
        #expect(ClaimCandidates.inHeadlineWords(claimed, keywords: keys, events: ["fee"]).text == lede.text)
    }

    @Test func aWordThatIsNoNameIsNoReasonAlone() {
        let lede = candidate("Tarrowby's chapel would begin charging pilgrims five pounds.", article: 1)
        let headline = candidate("Tarrowby chapel to bring in £5 fee for pilgrims.", article: 0, headline: true)
        let keys: Set<String> = ["tarro", "fee"]
        let claimed = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, headline])
        #expect(ClaimCandidates.inHeadlineWords(claimed, keywords: keys, events: ["fee"]).text == lede.text)
    }
}
