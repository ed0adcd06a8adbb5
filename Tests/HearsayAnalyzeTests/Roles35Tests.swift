import HearsayModel
import Testing

@testable import HearsayAnalyze

/// People's roles, twenty-ninth session. Every sentence is written for these tests.
@Suite struct Roles35Tests: QuoteSuite {
    /// "Jo Roe, 41, a cabin supervisor": the age in commas stands before the apposition.
    @Test func anAgeBeforeTheApposition() {
        let s = story("Mara Tolvey, 41, a cabin supervisor who has flown for the airline since 2009, said: \"We were never told.\"")
        #expect(roles(s, "Mara Tolvey").contains { $0.contains("cabin supervisor") }, "\(s.people)")
    }

    /// "taxi driver Jo Roe", "racehorse trainer Jo Roe": a doer's ending standing alone is a calling.
    @Test func aCallingBeforeTheName() {
        let s = story("Racehorse trainer Mara Tolvey said: \"He is grand.\" Outside the depot, taxi driver Ewan Pask said: \"I heard it on the radio.\"")
        #expect(roles(s, "Mara Tolvey").contains { $0.lowercased().contains("trainer") }, "\(s.people)")
        #expect(roles(s, "Ewan Pask").contains { $0.lowercased().contains("driver") }, "\(s.people)")
    }
}
