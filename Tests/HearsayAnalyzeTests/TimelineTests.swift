import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

@Suite struct TimelineTests {
    /// Dates found in one sentence against a publication date.
    func dates(_ sentence: String, published: String? = "2026-03-09") -> [String] {
        let document = TextDocument(sentence)
        return DateExpressions.find(in: document, reference: published.flatMap(DateSpan.parseISO)).map(\.span.iso)
    }

    @Test func civilDateArithmetic() {
        let d = CivilDate(year: 2026, month: 3, day: 9)
        #expect(d.weekday == 0)  // a Monday
        #expect(d.adding(days: -10).iso == "2026-02-27")
        #expect(CivilDate(dayNumber: CivilDate(year: 2024, month: 2, day: 29).dayNumber).iso == "2024-02-29")
        #expect(DateSpan.parseISO("2026-03-09T14:30:00+01:00") == .day(d))
        #expect(DateSpan.parseISO("2025-11")?.iso == "2025-11")
    }

    @Test func absoluteDates() {
        #expect(dates("The plant opened on April 14, 2025, after delays.") == ["2025-04-14"])
        #expect(dates("She joined on 3 June 2019 as an intern.") == ["2019-06-03"])
        #expect(dates("Sales slowed in early February 2026 and again in mid-2024.") == ["2026-02", "2024"])
        #expect(dates("Prices peaked in late 2024, the survey found.") == ["2024"])
        #expect(dates("As of March 2, the mill was closed.") == ["2026-03-02"])
        #expect(dates("The Feb. 12 filing was late.") == ["2026-02-12"])
    }

    @Test func monthsWithoutYearLookBackUnlessTheSentenceLooksAhead() {
        #expect(dates("The mayor spoke to reporters in November.") == ["2025-11"])
        #expect(dates("The minister is due to visit Canada in April.") == ["2026-04"])
        #expect(dates("The minister visited Canada in April.") == ["2025-04"])
    }

    @Test func relativeDatesResolveAgainstPublication() {
        // 2026-03-09 is a Monday.
        #expect(dates("The letter leaked over the weekend.") == ["2026-03-07/2026-03-08"])
        #expect(dates("Talks collapsed last week.") == ["2026-03-02/2026-03-08"])
        #expect(dates("The board met on Friday.") == ["2026-03-06"])
        #expect(dates("The board will meet on Friday.") == ["2026-03-13"])
        #expect(dates("He resigned two days ago.") == ["2026-03-07"])
        #expect(dates("Output fell last month and rose last year.") == ["2026-02", "2025"])
        #expect(dates("It has been hard over the last year.") == [])
    }

    @Test func aStateSinceADateIsNotTheSentencesEvent() {
        #expect(dates("The paper reported on Sunday that the firms had talked since January.") == ["2026-03-08"])
        // Alone, the start of the state is the only date the sentence gives.
        #expect(dates("The firms have talked since January.") == ["2026-01"])
    }

    /// "Since" reaches back whatever the tense; "from" in a sentence with no past verb looks
    /// ahead; "would" speaks of what was then the future.
    @Test func sinceReachesBackAndFromLooksAhead() {
        // 2026-03-09 is a Monday.
        #expect(dates("Posts calling the bridge unsafe have been shared 5,000 times since Thursday, and more will follow.") == ["2026-03-05"])
        #expect(dates("From June, lorries may use the bridge only at night.") == ["2026-06"])
        #expect(dates("From June, lorries used the bridge only at night.") == ["2025-06"])
        #expect(dates("The council said on Friday that the bridge would reopen in October.") == ["2026-03-06", "2026-10"])
    }

    @Test func withoutPublicationDateOnlyFullDatesCount() {
        #expect(dates("The letter leaked over the weekend, in November, on 3 June 2019.", published: nil) == ["2019-06-03"])
    }

    @Test func eventsMergeAcrossOutletsAndSortByDate() {
        let a = Article(
            id: "a", source: "a.txt", title: "Mill closes",
            body: "The mill shut its doors on March 2, 2026, workers said. It opened in 1998.",
            outlet: "The Courier", published: "2026-03-04")
        let b = Article(
            id: "b", source: "b.txt", title: "Mill shut",
            body: "Workers said the mill shut its doors on Monday. Its owner bought it in late 2019.",
            published: "2026-03-05")
        let events = TimelineBuilder.timeline(articles: [a, b], documents: [TextDocument(a.body), TextDocument(b.body)])
        #expect(events.map(\.date) == ["1998", "2019", "2026-03-02", "2026-03-04", "2026-03-05"])
        let closing = events.first { $0.date == "2026-03-02" }
        #expect(closing?.articles == ["a", "b"])
        #expect(events.first { $0.date == "2026-03-04" }?.text == "The Courier publishes: Mill closes")
    }
}
