import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Ways of citing a source found missed (or wrongly taken) in a fifth review of unseen web
/// stories, each in sentences written for these tests.
@Suite struct CitationFifthReviewTests: QuoteSuite {
    @Test func aNameInQuotationMarksAfterAnOutletNoun() {
        #expect(sources("According to the daily \u{201C}Vecernji glas\u{201D} the clinic has closed.") == ["Vecernji glas"])
    }

    @Test func aLowerCaseNameAfterAnOutletNoun() {
        #expect(sources("According to the portal newsbeat, the mayor may resign on Friday.") == ["newsbeat"])
    }

    @Test func viaOnALineOfItsOwn() {
        #expect(sources("The mayor denied it on Monday.\nVia Chirpnet: @harbourmayor\nShe later deleted the post.") == ["Chirpnet"])
    }

    @Test func aPluralNounOrAHyphenatedAdjectiveIsNoSource() {
        #expect(sources("The boy was sent home. Nurses then learned that he had a fever.").isEmpty)
        #expect(sources("Reports in Gaelic-language newspapers said the ferry had sunk.").isEmpty)
    }

    @Test func aPersonWhoWritesIsNoOutlet() {
        #expect(sources("Fenwick Roe wrote that the plan had failed before it began.").isEmpty)
        #expect(sources("The Marsh Ledger wrote that the plan had failed.") == ["Marsh Ledger"])
    }
}
