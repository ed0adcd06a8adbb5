import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers (thirty-third session): a participle that says where a document was printed
/// qualifies its noun after a verb of saying; a noun for how a body is owned refers back to
/// any body but a public one. Every sentence is written for these tests.
@Suite struct Speakers41Tests: QuoteSuite {
    @Test func aDocumentDescribedInAPaperIsNoSpeakerAfterAVerbOfSaying() {
        let s = story(
            "A leaked plan would close the ferry in winter, the Tarn Herald reported.\n\nHarbour chief Maren Solvik says the plan described in the Herald was only \"one option among several\" and that nothing had been agreed.")
        #expect(speaker(s, "one option among several") == "Maren Solvik")
    }

    @Test func aDocumentInAnAsideIsNoSpeakerAfterAVerbOfSaying() {
        let s = story(
            "The ferry company has not commented.\n\nHarbour chief Maren Solvik said the slides, first reported by the Tarn Herald on Monday, were \"a draft nobody has signed off\".")
        #expect(speaker(s, "a draft nobody has signed off") == "Maren Solvik")
    }

    @Test func withNoVerbBeforeTheDocumentKeepsItsQuotation() {
        let s = story(
            "The ferry company has not commented.\n\nThe memo, first reported by the Tarn Herald, says the crossings \"cannot continue beyond March\".")
        #expect(quote(s, "cannot continue beyond March") != nil)
    }

    @Test func aCharityIsTheBodyNamedBeforeWhateverItsTrade() {
        let s = story(
            "Brockley Animal Hospital has denied that it will close. The charity's chairman, Ines Varga, said donations were up.\n\nThe charity said in a statement that it would stay open. \"Our doors are not closing,\" the statement said.")
        #expect(speaker(s, "doors are not closing") == "Brockley Animal Hospital")
    }

    @Test func aBodyOfAPlaceAfterAQuotationIsTheSpeaker() {
        let s = story(
            "A barn burned down near Olden on Sunday night.\n\n\"Nobody was hurt in the blaze,\" police in Olden said.")
        #expect(speaker(s, "Nobody was hurt") == "police in Olden")
    }

    @Test func anOutletRepeatingItsPositionAnswersThroughItsVoice() {
        let s = story(
            "Smart home company Harlow denied the report.\n\nNBX repeated its position on Wednesday. \"We do not comment on speculation,\" a spokesperson said.")
        #expect(speaker(s, "We do not comment on speculation") == "NBX")
    }
}
