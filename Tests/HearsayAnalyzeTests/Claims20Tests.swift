import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, sixteenth review, second round (new stories): the British scoop closing "..., the
/// Courier can reveal", and a party that states the claim as its own news. All sentences
/// invented for these tests.
@Suite struct Claims20Tests: ClaimSuite {
    func clause(_ s: String) -> String? {
        let doc = TextDocument(s)
        let t = ClaimWords.tokens(doc, 0..<doc.scalars.count)
        guard let r = ClaimCandidates.clause(t) else { return nil }
        return t[r].filter(\.isWordOrNumber).map(\.text).joined(separator: " ")
    }

    /// "..., the Courier can reveal" closes a lede as the outlet's own scoop, as "has learned"
    /// does; "reveal" without "can" is no closing.
    @Test func canRevealClosesAScoop() {
        #expect(
            clause("Dunby Rovers have agreed to sell their training ground to Harlan Homes for housing, the Dunby Courier can reveal.")
                == "Dunby Rovers have agreed to sell their training ground to Harlan Homes for housing")
        #expect(clause("The ferry line will stop running in May after forty years, the timetables reveal.") == nil)
    }

    /// The outlet's own scoop words the claim, not another outlet's retelling of it
    /// ("According to the Courier, the club has sold ..."), which names less.
    @Test func theScoopWordsTheClaimOverItsRetelling() throws {
        let story = analyse([
            ("EXCLUSIVE: Dunby Rovers sell training ground to Harlan Homes",
             "Dunby Rovers have agreed to sell their Kelso Lane training ground to Harlan Homes for about 9 million pounds, the Dunby Courier can reveal. A person briefed on the talks said the contract was signed last week."),
            ("Rovers fans angry at training ground report",
             "According to the Dunby Courier, the club has sold the training ground to Harlan Homes for about 9 million pounds. Fans say they were never asked."),
            ("Rovers silent on training ground sale",
             "Dunby Rovers have declined to comment on a newspaper report about their training ground. The Dunby Courier reported that Harlan Homes had agreed to pay about 9 million pounds for the Kelso Lane site."),
        ])
        let claim = try core(story)
        #expect(claim.text.hasPrefix("Dunby Rovers have agreed to sell"))
    }

    /// A party that says the claim in its own words ("said that a recall was being prepared")
    /// confirms it, beside the party that denies it: the claim is disputed, not denied.
    @Test func aPartyStatingTheClaimConfirmsIt() throws {
        let story = analyse([
            ("Orlen Foods tells shops to pull Marlow yoghurts ahead of recall, email shows",
             "Orlen Foods has told supermarkets to take its Marlow yoghurts off the shelves while it prepares a recall over possible glass fragments, according to an internal email seen by the Dunby Courier. The email was sent to store managers on Thursday."),
            ("Orlen Foods denies Marlow yoghurt recall",
             "Orlen Foods on Friday denied that it was preparing to recall its Marlow yoghurts, after the Dunby Courier reported that an internal email had told supermarkets to pull them. \"There is no recall. Shops are rotating stock as usual,\" the company said in a statement."),
            ("Food standards office says Marlow yoghurt recall is coming",
             "The Food Standards Office said on Friday that Orlen Foods had told it of glass fragments in Marlow yoghurts and that a recall was being prepared. Orlen Foods said there was no recall."),
        ])
        let claim = try core(story)
        #expect(claim.actorStances.contains { $0.actor.contains("Food Standards Office") && $0.stance == .supports })
        #expect(claim.status == .disputed)
    }

    /// A party's guess ("said a recall could follow"), a statement about a report, its own
    /// doings or a fake, or a quotation after a colon is no confirmation.
    @Test func aGuessIsNoConfirmation() {
        func states(_ s: String) -> Bool {
            let doc = TextDocument(s)
            var parties = Parties(Story(id: "s", title: "", articles: []), articles: [], documents: [])
            _ = parties.onRecord("Food Standards Office")
            return ClaimEvidence.statesTheClaim(
                ClaimWords.tokens(doc, 0..<doc.scalars.count), parties: &parties,
                claimWords: Set(["orlen", "food", "recal", "marlow", "yoghurt", "prepar"].map(ClaimWords.stem)), namedBefore: { _, _ in nil }) != nil
        }
        #expect(states("The Food Standards Office said that Orlen Foods was preparing a recall of Marlow yoghurts."))
        #expect(!states("The Food Standards Office said that Orlen Foods could recall its Marlow yoghurts."))
        #expect(!states("The Food Standards Office said the report that Orlen Foods would recall Marlow yoghurts was wrong."))
        #expect(!states("The Food Standards Office said they had traced a fake Orlen Foods recall notice for Marlow yoghurts."))
        #expect(!states("The Food Standards Office said: Orlen Foods is preparing a recall of Marlow yoghurts."))
    }
}
