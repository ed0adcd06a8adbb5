import Foundation
import HearsayModel
import Testing

@testable import HearsayRead

/// Lines in which the page speaks of itself (`PageVoice`), found by the page's own name from
/// its masthead. Every line is written for these tests.
@Suite struct PageVoiceTests {
    func body(_ text: String) -> [String] {
        TextArticleReader.parse(text, source: "t.txt", markdown: false).body.components(separatedBy: "\n\n")
    }

    static let lede = "The Orrin ferry will stop calling at Penmoor from May, the operator said on Tuesday, ending a route that has run since 1962."
    static let second = "Councillors said the decision would leave the island with a single crossing a day in winter."

    @Test func theFootWhereThePageDescribesOrSellsItselfIsRemoved() {
        let lines = body("""
            Penmoor loses its ferry
            The Kestle Lantern | Islands | 3 May 2026
            \(Self.lede)
            \(Self.second)
            The operator would not say how many crew would be affected.
            The Lantern is run by a cooperative of island readers.
            Lantern Plus subscribers can download the full timetable in our archive.
            """)
        #expect(lines.first == Self.lede)
        #expect(lines.contains("The operator would not say how many crew would be affected."))
        #expect(!lines.contains { $0.contains("cooperative of island readers") })
        #expect(!lines.contains { $0.contains("subscribers can download") })
    }

    @Test func imperativesAboutThePageAndNoticesAboutThePieceAreRemoved() {
        let lines = body("""
            Penmoor loses its ferry
            Harbour Sound News
            \(Self.lede)
            \(Self.second)
            What should passengers do?
            - Check the timetable before travelling
            This article was amended on 4 May to correct the date of the last sailing.
            Follow Harbour Sound on the app for more island news!
            """)
        #expect(!lines.contains { $0.contains("was amended") })
        #expect(!lines.contains { $0.hasPrefix("Follow Harbour Sound") })
        // The notice is a sentence: the unpunctuated advice above it stays the article's.
        #expect(lines.contains("- Check the timetable before travelling"))
    }

    @Test func theTownInThePapersNameAndQuotedWordsStay() {
        // "Penmoor" opens the paper's name and is the town; a quotation is someone's words.
        let lines = body("""
            Penmoor loses its ferry
            Penmoor Evening Star
            \(Self.lede)
            \(Self.second)
            Penmoor is the smallest of the three islands the route serves.
            "The Star is read by every islander," the harbourmaster joked.
            """)
        #expect(lines.contains("Penmoor is the smallest of the three islands the route serves."))
        #expect(lines.contains { $0.contains("harbourmaster joked") })
    }

    @Test func theNamesComeFromTheMastheadsParts() {
        let names = PageVoice.names(outlet: nil, header: ["Quayside Ledger \u{00B7} Shipping \u{00B7} 3 May 2026", "By Ada Rowe"])
        #expect(names.contains(["quayside", "ledger"]))
        #expect(!names.contains { $0.first == "by" })
        #expect(!names.contains { $0.contains("2026") })
    }
}
