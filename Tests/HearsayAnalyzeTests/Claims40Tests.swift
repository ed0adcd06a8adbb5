import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Fortieth-session rules: the core claim, who confirmed or denied it, and its status, from
/// how news reports stances.
@Suite struct Claims40Tests: ClaimSuite {
    func candidate(_ text: String, article: Int, headline: Bool = false, parties: [Int] = []) -> ClaimCandidate {
        var c = ClaimCandidate(article: article, sentence: headline ? 0 : 1, text: text, content: ClaimWords.content(text), parties: parties)
        c.headline = headline
        return c
    }

    @Test func aHeadlineOnTheOutletsOwnReportIsAboutTheReport() {
        for text in [
            "Gazette stands by Harlow report as second nurse backs account.", "Paper defends its story on ferry contract.",
            "Website retracts article on mayor's expenses.",
        ] {
            #expect(candidate(text, article: 1, headline: true).namesTheReport, "\(text)")
        }
        #expect(!candidate("Harlow hospital to close maternity ward, leaked memo shows.", article: 0, headline: true).namesTheReport)
        #expect(!candidate("Minister stands by decision to close the ward.", article: 0, headline: true).namesTheReport)
        #expect(!candidate("Champion defends title in Harlow.", article: 0, headline: true).namesTheReport)
    }

    @Test func anAgentDenyingForAPersonIsOnRecordByName() throws {
        let claim = try core(analyse([
            ("Striker Ivo Marsh in talks to join Dunholm Rovers", "Ivo Marsh has held talks about joining Dunholm Rovers this summer, the Wold Gazette reported on Monday, citing two people close to the club. Ivo Marsh scored 19 goals last season."),
            ("Ivo Marsh's agent denies Rovers talks", "\"There have been no talks with Dunholm Rovers, none at all,\" said Petra Lind, Ivo Marsh's agent. Ivo Marsh held talks with Dunholm Rovers, the Wold Gazette had reported."),
            ("Rovers stay quiet on Ivo Marsh", "Dunholm Rovers would not comment on the report that Ivo Marsh had held talks with the club. Petra Lind, Ivo Marsh's agent, has denied it."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Petra Lind" && $0.stance == .denies })
    }

    @Test func aRoleOpeningOnAPossessiveNamesItsBodyByKind() {
        #expect(ClaimEvidence.withArticle("union's national organiser") == "the union's national organiser")
        #expect(ClaimEvidence.kindReference(tokens("Jo Poe " + ClaimEvidence.withArticle("union's national organiser"))) == "union")
        #expect(ClaimEvidence.withArticle("national organiser for the union") == "national organiser for the union")
        #expect(ClaimEvidence.withArticle("Acme's chief executive") == "Acme's chief executive")
    }

    @Test func aPluralPossessiveStaysInsideAName() {
        let runs = ClaimEvidence.capitalisedRuns(tokens("The Dock Workers\u{2019} Federation said on Monday that Harbour Board staff' pay was late."))
        #expect(runs.contains(["Dock", "Workers\u{2019}", "Federation"]))
        #expect(!runs.contains(["Federation"]))
    }

    @Test func aUnionOfficerToldOfThePlanConfirmsForHerUnionAndInHerName() throws {
        let claim = try core(analyse([
            ("Harbour board plans to close Kestle depot", "The Wold Harbour Board is drawing up plans to close its Kestle depot next year, the Wold Gazette reported on Monday, citing two people close to the board. The board did not respond to questions."),
            ("Harbour board denies depot closure plan", "The Wold Harbour Board denied a report that it plans to close its Kestle depot. The Dock Workers' Union, which represents most of the depot's staff, gave a different account. \"Our members were told in plain terms that the Kestle depot would close next year,\" said Mara Quist, the union's regional organiser."),
            ("Depot staff fear the worst", "Staff at the Kestle depot say they fear for their jobs. Mara Quist, the union's regional organiser, said: \"Our members were told that the depot would close next year.\""),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Dock Workers' Union" && $0.stance == .supports })
        #expect(claim.actorStances.contains { $0.actor == "Mara Quist" && $0.stance == .supports })
        // What the members were told corroborates; the board's own denial is what is on record.
        #expect(claim.status == .denied)
    }

    @Test func aQuestionHeadlineNeverWordsTheClaim() {
        #expect(ClaimCandidates.asks("Is Harlow Town really moving to Dunmere? Here's what we know."))
        #expect(ClaimCandidates.asks("Harlow Town moving to Dunmere?"))
        #expect(!ClaimCandidates.asks("Harlow Town to move to Dunmere, paper says."))
        let question = candidate("Is Harlow Town really moving to Dunmere? Here's what we know.", article: 0, headline: true, parties: [0])
        let statement = candidate("Harlow Town to move to Dunmere stadium next season.", article: 1, headline: true, parties: [0])
        let claimed = ClaimCandidates.Claimed(wording: question, own: [question], members: [question, statement])
        #expect(ClaimCandidates.stating(claimed, keywords: ["harlo", "dunme", "movin"]).text == statement.text)
        // A statement stands as it is.
        let stated = ClaimCandidates.Claimed(wording: statement, own: [statement], members: [question, statement])
        #expect(ClaimCandidates.stating(stated, keywords: ["harlo", "dunme", "movin"]).text == statement.text)
    }

    @Test func aBroadcasterRejectingTheReportIsOnRecord() throws {
        let claim = try core(analyse([
            ("Harlow Games axed as sponsor pulls out", "The Harlow Games have been scrapped after sponsor Vantor Motors pulled out, the Daily Beacon reported on Monday, citing a source close to the organisers."),
            ("Organisers deny Harlow Games scrapped", "The Harlow Games organisers denied a report that the event had been scrapped. KTV One, which holds the rights to broadcast the event, also rejected the report."),
            ("Harlow Games go ahead", "The Harlow Games will go ahead as planned, organisers said, after the Daily Beacon reported that they had been scrapped. KTV One said its coverage had never been in doubt."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "KTV One" && $0.stance == .denies })
    }

    @Test func notRecognisingTheFiguresDisownsThem() {
        #expect(ClaimEvidence.quotedStance(tokens("We do not recognise these figures, and our plans are unchanged.")) == .denies)
        #expect(ClaimEvidence.quotedStance(tokens("The board doesn't recognize the picture painted in the article.")) == .denies)
        #expect(ClaimEvidence.quotedStance(tokens("We recognise these figures show a difficult year.")) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("I did not recognise him at first.")) == nil)
    }

    @Test func aFindingOfNothingStopsAtItsSentence() {
        let claim = ClaimWords.content("The Orbit cinema chain is preparing to call in administrators")
        #expect(!ClaimEvidence.findsNothing(tokens("We have received no notice of any change to its lease. The cinema is open as usual."), claimWords: claim))
        #expect(ClaimEvidence.findsNothing(tokens("We have received no notice that the cinema chain will call in administrators."), claimWords: claim))
    }

    @Test func whatAUnionsMembersWereToldCorroboratesButDoesNotSettle() throws {
        let claim = try core(analyse([
            ("Orbit cinema chain to call in administrators", "The Orbit cinema chain is preparing to call in administrators, putting 900 jobs at risk, the Wold Gazette reported on Monday, citing two people close to the company."),
            ("Orbit cinema staff told of administrators", "The Orbit cinema chain did not respond to a Wold Gazette report that it is preparing to call in administrators. \"Our members have been told by their managers that administrators may be lined up,\" said Lee Harker, a regional organiser for the Screen Staff Alliance."),
            ("Orbit cinema staff wait for news on administrators", "The Orbit cinema chain has said nothing about the report that it will call in administrators. Lee Harker, of the Screen Staff Alliance, said: \"Our members were told that administrators may be appointed within weeks.\""),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Screen Staff Alliance" && $0.stance == .supports })
        #expect(claim.status == .reported)
    }

    @Test func wordsTakenOutOfContextAreDenied() {
        #expect(ClaimEvidence.quotedStance(tokens("The notes you have seen were a first draft. They have been taken out of context.")) == .denies)
        #expect(ClaimEvidence.quotedStance(tokens("My remarks were quoted out of context."), loose: false) == .denies)
        #expect(ClaimEvidence.quotedStance(tokens("Nothing was taken out of context; that is what I said.")) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("We study the context of every decision.")) == nil)
    }

    @Test func aSecondVerbSharesTheFirstClausesSubject() {
        let t = tokens("The harbour minister confirmed on Friday that officials had met the Dunmore board, but denied a report that a deal had been agreed.")
        let verb = t.firstIndex { $0.lower == "denied" }!
        let but = t.firstIndex { $0.lower == "but" }!
        #expect(ClaimEvidence.sharedSubject(t, verb: verb, clauseStart: but + 1).map { t[$0].filter(\.isWordOrNumber).map(\.text) } == ["The", "harbour", "minister"])
        // A clause with a subject of its own keeps it.
        let own = tokens("The minister confirmed the talks, but the board denied a deal.")
        let v = own.firstIndex { $0.lower == "denied" }!
        #expect(ClaimEvidence.sharedSubject(own, verb: v, clauseStart: own.firstIndex { $0.lower == "but" }! + 1) == nil)
    }

    @Test func notPolicyDisownsAPlan() {
        for text in [
            "This is not government policy and it is not going to become government policy.", "The paper does not reflect council policy.",
            "That isn't the club's position.",
        ] {
            #expect(ClaimEvidence.quotedStance(tokens(text), loose: false) == .denies, "\(text)")
        }
        #expect(ClaimEvidence.quotedStance(tokens("We do not comment on policy.")) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("Road safety is government policy.")) == nil)
    }

    @Test func aSpokesmanQuotedByRoleSpeaksForTheBodyHisRoleNames() throws {
        let claim = try core(analyse([
            ("Ministers draw up plan to cut Wold ferry subsidy", "Ministers have drawn up a plan to cut the Wold ferry subsidy by half, the Wold Gazette reported on Monday, citing a leaked paper."),
            ("Prime Minister's office denies Wold ferry subsidy cut", "\"This is not government policy and it is not going to become government policy,\" the Prime Minister's official spokesman told reporters about the Wold ferry subsidy cut."),
            ("Ferry users relieved", "Wold ferry users welcomed the denial. The Gazette had reported that ministers drew up a plan to cut the Wold ferry subsidy by half."),
        ]))
        #expect(claim.actorStances.contains { $0.actor.contains("Prime Minister") && $0.stance == .denies })
    }

    @Test func stayingSomewhereElseIsNoContinuity() {
        let claim = ClaimWords.content("Captain Jo Roe has been removed from the Harlow crew")
        #expect(!ClaimEvidence.assertsContinuity(tokens("Jo Roe will support the team from the ground and remains in the reserve squad."), claimWords: claim))
        #expect(ClaimEvidence.assertsContinuity(tokens("Jo Roe remains in the Harlow crew."), claimWords: claim))
    }

    @Test func aBodyThatWouldKnowHearingNothingDenies() {
        let claim = ClaimWords.content("A lion has escaped from Harlow Safari Park")
        #expect(ClaimEvidence.findsNothing(tokens("We have received no reports of any lion at large in Harlow."), claimWords: claim))
        #expect(!ClaimEvidence.findsNothing(tokens("We have received no reports of flooding on the ring road."), claimWords: claim))
    }

    @Test func whatASharedPostSaysIsTheClaim() throws {
        let claim = try core(analyse([
            ("Viral post claims Harlow bridge has collapsed", "A post on Chirp says the Harlow Bridge collapsed into the Wold river on Monday, closing the ring road. The post was shared thousands of times."),
            ("Harlow council rejects bridge collapse claims", "Harlow Council on Tuesday rejected claims on social media that the Harlow Bridge had collapsed into the Wold river. Engineers inspected the bridge on Monday."),
            ("Fact check: Harlow Bridge did not collapse", "Claim: A post on Chirp says the Harlow Bridge collapsed into the Wold river on Monday, closing the ring road. Verdict: False. Harlow Council said the bridge is open."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Harlow Council" && $0.stance == .denies })
    }

    @Test func whatHasNeverBeenSeenThereIsDenied() {
        let claim = ClaimWords.content("A video shows a crocodile swimming near bathers at Harlow Bay")
        let stance = { (s: String) in ClaimEvidence.quotedStance(self.tokens(s), claimWords: claim, loose: false) }
        #expect(stance("Crocodiles have never been recorded in these waters. What people see here are seals.") == .denies)
        #expect(stance("Seals have never been recorded this far north.") == nil)
        #expect(stance("Crocodiles have been seen in the bay before.") == nil)
    }

    @Test func theNamedAuthorDisownsTheDocument() {
        let claim = ClaimWords.content("A screenshot shows an email from Harlow Rail announcing that fares will double")
        let stance = { (s: String) in ClaimEvidence.quotedStance(self.tokens(s), claimWords: claim, loose: false) }
        #expect(stance("I left Harlow Rail last year. I didn't write this.") == .denies)
        #expect(stance("We never sent that email to anyone.") == .denies)
        #expect(stance("I wrote this email myself.") == nil)
        // A claim about no document is not denied by disowning a piece of writing.
        #expect(ClaimEvidence.quotedStance(tokens("I didn't write this."), claimWords: ClaimWords.content("Harlow Rail will double fares"), loose: false) == nil)
    }

    @Test func aWitnessVouchesForWhatWasReported() {
        for text in [
            "We heard it with our own ears, and so did everyone in the hall.", "We have seen the council's own document, and the numbers are its own.",
            "I have no reason to doubt that the document is genuine.",
        ] {
            #expect(ClaimEvidence.quotedStance(tokens(text)) == .supports, "\(text)")
        }
        for text in ["We have not seen the document.", "I doubt the document is genuine.", "Nobody heard it with their own ears."] {
            #expect(ClaimEvidence.quotedStance(tokens(text)) != .supports, "\(text)")
        }
    }

    @Test func aUnionLeaderWhoHasSeenTheLeakedPlanConfirmsForHerUnion() throws {
        let claim = try core(analyse([
            ("Harlow Water plans to cut 400 jobs", "Harlow Water is planning to cut 400 jobs and close two depots, the Wold Gazette reported on Monday, citing a leaked presentation."),
            ("Harlow Water denies job cuts plan", "Harlow Water denied it is planning to cut 400 jobs. \"We have seen the company's own presentation, and the figures in it are the company's own,\" said Nia Lorne, general secretary of the Pipe Workers Guild."),
            ("Harlow Water staff angry over job cuts", "Nia Lorne said staff at Harlow Water were angry about the plan to cut 400 jobs. \"We have seen the presentation,\" she said."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Pipe Workers Guild" && $0.stance == .supports })
    }

    @Test func aDenialSpokenAboutIsNoneInItsSentence() {
        let t = tokens("The problem for the denial is Jo Roe.")
        #expect(ClaimEvidence.denialToldBefore(t, t.firstIndex { $0.lower == "denial" }!))
        let issued = tokens("The club issued a denial on Friday.")
        #expect(!ClaimEvidence.denialToldBefore(issued, issued.firstIndex { $0.lower == "denial" }!))
    }

    @Test func howOftenSomethingIsWrongIsNoVerdict() {
        let words = Tokens.words("councils think nobody will march for them. They are usually wrong")
        #expect(!ClaimEvidence.reportCalledWrong(words, words.count - 1))
        let verdict = Tokens.words("the report is simply wrong")
        #expect(ClaimEvidence.reportCalledWrong(verdict, verdict.count - 1))
    }

    @Test func nothingDecidedIsOvertakenByTheActorsConfirmation() throws {
        // Undated, so only the kinds of account order them.
        let bodies = [
            ("Harlow union to close Vault nightclub", "Harlow Students' Union is preparing to close the Vault, its student nightclub on Mill Street, the Harlow Clarion reported on Monday, citing leaked minutes."),
            ("University says no decision on Vault nightclub", "The University of Harlow rejected the Clarion report about the Vault nightclub, saying no final decision had been taken on the future of the Vault."),
            ("Harlow union confirms Vault nightclub will close", "Harlow Students' Union has confirmed that the Vault nightclub will close in June, a week after the Clarion reported the plan."),
        ]
        let articles = bodies.enumerated().map { i, a in Article(id: "art\(i)0000000", source: "t\(i).txt", title: a.0, body: a.1, published: nil) }
        let claim = try core(StoryAnalyzer.standard.analyze(id: "s", articles: articles))
        #expect(claim.actorStances.contains { $0.stance == .denies })
        #expect(claim.status == .confirmed)
    }

    @Test func whatWasReallySeenRefutesTheClaimsReading() {
        let claim = ClaimWords.content("Drone footage shows a sunken Roman galley on the bed of Harlow Water")
        let stance = { (s: String) in ClaimEvidence.quotedStance(self.tokens(s), claimWords: claim, loose: false) }
        #expect(stance("The survey is clear. What people have seen is the hull of a concrete barge, sunk in the 1950s.") == .denies)
        #expect(stance("What people have seen is a Roman galley, and a fine one.") == nil)
        #expect(stance("What we saw was not clear at all.") == nil)
    }
}
