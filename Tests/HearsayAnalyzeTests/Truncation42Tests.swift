import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-second session: a sentence may stop anywhere (a truncated feed item, a paragraph
/// cut by a page's layout), and a rule that looks a few words past its trigger must not
/// read past the sentence's end. All sentences invented for these tests.
@Suite struct Truncation42Tests: ClaimSuite {
    @Test func aSourceWhoEndingTheSentence() {
        // The relative clause after "who" has no verb of telling to find: no sourcing, no trap.
        #expect(phrases("The blog said it had relied on an insider who") == ["an insider"])
        #expect(phrases("The blog said it had relied on a source who").isEmpty)
    }

    /// Every word-prefix of a lede dense in sourcing, attribution and claim phrasing, as the
    /// third article of a story: the whole analysis runs on each.
    @Test func everyPrefixOfADenseLedeIsAnalysed() {
        let lede = "Bad news for anglers: the Tarrow weir will close next spring, not autumn, according to a source who "
            + "saw minutes of a meeting, two people familiar with the plans told the Gazette, citing officials close to "
            + "the board who said that the trust had denied claims that it was in talks. \"We never comment,\" said a "
            + "spokesperson, who added: \"Rumours are rumours.\""
        let words = lede.split(separator: " ")
        for n in 1...words.count {
            let story = analyse([
                ("Tarrow weir to close, Gazette says", "The Tarrow weir will close next spring, the Riverside Gazette reported on Monday, citing two people close to the trust."),
                ("Trust said to be closing Tarrow weir", "The Tarrow weir is to close, according to the Riverside Gazette. The trust did not answer calls."),
                ("Tarrow weir closure", words.prefix(n).joined(separator: " ")),
            ])
            #expect(story.articles.count == 3)
        }
    }
}
