import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Defects found by the lead in two stories written in the seeds' form (a carrier's job cuts,
/// a minister's dismissal), each in sentences written for these tests.
@Suite struct LeadEleventhCitationTests: QuoteSuite {
    /// "on Thursday Radio Kestrel reported": the weekday dates the report; the outlet's
    /// name starts after it.
    @Test func aWeekdayAfterOnOpensNoName() {
        let found = sources("The mayor's aides were furious, and on Thursday Radio Kestrel reported that she would resign.")
        #expect(found.contains("Radio Kestrel"))
        #expect(!found.contains { $0.hasPrefix("Thursday") })
    }

    /// A company reporting its own accounts is no news source.
    @Test func aCompanyReportingItsResultsIsNoCitation() {
        #expect(sources("Quillfeather Rail reported a net loss of 2.1 billion crowns for the first half.").isEmpty)
        #expect(sources("Quillfeather Rail reported record sales in its home market.").isEmpty)
        #expect(sources("The Dune Courier reported that profits had halved.").contains("Dune Courier"), "a report about profits still cites")
    }

    /// "Oslo-based Lantern Post" is the Lantern Post: the adjective made of a place is no
    /// part of its name.
    @Test func anAdjectiveMadeOfANameIsNoPartOfTheName() {
        let found = sources("The Oslo-based Lantern Post reported that the ferry line would close.")
        #expect(found.contains("Lantern Post"))
        #expect(!found.contains { $0.contains("-based") })
    }
}

@Suite struct LeadEleventhClaimTests: ClaimSuite {
    /// The core claim of (headline, body) articles that give no dates, as text files do.
    func undatedCore(_ bodies: [(String, String)]) throws -> Claim {
        let articles = bodies.enumerated().map { i, a in Article(id: "art\(i)0000000", source: "t\(i).txt", title: a.0, body: a.1) }
        return try core(StoryAnalyzer.standard.analyze(id: "s", articles: articles))
    }

    /// Undated articles: the confirmation that tells of the denial as past is the later
    /// account, so the claim is confirmed, not disputed.
    @Test func anUndatedConfirmationThatRecallsTheDenialStands() throws {
        let bodies = [
            ("Tidewater Mills plans to close its Arden plant, sources say",
             "Tidewater Mills plans to close its Arden plant, the Valley Ledger reported, citing three people familiar with the plan."),
            ("Tidewater Mills denies it will close Arden plant",
             "Tidewater Mills on Tuesday denied that it planned to close its Arden plant. \u{201C}There is no plan to close Arden,\u{201D} "
                + "a spokesman for Tidewater Mills said."),
            ("Tidewater Mills to close Arden plant",
             "Tidewater Mills said on Friday it would close its Arden plant, confirming a report by the Valley Ledger that the company "
                + "had denied days earlier."),
        ]
        let claim = try undatedCore(bodies)
        #expect(claim.status == .confirmed, "\(claim.status)")
    }

    /// The spokesman's office denied; the minister herself confirmed "days after the
    /// ministry denied it": the ministry's denial was overtaken.
    @Test func aConfirmationOvertakesAnotherPartysDenialItRecalls() throws {
        let bodies = [
            ("Minister Ida Holm to close Kestrel air base, sources say",
             "Defence Minister Ida Holm will close the Kestrel air base next year, the Northern Ledger reported, citing two officials."),
            ("Defence ministry denies air base will close",
             "The Defence Ministry on Tuesday denied that Ida Holm planned to close the Kestrel air base next year."),
            ("Holm closes Kestrel air base",
             "Ida Holm announced on Friday that she will close the Kestrel air base next year, confirming a report by the Northern Ledger, "
                + "days after the Defence Ministry denied it."),
        ]
        let claim = try undatedCore(bodies)
        #expect(claim.status == .confirmed, "\(claim.status) \(claim.actorStances.map { "\($0.actor) \($0.stance)" })")
    }

    @Test func aDenialTimeWordMustPointBack() {
        #expect(ClaimStage.recallsDenial(TextDocument("The firm, which had denied the report, confirmed the sale.")))
        #expect(ClaimStage.recallsDenial(TextDocument("It confirmed the sale two days after denying it.")))
        #expect(ClaimStage.recallsDenial(TextDocument("The firm confirmed a report it denied a week earlier.")))
        #expect(!ClaimStage.recallsDenial(TextDocument("The firm denied the report on Tuesday and said nothing more.")))
    }

    /// "even debunked stories": the participle describes the stories; the sentence's
    /// subject denies nothing.
    @Test func aParticipleAfterAnAdverbOfDegreeDescribesItsNoun() {
        let body = "The Chirpnet feed makes even debunked stories spread fast."
        let articles = [Article(id: "p0", source: "p0.txt", title: "Feeds", body: body)]
        var story = Story(id: "s", title: "t", articles: ["p0"])
        story.organisations = [Organisation(name: "Chirpnet", articles: ["p0"])]
        var parties = Parties(story, articles: articles, documents: [TextDocument(body)])
        let doc = TextDocument(body)
        let found = ClaimEvidence.reportedStances(
            ClaimWords.tokens(doc, 0..<doc.scalars.count), parties: &parties, claimParties: Array(parties.entities.indices),
            claimWords: ["stori"], claimNegated: false)
        #expect(found.isEmpty, "\(found)")
        let denial = TextDocument("Chirpnet denied the stories.")
        #expect(!ClaimEvidence.reportedStances(
            ClaimWords.tokens(denial, 0..<denial.scalars.count), parties: &parties, claimParties: Array(parties.entities.indices),
            claimWords: ["stori"], claimNegated: false).isEmpty, "a denial stays one")
    }

    /// A core claim whose sentences name no source goes back to the report most articles cite.
    @Test func theCoreClaimGoesBackToTheReportEveryoneCites() throws {
        let story = analyse([
            ("Brightwater Bank plans to shut 40 branches", "Brightwater Bank plans to shut 40 branches this year. The plan, described in "
                + "documents seen by the Fenmoor Herald, would cost 600 jobs."),
            ("Brightwater Bank to shut 40 branches", "Brightwater Bank will shut 40 branches this year. The Fenmoor Herald first reported the plan."),
            ("Union attacks Brightwater branch closures", "Brightwater Bank plans to shut 40 branches this year, the Fenmoor Herald reported. "
                + "The union said it would fight the closures."),
        ])
        let claim = try core(story)
        #expect(claim.origin == "Fenmoor Herald", "\(String(describing: claim.origin))")
    }
}

@Suite struct LeadEleventhSourcingTests: ClaimSuite {
    @Test func aQualifierKeepsItsOfPhrase() {
        #expect(phrases("The mayor will resign, two people with knowledge of the plans told the Courier.").contains("two people with knowledge of the plans"))
        #expect(phrases("The mayor will resign, two people with knowledge of it said.").contains("two people with knowledge of it"))
        #expect(phrases("Three people familiar with the matter of her health said so.").contains("Three people familiar with the matter"), "an of phrase naming no such object stays out")
    }
}
