import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by reviewing the comparison on unseen stories, in sentences written for
/// these tests: each is a general cause of an invented disagreement, a wrong join or a
/// wrong flag.
@Suite struct CompareUnseenReviewTests: CompareSuite {
    func contradictions(_ bodies: [String], published: [String?]? = nil) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body, published: published?[i])
        }
        return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: [])
    }

    // MARK: contradictions

    @Test func digitsJoinedBySlashesAreADateNotACount() {
        let found = contradictions([
            #"The note ended with the initials "K.M.J 04/09/17" and a drawing of a fish."#,
            #"The note ended with the initials "K.M.J 07/09/17" and a drawing of a fish."#,
        ])
        #expect(found.isEmpty, "\(found)")
        let text = Array("The shop stays open 24/7 for 9/11 families.".unicodeScalars)
        #expect(QuantityMentions.find(in: WordTokens.tokens(text, in: 0..<text.count), text: text, skipping: []).isEmpty)
    }

    @Test func anArticleGivingBothNumbersDoesNotMakeThemADisagreement() {
        let found = contradictions([
            "The viral post promised 9 nights of silence in the city this June, residents said.",
            "Residents shared the post about 9 nights of silence in the city this June.",
            "A blog told its readers to brace for nine nights of \u{201C}complete silence\u{201D} soon. Every year an older viral post promised 4 nights of silence in the city, and it never happens.",
        ])
        #expect(found.isEmpty, "\(found.map { $0.values.map(\.value) })")
    }

    @Test func aNumberOnlyOneArticleGivesStillClashesWithTheOthers() {
        let found = contradictions([
            "The viral post promised 9 nights of silence in the city this June, residents said.",
            "Residents shared the post about 4 nights of silence in the city this June.",
        ])
        #expect(found.count == 1)
    }

    @Test func aTitleInASentenceDatedInAPastYearIsNotACurrentTitle() {
        let found = contradictions([
            "Governor Rita Olsen said during a 2009 speech that the river belonged to everyone.",
            "In 2009, former Governor Rita Olsen angered farmers when she said the river belonged to everyone.",
        ])
        #expect(found.isEmpty, "\(found.map { $0.values.map(\.value) })")
        let dated = contradictions(
            ["Governor Rita Olsen signed the bill in 2024.", "The former Governor Rita Olsen now teaches law at a college."],
            published: ["2025-03-01", "2025-03-02"])
        #expect(dated.isEmpty)
        // A title in a sentence about now still clashes with "former".
        let now = contradictions(["Governor Rita Olsen will visit the dam in 2026.", "The former Governor Rita Olsen now teaches law at a college."])
        #expect(now.count == 1)
    }

    // MARK: rewrites

    @Test func articlesWithTooFewWordsToCompareAreNobodysRewrite() {
        let bodies = ["", "", "Two lines.", "Two lines."]
        let articles = bodies.enumerated().map { Article(id: "a\($0.offset)", source: "\($0.offset).txt", title: "t", body: $0.element) }
        #expect(RewriteFinder.rewrites(articles: articles, documents: articles.map { TextDocument($0.body) }).isEmpty)
    }

    // MARK: quote wording

    // Twenty-third session: a contraction against its long form is marked (the contract's
    // `wordingDiffers` is "beyond punctuation and case"; a quotation is verbatim).
    @Test func aContractionAndItsLongFormAreDifferentWordsOfOneStatement() {
        let m = marked("Well, clearly Anna's not ready for us yet", "Well clearly Anna is not quite ready for us yet")
        #expect(m.a == ["Anna's"])
        #expect(m.b == ["Anna", "is", "quite"])
        let n = marked("We don't know who wrote it and we won't guess", "we do not know who wrote it and we will not guess")
        #expect(!n.a.isEmpty && !n.b.isEmpty)
        #expect(grouped("We don't know who wrote it and we won't guess", "we do not know who wrote it and we will not guess") == true)
        // A name with an apostrophe is one word, not a contraction.
        let name = QuoteWording("Liam O'Dwyer spoke")
        #expect(name.keys == ["liam", "odwyer", "spoke"] && name.expansions.isEmpty)
        // Written without its apostrophe, a contraction is still the same key.
        #expect(QuoteWording("as we\u{2019}d analysed").keys == QuoteWording("as wed analysed").keys)
    }

    @Test func wholeSentencesOneOutletLeftOutAreNotDifferentWords() {
        let long = "Such sad news about our friend. The four of us sailed the coast together for years. Rest easy, Captain."
        let m = marked("Such sad news about our friend. Rest easy, Captain.", long)
        #expect(m.a.isEmpty && m.b.isEmpty)
        // Words left out inside a sentence are still marked.
        let n = marked("Such sad news about our friend. Rest easy, Captain.", "Such sad news about our dear old friend. Rest easy, Captain.")
        #expect(n.b == ["dear", "old"])
        let bodies = [
            "o0": "The crew posted: \"Such sad news about our friend. Rest easy, Captain.\"",
            "o1": "The crew wrote: \"\(long)\"",
        ]
        let story = analyze(
            [quote("a", "o0", "Such sad news about our friend. Rest easy, Captain.", "the crew", in: bodies),
             quote("b", "o1", long, "the crew", in: bodies)],
            bodies: bodies)
        #expect(story.quoteGroups.first?.quotes == ["a", "b"])
        // Thirty-sixth session: quoting fewer sentences is a variant, though no word is marked.
        #expect(story.quoteGroups.first?.wordingDiffers == true)
        #expect(story.quoteGroups.first?.differingWords == [])
    }

    @Test func aWordWithEitherApostropheIsListedOnceAmongTheDifferingWords() {
        let bodies = [
            "o0": "Rui Sol said: \"It was Anna\u{2019}s plan from the start.\"",
            "o1": "Rui Sol said: \"It was Ben's plan from the start.\"",
            "o2": "Rui Sol said: \"It was Anna's plan from the start.\"",
        ]
        let story = analyze(
            [quote("a", "o0", "It was Anna\u{2019}s plan from the start.", "Rui Sol", in: bodies),
             quote("b", "o1", "It was Ben's plan from the start.", "Rui Sol", in: bodies),
             quote("c", "o2", "It was Anna's plan from the start.", "Rui Sol", in: bodies)],
            bodies: bodies)
        #expect(story.quoteGroups.first?.differingWords.count == 2, "\(story.quoteGroups.first?.differingWords ?? [])")
    }

    // MARK: quote groups

    @Test func aShortPhraseInsideTwoQuotesOfOneArticleDoesNotJoinThem() {
        let bodies = [
            "o0": "Dean Ada Lin said the term \"first-term\" was only a label.",
            "o1": """
                "It covers everyone in their first term here," Dean Ada Lin said.
                "Students asked why the first term label changed at all," Lin added.
                """,
        ]
        let story = analyze(
            [quote("s", "o0", "first-term", "Ada Lin", in: bodies),
             quote("a", "o1", "It covers everyone in their first term here,", "Ada Lin", in: bodies),
             quote("b", "o1", "Students asked why the first term label changed at all,", "Ada Lin", in: bodies)],
            bodies: bodies)
        #expect(!story.quoteGroups.contains { $0.quotes.contains("a") && $0.quotes.contains("b") })
    }

    @Test func sourcesKnownOnlyByADescriptionJoinOnCloseWording() {
        let bodies = [
            "o0": "A source told the paper: \"Her mind is made up and the deal is dead.\"",
            "o1": "\"Her mind is made up, and the deal is dead,\" the insider said.",
            "o2": "Tove Brandt said: \"Her mind is made up.\"",
        ]
        let story = analyze(
            [quote("a", "o0", "Her mind is made up and the deal is dead.", "A source", in: bodies),
             quote("b", "o1", "Her mind is made up, and the deal is dead,", "the insider", in: bodies),
             quote("c", "o2", "Her mind is made up.", "Tove Brandt", in: bodies)],
            bodies: bodies)
        #expect(story.quoteGroups.first { $0.quotes.contains("a") }?.quotes == ["a", "b"])
        // A name is not a description: "The Harbour Times" is credited.
        #expect(!SpeakerMatcher.isDescription("The Harbour Times") && SpeakerMatcher.isDescription("the insider"))
    }

    // MARK: uncorroborated

    @Test func aSpeakerReferredBackToByADescriptionIsNotFlagged() {
        let bodies = [
            "o0": "Bram Dekker, a retired colonel, met the minister. \"He promised a reckoning,\" said the retired colonel.",
            "o1": "Colonel Bram Dekker was at the meeting with the minister.",
            "o2": "Veta Ruud said: \"Nothing was agreed at that meeting.\" A senior aide said: \"The talks will resume.\"",
        ]
        let story = analyze(
            [quote("d", "o0", "He promised a reckoning,", "the retired colonel", in: bodies),
             quote("n", "o2", "Nothing was agreed at that meeting.", "Veta Ruud", in: bodies),
             quote("a", "o2", "The talks will resume.", "A senior aide", in: bodies)],
            bodies: bodies)
        let flagged = Set(story.quotes.filter { $0.flags.contains(Quote.uncorroborated) }.map(\.id))
        // An anonymous source nobody else carries is still uncorroborated.
        #expect(flagged == ["n", "a"])
    }
}
