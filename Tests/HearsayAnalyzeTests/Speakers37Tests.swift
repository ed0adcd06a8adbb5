import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers (thirtieth session): whom a speaker tells, a platform's account, a paper referred
/// back to, the unnamed voices of a story (a relative clause, a definite description kept
/// unnamed, "one" of a group of shoppers, a "whose" aside), bodies of members named across a
/// plural's possessive, "the two people" referring back. Every sentence is
/// written for these tests.
@Suite struct Speakers37Tests: QuoteSuite {
    @Test func whomASpeakerTellsIsNoLaterPronounsAntecedent() {
        let s = story(
            "Ana Petrov, the mayor of Dunfield, said she had asked for a meeting with the owners.\n\n\"The mill is part of who we are,\" the mayor told Le Matin.\n\nShe added that the town had helped the firm for years. \"We have been good partners. We expect to be treated as partners.\"")
        #expect(speaker(s, "good partners") == "Ana Petrov")
    }

    @Test func whatAGovernedNameOwnsIsGovernedToo() {
        let s = story(
            "Speaking on Valley Radio's Breakfast Hour programme, Mira Dunne said the reservoir mattered to everyone.\n\n\"I am not here to judge anybody,\" she said.")
        #expect(speaker(s, "not here to judge") == "Mira Dunne")
    }

    @Test func aRoleNamedAfterThePersonTakesTheLaterPronoun() {
        // "he" is the chairman's, so Mira Dunne is not learned to be a man.
        let s = story(
            "Local councillor Mira Dunne has asked the board to meet after a newspaper reported that its chairman had been questioned, a report he denies.\n\nHis lawyer, Pavel Grant, said in a statement that \"Mr Holt has done nothing wrong.\"\n\nSpeaking on local radio, Councillor Dunne said the harbour mattered.\n\n\"I am not here to judge anybody,\" she said.")
        #expect(speaker(s, "not here to judge") == "Mira Dunne")
    }

    @Test func aPlatformsAccountSpeaksNotThePlatform() {
        let s = story(
            "The screenshot was first posted on Tuesday by the Chirpy account @LoafLeaks, which has 48,000 followers, with the message: \"The Harlow bakery is about to close. Full email below.\"",
            "The claim began with a post on Chirpy by the account @crumb_truths on Monday. \"BREAKING: the Harlow bakery uses sawdust,\" the post said.",
            "The Chirpy account @crumbwatch removed the clip on Tuesday, four days after posting it. In a brief follow-up post, it said: \"I got this wrong and I am sorry, the video is down.\"")
        #expect(speaker(s, "about to close") == "@LoafLeaks")
        #expect(speaker(s, "uses sawdust") == "@crumb_truths")
        #expect(speaker(s, "I got this wrong") == "@crumbwatch")
    }

    @Test func aPostCreditedInItsOwnPhraseIsTheAccounts() {
        let s = story(
            "Claim: A post on Chirpy says the bakery uses sawdust.\n\nThe post, from the account @CrumbWatch, read: \"BREAKING: the Harlow bakery uses sawdust in its bread.\" It was shared widely.")
        #expect(speaker(s, "sawdust in its bread") == "@CrumbWatch")
    }

    @Test func aPaperReferredBackSpeaksForItsSigner() {
        let s = story(
            "Harlow Mutual will stop selling flood cover, according to an internal memo seen by the Ledger.\n\nThe two-page memo, signed by Declan Royce, the director of personal lines, tells brokers to stop quoting.\n\nExisting customers keep their cover.\n\nBrokers estimate that 9,000 homes are affected.\n\nThe memo gives a blunt reason. \"Our exposure in this valley is no longer one we can carry,\" it says.")
        #expect(speaker(s, "no longer one we can carry") == "Declan Royce")
    }

    @Test func aLeakedPaperNobodySignedIsNoOutlets() {
        let s = story(
            "Harlow Chemists plans to shut 200 shops, according to a leaked internal memo seen by the Ledger.\n\nThe memo singles out what it calls \"low-footfall high-street sites\" in market towns.")
        #expect(speaker(s, "low-footfall") == "the memo")
    }

    @Test func aRelativeClauseAfterAWorkerIsReadBackToTheWorker() {
        let s = story(
            "Analyst Tom Quarrie said the logic was obvious.\n\nA Parcelco driver who has worked at the Ellerby depot for 12 years told the Post: \"We have heard nothing from management. Nobody is moving.\"")
        #expect(speaker(s, "heard nothing from management")?.hasPrefix("A Parcelco driver") == true)
    }

    @Test func aDefiniteDescriptionKeptUnnamedTakesTheLaterPronoun() {
        let s = story(
            "Dean Adrian Loxley said the school would stay open.\n\nNews of the minutes spread quickly. The mother of a Year 6 pupil, who asked not to be named because her son still has two years at the school, said she had heard nothing.\n\n\"My son sings eight services a week. We were told nothing,\" she said.")
        #expect(speaker(s, "eight services") == "the mother of a Year 6 pupil")
    }

    @Test func oneOfTheShoppers() {
        let s = story(
            "Shoppers were quick to share their dismay online. One wrote on Facebook: \"This is where my nan bought my christening gown. The town centre is finished.\"")
        #expect(speaker(s, "christening gown") == "one shopper")
    }

    @Test func aWhoseAsideAfterAnUnnamedPerson() {
        let s = story(
            "One worried mum, whose daughter is in her first year, told the Beacon: \"We chose Saltmarsh because it was close to home.\"")
        #expect(speaker(s, "close to home") == "One worried mum")
    }

    @Test func aBodyOfMembersNamedAcrossAPluralsPossessive() {
        let s = story(
            "The Household Insurers' Forum said its members \"make their own decisions about the risks they write\".",
            "Velmar Airways is cutting pay.\n\nUnion boss Rufus Ambrey, general secretary of the Airline Pilots' Guild, said his members would \"have the final word\".\n\nThe airline, which is partly owned by the state, said: \"We do not comment on ongoing negotiations.\"")
        #expect(speaker(s, "make their own decisions") == "Household Insurers' Forum")
        // "the airline" is no guild of airline pilots.
        #expect(speaker(s, "ongoing negotiations") != "Airline Pilots' Guild")
    }

    @Test func aBodysNameKeepsALeadingModifier() {
        let s = story(
            "The Regional Prosecution Office confirmed it had received a file. \"We have received a file from the police,\" a spokesperson for the office said.")
        #expect(speaker(s, "received a file from the police") == "Regional Prosecution Office")
    }

    @Test func summingUpIsSaying() {
        let s = story(
            "As the Harbour Star reported, Teodora Nash, the union's lead organiser, summed up the result in one line: \"These workers stood up to a company that tried to scare them.\"")
        #expect(speaker(s, "stood up to a company") == "Teodora Nash")
    }

    @Test func aBodyByItsModifiedKindIsTheOneWhoseNameEndsSo() {
        // "the office's board" makes "office" a noun for a body in this article.
        let s = story(
            "Harlow Foods faces a fine from the National Competition Office, the Daily reported. A draft decision has gone to the office's board, it said.\n\n\"We have cooperated fully with the regulator,\" a Harlow Foods spokeswoman said.\n\nThe competition office said it \"does not comment on ongoing investigations\".")
        #expect(speaker(s, "ongoing investigations") == "National Competition Office")
    }

    @Test func aParticipleInsideAReportedClauseIsThatClausesSubjects() {
        let s = story(
            "The Daily Brief reported today that Harlow Scooters had written to its suppliers warning it may enter \"a formal insolvency process\".\n\nMayor Ines Garrow on Tuesday denied that the council had decided to close any libraries, saying a leaked memo was \"a list of ideas, not a plan\".")
        #expect(speaker(s, "formal insolvency process") == "Harlow Scooters")
        // Set off by a comma, the participle is the main clause's.
        #expect(speaker(s, "a list of ideas") == "Ines Garrow")
    }

    @Test func aTradePaperPassesOnWhatTheMemoSays() {
        let s = story(
            "Harlow Lines plans to suspend its Amber service, the trade publication Boxline reported, citing an internal memo.\n\nThe memo described the service as \"structurally loss-making at current freight rates\", the trade paper said.")
        #expect(speaker(s, "structurally loss-making")?.hasSuffix("memo") == true)
    }

    @Test func theWatchdogIsTheAuthority() {
        let s = story(
            "The cable car safety watchdog has denied claims that the gondola was shut.\n\nThousands of holidaymakers heading to the resort for Easter were left worried after a newspaper claimed inspectors had found cracks.\n\nBut the National Cableway Safety Authority insists the story is wrong.\n\n\"We have not issued any closure order,\" a spokesman for the watchdog said.")
        #expect(speaker(s, "closure order") == "National Cableway Safety Authority")
    }

    @Test func nobodyIsNoName() {
        let s = story(
            "Harlow Bikes, which runs the scheme for Lanmouth City Council, has warned suppliers it may collapse, a newsletter reported.\n\nSo this is still a reported story. Nobody with the authority to confirm it has done so. The council says it is \"in contact with the operator\", which is what councils say.")
        #expect(speaker(s, "in contact with the operator") == "Lanmouth City Council")
    }

    @Test func theUserWhoPostedItIsALaterHe() {
        let s = story(
            "The Harlow Buzz page shared the letter on Monday.\n\nThe Chirpy user who first posted the letter told the Post he had been sent it by a friend. \"I genuinely thought it was real,\" he said.")
        #expect(speaker(s, "genuinely thought") == "the Chirpy user who first posted the letter")
    }

    @Test func aBareVoiceSpeaksForTheBodyNamedByItsNounBefore() {
        let s = story(
            "The Harlow Statistics Directorate admitted an error in the inflation figure.\n\nThe finance ministry said it had received the explanation and was studying it. \"The minister will respond once he has read it in full,\" a spokeswoman said.")
        #expect(speaker(s, "will respond once") == "the finance ministry")
    }

    @Test func theTwoPeopleAreThoseCloseToTheSale() {
        let s = story(
            "Halcyon is in line to buy the lighthouse, according to two people close to the sale.\n\nHalcyon was chosen as preferred bidder in October, the two people said. \"Halcyon have been preferred bidder for about a month,\" one of them said.")
        #expect(speaker(s, "preferred bidder for about a month") == "one of the people close to the sale")
    }

    @Test func aCapitalisedTradeOpeningTheSentenceIsNoOrganisation() {
        let s = story(
            "The art world is reeling after a post claimed the painting is a forgery. The painting has hung in the Vellinge Museum of Art since 1931.\n\nArt dealer Marcus Feeney said he was not surprised. \"I have always had my doubts.\"\n\nThe museum has called the report false. In a short statement it said the painting \"has never been the subject of any forgery finding\".")
        #expect(speaker(s, "forgery finding") == "Vellinge Museum of Art")
    }
}
