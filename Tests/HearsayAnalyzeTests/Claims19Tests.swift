import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, sixteenth review (scored stories): the core claim told as a scoop with asides, a
/// report inside a clause of time, and origin and sourcing of posts and fact-checks. All
/// sentences invented for these tests.
@Suite struct Claims19Tests: ClaimSuite {
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

    /// ", confirming a report by the Courier": the participle closes the main clause's
    /// statement and names the report it bears on, no part of the claim.
    @Test func aBearingParticipleEndsTheClaim() {
        #expect(
            clause("The Harlan Steel board said on Monday that it had agreed to buy the Tarn rolling mill, confirming a report last week by the Dunby Courier.")
                == "it had agreed to buy the Tarn rolling mill")
        #expect(
            clause("The council said that the ferry would stop running in May, contradicting reports that it would run all summer.")
                == "the ferry would stop running in May")
    }

    /// "X confirms it: ..." with X's quotation read as a denial in the same article: the
    /// article's own account of what the party did stands over a reading of its words.
    @Test func anArticlesAccountOfAPartyStandsOverItsQuotation() throws {
        let story = analyse([
            ("Harlan Steel buying Tarn rolling mill",
             "Harlan Steel is buying the Tarn rolling mill from the Voss family, the Dunby Courier has learned. The deal would be worth about 40 million pounds, according to two people briefed on the talks."),
            ("Harlan Steel confirms purchase of Tarn rolling mill",
             "Mara Quist, chair of Harlan Steel, confirms it: the company has signed a contract to buy the Tarn rolling mill. \"We did not take this decision lightly. We looked at every other site, and there was none that would keep our Dunby plant open,\" Quist said."),
            ("Tarn mill workers wait for news after Harlan Steel report",
             "Workers at the Tarn rolling mill said on Sunday they had heard nothing from the Voss family about a sale to Harlan Steel. The Dunby Courier reported that Harlan Steel was buying the mill."),
        ])
        let claim = try core(story)
        #expect(claim.status == .confirmed)
        #expect(claim.statusReason?.contains("denied") == false)
    }

    /// "according to a copy obtained by the Ledger", "a draft contract seen by Radio Anglia":
    /// a document the outlet has in hand is its sourcing.
    @Test func aDocumentSeenByTheOutletIsSourcing() {
        #expect(phrases("The council plans to shut two libraries, according to a copy obtained by the Harwell Ledger.").contains("a copy obtained by the Harwell Ledger"))
        #expect(phrases("The club would pay a record fee, according to a draft contract seen by Radio Anglia.").contains("a draft contract seen by Radio Anglia"))
        #expect(phrases("Minutes reviewed by the Post show the board voted twice.").contains("Minutes reviewed by the Post"))
        // A person seen by someone is a sighting, not a document.
        #expect(phrases("The singer was seen by fans at the airport on Friday.").isEmpty)
    }
}
