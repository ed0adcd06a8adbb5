import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Three outlets' accounts of a port closure, written for these tests, with the quotes a
/// quote stage would find in them.
@Suite struct QuoteComparisonTests {
    static let bodies = [
        "o0": """
            The Kestrel Port Authority denied the report on Monday.
            "These claims are entirely without foundation. No decision on the north pier has been taken," the authority said in a statement.
            Harbour master Lena Strand said: "We will keep the neighbouring berths open while the colour-coded signs are replaced."
            """,
        "o1": """
            "These claims are entirely baseless. No decision on the north pier has been taken," the Kestrel Port Authority said.
            Lena Strand told reporters: "We will keep the neighboring berths open while the color-coded signs are replaced."
            """,
        "o2": """
            Piet Vos, a Kestrel Port Authority spokesman, said the claims were "entirely without foundation".
            Opposition councillor Mara Holt called the plan "entirely without foundation" too.
            Local fisherman Jonas Maal said: "Nobody asked us anything before they drew up these plans for the harbour."
            """,
    ]

    static func quote(_ id: String, _ article: String, _ text: String, _ speaker: String?, role: String? = nil) -> Quote {
        let body = bodies[article]!
        let scalars = Array(body.unicodeScalars), needle = Array(text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle } ?? 0
        return Quote(id: id, text: text, article: article, speaker: speaker, role: role, span: TextSpan(start: start, end: start + needle.count))
    }

    static let quotes = [
        quote("q1", "o0", "These claims are entirely without foundation. No decision on the north pier has been taken,", "Kestrel Port Authority"),
        quote("q2", "o0", "We will keep the neighbouring berths open while the colour-coded signs are replaced.", "Lena Strand", role: "Harbour master"),
        quote("q3", "o1", "These claims are entirely baseless. No decision on the north pier has been taken,", "Kestrel Port Authority"),
        quote("q4", "o1", "We will keep the neighboring berths open while the color-coded signs are replaced.", "Lena Strand"),
        quote("q5", "o2", "entirely without foundation", "Piet Vos", role: "a Kestrel Port Authority spokesman"),
        quote("q6", "o2", "entirely without foundation", "Mara Holt", role: "Opposition councillor"),
        quote("q7", "o2", "Nobody asked us anything before they drew up these plans for the harbour.", "Jonas Maal", role: "Local fisherman"),
    ]

    func analyze(_ quotes: [Quote] = quotes, bodies: [String: String] = bodies) -> Story {
        let articles = bodies.keys.sorted().map { Article(id: $0, source: "\($0).txt", title: $0, body: bodies[$0]!) }
        var draft = StoryDraft(id: "s", articles: articles)
        draft.story.quotes = quotes
        CompareStage().run(&draft)
        return draft.story
    }

    func group(containing id: String, in story: Story) -> QuoteGroup? {
        story.quoteGroups.first { $0.quotes.contains(id) }
    }

    @Test func spellingVariantsShareOneKey() {
        let pairs = [
            ("neighbours", "neighbors"), ("colour", "color"), ("organised", "organized"), ("analyse", "analyze"),
            ("centre", "center"), ("travelled", "traveled"), ("cancelling", "canceling"), ("defence", "defense"),
            ("catalogue", "catalog"), ("programme", "program"), ("judgement", "judgment"), ("paediatric", "pediatric"),
            ("organisation", "organization"), ("theatres", "theaters"), ("favourite", "favorite"),
        ]
        for (british, american) in pairs {
            #expect(SpellingVariants.key(british) == SpellingVariants.key(american), "\(british) / \(american)")
        }
        let different = [("filled", "filed"), ("four", "for"), ("hour", "her"), ("rewards", "reward"), ("rise", "rice")]
        for (a, b) in different {
            #expect(SpellingVariants.key(a) != SpellingVariants.key(b), "\(a) / \(b)")
        }
    }

    @Test func wordingIgnoresCasePunctuationSpellingAndUnitStyle() {
        let a = QuoteWording("Prices rose 5% in the Centre, as we’d analysed.")
        let b = QuoteWording("prices rose 5 per cent in the center as wed analyzed")
        #expect(a.keys == b.keys)
        #expect(a.isContained(in: b) && b.isContained(in: a))
    }

    @Test func ordinalsInWordsAndFiguresAgree() {
        #expect(QuoteWording("the twelfth time this year").keys == QuoteWording("the 12th time this year").keys)
    }

    @Test func sharedFunctionWordsAloneDoNotMakeOneStatement() {
        let other = Quote(id: "q9", text: "The harbour is a disgrace,", article: "o1", speaker: "Lena Strand", span: TextSpan(start: 0, end: 0))
        let mine = Quote(id: "q10", text: "The harbour is beautiful,", article: "o2", speaker: "Lena Strand", span: TextSpan(start: 0, end: 0))
        let story = analyze(Self.quotes + [other, mine])
        #expect(group(containing: "q9", in: story) == nil)
    }

    @Test func elisionsAndInsertionsAreNotRewording() {
        let full = QuoteWording("We looked at the offer, and frankly it was never going to work for us.")
        let elided = QuoteWording("We looked at the offer\u{2026} it was never going to work for us.")
        let inserted = QuoteWording("We looked at [the merger] offer, and frankly it was never going to work")
        #expect(elided.isContained(in: full))
        #expect(inserted.isContained(in: full))
        #expect(!QuoteWording("We looked at the deal").isContained(in: full))
    }

    @Test func sameStatementInOtherWordsIsGroupedAndFlagged() {
        let story = analyze()
        let g = group(containing: "q1", in: story)
        #expect(g?.quotes.contains("q3") == true)
        #expect(g?.wordingDiffers == true)
        #expect(g?.speaker == "Kestrel Port Authority")
        #expect(Set(g?.differingWords ?? []) == ["without", "foundation", "baseless"])
        let text = Dictionary(uniqueKeysWithValues: Self.quotes.map { ($0.id, Array($0.text.unicodeScalars)) })
        let marked = (g?.differences ?? []).map { d in
            (d.quote, d.words.map { String(String.UnicodeScalarView(text[d.quote]![$0.range])) })
        }
        #expect(marked.map(\.0) == ["q1", "q3", "q5"])
        #expect(marked.map(\.1) == [["without", "foundation"], ["baseless"], ["without", "foundation"]])
    }

    @Test func aPartOfAVersionSharesItsMarks() {
        let quotes = [
            Self.quote("q1", "o0", "These claims are entirely without foundation. No decision on the north pier has been taken,", "Kestrel Port Authority"),
            Self.quote("q3", "o1", "These claims are entirely baseless. No decision on the north pier has been taken,", "Kestrel Port Authority"),
            Self.quote("q5", "o2", "entirely without foundation", "Piet Vos", role: "a Kestrel Port Authority spokesman"),
        ]
        let g = group(containing: "q5", in: analyze(quotes))
        // q5 sits inside q1: where q1 differs from q3, so does q5.
        #expect(g?.differences.first { $0.quote == "q5" }?.words == [TextSpan(start: 9, end: 16), TextSpan(start: 17, end: 27)])
    }

    /// The words `QuoteWording.differences` marks in each of two versions.
    func marked(_ a: String, _ b: String) -> (a: [String], b: [String]) {
        let (x, y) = (QuoteWording(a), QuoteWording(b))
        let (inA, inB) = QuoteWording.differences(x, y)
        return (inA.map { x.surface[$0] }, inB.map { y.surface[$0] })
    }

    @Test func insertedTopicWordsAreMarkedButNotInsertedFunctionWords() {
        let m = marked(
            "We will reopen the mill in the spring and hire forty local workers",
            "we will reopen the old mill in spring, and we will hire forty workers from the valley")
        #expect(m.a == ["local"])
        #expect(m.b == ["old"])
    }

    @Test func substitutedWordsAreMarkedFunctionWordsToo() {
        let a = "The council has finally approved the plan"
        let m = marked(a, "The council has now approved a plan")
        #expect(m.a == ["finally", "the"])
        #expect(m.b == ["now", "a"])
        // The second "the" is the one marked, not the first.
        let w = QuoteWording(a)
        #expect(QuoteWording.differences(w, QuoteWording("The council has now approved a plan")).a.map { w.ranges[$0] } == [16..<23, 33..<36])
    }

    @Test func aRepeatedWordIsMarkedOnlyWhereItIsExtra() {
        let m = marked("the levy will fund schools and clinics", "the levy will fund schools and clinics and schools")
        #expect(m.a.isEmpty && m.b.isEmpty, "words past the common stretch are the longer quote, not a change")
        let n = marked("prices rose sharply in March", "prices rose sharply, sharply in March")
        #expect(n.a.isEmpty)
        #expect(n.b == ["sharply"])
        let w = QuoteWording("prices rose sharply, sharply in March")
        #expect(QuoteWording.differences(QuoteWording("prices rose sharply in March"), w).b.map { w.ranges[$0] } == [21..<28])
    }

    @Test func aPartialQuoteAlignsWithTheEndItRepeats() {
        // "a" and "for" also stand earlier in the longer version; the match is the run at its end.
        let m = marked(
            "a night to remember for all of us",
            "We gave a show for the ages, and for the town that was a night to remember for all of us")
        #expect(m.a.isEmpty && m.b.isEmpty)
        let w = QuoteWording("We gave a show for the ages, and for the town that was a night to remember for all of us")
        #expect(QuoteWording.alignment(QuoteWording("a night to remember for all of us"), w).map(\.1) == Array(13..<21))
    }

    @Test func spellingVariantsAndNumberStylesAreTheSameWord() {
        let m = marked("The harbour will stay open for three more months", "the harbor will stay open for 3 more months")
        #expect(m.a.isEmpty && m.b.isEmpty)
    }

    @Test func aCompoundWrittenOpenClosedOrHyphenatedIsTheSameWord() {
        let m = marked("we will not need the boat any more, she wrote by e-mail", "We will not need the boat anymore, she wrote by email")
        #expect(m.a.isEmpty && m.b.isEmpty)
        let n = marked("we will not need the boat any more", "we will not need the boat any longer")
        #expect(n.a == ["more"] && n.b == ["longer"])
    }

    @Test func aCompoundSpacedAnotherWayDoesNotMakeWordingDiffer() {
        let bodies = [
            "o0": #"Ines Roth said: "We will not need the ferry any more once the bridge opens.""#,
            "o1": #""We will not need the ferry anymore once the bridge opens," Ines Roth said."#,
        ]
        func quote(_ id: String, _ article: String, _ text: String) -> Quote {
            Quote(id: id, text: text, article: article, speaker: "Ines Roth", span: TextSpan(start: 0, end: text.unicodeScalars.count))
        }
        let story = analyze(
            [quote("a", "o0", "We will not need the ferry any more once the bridge opens."),
             quote("b", "o1", "We will not need the ferry anymore once the bridge opens,")],
            bodies: bodies)
        let g = group(containing: "a", in: story)
        #expect(g?.quotes == ["a", "b"])
        #expect(g?.wordingDiffers == false)
        #expect(g?.differingWords == [])
    }

    @Test func aDifferentLastWordIsASubstitution() {
        let m = marked("This is simply wrong", "this is simply mistaken, and we will say so again")
        #expect(m.a == ["wrong"])
        #expect(m.b == ["mistaken"])
    }

    @Test func wordsAnOutletLeftOutAtAnEllipsisAreNotMarked() {
        let m = marked("We tried \u{2026} to save the mill", "We tried everything we could to save the mill")
        #expect(m.a.isEmpty && m.b.isEmpty)
        let n = marked("We tried [hard] to save the mill", "We tried everything to save the mill")
        #expect(n.b.isEmpty)
    }

    @Test func spellingVariantsAloneDoNotMakeWordingDiffer() {
        let g = group(containing: "q2", in: analyze())
        #expect(g?.quotes == ["q2", "q4"])
        #expect(g?.wordingDiffers == false)
        #expect(g?.differingWords == [])
    }

    @Test func aPartialQuoteJoinsItsStatementThroughTheSpeakersOrganisation() {
        let story = analyze()
        #expect(group(containing: "q5", in: story)?.quotes.contains("q1") == true)
        // The same two words from an unrelated speaker are not the authority's statement.
        #expect(group(containing: "q6", in: story) == nil)
    }

    @Test func uncorroboratedOnlyWhenNobodyElseCarriesItOrNamesTheSpeaker() {
        let story = analyze()
        let flagged = Set(story.quotes.filter { $0.flags.contains(Quote.uncorroborated) }.map(\.id))
        #expect(flagged.contains("q7"))
        #expect(!flagged.contains("q1") && !flagged.contains("q2") && !flagged.contains("q5"))
    }

    @Test func aSpeakerNamedByAnotherOutletIsCorroborated() {
        var bodies = Self.bodies
        bodies["o1"]! += "\nThe fisherman Jonas Maal has campaigned against the plan for years."
        let story = analyze(bodies: bodies)
        #expect(story.quotes.first { $0.id == "q7" }?.flags.contains(Quote.uncorroborated) == false)
    }

    @Test func aStatementCarriedInAnotherOutletsOwnWordsIsCorroborated() {
        var bodies = Self.bodies
        bodies["o0"]! += "\nFishermen complained that nobody asked them anything before the plans for the harbour were drawn up."
        let story = analyze(bodies: bodies)
        #expect(story.quotes.first { $0.id == "q7" }?.flags.contains(Quote.uncorroborated) == false)
    }
}
