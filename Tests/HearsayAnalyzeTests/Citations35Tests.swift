import HearsayModel
import Testing

@testable import HearsayAnalyze

/// A paper met by its head word alone (twenty-ninth session). Every sentence is written for
/// these tests.
@Suite struct Citations35Tests: QuoteSuite {
    /// "according to the Courier" after "The Dunmere Courier reported": the head word of a
    /// title is no surname, so the paper stays an outlet and is cited.
    @Test func aTitlesHeadWordIsNoSurname() {
        let body = "The Dunmere Courier reported on Monday that the pool would shut. "
            + "The plan, according to the Courier, says the closure would \"save money for the town\". "
            + "Ina Voss said she was shocked."
        #expect(sources(body).contains("Dunmere Courier"), "\(sources(body))")
        #expect(!story(body).people.contains { $0.name.contains("Courier") })
    }
}
