import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// A one-time happening of one subject dated by a bare year ("was founded in 2011",
/// "stepped down in 2019"): two outlets' years for it clash however they word the rest,
/// and what keeps other years apart. Own sentences, invented names.
@Suite struct LifeEventsTests {
    func dates(_ bodies: [String]) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body, published: "2026-05-04")
        }
        return ContradictionFinder.contradictions(
            StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: []
        ).filter { $0.attribute == "date" }
    }

    func values(_ c: [Contradiction]) -> Set<String> { Set(c.flatMap { $0.values.map(\.value) }) }

    @Test func oneFoundingToldWithTwoVerbsClashes() {
        let found = dates([
            "Brisklow Cycles was founded in 2009 by two former couriers and now sells across Europe.",
            "Fans of the brand remember that Brisklow Cycles was set up in 2011 in a railway arch.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["2009", "2011"])
        #expect(found.first?.subject == "Brisklow Cycles (founded)")
    }

    @Test func oneDepartureToldWithTwoVerbsClashes() {
        let found = dates([
            "The letter carries the name of Odile Fenwarr, a former treasurer who left the guild in 2018.",
            "It is signed by Odile Fenwarr, who stepped down as treasurer in 2019.",
        ])
        #expect(found.count == 1)
        #expect(values(found) == ["2018", "2019"])
    }

    @Test func twoPeoplesDeparturesAreTwoFacts() {
        #expect(dates([
            "Odile Fenwarr left the guild in 2018, according to its records.",
            "Its records show that Piran Mottisfont left the guild in 2020.",
        ]).isEmpty)
    }

    @Test func twoFamiliesAreTwoHappenings() {
        // Founding and selling one company are two happenings of it.
        #expect(dates([
            "Brisklow Cycles was founded in 2009 by two former couriers.",
            "Brisklow Cycles was sold to a private equity firm in 2015.",
        ]).isEmpty)
    }

    @Test func anOutletGivingTwoYearsOfTheFamilyTellsTwoHappenings() {
        // Built in one year and opened in another: both of its origin, told apart by that outlet.
        #expect(dates([
            "The Quillon Viaduct was built in 1931 and opened in 1934 after delays.",
            "Engineers say the Quillon Viaduct, completed in 1933, needs new bearings.",
        ]).isEmpty)
    }

    @Test func yearsFarApartAreTwoHappenings() {
        #expect(dates([
            "The Quillon Viaduct was built in 1931 by the old railway company.",
            "The Quillon Viaduct was completed in 1987 after the original span collapsed.",
        ]).isEmpty)
    }
}
