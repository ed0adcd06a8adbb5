import HearsayModel
import Testing

@testable import HearsayAnalyze

/// A name joined by an ampersand is a firm's or a title's, never a person's: an outlet
/// quoted as reporting ("Hook & Line reported that ... 'a review'") stays a cited source in
/// every article. Own sentences, invented names.
@Suite struct Names38Tests {
    func story(_ bodies: String...) -> Story {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "art\(i)0000000", source: "test\(i).txt", title: "", body: body)
        }
        var draft = StoryDraft(id: "s", articles: articles)
        QuoteStage().run(&draft)
        return draft.story
    }

    @Test func anAmpersandNameQuotedAsReportingStaysAnOutlet() {
        let s = story(
            "The angling newsletter Hook & Line reported on Monday that the harbour board had voted to close the slipway.",
            "Hook & Line reported that the board wanted \u{201C}a full review of the slipway\u{201D} before spring.",
            "The board has not commented on the vote, which Hook & Line first reported."
        )
        let cited = s.citations.first { $0.source == "Hook & Line" }
        #expect(cited?.articles.count == 3, "\(s.citations.map { ($0.source, $0.articles) })")
        #expect(!s.people.contains { $0.name.contains("Hook") })
    }
}

/// Names with particles between their capitalised words ("Office National des Appellations",
/// "Banco de la Plata") are one name, and a body whose head noun comes first is official.
@Suite struct Particles38Tests: ClaimSuite {
    @Test func particlesJoinOneName() {
        var draft = StoryDraft(id: "s", articles: [
            Article(id: "a0", source: "t0.txt", title: "", body: "The Office National des Appellations confirmed the filing.\n\u{201C}We have registered it,\u{201D} the Office National des Appellations said.\n\u{201C}We will not comment on a filing we have not seen,\u{201D} Banco de la Plata said."),
        ])
        QuoteStage().run(&draft)
        let names = draft.story.organisations.map(\.name)
        #expect(names.contains("Office National des Appellations"), "\(names)")
        #expect(draft.story.quotes.first?.speaker == "Office National des Appellations")
        #expect(draft.story.quotes.map(\.speaker).contains("Banco de la Plata"), "\(draft.story.quotes.map(\.speaker))")
        #expect(ClaimEvidence.capitalisedRuns(tokens("Then the Office National des Appellations met.")).contains(["Office", "National", "des", "Appellations"]))
    }

    @Test func aBodyNamedHeadFirstIsOfficial() {
        #expect(Parties.isOfficialBody("Office National des Appellations"))
        #expect(Parties.isOfficialBody("Agency for Coastal Safety"))
        #expect(!Parties.isOfficialBody("Office Weekly"))
    }
}
