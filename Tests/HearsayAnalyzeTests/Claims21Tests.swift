import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, seventeenth review (scored stories): the claim of a hoax or fact-check told in
/// the shapes such stories take. All sentences invented for these tests.
@Suite struct Claims21Tests {
    func tokens(_ s: String) -> [WordToken] {
        let doc = TextDocument(s)
        return ClaimWords.tokens(doc, 0..<doc.scalars.count)
    }

    func clause(_ s: String) -> String? {
        let t = tokens(s)
        return ClaimCandidates.clause(t).map { r in t[r].filter(\.isWordOrNumber).map(\.text).joined(separator: " ") }
    }

    /// A fact-check names the claim it checks on a labelled line: the label attributes it,
    /// and "A post shows" before a clause is how the claim came, not what it says.
    @Test func aFactChecksClaimLineIsTheClaim() {
        #expect(clause("Claim: The mayor of Dunholt has resigned over a planning scandal.") == "The mayor of Dunholt has resigned over a planning scandal")
        #expect(clause("The claim: Brixley council will ban cars from the old town.") == "Brixley council will ban cars from the old town")
        #expect(clause("Viral claim - Orla Finch has been arrested in Spain.") == "Orla Finch has been arrested in Spain")
        #expect(clause("Claim: A photo shows the Tamsin river has burst its banks at Cleeve.") == "the Tamsin river has burst its banks at Cleeve")
        // What a picture shows with no clause of its own stays whole.
        #expect(clause("Claim: A video shows a bear walking through Harrow market.") == "A video shows a bear walking through Harrow market")
        // A claim named in running prose is no label.
        #expect(clause("The insurers rejected the claim within a week of the flood.") == nil)
    }

    /// "The post claimed the club had sacked its coach": a verb that only attributes takes
    /// its clause without "that" once a subject and its verb follow.
    @Test func aClaimWithoutThatOpensAClause() {
        #expect(clause("The letter, first posted on a fan forum, claimed the club had sacked its coach.") == "the club had sacked its coach")
        #expect(clause("A message alleging the mill was closing for good spread through the village.")?.hasPrefix("the mill was closing") == true)
        #expect(clause("Her lawyer alleged it was written by a rival.") == "it was written by a rival")
        // An object, not a clause: nothing is proposed.
        #expect(clause("The storm claimed the lives of two climbers.") == nil)
        #expect(clause("The insurer claimed the money back in March.") == nil)
    }

    /// "The letter is forged", "a doctored photo": a headline calling the thing shared
    /// counterfeit debunks the news; "forged a partnership" is the other verb.
    @Test func aForgeryHeadlineDebunks() {
        #expect(ClaimCandidates.debunks(tokens("Ministry says memo ordering school closures is forged")))
        #expect(ClaimCandidates.debunks(tokens("Town rallies behind its striker after a forged transfer letter")))
        #expect(ClaimCandidates.debunks(tokens("Doctored photo of flooded runway spreads online")))
        #expect(ClaimCandidates.debunks(tokens("Police call resignation letter a forgery")))
        #expect(!ClaimCandidates.debunks(tokens("Harlow and Bexmoor forged a partnership to build ferries")))
        #expect(!ClaimCandidates.debunks(tokens("Steelmakers forged ahead with the merger talks")))
    }
}
