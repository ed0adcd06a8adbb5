import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers found wrong in a twelfth review, on whole stories that quote leaked memos,
/// letters, notices and court filings; every sentence is written for these tests.
@Suite struct QuoteTwelfthReviewTests: QuoteSuite {
    // MARK: - Documents as speakers

    @Test func aMemoWithNoAuthorSpeaksForItselfNeverForTheOutletThatSawIt() {
        let s = story(
            """
            Three wards at Delmont hospital are to close, according to an internal memo seen by the Kestrel Gazette.

            The memo, dated 2 May and sent to ward managers, describes the closures as “a last resort for a trust out of money”.

            “No announcement will be made before the summer,” the memo said.
            """)
        // Under the fullest name the story cites it by (`DocumentSpeakers`).
        #expect(speaker(s, "a last resort") == "the internal memo")
        #expect(speaker(s, "No announcement") == "the internal memo")
    }

    @Test func aMemoSpeaksForTheAuthorItIsCreditedTo() {
        let s = story(
            """
            The Kestrel Gazette said it had seen a memo from the hospital's director, Orla Brandt, listing the wards.

            “No announcement will be made before the summer,” the memo said.

            Brandt's memo calls the closures “a last resort”.
            """)
        #expect(speaker(s, "No announcement") == "Orla Brandt")
        #expect(speaker(s, "a last resort") == "Orla Brandt")
        // "blog post" is a noun, not a verb of saying whose subject owns the piece.
        let label = story(
            """
            Ada Brandt wrote about the wards on her blog.

            Brandt's blog post has since drawn anger, with readers calling her a “heartless manager”.
            """)
        #expect(speaker(label, "heartless manager") != "Ada Brandt")
    }

    @Test func aNoticeSpeaksForWhoeverIssuedIt() {
        let s = story(
            """
            The Varn Coastguard said in a notice posted on its website that two fishing boats were missing.

            “The search will resume at first light,” the notice said.
            """)
        #expect(speaker(s, "resume at first light") == "Varn Coastguard")
        let pronoun = story(
            """
            The Varn Coastguard revised its figures on Tuesday. In a new notice it said one boat had been found.

            “Both crews are safe and ashore,” the notice said.
            """)
        #expect(speaker(pronoun, "crews are safe") == "Varn Coastguard")
        let published = story(
            """
            The Halvard Journal of Botany withdrew the paper on Monday, and the journal published a retraction notice online.

            “The images cannot be relied upon,” the notice said.
            """)
        #expect(speaker(published, "cannot be relied upon") == "Halvard Journal of Botany")
    }

    @Test func aFilingSetOffByAnAsideIsTheSubjectNotThePlaceInTheAside() {
        let s = story(
            """
            Tenants sued their landlord on Monday.

            The complaint, lodged at the high court in Brenn, says the firm “ignored every warning about the damp”.
            """)
        #expect(speaker(s, "ignored every warning") == "the complaint")
    }

    @Test func anOrganisationsLetterAndStatementSpeakForIt() {
        let s = story(
            """
            The Tallow Teachers Union has written to every councillor.

            “Reject any budget that closes a school,” its letter says.
            """)
        #expect(speaker(s, "Reject any budget") == "Tallow Teachers Union")
        let from = story(
            """
            Brenn City Council met on Wednesday to discuss the leaked memo.

            A statement from the council described the memo as “an early draft”.
            """)
        #expect(speaker(from, "an early draft") == "Brenn City Council")
    }

    // MARK: - Given names that are also function words

    @Test func aGivenNameThatIsAlsoAFunctionWordOpensAName() {
        let s = story(
            """
            Rents in the district rose again this year.

            Per Askeland, who runs the tenants' association, said families were leaving. “Nobody can pay this,” he said.

            Will Danner of the bus drivers union called the offer “an insult to every driver”.
            """)
        #expect(speaker(s, "Nobody can pay") == "Per Askeland")
        #expect(speaker(s, "an insult to every driver") == "Will Danner")
        // The preposition still governs a possessive: "Per Roe's statement" names no "Per Roe".
        let preposition = story(
            """
            Per Askeland's statement to the council: “We will not move.”
            """)
        #expect(speaker(preposition, "will not move") == "Askeland")
    }

    // MARK: - Unnamed voices of an organisation plain from context

    @Test func aCompanySpokesmanSpeaksForTheCompanyNamedBefore() {
        let s = story(
            """
            Vask Homes, the country's largest housing company, faces a lawsuit from its tenants.

            A company spokesman said it would fight the case. “The claims are baseless,” he said.
            """)
        #expect(speaker(s, "claims are baseless") == "Vask Homes")
        #expect(quote(s, "claims are baseless")?.role == "spokesman")
    }
}
