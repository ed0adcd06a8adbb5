import Testing
@testable import HearsayCluster

/// The thirty-sixth session's centroid floor (ClusterConfiguration.centroidFloor): the headline
/// echo and the guards count only for a story whose body the article's body is alike at all.
@Suite struct CentroidFloorTests {
    static let busStrike = [
        Report(
            id: "bus-1", event: "bus",
            title: "Bus drivers vote to strike over pay",
            body: """
                Drivers at Calloway Coaches in Brenmouth voted by a large margin for a walkout after \
                talks with the operator over a 4 per cent offer broke down on Tuesday. The Brenmouth \
                branch secretary, Hollis Granger, said routes 12 and 40 would run a reduced timetable \
                from the first week of March. Calloway Coaches said it was disappointed and that its \
                door remained open to the drivers' representatives.
                """),
        Report(
            id: "bus-2", event: "bus",
            title: "Brenmouth bus strike set for March as Calloway talks fail",
            body: """
                Hollis Granger, who leads the drivers' branch in Brenmouth, confirmed the walkout at \
                Calloway Coaches would begin in March. Calloway Coaches said the 4 per cent offer was \
                fair and that routes 12 and 40 would keep a reduced timetable.
                """),
    ]

    /// Another strike of the same kind, elsewhere, told with other people and figures: its
    /// headline echoes the bus story's, its body hardly meets it.
    static let portStrike = Report(
        id: "port-1", event: "port",
        title: "Port workers vote to strike over pay",
        body: """
            Crane operators at Saltrick Harbour voted for a walkout in a ballot that closed on \
            Thursday, after talks over a 3 per cent offer from the terminal's owner broke down. Imogen Feld, the \
            union's regional organiser, blamed a freeze on overtime rates since 2023 and said \
            ships would face delays from April. Norland Quays said it was disappointed.
            """)

    func score(_ configuration: ClusterConfiguration) -> (cosine: Double, score: Double, joins: Bool) {
        var c = OnlineClusterer(configuration: configuration)
        // Other news first, so that everyday words are known as everyday.
        for r in Fixtures.all { _ = c.assign(id: r.id, title: r.title, body: r.body) }
        let first = Self.busStrike[0]
        let story = c.assign(id: first.id, title: first.title, body: first.body)
        let state = c.stories[Int(c.slotOfStory[story]!)]!
        var k = c
        let a = k.prepare(k.extractor.terms(title: Self.portStrike.title, body: Self.portStrike.body), published: nil)
        let cosine = a.vector.dot(state.centroid) / state.centroidNorm
        let joins = c.assign(id: Self.portStrike.id, title: Self.portStrike.title, body: Self.portStrike.body) == story
        return (cosine, k.score(a, against: state, centroidCosine: cosine), joins)
    }

    @Test func aHeadlineEchoDoesNotCarryAnUnlikeBody() {
        var off = ClusterConfiguration()
        off.centroidFloor = 0
        let without = score(off), with = score(ClusterConfiguration())
        // The echo alone lifts the other strike over the bar...
        #expect(without.cosine < ClusterConfiguration().centroidFloor)
        #expect(without.score >= off.threshold)
        #expect(without.joins)
        // ...the floor keeps it apart.
        #expect(!with.joins)
    }

    @Test func aSecondReportOfTheEventStillJoins() {
        var c = OnlineClusterer()
        for r in Fixtures.all { _ = c.assign(id: r.id, title: r.title, body: r.body) }
        let ids = (Self.busStrike + [Self.portStrike]).map { c.assign(id: $0.id, title: $0.title, body: $0.body) }
        #expect(ids[0] == ids[1])
        #expect(ids[2] != ids[0])
    }

    @Test func analyzeFoldersLeaveTheFloorOff() {
        #expect(ClusterConfiguration.folders.centroidFloor == 0)
    }
}
