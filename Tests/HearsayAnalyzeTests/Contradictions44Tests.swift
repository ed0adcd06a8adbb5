import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Thirty-seventh session: a vote's result as outlets print it.
@Suite struct Contradictions44TallyTests {
    func tallies(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "vote" }.map { Set($0.values.map(\.value)) }
    }

    @Test func twoOutletsSplitOneVoteDifferently() {
        #expect(tallies([
            "The planning committee voted 7-4 to refuse the marina scheme on Thursday night.",
            "Councillors on the committee rejected the marina scheme, voting eight to three against it.",
        ]) == [["7-4", "eight to three"]])
    }

    @Test func votesCountedWithTheirWordAreATally() {
        #expect(tallies([
            "The strike was backed by 230 votes to 97, the union said.",
            "Members backed the strike by 230 votes to 79 in a ballot that closed on Monday.",
        ]) == [["230 votes to 97", "230 votes to 79"]])
    }

    @Test func oneResultWordedTwoWaysAgrees() {
        #expect(tallies([
            "Directors voted 5-2 to sell the ferry line.",
            "The board backed the sale of the ferry line by five votes to two.",
        ]).isEmpty)
    }

    @Test func bodiesOfDifferentSizesHoldTwoVotes() {
        // A board of nine and a congress of ninety: two votes, not one misreported.
        #expect(tallies([
            "The board voted 6-3 to move the final to Ostrava.",
            "Delegates voted 61 to 29 to confirm the move of the final to Ostrava.",
        ]).isEmpty)
    }

    @Test func rangesAndScoresAreNoTallies() {
        // A range after a vote word names what is measured; a score has no vote word.
        #expect(tallies([
            "The council voted to raise the fee from 12 to 15 euros.",
            "The council voted to raise the fee from 12 to 18 euros.",
        ]).isEmpty)
        #expect(tallies(["Rovers won the derby 3-1 on Saturday.", "Rovers won the derby 2-1 on Saturday."]).isEmpty)
    }
}

@Suite struct Contradictions44AgeTests {
    func ages(_ bodies: [String], people: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: people).filter { $0.attribute == "age" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aRelativeClauseAfterTheNameGivesTheAge() {
        #expect(ages([
            "The mare Silver Ember, who was 19, had been retired to a stud in Kildare.",
            "Silver Ember, 21, had been retired to a stud in Kildare after her last race.",
        ], people: ["Silver Ember"]) == [["19", "21"]])
    }

    @Test func aRelativeClauseOfSomethingElseGivesNoAge() {
        // "who was 19 when ..." is no apposition closed by its comma.
        #expect(ages([
            "Silver Ember, who was 19 when she won, had been retired.",
            "Silver Ember, 21, had been retired.",
        ], people: ["Silver Ember"]).isEmpty)
    }
}
