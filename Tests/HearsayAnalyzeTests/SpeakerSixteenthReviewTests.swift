import HearsayModel
import HearsayText
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

    @Test func theSingularTheyOfAnUnnamedInsiderIsThatInsider() {
        let s = story(
            """
            The County Court will hear a petition against the Brindle Arms hotel on Monday.

            But one insider said the trouble had started long before the summer. “The rooms were never full and the bills kept coming,” they said.
            """)
        #expect(speaker(s, "bills kept coming") == "one insider")
    }

    @Test func saidOneIsOneOfTheGroupNamedBefore() {
        let s = story(
            """
            The Brindle Arms hotel owes its suppliers more than £200,000, according to court papers.

            Three former members of staff told the Echo that they had been paid late since June.

            “Every month there was a new excuse,” said one, who worked in the kitchen until August.
            """)
        #expect(speaker(s, "new excuse") == "one former member of staff")
    }

    @Test func anAmpersandJoinsOneName() {
        let s = story(
            """
            The linen supplier Hollis & Maybury has asked a court to wind up the Brindle Arms hotel.

            Hollis & Maybury said in a statement: “We gave the hotel every chance to settle its account.”
            """)
        #expect(speaker(s, "every chance") == "Hollis & Maybury")
    }

    @Test func aMemoReferredToAsItSpeaksForItsSigner() {
        let s = story(
            """
            Halden Tractors has told its dealers to hold back a new model, according to a memo seen by Farm Radio.

            The memo, sent on Monday and signed by Ilse Marwood, the company's head of service, says that a fix is being prepared.

            It tells dealers: “Keep every unit of the affected series in the yard until you hear from us.”
            """)
        #expect(speaker(s, "affected series") == "Ilse Marwood")
    }

    @Test func theClubIsNotTheBankNamedLast() {
        let s = story(
            """
            Dunmore Rovers have refused to comment on a report that they have sold the name of their ground.

            The Evening Star reported on Saturday that Pellow Bank had agreed a ten-year deal.

            In a statement, the club said: “We never discuss commercial matters in public.”
            """)
        #expect(speaker(s, "commercial matters") == "Dunmore Rovers")
    }

    @Test func aDealerWhoAskedNotToBeNamedIsTheOneWhoSpeaks() {
        let s = story(
            """
            Halden Tractors has told its dealers to hold back a new model, according to a memo signed by Ilse Marwood.

            A dealer in the north, who asked not to be named because dealers may not talk to the press, said his yard was full. “Farmers ring me every day and I have nothing to tell them,” he said.
            """)
        #expect(speaker(s, "nothing to tell them")?.lowercased().contains("dealer") == true)
    }

    @Test func aStatementPassedOnByAnotherBodyIsNotThatBodys() {
        let s = story(
            """
            The family of a sailor missing off Kerrow Point has appealed for news of him.

            The family statement, which was released by the Kerrow Harbour Office on Sunday, said: “We are asking anyone who saw the boat to come forward.”
            """)
        #expect(speaker(s, "anyone who saw the boat") != "Kerrow Harbour Office")
        #expect(speaker(s, "anyone who saw the boat")?.contains("Harbour") != true)
    }
}

extension SpeakerSixteenthReviewTests {
    @Test func aWitnessRecountingANamedSpeakersWordsIsNotTheSpeaker() {
        let s = story(
            """
            Staff at the Orrin studio were told on Tuesday that its racing game had been shelved.

            The founder, Mika Dahl, told the meeting that the game was “resting, not buried”, according to one person who attended.

            The studio is “in real trouble”, according to another person there.
            """)
        #expect(speaker(s, "resting, not buried") == "Mika Dahl")
        // With no one named speaking, the witness stays the source.
        #expect(speaker(s, "in real trouble")?.contains("person") == true)
    }
}

extension SpeakerSixteenthReviewTests {
    @Test func aLiveBlogNewestFirstKnowsASurnameFromTheFullNameBelow() {
        let s = story(
            """
            Live: Brackenford coach faces the press

            18:40 – Ada Fenn, who chairs the supporters' club, has been in touch. “We want answers from the board,” she told us.

            17:05 – Holm has just finished his press conference. Asked whether he would be in charge on Saturday, the 48-year-old said: “Nobody has told me anything, so I am getting on with my job.”

            16:30 – Tomas Holm is due to speak to reporters at five o'clock.
            """)
        #expect(speaker(s, "getting on with my job") == "Tomas Holm")
        #expect(ArticleQuotes.newestFirst(ArticleText(TextDocument("Live\n\n18:40 – One.\n\n17:05 – Two.\n\n16:30 – Three.")).words))
        #expect(!ArticleQuotes.newestFirst(ArticleText(TextDocument("Live\n\n16:30 – One.\n\n17:05 – Two.\n\n18:40 – Three.")).words))
    }
}
