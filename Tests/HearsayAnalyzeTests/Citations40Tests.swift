import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// The ways an article credits an outlet, an account or a paper that writers who never saw
/// Hearsay used (fortieth session). Every sentence is written for these tests.
@Suite struct Citations40Tests: QuoteSuite {
    func documents(_ s: Story) -> [Citation] { s.citations.filter { $0.kind == .document } }

    @Test func anOutletCarriesAStoryOn() {
        // It goes further, puts a figure at a number, picks the story up, gets its hands on a paper.
        #expect(sources("The Ferrow Gazette went further, claiming the pier would shut in May.").contains("Ferrow Gazette"))
        #expect(sources("The Morning Lamp later put the number of jobs at 40.").contains("Morning Lamp"))
        #expect(sources("The Quay Herald has since put the cost at £4m.").contains("Quay Herald"))
        #expect(sources("The Tolly Press Service news agency also picked up the story.").contains("Tolly Press Service"))
        #expect(sources("The local Tidewater newspaper got its hands on a draft of the plan.").contains("Tidewater"))
        #expect(sources("The claim was later picked up by the Corran Wire agency.").contains("Corran Wire"))
        #expect(sources("As reported by the Brill Herald, and later by the news agency KPA, the fee would double.").contains("KPA"))
        // A person going further cites nobody.
        #expect(sources("Jo Roe went further, calling the plan a disgrace.").isEmpty)
    }

    @Test func oneOfTheOutletsNamed() {
        #expect(sources("The rumour was repeated by several websites, including The Gull Rattle.").contains("Gull Rattle"))
        #expect(sources("GullWatch was among the sites that picked it up overnight.").contains("GullWatch"))
        // Not a list of outlets: "including" after places names no source.
        #expect(sources("The trial ran at 40 sites in six countries, including Norway.").isEmpty)
    }

    @Test func anAccountNamedByItsPlatform() {
        #expect(sources("The clip was first posted on Sunday by a TikTok account called Marsh Truths.").contains("Marsh Truths"))
        #expect(sources("The clip was posted shortly after 3am by the local news account Fenby Alerts.").contains("Fenby Alerts"))
        #expect(sources("Dale Amos posted the footage on his Kettle Skies channel on Monday.").contains("Kettle Skies"))
    }

    @Test func aBodyNamedAfterWhatItIs() {
        #expect(sources("Downloads rose by a third, according to the analytics firm Countwise.").contains("Countwise"))
        #expect(sources("It holds a fifth of the market, according to retail data firm ShelfSense.").contains("ShelfSense"))
        // A person after the role is no source.
        #expect(sources("Sales fell, according to chief financial officer Hana Roe.").isEmpty)
    }

    @Test func aBroadcasterAndAFactChecker() {
        #expect(sources("On Monday Jo Roe went further on Tarn FM's breakfast programme.").contains("Tarn FM"))
        #expect(sources("The fact-checking site TruthTally ruled on Monday that the letter was false.").contains("TruthTally"))
        #expect(sources("The firm has posted on the social network Chatter: \"We are aware of an issue.\"").contains("Chatter"))
        #expect(
            sources("Dock & Dune, a subscription newsletter widely read by brokers and ship owners, reported on Tuesday that a deal was close.")
                .contains("Dock & Dune"))
    }

    @Test func aTitleThatSpeaksIsNoPerson() {
        let s = story("Yes. Harbour Standard reports that the office is \"looking into it\".")
        #expect(s.citations.contains { $0.source == "Harbour Standard" })
        #expect(!s.people.contains { $0.name == "Harbour Standard" })
    }

    @Test func aCompanysOwnAnnualReport() {
        let s = story(
            "The fund's funding ratio fell to 91 percent, according to its annual report.",
            "The fund published its annual report in March.")
        #expect(documents(s).first { $0.source.hasSuffix("report") }?.articles.first == "art00000000", "\(documents(s))")
        // An annual report named without a citing phrase is no source.
        #expect(documents(story("The fund published its annual report in March.")).isEmpty)
    }

    @Test func theMinutesOfAMeeting() {
        let s = story(
            "The bakery will close, according to minutes of a board meeting seen by the Tarn Post.",
            "The paper says it has seen minutes of a private meeting of the board.",
            "The minutes record that members agreed in principle to sell.",
            "Staff were told within minutes of the vote, and the meeting lasted 40 minutes.")
        let minutes = documents(s).first { $0.source.hasSuffix("minutes") }
        #expect(minutes?.articles == ["art00000000", "art10000000", "art20000000"], "\(documents(s))")
    }
}

/// An account's handle and a platform's account in articles that name them without a citing
/// phrase (fortieth session).
@Suite struct NamedSources40Tests {
    @Test func aHandleWithItsSignAndAPlatformBeforeAccount() {
        let body = "The account that first posted the clip, @quaywatch_9, has since been suspended."
        let doc = TextDocument(body)
        var citations = [Citation(source: "quaywatch_9", articles: ["a9"])]
        let article = Article(id: "a0", source: "t0.txt", title: "", body: body)
        NamedSources.extend(&citations, articles: [article], documents: [doc])
        #expect(citations[0].articles.contains("a0"))
        #expect(NamedSources.creditedSpan("Chirpline", in: TextDocument("The Chirpline account @roe removed the clip.")) != nil)
        // "X's account of events" is no account on a platform.
        #expect(NamedSources.creditedSpan("Chirpline", in: TextDocument("Chirpline's account of events was short.")) == nil)
    }
}
