import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-third session: one purchase told with a verb or a noun of buying, and one set of
/// things counted under its kind's general word and under its own noun.
/// Own sentences, invented names.
@Suite struct Contradictions41Tests {
    func numbers(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "number" }.map { Set($0.values.map(\.value)) }
    }

    func quantities(_ sentence: String) -> [QuantityMention] {
        let doc = TextDocument(sentence)
        return QuantityMentions.find(in: WordTokens.tokens(doc.scalars, in: 0..<doc.scalars.count), text: doc.scalars, skipping: [])
    }

    @Test func aPurchaseToldByAVerbOrANounIsOneMove() {
        #expect(quantities("Ferrant Rail plans to buy 16 locomotives from a Swiss builder.")[0].move == "buy")
        #expect(quantities("Ferrant Rail has placed an order for 18 locomotives.")[0].move == "buy")
        #expect(quantities("Ferrant Rail ordered 18 locomotives last year.")[0].move == "buy")
        #expect(quantities("The purchase of 18 locomotives was approved.")[0].move == "buy")
        let c = numbers([
            "Ferrant Rail plans to buy 16 locomotives from a Swiss builder, its chairman said.",
            "Ferrant Rail has placed an order for 18 locomotives, the operator confirmed.",
        ])
        #expect(c == [["16 locomotives", "18 locomotives"]])
        // Buying and selling are two moves.
        #expect(numbers([
            "Ferrant Rail plans to buy 16 locomotives from a Swiss builder, its chairman said.",
            "Ferrant Rail will sell 18 locomotives to a museum, the operator confirmed.",
        ]).isEmpty)
    }

    @Test func allOfItsThingsAreWhatTheOwnerHolds() {
        #expect(quantities("The Dunmore Aviary has rehomed all five of its birds.")[0].holder == ["dunmore", "aviary"])
        // A part of a whole names its holder by the whole's count.
        #expect(quantities("Pellow Stores will close 12 of its 40 shops.")[0].holder == nil)
    }

    @Test func aKindsGeneralWordCountsTheThingsAnotherOutletNames() {
        let c = numbers([
            "The Carrick Farm Park has sent all three of its animals to a reserve in the hills, its owner said.",
            "Carrick Farm Park has sent its four bison to a reserve, the owner said on Friday.",
        ])
        #expect(c == [["three", "four bison"]])
        // An outlet that counts the specific noun too tells its general count apart.
        #expect(numbers([
            "The Carrick Farm Park keeps 40 animals, among them its four bison, its owner said.",
            "Carrick Farm Park has sent its three bison to a reserve, the owner said on Friday.",
        ]) == [["four bison", "three bison"]])
        // Two specific nouns counted for the owner leave the general word unresolved.
        #expect(numbers([
            "The Carrick Farm Park has sent all 30 of its animals to a reserve in the hills, its owner said.",
            "Carrick Farm Park has sent its 12 bison and its 16 elk to a reserve, the owner said.",
        ]).isEmpty)
    }

    @Test func smallCountsOfAThingAreOneFigureWhenTheSentencesShareTheirScene() {
        #expect(numbers([
            "Coastguards boarded two yachts near the Tessel reef on Sunday after a tip-off from fishermen, officials said.",
            "Three yachts were boarded, a spokesman said.",
        ]) == [["two yachts", "Three yachts"]])
        // Nothing shared but the noun: two things told of.
        #expect(numbers([
            "Coastguards boarded two yachts near the Tessel reef on Sunday, officials said.",
            "Three yachts were for sale at the marina, a broker said.",
        ]).isEmpty)
        // Small counts of people are everywhere in news.
        #expect(numbers([
            "Coastguards said two people had swum out to the reef near Tessel on Sunday morning.",
            "Three people were seen near the reef, a harbour master told reporters.",
        ]).isEmpty)
    }

    @Test func anOrdinalCompoundDatesTheThingsCounted() {
        let m = quantities("The Orlen Museum may sell eight 16th-century tapestries, officials said.")
        #expect(m.first?.head == "tapestry")
        #expect(m.first?.value == 8)
    }
}
