import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-first session, second round: workforces counted under other nouns, estimates
/// that only touch, a number's bounding word opening a sentence, counts told of the present.
/// Own sentences, invented names.
@Suite struct Contradictions39Tests {
    func quantities(_ sentence: String) -> [QuantityMention] {
        let doc = TextDocument(sentence)
        return QuantityMentions.find(in: WordTokens.tokens(doc.scalars, in: 0..<doc.scalars.count), text: doc.scalars, skipping: [])
    }

    @Test func peopleWhoWorkOrAreToBeEmployedAreAWorkforce() {
        #expect(quantities("The mill, where about 260 people work, will close in spring.")[0].head == "employee")
        #expect(quantities("The depot is expected to employ about 900 people when it opens.")[0].head == "employee")
        #expect(quantities("Brennock has a workforce of about 700.")[0].head == "employee")
        // People who merely live or vote somewhere are no workforce.
        #expect(quantities("About 260 people live in the hamlet.")[0].head == "people")
    }

    @Test func estimatesThatOnlyTouchDisagree() {
        let low = quantities("The firm employs about 2,100 people.")[0]
        let high = quantities("The firm employs around 2,300 people.")[0]
        #expect(!ContradictionFinder.agree(low, high))
        #expect(ContradictionFinder.agree(low, quantities("The firm employs around 2,200 people.")[0]))
    }

    @Test func aBoundingWordOpeningASentenceIsNoName() {
        let m = quantities("Around 75 workers keep the ferry service going.")[0]
        #expect(m.clauseSubject.isEmpty)
        #expect(m.ownerName == nil)
        let numbers = CompareTestSupport.contradictions([
            "Quillon Ferries employs 120 staff on the island, according to the union.",
            "Around 75 workers keep the ferry service going, from deckhands to ticket clerks.",
        ]).filter { $0.attribute == "number" }
        #expect(numbers.count == 1)
    }

    @Test func aTeamOfSomeNounCountsThatNoun() {
        let numbers = CompareTestSupport.contradictions([
            "About 150 engineers worked on the new bridge design, the firm said.",
            "A team of around 220 engineers had been moved onto the bridge design.",
        ]).filter { $0.attribute == "number" }
        #expect(numbers.count == 1)
    }

    @Test func aCountToldOfThePresentIsNoPastCount() {
        #expect(quantities("Around 41,000 homes are on the scheme now.")[0].current)
        let numbers = CompareTestSupport.contradictions([
            "In 2019 a burst main cut supplies to 64,000 homes in the valley for a week.",
            "Around 41,000 homes are on the social tariff now, and the firm wants more.",
        ]).filter { $0.attribute == "number" }
        #expect(numbers.isEmpty)
    }
}
