import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Core claim wording, thirty-eighth session: the words the coverage uses for the news.
/// All sentences invented for these tests.
@Suite struct CoreClaim38Tests: ClaimSuite {
    func candidate(_ text: String, article: Int, sentence: Int = 0, parties: [Int]) -> ClaimCandidate {
        ClaimCandidate(article: article, sentence: sentence, text: text, content: ClaimWords.content(text), parties: parties)
    }

    /// "A former teacher" stands for a person other ledes name: a lede naming him, with
    /// the role in apposition, words the claim; the role alone hides him.
    @Test func aPersonDescribedGivesWayToALedeNamingHim() {
        #expect(ClaimCandidates.describesAPerson("A former teacher at Pellow Grammar School has been charged with theft."))
        #expect(ClaimCandidates.describesAPerson("The mayor is to appoint a senior minister to the board."))
        #expect(!ClaimCandidates.describesAPerson("Joss Tarrant, a former teacher at the school, has been charged with theft."))
        #expect(!ClaimCandidates.describesAPerson("Pellow Grammar School has lost an organ worth £9,000."))
        let w = candidate("A former teacher at Pellow Grammar School has been charged with theft of the school's organ.", article: 0, parties: [0])
        let named = candidate(
            "Joss Tarrant, a former teacher at Pellow Grammar School, has been charged with theft of the organ.", article: 1, parties: [0, 1])
        let claimed = ClaimCandidates.Claimed(wording: w, own: [w], members: [w, named])
        #expect(ClaimCandidates.namingParties(claimed, w).text == named.text)
    }

    /// A lede in its outlet's own phrase ("about folding the two trusts into one body") gives
    /// way to its own headline carrying the headlines' word for the event ("merge"); not to
    /// another outlet's headline, nor to one adding only a name or acronym.
    @Test func aLedeInItsOwnPhraseGivesWayToItsHeadlineWithTheEventWord() {
        let lede = candidate(
            "The Orley Parks Trust and the Orley Canals Trust have been in talks about folding the two charities into one body.", article: 0,
            sentence: 1, parties: [0, 1])
        var own = candidate("Parks and canals trusts in talks to merge, papers show.", article: 0, parties: [])
        own.headline = true
        var other = own
        other.article = 1
        let keywords: Set<String> = ["park", "canal", "talk", "merge"]
        let events: Set<String> = ["canal", "talk", "merge"]
        let claimed = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, own])
        #expect(ClaimCandidates.inHeadlineWords(claimed, keywords: keywords, events: events).text == own.text)
        let elsewhere = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, other])
        #expect(ClaimCandidates.inHeadlineWords(elsewhere, keywords: keywords, events: events).text == lede.text)
        var acronym = candidate("Parks and canals trusts in talks, OPT papers show.", article: 0, parties: [])
        acronym.headline = true
        let named = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, acronym])
        #expect(ClaimCandidates.inHeadlineWords(named, keywords: keywords.union(["opt"]), events: events.union(["opt"])).text == lede.text)
    }
}
