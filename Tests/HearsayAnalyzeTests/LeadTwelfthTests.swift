import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Rules the lead added in the twelfth session, each on sentences written for it.
@Suite struct LeadTwelfthTests: QuoteSuite {
    @Test func aBodyNamedForItsCauseIsOneName() {
        let s = story(
            "\u{201C}The figures do not add up,\u{201D} said Lena Osei, a researcher at the Centre for Coastal Studies in Harwick.",
            "\u{201C}It is long overdue,\u{201D} the Campaign for Clean Rivers said. The council for years refused to publish it.")
        let names = s.organisations.map(\.name)
        #expect(names.contains("Centre for Coastal Studies"))
        #expect(speaker(s, "long overdue") == "Campaign for Clean Rivers")
        #expect(!names.contains("Coastal Studies"))
    }
}
