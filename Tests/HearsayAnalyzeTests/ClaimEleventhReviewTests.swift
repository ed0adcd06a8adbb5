import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, eleventh review: how a story's status and its confirming and denying parties
/// are read in whole articles (a later outcome told as "confirming a report", a
/// fact-check's verdict, a body named by its kind). All sentences invented for these tests.
@Suite struct ClaimEleventhReviewTests: ClaimSuite {
    func stances(_ c: Claim) -> [String] { c.actorStances.map { "\($0.actor) \($0.stance.rawValue)" } }

    /// The same story with no dates, as text files in the seeds' form arrive.
    func analyseUndated(_ bodies: [(String, String)]) -> Story {
        let articles = bodies.enumerated().map { i, a in
            Article(id: "und\(i)0000000", source: "u\(i).txt", title: a.0, body: a.1)
        }
        return StoryAnalyzer.standard.analyze(id: "s", articles: articles)
    }

    static let plantScoop: [(String, String)] = [
        (
            "Holloway Foods set to close Brackton bakery, sources say",
            "Holloway Foods is preparing to close its Brackton bakery with the loss of 300 jobs, according to two people familiar with the plans, the Eastfield Courier reported. The bakery opened in 1961."
        ),
        (
            "Holloway Foods bakery faces closure",
            "Holloway Foods plans to close the Brackton bakery, two people familiar with the plans told the Eastfield Courier. Holloway Foods did not reply to calls."
        ),
    ]

    /// "X closed the bakery on Friday, confirming a report by the Courier": the participle
    /// says what the main clause's subject did confirms the report.
    @Test func aParticipleAfterTheOutcomeConfirmsForItsSubject() throws {
        let c = try core(analyse(Self.plantScoop + [
            (
                "Holloway Foods shuts bakery",
                "Holloway Foods announced the closure of its Brackton bakery on Friday, confirming a report by the Eastfield Courier last month. Staff were told in the morning."
            )
        ]))
        #expect(c.actorStances.contains { $0.actor == "Holloway Foods" && $0.stance == .supports }, "\(stances(c))")
        #expect(c.status == .confirmed, "\(c.status)")
    }

    /// "..., in line with earlier reports": the outcome matches the reports, which it bears
    /// out; a hedged main clause ("is expected to") bears out nothing.
    @Test func anOutcomeInLineWithReportsConfirms() throws {
        let c = try core(analyse(Self.plantScoop + [
            ("Holloway to close Brackton site", "Holloway Foods unveiled plans on Thursday to close its Brackton bakery next spring, in line with earlier reports. Unions called it a blow.")
        ]))
        #expect(c.actorStances.contains { $0.actor == "Holloway Foods" && $0.stance == .supports }, "\(stances(c))")
        let hedged = try core(analyse(Self.plantScoop + [
            ("Holloway bakery doubts", "Holloway Foods is expected to close its Brackton bakery next spring, in line with earlier reports. Unions called it a blow.")
        ]))
        #expect(!hedged.actorStances.contains { $0.stance == .supports }, "\(stances(hedged))")
    }

    /// "X kept the bakery open, contradicting reports that it would close": the participle
    /// of contradiction denies for the main clause's subject.
    @Test func aParticipleOfContradictionDenies() throws {
        let c = try core(analyse(Self.plantScoop + [
            ("Holloway keeps bakery open", "Holloway Foods said on Monday it would invest in its Brackton bakery, contradicting reports that it planned to close it. Staff welcomed the news.")
        ]))
        #expect(c.actorStances.contains { $0.actor == "Holloway Foods" && $0.stance == .denies }, "\(stances(c))")
    }

    /// Undated articles: the outcome's article says "X had denied the reports", so the
    /// denial is the earlier account and the confirmation stands.
    @Test func aDenialToldInThePluperfectIsTheEarlierAccount() throws {
        let c = try core(analyseUndated(Self.plantScoop + [
            ("Holloway Foods denies closure plan", "Holloway Foods on Tuesday rejected a report that it planned to close its Brackton bakery. Workers held a meeting."),
            (
                "Holloway to shut Brackton bakery",
                "Holloway Foods announced the closure of its Brackton bakery on Friday, confirming a report by the Eastfield Courier. Holloway Foods had denied the report at the time."
            ),
        ]))
        #expect(c.status == .confirmed, "\(c.status) \(c.statusReason ?? "")")
        #expect(c.statusReason?.contains("had denied it") == true, "\(c.statusReason ?? "")")
    }

    static let hoax: [(String, String)] = [
        (
            "Singer Lorna Bexley collapses on stage, posts claim",
            "Posts shared widely on Saturday claimed that the singer Lorna Bexley collapsed on stage in Harwick and was taken away in an ambulance. The posts were shared 20,000 times."
        ),
        (
            "Lorna Bexley collapse rumours spread",
            "Rumours that Lorna Bexley collapsed on stage in Harwick spread online on Saturday. Fans left messages of support."
        ),
    ]

    /// A fact-check's verdict label ("Rating: False") on the claim its "Claim:" line
    /// states denies that claim, even under a question headline, and the story is refuted.
    @Test func aFactChecksFalseRatingRefutesTheClaim() throws {
        let s = analyse(Self.hoax + [
            (
                "Fact check: Did Lorna Bexley collapse on stage?",
                "Claim: The singer Lorna Bexley collapsed on stage in Harwick.\n\nRating: False\n\nThe concert in Harwick ended as planned, and videos show the singer bowing at the end. The first post came from an account created last week."
            )
        ])
        let c = try core(s)
        #expect(c.status == .refuted, "\(c.status) \(c.statusReason ?? "")")
        #expect(c.articleStances.last?.stance == .denies, "\(c.articleStances.map(\.stance))")
    }

    /// "We rate this claim false." closing a fact-check judges the claim it checks.
    @Test func weRateThisClaimFalseRefutes() throws {
        let c = try core(analyse(Self.hoax + [
            (
                "Fact check: Lorna Bexley did not collapse at Harwick concert",
                "Posts say that Lorna Bexley collapsed on stage in Harwick on Saturday. Videos of the concert show her finishing the show and bowing. We rate this claim false."
            )
        ]))
        #expect(c.status == .refuted, "\(c.status) \(c.statusReason ?? "")")
    }

    /// A fact-check of another claim in the same story (a side rumour) refutes nothing of
    /// the core one, and a "Misleading" rating is no verdict of falsehood.
    @Test func aVerdictOnAnotherClaimOrAMildRatingRefutesNothing() throws {
        let other = try core(analyse(Self.hoax + [
            (
                "Fact check: a video of a Harwick stadium fire",
                "Claim: A video shows a fire at the Harwick stadium on Saturday night.\n\nRating: False\n\nThe video was filmed in 2019 at another venue. Lorna Bexley collapsed on stage in Harwick on Saturday, posts said."
            )
        ]))
        #expect(other.status != .refuted, "\(other.status)")
        #expect(other.articleStances.last?.stance != .denies, "\(other.articleStances.map(\.stance))")
        let mild = try core(analyse(Self.hoax + [
            (
                "Fact check: Did Lorna Bexley collapse on stage?",
                "Claim: The singer Lorna Bexley collapsed on stage in Harwick.\n\nRating: Misleading\n\nThe singer stumbled during the concert in Harwick but finished the show."
            )
        ]))
        #expect(mild.status != .refuted, "\(mild.status)")
    }

    /// "X has brushed aside rumours that ...", "X laughs off ... rumours": a denial in two
    /// words, with the report right after it.
    @Test func brushingAsideRumoursDenies() throws {
        let c = try core(analyse(Self.hoax + [
            ("Lorna Bexley plays on", "Lorna Bexley has brushed aside rumours that she collapsed on stage, telling fans in Harwick on Monday that she had never felt better.")
        ]))
        #expect(c.actorStances.contains { $0.actor == "Lorna Bexley" && $0.stance == .denies }, "\(stances(c))")
    }

    /// An article telling the party's confirmation, with no denial beside it, supports the
    /// claim; one only reporting the scoop still reports it.
    @Test func anArticleTellingTheConfirmationSupports() throws {
        let c = try core(analyse(Self.plantScoop + [
            (
                "Holloway Foods shuts bakery",
                "Holloway Foods announced the closure of its Brackton bakery on Friday, confirming a report by the Eastfield Courier last month. Staff were told in the morning."
            )
        ]))
        #expect(c.articleStances.map(\.stance) == [.reports, .reports, .supports], "\(c.articleStances.map(\.stance))")
    }

    /// "Food agency denies ..." in a headline over a body naming the National Seed
    /// Agency: the description refers to the agency the body names, not a second party.
    @Test func aKindInTheHeadlineIsTheBodyTheArticleNames() throws {
        let c = try core(analyse([
            (
                "Seed agency to ban imported rye, paper says",
                "The National Seed Agency is preparing to ban imports of rye from three countries, the Morning Ledger reported on Monday, citing an internal memo."
            ),
            (
                "Seed agency denies rye import ban plan",
                "The National Seed Agency on Tuesday denied that it planned to ban imports of rye, a day after the Morning Ledger reported the plan."
            ),
            ("Rye ban report draws farmers' anger", "Farmers protested on Wednesday after reports that the National Seed Agency would ban imports of rye from three countries."),
        ]))
        let deniers = Set(c.actorStances.filter { $0.stance == .denies }.map(\.actor))
        #expect(deniers == ["National Seed Agency"], "\(stances(c))")
    }

    /// The claim's own party, named as a speaker somewhere, is not who first reported it.
    @Test func theClaimsPartyIsNotItsOrigin() throws {
        let c = try core(analyse([
            (
                "Holloway Foods plans to close Brackton bakery, sources say",
                "Holloway Foods is preparing to close its Brackton bakery with the loss of 300 jobs, two people briefed on the plans told the Eastfield Courier."
            ),
            (
                "Holloway Foods rejects report of bakery closure",
                "Holloway Foods on Tuesday rejected a report that it plans to close its Brackton bakery.\n\nThe bakers' union said it had written to Holloway Foods demanding assurances. The Eastfield Courier reported on Monday that the bakery would close."
            ),
            ("Brackton bakery to close with 300 jobs lost", "Holloway Foods is set to close its Brackton bakery, it emerged this week. Workers fear for their jobs."),
        ]))
        #expect(c.origin == "Eastfield Courier", "\(c.origin ?? "none")")
    }
}
