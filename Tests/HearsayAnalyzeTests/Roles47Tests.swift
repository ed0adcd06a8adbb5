import HearsayModel
import Testing

@testable import HearsayAnalyze

/// People's roles, fortieth session. Every sentence is written for these tests.
@Suite struct Roles47Tests: QuoteSuite {
    /// "bus driver", "tennis player": a noun ending in -us, -ss or -is is no plural and modifies a calling.
    @Test func aSingularNounEndingInSModifiesACalling() {
        let s = story("\"We were never asked,\" said retired bus driver Orla Fenwick. \"It is a pity,\" said bus driver Ivo Marsh.")
        #expect(roles(s, "Orla Fenwick").contains { $0.lowercased().contains("bus driver") }, "\(s.people)")
        #expect(roles(s, "Ivo Marsh").contains { $0.lowercased().contains("bus driver") }, "\(s.people)")
    }

    /// "postman", "churchwarden": English compounds in -man, -person and -warden are callings.
    @Test func compoundsForACalling() {
        let s = story("\"The round has gone,\" said retired postman Cal Ruddock, 71. Its churchwarden, Nia Pelham, said: \"Nobody told us.\"")
        #expect(roles(s, "Cal Ruddock").contains { $0.lowercased().contains("postman") }, "\(s.people)")
        #expect(roles(s, "Nia Pelham").contains { $0.lowercased().contains("churchwarden") }, "\(s.people)")
    }

    /// "Jo Roe, 78, chairman of the club" / "Jo Roe, 22, who chairs the council": the age in
    /// commas may stand before an apposition with no article.
    @Test func anAgeBeforeABareApposition() {
        let s = story("Tobin Crale, 78, chairman of the allotment society, said: \"It is a scandal.\" Wren Addo, 22, who chairs the student union, said: \"We will fight it.\"")
        #expect(roles(s, "Tobin Crale").contains { $0.lowercased().contains("chairman") }, "\(s.people)")
        #expect(roles(s, "Wren Addo").contains { $0.lowercased().contains("student union") }, "\(s.people)")
    }

    /// ", named as the council's finance director": the role a document gives the person.
    @Test func aRoleGivenAs() {
        let s = story("The letter was signed by Ossian Pell, named as the board's finance director. \"It is a forgery,\" the board said.")
        #expect(roles(s, "Ossian Pell").contains { $0.lowercased().contains("finance director") }, "\(s.people)")
    }

    /// "The plant manager in Leeds, Jo Roe," / "Its estuary coordinator" / "his former assistant".
    @Test func aRoleInAPlaceAndRolesOfRunningAndHelping() {
        let s = story(
            "The depot manager in Tarvey, Hild Orsett, told staff to carry on. His former assistant, Bram Lusk, has run the team since. Mira Donn, the trust's estuary coordinator, said: \"We work in shifts.\""
        )
        #expect(roles(s, "Hild Orsett").contains { $0.lowercased().contains("manager in tarvey") }, "\(s.people)")
        #expect(roles(s, "Bram Lusk").contains { $0.lowercased().contains("assistant") }, "\(s.people)")
        #expect(roles(s, "Mira Donn").contains { $0.lowercased().contains("coordinator") }, "\(s.people)")
    }

    /// "The Bishop of Leeds, the Rt Rev Jo Roe,": a cleric's style after the comma takes "the",
    /// and an office that is also a name ("Dean") is a title after "the" and before "of".
    @Test func aClericsStyleAndANamelikeOffice() {
        let s = story(
            "The Bishop of Harnby, the Rt Rev Tobias Quell, will lead the service. The Dean of Arlow, Sabine Cotter, said: \"Nothing is decided.\""
        )
        #expect(roles(s, "Tobias Quell").contains { $0.contains("Bishop of Harnby") }, "\(s.people)")
        #expect(roles(s, "Sabine Cotter").contains { $0.contains("Dean of Arlow") }, "\(s.people)")
    }

    /// "who sits on the committee": a seat on a body is a role.
    @Test func aSeatOnABody() {
        let s = story("\"The hut must stay,\" said Ulla Brenn, who sits on the district council's leisure committee.")
        #expect(roles(s, "Ulla Brenn").contains { $0.contains("leisure committee") }, "\(s.people)")
    }

    /// "a former appeal court judge": a verb's form after an article or a qualifier is a noun of the role.
    @Test func aVerbsFormInsideTheRole() {
        let s = story("Critics say Edda Vorne, a former appeal court judge, has clashed with the ministry.")
        #expect(roles(s, "Edda Vorne").contains { $0.contains("appeal court judge") }, "\(s.people)")
    }
}
