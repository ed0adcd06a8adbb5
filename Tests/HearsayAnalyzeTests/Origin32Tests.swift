import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-second session: the account a hoax came from, named with its noun after the
/// handle ("the @X account"). Own sentences, invented names.
@Suite struct Origin32Tests {
    func draft(_ bodies: [String]) -> StoryDraft {
        let articles = bodies.enumerated().map { i, b in Article(id: "a\(i)", source: "\(i).txt", title: "t", body: b) }
        return StoryDraft(id: "s", articles: articles)
    }

    @Test func theAccountNounMayFollowTheHandle() {
        let story = draft([
            "The clip of a wolf on the ring road was posted on Friday by the account @RoadWatchNorth.",
            "The footage, shared from the @RoadWatchNorth account, shows a large dog.",
        ])
        #expect(ClaimEvidence.postingAccount(story) == "@RoadWatchNorth")
        // A handle followed by a word that is no account noun names no poster.
        #expect(ClaimEvidence.postingAccount(draft([
            "The clip of a wolf was posted on Friday by the account @RoadWatchNorth.",
            "The footage was shared with @RoadWatchNorth followers on Saturday.",
        ])) == nil)
    }
}

/// Thirty-second session: a headline's kicker ("Exclusive:") is no word of the claim.
@Suite struct Kicker32Tests {
    func words(_ s: String) -> String {
        ClaimCandidates.withoutKicker(ClaimWords.tokens(s)).map(\.text).joined(separator: " ")
    }

    @Test func theDesksLabelGoesAndASpeakersNameStays() {
        #expect(words("EXCLUSIVE: Harbour club set to sell its ground for £40m") .hasPrefix("Harbour club set to sell"))
        #expect(words("Revealed: the mayor's secret plan for the docks").hasPrefix("the mayor"))
        #expect(words("Brackwell Rovers: no talks over the ground sale").hasPrefix("Brackwell Rovers :"))
        // Too short to be a claim without its label: left alone.
        #expect(words("Breaking: fire at docks").hasPrefix("Breaking"))
    }
}

/// Thirty-third session: a claim keeps no stray mark of a quotation in single quotes.
@Suite struct ClaimMarks33Tests {
    func normalised(_ s: String) -> String {
        let doc = TextDocument(s)
        return ClaimCandidates.normalised(doc, ClaimWords.tokens(doc, doc.sentences[0].range))
    }

    @Test func singleQuotesRoundAPhraseGoAndAnApostropheStays() {
        #expect(normalised("'Hottest week in 50 years' due in June") == "Hottest week in 50 years due in June.")
        #expect(normalised("The mayor called the plan 'a disgrace' on Friday") == "The mayor called the plan a disgrace on Friday.")
        #expect(normalised("The dockers' union will strike in June") == "The dockers' union will strike in June.")
    }
}
