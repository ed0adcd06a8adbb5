import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Seventeenth review (scored stories): shapes of sourcing that stories by writers who never
/// ran Hearsay use and the citation finder did not read. Every sentence is written for these
/// tests, on topics no story of ours has.
@Suite struct Citations21Tests: QuoteSuite {
    @Test func aPlatformAccountIsASource() {
        #expect(sources("The rumour began with a post by the anonymous account @DockWatch on Chirper.") == ["@DockWatch"])
        #expect(sources("The account @FerryFacts posted a photograph of the damaged hull.") == ["@FerryFacts"])
        #expect(sources("The clip was first shared on Sunday by an account called @TideTalk.") == ["@TideTalk"])
        // "By his own account" names no account.
        #expect(sources("By his own account, Jo Roe left the meeting early.").isEmpty)
    }

    @Test func anAdverbAfterTheAuxiliary() {
        #expect(sources("The verification service ClaimWatch has since rated the photograph false.") == ["ClaimWatch"])
        #expect(sources("The Valley Reporter had also reported that the depot would shut.") == ["Valley Reporter"])
        // A name without an outlet's look that "has also claimed" something speaks for itself.
        #expect(sources("Quill has also claimed that his parents think he is a plumber.").isEmpty)
    }

    @Test func aRelativeClauseBetweenTheOutletAndItsVerb() {
        #expect(sources("Dockside Weekly, which covers the shipping trade, reported on Monday that the berth would close.") == ["Dockside Weekly"])
        #expect(sources("The Orchard Gazette, which is owned by a farming cooperative, revealed the plan last week.") == ["Orchard Gazette"])
        // A company described the same way reports its own accounts, not news.
        #expect(sources("Brindle Foods, which makes frozen pies, reported a loss of four million pounds.").isEmpty)
    }

    @Test func anOutletDescribedWithAnAdjective() {
        #expect(sources("The mine will close, according to the specialist newsletter Ore Digest.") == ["Ore Digest"])
        #expect(sources("It followed a report by the regional broadcaster Fenland Two that the vote was delayed.") == ["Fenland Two"])
    }

    @Test func anOutletAddressesItsAudience() {
        #expect(sources("Fenland Two told viewers on Friday that the ferry would be sold.", "The sale was first reported by Fenland Two.") == ["Fenland Two"])
        #expect(sources("Marsh Radio told its listeners the race had been called off.") == ["Marsh Radio"])
        #expect(sources("Ilse Brandt told viewers at the close of Friday's Harbour Hour that she was retiring.") == ["Harbour Hour"])
        // A person addressing an audience is no outlet.
        #expect(sources("Ilse Brandt told viewers she was retiring.").isEmpty)
    }

    @Test func anOutletsEditorSpeaksForItsReporting() {
        #expect(sources("Ore Digest's editor, Pavel Novak, said the newsletter stood by its story.") == ["Ore Digest"])
        // A writer's credit line names the outlet they write for, not a source.
        #expect(sources("Pavel Novak is an Ore Digest reporter.").isEmpty)
        // A company's editor is no outlet's.
        #expect(sources("Brindle Foods's editor, Pavel Novak, said the recipes were new.").isEmpty)
    }

    @Test func thePlatformAPostTravelledOn() {
        #expect(sources("The video, posted on Chirper on Monday, was shared by thousands.", "The clip was viewed more than 2 million times on Chirper before it was removed.")
            == ["Chirper"])
        #expect(sources("The video was posted on Chirper.", "The clip spread rapidly across Chirper within an hour.") == ["Chirper"])
        // A place the news spread across is no source.
        #expect(sources("The news spread across Bavaria within an hour.").isEmpty)
    }
}

/// A paragraph of speech after a lead-in that names the words as someone's own.
@Suite struct LeadIn21Tests: QuoteSuite {
    func credited(_ body: String) -> [String?] { QuoteTestSupport.story([body]).quotes.map(\.speaker) }

    @Test func aPossessiveStatementBeforeAColon() {
        #expect(credited("Mayor Greta Lund replied within the hour. Here is her statement in full:\n\u{201C}The harbour stays open. Nobody is selling anything.\u{201D}") == ["Greta Lund"])
        #expect(credited("Coach Tomas Berg has broken his silence. His short post read:\n\u{201C}I am staying. The club knows that.\u{201D}") == ["Tomas Berg"])
        // A statement no possessive gives to anyone is not the last-named person's.
        #expect(!credited("Tomas Berg has not commented. A statement read:\n\u{201C}I am staying. The club knows that.\u{201D}").contains("Tomas Berg"))
    }
}
