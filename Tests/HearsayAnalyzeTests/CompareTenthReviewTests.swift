import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by the tenth review of the comparison, on whole articles of the kind users
/// bring (mastheads, datelines, dates; a toll that rises, a sale misreported, a tabloid's
/// family quotes): own sentences, invented names.
@Suite struct CompareTenthReviewTests: CompareSuite {
    func contradictions(_ bodies: [String], published: [String?]? = nil) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body, published: published?[i])
        }
        return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: [])
    }

    // MARK: uncorroborated

    @Test func aRelativesSurnameInAnotherOutletDoesNotNameTheRelative() {
        let bodies = [
            "a": "Mayor Ruth Okonjo resigned on Friday. Okonjo, 58, had led the city for six years.",
            "b": "Her husband, Daniel Okonjo, said she had been \"hounded out by people who never wanted her there\".",
        ]
        let q = quote("q1", "b", "hounded out by people who never wanted her there", "Daniel Okonjo", in: bodies)
        let other = quote("q2", "a", "x", "Ruth Okonjo", in: bodies)
        var other2 = other
        other2.text = "Okonjo"
        // Only the mayor is "Okonjo" standing alone in the other outlet.
        #expect(flagged(analyze([q, other2], bodies: bodies)).contains("q1"))
        // With no other Okonjo in the story, the surname does name him.
        #expect(!flagged(analyze([q], bodies: bodies)).contains("q1"))
        // A shortened given name or an initial is the same person.
        #expect(!Corroboration.sharesSurname("Gillian Okonjo", with: ["Gill Okonjo", "D. Okonjo Jr"]))
        #expect(!Corroboration.sharesSurname("Daniel Okonjo", with: ["D. Okonjo"]))
        #expect(Corroboration.sharesSurname("Daniel Okonjo", with: ["Ruth Okonjo"]))
    }

    @Test func aDescribedSpeakersLastWordIsNoSurname() {
        let bodies = [
            "a": "The bishop stepped down on Monday after a month of pressure from the diocese.",
            "b": "A neighbour of the bishop said he had \"packed his car in the middle of the night\".",
        ]
        let q = quote("q1", "b", "packed his car in the middle of the night", "A neighbour of the bishop", in: bodies)
        #expect(flagged(analyze([q], bodies: bodies)).contains("q1"))
    }

    // MARK: numbers that are not amounts

    @Test func phoneNumbersAreNotCounts() {
        #expect(contradictions([
            "Anyone with information should ring the incident line on 0161 496 0000, police said.",
            "Anyone with information should ring the incident line on 0161 496 0999, police said.",
        ]).isEmpty)
        let text = Array("Call 0300 123 4567 today.".unicodeScalars)
        #expect(QuantityMentions.find(in: WordTokens.tokens(text, in: 0..<text.count), text: text, skipping: []).isEmpty)
    }

    // MARK: rounding and what a sum is of

    @Test func aRoundNumberDoesNotCoverTheHalfAboveIt() {
        #expect(contradictions([
            "Talbot Mills agreed to buy Greystone Dairies for $3 billion, the companies said.",
            "Talbot Mills agreed to buy Greystone Dairies for $3.5 billion, the companies said.",
        ]).count == 1)
        // Half below still rounds up to the round figure.
        #expect(contradictions([
            "Talbot Mills agreed to buy Greystone Dairies for $3 billion, the companies said.",
            "Talbot Mills agreed to buy Greystone Dairies for $2.5 billion, the companies said.",
        ]).isEmpty)
    }

    @Test func theSumInASaleToSomeoneIsTheThingSoldsPrice() {
        // The buyer stands before "for"; the thing sold is the verb's object.
        let c = contradictions([
            "The museum agreed to sell Ida Brandt's \"Winter Mill\" to a private buyer for £4 million, and the board approved.",
            "Critics attacked the decision to sell \"Winter Mill\" to an American buyer for £4.5 million.",
        ])
        #expect(c.count == 1)
        #expect(c.first?.subject == "Winter Mill")
        // "The sale of X to Y for ..." names it too.
        #expect(contradictions([
            "The council approved the sale of the old fire station to a developer for $900,000 on Monday.",
            "Residents protested at the sale of the old fire station to a developer for $1.2 million.",
        ]).count == 1)
        // Two things sold to one buyer are two prices.
        #expect(contradictions([
            "The club agreed to sell its training ground to a developer for $8 million last year.",
            "The club agreed to sell its stadium to a developer for $30 million last year.",
        ]).isEmpty)
    }

    // MARK: running counts

    @Test func countsOfDeathsAndInjuriesAreTwoFacts() {
        #expect(contradictions([
            "When the old bridge over the canal gave way, nine people were killed, officials said.",
            "When the old bridge over the canal gave way, 31 people were injured, officials said.",
        ]).isEmpty)
        // Two figures for one of them still clash.
        #expect(contradictions([
            "When the old bridge over the canal gave way, nine people were killed, officials said.",
            "When the old bridge over the canal gave way, eleven people were killed, officials said.",
        ]).count == 1)
    }

    @Test func aTollThatRisesOvernightIsNoContradiction() {
        let first = "Nine people died in the fire at the hostel, the fire service said."
        let later = "The fire at the hostel killed 14 people, the fire service said."
        #expect(contradictions([first, later], published: ["2026-02-10", "2026-02-11"]).isEmpty)
        // The same day, the two figures disagree.
        #expect(contradictions([first, later], published: ["2026-02-10", "2026-02-10"]).count == 1)
        // A toll that fell is no update.
        #expect(contradictions([later, first], published: ["2026-02-10", "2026-02-11"]).count == 1)
        // A fixed count ("passengers") is not a running tally.
        #expect(contradictions([
            "The coach was carrying 48 passengers to the coast on Friday, the operator said.",
            "The coach was carrying 54 passengers to the coast on Friday, the operator said.",
        ], published: ["2026-02-10", "2026-02-11"]).count == 1)
    }

    // MARK: dates

    @Test func aDatesWindowStopsAtAnotherHappening() {
        let c = contradictions([
            "The health ministry on Monday denied a report that minister Ivo Sand would quit over the hospital contract.",
            "Ivo Sand quit as health minister on Tuesday, a day after the ministry denied a report that he would go.",
        ], published: ["2026-05-05", "2026-05-06"])
        #expect(c.filter { $0.attribute == "date" }.isEmpty)
    }

    @Test func setOffIsNoFutureCue() {
        let date = DateSpan.parseISO("2026-03-08")!
        func day(_ sentence: String) -> String? {
            let text = Array(sentence.unicodeScalars)
            return DateExpressions.find(in: WordTokens.tokens(text, in: 0..<text.count), reference: date).first?.span?.iso
        }
        #expect(day("The bus was full when it set off from the depot on Saturday.") == "2026-03-07")
        #expect(day("The bus is set to leave the depot on Saturday.") == "2026-03-14")
    }
}
