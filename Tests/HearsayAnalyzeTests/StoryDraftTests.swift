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
}
