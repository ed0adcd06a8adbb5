import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, seventeenth review, second round: where a hoax came from and what it rests on,
/// and counted officials a report cites. All sentences invented for these tests.
@Suite struct Claims22Tests {
    func draft(_ bodies: [String]) -> StoryDraft {
        let articles = bodies.enumerated().map { i, body in Article(id: "a\(i)", source: "a\(i).txt", title: "", body: body) }
        return StoryDraft(id: "s", articles: articles)
    }

    func tokens(_ s: String) -> [WordToken] {
        let doc = TextDocument(s)
        return ClaimWords.tokens(doc, 0..<doc.scalars.count)
    }

    /// A hoax starts as a post: the account the articles say posted it is its origin, told
    /// in any of the ways outlets name an account.
    @Test func theAccountThatPostedTheRumourIsItsOrigin() {
        let story = draft([
            "A picture of a flooded stadium was posted on Instagram by a user calling herself @PitchsideNina on Friday.",
            "The photo, which an account called @PitchsideNina shared on Friday, was taken in 2017.",
            "Follow us @CityDesk for more. The club denied the pitch was flooded.",
        ])
        #expect(ClaimEvidence.postingAccount(story) == "@PitchsideNina")
        let other = draft([
            "The page @HarbourWatch published what it said was a closure notice for the ferry.",
            "The notice, first uploaded by @HarbourWatch on Tuesday, has been shared 5,000 times.",
        ])
        #expect(ClaimEvidence.postingAccount(other) == "@HarbourWatch")
        // A handle with no posting, an e-mail address, or one article's mention is no origin.
        #expect(ClaimEvidence.postingAccount(draft(["Follow us @CityDesk on X.", "Write to news@citydesk.example. Follow us @CityDesk."])) == nil)
        #expect(ClaimEvidence.postingAccount(draft(["The account @Solo posted a clip of the fire.", "The fire was put out."])) == nil)
    }

    /// The thing posted ("an image of a letter", "a clip", "the screenshot") is what a hoax
    /// rests on, when no source is cited.
    @Test func whatWasPostedIsTheSourcing() throws {
        let story = draft([
            "A clip of a bear in Harrow market was shared on TikTok on Sunday. Nobody was hurt.",
            "The bear clip spread online within hours. Rangers said it was filmed in Canada.",
        ])
        let group = story.documents.indices.map { a in
            ClaimCandidate(article: a, sentence: 0, text: "a bear was in Harrow market", content: ["bear", "harrow", "market"], parties: [])
        }
        #expect(ClaimEvidence.sharedItem(group, story) == "a clip")
        let none = draft(["A bear was seen in Harrow market, residents said.", "Rangers said the bear was filmed in Canada."])
        #expect(ClaimEvidence.sharedItem(group, none) == nil)
    }

    /// "The agency cited two officials at the ministry", "citing three senior council
    /// officials": counted officials a report cites are its sourcing, qualifier or not.
    @Test func countedOfficialsCitedAreSourcing() {
        let phrases = { (s: String) in ClaimEvidence.phrases(tokens(s), TextDocument(s)).map(\.0) }
        #expect(phrases("The agency cited two officials at the Port Authority, speaking on Sunday.").contains("two officials"))
        #expect(phrases("The Gazette reported, citing three senior council officials, that the mayor would go.").contains("three senior council officials"))
        #expect(phrases("Two senior police officials told the Ledger that the inquiry was over.").contains("Two senior police officials"))
        // Officials neither counted nor cited are no sourcing.
        #expect(phrases("Officials met the mayor on Sunday.").isEmpty)
        #expect(phrases("Two officials met the mayor on Sunday.").isEmpty)
    }

    /// Outlets name the news in the words most headlines share ("data", "evacuate"): a lede
    /// in one outlet's terms gives way to a statement of the claim in those words.
    @Test func theCoreClaimIsWordedInTheHeadlinesWords() {
        let keys = ClaimCandidates.headlineKeywords([
            "Orbis Bank says it is looking into reports of a customer data leak",
            "Hackers posted Orbis customer data online, forum says",
            "Orbis Bank confirms data of 40,000 customers was stolen",
            "Fake: no, Orbis did not lose your savings",
        ])
        #expect(keys.isSuperset(of: ["orbi", "data", "custo"]))
        #expect(!keys.contains("fake"))
        let words = { (s: String) in ClaimWords.content(s) }
        let lede = ClaimCandidate(
            article: 0, sentence: 1, text: "Intruders copied the records of 40,000 Orbis clients.", content: words("Intruders copied the records of 40,000 Orbis clients."),
            parties: [0])
        var headline = ClaimCandidate(
            article: 1, sentence: 0, text: "Hackers posted Orbis customer data online.", content: words("Hackers posted Orbis customer data online."), parties: [0])
        headline.headline = true
        let claimed = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, headline])
        #expect(ClaimCandidates.inHeadlineWords(claimed, keywords: keys, events: keys.subtracting(["orbi"])).text == headline.text)
        // One word more (a title, an outcome's verb) is no reason to reword.
        var near = headline
        near.text = "Orbis clients' records copied."
        near.content = words("Orbis customer records copied.")
        #expect(ClaimCandidates.inHeadlineWords(ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, near]), keywords: keys, events: keys.subtracting(["orbi"])).text == lede.text)
    }
}
