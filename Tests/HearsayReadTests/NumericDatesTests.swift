import Foundation
import HearsayModel
import Testing

@testable import HearsayRead

/// An all-numeric date that reads both ways ("10/01/2026") settled against the other
/// articles read with it. Every article is written for these tests.
@Suite struct NumericDatesTests {
    func article(_ id: String, _ published: String?, dayFirst: String? = nil) -> Article {
        var a = Article(id: id, source: "\(id).txt", title: "t", body: "b", published: published)
        a.publishedDayFirst = dayFirst
        return a
    }

    @Test func aDateLineThatReadsBothWaysKeepsBoth() {
        #expect(MetadataLine.recogniseAll("Posted 10/01/2026") == [.date("2026-10-01", dayFirst: "2026-01-10")])
        // One number over twelve tells which is the day.
        #expect(MetadataLine.recogniseAll("Posted 13/01/2026") == [.date("2026-01-13", dayFirst: nil)])
        #expect(MetadataLine.recogniseAll("January 10, 2026") == [.date("2026-01-10", dayFirst: nil)])
    }

    @Test func theReadingNearerTheOtherArticlesWins() {
        var articles = [
            article("a", "2026-01-15"), article("b", "2026-10-01T20:21:00", dayFirst: "2026-01-10T20:21:00"), article("c", "2026-01-12"),
        ]
        NumericDates.settle(&articles)
        #expect(articles[1].published == "2026-01-10T20:21:00")
        #expect(articles.allSatisfy { $0.publishedDayFirst == nil })
        // An American page among October articles keeps its month-first reading.
        var october = [article("a", "2026-10-03"), article("b", "2026-10-01", dayFirst: "2026-01-10")]
        NumericDates.settle(&october)
        #expect(october[1].published == "2026-10-01")
    }

    @Test func withNothingToGoByTheMonthFirstReadingStays() {
        var alone = [article("b", "2026-10-01", dayFirst: "2026-01-10"), article("c", nil)]
        NumericDates.settle(&alone)
        #expect(alone[0].published == "2026-10-01")
        #expect(alone[0].publishedDayFirst == nil)
    }

    @Test func aFolderIsSettledWhenRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-dates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Dam gates opened after heavy rain\nThe Valley Gazette\nJanuary 12, 2026\nThe gates of the Tarn dam were opened on Sunday.\n"
            .write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Dam gates OPEN as river rises\nRiverNews\nPosted 11/01/2026\nResidents below the Tarn dam were told to move their cars.\n"
            .write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let articles = try ArticleReader().read([dir.path])
        #expect(articles.first { $0.source.hasSuffix("b.txt") }?.published == "2026-01-11")
    }
}
