import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Sixteenth review (scored stories): one statement that outlets word differently, found
/// as one and flagged as reworded; two statements of one speaker kept apart. Own
/// sentences, invented names.
@Suite struct Variants19Tests: CompareSuite {
    @Test func goingToIsTheFutureOfWill() {
        #expect(grouped("We're going to be careful, but we are going to be bold,", "We will be careful, but we will be bold.") == true)
        #expect(grouped("They are going to close the depot in May.", "They will close the depot in May.") == true)
        // A movement is no future: "going to the depot" is not "will the depot".
        #expect(grouped("We are going to the depot and the yard,", "We will check the depot and the yard today.") == nil)
    }

    @Test func periphrasesAreOneWord() {
        #expect(grouped("No one knew, and no one was told.", "Nobody knew, and nobody was told,") == true)
        #expect(grouped("We are unable to say more while the audit runs.", "We cannot say more while the audit runs,") == true)
    }

    @Test func detailsRewordedInOneStatement() {
        let a = "Train 44 arrived safely in Leeds at 09:10 this morning. Every passenger is unhurt. The footage being shared is not of our train."
        let b = "Train 44 arrived on time at Leeds station at 09:25 this morning. All 300 passengers and four staff are unhurt. The footage circulating online does not show a Northline train,"
        #expect(grouped(a, b, ("Northline Rail", "Northline Rail")) == true)
        // The same speaker's other statement on the same train shares its topic, not its words.
        let other = "We will review the timetable for Train 44 next week, and passengers will be told of any change in Leeds."
        #expect(grouped(a, other, ("Northline Rail", "Northline Rail")) == nil)
    }
}

/// Voices of one party credited differently in two outlets, read through the whole
/// pipeline (own sentences, invented names).
@Suite struct Variants19VoiceTests {
    func story(_ bodies: [String]) -> Story {
        let articles = bodies.enumerated().map { i, b in Article(id: "a\(i)", source: "\(i).txt", title: "t", body: b) }
        return StoryAnalyzer(stages: [QuoteStage(), CompareStage()]).analyze(id: "s", articles: articles)
    }

    func joined(_ s: Story, _ a: String, _ b: String) -> Bool {
        guard let x = s.quotes.first(where: { $0.text.contains(a) })?.id, let y = s.quotes.first(where: { $0.text.contains(b) })?.id else { return false }
        return s.quoteGroups.contains { $0.quotes.contains(x) && $0.quotes.contains(y) }
    }

    @Test func aDescribedVoiceIsTheTitledOne() {
        let s = story([
            "The governor will not step down. \u{201C}The harbour plan is safe. The council voted for it and the council will see it through,\u{201D} said Ilsa Varga, the governor's spokeswoman.",
            "Rumours swirled on Monday. A spokeswoman for the governor said: \u{201C}The harbour plan is not at risk. The council voted for it and will see it through to the end.\u{201D}",
        ])
        #expect(joined(s, "The harbour plan is safe", "The harbour plan is not at risk"))
    }

    @Test func aVoiceWhoseTitleNamesTheBody() {
        let s = story([
            "The Coastal Water Authority said on Friday that beaches would reopen. \u{201C}Testing shows the water is clean. Every beach on the coast will reopen on Saturday morning,\u{201D} authority spokesman Pavel Dudek said.",
            "Swimmers can return. \u{201C}Testing shows that the water is clean. All beaches on the coast will reopen on Saturday,\u{201D} the Coastal Water Authority said in a statement.",
            // An outlet that cites the authority: cited, it still speaks.
            "Check before you swim. Every closure is published by the Coastal Water Authority on its website.",
        ])
        #expect(joined(s, "Every beach on the coast", "All beaches on the coast"))
    }
}

/// Anonymous sources referred back to ("the insider"), whose words no other outlet
/// carries (own sentences, invented names).
@Suite struct Variants19CorroborationTests {
    func story(_ bodies: [String]) -> Story {
        let articles = bodies.enumerated().map { i, b in Article(id: "a\(i)", source: "\(i).txt", title: "t", body: b) }
        return StoryAnalyzer(stages: [QuoteStage(), CompareStage()]).analyze(id: "s", articles: articles)
    }

    func flagged(_ s: Story, _ words: String) -> Bool? {
        s.quotes.first { $0.text.contains(words) }.map { $0.flags.contains(Quote.uncorroborated) }
    }

    @Test func anInsiderReferredBackIsStillAnonymous() {
        let s = story([
            "Staff at the Wexley plant fear the worst. One senior insider was blunt. \u{201C}The line will be shut before the summer and nobody upstairs will say so,\u{201D} the insider said.",
            "Harlow Foods reported strong results on Tuesday. \u{201C}We had our best quarter in a decade,\u{201D} chairman Oskar Brant said.",
        ])
        #expect(flagged(s, "The line will be shut") == true)
        // A description that points back at a named person is not judged from its words.
        #expect(Corroboration.isAnaphoric("the retired colonel"))
        #expect(!Corroboration.isAnaphoric("the insider"))
    }
}
