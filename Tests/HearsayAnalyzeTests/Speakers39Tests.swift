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
}
