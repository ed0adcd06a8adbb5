import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// The latest word of those who know settles the status: the claim's actor, a party the
/// claim names, a party that admitted what it had denied. Own sentences.
@Suite struct Status39Tests: ClaimSuite {
    /// Five articles a day apart (2026-04-01 to 2026-04-05) and the parties named.
    func setting(_ names: [String]) -> (StoryDraft, Parties, (String) -> Int) {
        let articles = (1...5).map { i in
            Article(id: "a\(i)", source: "a\(i).txt", title: "Story \(i)", body: names.joined(separator: " and ") + " spoke.", published: "2026-04-0\(i)")
        }
        var draft = StoryDraft(id: "s", articles: articles)
        draft.story.organisations = names.map { Organisation(name: $0) }
        let parties = Parties(draft.story, articles: draft.articles, documents: draft.documents)
        return (draft, parties, { n in parties.entities.firstIndex { $0.name == n }! })
    }

    func finding(_ party: Int, _ stance: Stance, day: Int) -> ClaimEvidence.ActorFinding {
        ClaimEvidence.ActorFinding(party: party, stance: stance, quote: nil, article: day - 1, span: nil)
    }

    @Test func theSubjectIsNamedThroughItsPossessiveAndItsMembers() {
        let (_, parties, index) = setting(["Kestrel FM", "Larkspur Gallery"])
        let possessive = "Kestrel FM\u{2019}s morning show has been hosted by a cloned voice."
        #expect(ClaimStage.actor(of: ClaimStage.namingWords(possessive), parties) == index("Kestrel FM"))
        #expect(parties.mentioned(in: ClaimStage.namingWords(possessive)) == [index("Kestrel FM")])
        // The word after "The" is the noun the subject opens on, not its verb.
        let members = "The trustees of Larkspur Gallery have voted to sell the painting."
        #expect(ClaimStage.actor(of: ClaimStage.namingWords(members), parties) == index("Larkspur Gallery"))
    }

    @Test func theActorsConfirmationOvertakesAnEarlierDenialOfOneHeardBothWays() {
        let (draft, parties, index) = setting(["Kestrel FM", "Orrin Vale"])
        let (station, presenter) = (index("Kestrel FM"), index("Orrin Vale"))
        var kept = [finding(presenter, .denies, day: 1), finding(presenter, .supports, day: 1), finding(station, .supports, day: 4)]
        var turns: [String] = []
        ClaimStage.overtakenByActor(&kept, &turns, actor: station, parties, draft)
        #expect(!kept.contains { $0.stance == .denies })
        #expect(turns == ["Orrin Vale had denied it (2026-04-01)."])
        // A denial published after the actor's word still disputes it.
        kept = [finding(presenter, .denies, day: 5), finding(presenter, .supports, day: 1), finding(station, .supports, day: 4)]
        turns = []
        ClaimStage.overtakenByActor(&kept, &turns, actor: station, parties, draft)
        #expect(kept.contains { $0.stance == .denies })
    }

    @Test func aPrincipalsLaterWordSettlesItsAccountHoweverWidelyItsDenialWasCarried() {
        let (draft, parties, index) = setting(["Marlow Freight", "Dunmore Post"])
        let firm = index("Marlow Freight")
        let findings = [finding(firm, .denies, day: 1), finding(firm, .denies, day: 2), finding(firm, .supports, day: 4)]
        let (kept, turns) = ClaimStage.latestAccounts(findings, parties, principals: [firm], draft)
        #expect(kept.allSatisfy { $0.stance == .supports })
        #expect(turns == ["Marlow Freight had denied it (2026-04-01)."])
        // A party the claim does not name: one later confirmation against two denials stays a dispute.
        let other = index("Dunmore Post")
        let elsewhere = [finding(other, .denies, day: 1), finding(other, .denies, day: 2), finding(other, .supports, day: 4)]
        #expect(ClaimStage.latestAccounts(elsewhere, parties, principals: [firm], draft).0.contains { $0.stance == .denies })
    }

    @Test func anAdmissionAfterADenialOvertakesOthersEarlierDenials() {
        let (draft, parties, index) = setting(["Harlan Ministry", "Vesna Ort"])
        let (ministry, critic) = (index("Harlan Ministry"), index("Vesna Ort"))
        let findings = [finding(ministry, .denies, day: 1), finding(critic, .denies, day: 2), finding(ministry, .supports, day: 4)]
        let (kept, turns) = ClaimStage.latestAccounts(findings, parties, draft)
        #expect(kept.map(\.party) == [ministry])
        #expect(turns.contains("Vesna Ort had denied it (2026-04-02)."))
        // A denial on the day of the admission, or after it, still stands beside it.
        let sameDay = [finding(ministry, .denies, day: 1), finding(critic, .denies, day: 4), finding(ministry, .supports, day: 4)]
        #expect(ClaimStage.latestAccounts(sameDay, parties, draft).0.contains { $0.party == critic })
    }

    @Test func aDebunkingCarriesNoConfirmation() {
        let (draft, parties, index) = setting(["Tollway Foods", "Brennan Mills"])
        let (grocer, miller) = (index("Tollway Foods"), index("Brennan Mills"))
        let findings = [finding(grocer, .denies, day: 1), finding(miller, .supports, day: 3)]
        let stance = { (n: Int, s: Stance) in Claim.ArticleStance(article: "a\(n)", stance: s) }
        // The third article calls the claim false in its own voice: the words it quotes answer it.
        let debunked = ClaimStage.status(findings, stances: [stance(1, .reports), stance(2, .reports), stance(3, .denies)], parties: parties, draft)
        #expect(debunked.0 == .denied, "\(debunked)")
        // Carried by an article that only reports, the confirmation disputes the denial.
        let reported = ClaimStage.status(findings, stances: [stance(1, .reports), stance(2, .reports), stance(3, .reports)], parties: parties, draft)
        #expect(reported.0 == .disputed, "\(reported)")
    }

    @Test func aThingSaidToExistAfterItsDenialIsWhatChanged() {
        let claim = ClaimWords.content("The transport board has drawn up a plan to close the night ferry.")
        let changed = "Last week there was no plan. Today there is a plan, and it is only a draft."
        #expect(ClaimEvidence.quotedStance(tokens(changed), claimWords: claim) != .denies)
        #expect(ClaimEvidence.affirmsNegatedThing(tokens("Last week there was no plan."), tokens("Today there is a plan.")))
        // Another thing affirmed leaves the denial standing.
        let denied = "There is no plan. There is a review of the timetable."
        #expect(ClaimEvidence.quotedStance(tokens(denied), claimWords: claim) == .denies)
    }
}
