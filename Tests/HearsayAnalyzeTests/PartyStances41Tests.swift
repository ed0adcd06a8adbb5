import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Who speaks for whom, and which account stands over the dates: a body's kind in the
/// plural ("both clubs"), "the airline's boss" among two companies, a short form of a
/// listed company, a principal's later confirmation, a wait for a decision. Own sentences.
@Suite struct PartyStances41Tests: ClaimSuite {
    /// A rumoured transfer both clubs deny, then one more article.
    func transfer(_ outcome: (String, String)) throws -> Claim {
        try core(analyse([
            ("Exclusive: Brackwell Athletic agree fee for Porto Verde winger Tiago Lume",
             "Brackwell Athletic have agreed a fee of about £9 million with Porto Verde for winger Tiago Lume, according to two people with knowledge of the talks. The winger is expected to sign a four-year contract after a medical, the people said."),
            ("Brackwell Athletic deny Lume deal",
             "Brackwell Athletic have denied a report that they had agreed a fee for Porto Verde winger Tiago Lume. \u{201C}There is no agreement with Porto Verde and no fee has been agreed,\u{201D} a Brackwell Athletic spokesman said. Porto Verde also denied the report. \u{201C}Tiago Lume is our player and no offer has been accepted,\u{201D} the club's president Ruben Salazar said."),
            outcome,
        ]))
    }

    @Test func aKindInThePluralIsBothParties() {
        #expect(ClaimLexicon.isPartyPlural("clubs"))
        #expect(ClaimLexicon.isPartyPlural("universities"))
        #expect(ClaimLexicon.isPartyPlural("airlines"))
        #expect(!ClaimLexicon.isPartyPlural("club"))
        #expect(!ClaimLexicon.isPartyPlural("players"))
    }

    @Test func bothClubsAnnouncingTheMoveConfirmIt() throws {
        let claim = try transfer((
            "Lume completes move to Brackwell Athletic",
            "Tiago Lume has joined Brackwell Athletic from Porto Verde on a four-year contract, both clubs announced on Thursday."))
        let confirmers = Set(claim.actorStances.filter { $0.stance == .supports }.map(\.actor))
        #expect(confirmers.contains("Brackwell Athletic") && confirmers.contains("Porto Verde"), "\(claim.actorStances.map { ($0.actor, $0.stance) })")
        #expect(claim.status == .confirmed, "\(claim.status): \(claim.statusReason)")
    }

    @Test func aConfirmationRecallingBothSidesDenialsOvertakesThem() throws {
        let claim = try transfer((
            "Lume completes move to Brackwell Athletic",
            "Porto Verde confirmed on Thursday that Tiago Lume had joined Brackwell Athletic for a fee of about £9 million, a week after both clubs denied that a fee had been agreed."))
        #expect(claim.status == .confirmed, "\(claim.status): \(claim.statusReason)")
    }

    @Test func aDenialWhenTheNewsBrokeLastWeekIsPast() throws {
        let doc = TextDocument("The deal was first reported last week, when both clubs denied that a fee had been agreed.")
        #expect(ClaimStage.recallsDenial(doc))
        #expect(!ClaimStage.recallsDenial(TextDocument("On Tuesday, when both clubs denied that a fee had been agreed, fans were angry.")))
    }

    @Test func theAirlinesBossIsTheAirlines() throws {
        let body = "The Harbour Ledger reported on Monday that Skellig Air was close to buying ten jets from Rotorvane. The airline's boss has since denied it."
        let doc = TextDocument(body)
        let offset = body.unicodeScalars.count - 30
        let organisations = [["skellig", "air"], ["rotorvane"]]
        #expect(ClaimEvidence.namedBefore(kind: "airline", title: "", doc, before: offset, organisations: organisations) == "Skellig Air")
        // Called a carrier in the text, a name without the trade's word is the airline too.
        let other = "Regional carrier Skellig was close to buying ten jets from Rotorvane, the Ledger said. The airline's boss has since denied it."
        #expect(ClaimEvidence.namedBefore(kind: "airline", title: "", TextDocument(other), before: other.unicodeScalars.count - 30,
            organisations: [["skellig"], ["rotorvane"]]) == "Skellig")
    }

    @Test func aShortFormOfOneListedCompanyIsThatCompany() {
        let article = Article(id: "a", source: "a.txt", title: "Skellig Air jets", body: "Skellig Air is buying jets from Rotorvane. Skellig Air declined to comment.")
        var draft = StoryDraft(id: "s", articles: [article])
        draft.story.organisations = [Organisation(name: "Skellig Air"), Organisation(name: "Rotorvane")]
        var parties = Parties(draft.story, articles: draft.articles, documents: draft.documents)
        let full = parties.onRecord("Skellig Air")
        #expect(full != nil && parties.onRecord("Skellig") == full)
    }

    @Test func aConfirmationAfterSayingNothingIsDecidedStands() throws {
        let claim = try core(analyse([
            ("Ministry of Coastal Affairs readies ban on Dunmere mussel beds",
             "The Ministry of Coastal Affairs is preparing to close the Dunmere mussel beds to harvesting after a toxin was found, according to a draft order seen by the Shoreline Bulletin."),
            ("Ministry says no decision on Dunmere mussel beds",
             "The Ministry of Coastal Affairs said no decision had been taken on closing the Dunmere mussel beds. \u{201C}No decision has been taken on the Dunmere mussel beds,\u{201D} a spokeswoman for the ministry said."),
            ("Dunmere mussel beds closed",
             "The Ministry of Coastal Affairs on Friday closed the Dunmere mussel beds to harvesting, confirming a report by the Shoreline Bulletin. A week earlier the ministry had said that no decision had been taken on the Dunmere mussel beds."),
        ]))
        #expect(claim.status == .confirmed, "\(claim.status): \(claim.statusReason) \(claim.actorStances.map { ($0.actor, $0.stance) })")
    }
}
