import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

@Suite struct RewriteTests {
    static let original = """
        The regional water board voted on Thursday to raise household charges for the first time in six years.
        Members said the increase would pay for replacing pipes laid before the war in the older districts.
        Opposition councillors argued that the board had wasted money on consultants during the last decade.
        "We cannot keep patching a network that is a century old," the board's chair told reporters.
        A final decision on the timetable is expected when the board meets again in the autumn.
        """

    func analyze(_ bodies: [String]) -> [Rewrite] {
        let articles = bodies.enumerated().map { Article(id: "a\($0.offset)", source: "\($0.offset).txt", title: "t", body: $0.element) }
        return RewriteFinder.rewrites(articles: articles, documents: articles.map { TextDocument($0.body) })
    }

    @Test func aLightlyEditedCopyIsARewriteOfTheEarlierArticle() {
        let copy = Self.original
            .replacingOccurrences(of: "voted on Thursday", with: "voted Thursday")
            .replacingOccurrences(of: "Opposition councillors argued", with: "Opposition members claimed")
            + "\nThe board did not respond to a request for comment."
        let rewrites = analyze([Self.original, copy])
        #expect(rewrites.count == 1)
        #expect(rewrites.first?.article == "a1" && rewrites.first?.of == "a0")
        #expect((rewrites.first?.overlap ?? 0) > 0.6)
        #expect((rewrites.first?.sharedSentences ?? 0) >= 3)
    }

    @Test func sharingOnlyAQuoteIsNotARewrite() {
        let other = """
            Household bills in the valley will rise, after a vote by the water board this week.
            "We cannot keep patching a network that is a century old," the board's chair told reporters.
            Residents in the older districts have complained about leaks for years, and some now buy bottled water.
            """
        #expect(analyze([Self.original, other]).isEmpty)
    }

    static let copiedPair = """
        Members said the increase would pay for replacing pipes laid before the war in the older districts.
        A final decision on the timetable is expected when the board meets again in the autumn.
        """

    @Test func theShareIsMeasuredOverTheLaterArticlesOwnWords() {
        let half = Self.copiedPair + """

            The valley's first reservoir was dug by hand in the nineteenth century for a small town.
            Every dry summer since has brought the same argument about who should pay for new mains.
            """
        let rewrites = analyze([Self.original, half])
        #expect(rewrites.count == 1)
        let overlap = rewrites.first?.overlap ?? 0
        #expect(overlap > 0.4 && overlap < 0.6)
        #expect(rewrites.first?.sharedSentences == 2)
    }

    @Test func aFewCopiedSentencesInALongArticleAreNotARewrite() {
        let long = Self.copiedPair + """

            The story of the valley's water begins with a reservoir dug by hand in the nineteenth century.
            Its engineers planned for a town of ten thousand people, and the town now holds ten times as many.
            Every dry summer since has brought the same argument about who should pay for new mains.
            Farmers say they already pay more than their share, while families say their bills are too high.
            Neither side expects the new charges to end that argument any time soon.
            """
        #expect(analyze([Self.original, long]).isEmpty)
    }
}
