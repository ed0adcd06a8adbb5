import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases from the eighteenth review (scored stories): a player's instrument, an age set
/// off after a surname ending in -ly, and what a body named by a relative clause or a
/// definite description holds. Own sentences, invented names.
@Suite struct Contra23InstrumentTests {
    func roleValues(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "role" }.map { Set($0.values.map(\.value)) }
    }

    @Test func twoInstrumentsForOnePlayerDisagree() {
        #expect(roleValues([
            "The quarrel began when drummer Tobias Klee missed the second rehearsal.",
            "Keyboardist Tobias Klee left the studio early, the band's manager said.",
        ]).count == 1)
        #expect(roleValues([
            "Elin Sarno, the quartet's cellist, said the tour would go ahead.",
            "The quartet's violinist, Elin Sarno, said the tour would go ahead.",
        ]).count == 1)
    }

    @Test func aVoiceOrAStandingGoesWithAnyInstrument() {
        // A singer may play; a bass guitarist is a bassist; a founder plays too.
        #expect(roleValues([
            "Singer Ruth Amble wrote most of the album.", "Pianist Ruth Amble wrote most of the album.",
        ]).isEmpty)
        #expect(roleValues([
            "Bassist Joel Tarrant quit on Monday.", "The band's bass guitarist, Joel Tarrant, quit on Monday.",
        ]).isEmpty)
        #expect(roleValues([
            "Guitarist Joel Tarrant quit on Monday.", "Founder Joel Tarrant quit on Monday.",
        ]).isEmpty)
    }
}

@Suite struct Contra23AgeTests {
    func ages(_ bodies: [String], people: [String]) -> [Set<String>] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        return ContradictionFinder.contradictions(
            StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }),
            people: people.map { Person(name: $0) }
        ).filter { $0.attribute == "age" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aSurnameEndingInLyOpeningTheSentenceTakesItsAge() {
        #expect(ages([
            "Harbour authority chief Niamh Donnelly will retire. Donnelly, 58, joined the port in 1994.",
            "Niamh Donnelly is to retire from the harbour authority. Donnelly, 62, has run it since 2011.",
        ], people: ["Niamh Donnelly"]) == [["58", "62"]])
        // An adverb opening the sentence is still no name.
        #expect(ages([
            "Niamh Donnelly, 58, will retire. Separately, 40, the port's oldest crane, is being scrapped.",
            "Niamh Donnelly, 58, is to retire. Separately, 35, a rival crane, was sold.",
        ], people: ["Niamh Donnelly"]).isEmpty)
    }
}

@Suite struct Contra23HoldingTests {
    func counts(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "number" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aRelativeClausesAntecedentHoldsTheCount() {
        #expect(counts([
            "The council may sell Corrigan Foods, which operates 58 bakeries across the county.",
            "Corrigan Foods runs 64 bakeries and a mill near Tarrow.",
        ]) == [["58 bakeries", "64 bakeries"]])
        #expect(counts([
            "Inspectors visited the hospital, which has about 320 beds, on Friday.",
            "The hospital has about 280 beds and a maternity unit.",
        ]) == [["320 beds", "280 beds"]])
    }

    @Test func aDefiniteSubjectHoldsTheCount() {
        #expect(counts([
            "Managers at Tarrow Buses met the union on Monday. The depot employs about 430 people on three shifts.",
            "Tarrow Buses confirmed the talks, saying the depot employs about 510 people and runs 90 buses.",
        ]) == [["430", "510"]])
        // A peak told of an earlier figure in the sentence is not this figure's moment.
        #expect(counts([
            "The mill employs about 300 people, down from 900 at its peak in the 1970s.",
            "The mill employs about 410 people and has no orders after June.",
        ]) == [["300", "410"]])
        // Two bodies described by two nouns are two holders.
        #expect(counts([
            "The hospital has about 320 beds, the trust said.", "The hotel has about 280 beds, the trust said.",
        ]).isEmpty)
    }
}
