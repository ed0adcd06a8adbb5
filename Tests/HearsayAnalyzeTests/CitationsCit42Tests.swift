import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Citations, forty-second session (helper cit42): shapes of sourcing that unseen writers used
/// and Hearsay missed. Every sentence is written for these tests.
@Suite struct CitationsCit42Tests {
    /// The quote stage's citations, then the compare stage's named sources and speaking bodies.
    private func story(_ bodies: String...) -> Story {
        let articles = bodies.enumerated().map { i, body in Article(id: "art\(i)0000000", source: "test\(i).txt", title: "", body: body) }
        var draft = StoryDraft(id: "s", articles: articles)
        QuoteStage().run(&draft)
        NamedSources.extend(&draft.story.citations, articles: draft.articles, documents: draft.documents)
        NamedSources.credited(
            &draft.story.citations, organisations: draft.story.organisations.map(\.name), articles: draft.articles, documents: draft.documents)
        NamedSources.speakingBodies(
            &draft.story.citations, organisations: draft.story.organisations.map(\.name), articles: draft.articles, documents: draft.documents)
        return draft.story
    }

    private func cites(_ s: Story, _ name: String, articles: Int = 1) -> Bool {
        s.citations.contains { $0.source == name && $0.articles.count >= articles }
    }

    /// "Ireland's X said": a place's possessive before a body leaves it the subject.
    @Test func aBodyAfterAPlacesPossessiveSpeaks() {
        let s = story(
            "Norway's Fjord Safety Authority said in 2023 that the ferry's hull had been weakened by rust.",
            "The hull was later examined by the Fjord Safety Authority at the yard in Bergen.")
        #expect(cites(s, "Fjord Safety Authority", articles: 2))
    }

    /// "the trade newsletter X spotted", "X, a rail newsletter, which ...": an outlet noun or an
    /// aside makes the name an outlet's though the story takes it for a person's elsewhere.
    @Test func aNameAnOutletNounIntroducesStaysAnOutlet() {
        let s = story(
            "The rail newsletter Kestrel Brief reported that the tender was live. \"We will bid,\" Kestrel Brief said.",
            "The tender was first reported in March by Kestrel Brief, a procurement newsletter, which revealed the bidders.")
        #expect(cites(s, "Kestrel Brief", articles: 2))
    }

    /// "first reported in February by X": a month or a year after "in" is a time before the agent.
    @Test func aMonthAfterInStandsBeforeTheAgent() {
        let s = story("The closure was first reported in February by Tender Watch, which saw the letter.")
        #expect(cites(s, "Tender Watch"))
    }

    /// "the page Anglers of Brede": a described name runs on through "of".
    @Test func aDescribedNameRunsOnThroughOf() {
        let s = story("The rumour was first posted by the page Anglers of Brede, which has 9,000 followers.")
        #expect(cites(s, "Anglers of Brede"))
        #expect(!cites(s, "Anglers"))
    }

    /// "according to The Miller's Ledger": a capitalised "The" inside a sentence, then a
    /// possessive and a word of the media, is one title; "the Beacon's report" stays the Beacon's.
    @Test func aTitleWithAPossessiveIsOneName() {
        let s = story("The loaf will shrink, according to The Miller's Ledger, which saw the supplier's orders.")
        #expect(cites(s, "Miller's Ledger"))
        let plain = story("Acme said the Beacon's report of the closure was wrong.")
        #expect(!cites(plain, "Beacon's report"))
    }

    /// "the trade title X": a title a trade's word qualifies is a publication.
    @Test func aTradeTitleIsAnOutlet() {
        let s = story("The cut was first reported by the trade title Candy Intelligence, which saw the orders.")
        #expect(cites(s, "Candy Intelligence"))
        let sport = story("Roe won the world title in Oslo, the federation said.")
        #expect(!sport.citations.contains { $0.source.contains("Oslo") })
    }

    /// "telling X": the participle of "told" credits as "told" does.
    @Test func tellingAndARunTogetherBrandCredit() {
        let s = story("The club has gone further, telling PitchDesk it was in exclusive talks.")
        #expect(cites(s, "PitchDesk"))
    }

    /// "X later put the figure at about 1,200": a word of approximation before the number.
    @Test func anOutletPutsAFigureAtAboutANumber() {
        let s = story("The Quayside Business Chronicle later put the figure at about 1,200.")
        #expect(cites(s, "Quayside Business Chronicle"))
    }

    /// "repeated by X FM": an outlet that ran the claim again; a person who repeats it is no source.
    @Test func anOutletThatRepeatedTheClaimIsCited() {
        let s = story("The claim was repeated by Harbour FM the following day.")
        #expect(cites(s, "Harbour FM"))
        let person = story("The claim was repeated by Jo Roe the following day.")
        #expect(person.citations.isEmpty)
    }

    /// "told the Corran Lark": "the" before a name of two words makes it no person's.
    @Test func toldTheNameOfTwoWordsCredits() {
        let s = story("The mayor told the Corran Lark that the plan was dead.")
        #expect(cites(s, "Corran Lark"))
    }

    /// A brand's word run together ("CheckWise") has an outlet's look, so its finding verb credits
    /// it; a name's prefix ("McDonald") is no such word.
    @Test func aRunTogetherBrandLooksLikeAnOutlet() {
        let s = story("As CheckWise showed in a fact check on Friday, the notice was fake.")
        #expect(cites(s, "CheckWise"))
        let person = story("As McDonald showed in a talk on Friday, the notice was fake.")
        #expect(!cites(person, "McDonald"))
    }

    /// "a social media post by X", "in a post on social media": one paper, cited by each article
    /// naming it; a post office or a job is no post of this kind.
    @Test func aSocialMediaPostIsADocument() {
        let s = story(
            "The claim first surfaced in a post on social media by a union official at the depot.",
            "The official later deleted the social media post that started the row.",
            "The post office on Mill Lane will close, and the manager's post will go.")
        #expect(s.citations.contains { $0.kind == .document && $0.source == "social media post" && $0.articles.count == 2 })
    }

    /// A body another article cites is cited where it speaks past a list or a time ("The abbey
    /// and the Diocese of Brede on Monday denied ..."), as a speaking body is.
    @Test func aCitedBodySpeakingInAListIsCited() {
        var citations = [Citation(source: "Diocese of Brede", articles: ["a9"], kind: .body)]
        let body = "The abbey and the Diocese of Brede on Monday denied the report that the chapel would close."
        NamedSources.extend(&citations, articles: [Article(id: "a0", source: "t0.txt", title: "", body: body)], documents: [TextDocument(body)])
        #expect(citations[0].articles.contains("a0"))
    }
}
