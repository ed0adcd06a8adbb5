import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A denied claim whose reporter stands by its report is disputed, not settled. All
/// sentences invented for these tests.
@Suite struct StandingBy37Tests: ClaimSuite {
    func story(_ last: String) -> Story {
        analyse([
            ("Kestrel Foods to shut Dunmore bakery, sources say",
             "Kestrel Foods plans to shut its Dunmore bakery next spring, according to two people familiar with the matter."),
            ("Kestrel Foods denies Dunmore bakery closure",
             "Kestrel Foods plans to shut its Dunmore bakery next spring, the Harbour Courier reported on Monday.\n\n"
                + "\"There is no plan to shut the Dunmore bakery. The report is simply untrue,\" Kestrel Foods said in a statement."),
            ("Dunmore bakery: Kestrel Foods answers report",
             "Kestrel Foods plans to shut its Dunmore bakery next spring, the Harbour Courier reported.\n\n"
                + "Kestrel Foods denied the report on Tuesday.\n\n" + last),
        ])
    }

    @Test func theReporterStandingByItsStoryMakesADispute() throws {
        #expect(try core(story("The Harbour Courier said it stood by its story.")).status == .disputed)
    }

    @Test func aQuestionOrThePartysOwnReportIsNoDispute() throws {
        #expect(try core(story("Asked whether it stood by its story, the Harbour Courier declined to comment.")).status == .denied)
        #expect(try core(story("Kestrel Foods said it stood by its report to shareholders.")).status == .denied)
    }
}
