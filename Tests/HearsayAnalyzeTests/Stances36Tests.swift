import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, thirtieth session: a person quoted "in the statement" a body has already
/// given speaks within it, and a body's kind alone ("the Diocese") is named as the one
/// "Kind of Name" the story writes. All sentences invented for these tests.
@Suite struct Stances36Tests: ClaimSuite {
    /// The brewery confirms in a statement; its chairwoman's words in the same statement
    /// confirm too, though they only thank and look ahead.
    @Test func aPersonQuotedInTheToldStatementSharesItsStance() throws {
        let claim = try brewery((
            "Kettleby Brewery confirms sale of Dunmere brewhouse",
            "Kettleby Brewery said on Tuesday that it had agreed to sell its Dunmere brewhouse to Marsh Ales, confirming a report by the Wold Gazette. \"Marsh Ales will look after the people who work there,\" chairwoman Hester Quill said in the statement."
        ))
        #expect(claim.actorStances.contains { $0.actor.contains("Quill") && $0.stance == .supports }, "\(claim.actorStances)")
        // "in a statement" is a new statement, not the one told before: nothing is carried over.
        let new = try brewery((
            "Kettleby Brewery confirms sale of Dunmere brewhouse",
            "Kettleby Brewery said on Tuesday that it had agreed to sell its Dunmere brewhouse to Marsh Ales, confirming a report by the Wold Gazette. \"Marsh Ales will look after the people who work there,\" chairwoman Hester Quill said in a statement."
        ))
        #expect(!new.actorStances.contains { $0.actor.contains("Quill") && $0.stance == .supports }, "\(new.actorStances)")
    }

    @Test func toldStatementVenues() {
        #expect(ClaimEvidence.inToldStatement("the same statement"))
        #expect(ClaimEvidence.inToldStatement("the statement"))
        #expect(!ClaimEvidence.inToldStatement("a statement"))
        #expect(!ClaimEvidence.inToldStatement("a joint statement"))
        #expect(!ClaimEvidence.inToldStatement(nil))
    }

    /// "the Diocese" stands for the one "Diocese of ..." the texts write.
    @Test func aKindAloneIsTheOneKindOfName() {
        let texts = ["The letter was addressed to the clergy of the Diocese of Marrow Vale.", "The Diocese said the letter was fake."]
        #expect(Parties.onlyBodyOfKindOf("diocese", in: texts.map(ClaimWords.tokens)) == "Diocese of Marrow Vale")
        // A possessive is no part of the name.
        #expect(Parties.onlyBodyOfKindOf("diocese", in: ["The Diocese of Marrow Vale's chancellor spoke."].map(ClaimWords.tokens)) == "Diocese of Marrow Vale")
        // Two such bodies: which one is meant is not known.
        #expect(Parties.onlyBodyOfKindOf("diocese", in: (texts + ["The Diocese of Penholt stayed silent."]).map(ClaimWords.tokens)) == nil)
        #expect(Parties.onlyBodyOfKindOf("diocese", in: ["The Diocese said nothing."].map(ClaimWords.tokens)) == nil)
    }

    @Test func aBodyByItsKindIsListedByItsFullName() throws {
        let claim = try core(analyse([
            (
                "Diocese sells Marrow Vale cathedral to hotel group, letter says",
                "A letter shared on Facebook says the Diocese of Marrow Vale has sold St Aldric's Cathedral to Brightwater Hotels for £9 million. The Diocese has been asked for comment."
            ),
            (
                "Letter claims cathedral sold to Brightwater Hotels",
                "The Diocese of Marrow Vale has sold St Aldric's Cathedral to Brightwater Hotels, according to a letter posted on Facebook. The Diocese did not respond."
            ),
            (
                "Diocese denies selling St Aldric's Cathedral",
                "The Diocese denied the report on Monday. \"This letter is fake. The cathedral is not for sale,\" the diocese said in a statement sent to reporters."
            ),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Diocese of Marrow Vale" && $0.stance == .denies }, "\(claim.actorStances)")
    }

    /// The player the claim is about answers in his own name, though his role names his club.
    @Test func thePrincipalSpeaksInHisOwnName() throws {
        let claim = try core(analyse([
            (
                "Dunmere Rovers striker Tomas Ferrant banned for doping, graphic claims",
                "Dunmere Rovers striker Tomas Ferrant has been banned for two years for a doping offence, according to a graphic shared on X on Friday."
            ),
            (
                "Graphic says Dunmere Rovers striker banned",
                "Dunmere Rovers striker Tomas Ferrant has been banned for two years for doping, a graphic shared on X claims. Dunmere Rovers said the graphic was fake."
            ),
            ("Ferrant answers doping graphic", "\"Fake news. I have never failed a test in my life,\" said Tomas Ferrant, the Dunmere Rovers striker."),
        ]))
        #expect(claim.actorStances.contains { $0.actor == "Tomas Ferrant" && $0.stance == .denies }, "\(claim.actorStances)")
    }

    /// The person said to be leaving says "I leave": the first-person verb announces the event.
    @Test func thePrincipalAnnouncesInTheFirstPerson() throws {
        func story(_ words: String) throws -> Claim {
            try core(analyse([
                (
                    "Harwick Opera director Lena Marsh to leave, paper says",
                    "Lena Marsh, the artistic director of Harwick Opera, is preparing to leave the company after the winter season, the Stage Gazette reported, citing two people close to her."
                ),
                (
                    "Lena Marsh said to be leaving Harwick Opera",
                    "Lena Marsh is preparing to leave Harwick Opera after the winter season, according to the Stage Gazette. Harwick Opera declined to comment."
                ),
                ("Lena Marsh breaks her silence", words),
            ]))
        }
        let leaves = try story("\"Twelve seasons, one family. I leave with a grateful heart,\" Lena Marsh wrote on Instagram on Sunday.")
        #expect(leaves.actorStances.contains { $0.actor == "Lena Marsh" && $0.stance == .supports }, "\(leaves.actorStances)")
        // Someone else's first person is no announcement of hers.
        let other = try story("\"Twelve seasons, one family. I leave the judging to others,\" said Ivo Brandt, a critic who has followed Lena Marsh for years.")
        #expect(!other.actorStances.contains { $0.stance == .supports }, "\(other.actorStances)")
    }
}
