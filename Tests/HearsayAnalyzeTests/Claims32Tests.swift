import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, twenty-sixth session (party stances): a cited source the articles show
/// denying or confirming is a party, wherever it does so; "head of" is an office through
/// which a body answers. All sentences invented for these tests.
@Suite struct Claims32Tests: ClaimSuite {
    func onRecord(_ body: String) -> Bool {
        let article = Article(id: "art00000000", source: "t0.txt", title: "Ferry timetable row", body: body, published: "2026-03-01")
        let citation = Citation(source: "Pellmore Ferries", articles: [article.id])
        return Parties.onRecord(citation, articles: [article], documents: [TextDocument(body)])
    }

    @Test func aCitedSourceDenyingAnywhereIsOnRecord() {
        #expect(onRecord("The timetable will change, according to Pellmore Ferries. Pellmore Ferries on Tuesday rejected the report."))
        #expect(onRecord("Pellmore Ferries has also denied the report."))
    }

    @Test func aCitedSourceThatOnlyReportsIsNoParty() {
        #expect(!onRecord("The timetable will change, according to Pellmore Ferries. Pellmore Ferries on Tuesday published the report."))
        // Someone else's words about it are not its own stance.
        #expect(!onRecord("\"Pellmore Ferries denied everything,\" a passenger wrote online."))
        // A possessive names its thing, not its deed.
        #expect(!onRecord("Pellmore Ferries' denial came late."))
    }

    @Test func theHeadOfADepartmentIsOnRecordBesideTheBody() throws {
        let claim = try core(analyse([
            ("Kestrel Foods to shut Dunmore bakery, sources say",
             "Kestrel Foods plans to shut its Dunmore bakery next spring, according to two people familiar with the matter."),
            ("Kestrel Foods denies Dunmore bakery closure",
             "Kestrel Foods plans to shut its Dunmore bakery next spring, the Harbour Courier reported on Monday.\n\n"
                + "\"There is no plan to shut the Dunmore bakery. The report is simply untrue,\" said Ines Varro, head of baking at Kestrel Foods."),
            ("Dunmore bakery: Kestrel Foods answers report",
             "Kestrel Foods plans to shut its Dunmore bakery next spring, the Harbour Courier reported.\n\n"
                + "\"There is no plan to shut the Dunmore bakery. The report is simply untrue,\" said Ines Varro, head of baking at Kestrel Foods."),
        ]))
        #expect(claim.actorStances.contains { $0.actor.contains("Kestrel") && $0.stance == .denies })
        #expect(claim.actorStances.contains { $0.actor == "Ines Varro" && $0.stance == .denies })
    }

    /// The first article has the company deny the report in so many words, so that it is a
    /// party; the test reads the other two, where it only negates its own verb.
    func panel(_ answer: String) -> Story {
        analyse([
            ("Advisers vote against Tarrow Therapeutics' migraine spray, sources say",
             "An advisory panel of the Medicines Board voted 7-2 on Friday to recommend that the board reject Tarrow Therapeutics' migraine spray Calvena, according to two people who attended. Tarrow Therapeutics has denied the report."),
            ("Tarrow Therapeutics shares fall on panel report",
             "An advisory panel of the Medicines Board voted 7-2 on Friday to recommend that the board reject Tarrow Therapeutics' migraine spray Calvena, a trade newsletter reported.\n\n" + answer),
            ("Panel vote on Calvena reported",
             "An advisory panel of the Medicines Board voted to recommend that the board reject Tarrow Therapeutics' migraine spray Calvena, the newsletter reported.\n\n" + answer),
        ])
    }

    @Test func thePartyTheClaimNamesNegatingItsOwnVerbDenies() throws {
        let claim = try core(panel("Tarrow Therapeutics said it had not received any recommendation."))
        #expect(claim.actorStances.contains { $0.actor.contains("Tarrow") && $0.stance == .denies && $0.article == "art10000000" })
    }

    @Test func aNegationOverNoneOfTheClaimsWordsDeniesNothing() throws {
        let claim = try core(panel("Tarrow Therapeutics said it had not received any letter."))
        #expect(!claim.actorStances.contains { $0.actor.contains("Tarrow") && $0.article == "art10000000" })
    }
}
