import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Who "the company" is (forty-second session, speakers): the sentence before a quotation,
/// not the quotation's own sentences; a name the noun stands before ("software company
/// Acme"); a name written with "the" as a noun's modifier is a body, not a person; a body of
/// members is never "the company". Every sentence is written for these tests.
@Suite struct Speakers42Tests: QuoteSuite {
    @Test func theCompanyLooksBackPastTheQuotationsOwnSentences() {
        let s = story(
            "Shares in Pellbrook fell after the Harbour Journal of Medicine questioned a trial of its painkiller.\n\nPellbrook moved to calm investors. \"The results stand. We have a second study under way,\" the company said in a statement.")
        #expect(speaker(s, "We have a second study") == "Pellbrook")
    }

    @Test func aNameAfterTheNounIsNamedWithIt() {
        let s = story(
            "Software company Trennick on Monday denied a report about its contractor Vasco Data Labs.\n\nThe Morning Ledger reported, citing staff of contractor Vasco Data Labs, that files were copied.\n\n\"Nothing was copied and nothing left our servers,\" the company said.")
        #expect(speaker(s, "Nothing was copied") == "Trennick")
    }

    @Test func aNameModifyingANounAfterTheIsABody() {
        let s = story(
            "Staff at the Corliss Freight depot in Dunmore say they are timed on every break.\n\nThe Dunmore depot, which serves 90 shops, employs 400 people.\n\nIn a statement, Corliss Freight said: \"We time parcels, not people.\"\n\nThe company said the new rules were \"about fairness\".")
        #expect(speaker(s, "about fairness") == "Corliss Freight")
    }

    @Test func aBodyOfMembersIsNoCompany() {
        let s = story(
            "Four toasters made by Marlow Home failed a heat test run by the Shoppers Rights League.\n\n\"These toasters should not be on sale,\" said Ada Quinn of the Shoppers Rights League.\n\nWe sent our results to Marlow Home. In a statement, the company said: \"Our toasters meet every standard.\"")
        #expect(speaker(s, "Our toasters meet every standard") != "Shoppers Rights League")
    }

    @Test func aPaperStaysTheSubjectPastAParticiplePhrase() {
        let s = story(
            "The county is short of money, the Evening Courier has learned.\n\nThe memo seen by the Courier refers to \"a full review of every reading room in the county\".")
        #expect(quote(s, "every reading room")?.speaker?.contains("memo") == true)
    }

    @Test func anUnownedPaperOpeningItsSentenceSpeaksAsWritten() {
        let s = story(
            "The county is short of money, the Evening Courier has learned.\n\nA letter seen by the Courier, sent by the county's planning office in June, refers to \"an objection lodged about the night bells\" and asks the vicar to \"think about what might be done\".")
        #expect(quote(s, "an objection lodged")?.speaker?.contains("letter") == true)
        #expect(quote(s, "think about what might be done")?.speaker?.contains("letter") == true)
    }

    @Test func aNoteIsItsWritersNotTheOutletsThatSawIt() {
        let s = story(
            "The county is short of money, the Evening Courier has learned.\n\nThe second briefing note states that the scheme \"would save about a third of the money\".")
        #expect(speaker(s, "would save about a third") != "Evening Courier")
        #expect(quote(s, "would save about a third")?.speaker?.contains("note") == true)
    }

    @Test func aPronounAfterADescriptionStandsForTheNameInApposition() {
        let s = story(
            "Nurses gathered outside the clinic on Monday.\n\nA nurse at the protest, Maria Okonedo, 38, who has worked at the clinic for ten years, said pay was \"a scandal\". \"We cover three wards on a night shift,\" she said.")
        #expect(speaker(s, "We cover three wards") == "Maria Okonedo")
    }

    @Test func aCallingBeforeWhoIsTheClausesSubject() {
        let s = story(
            "The hospital trust published its review on Friday.\n\nThe physiotherapist who first spotted the error told the Evening Courier she was \"glad, but still angry\".")
        #expect(speaker(s, "glad, but still angry") == "The physiotherapist who first spotted the error")
    }

    @Test func anOrdinalPicksOutOneOfTheUnnamedPeopleCounted() {
        let s = story(
            "Two volunteers who were at the meeting spoke to the Evening Courier.\n\nHarriet Cole, a retired teacher, said the plan was flawed.\n\nThe second volunteer was more guarded. \"Nobody used the word 'closure' in the room,\" she said.\n\nTom Reed, a driver, said the plan was fine.\n\nThe other attendee said the mood had been grim. \"It felt like a funeral,\" he said.")
        #expect(speaker(s, "Nobody used the word") == "The second volunteer")
        #expect(speaker(s, "It felt like a funeral") == "The other attendee")
    }

    @Test func aSingularTheyStandsForTheOneCounted() {
        let s = story(
            "Two hotel workers spoke to the Evening Courier on condition of anonymity.\n\nThe Brackley Hotel is owned by Marlow Leisure Group.\n\nThe second worker said the rota had changed overnight. \"Nobody asked us what we thought,\" they said.")
        #expect(speaker(s, "Nobody asked us what we thought") == "The second worker")
    }
}
