import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Titles written as compounds the lexicon need not list: a department named by a bare
/// noun phrase after "head of", and a common noun whose only capital is a sentence's first
/// letter. Own sentences, invented names.
@Suite struct Roles31Tests {
    func roles(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "role" }
    }

    func mentions(_ sentence: String) -> [RoleMention] {
        let doc = TextDocument(sentence)
        return RoleMentions.find(in: WordTokens.tokens(doc.scalars, in: doc.sentences[0].range), text: doc.scalars)
    }

    @Test func aBareDepartmentAfterHeadOfIsPartOfTheTitle() {
        let m = mentions("Marten Vossberg, head of donor services at Kelloway, declined to comment.")
        #expect(m.first?.office == ["head", "of", "donor", "services"])
        #expect(m.first?.organisation == "Kelloway")
        // A determiner or a capital names a body, not a department.
        #expect(mentions("Marten Vossberg, head of the orchard trust, declined to comment.").first?.office == ["head"])
        // A clause after the words: they are no department.
        #expect(mentions("Marten Vossberg, head of sales said nothing.").first?.office != ["head", "of", "sales", "said"])
    }

    @Test func aDepartmentHeadAgainstAnotherPostDisagrees() {
        let found = roles([
            "Kelloway's head of donor services, Marten Vossberg, said the figures were wrong.",
            "Kelloway's chief financial officer, Marten Vossberg, said the figures were wrong.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject.contains("Vossberg") == true)
        // One department named twice is one post.
        #expect(
            roles([
                "Kelloway's head of donor services, Marten Vossberg, said the figures were wrong.",
                "Marten Vossberg, head of donor services at Kelloway, said the figures were wrong.",
            ]).isEmpty)
    }

    @Test func aSentenceOpeningCommonNounIsPartOfTheTitle() {
        // "Desk" is never capitalised but at a sentence's start: the title is a desk officer's.
        let found = roles([
            "Pellham Air rejected the claim. Desk officer Ilse Varnholt said the flight landed on time.",
            "\u{201C}It landed on time,\u{201D} said Ilse Varnholt, Pellham Air's head of passenger care.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.values.map(\.value).contains("Desk officer") == true)
    }

    @Test func aNameOrABodyNounOpeningTheSentenceStaysTheOwner() {
        // "Pellham" is capitalised mid-sentence too: the body's name, before a bare
        // "officer" that may be any post, so nothing is set against the department.
        let named = roles([
            "Pellham officer Ilse Varnholt said the flight landed on time. The claim about Pellham was false.",
            "\u{201C}It landed on time,\u{201D} said Ilse Varnholt, Pellham Air's head of passenger care.",
        ])
        #expect(named.isEmpty)
        // "Club chief executive" is the club's chief executive, as "Dunmere chief executive" is,
        // though "Dunmere" opens its sentence only: a staff head's body.
        #expect(
            roles([
                "Club chief executive Tove Aranda said the report was false.",
                "Dunmere chief executive Tove Aranda said the report was false.",
            ]).isEmpty)
    }
}
