import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// The claims pass on small stories written for these tests.
@Suite struct ClaimStageTests: ClaimSuite {
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
        let runs = Parties.capitalisedRuns(docs).runs
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

    /// A cited source is found in a claim's sentence as whole words only: a one-letter outlet
    /// ("posted on X") must not be "found" in every name that starts with its letter.
    @Test func aSourceNameMatchesWholeWordsOnly() {
        #expect(!ClaimEvidence.containsWords("Xavion Motors denied the report.", "X"))
        #expect(ClaimEvidence.containsWords("The clip was posted on X, the site said.", "x"))
        #expect(!ClaimEvidence.containsWords("Dealers in Japan said so.", "AP"))
        #expect(ClaimEvidence.containsWords("In Japan, AP said so.", "AP"))
        #expect(ClaimEvidence.containsWords("the Daily Ledger's story", "Daily Ledger"))
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

    @Test func anAdmittedPropositionIsAClaimWithItsPronounResolved() throws {
        let first = (
            "Blogger owns up to invented interview",
            "Marta Velez admitted on Friday she had invented her interview with the mayor of Lakeside, Tom Brandt. Marta Velez apologised to readers."
        )
        let second = (
            "Lakeside blogger made up mayor interview",
            "The blogger Marta Velez conceded that she had invented the whole interview with Tom Brandt. Tom Brandt thanked readers."
        )
        let c = try core(analyse([first, second]))
        #expect(c.text.hasPrefix("Marta Velez had invented"), "\(c.text)")
    }

    @Test func aBoastWithoutASubjectOfItsOwnIsTheWholeSentence() {
        let doc = TextDocument("Carlos Mendes boasted of having sold ten thousand copies of his first novel.")
        let t = ClaimWords.tokens(doc, doc.sentences[0].range)
        let r = ClaimCandidates.clause(t)
        #expect(r.map { ClaimCandidates.normalised(doc, Array(t[$0])) } == "Carlos Mendes boasted of having sold ten thousand copies of his first novel.")
        let mistake = TextDocument("The paper acknowledged its mistake in a short note on Monday morning.")
        #expect(ClaimCandidates.clause(ClaimWords.tokens(mistake, mistake.sentences[0].range)) == nil)
    }

    @Test func aPronounOpeningAHedgedSentenceIsTheNameBefore() throws {
        let a = (
            "Airline weighs a merger",
            "Harbor Airlines has had a busy winter. It reportedly held talks with Skyward Air about a merger last month."
        )
        let b = ("Merger talk", "Harbor Airlines has had a busy winter. It reportedly held talks with Skyward Air about a merger in March.")
        let c = try core(analyse([a, b]))
        #expect(c.text.hasPrefix("Harbor Airlines held talks with Skyward Air"), "\(c.text)")
    }

    @Test func aPartySayingTheReportIsNotAccurateDeniesIt() throws {
        let speech = (
            "Skyward Air responds",
            "Skyward Air said on Tuesday that the merger report was not accurate and that its board had never met Harbor Airlines."
        )
        let c = try core(analyse([scoop, speech]))
        #expect(c.actorStances.contains { $0.actor.contains("Skyward") && $0.stance == .denies })
    }

    @Test func aShortVerdictJudgesTheSentenceBeforeIt() throws {
        let debunk = (
            "What we know about the airlines",
            """
            Posts say Harbor Airlines held merger talks with Skyward Air at a hotel in March. This is not true. \
            Neither airline had anyone in the city that month.
            """
        )
        let s = analyse([scoop, followUp, debunk])
        #expect(try core(s).articleStances.first { $0.article == s.articles[2] }?.stance == .denies)
    }

    @Test func aVerdictInTheArticlesOwnVoiceOnly() {
        func verdict(_ text: String) -> Bool { ClaimStage.ownVerdict(TextDocument(text), 0) }
        #expect(verdict("This is not true."))
        #expect(verdict("The photo is a hoax."))
        #expect(!verdict("Harbor Airlines said it was not true."))
        #expect(!verdict("\u{201C}It is a hoax,\u{201D} one reader wrote to us."))
        #expect(!verdict("Skyward Air denied that the story was real."))
    }

    @Test func aWordAfterAnOpeningQuotationMarkStartsTheSentence() {
        let docs = [
            TextDocument("\u{201C}Local officials know nothing,\u{201D} she said. Our local paper agreed."),
            TextDocument("\u{201C}Local officials know nothing.\u{201D} That was all."),
        ]
        #expect(!Parties.capitalisedRuns(docs).runs.contains("Local"))
    }

    @Test func aConfirmationOfAFalsehoodIsADenial() throws {
        let confirmsFalse = ("Skyward Air speaks", "Skyward Air confirmed that the merger report was false.")
        let c = try core(analyse([scoop, confirmsFalse]))
        #expect(c.actorStances.contains { $0.actor.contains("Skyward") && $0.stance == .denies })
        #expect(!c.actorStances.contains { $0.actor.contains("Skyward") && $0.stance == .supports })
        let shortNo = ("Update on the airlines", "Skyward Air was asked about the merger with Harbor Airlines. Skyward Air confirmed it. Not happening.")
        let d = try core(analyse([scoop, shortNo]))
        #expect(d.actorStances.contains { $0.actor.contains("Skyward") && $0.stance == .denies })
    }

    @Test func aConfirmationOnlyTheFalseStoryCarriesDoesNotOutweighItsDebunkers() throws {
        let hoax = (
            "Rivers to run backwards",
            "The Coastal Water Board has confirmed that Lakeside rivers will run backwards for two days in May, a website wrote."
        )
        let debunks = (1...3).map { n in
            (
                "Backwards rivers story is a hoax \(n)",
                "Posts say Lakeside rivers will run backwards for two days in May. This is not true. The story is a hoax from a joke site."
            )
        }
        let copy = (
            "Water board: rivers to reverse",
            "The Coastal Water Board confirmed on Monday that Lakeside rivers will run backwards for two days in May."
        )
        let c = try core(analyse([hoax, copy] + debunks))
        #expect(c.actorStances.contains { $0.actor.contains("Coastal Water Board") && $0.stance == .supports })
        #expect(c.status == .refuted, "\(c.status) \(c.text)")
    }

    @Test func aDetailOneArticleAttributesGivesWayToWhatTheHeadlinesSay() throws {
        let first = (
            "Lakeside Council to close every branch library by June",
            "Every branch library in Lakeside will shut by June. Tom Brandt spoke to readers on Tuesday."
        )
        let second = (
            "Lakeside Council will close every branch library in June",
            "All branch libraries in Lakeside are to close in June. Tom Brandt visited the main library."
        )
        let third = (
            "Library closures: the mayor's week",
            "The Lakeside Gazette reported that Tom Brandt had bought a new bicycle for the long ride to work."
        )
        let s = analyse([first, second, third])
        let c = try core(s)
        #expect(c.text.contains("close every branch library"), "\(c.text)")
        #expect(s.claims.contains { $0.text.contains("bicycle") })
    }

    @Test func aTwoWordDenialNeedsAReportAfterIt() throws {
        let plane = ("Airline news", "Harbor Airlines shot down a drone near the merger talks venue with Skyward Air, officials said.")
        let c = try core(analyse([scoop, plane]))
        #expect(!c.actorStances.contains { $0.actor.contains("Harbor") && $0.stance == .denies && $0.article == c.articleStances[1].article })
        let rumours = ("Airline news", "Harbor Airlines shot down the merger rumours with Skyward Air on Friday.")
        let d = try core(analyse([scoop, rumours]))
        #expect(d.actorStances.contains { $0.actor.contains("Harbor") && $0.stance == .denies && $0.article == d.articleStances[1].article })
    }

    /// Officials who deny a report are parties to it even when the quote pass does not
    /// list them: a body named in the subject, the body a spokesman speaks for, or a
    /// bare "police".
    @Test func officialBodiesThatDenyAReportArePrincipals() throws {
        let origin = (
            "Maple Valley sealed off after measles cases, site claims",
            """
            A website claimed on Monday that the town of Maple Valley had been sealed off after six pupils caught measles. \
            Harlow County officials on Wednesday rejected the report as false.
            """
        )
        let spokesman = (
            "Maple Valley measles lockdown story untrue",
            """
            Posts claimed that Maple Valley had been sealed off after six pupils caught measles. \
            A spokesman for the Harlow Health Department said the posting was not true.
            """
        )
        let police = (
            "Maple Valley sealed off over measles? No",
            "Posts said that the town of Maple Valley had been sealed off over measles. Police denied the rumour on Thursday."
        )
        let c = try core(analyse([origin, spokesman, police]))
        let deniers = c.actorStances.filter { $0.stance == .denies }.map(\.actor)
        #expect(deniers.contains { $0.contains("Harlow County") }, "\(deniers)")
        #expect(deniers.contains { $0.contains("Harlow Health Department") }, "\(deniers)")
        #expect(deniers.contains { $0.lowercased() == "police" }, "\(deniers)")
        #expect(c.status == .denied)
    }

    /// The body a quoted speaker's role names, and the person whose publicist speaks, are
    /// on record; a commentator named once, debunking in their own name, is not a party.
    @Test func aRoleOrAPublicistPutsTheirPrincipalOnRecord() throws {
        let origin = (
            "Singer Tom Brandt to quit music, tabloid says",
            "The Harlow Echo claimed that the singer Tom Brandt will quit music after his spring tour."
        )
        let role = (
            "Tom Brandt quitting music? Label says no",
            """
            The Harlow Echo said that Tom Brandt will quit music this year. \
            "The story is a hoax," said Dana Holt, a spokeswoman for Bellweather Records.
            """
        )
        let publicist = (
            "Tom Brandt not quitting music",
            """
            Reports said Tom Brandt will quit music after the tour. Tom Brandt's publicist dismissed the report on Monday. \
            Critic Ivo Lenz also debunked the rumour on his radio show. The rival newspaper Harlow Echo debunked the report too.
            """
        )
        let c = try core(analyse([origin, role, publicist]))
        let deniers = c.actorStances.filter { $0.stance == .denies }.map(\.actor)
        #expect(deniers.contains { $0.contains("Bellweather Records") }, "\(deniers)")
        #expect(deniers.contains { $0.contains("Tom Brandt") }, "\(deniers)")
        #expect(!deniers.contains { $0.contains("Lenz") || $0.contains("Echo") }, "\(deniers)")
    }

    /// The core claim is the proposition the articles lead with, not a detail two of them
    /// attribute further down.
    @Test func theCoreClaimIsWhatTheLeadsShare() throws {
        let detail = "Mayor Lena Brook said that Tom Hale had sold his tractor last spring to pay for a new barn roof."
        let one = (
            "Giant hailstones flatten Ashford wheat fields",
            """
            Giant hailstones have flattened every wheat field around Ashford, farmers say. Hailstones as big as apples fell on Ashford on Friday.
            \(detail)
            """
        )
        let two = (
            "Ashford wheat fields flattened by hail the size of apples",
            """
            Hail the size of apples flattened the wheat fields of Ashford on Friday, according to a local farmers' group.
            The storm lasted ten minutes. \(detail)
            """
        )
        let three = (
            "Hailstorm ruins Ashford wheat harvest",
            "Every wheat field in Ashford was flattened by hailstones as big as apples on Friday. Insurers are counting the cost."
        )
        let c = try core(analyse([one, two, three]))
        #expect(c.text.lowercased().contains("wheat"), "\(c.text)")
        #expect(!c.text.contains("tractor"), "\(c.text)")
    }

    /// When no article attributes the news its headlines share, the headlines say it: a
    /// detail two articles attribute lower down is not the story's claim.
    @Test func sharedHeadlinesOutweighADetailNoLeadCarries() throws {
        let detail = "Later, Mayor Lena Brook said that Tom Hale had sold his tractor last spring to pay for a new barn roof."
        let one = (
            "Hailstones as big as apples flatten Ashford wheat fields",
            "Farmers in Ashford woke to ruined crops on Saturday. Insurers are counting the cost. \(detail)"
        )
        let two = (
            "Ashford wheat fields flattened by hailstones as big as apples",
            "The storm lasted ten minutes on Friday evening. Roads were closed for an hour. \(detail)"
        )
        let three = (
            "Apple-sized hailstones flatten wheat fields around Ashford",
            "It was the worst storm in forty years, Lena Brook told reporters. Schools stayed open."
        )
        let c = try core(analyse([one, two, three]))
        #expect(c.text.lowercased().contains("wheat"), "\(c.text)")
    }

    /// Headlines that debunk the news ("... did not ...") are not its wording while
    /// another headline states it.
    @Test func aHeadlineThatStatesTheNewsIsPreferredToOneThatDeniesIt() throws {
        let detail = "Later, Mayor Lena Brook said that Tom Hale had sold his tractor last spring to pay for a new barn roof."
        let one = (
            "Ashford wheat fields were not flattened by hailstones as big as apples",
            "Farmers in Ashford woke to ruined crops on Saturday, some said. Roads were closed. \(detail)"
        )
        let two = (
            "Hailstones as big as apples did not flatten Ashford wheat fields",
            "The storm lasted ten minutes on Friday evening. Roads were closed. \(detail)"
        )
        let three = (
            "Hailstones as big as apples flatten Ashford wheat fields",
            "It was the worst storm in forty years, Lena Brook told reporters. Schools stayed open."
        )
        let c = try core(analyse([one, two, three]))
        #expect(c.text.lowercased().contains("wheat") && !c.text.contains(" not "), "\(c.text)")
    }

    /// "to confirm" names a purpose, not a confirmation.
    @Test func anInfinitiveConfirmIsNoConfirmation() {
        let doc = TextDocument("People should call us to confirm things before they write.")
        #expect(ClaimEvidence.quotedStance(ClaimWords.tokens(doc, 0..<doc.scalars.count)) == nil)
        let yes = TextDocument("We confirm that the talks took place.")
        #expect(ClaimEvidence.quotedStance(ClaimWords.tokens(yes, 0..<yes.scalars.count)) == .supports)
    }

    /// Deniers in three more shapes: after "according to", before a ", however," aside, and
    /// a body whose subject also holds a verb ("went on the radio to dismiss").
    @Test func deniersAfterAccordingToBeforeHoweverAndBeforeAnErrand() throws {
        let origin = (
            "Singer Tom Brandt to quit music, tabloid says",
            "A tabloid claimed that the singer Tom Brandt will quit music after his spring tour."
        )
        let according = (
            "Tom Brandt to quit music?",
            "Posts said Tom Brandt will quit music after the tour. But the story is not true, according to the Harlow Arts Council."
        )
        let however = (
            "Tom Brandt stays",
            "Reports said Tom Brandt will quit music after the tour. Tom Brandt, however, firmly denied the report on Monday."
        )
        let errand = (
            "Tom Brandt quitting? No",
            "Reports said Tom Brandt will quit music after the tour. The BWR's press team went on the radio to dismiss the rumour."
        )
        let c = try core(analyse([origin, according, however, errand]))
        let deniers = Set(c.actorStances.filter { $0.stance == .denies }.map { "\($0.actor)@\($0.article)" })
        let ids = c.articleStances.map(\.article)
        #expect(deniers.contains("Harlow Arts Council@\(ids[1])"), "\(deniers)")
        #expect(deniers.contains { $0.hasPrefix("Tom Brandt") && $0.hasSuffix(ids[2]) }, "\(deniers)")
        #expect(deniers.contains("BWR@\(ids[3])"), "\(deniers)")
    }

    /// "Ana Lee Ruiz" and "Lee Ruiz" are one party.
    @Test func aFullNameAndItsLastTwoWordsAreOneParty() {
        let articles = (0..<3).map { i in
            Article(id: "p\(i)", source: "p\(i).txt", title: "Ana Lee Ruiz speaks",
                    body: "Ana Lee Ruiz spoke on Monday. Later Lee Ruiz left. Lee Ruiz was tired.")
        }
        let parties = Parties(Story(id: "s", title: "t", articles: articles.map(\.id)), articles: articles, documents: articles.map { TextDocument($0.body) })
        #expect(parties.entities.count(where: { $0.name.hasSuffix("Lee Ruiz") }) == 1, "\(parties.entities.map(\.name))")
    }
}
