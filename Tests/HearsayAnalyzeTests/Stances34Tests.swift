import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, twenty-eighth session: a principal stating the event in its own words, the
/// speakers of a list, "not ... any", and one party under two names. All sentences invented.
@Suite struct Stances34Tests: ClaimSuite {
    let wording = "Ostby Foods is preparing to close its Varrow bakery with the loss of 80 jobs."

    func facts() -> (Set<String>, Set<String>) {
        let w = tokens(wording)
        return (ClaimEvidence.facts(w), ClaimEvidence.events(w))
    }

    /// The claim's event is its verb, not the verb that says it is planned.
    @Test func theClaimsEventIsItsVerb() {
        let events = ClaimEvidence.events(tokens(wording))
        #expect(events.contains(ClaimWords.stem("close")))
        #expect(!events.contains(ClaimWords.stem("preparing")))
        #expect(ClaimEvidence.events(tokens("The mayor is set to step down in May.")).contains(ClaimWords.stem("resign")))
    }

    /// "We will close the Varrow bakery in June" states the event; a negation, a guess, a
    /// condition, a word for the report, or no word for the speaker itself does not.
    @Test func aQuotationStatingTheEventAffirmsIt() {
        let (f, e) = facts()
        let affirms = { (s: String) in ClaimEvidence.affirmsTheClaim(tokens(s), claimFacts: f, claimEvents: e) }
        #expect(affirms("We will close the bakery in June. It was the hardest call I have made."))
        #expect(!affirms("We will not close the bakery."))
        #expect(!affirms("Any decision to close our bakery would be taken by the board."))
        #expect(!affirms("The report that we will close the bakery is simply wrong."))
        #expect(!affirms("The bakery closes in June."))
        #expect(!affirms("Nobody here has talked about closing our bakery."))
        #expect(!affirms("Our bakery has 80 loyal staff."))
        // Heard from the principal in person: the event alone is vouched for.
        let (f2, e2) = (ClaimEvidence.facts(tokens("Ana Ruiz is preparing to withdraw from the race.")), ClaimEvidence.events(tokens("Ana Ruiz is preparing to withdraw from the race.")))
        #expect(ClaimEvidence.affirmsTheClaim(tokens("Ana came to my office and told me she will step aside."), claimFacts: f2, claimEvents: e2))
        // A denial the next sentence reverses by ellipsis states the event now.
        let (f3, e3) = (ClaimEvidence.facts(tokens("Harl Rovers have agreed a fee with Dunmore for the goalkeeper.")), ClaimEvidence.events(tokens("Harl Rovers have agreed a fee with Dunmore for the goalkeeper.")))
        #expect(ClaimEvidence.affirmsTheClaim(tokens("In May there was no agreement. By June there was one."), claimFacts: f3, claimEvents: e3))
    }

    /// A chief executive telling staff the news in her own words confirms it for the company
    /// her role names, and for herself.
    @Test func theCompanysChiefStatingTheEventConfirms() throws {
        let c = try core(analyse([
            (
                "Ostby Foods to close Varrow bakery, paper says",
                "Ostby Foods is preparing to close its Varrow bakery with the loss of 80 jobs, the Tarrow Post reported on Monday, citing two people briefed on the plan."
            ),
            (
                "Varrow bakery: Ostby Foods plan reported",
                "Ostby Foods is preparing to close its Varrow bakery, according to the Tarrow Post. Staff at the bakery said they had heard nothing."
            ),
            (
                "Varrow bakery to shut in June",
                "Mara Lenz, the Ostby Foods chief executive, spoke to staff on Thursday. \"We will close the Varrow bakery in June, and I am sorry for every one of the 80 jobs,\" Lenz said."
            ),
        ]))
        #expect(c.actorStances.contains { $0.actor.hasPrefix("Ostby") && $0.stance == .supports }, "\(c.actorStances)")
        #expect(!c.actorStances.contains { $0.stance == .denies })
    }

    /// "not ... any pause" denies the pause; knowing nothing of it, an order, or a negation
    /// turned elsewhere does not.
    @Test func aNegatedVerbBeforeAnyDeniesTheEvent() {
        let claim = ClaimWords.content("Trelwick Bio has paused enrolment in its heart trial")
        #expect(ClaimEvidence.quotedStance(tokens("The board has not recommended any pause in enrolment."), claimWords: claim, loose: false) == .denies)
        #expect(ClaimEvidence.quotedStance(tokens("I have not seen any pause in enrolment."), claimWords: claim, loose: false) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("We have not ruled out any pause in enrolment."), claimWords: claim, loose: false) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("Do not expect any pause in enrolment."), claimWords: claim, loose: false) == nil)
    }

    /// Each speaker of a list is on record; "Marks and Lane" is one name.
    @Test func aListOfSpeakersSplitsIntoItsSpeakers() {
        let three = ClaimEvidence.conjuncts(tokens("Orvane Rail, the transport agency and the union all"))
        #expect(three.map { $0.map(\.text).joined(separator: " ") } == ["Orvane Rail", "the transport agency", "the union"])
        #expect(ClaimEvidence.conjuncts(tokens("Marks and Lane")).isEmpty)
        #expect(ClaimEvidence.conjuncts(tokens("the club and the league")).count == 2)
    }

    /// Every speaker of "A, B and C all said it was false" denies the claim, not only the first.
    @Test func everySpeakerOfAListDenies() throws {
        let c = try core(analyse([
            (
                "Dunmore keeper Ivo Sarr banned for doping, post claims",
                "A post on social media claimed that Dunmore Town goalkeeper Ivo Sarr has been banned for doping. The post was shared thousands of times."
            ),
            (
                "Ivo Sarr doping ban post is fake",
                "A post claimed that Dunmore Town goalkeeper Ivo Sarr has been banned for doping. The Anti-Doping Panel said it had opened no case. Dunmore Town, the Anti-Doping Panel and the players' union all said it was false."
            ),
        ]))
        #expect(c.actorStances.contains { $0.actor == "Anti-Doping Panel" && $0.stance == .denies }, "\(c.actorStances)")
    }

    /// "denied any wrongdoing and said the contract was lawful": the second saying's clause is
    /// no part of what was denied.
    @Test func aSecondSayingEndsTheDenialsObject() {
        let t = tokens("Drum denied any wrongdoing and said the contract was lawful.")
        let i = t.firstIndex { $0.lower == "denied" }!
        #expect(t[ClaimEvidence.secondVerbOfSaying(t, after: i, before: t.count)].lower == "and")
        let u = tokens("Drum denied that he would sell the mill and the farm.")
        let j = u.firstIndex { $0.lower == "denied" }!
        #expect(ClaimEvidence.secondVerbOfSaying(u, after: j, before: u.count) == u.count)
    }

    /// A figure is the claim's date, not its event: "will not rise in 2027" does not deny a
    /// freeze for 2027.
    @Test func aNegationBeforeAFigureDeniesNothing() {
        let claim = ClaimWords.content("The fund is preparing to freeze pensions for 2027")
        #expect(!ClaimEvidence.contradicts(tokens("pensions will not rise in 2027"), claimWords: claim, claimNegated: false))
        #expect(ClaimEvidence.contradicts(tokens("it will not freeze pensions"), claimWords: claim, claimNegated: false))
    }

    /// A credit by surname and the person's full name with that short form are one party,
    /// named in full.
    @Test func aSharedShortFormIsOneParty() {
        let story = Story(
            id: "s", title: "t", articles: ["a0", "a1"],
            people: [Person(name: "Ivo Drum", aliases: ["Drum"])],
            organisations: [Organisation(name: "Drum")])
        let texts = ["Drum said it. Ivo Drum resigned. Drum again.", "Ivo Drum and Drum, again."]
        let articles = texts.enumerated().map { Article(id: "a\($0.offset)", source: "a\($0.offset).txt", title: "Drum", body: $0.element) }
        let parties = Parties(story, articles: articles, documents: articles.map { TextDocument($0.body) })
        #expect(parties.entities.filter { $0.forms.contains(["drum"]) }.map(\.name) == ["Ivo Drum"], "\(parties.entities.map(\.name))")
    }

    /// "denied the report yesterday" tells of a denial before the article's news.
    @Test func yesterdaysDenialIsTold() {
        #expect(ClaimStage.recallsDenial(TextDocument("Asked why the ministry denied the report yesterday, he said he had resigned.")))
    }

    /// "nobody has arrested me": a negative pronoun as the subject of the claim's event denies it.
    @Test func nobodyDidTheEvent() {
        let claim = ClaimWords.content("Tomas Brae has been arrested in Orvik")
        #expect(ClaimEvidence.quotedStance(tokens("I am at my desk, and nobody has arrested me."), claimWords: claim) == .denies)
        #expect(ClaimEvidence.quotedStance(tokens("Nobody from the office has called me."), claimWords: claim) == nil)
    }

    /// A question put to the speaker may name where and by whom it was put before its
    /// question word: "a dispute" there is the reporter's word, not the speaker's denial.
    @Test func aQuestionPutOnACallIsTheReporters() {
        let t = tokens("Asked on a call with reporters whether there had been a dispute, Lenz said: \"No rift.\"")
        #expect(ClaimEvidence.inQuestionPut(t, t.firstIndex { $0.lower == "dispute" }!))
    }

    /// The capitalised kind alone ("by the Authority") is the one body named in full with it;
    /// a body every article writes with "'s", even as a subject, is named so; one word the
    /// story also writes in lower case ("Fashion" from "Fashion analyst") is no party.
    @Test func partiesAreNamedAsTheStoryNamesThem() {
        let story = Story(
            id: "s", title: "t", articles: ["a0", "a1"],
            organisations: [
                Organisation(name: "Orvik Harbour Authority"), Organisation(name: "Authority"), Organisation(name: "Pennick"),
                Organisation(name: "Fashion"),
            ])
        let texts = [
            "The Orvik Harbour Authority said so. The plan was set out by the Authority. Pennick's said the fashion shows go on.",
            "Pennick's has denied it. The Orvik Harbour Authority and Pennick's agree. Fashion writers and Fashion editors.",
        ]
        let articles = texts.enumerated().map { Article(id: "a\($0.offset)", source: "a\($0.offset).txt", title: "Orvik", body: $0.element) }
        let parties = Parties(story, articles: articles, documents: articles.map { TextDocument($0.body) })
        let names = parties.entities.map(\.name)
        #expect(names.contains("Orvik Harbour Authority") && !names.contains("Authority"), "\(names)")
        #expect(names.contains("Pennick's"), "\(names)")
        #expect(!names.contains("Fashion"), "\(names)")
        #expect(Parties.possessiveName("Pennick", ["Pennick said it. Pennick's staff."].map(ClaimWords.tokens)) == nil)
    }

    /// "a dispute over fishing rights" is a conflict, "the union disputes the figures" a denial.
    @Test func aDisputeOverSomethingIsNoDenial() {
        let noun = tokens("Orvik is recalling its envoy in an escalation of a dispute over fishing rights.")
        #expect(ClaimEvidence.isConflictNoun(noun, noun.firstIndex { $0.lower == "dispute" }!))
        let verb = tokens("The union disputes the figures.")
        #expect(!ClaimEvidence.isConflictNoun(verb, verb.firstIndex { $0.lower == "disputes" }!))
    }

    /// "Neither X nor Y would confirm or deny" takes no stance either way.
    @Test func confirmOrDenyIsNoStance() {
        let claim = ClaimWords.content("Bram Oster is in talks to join Kestrel TV")
        var parties = Parties(Story(id: "s", title: "t", articles: []), articles: [], documents: [])
        let t = tokens("Neither Halden Radio nor Kestrel TV would confirm or deny on Monday that Bram Oster is in talks to join the channel.")
        #expect(ClaimEvidence.reportedStances(t, parties: &parties, claimParties: [], claimWords: claim, claimNegated: false).isEmpty)
        #expect(ClaimEvidence.confirmOrDeny(t, t.firstIndex { $0.lower == "deny" }!))
    }

    /// "this morning it was wrong" calls the report false, strictly; "the wrong buyer" and
    /// "facts rather than rumours" name without judging.
    @Test func wrongAfterACopulaOfTheReportDenies() {
        let claim = ClaimWords.content("The envoy to Orvik will be recalled")
        #expect(ClaimEvidence.quotedStance(tokens("I read the paper, and this morning it was wrong. The envoy stays."), claimWords: claim, loose: false) == .denies)
        #expect(ClaimEvidence.quotedStance(tokens("We did nothing wrong."), claimWords: claim, loose: false) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("A deal with the wrong buyer would hurt the town."), claimWords: claim) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("Please wait for facts rather than rumours."), claimWords: claim) == nil)
    }

    /// A verdict the speaker passes on from someone else ("It has told us the number is
    /// wrong", "The bank can deny it all it likes") is not the speaker's denial; "we deny" and
    /// "the claims in this report are false" are.
    @Test func anothersVerdictInAQuotationIsNotTheSpeakers() {
        let claim = ClaimWords.content("Orvik Bank is planning to cut 900 jobs")
        // Having seen the plan, the speaker vouches for it (`witnesses`); the denial is Orvik's.
        #expect(ClaimEvidence.quotedStance(tokens("We have seen the plan. Orvik can deny it all it likes, but the list is real."), claimWords: claim) == .supports)
        #expect(ClaimEvidence.quotedStance(tokens("The bank has told us the number is wrong."), claimWords: claim) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("We deny it."), claimWords: claim) == .denies)
        #expect(ClaimEvidence.quotedStance(tokens("The claims in this report are false."), claimWords: claim) == .denies)
    }

    /// An official body that would keep the record saying it has none denies a condition of
    /// the claim, by its whole common name; a claim that a step is only weighed is not denied so.
    @Test func anOfficialBodyWithNoRecordDenies() {
        var parties = Parties(Story(id: "s", title: "t", articles: []), articles: [], documents: [])
        let facts = ClaimEvidence.facts(tokens("Trade envoy Ivo Brask has been detained in Osterhavn."))
        let t = tokens("The Morvish interior ministry said no foreign envoy had been detained in the country this month.")
        let p = ClaimEvidence.officialFindsNone(t, parties: &parties, claimFacts: facts, namedBefore: { _, _ in nil })
        #expect(p.map { parties.entities[$0].name } == "Morvish interior ministry")
        let spokesman = tokens("A spokesman for the Port Directorate, Ana Lind, said no envoy had been detained there.")
        #expect(ClaimEvidence.officialFindsNone(spokesman, parties: &parties, claimFacts: facts, namedBefore: { _, _ in nil }) != nil)
        let weighed = ClaimEvidence.facts(tokens("Brask Mining weighs early closure of its pit."))
        let request = tokens("The industry ministry said it had not received any request to change the closure date.")
        #expect(ClaimEvidence.officialFindsNone(request, parties: &parties, claimFacts: weighed, namedBefore: { _, _ in nil }) == nil)
        let nothing = tokens("The interior ministry said the envoy was due home on Friday.")
        #expect(ClaimEvidence.officialFindsNone(nothing, parties: &parties, claimFacts: facts, namedBefore: { _, _ in nil }) == nil)
    }

    /// "On Friday there was no decision. By Sunday there was.": nothing is said to be undecided.
    @Test func aReversedNoDecisionDeniesNothing() {
        let claim = ClaimWords.content("The mayor will sack her deputy this week")
        #expect(ClaimEvidence.quotedStance(tokens("On Friday there was no decision. By Sunday there was."), claimWords: claim) == nil)
        #expect(ClaimEvidence.quotedStance(tokens("There was no decision on Friday."), claimWords: claim) == .denies)
    }

    /// "it had no agreement to buy the fleet" negates the speaker's own clause as "not" does.
    @Test func havingNoAgreementIsANegatedClause() {
        #expect(ClaimEvidence.negatedAtItsVerb(tokens("it had no agreement to buy the fleet")))
        #expect(!ClaimEvidence.negatedAtItsVerb(tokens("it had an agreement to buy the fleet")))
    }

    /// "We did not take this decision lightly" tells of a decision taken, not of none.
    @Test func thisDecisionWasTaken() {
        let claim = ClaimWords.content("The trust will sell its manor house")
        #expect(!ClaimEvidence.saysNothingIsDecided(tokens("We did not take this decision lightly."), claimWords: claim))
        #expect(ClaimEvidence.saysNothingIsDecided(tokens("We have not taken a decision."), claimWords: claim))
    }

    /// "Our reps were told that the depot would close next year": the speaker's people heard
    /// it, and the told "would" is no guess.
    @Test func whatOurPeopleWereToldIsVouchedFor() {
        let (f, e) = facts()
        #expect(ClaimEvidence.affirmsTheClaim(tokens("Our reps were told in plain terms that the bakery would close next year."), claimFacts: f, claimEvents: e))
        #expect(!ClaimEvidence.affirmsTheClaim(tokens("Our reps fear the bakery would close."), claimFacts: f, claimEvents: e))
    }
}
