import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Thirty-ninth session: grades of one function given by two outlets, and an estimate
/// given to two figures set against a plain figure. Own sentences, invented names.
@Suite struct Contradictions46Tests {
    func roleValues(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "role" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aChiefOfficerOfAFunctionIsNotItsDirector() {
        #expect(roleValues([
            "Dr Ottilie Brenn, the trust's medical director, said patients had been told.",
            "Dr Ottilie Brenn, the trust's chief medical officer, apologised on Monday.",
        ]) == [["trust's medical director", "trust's chief medical officer"]])
    }

    @Test func aVicePresidentOfAFunctionIsNotItsHead() {
        #expect(roleValues([
            "\"No decision has been made,\" said Jonah Perl, Maltby's head of marketing.",
            "Maltby's vice-president of marketing, Jonah Perl, said no decision had been made.",
        ]).count == 1)
    }

    @Test func aHyphenatedVicePresidentKeepsItsFunction() {
        let values = roleValues([
            "Maltby's vice-president of marketing, Jonah Perl, said no decision had been made.",
            "Jonah Perl, the chief marketing officer, said no decision had been made.",
        ])
        #expect(values == [["Maltby's vice-president of marketing", "chief marketing officer"]])
    }

    @Test func aPressOfficerIsNotTheHeadOfCommunications() {
        #expect(roleValues([
            "Orla Dane, head of communications at Brisk Foods, said every batch was tested.",
            "Brisk Foods press officer Orla Dane said the product was safe.",
        ]) == [["head of communications at Brisk Foods", "Brisk Foods press officer"]])
        // A spokeswoman may hold the press office's post.
        #expect(roleValues([
            "Brisk Foods press officer Orla Dane said the product was safe.",
            "Orla Dane, a spokeswoman for Brisk Foods, said the product was safe.",
        ]).isEmpty)
    }

    @Test func cllrIsAnHonorificNotPartOfTheName() {
        // "Cllr" before the name, as "Dr": the two outlets speak of one person.
        #expect(roleValues([
            "Cllr Nia Forde, the council's cabinet member for housing, said no decision had been taken.",
            "Council leader Nia Forde said no decision had been taken.",
        ]).count == 1)
    }

    @Test func theRoadsMinisterIsNotTheTransportMinister() {
        #expect(roleValues([
            "The plan was backed by Roads Minister Ivo Stenberg last spring.",
            "The Transport Minister, Ivo Stenberg, rejected the reports.",
        ]).count == 1)
    }

    @Test func aPortfolioBossIsWhoeverHoldsIt() {
        #expect(roleValues([
            "Cllr Nia Forde, the council's cabinet member for transport, said no decision had been taken.",
            "Transport boss Nia Forde said no decision had been taken.",
        ]).isEmpty)
    }

    @Test func theFinanceDirectorIsTheChiefFinancialOfficer() {
        #expect(roleValues([
            "Ruth Callan, the group's finance director, presented the results.",
            "The group's chief financial officer, Ruth Callan, presented the results.",
        ]).isEmpty)
    }

    @Test func anEstimateToTwoFiguresStandsForWhatRoundsToIt() {
        let clash = CompareTestSupport.contradictions([
            "Brantwood Mutual has about 2.4 million members and pays no dividend.",
            "Brantwood Mutual has 2.5 million members, its website says.",
        ]).filter { $0.attribute == "number" }
        #expect(clash.contains { Set($0.values.map(\.value)) == ["2.4 million members", "2.5 million members"] })
        // A figure that rounds to the estimate agrees with it.
        let agree = CompareTestSupport.contradictions([
            "Brantwood Mutual has about 2.4 million members and pays no dividend.",
            "Brantwood Mutual has 2.43 million members, its website says.",
        ]).filter { $0.attribute == "number" }
        #expect(agree.isEmpty)
    }
}
