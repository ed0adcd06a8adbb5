import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers and sources found wrong in a sixth review of unseen web stories, each in
/// sentences written for these tests.
@Suite struct QuoteSixthReviewTests: QuoteSuite {
    @Test func aNameInsideAnAppositionIsNotTheSpeaker() {
        let s = story(
            "Greta, a waitress at The Copper Kettle, who asked that her surname be withheld, said: \u{201C}The kettle never whistles after six.\n\n"
                + "\u{201C}Nobody has complained to us.\u{201D}")
        #expect(speaker(s, "never whistles") == "Greta")
        #expect(speaker(s, "Nobody has complained") == "Greta")
    }

    @Test func anOutletAfterTells() {
        #expect(sources("But an aide to the skater tells The Weekly Ledger that the photo is old.").contains("Weekly Ledger"))
    }

    @Test func anOutletOverAt() {
        #expect(sources("So a columnist over at Gossipwire is sure the skater has retired.").contains("Gossipwire"))
    }

    @Test func anOutletThatRanOrHasTheStory() {
        #expect(sources("A fan spotted the skater first, and Gossipwire then ran a story naming her coach.").contains("Gossipwire"))
        #expect(sources("Readers of Rinkside saw the photo first. Rinkside has the backstory of how fans found it.").contains("Rinkside"))
    }

    @Test func aWireCreditInADateline() {
        #expect(sources("OSLO (AP) \u{2014} The skater denied on Monday that she had retired.").contains("AP"))
        #expect(sources("LONDON (Reuters) - The skater denied on Monday that she had retired.").contains("Reuters"))
        // A party's initials after a person's name are no wire service.
        #expect(!sources("Senator Ola Dahl (D) said on Monday that the rink would stay open.").contains("D"))
    }
}
