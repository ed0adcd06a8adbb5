import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Core claim and its sourcing, forty-first session: a lede that hides a party of its own
/// names no party the wording hides; papers telling the news are sourcing. All sentences
/// invented for these tests.
@Suite struct Claims41Tests: ClaimSuite {
    func candidate(_ text: String, article: Int, parties: [Int]) -> ClaimCandidate {
        ClaimCandidate(article: article, sentence: 0, text: text, content: ClaimWords.content(text), parties: parties)
    }

    /// "to a private equity group" hides the buyer: a lede naming another party ("Ostra
    /// Capital", an adviser) while it too hides one ("a company in Tarvik") does not name
    /// the buyer, so the wording stays; a lede naming the buyer outright words the claim.
    @Test func aLedeHidingAPartyOfItsOwnDoesNotNameTheHiddenOne() {
        let w = candidate("Lumen Foods is in talks to sell its bakery to a private equity group.", article: 0, parties: [0])
        let hiding = candidate("Lumen Foods is in talks to sell its bakery, with Ostra Capital advising, to a company in Tarvik.", article: 1, parties: [0, 1])
        let claimed = ClaimCandidates.Claimed(wording: w, own: [w, hiding], members: [w, hiding])
        #expect(ClaimCandidates.namingParties(claimed, w).text == w.text)
        let naming = candidate("Lumen Foods is in talks to sell its bakery to Ostra Capital.", article: 2, parties: [0, 1])
        let both = ClaimCandidates.Claimed(wording: w, own: [w, hiding, naming], members: [w, hiding, naming])
        #expect(ClaimCandidates.namingParties(both, w).text == naming.text)
    }

    /// "A draft council paper says ...": a paper telling the claim is how it came, as a post
    /// is; "a report" is an outlet's story and gives none.
    @Test func aPaperTellingTheClaimIsItsSourcing() {
        #expect(ClaimEvidence.sharedTeller(tokens("A draft council paper says the ferry will stop in May.")) == "A draft council paper")
        #expect(ClaimEvidence.sharedTeller(tokens("A report says the ferry will stop in May.")) == nil)
    }

    /// "..., court records show": papers of a named kind showing the news are its sourcing;
    /// "the records show" names no kind.
    @Test func papersOfAKindShowingTheNewsAreSourcing() {
        #expect(phrases("The bakery owes its flour supplier £40,000, court records show.").contains("court records"))
        #expect(phrases("Land registry filings reveal that the mill was sold in May.").contains { $0.hasSuffix("registry filings") })
        #expect(!phrases("The bakery owes its flour supplier £40,000, the records show.").contains { $0.contains("records") })
    }
}
