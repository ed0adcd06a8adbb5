import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Roles written the ways writers who never saw Hearsay wrote them (fortieth session): a
/// compound role after a preposition or a conjunction, a doer noun after its modifiers, a
/// "who" clause of a job held, a cleric's form of address after the role. Every sentence
/// is written for these tests.
@Suite struct Roles40Tests: QuoteSuite {
    @Test func aCompoundRoleOpensAfterAPrepositionOrAConjunction() {
        let s = story(
            "The notice was signed by finance director Lena Vask. The drummer Ola Brin and keyboard player Tove Lind left. "
                + "But opposition leader Ivo Marr laid into the plan. The clip was posted by club member Ade Kwan.")
        #expect(roles(s, "Lena Vask") == ["finance director"])
        #expect(roles(s, "Tove Lind") == ["keyboard player"])
        #expect(roles(s, "Ivo Marr") == ["opposition leader"])
        #expect(roles(s, "Ade Kwan") == ["club member"])
        let named = story("Lumen hired the former Rook TV sports anchor Ben Ashe last year. Opposition health spokeswoman Rae Moss said no.")
        #expect(roles(named, "Ben Ashe") == ["former Rook TV sports anchor"])
        #expect(roles(named, "Rae Moss") == ["Opposition health spokeswoman"])
    }

    @Test func aPortfolioOpeningTheSentenceBelongsToTheOffice() {
        let s = story("Transport Minister Ola Strand has asked for a review.\nA spokeswoman for the transport ministry said the minister was \"aware\".")
        #expect(roles(s, "Ola Strand") == ["Transport Minister"])
    }

    @Test func aDoerNounAfterItsModifiers() {
        let s = story(
            "Fans were split. Season ticket holder Viv Carr, 61, said it was wrong. Club legend Tom Reel did not hold back. "
                + "\"Half my regulars are here,\" said landlady Meg Orr. TV racing pundit Pia Lund posted a picture.")
        #expect(roles(s, "Viv Carr") == ["Season ticket holder"])
        #expect(roles(s, "Tom Reel") == ["Club legend"])
        #expect(roles(s, "Meg Orr") == ["landlady"])
        #expect(roles(s, "Pia Lund") == ["TV racing pundit"])
        // A verb's participle among the modifiers makes no role.
        #expect(roles(story("The police charged delivery driver Sam Tove on Friday."), "Sam Tove") != ["police charged delivery driver"])
    }

    @Test func aWhoClauseOfAJobHeld() {
        let s = story(
            "Ana Rook, who covers airlines at Fenwick Securities, said the cut was small. "
                + "Cal Meyer, who has run a café by the harbour for twenty years, said trade was down. "
                + "Ines Garr, who led the survey for the university, said the wreck was modern. "
                + "Rhys Oduya, who worked as a sound recordist on the series, made the claim.")
        #expect(roles(s, "Ana Rook") == ["covers airlines at Fenwick Securities"])
        #expect(roles(s, "Cal Meyer") == ["run a café by the harbour for twenty years"])
        #expect(roles(s, "Ines Garr") == ["led the survey for the university"])
        #expect(roles(s, "Rhys Oduya") == ["sound recordist"])
    }

    @Test func rolesBeforeAFormOfAddress() {
        let s = story(
            "The shrine's rector, Father Tomas Ibarra, said no fee was planned. Ola Venn, rector of the Tarn Academy, disagreed. "
                + "The club's commodore, Ruth Acland, said the records were clear.")
        #expect(roles(s, "Tomas Ibarra").contains("rector"))
        #expect(roles(s, "Ola Venn") == ["rector of the Tarn Academy"])
        #expect(roles(s, "Ruth Acland") == ["commodore"])
    }

    @Test func anAppositionStopsAtItsRelativeClause() {
        let s = story("I talked to Mina Cole, a senior level artist at Ember Forge who was one of the first to sign a union card last year.")
        #expect(roles(s, "Mina Cole") == ["senior level artist at Ember Forge"])
    }

    @Test func aHarbourMasterAndATeachta() {
        let s = story(
            "Kelby's harbour master, Arne Voss, said the port had not been told. Local TD Niall Broe said he had spoken to the firm. "
                + "\"It is rare,\" said Ada Quill, a licensed insolvency practitioner at Quill Marr.")
        #expect(roles(s, "Arne Voss") == ["Kelby's harbour master"])
        #expect(roles(s, "Niall Broe") == ["Local TD"])
        #expect(roles(s, "Ada Quill") == ["licensed insolvency practitioner at Quill Marr"])
        #expect(!s.organisations.contains { $0.name == "Local" })
    }
}
