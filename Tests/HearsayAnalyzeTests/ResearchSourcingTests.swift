import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-second-session sourcing and origin rules: a claim resting on research is sourced by
/// the study, a cited witness and a named body's counted members are sources, a register is a
/// paper, satire is how a hoax was sourced, and where a claim "first appeared" is its origin.
/// All sentences invented for these tests.
@Suite struct ResearchSourcingTests: ClaimSuite {
    @Test func aStudyCitedIsTheSourcingWithWhereItAppeared() {
        #expect(phrases("Night shifts double the risk of colds, according to a study posted online this week, which has not been reviewed.").contains("a study posted online this week"))
        #expect(phrases("The toasters leak lead, according to laboratory tests commissioned by the Consumer Panel.").contains("laboratory tests commissioned by the Consumer Panel"))
        #expect(phrases("Dog owners sleep better, according to new research from the University of Wexmoor.").contains("new research from the University of Wexmoor"))
        // A bare study is still one.
        #expect(phrases("Rents rose by a third, according to a survey.").contains("a survey"))
        // Cut short by the limit, the phrase ends on a word that says something.
        let long = phrases("Rents rose, according to a new survey of tenants from forty towns by analysts at the housing charity Roofline.")
        #expect(long.contains("a new survey of tenants from forty towns by analysts"))
        // "The paper" alone is a newspaper, no study.
        #expect(!phrases("Rents rose, according to the paper.").contains { $0.contains("paper") })
    }

    @Test func aWitnessCitedWithHowTheyKnow() {
        #expect(phrases("The pair married on Saturday, according to a neighbour who attended the party.").contains("a neighbour who attended the party"))
        #expect(phrases("The line will shut, citing a former engineer who worked on the signals.").contains("a former engineer who worked on the signals"))
        // Without the clause that says how they know, a single person is no sourcing.
        #expect(phrases("The pair married on Saturday, according to a neighbour.").isEmpty)
        // A report is no witness.
        #expect(!phrases("The pair married, according to a report which appeared online.").contains { $0.contains("report") })
    }

    @Test func countedMembersOfANamedBody() {
        let s = "The mayor will call an early vote, according to three senior Harbour Party figures with knowledge of the plan."
        #expect(phrases(s).contains { $0.hasPrefix("three senior Harbour Party figures") })
        // Lower-case words still count as before.
        #expect(phrases("The yard will close, according to two senior council officials.").contains("two senior council officials"))
    }

    @Test func aRegisterIsAPaper() {
        #expect(phrases("The chapel's marriage register, seen by the Quay Times, records the wedding.").contains { $0.contains("register") })
        #expect(phrases("The firm is owned by her brother, according to the company register.").contains("the company register"))
    }

    @Test func satireIsHowAHoaxWasSourced() {
        let articles = [
            Article(id: "a1", source: "a.txt", title: "Mayor to ban umbrellas", body: "The mayor will ban umbrellas, a satirical website wrote on Monday."),
            Article(id: "a2", source: "b.txt", title: "No, the mayor is not banning umbrellas", body: "The story began on a satirical website and was copied by a blog. \"It is satire,\" its editor said."),
        ]
        let draft = StoryDraft(id: "s", articles: articles)
        #expect(ClaimEvidence.satireSource(draft) == "a satirical website")
        // A quotation's satire is the speaker's word, not the story's sourcing.
        let quoted = StoryDraft(id: "s", articles: [Article(id: "a3", source: "c.txt", title: "Umbrellas", body: "\"This reads like a satirical website,\" she said.")])
        #expect(ClaimEvidence.satireSource(quoted) == nil)
    }

    @Test func whereAClaimFirstAppearedIsItsOrigin() {
        let articles = [
            Article(id: "a1", source: "a.txt", title: "Fact check: Kestrel ferries", body: "The claim first appeared in a report by the Harbour Echo on 2 May."),
            Article(id: "a2", source: "b.txt", title: "Kestrel ferries", body: "The Harbour Echo and the Quay Times wrote about the ferries."),
        ]
        var draft = StoryDraft(id: "s", articles: articles)
        draft.story.citations = [Citation(source: "Harbour Echo", articles: ["a1", "a2"]), Citation(source: "Quay Times", articles: ["a2"])]
        #expect(ClaimEvidence.firstReporter(draft) == "Harbour Echo")
        // A post's outlet is still only the one that first reported it: a picture that first
        // appeared in a paper was printed there, not rumoured.
        #expect(ClaimEvidence.firstReporter(draft, verbs: ClaimLexicon.scoopVerbs) == nil)
    }
}

/// Forty-second-session status rules: the origin correcting its report takes it back, as a
/// retraction does. All names invented for these tests.
@Suite struct CorrectionStatusTests: ClaimSuite {
    @Test func theOriginCorrectingItsReport() {
        #expect(ClaimStage.retracts("Harbour Echo", in: tokens("The Harbour Echo has since corrected its report.")))
        // Correcting something else is no correction of the report.
        #expect(!ClaimStage.retracts("Harbour Echo", in: tokens("The Harbour Echo corrected the mayor on the figures.")))
    }

    @Test func aCorrectionNoticeUnderTheOriginsMasthead() {
        #expect(ClaimStage.isCorrectionNotice("Correction: Kestrel fourth, not first, in ferry survey"))
        #expect(!ClaimStage.isCorrectionNotice("Corrections officers strike at Wexmoor jail"))
        let articles = [
            Article(id: "a1", source: "a.txt", title: "Kestrel has the worst ferries", body: "Kestrel ferries are the latest in the land.", outlet: "Harbour Echo", published: "2026-05-01"),
            Article(
                id: "a2", source: "b.txt", title: "Correction: Kestrel fourth, not first, in ferry survey",
                body: "An article on 1 May said Kestrel ferries were the latest. That was incorrect.", outlet: "Harbour Echo", published: "2026-05-04"),
        ]
        let draft = StoryDraft(id: "s", articles: articles)
        #expect(ClaimStage.retractedByOrigin("Harbour Echo", draft) == 1)
        // A notice with no masthead speaks for nobody it names.
        let outletless = articles.map { a in Article(id: a.id, source: a.source, title: a.title, body: a.body + " The Quay Times said so.", published: a.published) }
        #expect(ClaimStage.retractedByOrigin("Quay Times", StoryDraft(id: "s", articles: outletless)) == nil)
    }
}

/// Forty-second-session sourcing rule: a paper with the outlet's "seen by" set off as an
/// aside right after it. Sentences invented for these tests.
@Suite struct ApposedPaperTests: ClaimSuite {
    @Test func aPaperSeenByTheOutletAsAnAside() {
        #expect(phrases("The memo, seen by the Quay Times, sets out the cuts.").contains { $0.hasPrefix("memo, seen by the Quay Times") })
        // Before its "of" phrase, the paper is the draft, not what it drafts.
        #expect(phrases("A draft of the board's closure plans, seen by the Quay Times, names the pool.").contains { $0.hasPrefix("draft of the board's closure plans, seen by") })
        // A person seen by the outlet is no paper.
        #expect(!phrases("The mayor, seen by the Quay Times at the station, said nothing.").contains { $0.contains("mayor") })
    }
}

/// A network where a clip first appeared is where it was posted, not who reported it.
@Suite struct FirstAppearedTests: ClaimSuite {
    @Test func aNetworkWhereItFirstAppearedIsNoReporter() {
        let articles = [Article(id: "a1", source: "a.txt", title: "Kestrel ferries", body: "The clip first appeared on TikTok on Sunday.")]
        var draft = StoryDraft(id: "s", articles: articles)
        draft.story.citations = [Citation(source: "TikTok", articles: ["a1"])]
        #expect(ClaimEvidence.firstReporter(draft) == nil)
    }
}

/// An outlet's name cut short at a possessive ("Grocer" of "The Grocer's Ledger").
@Suite struct PossessiveNameTests: ClaimSuite {
    @Test func aNameNeverWrittenAloneIsPartOfALongerOne() {
        let articles = [
            Article(id: "a1", source: "a.txt", title: "Bar to shrink", body: "The bar will shrink, according to orders seen by The Baker's Almanac."),
            Article(id: "a2", source: "b.txt", title: "Bar shrinks", body: "The cut was first reported by The Baker\u{2019}s Almanac on Monday."),
        ]
        #expect(ClaimEvidence.fullestForm("Baker", StoryDraft(id: "s", articles: articles)) == "Baker's Almanac")
        // Written alone once, the name stands as it is.
        let alone = articles + [Article(id: "a3", source: "c.txt", title: "Bar", body: "Baker said the bar would shrink.")]
        #expect(ClaimEvidence.fullestForm("Baker", StoryDraft(id: "s", articles: alone)) == "Baker")
        // Once is no pattern: "the Courier's Jo Roe" is a reporter.
        #expect(ClaimEvidence.nameCutAtPossessive("Courier", StoryDraft(id: "s", articles: [articles[0], Article(id: "a4", source: "d.txt", title: "X", body: "The Courier's Jo Roe wrote it.")])) == nil)
    }
}

/// What diplomats send each other is a paper.
@Suite struct DiplomaticPaperTests: ClaimSuite {
    @Test func aCableObtainedByTheOutlet() {
        #expect(phrases("The border will close, according to a confidential diplomatic cable obtained by the Quay Times.").contains {
            $0.hasSuffix("diplomatic cable obtained by the Quay Times")
        })
    }
}

/// The study a claim rests on, withdrawn by those who issued it, no longer tells it.
@Suite struct WithdrawnResearchTests: ClaimSuite {
    @Test func aWithdrawnPreprintTakesTheClaimBack() {
        let articles = [
            Article(id: "a1", source: "a.txt", title: "Coffee cures colds", body: "Coffee cures colds, according to a preprint posted online.", published: "2026-05-01"),
            Article(id: "a2", source: "b.txt", title: "Coffee study pulled", body: "The preprint has been withdrawn by its authors.", published: "2026-05-04"),
        ]
        #expect(ClaimStage.researchWithdrawn("a preprint posted online", StoryDraft(id: "s", articles: articles)) == 1)
        let long = [articles[0], Article(id: "a6", source: "f.txt", title: "Coffee", body: "The preprint that claimed coffee cures colds in a week has been withdrawn.", published: "2026-05-04")]
        #expect(ClaimStage.researchWithdrawn("a preprint posted online", StoryDraft(id: "s", articles: long)) == 1)
        // A withdrawal denied is none.
        let kept = [articles[0], Article(id: "a3", source: "c.txt", title: "Coffee", body: "Its author has not withdrawn the preprint.", published: "2026-05-04")]
        #expect(ClaimStage.researchWithdrawn("a preprint posted online", StoryDraft(id: "s", articles: kept)) == nil)
        // Something else withdrawn after the study is no withdrawal of it.
        let other = [articles[0], Article(id: "a5", source: "e.txt", title: "Coffee", body: "The chain has withdrawn its coffee from sale, a week after the preprint appeared.", published: "2026-05-04")]
        #expect(ClaimStage.researchWithdrawn("a preprint posted online", StoryDraft(id: "s", articles: other)) == nil)
        // A leaked memo withdrawn may still have said what the report said.
        let memo = [Article(id: "a4", source: "d.txt", title: "Memo", body: "The ministry withdrew the memo on Friday.", published: "2026-05-04")]
        #expect(ClaimStage.researchWithdrawn("a leaked memo", StoryDraft(id: "s", articles: memo)) == nil)
    }
}
