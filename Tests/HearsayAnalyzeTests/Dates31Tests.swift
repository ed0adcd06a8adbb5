import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Dates told with a preposition of aspect ("from 1 April", "until 2031", "by 2028",
/// "since 2021") that every outlet gives once: one fact however the sentences read, and
/// what keeps other dates apart. Own sentences, invented names.
@Suite struct Dates31Tests: DateSuite {
    @Test func oneStartDatePerOutletIsOneFactHoweverWorded() {
        let found = dates([
            "Parking charges at the lakeside will be dropped from 1 October, officials said.",
            "Motorists will park for nothing at the lakeside from 1 November under the plan.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["1 October", "1 November"])
    }

    @Test func oneEndDatePerOutletIsOneFact() {
        let found = dates([
            "The lease on the old pier runs until 2033, the harbour board said.",
            "Fishermen were told they could keep their moorings at the pier until 2034.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["2033", "2034"])
    }

    @Test func aWeekdayBeforeTheDateLeavesItsPreposition() {
        let found = dates([
            "Porters at the depot will stop work from Tuesday 9 June over rosters.",
            "Porters plan a walkout from 11 June, their union said.",
        ])
        #expect(found.count == 1)
    }

    @Test func anOutletGivingTwoDatesWithThePrepositionTellsTwoThings() {
        // The second outlet's own two "from" dates show the story has two changes.
        #expect(dates([
            "Bus fares will rise from 1 March, the operator confirmed.",
            "Tram fares go up from 1 April, and season tickets from 1 June.",
        ]).isEmpty)
    }

    @Test func aSpanIsNoStartDate() {
        #expect(dates([
            "Morrow chaired the trust from 2011 to 2019 before moving abroad.",
            "The trust has been run from 2015 by a board of volunteers.",
        ]).isEmpty)
    }

    @Test func yearsDecadesApartDateTwoThings() {
        #expect(dates([
            "The works has been the town's biggest employer since 1957.",
            "It is the fourth steelworks to close in the region since 2019.",
        ]).isEmpty)
    }

    @Test func twoPrepositionsAreTwoAspects() {
        #expect(dates([
            "The bridge has carried lorries since 2012.",
            "Lorries will be banned from the bridge from 2027.",
        ]).isEmpty)
    }

    @Test func aStateBeganForWhoeverIsInIt() {
        let found = dates([
            "Consul Edda Markvist, who has served in Solberg since 2017, was summoned on Friday.",
            "Markvist has been the consul in Solberg since 2018.",
        ])
        #expect(values(found) == ["since 2017", "since 2018"])
        // Two people's tenures, each given once.
        #expect(dates([
            "Halloran has chaired the board since 2016.",
            "Pettifer, the treasurer, has held the post since 2019.",
        ]).isEmpty)
    }

    @Test func anotherChangeFromAnotherMonthSharesNothing() {
        let found = dates([
            "Ferry fares on the island route will rise from 1 May, the operator said.",
            "The ferry fare rise will hit islanders from July.",
            "Residents' parking on the quay will be free from March.",
        ])
        #expect(values(found) == ["1 May", "July"])
    }

    @Test func deadlinesOfTwoThingsInOneStoryStayApart() {
        // Both sentences speak of the tram line, but the first date's own clause is the
        // flyover's demolition.
        #expect(dates([
            "The new tram line is central to the city's plan to demolish the old flyover by 2030.",
            "The transport board had promised the tram line would be running by 2027.",
        ]).isEmpty)
        // One thing's deadline, however the clauses word it, stays one fact.
        #expect(values(dates([
            "The new tram line will be running by 2027, the board said.",
            "Passengers were promised the tram line would open by 2029.",
        ])) == ["2027", "2029"])
    }
}
