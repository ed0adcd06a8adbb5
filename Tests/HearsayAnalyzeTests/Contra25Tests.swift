import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases from the nineteenth session's contradictions stage: a person's age given by a
/// title epithet, whose assistant a title is, one sum named by two nouns, one group
/// counted as "crew members", and a name that is whose figure it is. Own sentences on
/// other topics, invented names.
@Suite struct Contra25Tests {
    func found(_ bodies: [String], people: [Person] = [], attribute: String) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        return ContradictionFinder.contradictions(
            StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: people
        ).filter { $0.attribute == attribute }
    }

    @Test func anEpithetTitleNamesTheOnePersonHoldingIt() {
        let people = [Person(name: "Odile Fenwick", roles: ["Queen"]), Person(name: "Bram Toller", roles: ["harbour master"])]
        let bodies = [
            "Queen Odile Fenwick opened the new bridge at Tolmey. Crowds lined the quay. The 67-year-old monarch cut the ribbon.",
            "The bridge at Tolmey opened on Friday. A lunch with the 64-year-old Queen as guest followed the ceremony.",
        ]
        let ages = found(bodies, people: people, attribute: "age")
        #expect(ages.count == 1)
        #expect(ages.first?.subject == "Odile Fenwick")
        #expect(Set(ages.first?.values.map(\.value) ?? []) == ["67", "64"])
        // Two holders of the title: the epithet says nobody in particular.
        let two = people + [Person(name: "Marit Osk", roles: ["Queen"])]
        #expect(found(bodies, people: two, attribute: "age").isEmpty)
    }

    @Test func aTitleOwnedByOnePersonUnderTwoNamesIsOneTitle() {
        let people = [Person(name: "Lorcan Vesey"), Person(name: "Ida Brandt")]
        let bodies = [
            "Vesey's publicist, Ida Brandt, said the singer was resting.",
            "Lorcan's agent Ida Brandt denied the report on Sunday.",
        ]
        let roles = found(bodies, people: people, attribute: "role")
        #expect(roles.count == 1)
        #expect(roles.first?.subject == "Ida Brandt")
        // A spokesperson and a publicist: one job named two ways.
        #expect(found([
            "Vesey's publicist, Ida Brandt, said the singer was resting.",
            "Vesey's spokeswoman Ida Brandt said the singer was resting.",
        ], people: people, attribute: "role").isEmpty)
    }

    @Test func aFineAndAPenaltyAreOneSum() {
        let money = found([
            "Grelton Rail faces a record £12m fine over late trains, the regulator said on Monday.",
            "Grelton Rail is facing a record £15m penalty over late trains, the regulator said on Monday.",
        ], attribute: "money")
        #expect(money.count == 1)
        #expect(found([
            "Grelton Rail faces a record £12m fine over late trains, the regulator said on Monday.",
            "Grelton Rail is facing a record £12 million penalty over late trains, the regulator said on Monday.",
        ], attribute: "money").isEmpty)
    }

    @Test func crewMembersAreTheSizeOfTheCrew() {
        let numbers = found([
            "Rescuers lifted a crew of 9 from the sinking ferry Marla.",
            "All 8 crew members of the ferry Marla were brought ashore.",
        ], attribute: "number")
        #expect(numbers.count == 1)
        #expect(numbers.first?.subject.contains("crew") == true)
        // "Board members" are no crew.
        #expect(found([
            "Rescuers lifted a crew of 9 from the sinking ferry Marla.",
            "All 8 board members of the ferry company resigned.",
        ], attribute: "number").isEmpty)
    }

    @Test func theNameWhoseFigureItIsSetsNothingApart() {
        // The app named as the owner in one outlet and near the figure in another.
        let numbers = found([
            "Pebblechat has about 4.6 million users in Ostria, the regulator said.",
            "Ostria plans to ban the app Pebblechat, leaving its 6.4 million users stranded.",
        ], attribute: "number")
        #expect(numbers.count == 1)
        // Two places the figures are of stay apart, whoever owns them.
        #expect(found([
            "Pebblechat counts 4.6 million users in Ostria.",
            "Pebblechat counts 6.4 million users in Veland.",
        ], attribute: "number").isEmpty)
    }
}
