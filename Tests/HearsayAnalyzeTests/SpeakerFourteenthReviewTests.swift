import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers and roles found wrong when whole written stories were scored the way the judges
/// score them (fourteenth review): occupations, roles set before a name, bodies named with a
/// lower-case noun, unnamed spokespeople; every sentence is written for these tests.
@Suite struct SpeakerFourteenthReviewTests: QuoteSuite {
    // MARK: - Roles

    @Test func aVoiceSetBeforeTheNameWithCommasIsTheRole() {
        let s = story(
            """
            The Marlow Playhouse will stay open, its board said on Monday.

            A spokeswoman for the theatre, Lena Marsh, said the spring season would go ahead. “We are not going anywhere,” she said.
            """)
        #expect(speaker(s, "not going anywhere") == "Lena Marsh")
        #expect(roles(s, "Lena Marsh").contains { $0.contains("spokeswoman") })
    }

    @Test func occupationsAreRoles() {
        let s = story(
            """
            The excavation was led by the archaeologist Ivo Brandt, who called the find “remarkable beyond words”.

            The sculptor Petra Lind said: “I have never seen carving like it.”

            The dig was funded by neuroscientist Aud Berge and the perfumer Odd Sand, who said: “We only paid for the tents.”
            """)
        #expect(roles(s, "Ivo Brandt").contains("archaeologist"))
        #expect(roles(s, "Petra Lind").contains { $0.contains("sculptor") })
        #expect(roles(s, "Aud Berge").contains("neuroscientist"))
        #expect(roles(s, "Odd Sand").contains { $0.contains("perfumer") })
    }

    @Test func anAppositionOpenedByANounModifyingTheRoleIsTheRole() {
        let s = story(
            """
            Collectors have started buying up the last bottles.

            Nils Aune, fragrance historian: “Nobody has worn that scent since the war.”

            Mara Holt, luxury goods analyst at Pelham Securities, said: “The numbers are brutal.”
            """)
        #expect(roles(s, "Nils Aune").contains { $0.contains("historian") })
        #expect(roles(s, "Mara Holt").contains { $0.contains("analyst") })
    }

    // MARK: - Speakers

    @Test func aBodyNamedWithALowerCaseNounSpeaksUnderThatName() {
        let s = story(
            """
            Harlow city council plans to sell the old theatre building, according to a report in the local paper.

            A council spokesman said: “No decision has been taken on the building.”
            """)
        #expect(speaker(s, "No decision has been taken") == "Harlow city council")
    }

    @Test func anUnnamedSpokeswomanSpeaksForTheOrganisationThatJustDenied() {
        let s = story(
            """
            A trade paper reported that Vestra would sell the theatre.

            Vestra has flatly denied the report. “The theatre is not for sale,” a spokeswoman told reporters.
            """)
        #expect(speaker(s, "not for sale") == "Vestra")
    }

    @Test func anOccupationAfterTheIsThePersonNamedBefore() {
        let s = story(
            """
            Ilka Berg has denied she is leaving the Tarn Philharmonic.

            “I am staying here, whatever the magazines say,” the conductor told the radio station.
            """)
        #expect(speaker(s, "I am staying here") == "Ilka Berg")
    }

    @Test func sheAfterAPersonWhoRepresentsOthersIsThatPerson() {
        let s = story(
            """
            The company's head of communications, Ana Ruiz, said on Friday there were no plans to close the plant.

            Lise Moreau, who represents the plant's workers for the Federation of Chemical Workers, said the staff had learned of it from their phones. “People came in asking if they still had jobs,” she said.
            """)
        #expect(speaker(s, "still had jobs") == "Lise Moreau")
    }
    @Test func anAppositionOfAnUnnamedPersonIsNoSpeaker() {
        let s = story(
            """
            Staff at the call centre learned of the plan on Tuesday.

            One night-shift cleaner, a father of two, told us: “Nobody here has been told a thing.”
            """)
        #expect(speaker(s, "Nobody here has been told") == "One night-shift cleaner")
    }

    @Test func theStatementOfAUtilityIsTheUtilitys() {
        let s = story(
            """
            Harwell Water on Monday rejected a report that its reservoir was polluted.

            The utility said in a statement that it would publish every test result. “There is nothing we want to keep back,” the statement said.
            """)
        #expect(speaker(s, "nothing we want to keep back") == "Harwell Water")
    }
}
