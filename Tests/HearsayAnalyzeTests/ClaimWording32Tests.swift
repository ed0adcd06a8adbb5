import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, twenty-sixth session: a core claim worded without its parties, or with one hidden
/// behind "a private care group", is worded instead by a lede of the same news that names
/// them. All sentences invented for these tests.
@Suite struct ClaimWording32Tests: ClaimSuite {
    func story(_ headline: String) -> Story {
        analyse([
            (headline,
             "Northfell Health Trust is in talks to hand its two hospice wards to Verant Care Group, according to three people briefed on the plan."),
            ("Hospice wards could pass to a private care group",
             "Northfell Health Trust is in talks to hand its two hospice wards to Verant Care Group, the Fell Echo reported on Tuesday, citing three people briefed on the plan."),
            ("Trust weighs handing hospice wards to a private care group",
             "Northfell Health Trust is in talks to hand its two hospice wards to Verant Care Group, the Fell Echo reported.\n\nThe trust did not answer calls on Wednesday."),
        ])
    }

    @Test func aDescribedPartyGivesWayToTheLedeThatNamesIt() throws {
        let claim = try core(story("Hospice wards to be handed to a private care group, sources say"))
        #expect(claim.text.contains("Verant"))
    }

    @Test func aNamedWordingIsKept() {
        #expect(!ClaimCandidates.describesAParty("Northfell Health Trust to hand hospice wards to Verant Care Group"))
        #expect(ClaimCandidates.describesAParty("hand hospice wards to a private care group"))
        #expect(!ClaimCandidates.describesAParty("a plan for the wards"))
    }
}
