import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Someone a rumour names disowning any part in it. All sentences invented for these tests.
@Suite struct DisownedInvolvement47Tests: ClaimSuite {
    /// A hoax that a town will charge for its beach car park; `answer` is the third article's body after its lede.
    func parkingHoax(_ answer: String) throws -> Claim {
        try core(analyse([
            ("Corvey to charge £20 a day at Sandling beach car park, letter claims",
             "Corvey will charge drivers £20 a day to park at Sandling beach from June, according to a letter shared widely on Facebook."),
            ("Sandling parking letter: what we know",
             "Corvey will charge drivers £20 a day to park at Sandling beach from June, according to a letter shared widely on Facebook. "
                + "The letter is signed by Petra Vollmer, named as the council's parking manager."),
            ("Parking letter is fake, says council",
             "Corvey will charge drivers £20 a day to park at Sandling beach from June, according to a letter shared widely on Facebook.\n\n" + answer),
        ]))
    }

    @Test func theNamedSignatoryDisowningAnyPartDenies() throws {
        let claim = try parkingHoax("Petra Vollmer, who left the council in 2022, said she had \u{201C}nothing to do with it\u{201D}.")
        #expect(claim.actorStances.contains { $0.actor.contains("Vollmer") && $0.stance == .denies }, "\(claim.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func theWordsDisownTheThingToldOnly() {
        let disowns = { (s: String) in
            let words = Tokens.words(s)
            return words.indices.contains { ClaimEvidence.disownsInvolvement(words, $0) }
        }
        #expect(disowns("I had nothing to do with it"))
        #expect(disowns("we are not connected to this post in any way"))
        #expect(disowns("The club has nothing to do with the letter."))
        #expect(!disowns("The delay had nothing to do with the weather."))
        #expect(!disowns("We are connected to this post by a cable."))
    }
}
