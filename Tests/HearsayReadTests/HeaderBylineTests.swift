import Foundation
import HearsayModel
import Testing

@testable import HearsayRead

/// Writers named on header lines without "By" (`MetadataLine.personLine`, `jobLine`, and
/// the masthead beside a signature). Every line is written for these tests.
@Suite struct HeaderBylineTests {
    func read(_ text: String) -> Article { TextArticleReader.parse(text, source: "t.txt", markdown: false) }

    static let lede = "The Penmoor ferry will stop calling at the island from May, its operator said on Tuesday."

    @Test func aNameAloneUnderTheOutletAndDateSignsThePiece() {
        let a = read("Penmoor loses its ferry\nKestle Courier\n4 May 2026\nMarta Quill\n\(Self.lede)")
        #expect(a.byline == "Marta Quill")
        #expect(a.body == Self.lede)
    }

    @Test func aMastheadAboveASignatureOrAWritersNameIsTheOutlet() {
        let signed = read("Penmoor loses its ferry\nThe Kestle Lantern\nMarta Quill, Islands Correspondent\n4 May 2026\n\(Self.lede)")
        #expect(signed.outlet == "The Kestle Lantern")
        #expect(signed.byline == "Marta Quill")
        #expect(signed.bylineRole == "Islands Correspondent")
        let named = read("Penmoor loses its ferry\nFerryCheck\nMarta Quill\n4 May 2026\n\(Self.lede)")
        #expect(named.outlet == "FerryCheck")
        #expect(named.byline == "Marta Quill")
        #expect(named.body == Self.lede)
    }

    @Test func aJobUnderTheNameAndACreditLabelAreTheWriters() {
        let a = read("Penmoor loses its ferry\nMarta Quill\nTransport reporter\n4 May 2026\n\(Self.lede)")
        #expect(a.byline == "Marta Quill")
        #expect(a.bylineRole == "Transport reporter")
        #expect(a.body == Self.lede)
        #expect(read("Penmoor loses its ferry\nKestle Courier\nWords: Marta Quill\n\(Self.lede)").byline == "Marta Quill")
    }

    @Test func sectionsDaysAndOutletsAreNoWriters() {
        #expect(MetadataLine.personLine("Business News") == nil)
        #expect(MetadataLine.personLine("Tuesday March") == nil)
        #expect(MetadataLine.personLine("Evening Courier") == nil)
        #expect(MetadataLine.personLine("Ana de la Cruz") == "Ana de la Cruz")
        // In the body, a short name line is the article's: only the header is read.
        let a = read("Penmoor loses its ferry\nKestle Courier\n4 May 2026\n\(Self.lede)\nMarta Quill\nThe operator would not comment.")
        #expect(a.byline == nil)
    }
}
