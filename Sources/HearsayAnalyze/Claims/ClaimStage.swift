import HearsayModel
import HearsayStance
import HearsayText

/// The story's rumoured propositions: what is claimed (core first), who first reported it
/// and on what sourcing, which parties confirm or deny it, how each article stands and
/// where the claim stands now. See docs/ARCHITECTURE.md, "Stance and claims".
public struct ClaimStage: AnalysisStage {
    /// The trained classifier for article stances; without it, stances come from the
    /// article's wording alone.
    let model: StanceModel?

    public init() { model = ClaimStage.shippedModel }

    public init(model: StanceModel?) { self.model = model }

    static let shippedModel: StanceModel? = try? StanceModel.shipped()

    /// Secondary claims kept per story, beside the core one.
    static let maxSecondary = 4

    public func run(_ draft: inout StoryDraft) {
        let parties = Parties(draft.story, articles: draft.articles, documents: draft.documents)
        let quoted = draft.articles.map { a in draft.story.quotes.filter { $0.article == a.id }.map(\.span.range) }
        var candidates = ClaimCandidates.find(draft, parties: parties, quoted: quoted)
        var limit = 1 + ClaimStage.maxSecondary
        if candidates.isEmpty {
            candidates = ClaimCandidates.headlines(draft, parties: parties)
            limit = 1
        }
        let leads = ClaimCandidates.leads(draft)
        var groups = ClaimCandidates.group(candidates, leads: leads)
        // A proposition few articles attribute and few lead with is a detail; what the
        // headlines say, when more articles carry and lead with it, is the story's claim.
        var otherHeadlines: [[ClaimCandidate]] = []
        var sameAsHeadlines: [ClaimCandidate] = []
        if limit > 1, draft.articles.count >= 3, let top = groups.first {
            let headlineGroups = ClaimCandidates.group(ClaimCandidates.headlines(draft, parties: parties), leads: leads)
            otherHeadlines = headlineGroups
            if let headlines = headlineGroups.first, ClaimCandidates.weight(headlines, leads) > ClaimCandidates.weight(top, leads) {
                // Attributed sentences that restate the headlines are the same claim, not
                // secondary ones beside it; they carry it, but origin and sourcing stay the
                // headlines', which asides in a long sentence would blur.
                let same = { (g: [ClaimCandidate]) in g.contains { c in headlines.contains { ClaimCandidates.sayTheSame(c, $0) } } }
                sameAsHeadlines = groups.filter(same).flatMap { $0 }
                groups.removeAll(where: same)
                groups.insert(headlines, at: 0)
                otherHeadlines = Array(headlineGroups.dropFirst())
            }
        }
        // Restatements join the claim they restate (other headlines too, which say the
        // news in other words). Beside the core claim, a claim of its own is a rumour two
        // articles carry, not one article's detail nor a fact someone states on record.
        let dates = draft.articles.map(\.published)
        var claimed = ClaimCandidates.mergingRestatements(groups, leads: leads, dates: dates).enumerated()
            .filter { n, g in n == 0 || g.members.contains { !$0.onRecord } && ClaimCandidates.weight(g.members, leads) >= 2 }.map(\.element)
        if !claimed.isEmpty {
            claimed[0].members += sameAsHeadlines
            let vocabulary = ClaimCandidates.leadVocabulary(leads)
            for h in otherHeadlines where h.contains(where: { ClaimCandidates.restates($0, claimed[0].members, vocabulary) }) {
                claimed[0].members += h
            }
        }
        if !claimed.isEmpty {
            let keywords = ClaimCandidates.headlineKeywords(draft.articles.map(\.title))
            // The headlines' words for the news that name no party: its event ("delay", "ban").
            let names = Set(parties.entities.flatMap { $0.forms.flatMap { $0 } }.map { String($0.prefix(5)) })
            let events = keywords.subtracting(names)
            claimed[0].wording = ClaimCandidates.asReported(claimed[0], keywords: keywords, events: events, dates: dates)
            claimed[0].wording = ClaimCandidates.inOwnWords(claimed[0], keywords: keywords, events: events, dates: dates)
            let worded = ClaimCandidates.ownLede(claimed[0], ClaimCandidates.inHeadlineWords(claimed[0], keywords: keywords, events: events),
                keywords: ClaimCandidates.everywhere(keywords, draft.articles.map { $0.title + " " + $0.body }))
            let eventHeadline = ClaimCandidates.eventHeadline(claimed[0], keywords: keywords, events: events)
            if eventHeadline.map({ $0.text == worded.text }) == true {
                claimed[0].wording = worded
            } else {
                claimed[0].wording = ClaimCandidates.namingParties(claimed[0], worded, events: events)
                if draft.articles.count >= 3 {
                    let everywhere = parties.textTokens.reduce(Set(parties.entities.indices)) { $0.intersection(parties.mentioned(in: $1)) }
                    claimed[0].wording = ClaimCandidates.namingSubject(claimed[0], claimed[0].wording, everywhere: everywhere)
                }
            }
            let terms = ClaimCandidates.storyTerms(leads: leads, texts: draft.articles.map { $0.title + " " + $0.body })
            let w = claimed[0].wording
            let ledes = ClaimCandidates.ledeStatements(draft, article: w.article, parties: parties, quoted: quoted.indices.contains(w.article) ? quoted[w.article] : [])
            claimed[0].wording = ClaimCandidates.inStoryTerms(claimed[0], w, terms: terms, leading: ClaimCandidates.leadWords(leads), ledes: ledes)
            if draft.articles.count >= 3 { claimed[0].wording = ClaimCandidates.namingStorySubject(claimed[0], draft, parties: parties, terms: terms) }
            claimed[0].wording = ClaimCandidates.stating(claimed[0], keywords: keywords)
        }
        let readings = draft.documents.indices.map { ArticleReading(draft, $0) }
        draft.story.claims = claimed.prefix(limit).enumerated().map { n, group in
            claim(group, number: n + 1, isCore: n == 0, parties: parties, readings: readings, draft)
        }
    }

    /// What an article's stance towards any claim is read from, worked out once per article
    /// rather than once per claim (re-splitting every sentence per claim was a fifth of
    /// `analyze`).
    struct ArticleReading {
        /// Content words of the headline and body.
        var words: Set<String>
        /// Per sentence: a verdict in the article's own voice (`ownVerdict`).
        var verdicts: [Bool]
        /// Per sentence with a hedge word ("reportedly", "allegedly"): its word stems.
        var hedged: [Set<String>]
        /// Every verb of denial in the article takes a person ("to dismiss the manager"):
        /// the sacking sense, which a classifier trained on denials reads as one.
        var deniesOnlyPeople: Bool
        /// The words of the claim the article, a fact-check, rates false (`FactCheck`).
        var ratedFalse: Set<String>?

        init(_ draft: StoryDraft, _ a: Int) {
            let article = draft.articles[a], doc = draft.documents[a]
            words = ClaimWords.content(article.title + " " + article.body)
            ratedFalse = FactCheck.refutedClaim(title: article.title, doc)
            verdicts = doc.sentences.indices.map { ClaimStage.ownVerdict(doc, $0) }
            var hedged: [Set<String>] = []
            var denials: [Bool] = []
            for (k, d) in [TextDocument(article.title), doc].enumerated() {
                for (s, sentence) in d.sentences.enumerated() {
                    let words = Set(Tokens.words(d.sentenceText(s)))
                    if k == 1, !words.isDisjoint(with: ClaimLexicon.hedges) { hedged.append(Set(words.map(ClaimWords.stem))) }
                    guard !words.isDisjoint(with: ClaimLexicon.denials) else { continue }
                    let t = ClaimWords.tokens(d, sentence.range)
                    denials += t.indices.filter { ClaimLexicon.denials.contains(t[$0].lower) }.map { ClaimEvidence.takesAPerson(t, $0) }
                }
            }
            self.hedged = hedged
            deniesOnlyPeople = !denials.isEmpty && !denials.contains(false)
        }
    }

    func claim(
        _ claimed: ClaimCandidates.Claimed, number: Int, isCore: Bool, parties: Parties, readings: [ArticleReading], _ draft: StoryDraft
    ) -> Claim {
        let (best, group) = (claimed.wording, claimed.members)
        // The core claim's stances may add parties the list lacks (officials on record).
        var parties = parties
        // Parties the quote pass knows first, then by how widely the story names them
        // (`Parties` sorts them so); capitalised runs speak only when too few are known.
        var claimParties = Array(Set(claimed.own.flatMap { $0.parties + $0.credited })).sorted()
        if claimParties.count(where: { $0 < parties.known }) >= 2 { claimParties = claimParties.filter { $0 < parties.known } }
        // A source the claim names is what the claim is about (a company "said" in one
        // article, "written to" in another), not who reported it.
        // The one its wording opens on, before its verb, never is, even when no other source is credited: the
        // outlet the story says first reported it is, else the one most articles cite.
        let head = ClaimWords.tokens(best.text)
        let subjectWords = head.prefix { !($0.kind == .word && !$0.isCapitalized && ClaimCandidates.couldBeVerb($0)) }.map(\.text).joined(separator: " ")
        let subject = { (name: String) in ClaimEvidence.containsWords(subjectWords, name) }
        // A wording taken from a restatement (`mergingRestatements`) brings its sentence's
        // reporter and sourcing along.
        let sources = claimed.own.contains { ($0.article, $0.sentence) == (best.article, best.sentence) } ? claimed.own : claimed.own + [best]
        let checkers = isCore ? ClaimEvidence.factCheckers(draft) : []
        // A fact-check words the claim it checks ("Claim: ..."); it never made it.
        let scoop = isCore && !best.labelled && !best.negated ? ClaimEvidence.ownScoop(best, draft).flatMap { checkers.contains($0) ? nil : $0 } : nil
        let credited = scoop ?? ClaimEvidence.origin(sources, draft) { name in
            checkers.contains(name) || claimed.own.contains { ClaimEvidence.containsWords($0.text, name) }
                || !parties.mentioned(in: name).filter(claimParties.contains).isEmpty
        }.flatMap { subject($0) ? nil : $0 }
            ?? (isCore ? ClaimEvidence.firstReporter(draft, excluding: subject) ?? ClaimEvidence.commonSource(draft, excluding: { subject($0) || checkers.contains($0) }) : nil)
        // A rumour no outlet is credited with may have come from posts the story names.
        let posts = credited == nil && isCore ? ClaimEvidence.onlinePosts(claimed.own, draft) : nil
        // A rumour that began as a post began with the account that posted it, whoever
        // relayed or checked it after.
        // Unless the story names the outlet that made the post news: the first to report it,
        // or the one that has since withdrawn its report (the post is then what it rested on).
        let account = isCore
            ? ClaimEvidence.postingAccount(draft).map { posted in
                ClaimEvidence.outletReporting(draft, excluding: { name in
                    subject(name) || checkers.contains(name) || ClaimEvidence.containsWords(name, posted) || ClaimEvidence.containsWords(posted, name)
                }) ?? posted
            } : nil
        // Else the network the story says a post carrying it appeared on, wherever it says so.
        let origin = (account ?? credited ?? posts?.origin ?? (isCore ? ClaimEvidence.postPlatform(draft) : nil)).map { ClaimEvidence.fullestForm($0, draft) }
        let sourcing = ClaimEvidence.sourcing(sources, draft, origin: origin, nearOnly: !isCore) ?? posts?.sourcing
            ?? ClaimEvidence.sharedTeller(ClaimWords.tokens(best.text))
            ?? (isCore ? ClaimEvidence.satireSource(draft) ?? ClaimEvidence.sharedItem(claimed.members, draft) : nil)
        // The claim's words are its own group's: restatements add articles that carry it,
        // not words an article must share to be about it.
        let claimWords = Set(claimed.own.flatMap(\.content))
        let wording = ClaimWords.tokens(best.text)
        // Generic denials ("rejected the claim") belong to the core claim; a secondary
        // claim keeps only the stances whose wording is its own. The claim's words include
        // the names of whom it credits ("Hunter's claim") and of the parties its group
        // names, when its wording drops them (a scoop's lede naming the hospital, not the
        // trusts that run it).
        let findings = isCore
            ? ClaimEvidence.actorStances(
                parties: &parties, claimParties: claimParties, draft,
                claimWords: best.content.union(ClaimWords.content(Set(best.parties + claimParties).map { parties.entities[$0].name }.joined(separator: " "))),
                claimNegated: ClaimEvidence.hasNegator(wording),
                sayingClaim: ClaimEvidence.Saying(wording, parties: parties), claimFacts: ClaimEvidence.facts(wording), claimEvents: ClaimEvidence.events(wording),
                claimants: Set(claimed.own.flatMap(\.credited)), claimPossible: ClaimEvidence.isPossibility(wording))
            : []
        let actors = findings.map { f in
            Claim.ActorStance(
                actor: parties.entities[f.party].name, stance: f.stance, quote: f.quote, article: draft.articles[f.article].id,
                evidence: f.span.map { Evidence(article: draft.articles[f.article].id, span: TextSpan($0)) })
        }
        // Fact-checks rating this claim false: its own group's words, or its wording's.
        let checks = readings.indices.filter { a in
            readings[a].ratedFalse.map { FactCheck.checks($0, claim: claimWords) || FactCheck.checks($0, claim: best.content) } ?? false
        }
        let stances = draft.articles.indices.map { a in
            if checks.contains(a) { return Claim.ArticleStance(article: draft.articles[a].id, stance: .denies) }
            var stance = articleStance(
                a, claim: best.text, claimWords: claimWords, carries: group.contains { $0.article == a },
                partyStances: findings.contains { $0.article == a }, partyConfirms: ClaimStage.confirmsOnly(findings, in: a),
                reading: readings[a], draft)
            // A fact-check's verdict judges the claim it rates; of another claim it tells.
            if stance == .denies, readings[a].ratedFalse != nil { stance = .reports }
            return Claim.ArticleStance(article: draft.articles[a].id, stance: stance)
        }
        let named = ClaimStage.namingWords(best.text)
        let (status, reason, since) = ClaimStage.status(
            findings.filter { $0.answersFor == nil && !$0.secondhand }, stances: stances, factChecks: checks, parties: parties, actor: ClaimStage.actor(of: named, parties),
            principals: Set(parties.mentioned(in: named)).subtracting(claimed.own.flatMap(\.credited)), claim: best.text, origin: origin, sourcing: isCore ? sourcing : nil, draft)
        return Claim(
            id: "\(draft.story.id)-c\(number)", text: ClaimCandidates.withoutClosingCredit(best.text), origin: origin, sourcing: sourcing, status: status,
            statusReason: reason, statusSince: since, articleStances: isCore ? stances : stances.filter { $0.stance != .unrelated },
            actorStances: actors, isCore: isCore)
    }

    /// An article `supports` a claim it asserts in its own voice, `denies` one it calls
    /// false in its own voice, `reports` one it attributes (or whose denial it carries),
    /// `questions` one its headline asks about, and is `unrelated` to one it does not
    /// touch. The classifier reads the wording; attribution in the text overrides it,
    /// since a classifier cannot tell a reported denial from the article's own.
    func articleStance(
        _ a: Int, claim: String, claimWords: Set<String>, carries: Bool, partyStances: Bool, partyConfirms: Bool = false,
        reading: ArticleReading, _ draft: StoryDraft
    ) -> Stance {
        let article = draft.articles[a]
        let shared = claimWords.isEmpty ? 0 : Double(claimWords.intersection(reading.words).count) / Double(claimWords.count)
        let predicted = model?.classify(StancePair(id: article.id, claim: claim, title: article.title, body: article.body)).stance
        // A headline naming two of the claim's words ("X staff say teams are leaving Y despite
        // CEO's denial") is about it, however little of its wording the body repeats: a
        // follow-up tells what came after, in new words.
        let headlined = ClaimWords.related(Array(ClaimWords.content(article.title)), claimWords.union(ClaimWords.content(claim))) >= 2
        guard carries || partyStances || shared >= 0.5 || headlined || (predicted != nil && predicted != .unrelated) else { return .unrelated }
        if ClaimEvidence.isQuestion(article.title) { return .questions }
        let doc = draft.documents[a]
        let attributes = carries || partyStances || reading.hedged.contains { !claimWords.isDisjoint(with: $0) }
        if Self.callsItFalse(doc, claimWords: claimWords, verdicts: reading.verdicts) { return .denies }
        // The classifier reads a debunking where the article also restates the claim; it
        // is trusted when the article somewhere gives a verdict in its own voice ("This is
        // not true."), which an article that only reports a denial does not.
        if predicted == .denies, reading.verdicts.contains(true) { return .denies }
        // An article telling a party's confirmation, and no denial standing beside it, holds
        // the claim true: the outcome is news, not a report.
        if partyConfirms { return .supports }
        switch predicted {
        case .denies? where !attributes && !reading.deniesOnlyPeople: return .denies
        case .supports? where !attributes: return .supports
        case .unrelated? where !carries && !partyStances && shared < 0.5 && !headlined: return .unrelated
        default: return .reports
        }
    }

    /// `confirmed` when a party confirms and none denies, `disputed` when both happen,
    /// `denied` when a party denies and none confirms, `refuted` when most articles call
    /// it false in their own voice, else `reported`. Returns the reason and, from the
    /// articles' dates, when the deciding statement was first published.
    static func status(
        _ findings: [ClaimEvidence.ActorFinding], stances: [Claim.ArticleStance], factChecks: [Int] = [], parties: Parties, actor: Int? = nil,
        principals: Set<Int> = [], claim: String = "", origin: String? = nil, sourcing: String? = nil, _ draft: StoryDraft
    ) -> (ClaimStatus, String, String?) {
        // A spokeswoman's denial is her employer's account: the body's later confirmation
        // overtakes it as it would the body's own.
        let voices = spokespeople(parties, draft)
        let voiced = findings.map { f in
            var f = f
            f.party = voices[f.party] ?? f.party
            return f
        }
        let findings = ClaimStage.withoutConfirmationsInDebunkings(ClaimStage.withoutOverruledQuotes(voiced), stances: stances, draft)
        let (settled, turns) = latestAccounts(findings, parties, actor: actor, principals: principals, draft)
        var (status, reason, since) = status(settled: settled, stances: stances, parties: parties, now: !turns.isEmpty, draft)
        if status == .confirmed || status == .disputed, let debunk = debunkedAfter(settled, stances: stances, parties: parties, draft) {
            (status, reason, since) = (.refuted, debunk.reason, debunk.since)
        }
        // A fact-checker rating the claim false has weighed the evidence, which a party's
        // denial has not: unless a party confirms it, the claim is refuted, and the
        // parties' denials stand beside the verdict.
        if !factChecks.isEmpty, status == .denied || status == .reported || status == .refuted {
            var checkers: [String] = []
            for name in factChecks.map({ draft.articles[$0].outlet ?? "a fact-check" }) where !checkers.contains(name) { checkers.append(name) }
            let dated = factChecks.compactMap { draft.articles[$0].published }.sorted()
            let denied = status == .denied ? " " + reason : ""
            reason = "Rated false by \(list(checkers))\(dated.first.map { " (\(String($0.prefix(10))))" } ?? "")." + denied
            status = .refuted
            since = dated.first ?? since
        }
        let denials = settled.filter { $0.stance == .denies }
        // The rumour's own outlet taking its report back withdraws it, whoever denied it; beside
        // a party's denial it outweighs a confirmation, which the outlet had before it too.
        if status != .confirmed, status != .refuted, status == .disputed || !settled.contains(where: { $0.stance == .supports }),
            let a = retractedByOrigin(origin, draft)
        {
            let outlet = draft.articles[a].outlet ?? "article \(a + 1)"
            let dated = day(of: a, draft).map { " (\($0))" } ?? ""
            return (.refuted, (["Retracted by its origin, \(origin!) (\(outlet)\(dated)).", reason] + turns).joined(separator: " "), draft.articles[a].published ?? since)
        }
        // The study the claim rests on, withdrawn by those who issued it, no longer tells it:
        // research's own retraction, as an outlet's is of its report.
        if status != .confirmed, status != .refuted, status == .disputed || !settled.contains(where: { $0.stance == .supports }),
            let sourcing, let a = researchWithdrawn(sourcing, draft)
        {
            let dated = day(of: a, draft).map { " (\($0))" } ?? ""
            return (.refuted, (["Its source, \(sourcing), was withdrawn\(dated)."] + [reason] + turns).joined(separator: " "), draft.articles[a].published ?? since)
        }
        // A denied claim whose act a later article tells as done has come true.
        if status == .denied || status == .reported && !settled.isEmpty, let a = doneAfterDenials(settled, claim: claim, parties: parties, stances: stances, draft) {
            let outlet = draft.articles[a].outlet ?? "article \(a + 1)"
            let deniers = list(orderedNames(denials, parties))
            let first = denials.compactMap { day(of: $0.article, draft) }.min() ?? ""
            reason = "Reported as done by \(outlet) (\(day(of: a, draft) ?? "")), after the denial by \(deniers) (\(first))."
            return (.confirmed, ([reason] + turns).joined(separator: " "), draft.articles[a].published)
        }
        if status == .denied, let a = reporterStandsBy(parties, deniers: Set(denials.map(\.party))) {
            // A dispute begins when its second side is published.
            status = .disputed
            reason += " Its reporter stands by the report (\(draft.articles[a].outlet ?? "article \(a + 1)"))."
            if let s = since, let p = draft.articles[a].published, p > s { since = p }
        }
        return (status, ([reason] + turns).joined(separator: " "), since)
    }

    /// The latest word stands: an article calling the claim false in its own voice, published
    /// on a later day than every confirmation, has weighed what was confirmed, as a
    /// debunking follows the hoax it checks (whose "confirmations" are its own spread).
    /// Undated confirmations or verdicts order nothing. Returns the reason and the day of
    /// the first such verdict.
    static func debunkedAfter(
        _ findings: [ClaimEvidence.ActorFinding], stances: [Claim.ArticleStance], parties: Parties, _ draft: StoryDraft
    ) -> (reason: String, since: String)? {
        let confirming = findings.filter { $0.stance == .supports }
        let days = confirming.map { day(of: $0.article, draft) }
        guard !days.isEmpty, !days.contains(nil), let last = days.compactMap({ $0 }).max() else { return nil }
        let index = Dictionary(draft.articles.indices.map { (draft.articles[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let verdicts = stances.filter { $0.stance == .denies }.compactMap { index[$0.article] }
            .filter { a in day(of: a, draft).map { $0 > last } ?? false }
            .sorted { draft.articles[$0].published! < draft.articles[$1].published! }
        guard let first = verdicts.first, let published = draft.articles[first].published else { return nil }
        let outlet = draft.articles[first].outlet ?? "one article"
        let reason = "Called false by \(outlet) (\(day(of: first, draft)!)), after the confirmation by \(list(orderedNames(confirming, parties))) (\(last))."
        return (reason, published)
    }

    /// The findings less the confirmations read in an article that calls the claim false in
    /// its own voice: a debunking quotes the parties to show the claim wrong ("I was
    /// registered in March like everyone else", "the firm confirmed a man of that name left
    /// in 2021"), so what it carries as a party's words answers the claim, whatever words
    /// they share with it.
    static func withoutConfirmationsInDebunkings(
        _ findings: [ClaimEvidence.ActorFinding], stances: [Claim.ArticleStance], _ draft: StoryDraft
    ) -> [ClaimEvidence.ActorFinding] {
        let debunking = Set(stances.filter { $0.stance == .denies }.map(\.article))
        return findings.filter { $0.stance != .supports || !debunking.contains(draft.articles[$0.article].id) }
    }

    /// The findings less a party's quotation read against what the same article says the
    /// party did ("X confirms it: ..." beside X's words read as a denial): the reporter's
    /// account of the act stands over a reading of the words. An account told as earlier
    /// ("had denied") or as nothing decided yet does not overrule.
    static func withoutOverruledQuotes(_ findings: [ClaimEvidence.ActorFinding]) -> [ClaimEvidence.ActorFinding] {
        findings.filter { f in
            f.quote == nil || !findings.contains { r in
                r.quote == nil && r.party == f.party && r.article == f.article && r.stance != f.stance && !r.earlier && !r.pending
                    && [Stance.supports, .denies].contains(r.stance)
            }
        }
    }

    /// The people who speak for a party, to that party: a role with a spokesperson noun
    /// ("spokeswoman for the zoo", "Ardelle spokesman", "the union's press officer") that
    /// names one other party, or the one party whose name holds another of the role's words
    /// ("the zoo": "Brackwater Zoo").
    static func spokespeople(_ parties: Parties, _ draft: StoryDraft) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for person in draft.story.people {
            let mine = parties.mentioned(in: person.name)
            guard mine.count == 1, let p = mine.first else { continue }
            var bodies = Set<Int>()
            for role in person.roles {
                // "the union's head of communications": the body by its possessive's noun.
                let words = Tokens.words(role.replacingOccurrences(of: "'s ", with: " ").replacingOccurrences(of: "\u{2019}s ", with: " "))
                guard words.contains(where: ClaimLexicon.spokespersonNouns.contains) else { continue }
                var named = parties.mentioned(in: role).filter { $0 != p }
                if named.isEmpty {
                    let kinds = Set(words).subtracting(ClaimLexicon.spokespersonNouns).subtracting(["for", "the", "a", "an", "of", "officer", "head"])
                    named = parties.entities.indices.filter { e in
                        e != p && !Set(Tokens.words(parties.entities[e].name)).isDisjoint(with: kinds)
                    }
                }
                if named.count == 1 { bodies.insert(named[0]) }
            }
            if bodies.count == 1 { out[p] = bodies.first! }
        }
        return out
    }

    /// A party that denied the claim and later confirmed it (or the reverse) has changed its
    /// account, as when a club denies a sacking it announces two days later: the later
    /// account stands. Only when publication dates order the two accounts strictly and at
    /// least as many articles carry the later one; one late article against several
    /// earlier ones (a blog saying the party confirmed) remains a dispute. Without dates, a
    /// confirming article that tells of the denial as past ("confirming a report it had
    /// denied a week earlier") orders them by its own words. Returns the findings that
    /// stand and a sentence for each change of account.
    /// `actor` is the party whose act the claim tells: see `overtakenByActor`.
    static func latestAccounts(
        _ findings: [ClaimEvidence.ActorFinding], _ parties: Parties, actor: Int? = nil, principals: Set<Int> = [], _ draft: StoryDraft
    )
        -> ([ClaimEvidence.ActorFinding], [String])
    {
        var kept = findings
        var turns: [String] = []
        for party in Set(findings.map(\.party)).sorted() {
            let mine = findings.filter { $0.party == party }
            // "X confirmed it on Friday. X had denied the report at the time.": the article
            // itself orders the two accounts, dated or not.
            if let turn = toldAsEarlier(mine, parties, draft) {
                kept.removeAll { $0.party == party && $0.stance == turn.stance }
                turns.append(turn.sentence)
                continue
            }
            // "ten days after the two firms denied they were in talks": a denial the article
            // tells as past is no account of its day, so it does not date the denial.
            let current = { (f: ClaimEvidence.ActorFinding) in f.stance != .denies || !toldAsPast(f, draft) }
            let dates = { (s: Stance) in mine.filter { $0.stance == s && current($0) }.map { day(of: $0.article, draft) } }
            var denied = dates(.denies)
            let confirmed = dates(.supports)
            guard mine.contains(where: { $0.stance == .denies }), !confirmed.isEmpty else { continue }
            // Every denial told as past, in the articles that confirm: the confirmation is the later account.
            if denied.isEmpty { denied = confirmed }
            if denied.contains(nil) || confirmed.contains(nil) {
                let confirming = Set(mine.filter { $0.stance == .supports }.map(\.article))
                // "No decision has been taken" holds only until one is: a confirmation by the
                // same party is the later account, dated or not.
                let pendingOnly = mine.filter { $0.stance == .denies }.allSatisfy(\.pending)
                // Undated, a party's own denial and confirmation are a rumour's usual course:
                // denied (or waved off) while it is a rumour, confirmed when it is news. The
                // reverse is a retraction, which outlets tell as one ("withdrew its
                // confirmation"). So the confirmation is the later account, when at least as
                // many articles carry it.
                let denying = Set(mine.filter { $0.stance == .denies }.map(\.article))
                if pendingOnly || confirming.count >= denying.count || confirming.contains(where: { recallsDenial(draft.documents[$0]) }) {
                    kept.removeAll { $0.party == party && $0.stance == .denies }
                    turns.append("\(parties.entities[party].name) had denied it.")
                }
                continue
            }
            let d = denied.compactMap { $0 }.sorted(), c = confirmed.compactMap { $0 }.sorted()
            let name = parties.entities[party].name
            // "No decision has been taken" on Wednesday, the order published on Monday: a
            // denial that only says nothing is decided yet holds until the party decides, so
            // its confirmation on the same day or after is the later account, however many
            // articles carried the wait.
            if mine.filter({ $0.stance == .denies }).allSatisfy(\.pending), d.last! <= c.last! {
                kept.removeAll { $0.party == party && $0.stance == .denies }
                turns.append("\(name) had said nothing was decided (\(d.first!)).")
                continue
            }
            let articles = { (s: Stance) in Set(mine.filter { $0.stance == s }.map(\.article)).count }
            let (denying, confirming) = (articles(.denies), articles(.supports))
            // A confirming article that tells of the denial as past knows it and overrides it,
            // however many articles carried the denial; otherwise a lone later confirmation
            // (a blog's word) does not outweigh denials carried more widely.
            let confirmingArticles = Set(mine.filter { $0.stance == .supports }.map(\.article))
            let overridden = mine.contains { $0.stance == .denies && confirmingArticles.contains($0.article) && toldAsPast($0, draft) }
                || confirmingArticles.contains { recallsDenial(draft.documents[$0]) }
            // The party whose act the claim tells, or whom it names, knows the truth of it: its
            // own later word settles its account however widely the earlier one was carried.
            // Not when the confirmation is itself hearsay ("X confirmed the talks, a blog wrote").
            let knows = (party == actor || principals.contains(party))
                && !mine.contains { $0.stance == .supports && relayed($0, name: parties.entities[party].name, draft) }
            if d.last! < c.first! || mine.filter({ $0.stance == .denies }).allSatisfy({ toldAsPast($0, draft) }),
                confirming >= denying || overridden || knows && d.last! < c.first!
            {
                kept.removeAll { $0.party == party && $0.stance == .denies }
                turns.append("\(name) had denied it (\(d.first!)).")
            } else if c.last! < d.first!, denying >= confirming {
                kept.removeAll { $0.party == party && $0.stance == .supports }
                turns.append("\(name) had confirmed it (\(c.first!)).")
            }
        }
        // "Varga announced the change, days after the government denied it": a party that
        // only denied, named where a confirming article tells of that denial as past, was
        // overtaken by the confirmation.
        overtakenByActor(&kept, &turns, actor: actor, parties, draft)
        // A party that denied and then confirmed was the one asked, so one who knows.
        let changed = Set(findings.filter { $0.stance == .denies }.map(\.party)).filter { p in
            kept.contains { $0.party == p && $0.stance == .supports } && !kept.contains { $0.party == p && $0.stance == .denies }
        }
        overtakenByAdmission(&kept, &turns, admitting: changed, parties, draft)
        let confirmers = Set(kept.filter { $0.stance == .supports }.map(\.party))
        var denied = Set(kept.map(\.party)).subtracting(confirmers)
        guard !confirmers.isEmpty, !denied.isEmpty else { return (kept, turns) }
        // "No final decision has been taken" holds only until the claim's actor takes one: once
        // the actor confirms, another party's word that nothing is decided yet is overtaken.
        if let actor, confirmers.contains(actor) {
            for party in denied.sorted() where kept.filter({ $0.party == party }).allSatisfy(\.pending) {
                kept.removeAll { $0.party == party }
                denied.remove(party)
                turns.append("\(parties.entities[party].name) had said nothing was decided.")
            }
        }
        // The parties named where the confirming articles tell of a denial as past.
        var recalled = Set<Int>()
        let confirming = Set(kept.filter { $0.stance == .supports }.map(\.article))
        for a in confirming {
            let doc = draft.documents[a]
            for s in doc.sentences.indices where recallsDenial(doc, sentence: s) {
                recalled.formUnion(parties.mentioned(in: doc.sentenceText(s)))
                // "a week after both clubs denied it": the claim's principals, by their kind.
                let words = Tokens.words(doc.sentenceText(s))
                if words.contains(where: ClaimLexicon.bothWords.contains), words.contains(where: ClaimLexicon.isPartyPlural) { recalled.formUnion(principals) }
            }
        }
        // So are those whose denial a confirming article quotes as said before ("who on
        // Friday had said there was \"no deal\"").
        recalled.formUnion(kept.filter { $0.stance == .denies && $0.earlier && confirming.contains($0.article) }.map(\.party))
        for party in denied.intersection(recalled).sorted() {
            kept.removeAll { $0.party == party }
            turns.append("\(parties.entities[party].name) had denied it.")
        }
        return (kept, turns)
    }

    /// The one whose act the claim tells (a journal retracting, a jury withdrawing a prize)
    /// knows whether it did it: its confirmation, published strictly after every denial of
    /// a party that only denied, overtakes those denials ("X had denied it (date)"). A
    /// denial published later, or undated, still disputes it.
    static func overtakenByActor(
        _ kept: inout [ClaimEvidence.ActorFinding], _ turns: inout [String], actor: Int?, _ parties: Parties, _ draft: StoryDraft
    ) {
        guard let actor, let first = kept.filter({ $0.party == actor && $0.stance == .supports }).compactMap({ day(of: $0.article, draft) }).min()
        else { return }
        // Whoever else denied, confirming too or not (a bystander heard both ways), did so
        // before the one who knows settled it.
        for party in Set(kept.filter { $0.stance == .denies }.map(\.party)).subtracting([actor]).sorted() {
            let denials = kept.filter { $0.party == party && $0.stance == .denies }
            let dates = denials.map { day(of: $0.article, draft) }
            // A denial an article tells as given before ("had said there was no deal") dates
            // from before the article: on the confirmation's day it is still earlier.
            let before = denials.map { f in day(of: f.article, draft).map { f.earlier ? $0 <= first : $0 < first } }
            guard before.allSatisfy({ $0 == true }) else { continue }
            kept.removeAll { $0.party == party && $0.stance == .denies }
            turns.append("\(parties.entities[party].name) had denied it (\(dates.compactMap { $0 }.min()!)).")
        }
    }

    /// A party that denied the claim and later admitted it was the one asked, the one who
    /// knows ("the minister admits the draft exists, three days after denying it"): its
    /// admission overtakes, as the actor's does (`overtakenByActor`), the denials others
    /// published strictly before it, who only denied. A denial published that day or later,
    /// or undated, still disputes it.
    static func overtakenByAdmission(
        _ kept: inout [ClaimEvidence.ActorFinding], _ turns: inout [String], admitting: Set<Int>, _ parties: Parties, _ draft: StoryDraft
    ) {
        guard let first = kept.filter({ admitting.contains($0.party) && $0.stance == .supports }).compactMap({ day(of: $0.article, draft) }).min()
        else { return }
        let confirmers = Set(kept.filter { $0.stance == .supports }.map(\.party))
        for party in Set(kept.map(\.party)).subtracting(confirmers).sorted() {
            let dates = kept.filter { $0.party == party }.map { day(of: $0.article, draft) }
            guard dates.allSatisfy({ $0.map { $0 < first } ?? false }) else { continue }
            kept.removeAll { $0.party == party }
            turns.append("\(parties.entities[party].name) had denied it (\(dates.compactMap { $0 }.min()!)).")
        }
    }

    /// The claim's words as they name parties: "Kestrel FM's show" names Kestrel FM, which
    /// the word "FM's" read whole (as "fms") would not match.
    static func namingWords(_ text: String) -> [WordToken] {
        ClaimWords.tokens(ClaimEvidence.withoutPossessives(text))
    }

    /// Whether a finding's sentence (its headline, when the span is nil) hands what it tells to
    /// another teller after a last comma ("X confirms talks, says blog", "..., a travel blog
    /// wrote on Thursday", "according to ..."), one that is not the party itself.
    static func relayed(_ f: ClaimEvidence.ActorFinding, name: String, _ draft: StoryDraft) -> Bool {
        let text: String
        if let span = f.span {
            let doc = draft.documents[f.article]
            guard let s = doc.sentences.indices.first(where: { doc.sentences[$0].range.contains(span.lowerBound) }) else { return false }
            text = doc.sentenceText(s)
        } else {
            text = draft.articles[f.article].title
        }
        guard let comma = text.lastIndex(of: ",") else { return false }
        let tail = Tokens.words(String(text[comma...]))
        let tellers: Set<String> = ["says", "said", "wrote", "writes", "reported", "reports", "according"]
        let own = Set(Tokens.words(name))
        return tail.contains(where: tellers.contains) && own.isDisjoint(with: tail) && !tail.contains { ["it", "he", "she", "they"].contains($0) }
    }

    /// The party the claim's wording names as its subject, before its first verb ("The
    /// journal Cell Horizons is preparing to ..."), if any.
    static func actor(of wording: [WordToken], _ parties: Parties) -> Int? {
        // A word right after a determiner is a noun ("The trustees of X have voted"), not the verb.
        let verb = wording.indices.first { k in
            let w = wording[k]
            return w.kind == .word && !w.isCapitalized && ClaimCandidates.couldBeVerb(w)
                && !(k > 0 && ClaimLexicon.determiners.contains(wording[k - 1].lower))
        } ?? wording.count
        let subject = Array(wording[..<verb])
        if let named = parties.firstMentioned(in: subject) { return named }
        // "Journal set to retract study", "Council to shut libraries": a headline drops the
        // article and names the body by its kind, the word its full name holds.
        let words = subject.filter(\.isWordOrNumber)
        guard words.count == 1, words[0].isWord, words[0].isCapitalized else { return nil }
        return parties.onlyBody(containing: words[0].lower)
    }

    /// Whether article `a` has a party confirming the claim and none denying it, an
    /// account told as given before ("had denied") aside.
    static func confirmsOnly(_ findings: [ClaimEvidence.ActorFinding], in a: Int) -> Bool {
        let mine = findings.filter { $0.article == a && !$0.earlier && !$0.secondhand }
        return mine.contains { $0.stance == .supports } && !mine.contains { $0.stance == .denies }
    }

    /// A party's stance that an article tells as given before ("had denied") while the
    /// party takes the other side in the same article: that stance is the earlier
    /// account. Returns it with a sentence dating it from the articles that carried it.
    static func toldAsEarlier(_ mine: [ClaimEvidence.ActorFinding], _ parties: Parties, _ draft: StoryDraft)
        -> (stance: Stance, sentence: String)?
    {
        for f in mine where f.earlier {
            guard mine.contains(where: { $0.article == f.article && $0.stance != f.stance && !$0.earlier }) else { continue }
            let first = mine.filter { $0.stance == f.stance && !$0.earlier }.compactMap { day(of: $0.article, draft) }.min()
            let verb = f.stance == .denies ? "denied" : "confirmed"
            return (f.stance, "\(parties.entities[f.party].name) had \(verb) it\(first.map { " (\($0))" } ?? "").")
        }
        return nil
    }

    /// A finding told as an account given before the article's news: "had denied", or in a
    /// sentence that recalls a denial ("days after the ministry denied it").
    static func toldAsPast(_ f: ClaimEvidence.ActorFinding, _ draft: StoryDraft) -> Bool {
        if f.earlier { return true }
        guard let span = f.span else { return false }
        let doc = draft.documents[f.article]
        guard let s = doc.sentences.indices.first(where: { doc.sentences[$0].range.contains(span.lowerBound) }) else { return false }
        return recallsDenial(doc, sentence: s)
    }

    /// Words after a denial that put it before the article's news ("denied a week earlier").
    /// "denied the report yesterday": the day before the article's is before its news too.
    static let earlierMarkers: Set<String> = ["earlier", "previously", "ago", "yesterday"]
    /// What "last" dates as gone by ("last week", "last month").
    static let lastTimes: Set<String> = ["week", "month", "year", "weekend", "night", "season", "summer", "spring", "autumn", "winter"]

    /// Whether the article tells of a denial as past: "had denied", "after denying",
    /// "days after the government denied", "despite having rejected", "denied a week
    /// earlier". A denial in the article's own time ("X denied on Tuesday") is no recall.
    static func recallsDenial(_ doc: TextDocument) -> Bool {
        doc.sentences.indices.contains { recallsDenial(doc, sentence: $0) }
    }

    static func recallsDenial(_ doc: TextDocument, sentence s: Int) -> Bool {
        let tokens = ClaimWords.tokens(doc, doc.sentences[s].range)
        if ClaimEvidence.pluperfectStances(tokens).contains(.denies) { return true }
        let t = tokens.filter(\.isWordOrNumber).map(\.lower)
        // The words since the last punctuation before each word: "after" opening the denial's
        // own clause ("ten days after the brewer and the buyer both denied") however long
        // its subject.
        var clauseOf: [ArraySlice<String>] = []
        var opening = 0
        for tok in tokens {
            if tok.isWordOrNumber { clauseOf.append(t[max(opening, clauseOf.count - 12)..<clauseOf.count]) } else { opening = clauseOf.count }
        }
        return t.indices.contains { i in
            guard ClaimLexicon.denials.contains(t[i]) || ClaimEvidence.labelsFalse(t, i), t[i].hasSuffix("ed") || t[i].hasSuffix("ing") else { return false }
            let before = t[max(0, i - 4)..<i]
            if before.contains("after") || before.contains("despite") { return true }
            if clauseOf[i].contains("after") || clauseOf[i].contains("despite") { return true }
            // "first reported last week, when both clubs denied it": a "when" clause hung on
            // a time gone by.
            if before.contains("when"), t[max(0, i - 12)..<i].indices.contains(where: { k in
                earlierMarkers.contains(t[k]) || t[k] == "last" && k + 1 < t.count && lastTimes.contains(t[k + 1])
            }) {
                return true
            }
            return t[(i + 1)..<min(t.count, i + 6)].contains { earlierMarkers.contains($0) }
        }
    }

    /// The day an article was published ("2026-03-02" of "2026-03-02T09:30:00Z").
    static func day(of article: Int, _ draft: StoryDraft) -> String? {
        draft.articles[article].published.map { String($0.prefix(10)) }
    }

    static func status(
        settled findings: [ClaimEvidence.ActorFinding], stances: [Claim.ArticleStance], parties: Parties, now: Bool, _ draft: StoryDraft
    ) -> (ClaimStatus, String, String?) {
        let now = now ? " now" : ""
        let dated = { (s: Stance) in findings.filter { $0.stance == s }.compactMap { day(of: $0.article, draft) }.min() }
        let firstDate = { (s: Stance) in dated(s).map { " (\($0))" } ?? "" }
        let deniers = orderedNames(findings.filter { $0.stance == .denies }, parties)
        let confirmers = orderedNames(findings.filter { $0.stance == .supports }, parties)
        let related = stances.filter { $0.stance != .unrelated }
        let ownDenials = related.count { $0.stance == .denies }
        let status: ClaimStatus
        let reason: String
        let deciding: [ClaimEvidence.ActorFinding]
        // A confirmation carried only by articles that most of the others call false is the
        // false story's own wording ("officials have confirmed ..."), not a party on record.
        let confirming = Set(findings.filter { $0.stance == .supports }.map(\.article))
        let debunked = !related.isEmpty && ownDenials * 2 > related.count && confirming.count * 2 < related.count
        switch (deniers.isEmpty, confirmers.isEmpty || debunked) {
        case (false, false):
            status = .disputed
            if Set(confirmers) == Set(deniers) {
                // One party, two accounts of it: say how many articles carry each.
                let count = { (s: Stance) in Set(findings.filter { $0.stance == s }.map(\.article)).count }
                reason = "\(list(deniers)) reported confirming it (\(articles(count(.supports)))) and denying it (\(articles(count(.denies))))."
            } else {
                reason = "Confirmed by \(list(confirmers))\(firstDate(.supports)) but denied by \(list(deniers))\(firstDate(.denies))."
            }
            deciding = findings
        case (true, false):
            status = .confirmed
            reason = "Confirmed by \(list(confirmers)); nobody on record denies it\(now)."
            deciding = findings.filter { $0.stance == .supports }
        case (false, true) where findings.allSatisfy(\.pending):
            // "No decision has been taken" is no denial of a plan: it says the thing is not
            // settled yet, which leaves the report standing as reported.
            status = .reported
            reason = "\(list(deniers)) \(deniers.count == 1 ? "says" : "say") nothing has been decided\(firstQuote(findings, draft)); nobody on record confirms or denies it\(now)."
            deciding = []
        case (false, true):
            status = .denied
            reason = "Denied by \(list(deniers))\(firstQuote(findings, draft)); nobody on record confirms it\(now)."
            deciding = findings.filter { $0.stance == .denies }
        case (true, true):
            if !related.isEmpty && ownDenials * 2 > related.count {
                status = .refuted
                reason = "\(ownDenials) of \(related.count) articles call it false in their own voice."
            } else {
                status = .reported
                reason = "Only reported; no party to it has confirmed or denied it on record."
            }
            deciding = []
        }
        // A dispute begins when its second side is first published.
        if status == .disputed, let c = dated(.supports), let d = dated(.denies) { return (status, reason, max(c, d)) }
        let dates = deciding.compactMap { draft.articles[$0.article].published }.sorted()
        return (status, reason, dates.first)
    }

    /// Whether the article, in its own voice, calls the claim false ("the story is a
    /// hoax"): a verdict word outside quotation marks, in a sentence about the claim (a
    /// report, story or rumour, or two of the claim's words) that neither hands the
    /// judgement to someone ("X said", "called it a hoax") nor reports a denial.
    /// A verdict that opens on "this", "that" or "it" ("This is not true.") judges what the
    /// sentence before it says.
    static func callsItFalse(_ doc: TextDocument, claimWords: Set<String>, verdicts: [Bool]) -> Bool {
        func about(_ s: Int) -> Bool {
            let t = ClaimWords.tokens(doc, doc.sentences[s].range)
            let quoted = ClaimEvidence.insideQuotationMarks(t)
            var shared = Set<String>()
            for (i, tok) in t.enumerated() where tok.isWordOrNumber && !quoted[i] {
                if ClaimLexicon.storyNouns.contains(tok.lower) { return true }
                let stem = ClaimWords.stem(tok.lower)
                if claimWords.contains(stem) { shared.insert(stem) }
            }
            return shared.count >= 2
        }
        return doc.sentences.indices.contains { s in
            guard verdicts[s] else { return false }
            if about(s) { return true }
            let first = ClaimWords.tokens(doc, doc.sentences[s].range).first { $0.isWordOrNumber }?.lower
            return s > 0 && ["this", "that", "it"].contains(first ?? "") && about(s - 1)
        }
    }

    /// Whether sentence `s` calls something false in the article's own voice: a verdict
    /// word or a negated truth ("not true", "no truth") outside quotation marks, with no
    /// word that hands the judgement to someone else or reports a denial.
    static func ownVerdict(_ doc: TextDocument, _ s: Int) -> Bool {
        let t = ClaimWords.tokens(doc, doc.sentences[s].range)
        let quoted = ClaimEvidence.insideQuotationMarks(t)
        var verdict = false
        for (i, tok) in t.enumerated() where tok.isWordOrNumber {
            if ClaimLexicon.attributions.contains(tok.lower) || ClaimLexicon.denials.contains(tok.lower) { return false }
            if quoted[i] { continue }
            if ClaimLexicon.verdicts.contains(tok.lower) || ClaimEvidence.negatedTruth(t, i) { verdict = true }
        }
        return verdict
    }

    static func articles(_ n: Int) -> String { n == 1 ? "1 article" : "\(n) articles" }

    static func orderedNames(_ findings: [ClaimEvidence.ActorFinding], _ parties: Parties) -> [String] {
        var names: [String] = []
        for f in findings where !names.contains(parties.entities[f.party].name) { names.append(parties.entities[f.party].name) }
        return names
    }

    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// ": "This story is untrue"" from the first denial made in a quotation.
    static func firstQuote(_ findings: [ClaimEvidence.ActorFinding], _ draft: StoryDraft) -> String {
        guard let f = findings.first(where: { $0.stance == .denies && $0.quote != nil }),
            let q = draft.story.quotes.first(where: { $0.id == f.quote })
        else { return "" }
        let words = q.text.split(separator: " ")
        let text = words.count > 14 ? words.prefix(14).joined(separator: " ") + "\u{2026}" : q.text
        return " (\(draft.articles[f.article].outlet ?? "one article") quotes: \u{201C}\(text)\u{201D})"
    }
}
