import HearsayModel
import Testing
@testable import HearsayCluster

/// The batch pass `analyze` adds after the online one: small stories join their best match.
@Suite struct SettlingTests {
    /// Runs the online pass, then replaces its stories with `forced` where given (as if the
    /// online pass had decided so), and settles.
    func settle(
        _ reports: [Report], forcing forced: [Int: String] = [:], settling: Settling = Settling(),
        configuration: ClusterConfiguration = ClusterConfiguration()
    ) -> (online: [String], settled: [String]) {
        var c = OnlineClusterer(configuration: configuration)
        let terms = reports.map { c.extractor.terms(title: $0.title, body: $0.body) }
        var stories = zip(reports, terms).map { r, t in c.assign(id: r.id, terms: t, published: r.published) }
        for (i, story) in forced { stories[i] = story }
        return (stories, c.settle(terms: terms, published: reports.map(\.published), stories: stories, settling: settling))
    }

    @Test func aReportLeftAloneJoinsItsEvent() {
        let reports = Fixtures.harborQuake + Fixtures.mountainQuake
        let (online, settled) = settle(reports, forcing: [2: "alone"])
        #expect(online[2] == "alone")
        #expect(settled[2] == settled[0] && settled[0] == settled[1])
        #expect(settled[2] == online[0], "the larger story keeps its id")
        #expect(settled[3] == settled[4] && settled[3] != settled[0], "the other earthquake stays apart")
    }

    @Test func anUnrelatedReportStaysAlone() {
        let reports = Fixtures.harborQuake + [Fixtures.merger[0]]
        let (online, settled) = settle(reports)
        #expect(settled == online)
        #expect(Set(settled).count == 2)
    }

    /// Two stories above `smallStory` are never merged, however low the threshold: look-alike
    /// events are large groups.
    @Test func largeStoriesStayApartAtAnyThreshold() {
        let reports = Fixtures.harborQuake + Fixtures.merger
        let (online, settled) = settle(reports, settling: Settling(threshold: -10, smallStory: 2))
        #expect(Set(online).count == 2)
        #expect(settled == online)
    }

    /// Three one-line posts are as little evidence as one article: a story of them is looked
    /// at again although it holds more than `smallStory` articles.
    @Test func aStoryOfOneLinePostsIsLookedAtAgain() {
        let posts = [
            "Port Alvarado quake: harbour wall cracked, ferry terminal shut.",
            "6.4 earthquake off Port Alvarado, two fishermen hurt says mayor Carvajal.",
            "Aftershocks still shaking Port Alvarado after the 6.4 quake.",
        ].enumerated().map { Report(id: "post-\($0.offset)", event: "quake-harbor", title: "", body: $0.element) }
        let reports = Fixtures.harborQuake + posts
        let forced = Dictionary(uniqueKeysWithValues: (3..<6).map { ($0, "posts") })
        let (_, settled) = settle(reports, forcing: forced)
        #expect(Set(settled).count == 1)
        let (_, unsettled) = settle(reports, forcing: forced, settling: Settling(smallText: 0))
        #expect(Set(unsettled).count == 2, "by article count alone the posts stay apart")
    }

    @Test func twoSmallStoriesOfOneEventBecomeOne() {
        let reports = Fixtures.merger
        let (_, settled) = settle(reports, forcing: [0: "first", 1: "first", 2: "second"])
        #expect(Set(settled) == ["first"], "of two small stories the larger keeps its id")
    }

    /// An online pass that never joins past its horizon (`lateMargin` out of reach), as it
    /// leaves a report that tells its event more loosely than these do.
    static let hardHorizon: ClusterConfiguration = {
        var c = ClusterConfiguration()
        c.lateMargin = 10
        return c
    }()

    /// Past half a year a folder's reports the online pass left apart stay two stories;
    /// within it, the later one (an outcome five months on) joins.
    @Test func reportsOverHalfAYearApartStayApart() {
        var first = Fixtures.merger[0]
        first.published = "2024-03-04"
        var later = Fixtures.merger[1]
        later.published = "2024-10-20"
        let (_, settled) = settle([first, later], configuration: Self.hardHorizon)
        #expect(settled[0] != settled[1])
        later.published = "2024-08-04"
        #expect(Set(settle([first, later], configuration: Self.hardHorizon).settled).count == 1)
    }

    /// The outcome of a rumour often comes weeks after the reports: past the stream's horizon
    /// a folder's report still joins them when the online pass has left it apart.
    @Test func anOutcomeWeeksLaterJoinsItsReports() {
        var reports = Fixtures.merger
        for i in reports.indices { reports[i].published = "2024-03-0\(4 + i)" }
        reports[reports.count - 1].published = "2024-05-20"
        let (online, settled) = settle(reports, configuration: Self.hardHorizon)
        #expect(online.last != online.first, "the online pass has closed the story by then")
        #expect(Set(settled).count == 1)
        let horizonOnly = settle(reports, settling: Settling(horizonDays: 30), configuration: Self.hardHorizon)
        #expect(Set(horizonOnly.settled).count == 2, "the stream's horizon alone (60 days)")
    }

    @Test func groupSettlesAndListsStoriesByFirstArticle() {
        let reports = Fixtures.all
        let articles = reports.map { Article(id: $0.id, source: $0.id, title: $0.title, body: $0.body, published: $0.published) }
        let stories = OnlineClusterer.group(articles)
        #expect(stories.map { Set($0.articles) }.count == Set(reports.map(\.event)).count)
        let firsts = stories.map { story in reports.firstIndex { $0.id == story.articles[0] }! }
        #expect(firsts == firsts.sorted())
        #expect(stories == OnlineClusterer.group(articles), "the same batch gives the same stories")
    }
}
