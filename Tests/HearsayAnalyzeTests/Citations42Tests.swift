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

/// Where a claim came from and what it rests on (forty-second session).
@Suite struct Origin42Tests: ClaimSuite {
    @Test func aNetworkYieldsToTheOutletThatReportedIt() throws {
        let s = analyse([
            (
                "Hottest summer in 50 years is on the way, weather fans say",
                "The hottest summer in 50 years is on the way, with drought expected from June.\n\nFarmers are worried. The clip first appeared on TikTok on Sunday. It was then picked up by the Morning Lamp newspaper."
            ),
            (
                "Weather office denies hottest summer claim",
                "The weather office has denied that the hottest summer in 50 years is on the way.\n\nThe claim spread in a video posted on TikTok. The Morning Lamp reported it on Monday."
            ),
            (
                "Fact check: the hottest summer in 50 years is not on the way",
                "A video posted on TikTok says the hottest summer in 50 years is on the way. The Morning Lamp repeated it on Monday.\n\nThe weather office has issued no such forecast."
            ),
        ])
        #expect(try core(s).origin == "Morning Lamp")
    }

    @Test func theOriginsOwnArticleTellsHowItWasSourced() throws {
        let bodies = [
            (
                "Crew told their jobs will go as ferry service ends", "Tarn Gazette",
                "Deckhands on the Kelby crossing have been given notice, two members of staff told the Tarn Gazette, as the operator prepares to end the service.\n\nThe operator did not reply."
            ),
            ("Kelby ferry to stop in May, report says", "Harbour Wire", "The Kelby ferry will stop running in May, the Tarn Gazette reported, after insiders warned of cuts."),
            ("Kelby ferry to stop in May", "Radio Kelby", "The Kelby ferry will stop running in May, according to the Tarn Gazette. The operator did not comment."),
        ]
        let articles = bodies.enumerated().map { i, a in
            Article(id: "art\(i)0000000", source: "t\(i).txt", title: a.0, body: a.2, outlet: a.1, published: "2026-03-0\(i + 1)")
        }
        let claim = try core(StoryAnalyzer.standard.analyze(id: "s", articles: articles))
        #expect(claim.origin == "Tarn Gazette")
        #expect(claim.sourcing == "two members of staff")
    }

    @Test func anAuxiliaryEndsTheInformantsQualifier() {
        let found = phrases("The crossing will close, two people close to the ferry operator have told the Tarn Post.")
        #expect(found.contains("two people close to the ferry operator"))
        #expect(!found.contains { $0.hasSuffix("have") })
    }

    @Test func aPaperNamedByWhatItIs() {
        #expect(phrases("Fees rose by a third, according to an internal spreadsheet obtained by the Tarn Ledger.").contains { $0.contains("spreadsheet") })
        #expect(phrases("The figures were in a dossier seen by the Quay Herald.").contains { $0.contains("dossier") })
    }
}
