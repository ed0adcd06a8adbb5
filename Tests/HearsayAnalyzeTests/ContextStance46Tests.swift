import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// The sentence around a quotation lends it a denial only when its subject denies: an
/// infinitive of denial after a verb of expecting or urging is its object's, and only
/// foreseen. All sentences invented for these tests.
@Suite struct ContextStance46Tests: ClaimSuite {
    /// The lead-in sentence's stance for a quoted scientist, as the quotation pass reads it.
    func stanceAround(_ sentence: String) throws -> Stance? {
        let body = "\u{201C}We logged the water table every week for six years,\u{201D} said Dr Mara Quell, the study's lead author. " + sentence
        let articles = [Article(id: "art00000000", source: "t0.txt", title: "Fen study author answers quarry", body: body, published: "2026-03-01")]
        let story = StoryAnalyzer.standard.analyze(id: "s", articles: articles)
        let parties = Parties(story, articles: articles, documents: articles.map { TextDocument($0.body) })
        let quell = try #require(parties.mentioned(in: "Mara Quell").first)
        return ClaimEvidence.contextStance(ClaimWords.tokens(sentence), of: quell, parties, fakeryClaim: false)
    }

    @Test func anExpectedDenialIsNotTheSpeakersOwn() throws {
        #expect(try stanceAround("Dr Mara Quell told the Gazette that she had expected the company to dispute the findings.") == nil)
        #expect(try stanceAround("Dr Mara Quell disputed the findings.") == .denies)
    }

    @Test func onlyAnObjectBeforeTheInfinitiveMakesItAnothersDenial() {
        let t = { (s: String) in ClaimWords.tokens(s) }
        let at = { (s: [WordToken], w: String) in s.firstIndex { $0.lower == w }! }
        let expected = t("She had expected the company to dispute the findings.")
        #expect(ClaimEvidence.deniesAsObject(expected, at(expected, "dispute")))
        let urged = t("The union urged the ministry to deny it.")
        #expect(ClaimEvidence.deniesAsObject(urged, at(urged, "deny")))
        // The subject's own denial, with or without an infinitive.
        let moved = t("The company moved quickly to deny the report.")
        #expect(!ClaimEvidence.deniesAsObject(moved, at(moved, "deny")))
        let denied = t("The company denied the report.")
        #expect(!ClaimEvidence.deniesAsObject(denied, at(denied, "denied")))
    }
}
