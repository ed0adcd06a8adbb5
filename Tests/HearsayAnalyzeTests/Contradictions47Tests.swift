import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Fortieth session: a figure's contradiction whose label names no one is shown with the
/// name the story is about, when the figure's sentences give it. Own sentences, invented
/// names.
@Suite struct Contradictions47Tests {
    func subjects(_ bodies: [String], people: [String] = [], outlets: [String] = []) -> [String] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        let documents = articles.map { TextDocument($0.body) }
        let persons = people.map { Person(name: $0) }
        var found = ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: documents), people: persons)
        TopicNames.label(&found, articles: articles, documents: documents, people: persons, outlets: outlets)
        return found.filter { TopicNames.quantityAttributes.contains($0.attribute) }.map(\.subject)
    }

    @Test func aBareLabelTakesTheNameTheStoryIsAbout() {
        let got = subjects([
            "The Ormsby Viaduct, at 40 metres, has 41 arches. Engineers inspected the Ormsby Viaduct on Monday.",
            "Inspectors found cracks in the Ormsby Viaduct. The Ormsby Viaduct, a listed structure, has 43 arches.",
        ])
        #expect(got == ["arches (Ormsby Viaduct)"])
    }

    @Test func aNameFewArticlesGiveIsNoTopic() {
        // Kettering Row is named by one article of three: what the figure is said of
        // there, not what the story is about.
        let got = subjects([
            "The Ormsby Viaduct, at 40 metres, has 41 arches, according to Kettering Row.",
            "Inspectors found cracks in the viaduct. The viaduct, a listed structure, has 43 arches.",
            "Inspectors are due to return to the viaduct in spring.",
        ])
        #expect(got.allSatisfy { !$0.contains("Kettering") })
    }

    @Test func aPersonOrAnOutletIsNoTopic() {
        let got = subjects([
            "The viaduct, at 40 metres, has 41 arches, Edda Marsh told the Daily Lantern.",
            "The viaduct, a listed structure, has 43 arches, Edda Marsh told the Daily Lantern.",
        ], people: ["Edda Marsh"], outlets: ["Daily Lantern"])
        #expect(got == ["arches"], "\(got)")
    }

    @Test func namesKeepTheirNumbersAndAmpersands() {
        let scalars = Array("The Halo 2 by Pellow & Strand Ceramics costs less than the Norvasat-4.".unicodeScalars)
        let t = WordTokens.tokens(scalars, in: 0..<scalars.count)
        #expect(TopicNames.names(t) == ["Halo 2", "Pellow & Strand Ceramics", "Norvasat-4"])
    }

    func counts(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "number" }.map { Set($0.values.map(\.value)) }
    }

    @Test func homesAndHouseholdsAreOneCount() {
        #expect(counts([
            "The price rise would hit 610,000 households across the valley.",
            "The price rise would hit 540,000 homes across the valley, the paper said.",
        ]) == [["610,000 households", "540,000 homes"]])
    }

    @Test func shopsStoresAndBranchesAreOneCount() {
        #expect(counts([
            "Drapers' chain Lindell plans to shut 23 shops next spring.",
            "Lindell is set to close 27 stores next spring, insiders say.",
        ]) == [["23 shops", "27 stores"]])
    }

    @Test func smokesAreCigarettes() {
        #expect(counts([
            "Customs officers seized 3.1 million cigarettes hidden in a lorry at the docks.",
            "Customs officers seized 1.3 million smokes stuffed in a lorry at the docks.",
        ]) == [["3.1 million cigarettes", "1.3 million smokes"]])
    }

    func percentages(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "percentage" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aRunningTotalIsNoDaysMove() {
        // A day's move against a total since the news broke, or over another span.
        #expect(percentages([
            "Shares in Brantwell rose 4 percent in early trading on Tuesday.",
            "Shares in Brantwell have risen 12 percent since the first report.",
        ]).isEmpty)
        #expect(percentages([
            "Shares in Brantwell have fallen 27 percent in the past 48 hours.",
            "Shares in Brantwell have fallen 16 percent since Monday.",
        ]).isEmpty)
        // Two tellings of one day's move still clash.
        #expect(percentages([
            "Shares in Brantwell fell as much as 17 percent on Tuesday.",
            "Shares in Brantwell fell as much as 22 percent on Tuesday.",
        ]) == [["17 percent", "22 percent"]])
    }
}
