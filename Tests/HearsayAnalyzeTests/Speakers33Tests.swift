import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Twenty-seventh session: a quotation tagged by a noun for a body ("the company said", "a
/// spokeswoman for the broadcaster said") right after a lead-in sentence whose subject is a
/// named body saying or answering something. Every sentence is written for these tests.
@Suite struct Speakers33Tests: QuoteSuite {
    @Test func theCompanyIsTheBodyThatSaidSomethingInTheLeadIn() {
        let s = story(
            """
            Pelworth Freight denies it is moving its depot

            A statement from the rival courier Dunmore Logistics said on Monday that it had not bid for the site. "We have no interest in Pelworth's depot," a spokesman for Dunmore Logistics said.

            Pelworth Freight said the report was wrong and that the depot would stay in Ashcombe. "The depot is not moving, now or next year," the company said.
            """)
        #expect(speaker(s, "The depot is not moving") == "Pelworth Freight")
    }

    @Test func aBodyRejectingAnAccountIsWhatTheNounRecalls() {
        let s = story(
            """
            Ravel Telecom blamed its supplier for the outage. "The fault was in the supplier's update," a spokeswoman for Ravel Telecom said.

            Korrin Systems rejected that account. "Our update was tested and did not cause this," the company said.
            """)
        #expect(speaker(s, "Our update was tested") == "Korrin Systems")
    }

    @Test func aSpokeswomanForTheNounSpeaksForTheBodyThatSaidSo() {
        let s = story(
            """
            "We will say more next week," the Tessel Water Board said.

            Brightwater Trust said it stood by its grant. "Every detail was checked twice," a spokeswoman for the group said.
            """)
        let who = speaker(s, "Every detail was checked")
        #expect(who?.contains("Brightwater Trust") == true)
    }

    @Test func aPersonInTheLeadInIsNotTheBody() {
        let s = story(
            """
            Harlan Mills plc has been asked about the sale.

            Jo Brandt, an analyst, said the sale was likely. "It is a matter of time," the company said.
            """)
        #expect(speaker(s, "a matter of time") != "Jo Brandt")
    }
}
