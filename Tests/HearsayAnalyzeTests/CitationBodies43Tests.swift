import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Public bodies that speak, forty-third session: an agency, regulator, council or police force
/// whose word an article reports ("X said", "a spokesperson for X said", "X, the regulator,
/// added", "X declined to comment") is a `body` citation of every article crediting it, as a
/// paper the reporting rests on is; a company is a party to what it says, and a body only named
/// beside someone else's words is no source. Every sentence is written for these tests.
@Suite struct CitationBodies43Tests {
    /// The quote stage's organisations and citations, then the speaking bodies added as the
    /// compare stage adds them.
    private func story(_ bodies: String...) -> Story {
        let articles = bodies.enumerated().map { i, body in Article(id: "art\(i)0000000", source: "test\(i).txt", title: "", body: body) }
        var draft = StoryDraft(id: "s", articles: articles)
        QuoteStage().run(&draft)
        NamedSources.speakingBodies(
            &draft.story.citations, organisations: draft.story.organisations.map(\.name), articles: draft.articles, documents: draft.documents)
        return draft.story
    }

    private func bodies(_ s: Story) -> [Citation] { s.citations.filter { $0.kind == .body } }

    @Test func aBodyThatSpeaksIsCitedByEveryArticleCreditingIt() {
        let s = story(
            "Fenmoor Constabulary said on Sunday that a woman had been arrested after the fire at the mill.",
            "A spokesperson for the Fenmoor Constabulary said inquiries were continuing.",
            "Inspector Ada Lusk of Fenmoor Constabulary, told the Courier that nobody had been charged.")
        #expect(bodies(s).contains { $0.source == "Fenmoor Constabulary" && $0.articles.count == 3 })
    }

    @Test func aBodyAfterAnAsideOrDecliningIsCited() {
        let aside = story(
            "The Orlen Water Inspectorate, which licenses the town's wells, said the samples were clean.",
            "The well at Orlen was closed on Monday.")
        #expect(bodies(aside).contains { $0.source == "Orlen Water Inspectorate" })
        let declined = story("The Harwell Space Agency declined on Monday to comment on the launch.", "The launch was delayed.")
        #expect(bodies(declined).contains { $0.source == "Harwell Space Agency" })
        let ofName = story("The Ministry of Fisheries said the quota would not change.", "The quota was set in May.")
        #expect(bodies(ofName).contains { $0.source == "Ministry of Fisheries" })
    }

    @Test func aBodyByItsHeadNounAloneIsCited() {
        let s = story(
            "The Orlen Water Inspectorate said the samples taken on Monday were clean.",
            "The Inspectorate has since confirmed that the well at Orlen will reopen.")
        #expect(bodies(s).contains { $0.source == "Orlen Water Inspectorate" && $0.articles.count == 2 })
    }

    @Test func aCompanyOrABodyOnlyNamedIsNoBodySource() {
        let company = story("Brackley Shipping Ltd said the ferry would sail on time.", "The ferry sailed on Monday.")
        #expect(bodies(company).isEmpty)
        let named = story("A chemist at the Tolland Institute of Science says the paint is safe.", "The paint was sold in May.")
        #expect(!bodies(named).contains { $0.source.contains("Tolland") })
    }
}

/// A cited name without a word of the media is cited where another article credits it with a
/// verb past an aside or an auxiliary ("X, a group of volunteers, published ...", "X has
/// retracted its report"), not where it is only named.
@Suite struct NamedSources43Tests {
    private func extended(_ body: String) -> Bool {
        var citations = [Citation(source: "Ledgerline Watch", articles: ["a9"])]
        NamedSources.extend(&citations, articles: [Article(id: "a0", source: "t0.txt", title: "", body: body)], documents: [TextDocument(body)])
        return citations[0].articles.contains("a0")
    }

    @Test func aVerbAfterAnAsideOrAnAuxiliaryCredits() {
        #expect(extended("Ledgerline Watch, a group of volunteers, published a dossier on the thesis in May."))
        #expect(extended("Ledgerline Watch has retracted its report on the mayor's thesis."))
        #expect(!extended("Ledgerline Watch members met in a pub near the university."))
        // A publication speaks through its editor.
        #expect(extended("Ledgerline Watch's editor, Jo Roe, said the thesis had been copied."))
    }
}

/// Papers named otherwise in another article, forty-third session: a meeting's minutes past a
/// long name of the body that met, a slide deck as the presentation it was shown as.
@Suite struct DocumentSources43Tests: QuoteSuite {
    private func documents(_ s: Story) -> [Citation] { s.citations.filter { $0.kind == .document } }

    @Test func minutesOfALongNamedBodysMeeting() {
        let s = story(
            "The hut will close in 2028, according to the leaked draft minutes.",
            "Minutes of a Greyfell Mountain Rescue Club committee meeting show the hut will close.")
        #expect(documents(s).contains { $0.source.hasSuffix("minutes") && $0.articles.count == 2 })
    }

    @Test func leakedSlidesAreTheLeakedPresentation() {
        let s = story(
            "The newsroom will move to Dunmere, according to a leaked internal presentation.",
            "The leaked slides put 60 jobs in scope.")
        #expect(documents(s).contains { $0.source.hasSuffix("presentation") && $0.articles.count == 2 })
    }
}
