import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, thirteenth review: an outcome, a denial or a state told in other words than the
/// rumour's. All sentences invented for these tests.
@Suite struct ClaimThirteenthReviewTests: ClaimSuite {
    func stances(_ c: Claim) -> [String] { c.actorStances.map { "\($0.actor) \($0.stance.rawValue)" } }

    /// "Resign", "quit", "step down" and "stand down" tell one departure from office: outlets
    /// pick any of them for the same rumour.
    @Test func departureVerbsAreOneEvent() {
        let resign = ClaimWords.content("Mayor Odile Ferrant is expected to resign within days")
        for other in ["Mayor Odile Ferrant was about to step down", "Mayor Odile Ferrant will quit within days", "Odile Ferrant stood down as mayor"] {
            #expect(!resign.isDisjoint(with: ClaimWords.content(other).subtracting(["mayor", "odile", "ferrant", "within", "days"])), "\(other)")
        }
        // "Down" after another verb is no departure.
        #expect(!ClaimWords.content("Shares went down").contains(ClaimWords.stem("resign")))
        let a = ClaimCandidate(article: 0, sentence: 0, text: "Ferrant is expected to resign", content: ClaimWords.content("Ferrant is expected to resign"), parties: [0])
        let b = ClaimCandidate(article: 1, sentence: 0, text: "Ferrant was about to step down", content: ClaimWords.content("Ferrant was about to step down"), parties: [0])
        #expect(ClaimCandidates.sayTheSame(a, b))
    }

    /// "The board said the reservoir wall was intact": a party saying the claim's subject is
    /// in the state that excludes the claimed one denies, though it restates few words of a
    /// long claim.
    @Test func aContraryStateOfTheClaimsSubjectDenies() {
        let claim = ClaimWords.content("The Kessel reservoir wall had burst and floodwater was heading for three villages near the river")
        let said = tokens("The Ostmark Water Board said the reservoir wall was intact and holding.")
        let i = said.firstIndex { $0.lower == "said" }!
        #expect(ClaimEvidence.saysTheClaim(said, i, claimWords: claim, claimNegated: false) == .denies)
        let negated = tokens("The Ostmark Water Board told reporters the reservoir wall had not burst.")
        let j = negated.firstIndex { $0.lower == "told" }!
        #expect(ClaimEvidence.saysTheClaim(negated, j, claimWords: claim, claimNegated: false) == .denies)
        // A state that excludes nothing the claim says is no denial.
        let level = tokens("The Ostmark Water Board said the reservoir level was high.")
        let k = level.firstIndex { $0.lower == "said" }!
        #expect(ClaimEvidence.saysTheClaim(level, k, claimWords: claim, claimNegated: false) == nil)
    }

    /// A party's quotation that negates the claim's own verb ("The wall has not burst")
    /// denies it.
    @Test func aQuotationNegatingTheClaimsVerbDenies() {
        let claim = ClaimWords.content("The Kessel reservoir wall had burst")
        #expect(ClaimEvidence.quotedStance(tokens("The wall has not burst and nobody needs to leave."), claimWords: claim) == .denies)
        #expect(ClaimEvidence.quotedStance(tokens("The wall is intact."), claimWords: claim) == .denies)
        // Negating something else in the quotation is no denial of the claim.
        #expect(ClaimEvidence.quotedStance(tokens("We could not reach the wall before it burst."), claimWords: claim) == nil)
        // A claim word negated with no word of the claim before it, or a state word outside a
        // copula, is about something else.
        let wants = ClaimWords.content("Ada Brun wants to run for mayor")
        #expect(ClaimEvidence.quotedStance(tokens("Even when I do not want to, I still go."), claimWords: wants) == nil)
        let died = ClaimWords.content("Ada Brun died in Lisbon")
        #expect(ClaimEvidence.quotedStance(tokens("Ada Brun and I have lived in Lisbon for years."), claimWords: died) == nil)
    }
}

extension ClaimThirteenthReviewTests {
    /// A live blog's entry opens on its time stamp; the party telling reporters the claim's
    /// subject is not in the claimed state is on record with a denial.
    @Test func aTimeStampedEntryTellingTheContraryDenies() throws {
        let c = try core(analyse([
            (
                "Kessel reservoir wall has burst, posts claim",
                "Posts claiming that the Kessel reservoir wall had burst spread across the valley on Sunday night. Residents of three villages left their homes."
            ),
            (
                "Kessel reservoir: live",
                "21:40 Reports are circulating that the Kessel reservoir wall has burst. 22:05 The Ostmark Water Board has told us the reservoir wall has not burst."
            ),
        ]))
        #expect(c.actorStances.contains { $0.actor == "Ostmark Water Board" && $0.stance == .denies }, "\(stances(c))")
    }
}
