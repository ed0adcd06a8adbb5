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

    func tokens(_ s: String) -> [WordToken] {
        let u = Array(s.unicodeScalars)
        return WordTokens.tokens(u, in: 0..<u.count)
    }
}
