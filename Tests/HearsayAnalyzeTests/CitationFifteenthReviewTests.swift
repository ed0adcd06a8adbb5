import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Ways of citing a source that stories written by people who never ran Hearsay showed
/// missed, in the fifteenth session. Every sentence is written for these tests.
@Suite struct CitationFifteenthReviewTests: QuoteSuite {
    @Test func aMastheadEndingInATitleWordIsAnOutlet() {
        #expect(sources("Gadget Insider reported that the handset would ship in May.") == ["Gadget Insider"])
        #expect(sources("A post on the Harbour Insider channel claimed that the pier had collapsed.") == ["Harbour Insider"])
        #expect(sources("The memo was first published by the Valley Reporter on Friday.") == ["Valley Reporter"])
        // A title word after another title word, or after an adjective, stays a role.
        #expect(sources("Chief Reporter Tamsin Vale reported that the pier was shut.").isEmpty)
        #expect(roles(story("Political Reporter Tamsin Vale said the pier would reopen."), "Tamsin Vale") == ["Political Reporter"])
    }

    @Test func anOutletIntroducedByWhatItIs() {
        #expect(sources("The rumour first appeared on a messaging channel called Pier Watch on Sunday.") == ["Pier Watch"])
        #expect(sources("The filing, first reported by the trade newsletter The Freight Record, lists two new cranes.") == ["Freight Record"])
        #expect(sources("The fact-checking service TruthDesk rated the post false on Tuesday.") == ["TruthDesk"])
        #expect(sources("Fact-checkers at TruthDesk found that the photograph was taken in 2019.") == ["TruthDesk"])
    }

    @Test func anAsideBetweenAnOutletAndItsVerb() {
        #expect(sources("The Freight Record, a logistics newsletter, spotted a passage about new cranes.") == ["Freight Record"])
        let s = story("Early on Monday a channel called Pier Watch, on a popular messaging app, posted: \u{201C}The old pier is falling into the sea.\u{201D}")
        #expect(s.citations.map(\.source) == ["Pier Watch"])
        // What the channel posted is the channel's, and a channel is no person.
        #expect(speaker(s, "old pier") == "Pier Watch")
        #expect(s.people.isEmpty)
    }

    @Test func aFindingVerbNeedsAnOutlet() {
        #expect(sources("Port police obtained a warrant on Monday.").isEmpty)
        #expect(sources("Tamsin Vale found that the figures did not add up.").isEmpty)
    }

    @Test func aTimeBetweenAPassiveAndItsAgent() {
        #expect(sources("The plan, first reported on Monday by the Osprey news agency, would shut six depots.") == ["Osprey"])
        #expect(sources("The report, from the Osprey news agency, quoted an internal memo.") == ["Osprey"])
    }

    @Test func aNameQuotedAsSpeakingIsStillAnOutletTheStoryCites() {
        // One article quotes the agency's memo as if the agency said it; another names it as
        // the source of the report: both cite it.
        let s = story(
            "According to Osprey, the memo lists \u{201C}branches within three miles of another\u{201D} for closure.",
            "The closures were first reported by Osprey, a news agency."
        )
        #expect(s.citations.first { $0.source == "Osprey" }?.articles.count == 2)
    }

    @Test func aSubordinateClauseCitesOnlyANameTheStoryCitesElsewhere() {
        let cited = story(
            "The club sacked its manager three days after Harbour Sport reported that the board had lost patience.",
            "Harbour Sport understands that the board met on Monday."
        )
        #expect(cited.citations.first { $0.source == "Harbour Sport" }?.articles.count == 2)
        #expect(sources("Shares rose after Kettle Foods reported record sales.").isEmpty)
        // Two words and a verb people use: a person, unless the story cites the name elsewhere.
        #expect(sources("Harbour Sport is reporting that the manager will be sacked.").isEmpty)
        let reporting = story("Harbour Sport is reporting that the manager will be sacked.", "Harbour Sport understands that the board met on Monday.")
        #expect(reporting.citations.first { $0.source == "Harbour Sport" }?.articles.count == 2)
    }

    @Test func aMastheadWithTheSpeaksAsAnOrganisation() {
        let s = story("The Freight Record, a logistics newsletter, quoted a line describing \u{201C}cranes for a customer's new terminal\u{201D}.")
        #expect(!s.people.contains { $0.name == "Freight Record" })
    }
}

@Suite struct CitationFifteenthReviewNamingTests: QuoteSuite {
    @Test func theNameAfterTheOutletNounIsTheOutlets() {
        #expect(sources("The date was reported on Friday by Danish tech site Kodeord, citing two engineers.") == ["Kodeord"])
        #expect(sources("A rumour was spread by a Pyongyang source who spoke to reporters.").isEmpty)
    }
}
