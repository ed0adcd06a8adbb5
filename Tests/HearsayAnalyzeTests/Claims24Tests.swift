import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, eighteenth review, second round (scored stories): the claim's origin.
/// All sentences invented for these tests.
@Suite struct Claims24Tests: ClaimSuite {
    /// A masthead, section or date line above a claim ("Harbour Radio · Politics · 3 June
    /// 2026") credits nobody: the outlet publishing a report is not thereby its origin.
    /// A sentence naming an outlet, with any lower-case word, still does.
    @Test func aMastheadLineCreditsNobody() {
        #expect(ClaimEvidence.isMastheadLine("Harbour Radio · Politics · 3 June 2026"))
        #expect(ClaimEvidence.isMastheadLine("The Tollbridge Examiner"))
        #expect(ClaimEvidence.isMastheadLine("SPORT | Updated 14:05 BST"))
        #expect(!ClaimEvidence.isMastheadLine("Harbour Radio reported the plan on Monday."))
        #expect(!ClaimEvidence.isMastheadLine("According to Harbour Radio, the pier will close."))
    }

    /// A rumour no outlet or account is credited with began where the story says a post
    /// carrying it appeared or spread, even when the claim's own sentences name no network.
    @Test func aPostThatAppearedOnANetworkIsTheOrigin() throws {
        let story = analyse([
            ("No, Larkfield Zoo is not closing for good",
             "Larkfield Zoo has not closed for good, despite a viral message claiming it had shut its gates after losing its licence.\nA post making the claim appeared in a WhatsApp group for local parents on Friday and has been forwarded thousands of times.\nThe zoo said it was open as usual."),
            ("Zoo hits back at closure rumour",
             "Larkfield Zoo has hit back at false reports that it has closed for good.\nThe rumour began with a post shared on WhatsApp, staff said.\n\"We are open seven days a week,\" said director Amal Fenwick."),
            ("Larkfield Zoo open as normal",
             "Visitors queued at Larkfield Zoo on Saturday, a day after rumours that it had closed for good.\nThe zoo said its licence had been renewed in May."),
        ])
        #expect(try core(story).origin == "WhatsApp")
    }

    /// A party's answer given in a post ("said in a post on Instagram") is not the rumour's
    /// post: with no verb of appearing, posting or spreading, the network is no origin.
    @Test func aPartysPostIsNoOrigin() {
        let draft = StoryDraft(id: "s", articles: [
            Article(id: "a1", source: "a.txt", title: "Singer denies retirement",
                body: "Mara Quell will retire from touring, a fan site claimed.\n\nQuell said in a post on Instagram that she would tour next year."),
            Article(id: "a2", source: "b.txt", title: "Quell to keep touring",
                body: "Mara Quell has no plans to retire, she wrote in a post on Instagram.\n\nHer label said the tour was on sale."),
        ])
        #expect(ClaimEvidence.postPlatform(draft) == nil)
        // The same network with posts that spread the rumour is its origin.
        let spread = StoryDraft(id: "s", articles: [
            Article(id: "a1", source: "a.txt", title: "Singer to retire?", body: "Posts claiming Mara Quell will retire spread on Instagram on Sunday."),
            Article(id: "a2", source: "b.txt", title: "Quell rumour", body: "The rumour surfaced in a post on Instagram over the weekend."),
        ])
        #expect(ClaimEvidence.postPlatform(spread) == "Instagram")
    }
}
