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

    /// The wording `inHeadlineWords` gives a lede beside one headline, the headlines'
    /// keywords being a name ("tarro") and the event ("fee").
    func reworded(lede: String, headline: String) -> String {
        let l = candidate(lede, article: 1), h = candidate(headline, article: 0, headline: true)
        let claimed = ClaimCandidates.Claimed(wording: l, own: [l], members: [l, h])
        return ClaimCandidates.inHeadlineWords(claimed, keywords: ["tarro", "fee"], events: ["fee"]).text
    }

    @Test func aDescriptionGivesWayToTheNameTheHeadlinesShare() {
        let headline = "Tarrowby chapel to bring in £5 fee for pilgrims."
        #expect(reworded(lede: "The hilltop chapel would begin charging pilgrims a fee of five pounds.", headline: headline) == headline)
    }

    @Test func theNameDoesNotBuyAWordingThatDropsTheEvent() {
        let lede = "The hilltop chapel would begin charging pilgrims a fee of five pounds."
        #expect(reworded(lede: lede, headline: "Tarrowby chapel pilgrims in uproar.") == lede)
    }

    @Test func aWordThatIsNoNameIsNoReasonAlone() {
        let lede = "Tarrowby's chapel would begin charging pilgrims five pounds."
        #expect(reworded(lede: lede, headline: "Tarrowby chapel to bring in £5 fee for pilgrims.") == lede)
    }

    @Test func aSentenceWrittenOutFromAPronounGivesWayToTheFirstReportsHeadline() {
        var read = candidate("Brellis Energy's Osterby wind farm is two years late.", article: 2)
        read.rewritten = true
        let later = candidate("Osterby wind farm delayed until 2031.", article: 1, headline: true)
        let first = candidate("Osterby wind farm faces two-year delay, board paper shows.", article: 0, headline: true)
        let keys: Set<String> = ["brell", "oster", "wind", "farm", "delay"]
        let claimed = ClaimCandidates.Claimed(wording: read, own: [read], members: [read, later, first])
        let dates: [String?] = ["2031-03-02", "2031-03-03", "2031-03-05"]
        #expect(ClaimCandidates.inOwnWords(claimed, keywords: keys, events: ["oster", "wind", "farm", "delay"], dates: dates).text == first.text)
        // An outlet's own words stay, and a title is no word for the news.
        var own = read
        own.rewritten = false
        #expect(ClaimCandidates.inOwnWords(ClaimCandidates.Claimed(wording: own, own: [own], members: [own, later, first]), keywords: keys, events: ["oster", "wind", "farm", "delay"], dates: dates).text == own.text)
        var quit = candidate("Mayor Ostby set to quit.", article: 1, headline: true)
        quit.content = words("Mayor Ostby set to resign.")
        var resign = candidate("Ostby plans to resign next month.", article: 2)
        resign.rewritten = true
        let mayor = ClaimCandidates.Claimed(wording: resign, own: [resign], members: [resign, quit])
        #expect(ClaimCandidates.inOwnWords(mayor, keywords: ["ostby", "mayor", "resig"], events: ["mayor", "resig"], dates: dates).text == resign.text)
    }
}
