import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Ways of citing an outlet, and of telling whether another outlet carries a statement,
/// that stories written by people who never ran Hearsay showed missed in the twenty-sixth
/// session. Every sentence is written for these tests.
@Suite struct Citations26Tests: QuoteSuite, CompareSuite {
    @Test func twoWordsBeforeAnOutletNoun() {
        #expect(sources("The leak was first reported by the shipping news site Quaywatch.") == ["Quaywatch"])
        #expect(sources("The figures were first published by the regional business weekly Tallow.") == ["Tallow"])
    }

    @Test func aWordOfScopeBeforeAnOutletsName() {
        #expect(sources("Builders dropped the plan, according to a filing spotted by the local Millbrook Echo.") == ["Millbrook Echo"])
    }

    @Test func anOutletThatShowedSomething() {
        #expect(sources("Days later the fact-checking organisation TruthMeter showed that the photo was old.") == ["TruthMeter"])
        // Anyone may show things; only a name written as an outlet's is a source.
        #expect(sources("Days later Jo Roe showed that the photo was old.").isEmpty)
    }

    @Test func anAgentAfterATimeOfDay() {
        #expect(sources("The video was posted on Sunday morning by the Chirper account @HarbourGossip.") == ["@HarbourGossip"])
    }

    @Test func aRelativeClauseWithAGroupedNumber() {
        #expect(sources("The account @HarbourGossip, which has about 45,000 followers, posted the clip on Friday.") == ["@HarbourGossip"])
    }

    @Test func anOutletsAlert() {
        #expect(sources("The picture copied an alert from the news agency Orbis.") == ["Orbis"])
        #expect(sources("A screenshot of a Meridian News alert circulating online said the mayor had quit.") == ["Meridian News"])
        // An alert is anyone's by its words: a bank or a council is no outlet.
        #expect(sources("Customers received an alert from Kestrel Bank on Monday.").isEmpty)
        #expect(sources("A flood alert from the council was issued at noon.").isEmpty)
    }

    @Test func reportingThatCitesItsOwnSource() {
        // The paper also speaks through a spokesman, which alone would make "reported" a party's word.
        let cited = sources(
            "The Harbour Lamp reported on Friday, citing a source at the ministry, that the port would close.",
            "A spokesman for the Harbour Lamp said: \"We stand by every word of our story.\"")
        #expect(cited == ["Harbour Lamp"])
        #expect(sources("The Harbour Lamp claimed yesterday, quoting an official, that the port would close.") == ["Harbour Lamp"])
    }

    // MARK: uncorroborated

    @Test func aSentenceSayingTheOppositeDoesNotCarryADenial() {
        let bodies = [
            "o0": "\"The council has not approved the demolition of the mill,\" said Ada Fenn.",
            "o1": "The council approved the demolition of the old mill on Monday, the paper reported.",
            "o2": "Veta Ruud said: \"The council did not approve the demolition of the mill.\" The vote was delayed.",
            "o3": "Officials said the council had not approved the demolition of the mill.",
        ]
        let story = analyze(
            [quote("a", "o0", "The council has not approved the demolition of the mill,", "Ada Fenn", in: bodies),
             quote("v", "o2", "The council did not approve the demolition of the mill.", "Veta Ruud", in: bodies)],
            bodies: bodies)
        // o3 denies as both quotes do; o1's sentence states what they deny.
        #expect(flagged(story).isEmpty)
        let alone = analyze(
            [quote("a", "o0", "The council has not approved the demolition of the mill,", "Ada Fenn", in: bodies)],
            bodies: ["o0": bodies["o0"]!, "o1": bodies["o1"]!])
        #expect(flagged(alone) == ["a"])
    }

    @Test func anotherOutletQuotingAPartOfTheStatementCarriesIt() {
        let long = "Claims that the plant will close are baseless and mischievous. Our staff have been told as much,"
        let bodies = [
            "o0": "\"\(long)\" Ivo Marsh said.",
            "o1": "The company called the reports \u{201C}baseless and mischievous\u{201D} on Tuesday. Its shares rose.",
            "o2": "Union leaders called the reports \u{201C}baseless\u{201D} on Tuesday. Its shares rose.",
        ]
        func flags(_ part: String, _ article: String, _ speaker: String?) -> Set<String> {
            flagged(analyze([quote("m", "o0", long, "Ivo Marsh", in: bodies), quote("c", article, part, speaker, in: bodies)], bodies: bodies))
        }
        #expect(!flags("baseless and mischievous", "o1", "The company").contains("m"))
        // A scare quote credited to nobody carries nothing, nor does one word another repeats.
        #expect(flags("baseless and mischievous", "o1", nil).contains("m"))
        #expect(flags("baseless", "o2", "Union leaders").contains("m"))
    }

    @Test func anAnonymousSourceIsNotNamedByAnotherOutletsDescription() {
        let bodies = [
            "o0": "A source at the port said: \"The cranes will be sold by spring.\"",
            "o1": "The Gazette's story relied on a source at the port, and the harbour board has said nothing.",
        ]
        let story = analyze([quote("s", "o0", "The cranes will be sold by spring.", "a source at the port", in: bodies)], bodies: bodies)
        #expect(flagged(story) == ["s"])
    }
}
