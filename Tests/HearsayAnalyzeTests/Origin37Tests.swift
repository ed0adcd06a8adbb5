import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A hoax that came from a page named as such ("a Facebook page called X") has that page
/// for its origin, not the platform; the sourcing names its paper in full. All sentences invented for these tests.
@Suite struct Origin37Tests: ClaimSuite {
    @Test func pagesAreNamedInTheirThreeForms() {
        #expect(ClaimEvidence.namedPages(tokens("It was posted by a Facebook page called Harbour Watch on Monday.")) == ["Harbour Watch"])
        #expect(ClaimEvidence.namedPages(tokens("The notice was first posted on the page Harbour Watch.")) == ["Harbour Watch"])
        #expect(ClaimEvidence.namedPages(tokens("The Harbour Watch page has since vanished from Facebook.")) == ["Harbour Watch"])
        #expect(ClaimEvidence.namedPages(tokens("It was shared on the Facebook page of a local choir.")).isEmpty)
    }

    @Test func thePageTheArticlesNameIsTheOrigin() throws {
        let claim = try core(analyse([
            ("Fake notice says Tarrow ferry will stop running in May",
             "A notice claiming the Tarrow ferry will stop running in May was posted on Saturday by a Facebook page called Harbour Watch."),
            ("No, the Tarrow ferry is not being scrapped",
             "The Tarrow ferry will keep running, its operator said after a notice shared by the Facebook page Harbour Watch claimed it would stop in May. \"The notice is fake,\" the operator said."),
            ("Tarrow ferry operator dismisses closure notice",
             "The notice saying the Tarrow ferry will stop in May is false, the operator said. It first appeared on the Harbour Watch page on Facebook."),
        ]))
        #expect(claim.origin == "Harbour Watch", "\(claim.origin ?? "none")")
    }

    @Test func aGroupNotToldOfOnlineIsABody() {
        #expect(ClaimEvidence.namedPages(tokens("The studio is owned by the investment group Palisade Harrow.")).isEmpty)
        #expect(ClaimEvidence.namedPages(tokens("Parents set up the Save Kelby School group on Friday.")).isEmpty)
        #expect(ClaimEvidence.namedPages(tokens("Parents posted the letter in the Save Kelby School group on Friday.")) == ["Save Kelby School"])
    }

    @Test func aSourceWordEndingANameIsNoSourcing() {
        #expect(phrases("The death was first reported by the racing site Paddock Insider on Sunday.").isEmpty)
        #expect(phrases("The post appeared on a channel called Quarry Sources overnight.").isEmpty)
        #expect(!phrases("An insider at the stud told the paper the horse had died.").isEmpty)
    }

    @Test func thePaperIsNamedByItsHeadNoun() {
        // A paper of its kind is in the outlet's hands too (`Sourcing45Tests`).
        #expect(phrases("The grant will be scrapped, according to a draft spending paper seen by the Gazette.") == ["a draft spending paper seen by the Gazette", "a draft spending paper"])
        #expect(phrases("The race will be dropped, according to a draft calendar circulated to teams.") == ["a draft calendar"])
        #expect(phrases("The plant will close, according to a draft seen by the Gazette.").contains("a draft seen by the Gazette"))
        #expect(phrases("The plant will close, according to a letter warning that jobs will go.") == ["a letter"])
    }
}
