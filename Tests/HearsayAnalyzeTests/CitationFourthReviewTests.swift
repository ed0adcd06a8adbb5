import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Ways of citing a source found missed (or wrongly taken) in a fourth review of unseen
/// web stories, each in sentences written for these tests.
@Suite struct CitationFourthReviewTests: QuoteSuite {
    @Test func publishingVerbsNameThePlatform() {
        #expect(sources("The rumour was first posted on the Harbour Ledger, a parody website.").contains("Harbour Ledger"))
        #expect(sources("A clip uploaded to Vidstream by a fan shows the moment.").contains("Vidstream"))
        #expect(sources("Fenwick Roe wrote an article for the Campus Lantern about the change.").contains("Campus Lantern"))
    }

    @Test func aWebAddressIsASource() {
        #expect(sources("The tale was written on the website marshgazette.net, which mocks local news.") == ["marshgazette.net"])
        // One outlet under its name and its address.
        let s = QuoteTestSupport.story(["Quillpost.com published the list first.", "According to quillpost.com, the list is genuine."])
        #expect(s.citations.count == 1)
        #expect(s.citations.first?.articles.count == 2)
    }

    @Test func anOutletAfterItsVerbOrSayingThings() {
        #expect(sources("Pupils have left the school, reported the Tidewater Courier.") == ["Tidewater Courier"])
        #expect(sources("\u{201C}Pick a plain name,\u{201D} KBTV says.") == ["KBTV"])
        #expect(sources("The Delta Wire also has a writeup on the claim, which calls it false.") == ["Delta Wire"])
    }

    @Test func aDatedPieceAndADisclosingBody() {
        #expect(sources("The Norland Observer\u{2019}s Oct. 20 story was later corrected.") == ["Norland Observer"])
        #expect(sources("The Bureau of Water Safety (BWS) disclosed that two wells failed.") == ["Bureau of Water Safety"])
    }

    @Test func placesAndObjectsAreNoSources() {
        #expect(sources("A student from Linden College reported that the word was dropped.").isEmpty)
        #expect(sources("The reporter was reporting from Cedar Ridge on Friday.").isEmpty)
        #expect(sources("He is director of a research program at the Halvorsen Institute.").isEmpty)
    }

    @Test func aDayAfterANameIsNotPartOfIt() {
        #expect(sources("Jo Roe told KTVN Thursday that the mill would close.") == ["KTVN"])
    }

    @Test func twoOutletsOfOneCityStayApart() {
        let cited = sources("Ana Lund told the Pike Examiner that the vote was rigged. Her colleague Per Berg, a fellow at the Pike Institute, disagreed.")
        #expect(cited == ["Pike Examiner"])
    }
}
