import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by scoring whole stories the way the judges do (thirteenth review): two
/// posts of one body given to one person by two outlets, and sources cited in a relative
/// clause, after a conjunction, or on a programme. Own sentences, invented names.
@Suite struct CompareThirteenthReviewTests: QuoteSuite {
    func contradictions(_ bodies: [String]) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: [])
    }

    func roleValues(_ bodies: [String]) -> [Set<String>] {
        contradictions(bodies).filter { $0.attribute == "role" }.map { Set($0.values.map(\.value)) }
    }

    // MARK: two posts of one body

    @Test func theHeadOfTheStaffAndADepartmentPostAreTwoPosts() {
        // The one who runs the firm is not also its creative director, unless an outlet says so.
        #expect(roleValues([
            "The studio's chief executive, Nadia Orm, told staff on Monday.",
            "The studio was founded by creative director Nadia Orm, who still runs its design team.",
        ]).count == 1)
        #expect(roleValues([
            "The gallery's director, Pavla Renn, opposed the sale.",
            "Chief curator Pavla Renn was said to be upset.",
        ]).count == 1)
        // An outlet that gives both posts says she holds both.
        #expect(roleValues([
            "Nadia Orm, chief executive and creative director of the studio, told staff.",
            "Creative director Nadia Orm spoke to staff.",
            "Chief executive Nadia Orm spoke to staff.",
        ]).isEmpty)
        // A body calls its top post one thing: a director against a chief executive is two
        // titles, as the managing director and the chief executive are (Contra20Tests,
        // Contradictions48Tests).
        #expect(roleValues([
            "Director Owen Tarr said the offer was final.", "Chief executive Owen Tarr said the offer was final.",
        ]).count == 1)
    }

    @Test func aUnionsGeneralSecretaryIsNotItsPresident() {
        #expect(roleValues([
            "Said Dana Vell, the union's general secretary, on Friday.", "Union president Dana Vell said members were angry.",
        ]).count == 1)
        // A company's president is often its chief executive too.
        #expect(roleValues([
            "Chief executive Ivo Stam said sales rose.", "President Ivo Stam said sales rose.",
        ]).isEmpty)
    }

    @Test func aChiefWithANounIsNoChiefOfficer() {
        #expect(RoleLexicon.canonical(["chief", "curator"]) == ["chief", "curator"])
        #expect(RoleLexicon.canonical(["chief", "executive"]) == ["chief", "executive", "officer"])
        #expect(RoleLexicon.canonical(["chief", "operating"]) == ["chief", "operating", "officer"])
    }

    // MARK: sources

    @Test func anOutletInARelativeClauseOfReporting() {
        #expect(sources("Brightwater Games said on Friday that the game was not cancelled. The Pixel Courier, which first reported the cancellation, said it stood by its story.").contains("Pixel Courier"))
        #expect(sources("Teldor, which first reported the plan, stood by its story.").contains("Teldor"))
    }

    @Test func anOutletReportingAfterAConjunction() {
        #expect(sources("Shares fell on Wednesday after the Harwick Financial Journal reported that the bank would cut rates.").contains("Harwick Financial Journal"))
        // After a conjunction, only a name with an outlet's look is a reporting subject.
        #expect(sources("Only weeks after Pell Harrow was reported dead by a fake news website, a second site is now reporting it.").isEmpty)
        // A name after a preposition is no subject.
        #expect(!sources("A student from Harwick College reported the leak to the police.").contains("Harwick College"))
    }

    @Test func anOutletWhoseNameSaysSoReportsWhenItSays() {
        #expect(sources("The Tarvik Review said the firm would shed a fifth of its staff.").contains("Tarvik Review"))
        #expect(sources("A shock on Friday: Parfum Weekly claims that the house will drop its best scent.").contains("Parfum Weekly"))
        #expect(sources("The Evening Courant said on Friday that it had withdrawn the article.").contains("Evening Courant"))
    }

    @Test func aProgrammeAsAnOutlet() {
        #expect(sources("Ivo Stam told the radio programme Morning Forum on Tuesday that the report was wrong.").contains("Morning Forum"))
    }
}
