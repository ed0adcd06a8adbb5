import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Papers and public bodies cited, thirty-sixth session: a letter or a draft is a paper by its
/// noun alone; a newsroom's sighting of a paper may come before it ("had seen a memo") or
/// further on in its sentence; a periodic report is cited past its owner's name; a public
/// body named by what it is ("according to the regional forecasting service") is a `body`
/// citation. Every sentence is written for these tests.
@Suite struct CitationBodies36Tests: QuoteSuite {
    private func documents(_ s: Story) -> [Citation] { s.citations.filter { $0.kind == .document } }

    @Test func aLetterOrADraftIsAPaperByItsNounAlone() {
        let s = story(
            "The Tarvik ferry will stop in May, according to the letter.",
            "A letter from the harbour master was read to the crews on Monday.")
        #expect(documents(s).contains { $0.source == "letter" && $0.articles.count == 2 })
        let d = story("The draft says the Tarvik ferry fare would double in May.", "The ferry company declined to comment.")
        #expect(documents(d).contains { $0.source == "draft" })
        // The verb is no paper.
        let verb = story("Officials will draft new rules for the Tarvik ferry, the minister says.", "The ferry company declined to comment.")
        #expect(documents(verb).isEmpty)
    }

    @Test func aPaperANewsroomSaysItHasSeenIsCited() {
        let before = story("The Quay Herald says it has seen a memo from the harbour board about the Tarvik ferry.", "The ferry company declined to comment.")
        #expect(documents(before).contains { $0.source == "memo" })
        let later = story(
            "A memo from the harbour master to the board of the ferry company, dated 4 May and later seen by the Quay Herald, puts the cost at 2 million crowns.",
            "The ferry company declined to comment.")
        #expect(documents(later).contains { $0.source == "memo" })
        // The subject that saw is no paper of its own.
        let seer = story("The local paper reported that it had seen a list of the ferries to be sold.", "The ferry company declined to comment.")
        #expect(!documents(seer).contains { $0.source.hasSuffix("paper") })
    }

    @Test func aPeriodicReportIsCitedPastItsOwnersName() {
        let s = story("The Tarvik ferry carried 2 million passengers, according to the harbour board's latest annual report.", "Fares rose in May.")
        #expect(documents(s).contains { $0.source.hasSuffix("annual report") })
    }

    @Test func aPublicBodyNamedByWhatItIsIsCited() {
        let s = story(
            "Rainfall at the Tarvik station reached 90mm, according to the regional forecasting service.",
            "The harbour handled 612 ferries last year, according to port authority figures.",
            "The Tarvik Sheep Society met on Tuesday. Flocks have shrunk by a third, according to the society.")
        let bodies = s.citations.filter { $0.kind == .body }.map(\.source)
        #expect(bodies.contains("regional forecasting service"))
        #expect(bodies.contains("port authority"))
        #expect(bodies.contains("Tarvik Sheep Society"))
        // A paper the body wrote is no body.
        let paper = story("The ferry will stop, according to a confidential council report.", "Fares rose in May.")
        #expect(paper.citations.filter { $0.kind == .body }.isEmpty)
    }

    /// A body one article takes figures from is cited by another that credits it, whether its
    /// name is written in lower case or opens a sentence; "the board" alone is not followed.
    @Test func aCitedBodyIsCitedWhereAnotherArticleCreditsIt() {
        let bodies = [
            "Rainfall reached 90mm, according to the regional forecasting service.",
            "Regional forecasting service staff said on Monday that more rain was due.",
            "Flocks have shrunk by a third, according to the board.",
            "The board said on Monday that flocks were growing.",
        ]
        let articles = bodies.indices.map { Article(id: "a\($0)", source: "t\($0).txt", title: "", body: bodies[$0]) }
        var citations = [
            Citation(source: "regional forecasting service", articles: ["a0"], kind: .body),
            Citation(source: "the board", articles: ["a2"], kind: .body),
        ]
        NamedSources.extend(&citations, articles: articles, documents: bodies.map { TextDocument($0) })
        #expect(citations[0].articles.contains("a1"))
        #expect(!citations[1].articles.contains("a3"))
    }

    /// "an account called TarvikWatch_": an account's name written without its "@" keeps its
    /// underscores, so the story names it as the platform does.
    @Test func anAccountNameKeepsItsUnderscores() {
        let words = ArticleText(TextDocument("The post came from an account called TarvikWatch_, which has 900 followers.")).words.map(\.lower)
        #expect(words.contains("tarvikwatch_"))
        #expect(words.contains("followers"))
        // The claim readers' tokens too: the claim's origin is the account as named.
        let text = "The post came from an account called TarvikWatch_, which has 900 followers."
        let tokens = WordTokens.tokens(Array(text.unicodeScalars), in: 0..<text.unicodeScalars.count).map(\.text)
        #expect(tokens.contains("TarvikWatch_"))
    }
}
