import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Nineteenth session (new stories): one statement that outlets word or credit differently,
/// found as one and flagged as reworded. Own sentences, invented names.
@Suite struct Variants25Tests: CompareSuite {
    @Test func aShortQuoteWithAContractionIsInsideTheLongForm() {
        #expect(grouped("won't hold water", "The council's theory simply will not hold water.") == true)
        // Other words of the same length are not the same statement.
        #expect(grouped("won't hold back", "The council's theory simply will not hold water.") == nil)
    }

    @Test func initialsAreTheBodyTheyAbbreviate() {
        #expect(SpeakerMatcher.abbreviates("NPSB", "National Pipeline Safety Board"))
        #expect(SpeakerMatcher.abbreviates("MoD", "Ministry of Defence") == false)  // not all capitals
        #expect(SpeakerMatcher.abbreviates("BFA", "Board of Food Affairs"))
        #expect(SpeakerMatcher.abbreviates("BOFA", "Board of Food Affairs"))
        #expect(!SpeakerMatcher.abbreviates("NPSB", "Northern Rail Board"))
        let a = "The Board has opened an inquiry into the Selby pipeline leak. There is no evidence of sabotage, and no arrest has been made"
        let b = "The Board has opened an inquiry into the Selby pipeline rupture. There is no evidence of sabotage and no arrests have been made."
        #expect(grouped(a, b, ("NPSB", "National Pipeline Safety Board")) == true)
        // Other initials are another body; a statement this long, word for word, is still one
        // statement an outlet credited to the wrong body (twenty-first session, `QuoteGroups27Tests`).
        #expect(grouped(a, b, ("NRB", "National Pipeline Safety Board")) == true)
        #expect(grouped("There is no evidence of sabotage", "There is no evidence of sabotage at all", ("NRB", "National Pipeline Safety Board")) == nil)
    }

    @Test func aMiscreditedVersionStillDiffersInItsGroup() {
        // One outlet credits the statement to the wrong party; a third quotes its opening
        // uncredited, which joins the three. The two full versions are worded apart.
        let g = groups([
            ("No date has been set for closing the Ashby depot. Managers often review the routes we run, and any change would go to the unions first.", "Harbour Transit"),
            ("No date has been set for shutting the Ashby depot. Managers review the routes we run on a regular basis, and any change would be put to the unions first.", "Ashby Residents Group"),
            ("no date has been set", nil),
        ])
        #expect(g.count == 1)
        #expect(g.first?.quotes.count == 3)
        #expect(g.first?.wordingDiffers == true)
    }
}
