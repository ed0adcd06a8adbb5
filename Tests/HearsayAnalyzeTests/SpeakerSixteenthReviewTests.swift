import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers found wrong on stories written by people who never saw Hearsay (sixteenth
/// review): a name after a place phrase with a relative clause, a statement whose issuer is
/// only "the utility", a friend of someone, one of a group, one person in a relative clause;
/// every sentence is written for these tests.
@Suite struct SpeakerSixteenthReviewTests: QuoteSuite {
    @Test func aNameWithARelativeClauseAfterAPlacePhraseIsTheSubject() {
        let s = story(
            """
            The Harbury Courier reported on Monday that Pellham Foods would shut its canning plant.

            At the corner of Dock Road, Ifeoma Lathbury, who runs a cafe opposite the gates, said trade had fallen by half. “My regulars are the night shift. Without them I have nobody,” she said.
            """)
        #expect(speaker(s, "night shift") == "Ifeoma Lathbury")
    }

    @Test func aStatementIsTheBodyThatIssuedIt() {
        let s = story(
            """
            Corrow Gas on Friday dismissed a report that its pipeline had leaked, calling it “wrong in every detail”.

            The utility said in a statement that engineers had checked the whole line. “There is no leak and there never was,” the statement said.
            """)
        let who = speaker(s, "never was")
        #expect(who == "Corrow Gas" || who == "the utility")
    }

    @Test func aPalOfSomeoneIsTheSpeakerNotTheOneTheyKnow() {
        let s = story(
            """
            The Velvet Larks will reunite for a summer tour, according to the Sunday Herald.

            A pal of the drummer said: “He has been practising every night since the spring.”
            """)
        #expect(speaker(s, "practising every night")?.lowercased() == "a pal of the drummer")
    }

    @Test func oneOfAGroupIsTheSpeakerOfTheDescriptionThatFollows() {
        let s = story(
            """
            Brannock Lines is close to buying six cargo ships from Meldal Shipping, according to people involved in the talks.

            One of the brokers said the seller had wanted a quick deal. “They needed the cash by the summer,” the broker said.
            """)
        let who = speaker(s, "cash by the summer")
        #expect(who?.contains("broker") == true)
    }

    @Test func anUnnamedPersonWithARelativeClauseIsTheSpeakerOfTheDescription() {
        let s = story(
            """
            Orlen Data is in talks to buy the Vestry payroll company, the Ledger reported on Tuesday.

            One Vestry engineer, who asked not to be named because staff were told not to talk, said morale had collapsed. “Nobody tells us anything,” the engineer said.
            """)
        let who = speaker(s, "Nobody tells us")
        #expect(who?.contains("engineer") == true)
    }
}
