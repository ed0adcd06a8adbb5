import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Core claim wording, thirty-ninth session: a core claim names the story's subject.
/// All sentences invented for these tests.
@Suite struct CoreClaim39Tests {
    func candidate(_ text: String, article: Int, sentence: Int = 0, parties: [Int]) -> ClaimCandidate {
        ClaimCandidate(article: article, sentence: sentence, text: text, content: ClaimWords.content(text), parties: parties)
    }

    /// A headline naming no party ("Insurer refusing ...") gives way to a lede that names
    /// it, even one written out from its pronoun ("denied a report that it was refusing
    /// ...") when no outlet's own lede does; not when that lede drops the headlines' word
    /// for the event ("delay" told as "three years late").
    @Test func aHeadlineNamingNoPartyGivesWayToARewrittenLedeNamingIt() {
        var w = candidate("Insurer refusing storm payouts to Orley shopkeepers.", article: 0, parties: [])
        w.headline = true
        var named = candidate("Harbour Mutual was refusing storm payouts to Orley shopkeepers whose shops were flooded.", article: 1, parties: [0])
        named.rewritten = true
        let claimed = ClaimCandidates.Claimed(wording: w, own: [w], members: [w, named])
        #expect(ClaimCandidates.namingParties(claimed, w, events: ["refus", "payou"]).text == named.text)

        var h = candidate("Tollen Bridge reopening faces two-year delay.", article: 0, parties: [])
        h.headline = true
        var late = candidate("Wexcombe Council's Tollen Bridge reopening is two years late.", article: 1, parties: [0])
        late.rewritten = true
        let bridge = ClaimCandidates.Claimed(wording: h, own: [h], members: [h, late])
        #expect(ClaimCandidates.namingParties(bridge, h, events: ["delay"]).text == h.text)
    }

    /// A cited name that withholds its answer ("X again declined to comment") was asked
    /// for it: a party, not a medium reporting the story.
    @Test func aSourceDecliningToCommentIsAParty() {
        #expect(Parties.takesAStance(ClaimWords.tokens("again declined to comment.")))
        #expect(Parties.takesAStance(ClaimWords.tokens("refused to say whether it was buying.")))
        #expect(!Parties.takesAStance(ClaimWords.tokens("reported that the deal was close.")))
    }

    /// A wording hiding the buyer behind "a property firm" gives way to a lede naming it,
    /// though the lede drops what the wording's asides and description say (the place the
    /// block overlooks, the firm's trade): those are told by the name instead.
    @Test func aDescribedBuyerGivesWayToALedeNamingIt() {
        let w = candidate(
            "The owner of Brindle House, the office block that overlooks the Farrow quay, is in talks to sell it to a property investment firm for about £30 million.",
            article: 0, parties: [0, 1])
        var hidden = w
        hidden.described = [1]
        let named = candidate("Property investor Halden Estates is in talks to buy Brindle House.", article: 1, parties: [2, 0])
        let claimed = ClaimCandidates.Claimed(wording: hidden, own: [hidden], members: [hidden, named])
        #expect(ClaimCandidates.namingParties(claimed, hidden).text == named.text)
    }

    /// A headline telling the story's subject as "the secret app" gives way to a lede of the
    /// same claim naming it, when every article names it; not to a lede that drops the
    /// headline's party, and not when the subject is a name few articles use.
    @Test func aHeadlineLeavingOutTheSubjectEveryArticleNamesGivesWayToALedeNamingIt() {
        var w = candidate("Talk-show host Nell Varga reveals the secret app behind her sudden riches.", article: 0, parties: [0])
        w.headline = true
        let named = candidate(
            "Talk-show host Nell Varga revealed on her radio show that she made her sudden riches with a betting app called Quillo.",
            article: 1, parties: [0, 1])
        let dropping = candidate("The betting app Quillo made her sudden riches, the talk-show host said.", article: 2, parties: [1])
        let claimed = ClaimCandidates.Claimed(wording: w, own: [w], members: [w, dropping, named])
        #expect(ClaimCandidates.namingSubject(claimed, w, everywhere: [0, 1]).text == named.text)
        #expect(ClaimCandidates.namingSubject(claimed, w, everywhere: [0]).text == w.text)
        let without = ClaimCandidates.Claimed(wording: w, own: [w], members: [w, dropping])
        #expect(ClaimCandidates.namingSubject(without, w, everywhere: [0, 1]).text == w.text)
    }
}
