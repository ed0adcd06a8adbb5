import HearsayModel
import HearsayText
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

/// A source named without a word of the media, met in other articles (twenty-ninth session).
@Suite struct NamedSources35Tests {
    @Test func aCreditedNameCitesWhereWordsCreditIt() {
        let doc = TextDocument("The volunteer group Quill Audit said on Monday that pages were copied. Quill Audit has a small office.")
        #expect(NamedSources.creditedSpan("Quill Audit", in: doc) != nil)
        let credited = TextDocument("Pages were copied, according to the auditors at Quill Audit.")
        #expect(NamedSources.creditedSpan("Quill Audit", in: credited) != nil)
        // Named, but not for what it reported.
        let named = TextDocument("Quill Audit has a small office in the old mill.")
        #expect(NamedSources.creditedSpan("Quill Audit", in: named) == nil)
    }
}

/// A social network's page is named as an outlet is (twenty-ninth session).
@Suite struct Pages35Tests: QuoteSuite {
    @Test func aPageCalledX() {
        #expect(sources("The notice was first posted on the Facebook page Harbour Alerts and shared widely.").contains("Harbour Alerts"))
        // Another article's "a page called X", kept as the story cites it elsewhere.
        let two = sources(
            "The notice was first posted on the Facebook page Harbour Alerts and shared widely.",
            "The notice, according to a page called Harbour Alerts, was signed by the mayor.")
        #expect(two.filter { $0 == "Harbour Alerts" }.count == 1, "\(two)")
    }
}
