import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Sourcing of scoops resting on papers: slides and board papers are papers, a paper made
/// for someone and then seen by the outlet is in its hands, and a scoop naming no outlet of
/// its own is the origin's when it has the origin holding the papers. All sentences invented
/// for these tests.
@Suite struct Sourcing45Tests: ClaimSuite {
    @Test func slidesArePapers() {
        #expect(phrases("The depot will shut next year, according to an internal presentation seen by the Wold Gazette.").contains { $0.hasPrefix("an internal presentation") })
        #expect(phrases("The deck seen by the Wold Gazette proposes shutting the depot.").contains { $0.hasPrefix("deck seen by") })
    }

    @Test func aDecreeIsAPaper() {
        let found = phrases("The mine loses its licence, according to a ministerial decree seen by the Wold Gazette.")
        #expect(found.contains("a ministerial decree seen by the Wold Gazette"), "\(found)")
    }

    @Test func aPaperOfAKindIsAPaperAndANewspaperIsNot() {
        #expect(phrases("The depot will shut, according to a draft cabinet paper.") == ["a draft cabinet paper"])
        #expect(phrases("The depot will shut, according to the paper.").isEmpty)
        #expect(phrases("The depot will shut, according to the local paper.").isEmpty)
    }

    @Test func aPaperMadeForSomeoneAndSeenByTheOutletIsInItsHands() {
        let found = phrases("The depot will shut, according to a confidential paper prepared for the board and seen by the Wold Gazette.")
        #expect(found.contains { $0.contains("confidential paper") && $0.hasSuffix("Wold Gazette") }, "\(found)")
        #expect(!phrases("The depot will shut, the chairman said on Friday and seen by many as final.").contains { $0.contains("seen by") })
    }

    @Test func aSecondPaperAfterAndStartsAtItsOwnWords() {
        let found = phrases("He spent £9,000, according to a dossier compiled by a clerk and internal expense records seen by the Wold Gazette.")
        #expect(found.contains("internal expense records seen by the Wold Gazette"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("and ") }, "\(found)")
    }

    @Test func peopleWhoWereThereAreQualifiedByTheirRelativeClause() {
        let found = phrases("Two people who attended a planning workshop at the Ministry of Roads last month told the Wold Gazette that the signs would change.")
        #expect(found.contains("Two people who attended a planning workshop at the Ministry of Roads last month"), "\(found)")
        #expect(phrases("Two people who live nearby were said to be upset.").isEmpty)
        #expect(phrases("The deal was won by people who were brave enough to say what went on at the depot.").isEmpty)
        #expect(phrases("Drivers who want to tell the board about the shifts can call the union.").isEmpty)
    }

    @Test func aScoopWithoutAnOutletIsTheOriginsWhenItHoldsThePapers() {
        #expect(ClaimEvidence.holdsPapers("He spent £9,000, according to records seen by The Wold Gazette.", "Wold Gazette"))
        #expect(ClaimEvidence.holdsPapers("Two drivers told the Wold Gazette the depot would shut.", "Wold Gazette"))
        #expect(!ClaimEvidence.holdsPapers("The Wold Gazette reported on Monday that the depot would shut.", "Wold Gazette"))
    }
}
