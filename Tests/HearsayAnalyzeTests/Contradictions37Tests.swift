import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirtieth session: titles a document or a source gives a person ("described as ...").
/// Own sentences, invented names.
@Suite struct Contradictions37Tests {
    func mentions(_ sentence: String) -> [RoleMention] {
        let doc = TextDocument(sentence)
        return RoleMentions.find(in: WordTokens.tokens(doc.scalars, in: doc.sentences[0].range), text: doc.scalars)
    }

    @Test func aTitleGivenWithDescribedAsIsAnApposition() {
        let m = mentions("The leaflet was signed by Orla Penhale, described as the trust's fundraising director, and posted widely.")
        #expect(m.first?.name == "Orla Penhale")
        #expect(m.first?.office == ["fundraising", "director"])
        #expect(mentions("It carried the name of Orla Penhale, named as head of transport.").first?.office == ["head", "of", "transport"])
        // Another verb before "as" gives no title.
        #expect(mentions("Orla Penhale, working as a volunteer, helped.").isEmpty)
    }

    @Test func aHighwaysPostIsATitle() {
        #expect(mentions("The notice bore the signature of Piet Harrow, the borough's highways director.").first?.office == ["highways", "director"])
    }

    @Test func twoDescribedTitlesOfOneSignatoryClash() {
        let roles = CompareTestSupport.contradictions([
            "The forged notice was signed by Piet Harrow, named as the borough's highways director, and told drivers to pay.",
            "The forged notice was signed in the name of Piet Harrow, described as head of transport, and told drivers to pay.",
        ]).filter { $0.attribute == "role" }
        #expect(roles.count == 1)
        #expect(Set(roles.first?.values.map(\.value) ?? []) == ["borough's highways director", "head of transport"])
    }

    @Test func aThingSoldWithItsPartsIsNamedByTheFirstConjunct() {
        let money = CompareTestSupport.contradictions([
            "Brightwater Inns is set to buy the old watermill and its miller's cottage for about £3.1m, the newsletter said.",
            "Brightwater Inns is set to buy the old watermill and its miller's cottage for around £3.6m, the paper said.",
        ]).filter { $0.attribute == "money" }
        #expect(money.count == 1)
        #expect(money.first?.subject.contains("watermill") == true)
    }
}
