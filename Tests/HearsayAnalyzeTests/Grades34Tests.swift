import Testing

@testable import HearsayAnalyze

/// Thirty-fourth session: grades within a rank ("senior", "executive") tell two offices apart
/// only against one another; one dropped is the outlet's shorthand.
@Suite struct Grades34Tests {
    @Test func oneGradeAgainstAnotherIsTwoOffices() {
        #expect(RoleLexicon.differInRank(["senior", "vice", "president"], ["executive", "vice", "president"]))
        #expect(!RoleLexicon.differInRank(["senior", "vice", "president"], ["vice", "president"]))
        #expect(!RoleLexicon.differInRank(["senior", "analyst"], ["analyst"]))
        #expect(RoleLexicon.differInRank(["vice", "president"], ["president"]), "a rank still counts alone")
        #expect(RoleLexicon.differInRank(["deputy", "first", "minister"], ["first", "minister"]))
    }
}
