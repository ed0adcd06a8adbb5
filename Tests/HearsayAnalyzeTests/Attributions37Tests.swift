import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Attributions (thirty-seventh session, helper spk37): attributions after and before a quotation
/// that lost the quotation altogether. Every sentence is written for these tests.
@Suite struct Attributions37Tests: QuoteSuite {
    @Test func aPortfolioBeforeATitleIsNoGluedOpener() {
        let s = story(
            "The agriculture minister flew to Orlen on Monday.\n\n\"The quota talks are over and nothing was signed,\" Agriculture Minister Tova Rask told reporters.")
        #expect(speaker(s, "quota talks are over") == "Tova Rask")
    }

    @Test func aNounForABodyBeforeItsNameAfterTheQuotation() {
        let s = story(
            "The tenants say they were told to leave by June.\n\n\"Our client has no plans to sell the block,\" law firm Brindle Harte said. \"The eviction story is false.\"")
        #expect(speaker(s, "no plans to sell the block") == "Brindle Harte")
    }

    @Test func aPossessiveRoleAndANameInCommasBeforeTheVerb() {
        let s = story(
            "The permit scheme starts in May.\n\n\"A scheme with no trial run is asking for trouble,\" Glenfare's chief executive, Moira Tull, told Valley Radio. \"Test it first.\"")
        #expect(speaker(s, "no trial run is asking for trouble") == "Moira Tull")
    }

    @Test func aShopNamedForItsFounderSpeaksAfterTheQuotation() {
        let s = story(
            "Three stores are on the list.\n\n\"Lease talks are a routine part of trading,\" Pellow's said.")
        #expect(speaker(s, "Lease talks are a routine part") == "Pellow's")
    }

    @Test func aShopNamedForItsFounderReportsSpeech() {
        let s = story(
            "Three stores are on the list.\n\nPellow's said talks with landlords were \"a routine part of trading\" and nothing more.")
        #expect(speaker(s, "a routine part of trading") == "Pellow's")
    }

    @Test func anAdverbBetweenTheAuxiliaryAndTheVerb() {
        let s = story(
            "The league met in Varna on Friday.\n\nThe league's press office had earlier said: \"We never discuss new franchises before the board votes.\"")
        #expect(speaker(s, "never discuss new franchises") == "The league's press office")
    }

    @Test func heWentOnIsSaying() {
        let s = story(
            "\"We are not bringing back the night shift,\" Mr Orrin told the board.\n\n\"There is no plan, no memo, nothing,\" he went on.")
        #expect(speaker(s, "no plan, no memo, nothing") == "Orrin")
    }

    @Test func aShortFormInBracketsAfterTheName() {
        let s = story(
            "Two centres paused their programmes this month.\n\nThe Organ Sharing Board (OSB) said it \"does not comment on a single centre\" until it is notified.")
        #expect(speaker(s, "does not comment on a single centre") == "Organ Sharing Board")
    }

    @Test func aSpousesWordInARelativeClauseGivesNoGender() {
        let s = story(
            "The board chair, Oskar Brandt, could not be reached.\n\nIlse Marr, who runs the inn with her husband, confirmed that she had been warned. \"We were told the lease would end,\" she said.")
        #expect(speaker(s, "told the lease would end") == "Ilse Marr")
    }

    @Test func anAgeAfterANameInApposition() {
        let s = story(
            "Customers queued in the rain.\n\nHis brother, retired miner Evan Pryce, 74, said the closure was \"a slap in the face for the valley\".")
        #expect(speaker(s, "a slap in the face for the valley") == "Evan Pryce")
    }

    @Test func aFriendOfMineWhoSpeaksIsDescribed() {
        let s = story(
            "Brackmoor Country Park gets busier every year.\n\nA cousin of mine who leads walks on the moor told me: \"Nobody minds paying if the paths get fixed.\"")
        #expect(speaker(s, "Nobody minds paying") == "A cousin of mine who leads walks on the moor")
    }

    @Test func aPaperWithItsAddresseeSpeaksAfterTheQuotation() {
        let s = story(
            "The trust will meet in March.\n\n\"The car park cannot take another summer like the last,\" the report to the trustees states.")
        #expect(speaker(s, "cannot take another summer") == "the report to the trustees")
    }
}
