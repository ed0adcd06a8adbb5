import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, twenty-fourth session: the office-holder through whom a body answers is on
/// record in her own name too; a spokesperson is not. All sentences invented for these tests.
@Suite struct Claims30Tests: ClaimSuite {
    func story(_ answer: String) -> Story {
        analyse([
            ("Kestrel Foods to shut Dunmore bakery, sources say",
             "Kestrel Foods plans to shut its Dunmore bakery next spring, according to two people familiar with the matter."),
            ("Kestrel Foods denies Dunmore bakery closure",
             "Kestrel Foods plans to shut its Dunmore bakery next spring, the Harbour Courier reported on Monday.\n\n" + answer),
            ("Dunmore bakery: Kestrel Foods answers report",
             "Kestrel Foods plans to shut its Dunmore bakery next spring, the Harbour Courier reported.\n\n" + answer),
        ])
    }

    @Test func theOfficeHolderIsOnRecordBesideTheBody() throws {
        let claim = try core(story(
            "\"There is no plan to shut the Dunmore bakery. The report is simply untrue,\" said Marta Quillon, the chief executive of Kestrel Foods."))
        #expect(claim.actorStances.contains { $0.actor.contains("Kestrel") && $0.stance == .denies })
        #expect(claim.actorStances.contains { $0.actor == "Marta Quillon" && $0.stance == .denies })
    }

    @Test func aSpokespersonSpeaksOnlyForTheBody() throws {
        let claim = try core(story(
            "\"There is no plan to shut the Dunmore bakery. The report is simply untrue,\" said Owen Tarrant, a spokesman for Kestrel Foods."))
        #expect(claim.actorStances.contains { $0.actor.contains("Kestrel") && $0.stance == .denies })
        #expect(!claim.actorStances.contains { $0.actor == "Owen Tarrant" })
    }
}
