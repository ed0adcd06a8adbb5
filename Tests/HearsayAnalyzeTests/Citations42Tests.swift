import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// How outlets credit what they were told from (forty-second session): unnamed informants, an
/// outlet whose name holds a particle, a rule in draft. Every sentence is written for these
/// tests.
@Suite struct Citations42Tests: QuoteSuite {
    func unnamed(_ s: Story) -> [Citation] { s.citations.filter { $0.kind == .unnamed } }

    @Test func unnamedInformantsAreCited() {
        let s = story(
            "The bakery chain is in talks to buy its rival, according to three people familiar with the talks.",
            "Crumb & Co was said on Monday to be near a deal. A person familiar with the matter said it valued the rival at £9m.",
            "The bakery chain has not commented on the reports.")
        let cited = unnamed(s)
        #expect(cited.count == 1)
        #expect(cited.first?.source == "three people familiar with the talks")
        #expect(cited.first?.articles.count == 2)
        // Informants are never the claim's origin: they are no outlet.
        #expect(!s.citations.contains { $0.kind == .outlet && $0.source.contains("people") })
    }

    @Test func countedTradesAreOneKind() {
        let s = story(
            "Cracks were found in the dam wall, according to two engineers familiar with the inspection.",
            "The Tarn Herald first reported the cracks, citing two anonymous engineers.")
        let cited = unnamed(s)
        #expect(cited.map(\.source) == ["two engineers familiar with the inspection"])
        #expect(cited.first?.articles.count == 2)
    }

    @Test func aQualifierlessCrowdIsNoSource() {
        #expect(unnamed(story("Many people turned out to watch the parade on Sunday.")).isEmpty)
        #expect(unnamed(story("Two anonymous donors gave the hospice £1m last year.")).isEmpty)
    }

    @Test func anOutletWithAParticleIsNoPerson() {
        // "del" abbreviates Delegate only capitalised: inside a name it joins it.
        #expect(sources("The daily Voce del Lago reported on Friday that the ferry would stop.").contains("Voce del Lago"))
        #expect(sources("Voce del Lago reported last week that the ferry would stop.").contains("Voce del Lago"))
    }

    @Test func aDraftRuleIsADocument() {
        let s = story("According to a draft ordinance seen by the Lake Post, the town will ban jet skis.")
        #expect(s.citations.contains { $0.kind == .document && $0.source == "draft ordinance" })
    }
}
