import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Contradictions between outlets, thirty-fifth session: ranks and branches of titles (a
/// police rank with "chief", a fire service's rungs, a deputy of a qualified post, a council's
/// leader, the two branches of the law, a statistics office's chief), years before 1800, the
/// people a case is brought for under two nouns, jobs at risk, and a mention that matches a
/// later member of a group. Own sentences, invented names.
@Suite struct Contra35Tests: DateSuite {
    func roles(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "role" }
    }

    func counts(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "number" }
    }

    @Test func chiefMakesAnotherPoliceRank() {
        let found = roles([
            "Chief Superintendent Maud Fennick said the search would go on.",
            "Superintendent Maud Fennick said the search would go on.",
        ])
        #expect(found.count == 1)
        #expect(Set(found.first?.values.map(\.value) ?? []) == ["Chief Superintendent", "Superintendent"])
        // A detective holds the rank the title names: no other rank.
        #expect(
            roles([
                "Detective Superintendent Maud Fennick said the search would go on.",
                "Superintendent Maud Fennick said the search would go on.",
            ]).isEmpty)
    }

    @Test func twoRungsOfAFireServiceClash() {
        let found = roles([
            "The crew was led by station manager Idris Colquhoun, who praised the neighbours.",
            "Group manager Idris Colquhoun praised the neighbours.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.values.map(\.value).contains("station manager") == true)
        // The bare head is loose: a manager may hold any rung.
        #expect(
            roles([
                "The crew was led by station manager Idris Colquhoun, who praised the neighbours.",
                "The crew was led by manager Idris Colquhoun, who praised the neighbours.",
            ]).isEmpty)
    }

    @Test func aDeputyOfAQualifiedPostRanksBelowIt() {
        let found = roles([
            "Deputy opposition leader Hollis Ambery called the plan reckless.",
            "Opposition leader Hollis Ambery called the plan reckless.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.values.map(\.value).contains("Deputy opposition leader") == true)
    }

    @Test func aCouncilLeaderIsAPostOfItsOwn() {
        #expect(
            roles([
                "On Monday council leader Wenna Prothero said the depot would stay open.",
                "Mayor Wenna Prothero said the depot would stay open.",
            ]).count == 1)
        #expect(
            roles([
                "On Monday council leader Wenna Prothero said the depot would stay open.",
                "Deputy leader Wenna Prothero said the depot would stay open.",
            ]).count == 1)
        // A party's leader may hold any office.
        #expect(
            roles([
                "On Monday party leader Wenna Prothero said the depot would stay open.",
                "Mayor Wenna Prothero said the depot would stay open.",
            ]).isEmpty)
    }

    @Test func aSolicitorIsNoBarrister() {
        #expect(
            roles([
                "Solicitor Niamh Galbraith said the families would appeal.",
                "Barrister Niamh Galbraith said the families would appeal.",
            ]).count == 1)
        // A lawyer may hold any other post.
        #expect(
            roles([
                "Solicitor Niamh Galbraith said the families would appeal.",
                "Chairwoman Niamh Galbraith said the families would appeal.",
            ]).isEmpty)
    }

    @Test func aChiefStatisticianServesUnderTheDirectorGeneral() {
        #expect(
            roles([
                "Oskar Thalberg, the bureau's director general, apologised for the error.",
                "Oskar Thalberg, the bureau's chief statistician, apologised for the error.",
            ]).count == 1)
    }

    @Test func aYearBefore1800AfterAPreposition() {
        func year(_ sentence: String, at word: String) -> Int? {
            let doc = TextDocument(sentence)
            let tokens = WordTokens.tokens(doc.scalars, in: doc.sentences[0].range)
            return DateExpressions.yearAt(tokens, tokens.firstIndex { $0.text == word }!)?.value
        }
        #expect(year("The priory was founded in 1291 to house six monks.", at: "1291") == 1291)
        #expect(year("It is the 1654 portrait that hangs in the hall.", at: "1654") == 1654)
        // A count, a measure or a time of day before 1800 is none.
        #expect(year("The flood reached 1500 homes.", at: "1500") == nil)
        #expect(year("The road climbs 1200 metres.", at: "1200") == nil)
        #expect(year("The ferry left by 1420 GMT.", at: "1420") == nil)
        let found = dates([
            "The Harrowmere priory, which was founded in 1291, is to close.",
            "The Harrowmere priory, founded in 1302, is to close.",
        ])
        #expect(values(found) == ["1291", "1302"])
    }

    @Test func claimantsAndVictimsAreOneGroup() {
        let found = counts([
            "The settlement would cover 184 claimants, according to the draft.",
            "Pharmacorp is negotiating a deal with 148 victims of the faulty pumps.",
        ])
        #expect(found.count == 1)
        #expect(Set(found.first?.values.map(\.value) ?? []) == ["184 claimants", "148 victims"])
    }

    @Test func jobsAtRiskAreJobsCut() {
        let doc = TextDocument("The closure is putting 710 jobs at risk.")
        let tokens = WordTokens.tokens(doc.scalars, in: doc.sentences[0].range)
        #expect(CountedMoves.threatened(tokens, after: tokens.firstIndex { $0.text == "jobs" }!) == "cut")
        #expect(CountedMoves.move("cost") == "cut")
        let found = counts([
            "Brightwater Chemicals is shutting its Ossery works, putting 710 jobs at risk.",
            "Brightwater Chemicals said the plan would cost about 640 jobs at the works.",
        ])
        #expect(found.count == 1)
        #expect(Set(found.first?.values.map(\.value) ?? []) == ["710 jobs", "640 jobs"])
    }

    @Test func aYearInASideClauseDatesOnlyThatClause() {
        // The firm's founding year says nothing of the title held now.
        #expect(
            roles([
                "Pellow Brothers, founded in 1902 and sold in 2019, is run by chief executive Anke Morrell.",
                "Managing director Anke Morrell said the shops were safe.",
            ]).count == 1)
        #expect(
            roles([
                "Chief executive Anke Morrell, who bought the firm in 2019, said the shops were safe.",
                "Managing director Anke Morrell said the shops were safe.",
            ]).count == 1)
        // A year in the title's own clause still sets it in the past.
        #expect(
            roles([
                "Anke Morrell, who was chief executive in 2019, said the shops were safe.",
                "Managing director Anke Morrell said the shops were safe.",
            ]).isEmpty)
    }

    @Test func aMentionJoinsTheGroupOneOfWhoseLaterMembersItMatches() {
        // 0 opens a group that 1 joins; 2 matches 1 but not 0, and joins it all the same.
        let facts = [(0, "a", 5), (1, "b", 5), (2, "c", 7)].map {
            FactConflicts.Fact(payload: $0.2, article: $0.1, range: $0.0..<($0.0 + 1), shown: String($0.2))
        }
        let matches: Set<[Int]> = [[0, 1], [1, 2]]
        let found = FactConflicts.find(
            facts, subject: { _ in "thing" }, attribute: "number",
            sameFact: { matches.contains([$0.range.lowerBound, $1.range.lowerBound].sorted()) }, consistent: { $0.payload == $1.payload })
        #expect(found.count == 1)
        #expect(Set(found.first?.values.map(\.value) ?? []) == ["5", "7"])
    }
}
