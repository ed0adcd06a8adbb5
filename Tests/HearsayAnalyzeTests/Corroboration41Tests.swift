import HearsayModel
import Testing

@testable import HearsayAnalyze

/// A person an article describes and never names ("an engineer on the site ... the engineer
/// said") is as anonymous as "a source": a quotation credited back to them is uncorroborated
/// when no other outlet carries what they said. A description that points back at a person
/// the article names, at an organisation or at a document is left as before. Own sentences,
/// invented names.
@Suite struct Corroboration41Tests {
    /// A story of one article per body through the quote and compare stages.
    func story(_ bodies: String...) -> Story { QuoteTestSupport.story(bodies, compared: true) }

    let other = "The Marlow Tunnel project will open two years late, the transport board confirmed on Tuesday."

    func flags(_ s: Story, _ words: String) -> [String]? { s.quotes.first { $0.text.contains(words) }?.flags }

    @Test func aDescribedWorkerReferredBack() {
        let s = story(
            "Two contractors on the tunnel project said the date had slipped. One senior planning engineer was blunt. \u{201C}Everyone in the site office stopped believing the date months ago,\u{201D} the engineer said.",
            other)
        #expect(flags(s, "site office") == [Quote.uncorroborated])
    }

    @Test func aDescribedManagerOfAFirm() {
        let s = story(
            "One coach operator was blunt. \u{201C}We sold every seat for the spring before anyone mentioned the closure,\u{201D} the operations manager of one coach firm said.",
            other)
        #expect(flags(s, "every seat") == [Quote.uncorroborated])
    }

    @Test func aNamedPersonReferredBackByTheirRole() {
        // The story names the engineer in that article: another outlet may name her too.
        let s = story(
            "Greta Holm, the chief engineer on the tunnel project, spoke on Monday. \u{201C}Everyone in the site office stopped believing the date months ago,\u{201D} the chief engineer said.",
            "Greta Holm has led the Marlow Tunnel project since 2019, the transport board said on Tuesday.")
        #expect(flags(s, "site office")?.contains(Quote.uncorroborated) != true)
    }

    @Test func anOrganisationReferredBack() {
        let s = story(
            "The Vell Transport Agency said on Monday that the date stood. \u{201C}Nothing has changed in our plans for the opening,\u{201D} the agency said.",
            "The Vell Transport Agency has not commented on the report.")
        #expect(flags(s, "Nothing has changed")?.contains(Quote.uncorroborated) != true)
    }
}
