import HearsayModel
import Testing

@testable import HearsayAnalyze

/// One statement whose outlets share a clause of it word for word and quote or reword the rest
/// their own way (thirty-eighth session). Every sentence is written for these tests.
@Suite struct Variants39Tests: CompareSuite {
    /// "it is too early to say what caused the leak" in both: one source's one statement.
    @Test func aClauseSharedWordForWordIsOneStatement() {
        let a = "Crews from the county have been checking the pumps all week and it is too early to say what caused the leak."
        let b = "The harbour has been shut since Sunday. We are testing the water and it is too early to say what caused the leak,"
        #expect(QuoteGrouper.sharesAClause(QuoteWording(a), QuoteWording(b)))
        #expect(grouped(a, b) == true)
    }

    /// A noun phrase is the matter every party speaks about, not a clause; and a run that
    /// crosses a full stop joins two clauses of neither.
    @Test func aSharedNounPhraseOrARunAcrossSentencesIsNot() {
        let noun = QuoteWording("We have opened a file on the sale of the old harbour land by the city council.")
        let other = QuoteWording("The sale of the old harbour land by the city council was lawful.")
        #expect(!QuoteGrouper.sharesAClause(noun, other))
        let across = QuoteWording("Nobody questioned the sale of the old harbour land by the city council. We are reviewing it.")
        let second = QuoteWording("Our auditors examined the sale of the old harbour land by the city council; we are reviewing it now.")
        #expect(!QuoteGrouper.sharesAClause(across, second))
    }

    /// "a police spokeswoman" speaks for "the county police"; two bodies described alike need
    /// not be one.
    @Test func aVoiceDescribedByItsBodysNounIsThatBody() {
        #expect(SpeakerMatcher.voiceOfDescribedBody("a police spokeswoman", "the county police"))
        #expect(!SpeakerMatcher.voiceOfDescribedBody("the regional council", "the city council"))
        let a = "We are treating the letter as a forgery and are working to find out who wrote it."
        let b = "We have opened a case on this letter, a forgery, and are working to find out who wrote it,"
        #expect(grouped(a, b, ("a police spokeswoman", "The county police")) == true)
    }

    /// "A spokesperson" whose article names the Lanark Rowing Federation, against a spokeswoman
    /// for the federation in another article: one voice.
    @Test func aVoiceThatDoesNotSayWhoseSpeaksForTheBodyItsArticleNames() {
        let first = "The scorecard was forged. We have not opened any inquiry into the coach, and the matter has gone to the police."
        let second = "The scorecard circulating online is a forgery. The federation has opened no inquiry into the coach, and we have passed the matter to the police."
        let bodies = [
            "a0": "The Lanark Rowing Federation answered on Friday. A spokesperson said: \u{201C}\(first)\u{201D}",
            "a1": "\u{201C}\(second)\u{201D} said Ada Moss, a spokeswoman for the federation.",
        ]
        var quotes = [quote("q0", "a0", first, "A spokesperson", in: bodies), quote("q1", "a1", second, "Ada Moss", in: bodies)]
        quotes[1].role = "a spokeswoman for the federation"
        let groups = analyze(quotes, bodies: bodies).quoteGroups
        #expect(groups.contains { Set($0.quotes) == ["q0", "q1"] })
    }

    /// "A statement from the company" speaks for the company its article names.
    @Test func aStatementFromTheCompanyIsTheCompany() {
        #expect(SpeakerMatcher.organisationNoun("A statement from the company")?.noun == "company")
        let first = "This invoice is forged and our delivery fees are not rising."
        let second = "The invoice is forged. Nothing about our delivery fees is rising."
        let bodies = [
            "a0": "Parcelby has answered. A statement from the company reads: \u{201C}\(first)\u{201D}",
            "a1": "Parcelby said: \u{201C}\(second)\u{201D}",
        ]
        let quotes = [quote("q0", "a0", first, "A statement from the company", in: bodies), quote("q1", "a1", second, "Parcelby", in: bodies)]
        #expect(analyze(quotes, bodies: bodies).quoteGroups.contains { Set($0.quotes) == ["q0", "q1"] })
    }

    /// "a spokesman for the mayor's office" and "Tim Hale, a spokesman for the mayor": one voice.
    @Test func aVoiceForAnOfficeIsTheVoiceOfItsHolder() {
        let office = Quote(id: "q0", text: "", article: "a0", speaker: "a spokesman for the mayor's office", span: TextSpan(start: 0, end: 0))
        let named = Quote(id: "q1", text: "", article: "a1", speaker: "Tim Hale", role: "spokesman for the mayor", span: TextSpan(start: 0, end: 0))
        let matcher = SpeakerMatcher(people: [], quotes: [office, named], roles: [])
        #expect(matcher.oneSource(office, named))
        let deputy = Quote(id: "q2", text: "", article: "a1", speaker: "Tim Hale", role: "spokesman for the deputy mayor", span: TextSpan(start: 0, end: 0))
        #expect(!SpeakerMatcher(people: [], quotes: [office, deputy], roles: []).oneSource(office, deputy))
    }

    /// "ahead of the vote" is "before the vote": one refusal reworded.
    @Test func aheadOfIsBefore() {
        #expect(QuoteWording("We won't comment ahead of the vote").meaning.contains("before"))
        let first = "We don't comment on rumours ahead of the vote. The treasurer will speak to the chamber on Monday."
        let second = "We will not comment on rumours before the vote,"
        let bodies = [
            "a0": "A spokesperson for the Executive said: \u{201C}\(first)\u{201D}",
            "a1": "The Executive declined to confirm it. \u{201C}\(second)\u{201D} a spokesperson said.",
        ]
        let quotes = [quote("q0", "a0", first, "A spokesperson for the Executive", in: bodies), quote("q1", "a1", second, "a spokesperson", in: bodies)]
        #expect(analyze(quotes, bodies: bodies).quoteGroups.contains { Set($0.quotes) == ["q0", "q1"] })
    }

    /// The same two figures in one source's two quotations: one statement reworded. One shared
    /// figure, or a year, is not enough.
    @Test func twoSharedFiguresMakeOneStatement() {
        #expect(QuoteWording("About 12,500 tickets were sold in 2025, and 740 refunded.").figures == ["12500", "740"])
        let a = "The total of 12,500 is not a number we accept. Our own count shows nearer 4,200 passengers, and each of them is being offered a refund this week,"
        let b = "We don't accept the 12,500 total. Our count today is about 4,200, and all of them will have their money back within days."
        #expect(grouped(a, b) == true)
        let c = "We don't accept the 12,500 total. Our count today is about 900, and all of them will have their money back within days."
        #expect(grouped(a, c) == nil)
    }
}
