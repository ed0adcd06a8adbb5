import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Core claim wording, fortieth session: a headline in one outlet's words gives way to a
/// lede in the words the whole coverage uses (`ClaimCandidates.storyTerms`,
/// `inStoryTerms`). All sentences invented for these tests.
@Suite struct StoryTerms40Tests {
    func candidate(_ text: String, article: Int, sentence: Int = 0, parties: [Int] = []) -> ClaimCandidate {
        ClaimCandidate(article: article, sentence: sentence, text: text, content: ClaimWords.content(text), parties: parties)
    }

    /// Four outlets on one rumour: every article says "ferry" and "cancelled", most lead
    /// with them; the first report's headline says "to lose boat link".
    let texts = [
        "Brisk Isle to lose boat link in spring. The Brisk Isle ferry will be cancelled in April, according to a leaked timetable.",
        "Operator denies Brisk Isle ferry to be cancelled. Tarn Lines said the ferry would not be cancelled in April.",
        "Islanders fear ferry cancelled. Brisk Isle residents say the ferry could be cancelled, and the mayor has asked questions.",
        "What next for Brisk Isle? The ferry may be cancelled, a leaked timetable suggests, though its operator says not.",
    ]

    var leads: [Set<String>] { texts.map { ClaimWords.content($0) } }

    @Test func storyTermsAreWordsEveryArticleUsesAndMostLeadWith() {
        let terms = ClaimCandidates.storyTerms(leads: leads, texts: texts)
        #expect(terms.contains("ferr"))
        #expect(terms.contains("canc"))
        // "timetable" is in half the leads but not in every article; "denies" judges.
        #expect(!terms.contains("time"))
        #expect(!terms.contains("deni"))
        // Two articles are too few to tell the coverage's words from one outlet's.
        #expect(ClaimCandidates.storyTerms(leads: Array(leads.prefix(2)), texts: Array(texts.prefix(2))).isEmpty)
    }

    /// The headline's headlinese ("to lose boat link") gives way to its own lede telling the
    /// same news in the story's terms ("ferry will be cancelled"), keeping its words and
    /// parties; not to a lede that drops one of them, nor to a debunking or a question.
    @Test func aHeadlineGivesWayToALedeInTheStoryTerms() {
        let terms = ClaimCandidates.storyTerms(leads: leads, texts: texts)
        let leading = ClaimCandidates.leadWords(leads)
        var w = candidate("Brisk Isle to lose boat link in spring.", article: 0)
        w.headline = true
        var lede = candidate("The Brisk Isle ferry will be cancelled in April.", article: 0, sentence: 0)
        lede.furniture = 0
        let claimed = ClaimCandidates.Claimed(wording: w, own: [w], members: [w])
        #expect(ClaimCandidates.inStoryTerms(claimed, w, terms: terms, leading: leading, ledes: [lede]).text == lede.text)

        // A lede dropping the island's name, which every lead uses, does not word the claim.
        var nameless = candidate("The ferry will be cancelled in April.", article: 0, sentence: 0)
        nameless.furniture = 0
        #expect(ClaimCandidates.inStoryTerms(claimed, w, terms: terms, leading: leading, ledes: [nameless]).text == w.text)

        // Nor does a lede from another article, or a denial.
        var other = lede
        other.article = 2
        #expect(ClaimCandidates.inStoryTerms(claimed, w, terms: terms, leading: leading, ledes: [other]).text == w.text)
        var denial = candidate("The Brisk Isle ferry will not be cancelled in April.", article: 0, sentence: 0)
        denial.furniture = 0
        #expect(ClaimCandidates.inStoryTerms(claimed, w, terms: terms, leading: leading, ledes: [denial]).text == w.text)

        // A lede's sentence is reworded only from a headline: a lede already words the news.
        var ledeWording = candidate("Brisk Isle will lose its boat link in spring.", article: 0, sentence: 0)
        ledeWording.furniture = 0
        let fromLede = ClaimCandidates.Claimed(wording: ledeWording, own: [ledeWording], members: [ledeWording, lede])
        #expect(ClaimCandidates.inStoryTerms(fromLede, ledeWording, terms: terms, leading: leading).text == ledeWording.text)
    }
}
