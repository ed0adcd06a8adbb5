import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// "One engineer, who asked not to be named, said ... “...,” the engineer said": the definite
/// description takes up the unnamed person, who stays as anonymous as introduced (twenty-first
/// session); every sentence is written for these tests.
@Suite struct Speakers27Tests: QuoteSuite {
    @Test func theNounTakesUpTheUnnamedPersonWithTheirQualifier() {
        let s = story(
            """
            Depot closure feared.

            One engineer at the depot, who asked not to be named, said staff had heard nothing. "We find out about our own jobs from the radio," the engineer said.
            """)
        #expect(speaker(s, "our own jobs from the radio") == "One engineer at the depot")
    }

    @Test func anAdjectiveAndItsPrepositionQualifyThePerson() {
        let s = story(
            """
            Bank to shut branches.

            A person familiar with the plans said the list was drawn up in March. "Nobody on the board is fighting it," the person said.
            """)
        #expect(speaker(s, "Nobody on the board") == "A person familiar with the plans")
    }

    @Test func aNameLaterInTheDescriptionsSentenceDoesNotComeBetween() {
        let s = story(
            """
            Founder may sell.

            A former Tessaly executive told the Gazette that the founder, Ivo Marsh, still prizes the firm above any bid. "He has never sold a thing and he will not start cheaply," the former executive said.
            """)
        #expect(speaker(s, "never sold a thing") == "A former Tessaly executive")
    }

    @Test func aNamedPersonWithTheNounStaysThatPerson() {
        let s = story(
            """
            Depot closure feared.

            Rhona Falk, an engineer at the depot, said staff had heard nothing. "We find out about our own jobs from the radio," the engineer said.
            """)
        #expect(speaker(s, "our own jobs from the radio") == "Rhona Falk")
    }

    @Test func anotherNounIsNotTheDescribedPerson() {
        let s = story(
            """
            Depot closure feared.

            One passenger at the station said the trains had been late all week. "We were told nothing about the depot," the driver said.
            """)
        #expect(speaker(s, "told nothing about the depot") != "One passenger at the station")
    }

    @Test func theTakenUpDescriptionIsCheckedAsAnonymous() {
        let bodies = [
            """
            Depot to close, union says.

            The union said on Monday that the Harwick depot would close in the spring.
            """,
            """
            Depot closure feared.

            The union said the Harwick depot would close. One engineer at the depot, who asked not to be named, said staff had heard nothing. "We find out about our own jobs from the radio," the engineer said.
            """,
        ]
        let articles = bodies.enumerated().map { i, body in Article(id: "art\(i)0000000", source: "t\(i).txt", title: "", body: body) }
        var draft = StoryDraft(id: "s", articles: articles)
        QuoteStage().run(&draft)
        CompareStage().run(&draft)
        let q = draft.story.quotes.first { $0.text.contains("our own jobs") }
        #expect(q?.flags.contains(Quote.uncorroborated) == true)
    }
}

/// Outlets the sourcing wording introduces (twenty-first session): an outlet noun before a
/// name that reads as a person's, a people's adjective before the noun, "per X" after a comma.
@Suite struct Citations27Tests: QuoteSuite {
    @Test func anOutletNounMakesAPersonLikeNameAnOutlet() {
        #expect(sources("The club president told radio station Onda Rosa that the talks had moved quickly.").contains("Onda Rosa"))
    }

    @Test func aPeoplesAdjectiveMayStandBeforeTheOutletNoun() {
        #expect(sources("The club president told the Portuguese radio station Onda Rosa that the talks had moved quickly.").contains("Onda Rosa"))
    }

    @Test func perAfterACommaCitesAnOutlet() {
        #expect(sources("Shares in the utility rose 6% on Monday, per Harbourline Newswire.").contains("Harbourline Newswire"))
    }

    @Test func perOfARateCitesNothing() {
        #expect(sources("Prices rose 3 per cent on Monday, per the Harbour Ledger.") == ["Harbour Ledger"])
        #expect(sources("Fares rose by 4 per cent, per passenger, across Tarrow Rail.").isEmpty)
    }

    @Test func aPersonToldDirectlyIsNoSource() {
        #expect(!sources("The club president told Rosa Lindqvist that the talks had moved quickly.").contains("Rosa Lindqvist"))
    }
}

/// One statement word for word under two credits that cannot be one source (twenty-first
/// session): an outlet credited the wrong party, and the group shows both.
@Suite struct QuoteGroups27Tests: CompareSuite {
    @Test func aLongStatementSharedWordForWordJoinsAcrossCredits() {
        let found = groups([
            ("The quay will be shut to all ferries for a period of 28 days while the piles are replaced", "Harbour Authority"),
            ("The quay will be shut to all ferries for a period of 21 days while the piles are replaced", "Coastal Ferries Group"),
        ])
        #expect(found.count == 1)
        #expect(found.first?.wordingDiffers == true)
    }

    @Test func aShortStockPhraseDoesNotJoinAcrossCredits() {
        let found = groups([
            ("We do not comment on market speculation", "Harbour Authority"),
            ("We do not comment on market speculation", "Coastal Ferries Group"),
        ])
        #expect(found.isEmpty)
    }
}

/// A live blog's "09:10 CET -": the clock's time zone is nobody (twenty-first session).
@Suite struct TimeZones27Tests: QuoteSuite {
    @Test func aTimeZoneAfterAClockIsNoSpeaker() {
        let s = story(
            """
            Minister resigns: live.

            10:05 CET - Minister Tomas Brandt leaves the building without a word.

            10:40 CET - Reaction from the opposition: "This changes nothing about the contract and we want the audit published."
            """)
        #expect(s.people.allSatisfy { $0.name != "CET" })
        #expect(speaker(s, "changes nothing about the contract") != "CET")
    }
}

/// The writers signed with a desk title join the story's people (twenty-second session); own
/// sentences.
@Suite struct Writers28Tests {
    func story(_ articles: [Article]) -> Story {
        var draft = StoryDraft(id: "s", articles: articles)
        QuoteStage().run(&draft)
        return draft.story
    }

    func article(_ id: String, _ body: String, byline: String?, role: String?) -> Article {
        var a = Article(id: id, source: "\(id).txt", title: "Mill to close", body: body, byline: byline)
        a.bylineRole = role
        return a
    }

    @Test func aWriterWithADeskTitleIsOneOfThePeople() {
        let s = story([
            article("a1000000", "The paper mill will close in May, two workers said.", byline: "Tamsin Orrell", role: "Industry Correspondent"),
            article("b1000000", "The mill's owners declined to comment.", byline: "Rafe Kilbride", role: nil),
        ])
        let writer = s.people.first { $0.name == "Tamsin Orrell" }
        #expect(writer?.roles == ["Industry Correspondent"])
        #expect(writer?.articles == ["a1000000"])
        // A byline without a title adds no one.
        #expect(!s.people.contains { $0.name == "Rafe Kilbride" })
    }

    @Test func aWriterTheTextNamesIsTheSamePerson() {
        let s = story([
            article("a1000000", "The paper mill will close in May, two workers said.", byline: "Tamsin Orrell", role: "Industry Correspondent"),
            article("b1000000", "\u{201C}The owners knew in March,\u{201D} said Tamsin Orrell, who first reported the closure.", byline: nil, role: nil),
        ])
        let named = s.people.filter { $0.name == "Tamsin Orrell" }
        #expect(named.count == 1)
        #expect(named.first?.roles.contains("Industry Correspondent") == true)
        #expect(Set(named.first?.articles ?? []) == ["a1000000", "b1000000"])
    }
}

/// Roles given beside a form of address ("Dr", "Professor"), which says nothing of the job
/// (twenty-second session); own sentences.
@Suite struct Roles28Tests: QuoteSuite {
    @Test func aRoleBeforeTheCommaOfADoctor() {
        let s = story(#"Its deputy director, Dr Ottilie Rask, said: "No case has been confirmed.""#)
        #expect(roles(s, "Ottilie Rask").contains("deputy director"))
        #expect(roles(s, "Ottilie Rask").contains("Doctor"))
    }

    @Test func aTradeOpeningTheSentenceBeforeTheTitle() {
        let s = story(#"Dietitian Dr Ottilie Rask said: "One fizzy drink a week is not the problem.""#)
        #expect(roles(s, "Ottilie Rask") == ["Dietitian", "Doctor"])
    }

    @Test func aTradeNounHeadsAnApposition() {
        let s = story(#"Dr Ottilie Rask, the haematologist who runs the trial at Vesby, said: "We saw nothing unexpected.""#)
        #expect(roles(s, "Ottilie Rask").contains { $0.hasPrefix("haematologist") })
        // A name list after the comma is no role.
        let t = story(#"Dr Ottilie Rask, Ivo Brandt and Lene Holm signed the letter. "We saw nothing unexpected," Rask said."#)
        #expect(roles(t, "Ottilie Rask") == ["Doctor"])
    }
}
