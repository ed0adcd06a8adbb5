import Testing

@testable import HearsayAnalyze

/// Fortieth-session rules: the core claim, who confirmed or denied it, and its status, from
/// how news reports stances.
struct Claims40Tests {
    func candidate(_ text: String, article: Int, headline: Bool = false, parties: [Int] = []) -> ClaimCandidate {
        var c = ClaimCandidate(article: article, sentence: headline ? 0 : 1, text: text, content: ClaimWords.content(text), parties: parties)
        c.headline = headline
        return c
    }

    @Test func aHeadlineOnTheOutletsOwnReportIsAboutTheReport() {
        for text in [
            "Gazette stands by Harlow report as second nurse backs account.", "Paper defends its story on ferry contract.",
            "Website retracts article on mayor's expenses.",
        ] {
            #expect(candidate(text, article: 1, headline: true).namesTheReport, "\(text)")
        }
        #expect(!candidate("Harlow hospital to close maternity ward, leaked memo shows.", article: 0, headline: true).namesTheReport)
        #expect(!candidate("Minister stands by decision to close the ward.", article: 0, headline: true).namesTheReport)
        #expect(!candidate("Champion defends title in Harlow.", article: 0, headline: true).namesTheReport)
    }
}
