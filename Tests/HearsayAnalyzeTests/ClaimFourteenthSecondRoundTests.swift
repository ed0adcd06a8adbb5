import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, fourteenth review, second round (new stories): the first report's lede words the
/// claim, a claim of something ending is no denial, and sourcing named with the sources'
/// workplace. All sentences invented for these tests.
@Suite struct ClaimFourteenthSecondRoundTests: ClaimSuite {
    /// The scoop's own lede, dated before an analysis that retells it more narrowly, words
    /// the claim even though it says what would "no longer" happen; the confirmation of a
    /// party the group names (not the lede) still bears on it.
    @Test func theFirstSourcedLedeWordsTheClaim() throws {
        let story = analyse([
            ("Revealed: plan to shut Fenwick library and merge lending with Darrow",
             "Readers would no longer be able to borrow books at Fenwick Library under plans to merge its lending service with the central library run by Darrow Borough Council, according to a leaked council paper seen by the Fenwick Herald.\nThe paper is due before both councils next week.\nFenwick District Council did not respond to a request for comment."),
            ("Councils at odds over library plan",
             "The leader of Darrow Borough Council, Ines Calloway, confirmed that the two councils were drawing up a joint proposal for lending services.\nFenwick District Council rejected the report.\nThe Fenwick Herald reported on Monday that it had seen a council paper."),
            ("What the Fenwick library row says about town halls",
             "According to a council paper first reported by the Fenwick Herald, Darrow Borough Council and Fenwick District Council are considering moving all lending from Fenwick Library to Darrow.\nSmall branches across the county face the same squeeze."),
            ("Library users sign petition",
             "More than 2,000 people have signed a petition to keep Fenwick Library open.\nFenwick District Council said no decision had been taken."),
        ])
        let c = try core(story)
        #expect(c.text.contains("merge"), "\(c.text)")
        #expect(c.origin == "Fenwick Herald")
        #expect(c.actorStances.contains { $0.actor.contains("Darrow") && $0.stance == .supports }, "\(c.actorStances)")
    }

    /// "No longer" tells of a change, which is what a rumour often claims; "not" denies.
    @Test func noLongerIsNoNegation() {
        func candidate(_ text: String) -> ClaimCandidate {
            ClaimCandidate(article: 0, sentence: 0, text: text, content: ClaimWords.content(text), parties: [0])
        }
        #expect(!candidate("Patients would no longer be treated at the Eastgate clinic.").negated)
        #expect(candidate("Patients will not be moved from the Eastgate clinic.").negated)
        #expect(candidate("There is no plan to move patients from the Eastgate clinic.").negated)
    }
}

extension ClaimFourteenthSecondRoundTests {
    /// Where unnamed sources work may stand between them and what qualifies them ("officials
    /// at the Port Authority who spoke on condition of anonymity").
    @Test func sourcesNamedWithTheirWorkplace() {
        #expect(phrases("The berth will close, according to two officials at the Port Authority who spoke on condition of anonymity.")
            == ["two officials at the Port Authority who spoke on condition of anonymity"])
        #expect(phrases("The berth will close, two officials at the Port Authority who spoke to the Harbour Post on condition of anonymity said.")
            == ["two officials at the Port Authority who spoke to the Harbour Post on condition of anonymity"])
        #expect(phrases("Three people in the finance department familiar with the plans said cuts were coming.")
            == ["Three people in the finance department familiar with the plans"])
        // Officials somewhere, with nothing saying they are the report's sources, are none.
        #expect(phrases("People who leave their bikes out overnight just shouldn't complain about them.").isEmpty)
        #expect(phrases("Two officials at the Port Authority opened the new berth on Friday.").isEmpty)
    }
}
