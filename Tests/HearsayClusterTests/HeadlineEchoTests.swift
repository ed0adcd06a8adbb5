import Testing
@testable import HearsayCluster

/// The thirty-first session's headline echo: an article's headline compared with the
/// headlines of a story's recent articles (ClusterConfiguration.headlineWeight).
@Suite struct HeadlineEchoTests {
    @Test func theTitleIsReadApartAsTheHeadline() {
        let extractor = TermExtractor(configuration: ClusterConfiguration())
        let titled = extractor.terms(title: "Ferry sailings cut", body: "The council cut ferry sailings to the island.")
        let headline = extractor.terms(title: "", body: "Ferry sailings cut")
        #expect(titled.headlineKeys == headline.keys)
        #expect(titled.headlineCounts.allSatisfy { $0 == 1 })
        #expect(extractor.terms(title: "", body: "The council cut ferry sailings.").headlineKeys.isEmpty)
        var off = ClusterConfiguration()
        off.headlineWeight = 0
        #expect(TermExtractor(configuration: off).terms(title: "Ferry sailings cut", body: "x").headlineKeys.isEmpty)
    }

    /// Same body, two headlines: one that echoes the story's first headline scores higher with
    /// the echo than without it, one that does not echo it scores lower.
    @Test func aHeadlineThatEchoesTheStorysScoresHigher() {
        func scores(_ configuration: ClusterConfiguration) -> (echo: Double, other: Double) {
            var c = OnlineClusterer(configuration: configuration)
            let first = Fixtures.harborQuake[0]
            let story = c.assign(id: first.id, title: first.title, body: first.body)
            let state = c.stories[Int(c.slotOfStory[story]!)]!
            func score(_ title: String) -> Double {
                var k = c
                let a = k.prepare(k.extractor.terms(title: title, body: Fixtures.harborQuake[1].body), published: nil)
                return k.score(a, against: state, centroidCosine: a.vector.dot(state.centroid) / state.centroidNorm)
            }
            return (score("Magnitude 6.4 earthquake shakes Port Alvarado harbour"), score("Residents spend a night outdoors"))
        }
        var off = ClusterConfiguration()
        off.headlineWeight = 0
        let with = scores(ClusterConfiguration()), without = scores(off)
        #expect(with.echo > without.echo)
        #expect(with.other < without.other)
    }

    /// Untitled reports (a rumour stream of bare bodies) are grouped as before.
    @Test func untitledReportsAreGroupedAsWithoutTheEcho() {
        var off = ClusterConfiguration()
        off.headlineWeight = 0
        var with = OnlineClusterer(), without = OnlineClusterer(configuration: off)
        for r in Fixtures.all + Fixtures.resignationRumour + Fixtures.crashRumour {
            #expect(with.assign(id: r.id, title: "", body: r.body) == without.assign(id: r.id, title: "", body: r.body))
        }
    }

    @Test func theStateKeepsTheHeadlines() throws {
        let state = SnapshotEncodingTests.busyState().snapshot()
        #expect(state.stories.contains { !$0.headlines.isEmpty })
        #expect(try ClusterSnapshot(encoded: state.encoded()) == state)
        #expect(try OnlineClusterer(snapshot: state).snapshot() == state)
    }
}
