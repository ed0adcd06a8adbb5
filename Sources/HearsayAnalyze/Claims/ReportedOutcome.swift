import HearsayModel
import HearsayText

extension ClaimStage {
    /// "Journal retracts sleep study over duplicated data", "Tile maker enters administration
    /// with 410 jobs to go": a headline that tells the claim's event as done, in the outlet's
    /// own voice, on a later day than every other article's denial, is the outcome the
    /// denials were given before. News of a completed act (a notice published, an
    /// administrator appointed, a resignation) is written so, without "says"; the rumour was
    /// written with a source, a hedge or a plan ("moves to retract", "set to", "email shows").
    /// A denial the outcome's own article carries is its background, not a later word. So the
    /// claim is confirmed even where no party's confirmation is read (`tellsItDone` says which
    /// headlines count). Returns the article, the first such by date.
    static func doneAfterDenials(
        _ findings: [ClaimEvidence.ActorFinding], claim: String, parties: Parties, stances: [Claim.ArticleStance], _ draft: StoryDraft
    ) -> Int? {
        let denials = findings.filter { $0.stance == .denies }
        guard !denials.isEmpty, !findings.contains(where: { $0.stance == .supports }) else { return nil }
        guard !denials.contains(where: { day(of: $0.article, draft) == nil }) else { return nil }
        let wording = ClaimWords.tokens(claim)
        let claimWords = ClaimWords.content(claim)
        let named = Set(parties.mentioned(in: namingWords(claim)))
        let nameWords = Set(named.flatMap { ClaimWords.content(parties.entities[$0].name) })
        let facts = ClaimEvidence.facts(wording).subtracting(nameWords)
        let standing = Dictionary(stances.map { ($0.article, $0.stance) }, uniquingKeysWith: { a, _ in a })
        // A denial the outcome's own article carries is its background ("at the time the
        // minister said there was no plan"); the others must all come on earlier days.
        let later = draft.articles.indices.filter { a in
            guard let published = day(of: a, draft) else { return false }
            let others = denials.filter { $0.article != a }.compactMap { day(of: $0.article, draft) }
            return !others.isEmpty && others.allSatisfy { $0 < published }
        }.sorted { draft.articles[$0].published! < draft.articles[$1].published! }
        return later.first { a in
            let article = draft.articles[a]
            guard standing[article.id] != .denies, standing[article.id] != .questions, standing[article.id] != .unrelated else { return false }
            return tellsItDone(article.title, claimWords: claimWords, facts: facts, namesAParty: !Set(parties.mentioned(in: namingWords(article.title))).isDisjoint(with: named))
        }
    }

    /// Whether a headline tells the claim's event as done in its own voice (`doneAfterDenials`):
    /// no attribution, hedge, guess, negation, denial, verdict, quotation, colon or question,
    /// no word of a rumour's stage, no "to" before one of the claim's words ("to retract": still
    /// a plan); its subject names the claim's party or thing and its verb restates the act.
    static func tellsItDone(_ headline: String, claimWords: Set<String>, facts: Set<String>, namesAParty: Bool) -> Bool {
        guard !ClaimEvidence.isQuestion(headline), !headline.contains(where: { "\"\u{201C}\u{201D}\u{2018}:".contains($0) }) else { return false }
        let words = Tokens.words(headline)
        let barred = words.contains { w in
            ClaimLexicon.hedges.contains(w) || ClaimLexicon.claimVerbs.contains(w) || ClaimLexicon.attributions.contains(w)
                || ClaimLexicon.reportAdverbs.contains(w) || ClaimLexicon.speculative.contains(w) || ClaimLexicon.isNegation(w)
                || ClaimLexicon.denials.contains(w) || ClaimLexicon.verdicts.contains(w) || ClaimLexicon.falsity.contains(w)
                || ClaimLexicon.prospectiveVerbs.contains(w) || outcomeBars.contains(w)
        }
        guard !barred else { return false }
        // "to retract", "moves to shut": the claim's act still ahead.
        let ahead = words.indices.dropLast().contains { k in words[k] == "to" && ClaimWords.related([ClaimWords.stem(words[k + 1])], claimWords) > 0 }
        guard !ahead else { return false }
        // The headline's subject (before its first verb) names the claim's party or thing, and
        // its verb with the two words after it restates the claim's act ("retracts study",
        // "enters administration"): the same act done by the same actor.
        let tokens = ClaimWords.tokens(headline).filter(\.isWordOrNumber)
        guard let verb = tokens.indices.first(where: { k in
            k > 0 && !tokens[k].isCapitalized && tokens[k].isWord && ClaimCandidates.couldBeVerb(tokens[k])
                && !ClaimLexicon.determiners.contains(tokens[k - 1].lower)
        }) else { return false }
        let subject = Array(ClaimWords.content(tokens[..<verb].map(\.text).joined(separator: " ")))
        // "X confirms it wants the verse dropped": what is confirmed is the act.
        let confirms = ["confirms", "confirmed", "confirm"].contains(tokens[verb].lower)
        let act = Array(ClaimWords.content(tokens[verb..<min(tokens.count, verb + (confirms ? 7 : 3))].map(\.text).joined(separator: " ")))
        guard namesAParty || ClaimWords.related(subject, claimWords) >= 1, ClaimWords.related(act, facts) >= 1 else { return false }
        let own = Array(ClaimWords.content(headline))
        return ClaimWords.related(own, claimWords) >= 2
    }

    /// Headline words of a rumour's stage, not its outcome: a threat, a fear, a bid, talks,
    /// a plan or a look at one ("faces", "eyes", "weighs", "mulls").
    static let outcomeBars: Set<String> = [
        "faces", "face", "facing", "refuses", "refuse", "refusing", "rule", "rules", "ruled", "ruling", "eyes", "eyeing", "weighs", "weighing", "mulls", "mulling", "considers", "considering", "fears",
        "fear", "feared", "threat", "threatens", "threatened", "talks", "plan", "plans", "planned", "proposal", "proposed", "proposes",
        "would", "will", "could", "may", "might", "bid", "row", "probe", "amid", "doubt", "doubts", "what", "why", "how", "whether",
        "if", "leak", "leaked", "memo", "draft", "shows", "show", "reveals", "report", "reports", "sources", "insiders",
    ]

    /// "The Sunday Herald has retracted its report that ...", "Herald withdraws story and
    /// apologises": the outlet the claim came from taking its report back, in another
    /// article's own voice or its own, has withdrawn the claim; whatever parties said, the
    /// rumour's one source no longer stands by it. The sentence (or headline) must name the
    /// origin before a verb of retracting or withdrawing, in the same clause and outside
    /// quotation marks, whose object within five words is a report, story or article (or
    /// "it"), or "apologised for" one. Returns the first such article by date.
    static func retractedByOrigin(_ origin: String?, _ draft: StoryDraft) -> Int? {
        guard let origin, !origin.isEmpty else { return nil }
        let order = draft.articles.indices.sorted { (draft.articles[$0].published ?? "~") < (draft.articles[$1].published ?? "~") }
        return order.first { a in
            let doc = draft.documents[a]
            let texts = [draft.articles[a].title] + doc.sentences.indices.map { doc.sentenceText($0) }
            // The origin's own notice retracts in the first person ("we are retracting the
            // article"): an article that is the origin's, or names no outlet of its own and
            // names the origin, speaks so for it (outside quotation marks, nobody else's words).
            let own = draft.articles[a].outlet.map { QuoteStage.isOwnName($0, origin) }
                ?? ClaimEvidence.containsWords(draft.articles[a].body, origin)
            // The origin's own correction notice ("Correction: X fourth, not first, in ...")
            // takes back what its report said, as a retraction does. Only under the origin's
            // masthead: a notice that names no outlet names everyone it mentions.
            if draft.articles[a].outlet.map({ QuoteStage.isOwnName($0, origin) }) == true, isCorrectionNotice(draft.articles[a].title) { return true }
            return texts.contains { retracts(origin, in: ClaimWords.tokens($0), ownVoice: own) }
        }
    }

    static func retracts(_ origin: String, in t: [WordToken], ownVoice: Bool = false) -> Bool {
        let quoted = ClaimEvidence.insideQuotationMarks(t)
        for (i, tok) in t.enumerated() where !quoted[i] && retractionVerbs.contains(tok.lower) {
            // The clause's subject: since the last punctuation before the verb.
            let start = t[..<i].lastIndex { !$0.isWordOrNumber && $0.text != "&" && $0.text != "'" && $0.text != "\u{2019}" }.map { $0 + 1 } ?? 0
            // The outlet must be the verb's own subject: at most an auxiliary or two and an
            // adverb between them ("The Herald has now retracted"), not a longer clause ("The
            // Herald reported that the sponsor withdrew ...").
            let subject = Array(t[start..<i])
            let names = [origin] + (shortForm(origin).map { [$0] } ?? []) + (ownVoice ? ["we"] : [])
            guard let end = (0..<subject.count).first(where: { k in
                names.contains { ClaimEvidence.containsWords(subject[..<(k + 1)].map(\.text).joined(separator: " "), $0) }
            }) else { continue }
            let between = subject[(end + 1)...].filter(\.isWordOrNumber).map(\.lower)
            guard between.count <= 3, !between.contains(where: { ClaimLexicon.isNegation($0) || ClaimLexicon.claimVerbs.contains($0) || $0 == "that" || $0 == "to" })
            else { continue }
            let object = t[(i + 1)...].prefix { $0.isWordOrNumber || $0.text == "-" }.prefix(5).map(\.lower)
            let apology = apologyVerbs.contains(tok.lower)
            if apology ? object.first == "for" && object.contains(where: ClaimLexicon.storyNouns.contains)
                : object.first == "it" || object.contains(where: ClaimLexicon.storyNouns.contains) {
                return true
            }
        }
        return false
    }

    /// An outlet's name less a leading weekday or "The" ("Sunday Herald" is "the Herald"
    /// in a headline), when one distinctive word is left.
    static func shortForm(_ origin: String) -> String? {
        let words = origin.split(separator: " ").map(String.init)
        let generic: Set<String> = ["the", "sunday", "daily", "weekly", "evening", "morning", "saturday"]
        let rest = words.drop { generic.contains($0.lowercased()) }
        guard rest.count >= 1, rest.count < words.count, rest.first.map({ $0.count >= 4 }) == true else { return nil }
        return rest.joined(separator: " ")
    }

    /// The first article (by date) telling that research a claim resting on research came
    /// from has been withdrawn or retracted ("The preprint has been withdrawn from the
    /// server", "the university withdrew its press release"): a verb of retracting outside
    /// quotation marks, not negated ("has not withdrawn the paper"), with a research noun as
    /// its subject or object. Only research: a leaked memo withdrawn by its
    /// authors may still have said what the report said.
    static func researchWithdrawn(_ sourcing: String, _ draft: StoryDraft) -> Int? {
        guard ClaimWords.tokens(sourcing).contains(where: { $0.isWord && ClaimLexicon.researchNouns.contains($0.lower) }) else { return nil }
        let order = draft.articles.indices.sorted { (draft.articles[$0].published ?? "~") < (draft.articles[$1].published ?? "~") }
        return order.first { a in
            let doc = draft.documents[a]
            return doc.sentences.indices.contains { s in
                let t = ClaimWords.tokens(doc, doc.sentences[s].range)
                let quoted = ClaimEvidence.insideQuotationMarks(t)
                return t.indices.contains { i in
                    guard !quoted[i], withdrawalVerbs.contains(t[i].lower),
                        !t[max(0, i - 3)..<i].contains(where: { ClaimLexicon.isNegation($0.lower) })
                    else { return false }
                    // What is withdrawn: its subject ("the preprint has been withdrawn") or its
                    // object ("withdrew its press release"), four words at most away with no
                    // punctuation between.
                    let before = t[max(0, i - 4)..<i].reversed().prefix(while: \.isWordOrNumber)
                    let after = t[(i + 1)..<min(t.count, i + 5)].prefix(while: \.isWordOrNumber)
                    let research = { (w: WordToken) in !w.isCapitalized && ClaimLexicon.researchNouns.contains(w.lower) }
                    if (before + after).contains(where: research) { return true }
                    // A passive's subject opens its clause however long the relative clause
                    // after it ("The preprint that claimed ... has been withdrawn").
                    guard i > 0, ["been", "was", "were", "is", "be"].contains(t[i - 1].lower) else { return false }
                    let clause = t[..<i].reversed().prefix(while: \.isWordOrNumber).reversed()
                    return clause.prefix(3).contains(where: research)
                }
            }
        }
    }

    static let withdrawalVerbs: Set<String> = [
        "retract", "retracts", "retracted", "retracting", "withdraws", "withdrew", "withdrawn", "withdrawing",
    ]

    /// A headline labelled as the outlet's correction ("Correction: ...", "CORRECTION - ...").
    static func isCorrectionNotice(_ title: String) -> Bool {
        let t = ClaimWords.tokens(title)
        guard t.count > 2, ["correction", "corrections"].contains(t[0].lower) else { return false }
        return [":", "-", "\u{2013}", "\u{2014}"].contains(t[1].text)
    }

    static let apologyVerbs: Set<String> = ["apologised", "apologized", "apologises", "apologizes"]
    static let retractionVerbs: Set<String> = apologyVerbs.union([
        "retract", "retracts", "retracted", "retracting", "withdraws", "withdrew", "withdrawn", "withdrawing",
        // An outlet correcting its report concedes that the report as published was wrong.
        "corrected", "corrects", "correcting",
    ])
}
