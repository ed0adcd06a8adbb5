import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Core claim wording, thirty-eighth session: the words the coverage uses for the news.
/// All sentences invented for these tests.
@Suite struct CoreClaim38Tests: ClaimSuite {
    func candidate(_ text: String, article: Int, sentence: Int = 0, parties: [Int]) -> ClaimCandidate {
        ClaimCandidate(article: article, sentence: sentence, text: text, content: ClaimWords.content(text), parties: parties)
    }

    /// "A former teacher" stands for a person other ledes name: a lede naming him, with
    /// the role in apposition, words the claim; the role alone hides him.
    @Test func aPersonDescribedGivesWayToALedeNamingHim() {
        #expect(ClaimCandidates.describesAPerson("A former teacher at Pellow Grammar School has been charged with theft."))
        #expect(ClaimCandidates.describesAPerson("The mayor is to appoint a senior minister to the board."))
        #expect(!ClaimCandidates.describesAPerson("Joss Tarrant, a former teacher at the school, has been charged with theft."))
        #expect(!ClaimCandidates.describesAPerson("Pellow Grammar School has lost an organ worth £9,000."))
        let w = candidate("A former teacher at Pellow Grammar School has been charged with theft of the school's organ.", article: 0, parties: [0])
        let named = candidate(
            "Joss Tarrant, a former teacher at Pellow Grammar School, has been charged with theft of the organ.", article: 1, parties: [0, 1])
        let claimed = ClaimCandidates.Claimed(wording: w, own: [w], members: [w, named])
        #expect(ClaimCandidates.namingParties(claimed, w).text == named.text)
    }
}
