import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Faults found by reading the brief of a story written for the purpose (a football club's
/// manager reported to be sacked, denied, then sacked): each test fails without its rule.
@Suite struct UnseenStoryReviewTests: ClaimSuite, QuoteSuite {
    @Test func anOutletNamingItselfCitesNobody() {
        let articles = [
            Article(
                id: "a10000000", source: "a.txt", title: "Mill to close",
                body: "The Dunmore mill will close in May, three workers told the Valley Echo.", outlet: "The Valley Echo"),
            Article(
                id: "b20000000", source: "b.txt", title: "Mill closure reported",
                body: "The Dunmore mill will close in May, three workers told the Valley Echo.", outlet: "Riverside Post"),
        ]
        var draft = StoryDraft(id: "s", articles: articles)
        QuoteStage().run(&draft)
        let echo = draft.story.citations.first { $0.source.hasSuffix("Valley Echo") }
        #expect(echo?.articles == ["b20000000"])
    }

    @Test func dismissingAPersonIsNoDenial() throws {
        let s = analyse([
            ("Rovers poised to dismiss Brandt", "Kelby Rovers are poised to dismiss coach Ilse Brandt within days, the Kelby Echo understands, with the board said to have lost patience after a cup defeat on Tuesday."),
            ("Rovers deny coach Brandt will be sacked", "Kelby Rovers denied a report that the club is poised to dismiss coach Ilse Brandt within days."),
        ])
        let c = try core(s)
        let denials = c.actorStances.filter { $0.stance == .denies }
        #expect(!denials.isEmpty)
        #expect(denials.allSatisfy { $0.article == "art10000000" })
        // A classifier trained on denials reads "dismiss" as one; the scoop does not deny.
        #expect(c.articleStances.first { $0.article == "art00000000" }?.stance != .denies)
    }

    /// Scoop (day 1), denial (day 2), the club confirming it (day 3).
    let reversal: [(String, String)] = [
        ("Kelby Rovers to sack coach Ilse Brandt", "Kelby Rovers will sack coach Ilse Brandt this week, two people close to the board told the Kelby Echo."),
        ("Rovers deny Brandt report", "Kelby Rovers denied a report in the Kelby Echo that coach Ilse Brandt would be sacked, saying she kept the board's support."),
        ("Kelby Rovers confirm Brandt exit", "Kelby Rovers confirmed on Friday that they had sacked coach Ilse Brandt, two days after backing her."),
    ]

    @Test func aPartyThatDeniesAndLaterConfirmsHasConfirmed() throws {
        let c = try core(analyse(reversal))
        #expect(c.status == .confirmed)
        #expect(c.statusSince == "2026-03-03")
        #expect(c.statusReason?.contains("had denied it (2026-03-02)") == true)
        // Reported the other way round, the later denial stands.
        let reversed = try core(analyse([reversal[0], reversal[2], reversal[1]]))
        #expect(reversed.status == .denied)
    }

    @Test func aHeadlineReportingAConfirmationDoesNotWordTheClaim() {
        let titles = ["Kelby Rovers set to sack coach Ilse Brandt", "Kelby Rovers confirm coach Ilse Brandt sacking"]
        let articles = titles.enumerated().map { i, t in Article(id: "art\(i)", source: "t\(i).txt", title: t, body: "The board met.") }
        let draft = StoryDraft(id: "s", articles: articles)
        let parties = Parties(draft.story, articles: draft.articles, documents: draft.documents)
        #expect(ClaimCandidates.headlines(draft, parties: parties).map(\.article) == [0])
    }

    @Test func aParticipleOfTheDenierIsNoPartOfTheClaim() {
        let s = analyse(reversal)
        #expect(!s.claims.contains { $0.text.contains("saying") })
    }

    @Test func aSentenceRestatingTheHeadlinesIsNoSecondaryClaim() throws {
        let s = analyse([
            ("Kelby Rovers to sack coach Ilse Brandt", "The club has lost patience after five defeats, the Kelby Echo understands."),
            ("Kelby Rovers set to sack coach Ilse Brandt", "The board met on Sunday."),
            ("Kelby Rovers ready to sack coach Ilse Brandt", "Coach Ilse Brandt is facing the sack at Kelby Rovers, according to the Kelby Echo."),
        ])
        let c = try core(s)
        #expect(c.text.contains("sack"))
        #expect(!s.claims.contains { !$0.isCore && $0.text.contains("facing the sack") })
    }

    /// A takeover story: the scoop (day 1), a rewrite (day 2), the target's denial (day 3),
    /// the buyer announcing the deal (day 4).
    let takeover: [(String, String)] = [
        ("Acme Foods in talks to buy Bolt Snacks for $2 billion", "Acme Foods is in talks to buy Bolt Snacks for about $2 billion, according to people familiar with the matter."),
        ("Acme said to near $2 billion Bolt deal", "Acme Foods is nearing a deal to buy Bolt Snacks, the Ledger reported."),
        ("Bolt says it is not for sale", "Bolt Snacks said on Thursday it was not in talks to sell itself."),
        ("Acme agrees to buy Bolt for $2.1 billion", "Acme Foods said on Monday it had agreed to buy Bolt Snacks for $2.1 billion in cash."),
    ]

    @Test func aPartySayingTheClaimOfItselfIsOnRecord() throws {
        let c = try core(analyse(takeover))
        let stance = { (who: String) in Set(c.actorStances.filter { $0.actor.contains(who) }.map(\.stance)) }
        #expect(stance("Bolt") == [.denies])
        #expect(stance("Acme") == [.supports])
        // "Acme said to near a deal" is a report's hedge: nobody speaks in the headline.
        #expect(!c.actorStances.contains { $0.article == "art10000000" })
        // The buyer, whose act the claim tells, announcing the deal after the target's
        // denial settles it (twelfth review: `ClaimStage.overtakenByActor`).
        #expect(c.status == .confirmed)
        #expect(c.statusSince == "2026-03-04")
        #expect(c.statusReason == "Confirmed by Acme Foods; nobody on record denies it now. Bolt Snacks had denied it (2026-03-03).")
    }

    @Test func aSpeakersRoleInAnotherArticleTiesTheQuoteToTheParty() throws {
        let c = try core(analyse([
            takeover[0],
            ("Bolt rules out a sale", "\u{201C}Bolt is not for sale. We are not in talks with anyone,\u{201D} chief executive Tom Ashby said."),
            ("Acme approach reported", "Bolt Snacks chief executive Tom Ashby spoke to staff on Friday, the Ledger reported."),
        ]))
        #expect(c.actorStances.contains { $0.actor.contains("Bolt") && $0.stance == .denies && $0.quote != nil })
    }

    @Test func theFirstReportsHeadlineWordsAGroupOfHeadlines() {
        let headlines = ["Acme in talks to buy Bolt", "Acme agrees to buy Bolt for $2.1 billion", "Acme to buy Bolt for $2.1 billion in cash"]
        let group = headlines.enumerated().map { a, text in
            var c = ClaimCandidate(article: a, sentence: 0, text: text, content: ClaimWords.content(text), parties: [])
            c.headline = true
            return c
        }
        // By agreement alone a later headline, which words what became of the claim, wins.
        #expect(ClaimCandidates.representative(group).article != 0)
        #expect(ClaimCandidates.wording(group, dates: ["2026-03-01", "2026-03-05", "2026-03-06"]).article == 0)
        // Without every date no first report is told (the rumour's form may still word it).
        #expect(ClaimCandidates.firstReport(group, dates: ["2026-03-01", nil, "2026-03-06"]) == nil)
    }

    @Test func aPluralPossessiveStaysInTheRole() {
        let s = story("\u{201C}It cannot go on,\u{201D} said Noor Haddad, secretary of the Kelby Tenants\u{2019} Association.")
        #expect(s.people.first { $0.name == "Noor Haddad" }?.roles == ["secretary of the Kelby Tenants\u{2019} Association"])
    }

    @Test func aClubNameIsNoPersonWithARole() {
        let s = story("Kelby Rovers host Ashby Athletic on Saturday, the club said.")
        #expect(!s.people.contains { $0.name == "Ashby Athletic" })
    }

    /// Dates of one sentence against a Wednesday, 2026-03-11.
    func dates(_ sentence: String) -> [String] {
        DateExpressions.find(in: TextDocument(sentence), reference: DateSpan.parseISO("2026-03-11")).map(\.span.iso)
    }

    @Test func theVerbNearestAWeekdaySetsItsDirection() {
        #expect(dates("The board backed the coach on Tuesday, but few think she will last the season.") == ["2026-03-10"])
        #expect(dates("She said she will step down on Friday.") == ["2026-03-13"])
    }

    @Test func aMonthOfLastYear() {
        #expect(dates("She joined in January last year from a rival club.") == ["2025-01"])
    }
}
