import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Thirty-fourth session: the titles outlets print in ways the role reader missed (a
/// portfolio after "for", a plural possessive, a bare noun before the head, a rank after a
/// post, a union's organiser), and a term's end that sets nothing in the past.
/// Own sentences, invented names.
@Suite struct Contradictions42Tests {
    func roles(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "role" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aPortfolioAfterForMakesAStandingAPost() {
        #expect(roles([
            "The town's deputy mayor for culture, Bruna Sallis, said no decision had been taken.",
            "\"Nothing is decided,\" said Bruna Sallis, the town councillor for culture.",
        ]) == [["deputy mayor for culture", "town councillor for culture"]])
        #expect(roles([
            "Norwell's cabinet member for housing, Ada Prinn, declined to comment.",
            "Deputy council leader Ada Prinn declined to comment.",
        ]) == [["Norwell's cabinet member for housing", "Deputy council leader"]])
        // A bare councillor may hold any post.
        #expect(roles([
            "Deputy mayor Bruna Sallis said no decision had been taken.",
            "Councillor Bruna Sallis said no decision had been taken.",
        ]).isEmpty)
    }

    @Test func aPluralPossessiveOwnsTheTitle() {
        #expect(roles([
            "\"We are not closing,\" said Tam Eversley, Brookings' head of corporate affairs.",
            "\"We are not closing,\" said Tam Eversley, Brookings' director of communications.",
        ]) == [["Brookings' head of corporate affairs", "Brookings' director of communications"]])
    }

    @Test func aBareNounBeforeTheHeadIsPartOfTheTitle() {
        #expect(roles([
            "\"We will talk to anyone,\" said Pat Orme, branch secretary of the Allied Trades Union.",
            "Pat Orme, branch chair of the Allied Trades Union, said members would talk.",
        ]) == [["branch secretary of the Allied Trades Union", "branch chair of the Allied Trades Union"]])
        #expect(roles([
            "\"We are staying,\" said Mina Kell, the festival's regional organiser.",
            "Mina Kell, regional secretary of the festival, said it was staying.",
        ]).count == 1)
    }

    @Test func aRankAfterAPostIsTheNamesTitle() {
        #expect(roles([
            "\"The contract is open,\" navy spokesman Commander Ivo Branco said in a statement.",
            "\"The contract is open,\" said the navy's spokesman, Lieutenant Commander Ivo Branco.",
        ]) == [["Commander", "Lieutenant Commander"]])
    }

    @Test func aTermsEndSetsNothingInThePast() {
        #expect(roles([
            "\"We have a lease until 2031,\" said Ola Brandt, the festival director.",
            "Ola Brandt, the festival's chief executive, said the lease ran until 2031.",
        ]) == [["festival director", "festival's chief executive"]])
    }

    @Test func twoEstimatesOfOneFigureRoundToOneValue() {
        let numbers = { (bodies: [String]) in
            CompareTestSupport.contradictions(bodies).filter { $0.attribute == "number" }.map { Set($0.values.map(\.value)) }
        }
        #expect(numbers([
            "The scheme would cover around 640 workers in the finance and housing teams, the memo says.",
            "The scheme would cover around 600 workers in the finance and housing teams, an official said.",
        ]) == [["640 workers", "600 workers"]])
        // A guess against a count keeps the spread of a rough figure.
        #expect(numbers([
            "The scheme would cover 640 workers in the finance and housing teams, the memo says.",
            "The scheme would cover around 600 workers in the finance and housing teams, an official said.",
        ]).isEmpty)
    }

    @Test func aDayAfterOfDatesItsNoun() {
        let dates = CompareTestSupport.contradictions([
            "An official said a winner could be named before the filing deadline of 14 June.",
            "The agency said the filing deadline of June 21 was unchanged.",
        ]).filter { $0.attribute == "date" }
        #expect(Set(dates.flatMap { $0.values.map(\.value) }) == ["14 June", "June 21"])
    }

    func dateValues(_ bodies: [String]) -> Set<String> {
        Set(CompareTestSupport.contradictions(bodies, published: "2026-05-04").filter { $0.attribute == "date" }.flatMap { $0.values.map(\.value) })
    }

    @Test func aStartToldByAVerbIsWhenTheChangeTakesEffect() {
        #expect(dateValues([
            "The Tarrow Trust will charge a £5 entry fee at Mill Gardens from 2027, its board has agreed.",
            "Visitors to Mill Gardens face an entry fee of £5 starting in 2028, according to the trust.",
        ]) == ["2027", "2028"])
    }

    @Test func anAndThatAVerbFollowsJoinsClausesNotDates() {
        #expect(dateValues([
            "The port would restrict calls at Pier Nine to two ships a day from 2027 and impose a landing fee.",
            "Officials want only three ships a day at Pier Nine from 2028, a councillor said.",
        ]) == ["2027", "2028"])
    }
}
