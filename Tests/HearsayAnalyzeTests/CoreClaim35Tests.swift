import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Core claim, twenty-ninth session: the claim is the rumour as reported, in the words the
/// headlines share, not a party's answer, a confirmation that "the report was genuine" or a
/// quote headline. All sentences invented for these tests.
@Suite struct CoreClaim35Tests: ClaimSuite {
    func candidate(_ text: String, article: Int = 0, sentence: Int = 0, parties: [Int] = [0]) -> ClaimCandidate {
        ClaimCandidate(article: article, sentence: sentence, text: text, content: ClaimWords.content(text), parties: parties)
    }

    func headline(_ text: String, article: Int, parties: [Int] = []) -> ClaimCandidate {
        var c = candidate(text, article: article, parties: parties)
        c.headline = true
        return c
    }

    func text(_ t: [WordToken], _ r: Range<Int>?) -> String {
        guard let r else { return "" }
        return t[r].filter(\.isWordOrNumber).map(\.text).joined(separator: " ")
    }

    // MARK: A clause that only vouches for what was told

    @Test func aClauseThatOnlySaysTheReportWasTrueIsNoClaim() {
        #expect(ClaimCandidates.vouches(tokens("the figures first published by the Ledger on Monday were accurate")))
        #expect(ClaimCandidates.vouches(tokens("the leaked rota was entirely genuine")))
        #expect(!ClaimCandidates.vouches(tokens("the figures first published by the Ledger on Monday were revised")))
        #expect(!ClaimCandidates.vouches(tokens("true")))
    }

    // MARK: The rumour as reported over an answer on record

    @Test func aWordingOnRecordGivesWayToTheHeadlineTellingTheRumour() {
        var answer = candidate("Brisco Council said it did not comment on leaked papers.", article: 1, sentence: 4)
        answer.onRecord = true
        let told = headline("Four Brisco pools to close under leaked plan.", article: 0)
        let claimed = ClaimCandidates.Claimed(wording: answer, own: [answer], members: [answer, told])
        let keywords = ClaimCandidates.headlineKeywords(["Four Brisco pools to close", "Brisco pools plan leaked", "Pools in Brisco face closure"])
        #expect(ClaimCandidates.asReported(claimed, keywords: keywords).text == told.text)
    }

    @Test func aLedeAccordingToUnknownSourcesStaysTheRumour() {
        var lede = candidate("Four Brisco pools will close next year.", article: 1, sentence: 0)
        lede.onRecord = true
        #expect(lede.inLede)
        let told = headline("Four Brisco pools to close under leaked plan.", article: 0)
        let claimed = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, told])
        #expect(ClaimCandidates.asReported(claimed, keywords: ["brisc", "pools", "close", "leake", "plan"]).text == lede.text)
    }

    @Test func aNegatedWordingGivesWayOnlyToOneInAsManyHeadlineWords() {
        let negated = candidate("Tessel Bridge will not reopen until 2031 at the earliest.", article: 1, sentence: 1)
        #expect(negated.negated)
        let keywords: Set<String> = ["tesse", "bridg", "delay"]
        let delayed = headline("Tessel Bridge faces five-year delay.", article: 0)
        let vague = headline("Questions over Tessel repairs.", article: 2)
        let both = ClaimCandidates.Claimed(wording: negated, own: [negated], members: [negated, vague, delayed])
        #expect(ClaimCandidates.asReported(both, keywords: keywords, events: ["delay"]).text == delayed.text)
        let fewer = ClaimCandidates.Claimed(wording: negated, own: [negated], members: [negated, vague])
        #expect(ClaimCandidates.asReported(fewer, keywords: keywords, events: ["delay"]).text == negated.text)
    }

    @Test func aRumourToldAsReportedIsKept() {
        let lede = candidate("Brisco Council is preparing to close four pools.", article: 0, sentence: 0)
        let h = headline("Brisco pools face closure.", article: 1)
        let claimed = ClaimCandidates.Claimed(wording: lede, own: [lede], members: [lede, h])
        #expect(ClaimCandidates.asReported(claimed, keywords: ["brisc", "pools", "closu"]).text == lede.text)
    }

    // MARK: Parties and asides

    @Test func aDescriptiveAsideIsLeftOut() {
        let t = tokens("Harlow & Finch, the firm behind the Marlo novels, is cutting a fifth of its staff")
        let words = ClaimCandidates.withoutAsides(t).filter(\.isWordOrNumber).map(\.lower)
        #expect(!words.contains("marlo"))
        #expect(words.contains("cutting"))
        let relative = tokens("Ostra Mills, which owns the Pell brand, is closing")
        #expect(!ClaimCandidates.withoutAsides(relative).map(\.lower).contains("pell"))
        #expect(ClaimCandidates.withoutAsides(tokens("Ostra Mills is closing, and Pell is too")).map(\.lower).contains("pell"))
    }

    @Test func aSentenceWrittenOutFromAPronounDoesNotNameThePartiesForAHeadline() {
        let h = headline("Ferry route to close next spring.", article: 0)
        // Since the thirty-ninth session a sentence written out from its pronoun names the
        // parties for a headline naming none only when it keeps the headlines' event word
        // (`CoreClaim39Tests`); this one tells the closure as "ending".
        var rewritten = candidate("Sorrel Lines is ending its ferry route next spring.", article: 1, sentence: 1, parties: [0])
        rewritten.rewritten = true
        let claimed = ClaimCandidates.Claimed(wording: h, own: [h], members: [h, rewritten])
        #expect(ClaimCandidates.namingParties(claimed, h, events: ["close"]).text == h.text)
        let own = candidate("Sorrel Lines is closing its ferry route next spring.", article: 1, sentence: 1, parties: [0])
        let named = ClaimCandidates.Claimed(wording: h, own: [h], members: [h, own])
        #expect(ClaimCandidates.namingParties(named, h).text == own.text)
    }

    @Test func anOfficialBodyCitedIsNoOutlet() {
        #expect(Parties.isOfficialBody("National Roads Directorate"))
        #expect(Parties.isOfficialBody("Ministry of Transport"))
        #expect(!Parties.isOfficialBody("Kaldonian News Agency"))
        #expect(!Parties.isOfficialBody("Harbour Echo"))
        #expect(!Parties.isOfficialBody("Directorate"))
    }

    // MARK: Allegations, quotes and appositions

    @Test func anAccusationIsAnAllegationToldWhole() {
        let t = tokens("Celebrity chef Ana Brill has been accused of passing off frozen meals as fresh in her restaurants.")
        #expect(text(t, ClaimCandidates.clause(t)).hasPrefix("Celebrity chef Ana Brill has been accused of passing off"))
        let after = tokens("The chef is closing her restaurants after she was accused of passing off frozen meals as fresh.")
        #expect(ClaimCandidates.clause(after) == nil)
    }

    @Test func aSpeakersLabelAndAQuotationIsAQuoteHeadline() {
        #expect(ClaimCandidates.isQuote(tokens("Bridge engineer: 'I was told to sign it off'")))
        #expect(ClaimCandidates.isQuote(tokens("Brill on the meals row: \u{201C}I cook everything fresh\u{201D}")))
        #expect(!ClaimCandidates.isQuote(tokens("Leaked letter: council to close four pools")))
    }

    @Test func anAppositionToTheSubjectDoesNotEndTheClaim() {
        let t = tokens("Claim: The head of the Marlo Trust, a children's charity, used donations to buy a racehorse.")
        let claim = text(t, ClaimCandidates.clause(t))
        #expect(claim.contains("used donations to buy a racehorse"), "\(claim)")
        let remark = tokens("The Marlo Trust has sold its racehorse to a rival stable, a move that surprised owners.")
        #expect(!ClaimCandidates.opensApposition(remark, 0..<remark.count, at: remark.firstIndex { $0.text == "," }!))
    }

    @Test func aFactChecksLabelledClaimWordsTheClaim() {
        var checked = candidate("A retired baker from Pellow won the Lucky Nine jackpot and will pay anyone who shares her post.", article: 1, sentence: 0)
        checked.labelled = true
        checked.sourced = false
        var first = candidate("Ida Marsh won nine million in the Lucky Nine draw.", article: 0, sentence: 1)
        first.sourced = true
        var later = candidate("Ida Marsh, the Pellow baker, won the draw.", article: 2, sentence: 0)
        later.sourced = true
        let group = [first, checked, later]
        #expect(ClaimCandidates.wording(group, dates: ["2026-05-01", "2026-05-03", "2026-05-02"]).text == checked.text)
        let t = tokens("Claim: A news graphic says Orrin striker Leo Vance has been banned for doping.")
        #expect(text(t, ClaimCandidates.clause(t)).hasPrefix("Orrin striker Leo Vance has been banned"))
    }

    @Test func aHeadlinesClosingCreditToItsPaperIsNoPartOfTheClaim() {
        #expect(ClaimCandidates.withoutClosingCredit("Brisco to close four pools, leaked memo shows.") == "Brisco to close four pools.")
        #expect(ClaimCandidates.withoutClosingCredit("Ferry chief billed yacht trips to the line, dossier alleges.") == "Ferry chief billed yacht trips to the line.")
        #expect(ClaimCandidates.withoutClosingCredit("Brisco to close four pools, and the memo shows it.") == "Brisco to close four pools, and the memo shows it.")
        #expect(ClaimCandidates.withoutClosingCredit("Brisco to close four pools, as the leaked memo that was seen shows.") == "Brisco to close four pools, as the leaked memo that was seen shows.")
    }

    @Test func aHeadlineTellingAPartysSayingIsOnRecord() {
        let body = "Hotel Brask says the minister stayed there for meetings. Minister Ada Lenk billed the stays to the ministry. Hotel Brask is in Velm."
        let articles = (0..<3).map { i in Article(id: "h\(i)", source: "h\(i).txt", title: "Stays", body: body) }
        let story = Story(id: "s", title: "t", articles: articles.map(\.id))
        var parties = Parties(story, articles: articles, documents: articles.map { TextDocument($0.body) })
        if !parties.entities.contains(where: { $0.name == "Hotel Brask" }) { _ = parties.onRecord("Hotel Brask") }
        #expect(ClaimCandidates.saidByParty(tokens("The skiing minister: Hotel Brask says her stays were for meetings"), parties))
        #expect(!ClaimCandidates.saidByParty(tokens("Minister billed ski stays to the ministry, papers show"), parties))
    }
}
