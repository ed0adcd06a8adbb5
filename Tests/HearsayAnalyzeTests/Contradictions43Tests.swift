import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-sixth session: figures outlets give differently that the finder missed.
/// Own sentences, invented names.
@Suite struct Contradictions43Tests {
    func numbers(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "number" }
    }

    @Test func aReachToldAsANounIsOneFigure() {
        let found = numbers([
            "The clip of the swan on the ring road had drawn about 900,000 views by Tuesday afternoon.",
            "The video, first put up by a cyclist, has now been watched more than 2.5 million times.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject == "views (clip)")
    }

    @Test func aReachOnAPlatformNeedsNoMediumNamed() {
        #expect(numbers([
            "It piled up 3 million views on YouTube within hours.",
            "By the weekend the song had some 600,000 views on YouTube, according to its label.",
        ]).count == 1)
    }

    @Test func sharesOfACompanyAreNoReach() {
        #expect(QuantityMentions.reachNoun(tokens("the video showed 40,000 shares in Orlix"), at: 5) == nil)
        #expect(QuantityMentions.reachNoun(tokens("the video drew 40,000 shares"), at: 4) == "share")
    }

    @Test func aNameBeforeAVerbOfSayingIsTheSourceNotTheOwner() {
        #expect(numbers([
            "Ana Dunstan said the harbour trust had hired 140 divers for the quay walls.",
            "Piet Breck said the harbour trust had hired 180 divers for the quay walls.",
        ]).count == 1)
        // A statement that refers back to its source is that source's figure.
        #expect(numbers([
            "Orlix said it would cut 300 jobs at its Tarnby plant.",
            "Valmet said it would cut 500 jobs at its Tarnby plant.",
        ]).isEmpty)
    }

    @Test func digitsAfterANounOfASeriesNameOneOfIt() {
        let t = tokens("about 1,800 category 2 calls were moved to phase 3 of the plan")
        #expect(QuantityMentions.isIdentifier(t, 3))
        #expect(QuantityMentions.isIdentifier(t, 9))
        #expect(!QuantityMentions.isIdentifier(t, 1))
    }

    @Test func aValueWordInAnInfinitiveValuesTheSubject() {
        let found = CompareTestSupport.contradictions([
            "The new footbridge will cost €14 million, the council said.",
            "The footbridge is expected to cost about €19 million, officials said.",
        ]).filter { $0.attribute == "money" }
        #expect(found.map(\.subject) == ["footbridge cost"])
    }

    @Test func aRelativeClauseValuesItsAntecedent() {
        let found = CompareTestSupport.contradictions([
            "The ferry, which cost €14 million to build, sank in the harbour.",
            "Divers reached the ferry, which cost €19 million to build, on Monday.",
        ]).filter { $0.attribute == "money" }
        #expect(found.map(\.subject) == ["ferry cost"])
    }

    @Test func aSmallCountIsPairedOnItsSentencesWords() {
        #expect(numbers([
            "There were at least six separate sightings of one or more wolves on the moor at Caldbeck over the weekend.",
            "Police said four sightings had been reported, all of them of wolves on the moor at Caldbeck.",
        ]).count == 1)
        // "The other two" counts a part of what the first counts.
        #expect(numbers([
            "Three bidders were shortlisted by the ministry for the ferry contract.",
            "The other two bidders for the ferry contract, the ministry said, were not shortlisted.",
        ]).isEmpty)
    }

    func tokens(_ s: String) -> [WordToken] {
        let u = Array(s.unicodeScalars)
        return WordTokens.tokens(u, in: 0..<u.count)
    }
}
