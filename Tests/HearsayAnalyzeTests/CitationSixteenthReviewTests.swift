import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Ways of citing a source, and of telling a fact-checker from the one who started a rumour,
/// that stories written by people who never ran Hearsay showed missed in the sixteenth
/// session. Every sentence is written for these tests.
@Suite struct CitationSixteenthReviewTests: QuoteSuite, ClaimSuite {
    @Test func anOutletAfterASpanOfTimeAndItsAgent() {
        #expect(sources("The move bears out a report published three days earlier by the newsletter Dockside Weekly.") == ["Dockside Weekly"])
        #expect(sources("The plan was revealed two weeks ago by the Valley Reporter.") == ["Valley Reporter"])
    }

    @Test func anOutletDescribedByWhatItDoes() {
        #expect(sources("The striker is set to join Cardona, according to transfer bible Balon Diario.") == ["Balon Diario"])
        #expect(sources("The fact-checking organisation ClaimWatch traced the photograph to a 2019 storm.") == ["ClaimWatch"])
        #expect(sources("The video was shown by the fact-checking site ClaimWatch to be six years old.") == ["ClaimWatch"])
        // Anyone may be shown things; only an outlet's name is a source.
        #expect(sources("The plans were shown by Jo Roe to be out of date.").isEmpty)
    }

    @Test func aFactCheckerCitedByEveryArticleIsNoOrigin() throws {
        let s = analyse([
            ("Bear roams Marlow high street, viral video claims",
             "A bear was filmed walking past shops on Marlow high street on Saturday night, according to a video shared thousands of times. The fact-checking site ClaimWatch said it was looking into the clip."),
            ("No bear in Marlow, police say",
             "Police said there was no bear on Marlow high street. The clip was shown by the fact-checking site ClaimWatch to come from Canada."),
            ("Marlow bear video is old",
             "Fact-checkers at ClaimWatch said the footage of a bear on Marlow high street was filmed in Canada in 2018."),
        ])
        #expect(s.citations.map(\.source) == ["ClaimWatch"])
        let origin = try core(s).origin
        #expect(origin != "ClaimWatch")
    }
}
