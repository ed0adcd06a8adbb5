import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Page furniture between an article's paragraphs, thirty-first session: labels and sales
/// lines that end with a full stop, credits for the reporting or the translation, the page
/// speaking of itself as "our" or of its subscribers. Own lines, invented names.
@Suite struct Furniture38Tests {
    /// An article from Quay Notes with `line` in the middle, five paragraphs from either end.
    func article(with line: String) -> Article {
        let paragraphs = [
            "Ferry fares to rise", "By Ona Petrie | Quay Notes",
            "Fares on the island ferries will rise by 6% in May, the operator said on Monday.",
            "The company blamed the price of fuel, which has doubled since the winter.",
            "Season tickets will rise by less, at 4%, the operator said.",
            "Islanders have asked the county to step in with a subsidy.",
            line,
            "The county has not answered their letter, sent in March.",
            "A meeting on the island is planned for the end of April.",
            "The operator carried 1.2 million passengers last year.",
            "Its two older boats are due to be replaced in 2028.",
            "Fares were last raised two years ago.",
        ]
        return TextArticleReader.parse(paragraphs.joined(separator: "\n"), source: "t.txt", markdown: false)
    }

    @Test func furnitureBetweenParagraphsIsRemoved() {
        for line in [
            "Newsletter: get the week's sailings in your inbox every Friday.",
            "Our Standards: The Quay Notes Editorial Code.",
            "Subscribe to Quay Notes: news for the ferry trade, every weekday.",
            "Sponsored: Cut your fuel bill with hull coatings. Ask for a quote today.",
            "Reporting by Ona Petrie. Editing by Sam Lowry.",
            "Additional reporting by Ivo Brand; editing by Sam Lowry.",
            "Translated from the Danish by our foreign desk.",
            "Quay Notes Pro subscribers can download the full fare table.",
            "Get Quay Notes in your inbox every weekday morning.",
            "Tickets for the Harbour Gala are on sale through our partner.",
            "Meet us at the Ferry Expo in June. Register for your free pass.",
            "Newest posts first. Refresh the page for the latest.",
        ] {
            #expect(!article(with: line).body.contains(line), "kept: \(line)")
        }
    }

    @Test func theArticlesOwnLinesAreKept() {
        for line in [
            "Subscribers to the season ticket will pay 4% more, the operator said.",
            "Translated from the Danish, the operator's letter says fares will rise.",
            "Book your tickets early, the operator advised, as sailings fill up in summer.",
            "Like many island routes, this one loses money in winter.",
            "Get the older boats replaced, islanders told the county, or the route will fail.",
            "Our reporter sailed on the first boat of the day, which left ten minutes late.",
            "Editing the timetable by hand, staff missed two sailings, the union said.",
            "Five tips for travelling with your bike on the island ferries:",
        ] {
            #expect(article(with: line).body.contains(line), "removed: \(line)")
        }
    }
}
