import HearsayModel
import HearsayText

/// Origin, sourcing and the parties' stances: read from the sentences and quotations of
/// the story's articles.
enum ClaimEvidence {
    /// The outlet or person the articles credit with the claim: the cited source named
    /// most often in or right before the claim's sentences, then in most articles.
    static func origin(_ group: [ClaimCandidate], _ draft: StoryDraft) -> String? {
        var votes: [String: (hits: Int, articles: Int)] = [:]
        for citation in draft.story.citations {
            let name = citation.source
            var hits = 0
            for c in group {
                let doc = draft.documents[c.article]
                // A headline claim stands at sentence 0 of a body that may have none.
                let nearby = [c.sentence - 1, c.sentence].filter(doc.sentences.indices.contains).map(doc.sentenceText)
                if nearby.contains(where: { $0.localizedCaseInsensitiveContains(name) }) { hits += 1 }
            }
            guard hits > 0 else { continue }
            votes[name] = (hits, citation.articles.count)
        }
        return votes.max { a, b in (a.value.hits, a.value.articles, b.key) < (b.value.hits, b.value.articles, a.key) }?.key
    }

    /// How the origin sourced the claim ("four sources familiar with the situation"):
    /// the most specific sourcing phrase in the articles that carry the claim or, when
    /// `nearOnly`, in the claim's sentences and the ones before them.
    static func sourcing(_ group: [ClaimCandidate], _ draft: StoryDraft, origin: String?, nearOnly: Bool = false) -> String? {
        var best: (phrase: String, score: Int)?
        let articles = Set(group.map(\.article))
        let claimSentences = Set(group.map { "\($0.article)-\($0.sentence)" })
        for a in articles.sorted() {
            let doc = draft.documents[a]
            for s in doc.sentences.indices {
                if nearOnly && !claimSentences.contains("\(a)-\(s)") && !claimSentences.contains("\(a)-\(s + 1)") { continue }
                let tokens = ClaimWords.tokens(doc, doc.sentences[s].range)
                let sentence = doc.sentenceText(s)
                for (phrase, specificity) in phrases(tokens, doc) {
                    var score = specificity
                    if claimSentences.contains("\(a)-\(s)") { score += 2 }
                    if let origin, sentence.localizedCaseInsensitiveContains(origin) { score += 2 }
                    if score > (best?.score ?? 0) { best = (phrase, score) }
                }
            }
        }
        return best?.phrase
    }

    /// Sourcing phrases of a sentence with how specific each is: a count or kind of
    /// source, and a qualifier ("familiar with the matter"), each add one.
    static func phrases(_ t: [WordToken], _ doc: TextDocument) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for (i, tok) in t.enumerated() where ClaimLexicon.sourceNouns.contains(tok.lower) {
            var start = i
            while start > 0, start > i - 3, t[start - 1].isWordOrNumber, ClaimLexicon.sourceModifiers.contains(t[start - 1].lower)
                || t[start - 1].text.allSatisfy(\.isNumber)
            {
                start -= 1
            }
            var end = i + 1
            var qualified = false
            if end < t.count, ClaimLexicon.qualifiers.contains(t[end].lower) {
                var j = end
                while j < min(t.count, end + 7), t[j].isWordOrNumber {
                    if ClaimLexicon.qualifierObjects.contains(t[j].lower) {
                        qualified = true
                        end = j + 1
                        break
                    }
                    j += 1
                }
            }
            let modifiers = t[start..<i].map(\.lower)
            if ClaimLexicon.needQualifier.contains(tok.lower) && !qualified { continue }
            if ClaimLexicon.documentNouns.contains(tok.lower)
                && !modifiers.contains(where: ClaimLexicon.documentModifiers.contains)
            {
                continue
            }
            // A bare "source" is too vague unless it is an insider or a count of sources.
            let counted = modifiers.contains { $0 != "a" && $0 != "an" && $0 != "some" && $0 != "other" }
            if !qualified && !counted && !tok.lower.hasPrefix("insider") { continue }
            let text = doc.string(t[start].range.lowerBound..<t[end - 1].range.upperBound)
            out.append((text, 1 + (counted ? 1 : 0) + (qualified ? 2 : 0)))
        }
        return out
    }

    /// A party's stance in one article, with what shows it.
    struct ActorFinding {
        var party: Int
        var stance: Stance
        var quote: String?
        var article: Int
        var span: Range<Int>
    }

    /// Denials and confirmations by the claim's parties: from their quotations (a party
    /// calling reports untrue) and from reported speech ("X rejected the claim", "both
    /// companies denied it"). "Declined to comment" is no stance.
    static func actorStances(parties: Parties, claimParties: [Int], _ draft: StoryDraft, claimWords: Set<String>)
        -> [ActorFinding]
    {
        var out: [ActorFinding] = []
        func add(_ f: ActorFinding) {
            if !out.contains(where: { $0.party == f.party && $0.article == f.article && $0.stance == f.stance }) { out.append(f) }
        }
        // Quotations of a party (or of someone whose role names it).
        for q in draft.story.quotes {
            guard let a = draft.index(ofArticle: q.article), let speaker = q.speaker else { continue }
            let who = parties.mentioned(in: speaker + " " + (q.role ?? "")).filter(claimParties.contains)
            guard let party = who.first else { continue }
            let doc = draft.documents[a]
            let quoteTokens = ClaimWords.tokens(doc, q.span.range)
            var stance = quotedStance(quoteTokens)
            if stance == nil, let s = doc.sentenceIndex(containing: q.span.start) {
                // "Ford issued a sharp denial, stating: ..." just before the quotation.
                let context = [s - 1, s].filter { $0 >= 0 }.flatMap { ClaimWords.tokens(doc, doc.sentences[$0].range) }
                if context.contains(where: { ClaimLexicon.denials.contains($0.lower) }) { stance = .denies }
            }
            if let stance {
                add(ActorFinding(party: party, stance: stance, quote: q.id, article: a, span: q.span.range))
            }
        }
        // Reported speech, in the article's own voice: not an embedded social-media post.
        for (a, doc) in draft.documents.enumerated() {
            for sentence in doc.sentences where !isEmbeddedPost(doc.string(sentence.range)) {
                let t = ClaimWords.tokens(doc, sentence.range)
                for (party, stance) in reportedStances(t, parties: parties, claimParties: claimParties, claimWords: claimWords) {
                    add(ActorFinding(party: party, stance: stance, quote: nil, article: a, span: sentence.range))
                }
            }
        }
        return out
    }

    /// The subject without a place or thing it is "of" or "in": "occupants of the
    /// Hollywood tower confirmed" is the occupants, not Hollywood. A speaker's own noun
    /// keeps what follows ("a spokesman for Ford", "officials at the ministry").
    static func headOfSubject(_ subject: [WordToken]) -> [WordToken] {
        var subject = withoutRelativeClauses(subject)
        for k in subject.indices.dropFirst() where ClaimLexicon.placePrepositions.contains(subject[k].lower) {
            let head = subject[k - 1]
            // A capital opening the clause says nothing about a name.
            let isName = head.isCapitalized && k - 1 > 0
            if head.kind == .word, !isName, !ClaimLexicon.speakerNouns.contains(head.lower) {
                subject = Array(subject[..<k])
                break
            }
        }
        // A name right before a common noun describes it ("the Estero newspaper Diario",
        // "a Hollywood tower"): it is not the subject, unless the noun speaks for it
        // ("Ford officials", "the Ford statement").
        var kept: [WordToken] = []
        var k = 0
        while k < subject.count {
            guard subject[k].isCapitalized, k > 0 || subject.count > 1 else { kept.append(subject[k]); k += 1; continue }
            var end = k + 1
            while end < subject.count, subject[end].isCapitalized || NameResolver.particles.contains(subject[end].text) { end += 1 }
            if end < subject.count, isCommonNoun(subject[end]), !ClaimLexicon.speakerNouns.contains(subject[end].lower) {
                k = end
            } else {
                kept += subject[k..<end]
                k = end
            }
        }
        return kept
    }

    /// The subject without ", which/who ... ," remarks: "the Times, which ran a story
    /// about a comment by Francis, acknowledged" is the Times speaking.
    static func withoutRelativeClauses(_ t: [WordToken]) -> [WordToken] {
        var out: [WordToken] = []
        var k = 0
        while k < t.count {
            if t[k].text == ",", k + 1 < t.count, ClaimLexicon.relativePronouns.contains(t[k + 1].lower) {
                k = (t[(k + 1)...].firstIndex { $0.text == "," } ?? t.count - 1) + 1
                continue
            }
            out.append(t[k])
            k += 1
        }
        return out
    }

    /// A lower-case content word that is not an adverb ("also", "quickly"): most likely the
    /// noun a name before it describes.
    static func isCommonNoun(_ w: WordToken) -> Bool {
        w.kind == .word && !w.isCapitalized && !Tokens.stopwords.contains(w.lower) && !w.lower.hasSuffix("ly")
            && !ClaimLexicon.denials.contains(w.lower) && !ClaimLexicon.confirmations.contains(w.lower)
    }

    /// Per token, whether it stands between quotation marks opened in the same sentence.
    static func insideQuotationMarks(_ t: [WordToken]) -> [Bool] {
        var out = [Bool](repeating: false, count: t.count)
        var open = false
        for (i, tok) in t.enumerated() {
            if tok.kind == .punctuation, tok.text.unicodeScalars.count == 1 {
                open = QuoteMarks.doubleQuoteOpen(after: tok.text.unicodeScalars.first!, wasOpen: open)
            }
            out[i] = open
        }
        return out
    }

    /// A post quoted whole from a social network ("... pic.twitter.com/x — Ann (@ann) May 1"):
    /// its author's words, not the article's report.
    static func isEmbeddedPost(_ sentence: String) -> Bool {
        if sentence.contains("pic.twitter.com/") { return true }
        // "(@handle)" after the author's name.
        guard let at = sentence.range(of: "(@") else { return false }
        let handle = sentence[at.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return !handle.isEmpty && sentence[at.upperBound...].dropFirst(handle.count).first == ")"
    }

    /// What a party's own words say of the claim: "untrue", "no truth to it", "not
    /// negotiating" deny; "we confirm" supports.
    static func quotedStance(_ t: [WordToken]) -> Stance? {
        let words = t.filter(\.isWordOrNumber).map(\.lower)
        for (i, w) in words.enumerated() {
            if ClaimLexicon.falsity.contains(w) { return .denies }
            if ClaimLexicon.negatableFacts.contains(w), words[max(0, i - 3)..<i].contains(where: ClaimLexicon.negators.contains) {
                return .denies
            }
        }
        for (i, w) in words.enumerated() where ClaimLexicon.confirmations.contains(w) {
            if !words[max(0, i - 3)..<i].contains(where: ClaimLexicon.negators.contains) { return .supports }
        }
        return nil
    }

    /// "Ford rejected the claim", "Xiaomi also dismissed any plans", "both companies
    /// denied it", "has been rubbished by both parties", "Ford confirmed the talks".
    static func reportedStances(_ t: [WordToken], parties: Parties, claimParties: [Int], claimWords: Set<String>)
        -> [(Int, Stance)]
    {
        var out: [(Int, Stance)] = []
        let quoted = insideQuotationMarks(t)
        // Words in quotation marks are someone's words or a headline ("Nasa Confirms ..."),
        // not the party on record; a party's own quotations are read above.
        for (i, tok) in t.enumerated() where tok.isWordOrNumber && !quoted[i] {
            let stance: Stance
            if ClaimLexicon.denials.contains(tok.lower) || isDenialPhrase(t, i) {
                stance = .denies
            } else if ClaimLexicon.confirmations.contains(tok.lower) {
                stance = .supports
            } else {
                continue
            }
            let before = t[max(0, i - 4)..<i].filter(\.isWordOrNumber).map(\.lower)
            if before.contains(where: ClaimLexicon.negators.contains) { continue }
            // Subject: the clause before the verb; for a passive ("denied by"), after it.
            var clauseStart = i
            while clauseStart > 0, ![".", ";", "\u{201C}", "\""].contains(t[clauseStart - 1].text),
                !["but", "however", "while", "whereas", "although"].contains(t[clauseStart - 1].lower)
            {
                clauseStart -= 1
            }
            var subject = headOfSubject(Array(t[clauseStart..<i]))
            if i + 1 < t.count, t[i + 1].lower == "by" {
                subject = Array(t[(i + 1)..<min(t.count, i + 6)])
            }
            // The object: a report, a pronoun, or the claim's own words. Whoever rejects the
            // claim's own words ("dismissed reports that the manager will be sacked") is a
            // party to it, even when the claim does not name them.
            let object = t[(i + 1)..<min(t.count, i + 14)]
            let objectWords = Set(object.filter(\.isWordOrNumber).map { ClaimWords.stem($0.lower) })
            let restated = objectWords.intersection(claimWords).count >= 2
            var who = parties.mentioned(in: subject).filter { restated || claimParties.contains($0) }
            let subjectWords = subject.map(\.lower)
            // "Both companies" are the claim's two principals: its most widely named parties.
            if who.isEmpty, claimParties.count >= 2,
                subjectWords.contains(where: ClaimLexicon.bothWords.contains),
                subjectWords.contains(where: ClaimLexicon.partyNouns.contains)
            {
                who = Array(claimParties.prefix(2))
            }
            guard !who.isEmpty else { continue }
            let aboutClaim =
                object.contains { ClaimLexicon.claimNouns.contains($0.lower) || ["it", "them", "this", "that"].contains($0.lower) }
                || !objectWords.intersection(claimWords).isEmpty || t.count < i + 3 || stance == .denies && i + 1 < t.count && t[i + 1].lower == "by"
                || ClaimLexicon.denials.contains(tok.lower) && tok.lower.hasPrefix("denial")
            guard aboutClaim else { continue }
            for p in who where !out.contains(where: { $0.0 == p }) { out.append((p, stance)) }
        }
        return out
    }

    static func isDenialPhrase(_ t: [WordToken], _ i: Int) -> Bool {
        guard let (_, next) = ClaimLexicon.denialPhrases.first(where: { $0.0 == t[i].lower }) else { return false }
        return next.isEmpty || (i + 1 < t.count && next.contains(t[i + 1].lower))
    }
}
