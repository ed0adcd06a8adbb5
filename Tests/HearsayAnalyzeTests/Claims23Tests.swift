import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, eighteenth review (scored stories): the core claim's wording and its status.
/// All sentences invented for these tests.
@Suite struct Claims23Tests: ClaimSuite {
    func undated(_ bodies: [(String, String)]) -> Story {
        let articles = bodies.enumerated().map { i, a in Article(id: "art\(i)0000000", source: "t\(i).txt", title: a.0, body: a.1) }
        return StoryAnalyzer.standard.analyze(id: "s", articles: articles)
    }

    func candidate(_ article: Int, _ sentence: Int, _ text: String, parties: [Int], headline: Bool = false, sourced: Bool = false) -> ClaimCandidate {
        var c = ClaimCandidate(article: article, sentence: sentence, text: text, content: ClaimWords.content(text), parties: parties)
        c.headline = headline
        c.sourced = sourced
        return c
    }

    /// Headlinese ("axe", "shut", "quit") gives way to the same article's sourced lede,
    /// which tells the news in the plain words the other outlets use; a lede about
    /// something else, or naming fewer of its parties, does not replace it.
    @Test func aHeadlineGivesWayToItsOwnSourcedLede() {
        let headline = candidate(0, 0, "Minister to axe Tollbridge ferry, letter shows.", parties: [0, 1], headline: true)
        let lede = candidate(
            0, 0, "The transport minister plans to close the Tollbridge ferry service in May and sell its two boats.", parties: [0, 1], sourced: true)
        let claimed = ClaimCandidates.Claimed(wording: headline, own: [headline], members: [headline, lede])
        #expect(ClaimCandidates.ownLede(claimed, headline).text == lede.text)
        // A lede of another article is another outlet's retelling, not this headline's plain words.
        var elsewhere = lede
        elsewhere.article = 1
        #expect(ClaimCandidates.ownLede(ClaimCandidates.Claimed(wording: headline, own: [headline], members: [headline, elsewhere]), headline).text == headline.text)
        // A detail of the same article ("staff were told by email") is no restatement.
        let detail = candidate(0, 1, "Staff at the Tollbridge ferry were told by email on Friday.", parties: [1], sourced: true)
        #expect(ClaimCandidates.ownLede(ClaimCandidates.Claimed(wording: headline, own: [headline], members: [headline, detail]), headline).text == headline.text)
        // Only a headline's wording is headlinese.
        #expect(ClaimCandidates.ownLede(ClaimCandidates.Claimed(wording: detail, own: [detail], members: [detail, lede]), detail).text == detail.text)
    }

    /// Undated, a party that waved the rumour off in one article and confirmed it in another
    /// has confirmed it: denial then confirmation is a rumour's usual course.
    @Test func anUndatedDenialGivesWayToTheSamePartysConfirmation() throws {
        let story = undated([
            ("Harwick Rail to scrap its night trains, staff say",
             "Harwick Rail plans to scrap its night trains to the coast, according to three drivers who spoke to the Lantern.\nThe trains carry about 400 people a week."),
            ("Harwick Rail denies night train report",
             "Harwick Rail has denied a report that it plans to scrap its night trains to the coast.\nThe company said its timetable for next year was not settled."),
            ("Harwick Rail confirms night trains will end",
             "Harwick Rail confirmed on Thursday that it will scrap its night trains to the coast in December.\nPassengers will be offered refunds."),
        ])
        let claim = try core(story)
        #expect(claim.status == .confirmed)
        #expect(claim.statusReason?.contains("had denied it") == true)
    }
}
