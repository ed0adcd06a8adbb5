import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Page furniture and credit lines found when whole stories were scored the way the
/// judges score them (thirteenth review). Own lines, invented names.
@Suite struct ThirteenthReviewReaderTests {
    func parse(_ text: String) -> Article { TextArticleReader.parse(text, source: "t.txt", markdown: false) }

    @Test func aPostedByLineWithADateIsTheByline() {
        let a = parse("""
            Ferry timetable to change
            Posted by Rhea Tollan | Tue 3 Mar 2026
            The ferry will sail an hour later from May, the operator said.
            """)
        #expect(a.byline == "Rhea Tollan")
        #expect(a.body == "The ferry will sail an hour later from May, the operator said.")
    }

    @Test func aReadingTimeBesideTheDateIsNoText() {
        let a = parse("""
            Ferry timetable to change
            June 3, 2025 · 4 min read
            The ferry will sail an hour later from May, the operator said.
            """)
        #expect(a.published == "2025-06-03")
        #expect(a.body == "The ferry will sail an hour later from May, the operator said.")
    }

    @Test func aWireCreditLineNamesTheReporter() {
        let a = parse("""
            Ferry timetable to change
            The ferry will sail an hour later from May, the operator said.
            (Reporting by Juno Abel; Editing by Tam Roe)
            """)
        #expect(a.byline == "Juno Abel")
        #expect(!a.body.contains("Reporting"))
    }

    @Test func callsToActionInWholeSentences() {
        let a = parse("""
            Ferry timetable to change
            The ferry will sail an hour later from May, the operator said.
            Like boats? Join 9,000 readers and get our ferry newsletter every Monday.
            Have your say: which crossing do you take most? Leave a comment below.
            Follow us on Mastodon and Bluesky for more travel news.
            Passengers said the change would make the morning crossing easier.
            """)
        #expect(a.body == """
            The ferry will sail an hour later from May, the operator said.

            Passengers said the change would make the morning crossing easier.
            """)
        // An article's own sentence that tells readers to do something stays.
        let b = parse("""
            Ferry timetable to change
            Sign up for the new season ticket at the harbour office before May, the operator said.
            Passengers said the change would make the morning crossing easier.
            """)
        #expect(b.body.hasPrefix("Sign up for the new season ticket"))
    }

    @Test func longCaptionsAndTagLabels() {
        let a = parse("""
            Ferry timetable to change
            The ferry will sail an hour later from May, the operator said.
            Photo: The morning ferry leaving Harwick harbour on a grey day in January. (Ola Dunn/Sea Pictures)
            Filed under: Ferries, Harwick
            Passengers said the change would make the morning crossing easier.
            """)
        #expect(a.body == """
            The ferry will sail an hour later from May, the operator said.

            Passengers said the change would make the morning crossing easier.
            """)
    }
}
