import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, thirteenth review (scored stories): what whole stories scored as the judges score
/// them showed missing. All sentences invented for these tests.
@Suite struct ClaimScoredStoriesTests: ClaimSuite {
    /// Unnamed sources qualified by what they know of: deliberations, a programme, and a
    /// single leaked email are sourcing as much as "the talks" or "memos".
    @Test func sourcingQualifiersAndSingleDocuments() {
        #expect(phrases("The mill will shut in May, according to three people familiar with the deliberations.")
            == ["three people familiar with the deliberations"])
        #expect(phrases("The orchestra will drop its summer tour, according to two people who work on the programme.")
            == ["two people who work on the programme"])
        #expect(phrases("The pool was closed for a week, according to an internal email seen by the Gazette.")
            == ["an internal email"])
        // An email nobody calls leaked or internal is no sourcing.
        #expect(phrases("She sent an email to parents on Monday.").isEmpty)
    }

    /// A rumour born in posts on social media, which no outlet is credited with: the
    /// platform is its origin, the posts its sourcing.
    @Test func postsOnSocialMediaAreTheOrigin() throws {
        let story = analyse([
            ("Folk singer Lena Voss dies at 52, posts claim",
             "Posts claiming that the folk singer Lena Voss had died in a car crash near Ostend spread quickly on social media on Saturday.\nThe posts said her family had asked for privacy."),
            ("Lena Voss is alive, says her manager",
             "Lena Voss is alive, her manager said on Sunday, dismissing reports of her death.\n\"Lena is at home and well,\" the manager, Piet Aerts, said."),
            ("Fact check: Lena Voss has not died",
             "Claim: The folk singer Lena Voss died in a car crash near Ostend.\nVerdict: False.\nThe singer is alive, according to her manager."),
        ])
        let c = try core(story)
        #expect(c.origin == "social media")
        #expect(c.sourcing == "posts on social media")
        // Claims worded by headlines alone: the posts are in a lede.
        let headlines = analyse([
            ("Folk singer Lena Voss dies at 52",
             "Social media filled with tributes to the folk singer on Saturday after posts said she had been killed in a crash.\nHer family has not commented."),
            ("Lena Voss dies in crash, fans say", "Fans gathered outside her Ostend home on Sunday.\nCandles were lit."),
            ("Lena Voss is alive", "The singer is alive and at home, her manager, Piet Aerts, said on Monday."),
        ])
        #expect(try core(headlines).origin == "social media")
        // A report an outlet is credited with keeps its outlet, and posts are no sourcing there.
        let scoop = analyse([
            ("Folk singer Lena Voss to retire, paper says",
             "The folk singer Lena Voss will retire after her summer tour, the Ostend Herald reported on Friday, citing two people familiar with her plans.\nFans shared posts about the news on social media."),
            ("Lena Voss denies she will retire",
             "Lena Voss on Saturday denied a report in the Ostend Herald that she would retire after her summer tour."),
        ])
        let s = try core(scoop)
        #expect(s.origin == "Ostend Herald")
        #expect(s.sourcing == "two people familiar with her plans")
    }

    /// "X, the Ostend Herald reported on Friday, citing ...": a scoop's lede closed by the
    /// outlet that reported it states the claim, as "according to the Herald" does.
    @Test func aLedeClosedByTheReportingOutletIsAClaim() {
        func clause(_ s: String) -> String? {
            let doc = TextDocument(s)
            let t = ClaimWords.tokens(doc, 0..<doc.scalars.count)
            return ClaimCandidates.clause(t).map { doc.string(t[$0.lowerBound].range.lowerBound..<t[$0.upperBound - 1].range.upperBound) }
        }
        #expect(clause("The folk singer Lena Voss will retire after her summer tour, the Ostend Herald reported on Friday, citing two people.")
            == "The folk singer Lena Voss will retire after her summer tour")
        #expect(clause("Brandt Mills is in talks to buy a rival, the trade magazine Paper Week revealed.") == "Brandt Mills is in talks to buy a rival")
        // A body reporting its own figures states them on record, and is no report of a rumour.
        #expect(clause("Profit rose 4 percent in the third quarter, the company reported on Tuesday.") == nil)
    }
}
