import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, sixteenth review (scored stories): the core claim told as a scoop with asides, a
/// report inside a clause of time, and origin and sourcing of posts and fact-checks. All
/// sentences invented for these tests.
@Suite struct Claims19Tests: ClaimSuite {
    func tokens(_ s: String) -> [WordToken] {
        let doc = TextDocument(s)
        return ClaimWords.tokens(doc, 0..<doc.scalars.count)
    }

    func clause(_ s: String) -> String? {
        let t = tokens(s)
        guard let r = ClaimCandidates.clause(t) else { return nil }
        return t[r].filter(\.isWordOrNumber).map(\.text).joined(separator: " ")
    }

    /// "X, its oldest mill, is closing, the Gazette has learned": a scoop's lede may hold an
    /// aside set off by a pair of commas; a clause joined by ", but" is still two stories.
    @Test func aScoopLedeMayHoldAnAside() {
        #expect(
            clause("Harrow Textiles is closing its oldest mill, the one at Dunby Weir, before the end of the year, the Dunby Gazette has learned.")
                == "Harrow Textiles is closing its oldest mill the one at Dunby Weir before the end of the year")
        #expect(
            clause("The Selwyn Trust is selling its only Vermeer, Harbour at Dusk, to a museum in Texas, Radio Anglia understands.")
                == "The Selwyn Trust is selling its only Vermeer Harbour at Dusk to a museum in Texas")
        #expect(clause("The mill will stay open for now, but the looms are going to Poland, the Dunby Gazette reported.") == nil)
    }
}
