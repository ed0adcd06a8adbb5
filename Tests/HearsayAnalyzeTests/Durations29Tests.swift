import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Spans of time are the length of what grammar ties them to ("banned for", "lasted",
/// "years of", "a four-year ban"), compared in one unit. Own sentences, invented names.
@Suite struct Durations29Tests {
    func durations(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "number" }
    }

    func tokens(_ s: String) -> [WordToken] {
        let text = Array(s.unicodeScalars)
        return WordTokens.tokens(text, in: 0..<text.count)
    }

    @Test func verbAndNounFormsShareAStem() {
        #expect(QuantityMentions.durationStem("banned") == QuantityMentions.durationStem("ban"))
        #expect(QuantityMentions.durationStem("married") == QuantityMentions.durationStem("marriage"))
        #expect(QuantityMentions.durationStem("closed") == QuantityMentions.durationStem("closure"))
        #expect(QuantityMentions.durationStem("strike") != QuantityMentions.durationStem("ban"))
    }

    @Test func twoLengthsOfOneBanClash() {
        let found = durations([
            "Winger Ossian Tarrow has been banned for three years after a failed test, the federation said.",
            "The federation handed Ossian Tarrow a five-year ban on Tuesday.",
        ])
        #expect(found.count == 1)
        let values = Set(found.first?.values.map(\.value) ?? [])
        #expect(values.contains { $0.contains("three years") })
        #expect(values.contains { $0.contains("five-year") })
    }

    @Test func theSubjectOfLastIsWhatLasts() {
        let found = durations([
            "The blackout lasted about seven hours across the valley, engineers said.",
            "Engineers said a blackout lasting 12 hours had hit the valley towns.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject.contains("blackout") == true)
    }

    @Test func oneSpanInTwoUnitsAgrees() {
        #expect(durations([
            "The bridge will be closed for three weeks from May, the county said.",
            "The county said the bridge would be closed for 21 days.",
        ]).isEmpty)
        #expect(durations([
            "The hearing into the collapse will last two months, the inspector said.",
            "The inspector said the hearing would last eight weeks.",
        ]).isEmpty)
        #expect(durations([
            "The pool will be closed for six weeks over the summer, the trust said.",
            "The trust said the pool would be closed for two months.",
        ]).count == 1)
    }

    @Test func spansThatDateDoNotLast() {
        #expect(QuantityMentions.lasting(tokens("the mill shut two years ago"), start: 3, unit: 4, compound: false) == nil)
        #expect(durations([
            "The mill shut two years ago, the owners said.",
            "The owners said the mill shut five years ago.",
        ]).allSatisfy { !$0.subject.contains("shut") })
    }

    @Test func twoPeoplesSpansAreTwoFacts() {
        #expect(durations([
            "Mara Velde was jailed for four years at Hollin Crown Court.",
            "Piet Osk was jailed for two years at Hollin Crown Court.",
        ]).isEmpty)
    }

    @Test func aShiftByASpanIsOfWhatTheClauseNames() {
        let found = durations([
            "Orbel Dynamics will push back the opening of its Tarn depot by about five weeks, staff said.",
            "The opening of the depot could be pushed back by as much as four months, staff said.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject.contains("opening") == true)
    }

    @Test func theNameBeforeTheVerbIsWhoseSpanItIs() {
        // A post's name opens the clause, but the span is the player's.
        let found = durations([
            "A Quillcast post says winger Ossian Tarrow has been banned for four years.",
            "Winger Ossian Tarrow had been banned for two years, the league said.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.subject.contains("Ossian Tarrow") == true)
    }
}

/// "Since 2019" is the start of a state, shown with its "since". Own sentences.
@Suite struct SinceDates29Tests {
    @Test func theStartOfAStateIsShownWithSince() {
        let found = CompareTestSupport.contradictions([
            "Halla Brent, who has chaired the Orvel Trust since 2017, said the accounts were sound.",
            "Halla Brent, who has chaired the Orvel Trust since 2015, said the accounts were sound.",
        ]).filter { $0.attribute == "date" }
        #expect(found.count == 1)
        #expect(Set(found.first?.values.map(\.value) ?? []) == ["since 2017", "since 2015"])
    }
}
