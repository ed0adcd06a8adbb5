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
