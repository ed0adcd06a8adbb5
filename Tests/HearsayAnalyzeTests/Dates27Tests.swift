import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases from the twenty-first session's date contradictions: what a date hangs from
/// ("completed in 1886"), a one-date sentence reworded, and what keeps unrelated dates
/// apart (a qualified noun, "the treaty of 2009", a vague report date). Own sentences, invented names.
@Suite struct Dates27Tests: DateSuite {
    @Test func theWordADateHangsFromTiesRewordedSentences() {
        let found = dates([
            "The cathedral organ, rebuilt in 1911, still draws players from across the region.",
            "Visitors queue for the organ, which was rebuilt in 1913 after a fire gutted the choir.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["1911", "1913"])
    }

    @Test func aNounBeforeTheDateIsAmongTheWordsTheOtherHangsFrom() {
        let found = dates([
            "The county plans to shut the ferry terminal on 30 June and lease the pier.",
            "A spokesman said the ferry terminal would shut at the end of July instead, and the pier with it.",
        ])
        #expect(found.count == 1)
    }

    @Test func oneNounQualifiedTwoWaysNamesTwoHappenings() {
        #expect(dates([
            "She won the regional trials on 3 June by a wide margin.",
            "She finished fifth at the national trials in August, her coach recalled.",
        ]).isEmpty)
    }

    @Test func sharingANounIsNotHangingFromIt() {
        // "Opened in 1964" and "the depot closing in 2028": one depot, two happenings.
        #expect(dates([
            "The Harlow Road depot opened in 1964 and once housed 200 buses.",
            "Drivers say management sees the depot closing in 2028 with routes moving north.",
        ]).isEmpty)
    }

    @Test func aDateNamingWhichOneIsNoWhen() {
        #expect(dates([
            "Talks stalled over the accord of 2011 that capped the harvest.",
            "The two sides signed an accord in 1997 to cap the harvest.",
        ]).isEmpty)
    }

    @Test func aOneDateSentenceRewordedDatesTheSameHappening() {
        let found = dates([
            "\u{201C}Tenants must leave the Pell Street towers by 15 September to allow demolition,\u{201D} the notice reads.",
            "According to the notice, tenants must leave the Pell Street towers to allow demolition, with evictions starting on October 15.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["15 September", "October 15"])
    }

    @Test func aCapitalisedWeekendAfterTheFirstWordIsAName() {
        let tokens = WordTokens.tokens(Array("The Weekend Courier said so.".unicodeScalars), in: 0..<27)
        #expect(DateExpressions.find(in: tokens, reference: DateSpan.parseISO("2026-05-04")).isEmpty)
        let plain = WordTokens.tokens(Array("It rained over the weekend.".unicodeScalars), in: 0..<27)
        #expect(!DateExpressions.find(in: plain, reference: DateSpan.parseISO("2026-05-04")).isEmpty)
    }

    @Test func aVagueReportDateIsNoDayOfTheHappening() {
        // "Over the weekend" dates the report; "from 1 July" the rise it reports.
        #expect(dates([
            "Bus fares will rise by 9 per cent from 1 July, the Morning Ledger reported on Saturday.",
            "Over the weekend the Morning Ledger reported that bus fares would rise by 9 per cent.",
        ]).isEmpty)
    }

    @Test func twoDatesOfOneSentenceAreTwoHappenings() {
        // The report's own date joins no group of the date it reports.
        let found = dates([
            "Bus fares will rise from 1 July, the Morning Ledger reported on 2 May.",
            "Bus fares will rise from 1 June, the Morning Ledger reported on 2 May.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["1 July", "1 June"])
    }
}
