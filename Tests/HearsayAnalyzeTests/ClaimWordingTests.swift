import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// How a group of headlines is worded when the articles give no dates (text files often
/// do not), so that no first report can be told.
@Suite struct ClaimWordingTests {
    func headline(_ article: Int, _ text: String) -> ClaimCandidate {
        ClaimCandidate(article: article, sentence: 0, text: text, content: ClaimWords.content(text), parties: [0], headline: true)
    }

    /// A headline about the report ("Report of X sends Y lower") says what the report did,
    /// not what it reports.
    @Test func aHeadlineAboutTheReportDoesNotWordTheClaim() {
        let group = [
            headline(0, "Harbour authority set to double container fees."),
            headline(1, "Report of harbour authority doubling container fees hits shipping shares."),
            headline(2, "Harbour authority doubling container fees hits shipping shares, traders say."),
        ]
        #expect(group[1].namesTheReport)
        #expect(!group[0].namesTheReport && !group[2].namesTheReport)
        #expect(ClaimCandidates.wording(group).article != 1)
        #expect(!headline(3, "Reports say harbour fees will double.").namesTheReport, "the report as the sayer words the claim after it")
    }

    /// Undated, the headline in the rumour's form ("set for", "in talks") words it; one in the
    /// simple present tells what became of it.
    @Test func theRumoursFormWordsItOverTheOutcome() {
        let group = [
            headline(0, "Harbour authority doubles container fees for shipping lines."),
            headline(1, "Harbour authority set for rise in container fees."),
            headline(3, "Harbour authority doubles fees on every set of containers."),
            headline(2, "Harbour authority doubles container fees, shipping lines say."),
        ]
        #expect(ClaimCandidates.wording(group).article == 1)
        #expect(!group[0].looksAhead && group[1].looksAhead && !group[2].looksAhead, "a set of containers is no plan")
    }
}

/// What a clause needs to be a claim.
@Suite struct ClaimClauseTests {
    func words(_ text: String) -> [WordToken] {
        let doc = TextDocument(text)
        return ClaimWords.tokens(doc, 0..<doc.scalars.count)
    }

    /// After "an article that", "that" is a relative pronoun: the clause opens on its verb.
    @Test func aClauseOpeningOnItsVerbHasNoSubject() {
        #expect(ClaimCandidates.lacksASubject(words("wrongly reported the death of the singer Ada Lind")))
        #expect(ClaimCandidates.lacksASubject(words("was later withdrawn by the magazine")))
        #expect(ClaimCandidates.lacksASubject(words("sold the farm to a developer last year")))
        #expect(!ClaimCandidates.lacksASubject(words("the singer Ada Lind had died in her sleep")))
        #expect(!ClaimCandidates.lacksASubject(words("Ted sold the farm to a developer")))
        #expect(!ClaimCandidates.lacksASubject(words("reportedly the two firms held talks")))
    }
}
