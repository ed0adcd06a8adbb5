import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases from the twentieth session's contradictions stage: whose figure a clash is about
/// (a person opening the clause, a relative clause's antecedent, the noun a compound
/// adjective qualifies) and a happening dated two ways ("its meeting on Friday", "its
/// Thursday meeting"). Own sentences on other topics, invented names.
@Suite struct Contra26Tests {
    func found(_ bodies: [String], people: [Person] = [], attribute: String) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        return ContradictionFinder.contradictions(
            StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: people
        ).filter { $0.attribute == attribute }
    }

    func tokens(_ s: String) -> [WordToken] {
        let scalars = Array(s.unicodeScalars)
        return WordTokens.tokens(scalars, in: 0..<scalars.count)
    }

    @Test func aPersonOpeningTheClauseOwnsTheFigure() {
        let bodies = [
            "In the final round, Varne finished 312 points clear of the field.",
            "In the final round, Varne finished 321 points clear of the field, the panel said.",
        ]
        let people = [Person(name: "Ilsa Varne")]
        let numbers = found(bodies, people: people, attribute: "number")
        #expect(numbers.count == 1)
        #expect(numbers.first?.subject.contains("Ilsa Varne") == true)
        // A capitalised word that is nobody of the story stays out of the subject.
        let none = found(bodies, people: [], attribute: "number")
        #expect(none.first.map { !$0.subject.contains("Varne") } ?? true)
    }

    @Test func aRelativeClausesFigureIsItsAntecedents() {
        let numbers = found([
            "On Monday the channel Tidewatch, which has about 90,000 subscribers, posted the clip.",
            "The site later removed the channel Tidewatch, which had around 40,000 subscribers.",
        ], attribute: "number")
        #expect(numbers.count == 1)
        #expect(numbers.first?.subject.contains("Tidewatch") == true)
        // "which runs the 300-seat hall": the seats are the hall's, not the trust's.
        #expect(QuantityMentions.ownerName(tokens("The Orme Trust, which has 300 seats"), before: 6) == "Orme Trust")
    }

    @Test func aCompoundAdjectivesCountIsTheSizeOfItsNoun() {
        let numbers = found([
            "The council backed the 640-bed Harlow hospital at a late vote.",
            "The board drew up plans for the 520-bed hospital years ago.",
        ], attribute: "number")
        #expect(numbers.count == 1)
        #expect(numbers.first?.subject == "bed (hospital)")
        // Two nouns sized: a wing and a hospital are two things.
        #expect(found([
            "The council backed the 640-bed Harlow hospital at a late vote.",
            "The board drew up plans for the 60-bed wing years ago.",
        ], attribute: "number").isEmpty)
    }

    @Test func aHappeningDatedTwoWaysIsAClash() {
        let dates = found([
            "The trust said the complaint would be heard at its hearing on Tuesday, a spokesman said.",
            "Families will be allowed to speak at its Wednesday hearing, the trust said.",
        ], attribute: "date")
        #expect(dates.count == 1)
        #expect(dates.first?.subject.hasPrefix("hearing") == true)
        #expect(Set(dates.first?.values.map(\.value) ?? []) == ["Tuesday", "Wednesday"])
        // One weekday in both: no clash; and "its shares on Friday" is no happening.
        #expect(found([
            "The trust said the complaint would be heard at its hearing on Tuesday, a spokesman said.",
            "Families will be allowed to speak at its Tuesday hearing, the trust said.",
        ], attribute: "date").isEmpty)
        #expect(StoryMentions.ownedHappening(tokens("sold its shares on Friday"), first: 4, last: 4) == nil)
    }
}
