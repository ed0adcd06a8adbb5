import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers and sources (forty-third session). Every sentence is written for these tests.
@Suite struct Speakers43Tests: QuoteSuite {
    @Test func anAccountWrittenWithItsHandleIsNamedWithIt() {
        let s = story(
            "Others are not convinced. X user @lake_watcher posted: \"Nobody can tell you that from a photo. Please stop sharing this.\"\n\nThe account @kestrel_eye later wrote: \"I never said the lake was poisoned.\"")
        #expect(speaker(s, "Please stop sharing") == "@lake_watcher")
        #expect(speaker(s, "never said the lake was poisoned") == "@kestrel_eye")
    }

    @Test func aNameNeverWrittenAsAHandleKeepsItsForm() {
        let s = story("\"We will appeal,\" Kestrel said in a statement on Monday.")
        #expect(speaker(s, "We will appeal") == "Kestrel")
    }

    @Test func aMemberSetOffByCommasIsThePronounsAntecedent() {
        let s = story(
            "Ilse Varga, the park board's chair, said the permits would be sold from May.\n\nTomas Reyne, of the Harrowdale Cyclists' Club, said riders would make the best of it. \"We want a share of the permits,\" he said.")
        #expect(speaker(s, "a share of the permits") == "Tomas Reyne")
    }

    @Test func aPaperOrSourceANewsroomCitesSpeaksThroughItsParticiple() {
        let s = story(
            "The Tarn Courier said it had seen an internal email saying the ferry will \"stay in port until the storm passes\".\n\nThe Kell Gazette quoted a council source describing \"a serious lapse in the checks\".")
        #expect(speaker(s, "stay in port until the storm passes") == "an internal email")
        #expect(speaker(s, "a serious lapse in the checks") == "a council source")
    }

    @Test func aLetterSomeoneSentIsStillTheirs() {
        let s = story("Harbour master Jo Penrose sent a letter saying the quay was \"unsafe for heavy lorries\".")
        #expect(speaker(s, "unsafe for heavy lorries") == "Jo Penrose")
    }

    @Test func aGenericNounIsTheBodyTheSentenceBeforeOpenedWith() {
        let s = story(
            "The editor of the Review of Coastal Engineering wrote to Marrowfield and Tarnlight on Monday.\n\nMarrowfield sought to calm its lenders. \"Our order book is full,\" the company said.\n\nTarnlight is privately owned and does not publish results. Last year the group said its ferries had been \"losing money on every crossing\".")
        #expect(speaker(s, "Our order book is full") == "Marrowfield")
        #expect(speaker(s, "losing money on every crossing") == "Tarnlight")
    }

    @Test func aCapitalisedOpenerIsNoBodyToReferBackTo() {
        let s = story(
            "Carrow Pharma confirmed that its trial had failed. Shares fell by a third.\n\nIn a filing, the company said the drug \"did not meet its main goal\".")
        #expect(speaker(s, "did not meet its main goal") == "Carrow Pharma")
    }

    @Test func aPlaceBeforeTheNounOfAnAppositionIsNoBody() {
        let s = story(
            "The screenshot was shared 12,000 times.\n\nKilvane Foods, the Ballycarrow company that makes the formula, repeated that the product was safe. \"There is no recall,\" the company said.")
        #expect(speaker(s, "There is no recall") == "Kilvane Foods")
    }
}

/// Sources (forty-third session): the newsroom that carried quoted words.
@Suite struct Citations43Tests: QuoteSuite {
    @Test func theNewsroomThatQuotedTheWordsIsCited() {
        #expect(sources("In a statement quoted by the Marsh Courant, the trust said no flock would be culled.").contains("Marsh Courant"))
        #expect(sources("The vet said the mare was well, quoted by the agency TPN.").contains("TPN"))
    }

    @Test func aPersonQuotingIsNoSource() {
        #expect(sources("The judge read out a passage quoted by Jo Penrose in her memoir.").isEmpty)
    }
}
