import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Who answered the claim and what the answer was: a refusal quoted in part, a reporter
/// standing by every word of its story. All sentences invented for these tests.
@Suite struct Stances42Tests: ClaimSuite {
    /// A leak about a water company; `answer` is the third article's body after its lede.
    func leak(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Brenmoor Water plans to sell its reservoir estate, leaked memo shows",
             "Brenmoor Water is planning to sell its reservoir estate to a property developer, according to a leaked memo seen by the Valley Echo."),
            ("Brenmoor Water reservoir sale: what we know",
             "Brenmoor Water is planning to sell its reservoir estate to a property developer, the Valley Echo reported on Monday."),
            ("Brenmoor Water answers reservoir report",
             "Brenmoor Water is planning to sell its reservoir estate, the Valley Echo reported.\n\n" + answer),
        ]))
    }

    @Test func aRefusalQuotedInPartIsNoDenial() throws {
        let claim = try leak("The company's chief executive, Oriel Banks, said she would not comment on \u{201C}speculation about our estate\u{201D}.")
        #expect(!claim.actorStances.contains { $0.stance == .denies }, "\(claim.actorStances.map { ($0.actor, $0.stance) })")
        #expect(claim.status == .reported, "\(claim.status): \(claim.statusReason)")
    }

    @Test func aFragmentCallingTheReportSpeculationStillDenies() throws {
        let claim = try leak("Brenmoor Water dismissed the memo as \u{201C}pure speculation\u{201D} on Tuesday.")
        #expect(claim.actorStances.contains { $0.actor == "Brenmoor Water" && $0.stance == .denies }, "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func standingByEveryWordOfTheStoryKeepsItDisputed() throws {
        let denial = "Brenmoor Water rejected the report. \u{201C}There is no plan to sell the reservoir estate,\u{201D} a Brenmoor Water spokesman said.\n\n"
        #expect(try leak(denial + "\u{201C}We stand by every word of our story,\u{201D} said Pia Lund, the Valley Echo's editor.").status == .disputed)
        #expect(try leak(denial + "The Valley Echo said it stood by every line.").status == .disputed)
        #expect(try leak(denial + "Pia Lund, the Valley Echo's editor, declined to comment.").status == .denied)
    }

    @Test func everyWordOfAReportIsTheReport() {
        #expect(ClaimStage.standsByReport(["we", "stand", "by", "every", "word", "of", "our", "reporting"], 1))
        #expect(ClaimStage.standsByReport(["it", "stood", "by", "every", "line"], 1))
        #expect(!ClaimStage.standsByReport(["it", "stood", "by", "every", "member", "of", "its", "staff"], 1))
        #expect(!ClaimStage.standsByReport(["we", "stand", "by", "every", "word", "of", "the", "contract"], 1))
    }

    @Test func aPartySayingTheReportMatchedWhatItKnewCorroboratesIt() throws {
        let claim = try leak("Brenmoor Water rejected the report.\n\n"
            + "But the union representing reservoir staff said the story matched what its members had been told for months. "
            + "Ada Crane, regional officer of the Union of Water Workers, said members were worried.")
        #expect(claim.actorStances.contains { $0.actor == "Union of Water Workers" && $0.stance == .supports },
            "\(claim.actorStances.map { ($0.actor, $0.stance) })")
        // Backing a report by what one heard settles nothing: the denial still stands.
        #expect(claim.status == .denied, "\(claim.status): \(claim.statusReason)")
    }

    @Test func aNamedGroupInAppositionCorroboratesIt() throws {
        let claim = try leak("Keep Our Valley, the campaign fighting the sale, said the report echoed what it had heard from staff.")
        #expect(claim.actorStances.contains { $0.actor == "Keep Our Valley" && $0.stance == .supports }, "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func aReportThatDidNotMatchCorroboratesNothing() {
        #expect(ClaimEvidence.agreesWithReport(["the", "story", "matched", "what", "we", "heard"]))
        #expect(ClaimEvidence.agreesWithReport(["report", "was", "consistent", "with", "our", "records"]))
        #expect(!ClaimEvidence.agreesWithReport(["the", "weather", "matched", "the", "forecast"]))
        #expect(!ClaimEvidence.agreesWithReport(["the", "report", "said", "the", "sale", "matched"]))
    }

    @Test func aNamedPersonSayingTheThingStaysPutDeniesAMove() throws {
        let claim = try core(analyse([
            ("Dunmore Cup owners in talks to move regatta to Pellham",
             "The owners of the Dunmore Cup have held talks about moving the sailing regatta to Pellham from 2028, according to two people familiar with the matter."),
            ("Dunmore Cup answers report of move",
             "The owners of the Dunmore Cup have held talks about moving the regatta to Pellham, the Coast Courier reported on Monday.\n\n"
                + "\u{201C}The Dunmore Cup is not going anywhere. We have a lease with the harbour until 2031,\u{201D} said Lena Marsh, the regatta director."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Lena Marsh" && $0.stance == .denies }, "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func aBodySayingItsMembersWereBriefedOnTheNewsCorroboratesIt() throws {
        let claim = try leak("Brenmoor Water rejected the report.\n\n"
            + "The Reservoir Anglers Association, which represents fishing clubs on the estate, said on Monday that its members had been briefed in May on a sale of the reservoir estate.")
        #expect(claim.actorStances.contains { $0.actor == "Reservoir Anglers Association" && $0.stance == .supports },
            "\(claim.actorStances.map { ($0.actor, $0.stance) })")
        #expect(claim.status == .denied, "\(claim.status): \(claim.statusReason)")
        let told = try leak("The Reservoir Anglers Association said its members had been told nothing about a sale of the reservoir estate.")
        #expect(!told.actorStances.contains { $0.stance == .supports }, "\(told.actorStances.map { ($0.actor, $0.stance) })")
    }
}
