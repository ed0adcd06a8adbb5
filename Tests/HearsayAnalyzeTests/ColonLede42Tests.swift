import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-second session, core claim: a lede that sets a hook before a colon and credits
/// what follows it ("Bad news for X: Y, according to Z"), and a contrast after a comma
/// ("in 1931, not 1930") that corrects a detail rather than denying. Invented sentences.
@Suite struct ColonLede42Tests {
    private func claim(_ s: String) -> String? {
        let doc = TextDocument(s)
        let t = ClaimWords.tokens(doc, doc.sentences[0].range)
        return ClaimCandidates.clause(t).map { ClaimCandidates.normalised(doc, Array(t[$0])) }
    }

    @Test func theCreditGoesWithTheClauseAfterTheHook() {
        #expect(
            claim("Grim news for Dunmere swimmers: the Harbour Lido will not reopen this summer, according to a council report seen by the Echo.")
                == "The Harbour Lido will not reopen this summer.")
    }

    @Test func aDescriptionAfterTheHookKeepsTheNameBeforeIt() {
        // "the lido" stands for the name the hook gives, which the claim must keep.
        let c = claim("Dunmere's Harbour Lido may never reopen: the lido is to be sold to a developer, according to papers seen by the Echo.")
        #expect(c?.contains("Harbour Lido") == true)
        #expect(c?.contains("sold to a developer") == true)
    }

    @Test func aKickerOrAClauseWithoutASubjectIsNoHook() {
        // Two words before the colon: a desk's label, cut as before.
        #expect(claim("Exclusive report: the Harbour Lido will close for good, according to a council report.") == "Exclusive report.")
        // What follows the colon opens no clause: the statement before it stands.
        #expect(claim("The Harbour Lido will close for good next year: a blow to swimmers, according to a council report.")
            == "The Harbour Lido will close for good next year.")
    }

    @Test func aContrastAfterACommaIsNoNegation() {
        let text = "The Harbour Lido opened in 1931, not 1930"
        let c = ClaimCandidate(article: 0, sentence: 0, text: text, content: ClaimWords.content(text), parties: [])
        #expect(!c.negated)
        let long = "The Harbour Lido opened in 1931, not in the year the council has always given for it"
        #expect(ClaimCandidate(article: 0, sentence: 0, text: long, content: ClaimWords.content(long), parties: []).negated)
        let denied = "The Harbour Lido did not open in 1930"
        #expect(ClaimCandidate(article: 0, sentence: 0, text: denied, content: ClaimWords.content(denied), parties: []).negated)
    }
}
