import HearsayModel
import Testing
@testable import HearsayAnalyze

/// The order the stages and the brief see a story's articles in.
@Suite struct StoryDraftTests {
    func article(_ id: String, _ published: String?) -> Article {
        Article(id: id, source: "\(id).html", title: id, body: "A report.", published: published)
    }

    /// A page dated by the day alone is not earlier than a report of that day with a time:
    /// it keeps its place, and the timed ones are ordered by the instant, zones counted.
    @Test func aDayWithoutATimeKeepsItsPlaceAmongThatDaysReports() {
        let input = [
            article("scoop", "2026-11-02T06:15:00+00:00"),
            article("wire", "2026-11-02"),
            article("evening", "2026-11-02T15:05:00Z"),
            article("morning-abroad", "2026-11-02T09:00:00+05:00"),
            article("undated", nil),
            article("day-before", "2026-11-01"),
        ]
        let ids = StoryDraft.chronological(input).map(\.id)
        #expect(ids == ["day-before", "morning-abroad", "wire", "scoop", "evening", "undated"])
    }

    func wire(_ id: String, _ dateline: String) -> Article {
        var a = article(id, nil)
        a.dateline = dateline
        return a
    }

    /// A date line printed without its year ("14 February") is kept whole as the dateline.
    @Test func aYearlessDateLineTakesTheYearOfTheNearestDatedArticle() {
        let filled = DatelineYears.fill([wire("blog", "14 February"), article("paper", "2026-02-12")])
        #expect(filled[0].published == "2026-02-14")
    }

    @Test func aDatelineDayTakesTheYearOfTheNearestDatedArticle() {
        let filled = DatelineYears.fill([wire("wire", "HALDEN, Dec. 30"), article("later", "2026-01-04")])
        #expect(filled.map(\.published) == ["2025-12-30", "2026-01-04"])
        #expect(DatelineYears.fill([wire("wire", "HALDEN, Dec. 30"), article("old", "2019-08-04")])[0].published == nil)
        #expect(DatelineYears.fill([wire("wire", "HALDEN, Dec. 30")])[0].published == nil)
        #expect(DatelineYears.fill([wire("wire", "HALDEN, Norway"), article("later", "2026-01-04")])[0].published == nil)
    }

    /// The wire copy, listed last, goes first once its day has a year; a story of another
    /// year in the same run lends it none.
    @Test func aStoryOrdersItsWireCopiesByTheirDatelines() {
        let draft = StoryDraft(id: "s", articles: [article("follow-up", "2026-03-12"), wire("wire", "VOSTRA, March 11")])
        #expect(draft.articles.map(\.id) == ["wire", "follow-up"])
        let stories = [StoryMembers(id: "a", articles: ["old"]), StoryMembers(id: "b", articles: ["wire"])]
        let document = DocumentAnalyzer(analyzer: StoryAnalyzer(stages: [])).analyze(
            [article("old", "2026-02-20"), wire("wire", "VOSTRA, March 11")], stories: stories)
        #expect(document.articles.map(\.published) == ["2026-02-20", nil])
        let together = DocumentAnalyzer(analyzer: StoryAnalyzer(stages: [])).analyze(
            [article("old", "2026-02-20"), wire("wire", "VOSTRA, March 11")], stories: [StoryMembers(id: "a", articles: ["old", "wire"])])
        #expect(together.articles.map(\.published) == ["2026-02-20", "2026-03-11"])
    }
}
