import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by scoring stories written by someone who never saw Hearsay (seventeenth
/// review): one person given two posts by two outlets, and ages told by an epithet.
/// Own sentences, invented names.
@Suite struct Contra21RoleTests {
    func roleValues(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "role" }.map { Set($0.values.map(\.value)) }
    }

    @Test func twoPostsOfOneBodyDisagree() {
        // The chair of a party and its secretary general.
        #expect(roleValues([
            "Party chairman Oskar Lindell told reporters the vote would go ahead.",
            "The party's secretary general, Oskar Lindell, told reporters the vote would go ahead.",
        ]).count == 1)
        // A spokesperson and a vice president of one federation.
        #expect(roleValues([
            "Nadia Korhonen, a spokeswoman for the rowing federation, said the letter was fake.",
            "The federation's vice-president, Nadia Korhonen, said the letter was fake.",
        ]).count == 1)
        // A conductor's post and a director's post of one orchestra.
        #expect(roleValues([
            "Tomas Reinholt, principal conductor of the Varna Symphony, will leave in June.",
            "Tomas Reinholt, the Varna Symphony's music director, will leave in June.",
        ]).count == 1)
        // The executive chairman and the chief executive.
        #expect(roleValues([
            "Lena Auberg, executive chairman of Quillsoft, signed the deal.",
            "Lena Auberg, Quillsoft's chief executive, signed the deal.",
        ]).count == 1)
    }

    @Test func postsThatGoTogetherOrNameEachOtherAgree() {
        // A founder may hold any post.
        #expect(roleValues([
            "Lena Auberg, the founder of Quillsoft, signed the deal.", "Lena Auberg, Quillsoft's chief executive, signed the deal.",
        ]).isEmpty)
        // A senator may chair a committee.
        #expect(roleValues([
            "Ruth Amsel, a senator for the Liberal Party, spoke on Monday.", "Ruth Amsel, chairwoman of the party, spoke on Monday.",
        ]).isEmpty)
        // A loose word for any post.
        #expect(roleValues([
            "Party boss Oskar Lindell spoke.", "Oskar Lindell, the party's secretary general, spoke.",
        ]).isEmpty)
        // A spokesperson may be the body's press officer.
        #expect(roleValues([
            "Mia Torp, a spokeswoman for the airline, declined to comment.", "Mia Torp, the airline's press officer, declined to comment.",
        ]).isEmpty)
        // The institute's director and its chief executive: one top post named two ways by
        // two outlets, which disagree on its title (Contradictions48Tests).
        #expect(roleValues([
            "Ivo Mannheim, director of the institute, spoke.", "Ivo Mannheim, the institute's chief executive, spoke.",
        ]).count == 1)
        // An article that prints both posts says the person holds both.
        #expect(roleValues([
            "Oskar Lindell, the party's chairman and secretary general, spoke.", "Party chairman Oskar Lindell spoke.",
            "Oskar Lindell, the party's secretary general, spoke.",
        ]).isEmpty)
        // One head word described two ways.
        #expect(roleValues([
            "State prosecutor Ana Ruiz spoke on Monday.", "Ana Ruiz, the chief prosecutor for the state, spoke on Monday.",
        ]).isEmpty)
        // Posts of two different organisations are not one attribute.
        #expect(roleValues([
            "Oskar Lindell, chairman of Brightwater, spoke.", "Oskar Lindell, Velmar's vice president, spoke.",
        ]).isEmpty)
    }
}

@Suite struct Contra21AgeTests {
    func ages(_ bodies: [String], people: [String], published: [String?]? = nil) -> [Set<String>] {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body, published: published?[i])
        }
        return ContradictionFinder.contradictions(
            StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }),
            people: people.map { Person(name: $0) }
        ).filter { $0.attribute == "age" }.map { Set($0.values.map(\.value)) }
    }

    @Test func anEpithetWithColourRefersBack() {
        // "the embattled 48-year-old": words of colour between "the" and the age.
        #expect(ages([
            "Mayor Dagny Voss is under pressure to quit, but the embattled 48-year-old says she will stay.",
            "Dagny Voss, 46, said she would stay.",
        ], people: ["Dagny Voss"]) == [["48", "46"]])
        // "the 20-year-old striker": a noun after the age.
        #expect(ages([
            "Winger Joao Mbeki has been dropped. Reports say the club is unhappy with how the 20-year-old forward trained.",
            "Joao Mbeki, 21, was left out of the squad.",
        ], people: ["Joao Mbeki"]) == [["20", "21"]])
    }

    @Test func anEpithetRefersToAPersonNotToAnOrganisationOrASource() {
        // The sentence names the person before the epithet; the sentence before names a body first.
        #expect(ages([
            "The Harlow Rowing Club said on Monday it had suspended Pieter Sandvik. The inquiry covers Sandvik's races in May, which the 33-year-old won.",
            "Pieter Sandvik, 35, denied wrongdoing.",
        ], people: ["Pieter Sandvik"]) == [["33", "35"]])
        // A broadcaster that claims something is the source, not the one the epithet means.
        #expect(ages([
            "KESTREL OAKES faces the sack. Broadcaster Channel Nine Sport claims the 44-year-old coach will go on Monday.",
            "Kestrel Oakes, 45, is expected to leave.",
        ], people: ["Kestrel Oakes"]) == [["44", "45"]])
    }

    @Test func aNameOfTheEpithetsOwnClauseIsSomeoneElse() {
        // The officer named in the clause is not "the unarmed 19-year-old" he fired at.
        #expect(ages([
            "Protesters gathered for Jalen Moss. Witnesses say officer Dale Brunner fired at the unarmed 19-year-old twice.",
            "Dale Brunner, 29, is on leave.", "Dale Brunner, 29, has not spoken.",
        ], people: ["Jalen Moss", "Dale Brunner"]).isEmpty)
    }

    @Test func aPeoplesNameAfterTheAgeIsAnEpithet() {
        #expect(ages([
            "LARS OKKEN faces the sack at Millbay. Pundits say the 47-year-old Swede will go on Monday.",
            "Lars Okken, 46, is expected to leave.",
        ], people: ["Lars Okken"]) == [["47", "46"]])
    }

    @Test func agesOnlyGrowBetweenDays() {
        let bodies = ["Pia Lund, 30, won the race.", "Pia Lund, 31, won the race."]
        // The later article, two months on, gives the older age: a birthday may have fallen between.
        #expect(ages(bodies, people: ["Pia Lund"], published: ["2026-01-14", "2026-03-15"]).isEmpty)
        // The later article gives the younger age: no birthday explains it.
        #expect(ages(bodies, people: ["Pia Lund"], published: ["2026-03-15", "2026-01-14"]) == [["30", "31"]])
        // A day apart, a birthday between is too unlikely to explain the year.
        #expect(ages(bodies, people: ["Pia Lund"], published: ["2026-01-14", "2026-01-15"]) == [["30", "31"]])
    }
}

@Suite struct Contra21HoldingTests {
    func counts(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "number" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aCountAfterAHavingVerbIsAllTheSubjectHolds() {
        // "runs N" and "has N" of one owner, the second through a pronoun.
        #expect(counts([
            "Brackenfold Quarry runs 22 trucks on the north road, its owners said in a filing.",
            "Brackenfold Quarry opened in 1971. It has 19 trucks and a rail siding.",
        ]) == [["22 trucks", "19 trucks"]])
        // A workforce: "employs N people" and "has N staff", past an apposition.
        #expect(counts([
            "Orrin Labs employs about 640 people at two sites, according to its annual report.",
            "Orrin Labs, founded in Galway in 2004, has about 720 staff.",
        ]) == [["640", "720 staff"]])
        // Two owners' holdings are two facts.
        #expect(counts([
            "Brackenfold Quarry runs 22 trucks on the north road.", "Tamsin Haulage has 19 trucks in its depot.",
        ]).isEmpty)
    }
}
