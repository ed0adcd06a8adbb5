import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers and sources (thirty-ninth session, helper spk39). Every sentence is written for
/// these tests.
@Suite struct Speakers39Tests: QuoteSuite {
    @Test func aGenericNounIsThePaperNamedLast() {
        let s = story(
            "Two ferry routes could be cut next year, according to a draft transport plan seen by the Tarn Courier.\n\nAccording to the document, the cuts would \"save the county nearly a million pounds\".\n\nA council spokesman said it did not comment on leaked documents.")
        #expect(speaker(s, "save the county nearly a million") == "the draft transport plan")
    }

    @Test func aGenericNounRefersBackToAPaperOfAnotherNoun() {
        let s = story(
            "Drivers at the depot were sent a memo last week, according to the Kell Gazette, which has seen the memo.\n\nThe two-page document, dated 3 May, defines lateness as \"any arrival after the second bell\".")
        #expect(speaker(s, "any arrival after the second bell") == "the memo")
    }

    @Test func aCountedGenericNounIsThePaperNamedLast() {
        let s = story(
            "The harbour board may drop its marina plan, according to a confidential board report seen by the Tarn Courier.\n\nThe 12-page document, prepared for the board ahead of a meeting on Friday, recommends that the board \"shelve the marina until costs fall\".")
        #expect(speaker(s, "shelve the marina until costs fall") == "the confidential board report")
    }

    @Test func aMarkedOrBarePaperIsNoGenericNoun() {
        let s = story(
            "The ferry timetable will be cut, according to a draft transport plan seen by the Tarn Courier.\n\nThe leaked paper says the cuts are needed to \"keep the fleet afloat\".")
        #expect(speaker(s, "keep the fleet afloat") != "the draft transport plan")
    }

    @Test func aPluralNamesNoPaperToReferBackTo() {
        let s = story(
            "Drivers at the depot were sent a memo last week, according to a copy seen by the Kell Gazette, which has seen the memo.\n\nThe company said it did not comment on leaked documents.\n\nThe two-page document defines lateness as \"any arrival after the second bell\".")
        #expect(speaker(s, "any arrival after the second bell") == "the memo")
    }
}
