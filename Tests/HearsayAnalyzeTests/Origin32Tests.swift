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
