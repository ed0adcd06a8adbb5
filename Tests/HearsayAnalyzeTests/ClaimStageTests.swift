import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// The claims pass on small stories written for these tests.
@Suite struct ClaimStageTests {
    func analyse(_ bodies: [(String, String)]) -> Story {
        let articles = bodies.enumerated().map { i, a in
            Article(id: "art\(i)0000000", source: "t\(i).txt", title: a.0, body: a.1, published: "2026-03-0\(i + 1)")
        }
        return StoryAnalyzer.standard.analyze(id: "s", articles: articles)
    }

    let scoop = (
        "Harbor Airlines in merger talks with Skyward Air, paper says",
        """
        The Daily Ledger reported on Sunday that Harbor Airlines had held talks with Skyward Air about a merger, \
        citing three people familiar with the discussions.
        Harbor Airlines denied the report. "There is no truth to this story," said Ana Ruiz, a spokeswoman for Harbor Airlines.
        Skyward Air declined to comment.
        """
    )
    let followUp = (
        "Harbor Airlines rejects merger report",
        """
        According to the Daily Ledger, Harbor Airlines has discussed a merger with Skyward Air. \
        Harbor Airlines rejected the claim on Monday, and analysts said a deal would face scrutiny from regulators.
        Skyward Air also said nothing about the talks.
        """
    )
    let later = (
        "Skyward Air dismisses merger story",
        """
        Skyward Air on Tuesday dismissed the report that it had held merger talks with Harbor Airlines. \
        The Daily Ledger had claimed, citing unnamed sources, that the two airlines were close to a deal.
        """
    )

    func core(_ s: Story) throws -> Claim {
        try #require(s.claims.first { $0.isCore })
    }

    @Test func coreClaimNamesBothPartiesAndItsOriginAndSourcing() throws {
        let c = try core(analyse([scoop, followUp, later]))
        #expect(c.text.contains("Harbor Airlines") && c.text.contains("Skyward Air"))
        #expect(c.text.lowercased().contains("talks") || c.text.lowercased().contains("merger"))
        #expect(c.origin?.contains("Daily Ledger") == true)
        #expect(c.sourcing == "three people familiar with the discussions")
    }

    @Test func denialsFromQuotesAndReportedSpeech() throws {
        let c = try core(analyse([scoop, followUp, later]))
        let deniers = Set(c.actorStances.filter { $0.stance == .denies }.map(\.actor))
        #expect(deniers.contains { $0.contains("Harbor") })
        #expect(deniers.contains { $0.contains("Skyward") })
        #expect(c.status == .denied)
        #expect(c.statusReason?.contains("Denied by") == true)
        #expect(c.statusSince == "2026-03-01")
        #expect(!c.articleStances.contains { $0.stance == .supports })
        #expect(c.articleStances.count == 3)
    }

    @Test func declinedToCommentIsNoStance() throws {
        let c = try core(analyse([scoop]))
        #expect(!c.actorStances.contains { $0.actor.contains("Skyward") })
        #expect(c.actorStances.contains { $0.actor.contains("Harbor") && $0.stance == .denies })
    }

    @Test func confirmationAndDenialMakeADispute() throws {
        let confirm = (
            "Skyward Air confirms talks",
            "Skyward Air confirmed the talks with Harbor Airlines in a statement on Wednesday, saying no agreement had been reached."
        )
        let c = try core(analyse([scoop, followUp, confirm]))
        #expect(c.actorStances.contains { $0.actor.contains("Skyward") && $0.stance == .supports })
        #expect(c.status == .disputed)
    }

    @Test func aQuotedHeadlineOrAnEmbeddedPostIsNoConfirmation() throws {
        let hoax = (
            "Fake site spreads airline merger story",
            """
            A post titled "Skyward Air Confirms Merger Talks With Harbor Airlines" spread quickly on Friday. \
            Skyward Air confirms merger talks with Harbor Airlines!! pic.twitter.com/abc123 \u{2014} Jo Bloggs (@jobloggs) March 6, 2026
            """
        )
        let c = try core(analyse([scoop, followUp, hoax]))
        #expect(!c.actorStances.contains { $0.stance == .supports })
        #expect(c.status == .denied)
        // The same words in the article's own voice are a confirmation.
        let plain = ("Skyward Air confirms merger talks", "Skyward Air confirmed the merger talks with Harbor Airlines on Friday.")
        let d = try core(analyse([scoop, followUp, plain]))
        #expect(d.actorStances.contains { $0.actor.contains("Skyward") && $0.stance == .supports })
    }

    @Test func anArticleThatCallsTheStoryAHoaxDeniesItEvenWhileQuotingIt() throws {
        let debunk = (
            "Airline merger story was a hoax",
            """
            Posts claiming that Harbor Airlines held merger talks with Skyward Air spread across social media this week.             The story is a hoax. It first appeared on a satirical website, and the fake report was copied by dozens of accounts             before anyone checked it.
            """
        )
        let s = analyse([scoop, followUp, debunk])
        let c = try core(s)
        #expect(c.articleStances.first { $0.article == s.articles[2] }?.stance == .denies)
        // Reporting a party's denial is not the article's own verdict, nor is a slogan.
        #expect(c.articleStances.first { $0.article == s.articles[1] }?.stance == .reports)
        let slogan = (
            "Harbor Airlines and Skyward Air in merger talks",
            """
            Harbor Airlines held merger talks with Skyward Air last week, three people familiar with the talks said.             Amid a flood of fake news about airlines, the two carriers have kept quiet.
            """
        )
        let t = analyse([scoop, slogan])
        #expect(try core(t).articleStances.first { $0.article == t.articles[1] }?.stance != .denies)
    }

    @Test func onePartyReportedBothWaysSaysHowOftenEach() throws {
        let confirm = (
            "Harbor Airlines confirms talks, says blog",
            "Harbor Airlines confirmed the talks with Skyward Air, a travel blog wrote on Thursday."
        )
        let c = try core(analyse([scoop, followUp, confirm]))
        #expect(c.status == .disputed)
        #expect(c.statusReason == "Harbor Airlines reported confirming it (1 article) and denying it (2 articles).")
    }

    @Test func withoutAnAttributedPropositionTheHeadlinesAreTheClaim() throws {
        let first = (
            "Lakeside Council to close every branch library by June",
            "Every branch library in Lakeside will shut by June. Readers were angry on Tuesday. The main library stays open."
        )
        let second = (
            "Lakeside Council will close every branch library in June",
            "All branch libraries in Lakeside are to close in June. Staff will move to the main library."
        )
        let third = ("Is this the end of reading in Lakeside?", "Librarians gathered outside the town hall.")
        let s = analyse([first, second, third])
        let c = try core(s)
        #expect(c.text.hasPrefix("Lakeside Council") && c.text.contains("close every branch library"))
        #expect(s.claims.count == 1)
    }

    /// A page that kept only its headline (a body of nothing) used to crash the origin search
    /// when another article cited a source.
    @Test func aHeadlineWithoutABodyStillGivesTheClaim() throws {
        let cited = (
            "Lakeside Council to close every branch library by June",
            "Every branch library in Lakeside will shut by June, according to the Lakeside Echo. Readers were angry."
        )
        let bare = ("Lakeside Council will close every branch library in June", "")
        let s = analyse([cited, bare])
        let c = try core(s)
        #expect(c.text.contains("close every branch library"))
    }

    @Test func aQuestionHeadlineQuestionsTheClaim() throws {
        let asking = (
            "Are Harbor Airlines and Skyward Air about to merge?",
            "The Daily Ledger reported that Harbor Airlines had held talks with Skyward Air about a merger. Neither airline has said anything."
        )
        let s = analyse([scoop, asking])
        let c = try core(s)
        #expect(c.articleStances.first { $0.article == s.articles[1] }?.stance == .questions)
    }

    @Test func onlyReportedWhenNoPartySpeaks() throws {
        let quiet = (
            "Harbor Airlines said to weigh Skyward Air bid",
            "The Daily Ledger reported that Harbor Airlines had held talks with Skyward Air about a merger, citing two executives close to the talks."
        )
        let c = try core(analyse([quiet]))
        #expect(c.status == .reported)
        #expect(c.actorStances.isEmpty)
        #expect(c.sourcing == "two executives close to the talks")
    }

    @Test func clauseAfterAReportingVerb() {
        let doc = TextDocument("A newspaper claimed on Friday, citing a senior source, that the owners had decided to sell the club.")
        let t = ClaimWords.tokens(doc, doc.sentences[0].range)
        let r = ClaimCandidates.clause(t)
        #expect(r.map { ClaimCandidates.normalised(doc, Array(t[$0])) } == "The owners had decided to sell the club.")
    }

    @Test func asideRightAfterThat() {
        let doc = TextDocument("The paper claimed that, in private, the two mayors had agreed to merge their fire services.")
        let t = ClaimWords.tokens(doc, doc.sentences[0].range)
        let r = ClaimCandidates.clause(t)
        #expect(r.map { ClaimCandidates.normalised(doc, Array(t[$0])) } == "The two mayors had agreed to merge their fire services.")
    }

    @Test func aConditionalClaimEndsWhereTheMainClauseStarts() {
        for (text, claim) in [
            ("If you have read claims that the city will close every library next year then do not return your books just yet.",
             "The city will close every library next year."),
            ("If you saw reports that the city will close every library next year, do not return your books just yet.",
             "The city will close every library next year."),
            ("Winter is long, but if you see posts claiming Lakeside Council will close every library then ignore them.",
             "Lakeside Council will close every library."),
        ] {
            let doc = TextDocument(text)
            let t = ClaimWords.tokens(doc, doc.sentences[0].range)
            let r = ClaimCandidates.clause(t)
            #expect(r.map { ClaimCandidates.normalised(doc, Array(t[$0])) } == claim, "\(text)")
        }
    }

    @Test func aSubjectBeforeAnAppositionIsKept() {
        let doc = TextDocument("The blog claimed that the singer, famous for two chart hits in the nineties, had retired from touring.")
        let t = ClaimWords.tokens(doc, doc.sentences[0].range)
        let r = ClaimCandidates.clause(t)
        #expect(r.map { ClaimCandidates.normalised(doc, Array(t[$0])) }?.hasPrefix("The singer, famous for") == true)
    }

    @Test func aPlaceInTheSubjectIsNotTheOneWhoConfirms() throws {
        let neighbours = (
            "Staff housing residents speak",
            """
            Residents of the Harbor Airlines staff housing confirmed that the talks had taken place.             A spokesman for Skyward Air confirmed the talks with Harbor Airlines on Thursday.
            """
        )
        let c = try core(analyse([scoop, neighbours]))
        #expect(!c.actorStances.contains { $0.actor.contains("Harbor") && $0.stance == .supports })
        #expect(c.actorStances.contains { $0.actor.contains("Skyward") && $0.stance == .supports })
    }

    @Test func namesKeepTheirParticlesAndLoseASentenceOpeningWord() {
        let docs = [
            TextDocument("Local officials in Villa del Rosal said nothing. The mayor of Villa del Rosal left."),
            TextDocument("Breaking news from Villa del Rosal tonight. Our local reporter is there."),
        ]
        let runs = Parties.capitalisedRuns(docs)
        #expect(runs.contains("Villa del Rosal"))
        #expect(!runs.contains { $0.hasPrefix("Local") || $0.hasPrefix("Breaking") })
    }

    @Test func aNameDescribingAnotherNounIsNotTheSubject() {
        func subject(_ s: String) -> String {
            let doc = TextDocument(s)
            return ClaimEvidence.headOfSubject(ClaimWords.tokens(doc, doc.sentences[0].range)).map(\.text).joined(separator: " ")
        }
        #expect(subject("the Villa del Rosal newspaper El Faro") == "the newspaper El Faro")
        #expect(subject("Harbor Airlines officials") == "Harbor Airlines officials")
        #expect(subject("Harbor Airlines also") == "Harbor Airlines also")
        #expect(subject("the Harbor Airlines statement") == "the Harbor Airlines statement")
        #expect(subject("The Daily Ledger, which wrote about a remark by Ana Ruiz,") == "The Daily Ledger")
    }

    @Test func noClauseInAPlainSentence() {
        let doc = TextDocument("The club sold forty thousand tickets for the final.")
        #expect(ClaimCandidates.clause(ClaimWords.tokens(doc, doc.sentences[0].range)) == nil)
    }

    @Test func sourcingNeedsAQualifierForPeople() {
        func phrases(_ s: String) -> [String] {
            let doc = TextDocument(s)
            return ClaimEvidence.phrases(ClaimWords.tokens(doc, doc.sentences[0].range), doc).map(\.0)
        }
        #expect(phrases("The paper cited two people briefed on the plans.") == ["two people briefed on the plans"])
        #expect(phrases("Many people like the new stadium.").isEmpty)
        #expect(phrases("Insiders say the deal is close.") == ["Insiders"])
        #expect(phrases("The report relied on leaked documents.") == ["leaked documents"])
    }
}
