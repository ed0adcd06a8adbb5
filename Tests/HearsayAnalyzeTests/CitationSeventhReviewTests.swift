import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Ways of citing a source found missed in a seventh review of unseen web stories, each in
/// sentences written for these tests.
@Suite struct CitationSeventhReviewTests: QuoteSuite {
    @Test func aNameWithANumberWordIsNoPerson() {
        #expect(sources("A crew member told Page Nine that the ferry had been late for weeks.").contains("Page Nine"))
    }

    @Test func anOutletCitingItsSourcesInAnAside() {
        #expect(sources("The Marsh Gazette, citing two people at the yard, reported that the ferry would be sold.").contains("Marsh Gazette"))
    }

    @Test func anAgencyCreditLine() {
        #expect(sources("The ferry was sold on Monday.\n\nThe Harbour Wire contributed to this report.").contains("Harbour Wire"))
    }

    @Test func aStatementProvidedToAnOutlet() {
        #expect(sources("Fenwick said in a statement provided to The Evening Courier that the sale was off.").contains("Evening Courier"))
    }

    @Test func anInterviewWithABroadcaster() {
        #expect(sources("Fenwick said in an interview with KXRB on Friday that the sale was off.").contains("KXRB"))
        // An interview with a person cites nobody.
        #expect(sources("Fenwick said in an interview with Orla Marsh on Friday that the sale was off.").isEmpty)
    }

    @Test func aPaperNamedForItsDayOfPublication() {
        let found = sources(
            "A report in the Fenwick on Sunday newspaper said the pier would close. The story in the Fenwick on Sunday, which was "
                + "picked up by other papers, has since been corrected.")
        #expect(found.contains("Fenwick on Sunday"))
        // A weekday after a name with no outlet noun is a date.
        #expect(!sources("The council told the Courier on Sunday that the pier would close.").contains("Courier on Sunday"))
    }

    @Test func anOutletAfterAnyVerbOfSayingAndTo() {
        #expect(sources("\u{201C}I was wrong about the pier,\u{201D} Fenwick conceded to KXRB.").contains("KXRB"))
        #expect(sources("Fenwick complained to Ola Brenn about the pier.").isEmpty)
    }

    @Test func aStationNamedWithItsFrequencyOrItsNoun() {
        #expect(sources("Fenwick made the claim on Friday on radio station KXRB, to the host.").contains("KXRB"))
        #expect(sources("Fenwick gave an interview with 730 KXRB on Friday.").contains("KXRB"))
        // A year before a name is no frequency; a place after "on" is no source.
        #expect(sources("A piece of the 2014 XR comet fell near the pier.").isEmpty)
        #expect(sources("Fenwick said the ferry ran aground on Marsh Island.").isEmpty)
    }
}
