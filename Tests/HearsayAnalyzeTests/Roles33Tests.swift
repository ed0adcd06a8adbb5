import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-third session: titles written as one hyphenated word ("Pro-vice-chancellor",
/// "co-chair") and "constable" are titles before a name, and two different rank words on one
/// office name two offices. Own sentences, invented names.
@Suite struct Roles33Tests {
    @Test func hyphenatedDeputyTitlesAreTitles() {
        for title in ["pro-vice-chancellor", "co-chair", "constable"] {
            #expect(Lexicon.tags[title]?.contains(.title) == true, "\(title)")
        }
    }

    @Test func twoRankWordsOnOneOfficeDiffer() {
        #expect(RoleLexicon.differInRank(["assistant", "chief", "constable"], ["chief", "constable"]))
        #expect(RoleLexicon.differInRank(["deputy", "chief", "constable"], ["assistant", "chief", "constable"]))
        #expect(RoleLexicon.differInRank(["pro", "vice", "chancellor"], ["vice", "chancellor"]))
        #expect(!RoleLexicon.differInRank(["deputy", "mayor"], ["deputy", "mayor"]))
    }
}
