import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Misquote variants, thirty-sixth session. Every sentence is written for these tests.
@Suite struct Variants36Tests: CompareSuite {
    /// A whole sentence that stops where the other version's sentence goes on is reworded even
    /// when it is not the first of either version.
    @Test func aSentenceStoppedAfterAnotherIsReworded() {
        let long = QuoteWording("We have spoken to the families. Our aim is to keep the ferry running for everyone who needs it every week,")
        let short = QuoteWording("Our aim is to keep the ferry running for everyone who needs it.")
        #expect(QuoteWording.wordsCutAtEnds(short, long).map { long.surface[$0] } == ["every", "week"])
        #expect(grouped(short.surface.joined(separator: " ") + ".", "We have spoken to the families. Our aim is to keep the ferry running for everyone who needs it every week,") == true)
        // The longer version's last sentence may be the one stopped.
        let stopped = QuoteWording("The divers went down at noon. Please do not guess at the cause.")
        let goesOn = QuoteWording("Please do not guess at the cause while the divers work.")
        #expect(!QuoteWording.wordsCutAtEnds(stopped, goesOn).isEmpty)
        // A part from inside a sentence (lower case) still quotes less, not other words.
        let part = QuoteWording("keep the ferry running for everyone who needs it.")
        #expect(QuoteWording.wordsCutAtEnds(part, long).isEmpty)
    }

    /// Two outlets that quoted overlapping stretches, each with a clause the other lacks, did
    /// not quote the same words; with whole sentences at the ends they only quoted less.
    @Test func overlappingStretchesDifferUnlessTheExtraIsWholeSentences() {
        let a = QuoteWording("The route is not final and no vote has been held,")
        let b = QuoteWording("No vote has been held on the harbour, and the route is only a sketch,")
        #expect(!QuoteWording.differOnlyInForm(a, b))
        #expect(grouped("The new ferry timetable has not been approved and no final choice has been made,", "No final choice has been made about Kell Pier, and the new ferry timetable is still a proposal,") == true)
        let c = QuoteWording("The ferry is late again. No vote has been held on the harbour route.")
        let d = QuoteWording("No vote has been held on the harbour route. We will wait for the council.")
        #expect(QuoteWording.differOnlyInForm(c, d))
    }

    /// "head of media relations" answers for the organisation like a spokesperson: the words
    /// another outlet credits to the organisation itself are hers.
    @Test func aMediaRelationsHeadIsTheOrganisationsVoice() {
        let bodies = [
            "a": "Orlen Freight said little. \u{201C}We do not discuss the terms of our ongoing contract talks with the drivers,\u{201D} said Tove Brask, the firm's head of media relations.",
            "b": "\u{201C}We do not discuss contract talks,\u{201D} Orlen Freight said.",
        ]
        var q1 = quote("q1", "a", "We do not discuss the terms of our ongoing contract talks with the drivers,", "Tove Brask", in: bodies)
        q1.role = "firm's head of media relations"
        let q2 = quote("q2", "b", "We do not discuss contract talks,", "Orlen Freight", in: bodies)
        #expect(SpeakerMatcher.isVoice(q1))
        #expect(analyze([q1, q2], bodies: bodies).quoteGroups.first?.quotes == ["q1", "q2"])
        // A field of study is no office.
        var scholar = q1
        scholar.role = "professor of international relations"
        #expect(!SpeakerMatcher.isVoice(scholar))
    }
}

/// Quoting less is a variant: story writers and readers checking a quote count a statement
/// printed in part, or with sentences left out, as worded differently (thirty-sixth session).
@Suite struct QuotedLess36Tests: CompareSuite {
    @Test func aPartQuotedIsAVariantWithNoWordMarked() {
        let whole = "This would be a betrayal of the valley and the families who farm it."
        let g = groups([(whole, "Edda Morn"), ("a betrayal of the valley", "Edda Morn")])
        #expect(g.first?.wordingDiffers == true)
        #expect(g.first?.differingWords == [])
        // The same words in full are no variant.
        #expect(grouped(whole, whole, ("Edda Morn", "Edda Morn")) == false)
    }
}
