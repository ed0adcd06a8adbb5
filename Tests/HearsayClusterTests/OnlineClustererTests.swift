import Foundation
import HearsayText
import Testing
@testable import HearsayCluster

@Suite struct OnlineClustererTests {
    /// Story ids in input order.
    func run(_ reports: [Report], configuration: ClusterConfiguration = ClusterConfiguration()) -> [String] {
        var c = OnlineClusterer(configuration: configuration)
        return reports.map { c.assign(id: $0.id, title: $0.title, body: $0.body, published: $0.published) }
    }

    /// The grouping as sets of report ids, independent of story ids and order.
    func partition(_ reports: [Report], _ stories: [String]) -> Set<Set<String>> {
        var groups: [String: Set<String>] = [:]
        for (r, s) in zip(reports, stories) { groups[s, default: []].insert(r.id) }
        return Set(groups.values)
    }

    func events(_ reports: [Report]) -> Set<Set<String>> {
        partition(reports, reports.map(\.event))
    }

    @Test func rewritesOfOneEventJoinOneStory() {
        for event in [Fixtures.harborQuake, Fixtures.merger, Fixtures.election] {
            #expect(Set(run(event)).count == 1, "\(event[0].event)")
        }
    }

    @Test func twoEarthquakesInDifferentPlacesAndYearsStayApart() {
        let interleaved = [
            Fixtures.harborQuake[0], Fixtures.mountainQuake[0], Fixtures.harborQuake[1],
            Fixtures.mountainQuake[1], Fixtures.harborQuake[2],
        ]
        #expect(partition(interleaved, run(interleaved)) == events(interleaved))
    }

    /// Names say whom a story is about, the other words what happened. Against a story of one
    /// rumour about a chief executive, the word guard lowers the score of a second rumour
    /// about her (a crash) and raises that of a further report of the first (her resignation).
    @Test func theWordGuardTellsTwoRumoursAboutOnePersonApart() {
        func scores(_ configuration: ClusterConfiguration) -> (sameRumour: Double, otherRumour: Double) {
            var c = OnlineClusterer(configuration: configuration)
            let first = Fixtures.resignationRumour[0], second = Fixtures.resignationRumour[1]
            let story = c.assign(id: first.id, title: first.title, body: first.body)
            _ = c.assign(id: second.id, title: second.title, body: second.body)
            let state = c.stories[Int(c.slotOfStory[story]!)]!
            func score(_ r: Report) -> Double {
                let a = c.weighed(c.extractor.terms(title: r.title, body: r.body), published: nil)
                let cosine = a.vector.dot(state.centroid) / state.centroidNorm
                return c.score(a, against: state, centroidCosine: cosine)
            }
            return (score(Fixtures.resignationRumour[2]), score(Fixtures.crashRumour[0]))
        }
        var unguarded = ClusterConfiguration()
        unguarded.wordAgreementWeight = 0
        let with = scores(ClusterConfiguration()), without = scores(unguarded)
        #expect(with.sameRumour > without.sameRumour)
        #expect(with.otherRumour < without.otherRumour)
        #expect(with.sameRumour - with.otherRumour > without.sameRumour - without.otherRumour)
    }

    /// In an English stream the function words of another language are rare, and by their
    /// document frequency alone they would tie any two reports in that language together.
    @Test func unrelatedReportsInAnotherLanguageStayApart() {
        let foreign = Fixtures.otherLanguages.filter { $0.event != "quake-harbor" }
        var stream = Fixtures.all
        for (k, r) in foreign.enumerated() { stream.insert(r, at: min(3 * k + 2, stream.count)) }
        let stories = run(stream)
        for (r, story) in zip(stream, stories) where foreign.contains(where: { $0.id == r.id }) {
            #expect(stories.filter { $0 == story }.count == 1, "\(r.id)")
        }
    }

    /// Its words cannot agree with the story's, so the word guard is not held against it: it
    /// joins by names and numbers.
    @Test func theWordGuardIsNotHeldAgainstAReportInAnotherLanguage() {
        let french = Fixtures.otherLanguages.first { $0.event == "quake-harbor" }!
        func score(_ configuration: ClusterConfiguration) -> Double {
            var c = OnlineClusterer(configuration: configuration)
            let story = Fixtures.harborQuake.map { c.assign(id: $0.id, title: $0.title, body: $0.body) }[0]
            let state = c.stories[Int(c.slotOfStory[story]!)]!
            let a = c.weighed(c.extractor.terms(title: french.title, body: french.body), published: nil)
            return c.score(a, against: state, centroidCosine: a.vector.dot(state.centroid) / state.centroidNorm)
        }
        var unguarded = ClusterConfiguration()
        unguarded.wordAgreementWeight = 0
        #expect(score(ClusterConfiguration()) == score(unguarded))
        #expect(Set(run(Fixtures.harborQuake + [french])).count == 1)
    }

    /// Past the horizon (60 days) a report still joins its story when it plainly tells the
    /// same event (a confirmation months after the first reports), but it has to clear
    /// `lateMargin` on top of the time penalty; with the margin out of reach it never joins.
    @Test func aReportMonthsLaterJoinsOnlyOnACloseMatch() {
        var first = Fixtures.merger[0]
        first.published = "2024-03-04"
        var next = Fixtures.merger[2]
        next.published = "2024-03-05"
        var later = Fixtures.merger[1]
        later.published = "2024-06-20"
        let stories = run([first, next, later])
        #expect(stories[0] == stories[1])
        #expect(stories[2] == stories[0])
        var hard = ClusterConfiguration()
        hard.lateMargin = 10
        let apart = run([first, next, later], configuration: hard)
        #expect(apart[2] != apart[0])
    }

    /// A second earthquake in the same town months later, told by other people, is a story of
    /// its own; the margin is taken off only past the horizon.
    @Test func aSecondQuakeInTheSameTownMonthsLaterIsAStoryOfItsOwn() {
        var reports = Fixtures.harborQuake
        for i in reports.indices { reports[i].published = "2019-03-0\(5 + i)" }
        let second = Report(
            id: "quake-9", event: "quake-harbor-2", title: "Earthquake of magnitude 5.1 shakes Port Alvarado again",
            body: """
                A magnitude 5.1 earthquake shook Port Alvarado on Sunday, the Alvarado Seismic Institute said.
                Fire chief Rodrigo Baeza said a warehouse roof fell in on the fish market and one worker was hurt.
                Schools in the town will stay closed on Monday while inspectors check the buildings.
                """,
            published: "2019-08-18")
        let stories = run(reports + [second])
        #expect(Set(stories.prefix(3)).count == 1)
        #expect(stories[3] != stories[0])

        var c = OnlineClusterer()
        for r in reports { _ = c.assign(id: r.id, title: r.title, body: r.body, published: r.published) }
        let story = c.stories.compactMap { $0 }[0]
        var open = ClusterConfiguration()
        open.lateMargin = 0
        let unmargined = OnlineClusterer(configuration: open)
        for (day, margin) in [("2019-08-18", c.configuration.lateMargin), ("2019-04-18", 0)] {
            let a = c.weighed(c.extractor.terms(title: second.title, body: second.body), published: day)
            let cosine = a.vector.dot(story.centroid) / story.centroidNorm
            let difference = unmargined.score(a, against: story, centroidCosine: cosine) - c.score(a, against: story, centroidCosine: cosine)
            #expect(abs(difference - margin) < 1e-9, "\(day)")
        }
    }

    @Test func mixedStreamRecoversEveryEvent() {
        let stream = Fixtures.all
        #expect(partition(stream, run(stream)) == events(stream))
    }

    /// Arrival order changes the ids, not the grouping.
    @Test func groupingDoesNotDependOnArrivalOrder() {
        var rng = SplitMix64(seed: 7)
        let expected = events(Fixtures.all)
        for _ in 0..<40 {
            let shuffled = Fixtures.all.shuffled(using: &rng)
            #expect(partition(shuffled, run(shuffled)) == expected)
        }
    }

    @Test func aStoryIsNamedAfterItsFirstArticle() {
        let stories = run(Fixtures.merger)
        #expect(stories == Array(repeating: "s-deal-1", count: 3))
    }

    @Test func sameStreamSameAnswers() {
        var rng = SplitMix64(seed: 11)
        let stream = Fixtures.all.shuffled(using: &rng)
        #expect(run(stream) == run(stream))
    }

    /// Stopping, saving the state as JSON and going on gives what one run gives.
    @Test func snapshotResumesExactly() throws {
        let stream = Fixtures.all
        let whole = run(stream)
        var first = OnlineClusterer()
        var ids = stream.prefix(6).map { first.assign(id: $0.id, title: $0.title, body: $0.body) }
        let saved = try JSONEncoder().encode(first.snapshot())
        var resumed = try OnlineClusterer(snapshot: JSONDecoder().decode(ClusterSnapshot.self, from: saved))
        #expect(resumed.snapshot() == first.snapshot())
        ids += stream.dropFirst(6).map { resumed.assign(id: $0.id, title: $0.title, body: $0.body) }
        #expect(ids == whole)
    }

    /// Stored assignments replayed with `record` put a new article in the stored story.
    @Test func recordedStoriesReceiveNewArticles() {
        var c = OnlineClusterer()
        for r in Fixtures.merger.prefix(2) {
            c.record(id: r.id, title: r.title, body: r.body, story: "stored-story")
        }
        for r in Fixtures.election { c.record(id: r.id, title: r.title, body: r.body, story: "other") }
        let r = Fixtures.merger[2]
        #expect(c.assign(id: r.id, title: r.title, body: r.body) == "stored-story")
    }

    /// Quiet stories close, so the open set stays bounded however long the stream.
    @Test func quietStoriesClose() {
        var configuration = ClusterConfiguration()
        configuration.horizonArticles = 300
        var c = OnlineClusterer(configuration: configuration)
        for i in 0..<2_000 {
            let words = (0..<12).map { "w\((i * 31 + $0 * 7) % 5_000)x\($0)" }.joined(separator: " ")
            _ = c.assign(id: "n\(i)", title: "", body: words)
        }
        #expect(c.openStories <= 300 + 256)
        #expect(c.articles == 2_000)
    }

    /// A report dated months before the newest one may arrive just as the sweep of quiet
    /// stories runs (every 256th article); the story it lands in must still be open when its
    /// id is handed out, and stay open for the next article of that story.
    @Test func aBackDatedReportAtTheSweepKeepsItsStory() {
        var c = OnlineClusterer()
        for i in 0..<255 {
            let words = (0..<12).map { "w\((i * 31 + $0 * 7) % 5_000)x\($0)" }.joined(separator: " ")
            _ = c.assign(id: "n\(i)", title: "", body: words, published: "2026-06-01")
        }
        let late = Fixtures.merger[0], next = Fixtures.merger[1]
        let story = c.assign(id: late.id, title: late.title, body: late.body, published: "2025-01-10")
        #expect(c.articles == 256)
        #expect(c.slotOfStory[story] != nil)
        #expect(c.assign(id: next.id, title: next.title, body: next.body, published: "2025-01-11") == story)
    }

    /// Silence is counted on the feed's clock: in an archive read back out of order, a story
    /// whose own dates lie months behind the newest article still takes its next report after
    /// the sweep of quiet stories; in a feed that moves on past the horizon it closes (before
    /// the article horizon: after a tenth of it).
    @Test func silenceIsCountedOnTheFeedsClock() {
        func filler(_ c: inout OnlineClusterer, from: Int, count: Int, published: String) {
            for i in from..<(from + count) {
                let words = (0..<12).map { "w\((i * 31 + $0 * 7) % 5_000)x\($0)" }.joined(separator: " ")
                _ = c.assign(id: "n\(i)", title: "", body: words, published: published)
            }
        }
        let first = Fixtures.merger[0], second = Fixtures.merger[1]
        var configuration = ClusterConfiguration()
        configuration.horizonArticles = 1_000
        var archive = OnlineClusterer(configuration: configuration)
        filler(&archive, from: 0, count: 1, published: "2026-06-01")
        let story = archive.assign(id: first.id, title: first.title, body: first.body, published: "2025-01-10")
        filler(&archive, from: 1, count: 300, published: "2026-06-01")
        #expect(archive.assign(id: second.id, title: second.title, body: second.body, published: "2025-01-11") == story)

        var live = OnlineClusterer(configuration: configuration)
        let opened = live.assign(id: first.id, title: first.title, body: first.body, published: "2026-03-01")
        filler(&live, from: 0, count: 300, published: "2026-06-10")
        #expect(live.slotOfStory[opened] == nil)
    }

    @Test func publicationDatesReadAsDays() {
        #expect(OnlineClusterer.dayNumber("1970-01-02") == 1)
        #expect(OnlineClusterer.dayNumber("2024-03-01T10:00:00Z")! - OnlineClusterer.dayNumber("2024-02-28")! == 2)
        #expect(OnlineClusterer.year(ofDay: OnlineClusterer.dayNumber("2026-02-03")!) == 2026)
        #expect(OnlineClusterer.dayNumber("February") == nil)
    }
}
