import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// An outlet or platform no citing phrase was found for is still cited where the words
/// around it credit it ("told X", "on X"), when its name has a word of the media or is a
/// platform's; short and long forms of a source already cited add nothing. Own sentences.
@Suite struct Citations38Tests {
    func cite(_ bodies: [String], cited: [Citation] = [], organisations: [String]) -> [Citation] {
        let articles = bodies.enumerated().map { i, b in Article(id: "a\(i)", source: "t\(i).txt", title: "", body: b) }
        var citations = cited
        NamedSources.credited(&citations, organisations: organisations, articles: articles, documents: bodies.map { TextDocument($0) })
        return citations
    }

    @Test func creditedOutletsAndPlatformsAreCited() {
        let out = cite(
            [
                "The ferry operator told trade title The Quay Report that no sailing would be cut.",
                "Its captain said on Kelby Radio's morning show that the boat was safe. The rumour spread on Facebook overnight.",
            ], organisations: ["The Quay Report", "Kelby Radio", "Strand Line"])
        #expect(out.first { $0.source == "The Quay Report" }?.articles == ["a0"])
        #expect(out.first { $0.source == "Kelby Radio" }?.articles == ["a1"])
        #expect(out.first { $0.source == "Facebook" }?.articles == ["a1"])
        // A company's name has no word of the media: named, it is no source.
        #expect(!out.contains { $0.source == "Strand Line" })
    }

    @Test func otherFormsOfACitedSourceAddNothing() {
        let out = cite(
            ["The Post said the ferry was safe, and HPM told Halvern Public Media staff the same."],
            cited: [Citation(source: "Evening Post", articles: ["a9"]), Citation(source: "HPM", articles: ["a9"])],
            organisations: ["Post", "Halvern Public Media"])
        #expect(out.count == 2, "\(out.map(\.source))")
    }
}
