import HearsayText

extension ClaimCandidates {
    /// The story's own terms for its news: words every article uses somewhere and at least
    /// half the articles put in their lead (headline and first two sentences,
    /// `leads`). Coverage of one story converges on a few words, its subject's name and
    /// the noun for what happened ("levy", "curfew", "closure"), whatever each outlet's
    /// headline calls it; readers search by those words. Keyed by a word's first four
    /// letters, as `ClaimWords.related` matches "close" and "closure". Verdicts and words
    /// for the report itself ("hoax", "report", "said") judge or attribute the news, so
    /// they are left out. Three articles at least, or no word stands out.
    static func storyTerms(leads: [Set<String>], texts: [String]) -> Set<String> {
        guard leads.count == texts.count else { return [] }
        let everywhere = texts.reduce(Set<String>?.none) { kept, text in
            let keys = Set(ClaimWords.content(text).map(termKey))
            return kept.map { $0.intersection(keys) } ?? keys
        } ?? []
        return Set(leadWords(leads).map(termKey)).intersection(everywhere)
    }

    /// The words (stems) at least half the articles lead with, three articles at least,
    /// less those that judge or attribute the news.
    static func leadWords(_ leads: [Set<String>]) -> Set<String> {
        guard leads.count >= 3 else { return [] }
        let judging = Set((ClaimLexicon.verdicts.union(ClaimLexicon.claimNouns).union(ClaimLexicon.speechVerbs)
            .union(ClaimLexicon.attributingVerbs).union(ClaimLexicon.plainFalsity)).map { termKey(ClaimWords.stem($0)) })
        var counts: [String: Int] = [:]
        for lead in leads { for w in lead { counts[w, default: 0] += 1 } }
        return Set(counts.filter { $0.value * 2 >= leads.count && !judging.contains(termKey($0.key)) }.keys)
    }

    static func termKey(_ stem: String) -> String { String(stem.prefix(4)) }

    static func termSet(_ c: ClaimCandidate, _ terms: Set<String>) -> Set<String> {
        Set(c.content.map(termKey)).intersection(terms)
    }

    /// The core claim in the story's terms (`storyTerms`): a wording that tells the news in
    /// one outlet's phrase ("plan to scrap TV licence", "could shut its doors") gives way to
    /// a headline or lede of the same claim that uses more of the words the whole coverage
    /// uses ("replace the licence fee with a household levy", "set to close"). The
    /// replacement must be the rumour as reported in an outlet's own words: not a party's
    /// answer on record, a negation or debunking, a teaser, a question, a sentence about
    /// the report or one written out from a pronoun. Of several, the one in most terms,
    /// then the best agreed with the others.
    static func inStoryTerms(_ claimed: Claimed, _ w: ClaimCandidate, terms: Set<String>, leading: Set<String>, ledes: [ClaimCandidate] = []) -> ClaimCandidate {
        guard !terms.isEmpty, w.headline, !asks(w.text) else { return w }
        let own = termSet(w, terms), led = w.content.filter { leading.contains($0) || terms.contains(termKey($0)) }
        let ownLedes = ledes.filter { $0.article == w.article }
        // The replacement says more in the story's words and drops none of the wording's:
        // not a word the leads share, in the same form (a search for "settle" misses
        // "settling"), nor a party it names.
        let fit = (claimed.members + ownLedes).filter { c in
            (c.headline || c.inLede) && !c.onRecord && !c.negated && !c.teases && !c.namesTheReport && !c.rewritten
                && !asks(c.text) && !debunks(ClaimWords.tokens(c.text)) && termSet(c, terms).isStrictSuperset(of: own)
                && c.content.isSuperset(of: led) && Set(w.parties).isSubset(of: c.parties)
        }
        let rank = { (c: ClaimCandidate) in (termSet(c, terms).count, score(c, claimed.members)) }
        return fit.max { rank($0) < rank($1) } ?? w
    }

    /// The story's subject: the one party every article names that the most leads name
    /// (headline and first two sentences), strictly more than any other: the book said
    /// stolen, the drug said to work, the club said sold. Nil when two tie.
    static func subject(_ parties: Parties, everywhere: Set<Int>, leads: [[WordToken]]) -> Int? {
        let counts = everywhere.map { p in (p, leads.count { parties.mentioned(in: $0).contains(p) }) }.sorted { $0.1 > $1.1 }
        guard let top = counts.first, top.1 * 2 > leads.count, counts.dropFirst().first.map({ $0.1 < top.1 }) ?? true else { return nil }
        return top.0
    }

    /// The core claim's wording with the story's subject named (below), the subject read
    /// from every article's headline and first two sentences.
    static func namingStorySubject(_ claimed: Claimed, _ draft: StoryDraft, parties: Parties, terms: Set<String>) -> ClaimCandidate {
        let everywhere = parties.textTokens.reduce(Set(parties.entities.indices)) { $0.intersection(parties.mentioned(in: $1)) }
        let leadTokens = draft.documents.indices.map { a in
            let doc = draft.documents[a]
            let ledeSentences = doc.sentences.dropFirst(furniture(doc)).prefix(2).flatMap { ClaimWords.tokens(doc, $0.range) }
            return ClaimWords.tokens(draft.articles[a].title) + ledeSentences
        }
        let found = subject(parties, everywhere: everywhere, leads: leadTokens)
        let w = claimed.wording
        let namedInItsLead = found.map { s in leadTokens.indices.contains(w.article) && parties.mentioned(in: leadTokens[w.article]).contains(s) } ?? false
        return namingStorySubject(claimed, w, subject: found, terms: terms, namedInItsLead: namedInItsLead)
    }

    /// The core claim names the story's subject (`subject`): a wording that tells of it by a
    /// description ("one of the most valuable books in the north", "the aquarium's star")
    /// gives way to a headline or lede of the same claim that names it as every outlet
    /// does, says at least as much in the story's terms and shares a third of the
    /// wording's words, the rumour as reported in an outlet's own words (not on record,
    /// negated, debunking, a teaser, about the report or written out from a pronoun).
    /// Readers search for the name, and the coverage's later articles use it throughout.
    /// `namedInItsLead`: the wording's own article names the subject in its lead, so the
    /// wording's description stands for that name ("One of the most valuable books ... The
    /// Tressan Hours, ..."); a subject its lead leaves out is no part of what it tells.
    static func namingStorySubject(_ claimed: Claimed, _ w: ClaimCandidate, subject: Int?, terms: Set<String>, namedInItsLead: Bool = true) -> ClaimCandidate {
        guard let subject, namedInItsLead, !w.headline, !w.parties.contains(subject), !terms.isEmpty else { return w }
        let told = toldWords(w.text), own = termSet(w, terms).count
        let fit = claimed.members.filter { c in
            (c.headline || c.inLede) && c.parties.contains(subject) && !c.onRecord && !c.negated && !c.teases && !c.namesTheReport
                && !c.rewritten && !asks(c.text) && !debunks(ClaimWords.tokens(c.text))
                && (termSet(c, terms).count > own && ClaimWords.related(Array(told), c.content) >= 2
                    || termSet(c, terms).count >= own && ClaimWords.related(Array(told), c.content) * 3 >= told.count)
        }
        let rank = { (c: ClaimCandidate) in (termSet(c, terms).count, score(c, claimed.members)) }
        return fit.max { rank($0) < rank($1) } ?? w
    }

    /// The statements of an article's lede (its first two sentences of prose), whether or
    /// not they name a party: the clause a sentence attributes, else the sentence without a
    /// closing attribution. A headline's own lede tells the same news at length, in the
    /// words the story uses, though it may describe the party ("the national regulator")
    /// that the other articles name, so `find` (which keeps only clauses naming a party)
    /// may have none of it.
    static func ledeStatements(_ draft: StoryDraft, article a: Int, parties: Parties, quoted: [Range<Int>]) -> [ClaimCandidate] {
        guard draft.documents.indices.contains(a) else { return [] }
        let doc = draft.documents[a]
        let first = furniture(doc)
        return (first..<min(first + 2, doc.sentences.count)).compactMap { s in
            let tokens = ClaimWords.tokens(doc, doc.sentences[s].range)
            let attributed = clause(tokens)
            if let r = attributed, isQuotation(tokens, r) { return nil }
            let words = attributed.map { Array(tokens[$0]) } ?? statement(in: tokens)
            guard let head = words.first, let tail = words.last, words.count(where: \.isWordOrNumber) >= 5,
                !quoted.contains(where: { $0.overlaps(head.range.lowerBound..<tail.range.upperBound) }),
                !ClaimLexicon.subjectPronouns.contains(head.lower), !ClaimLexicon.possessivePronouns.contains(head.lower),
                !["we", "i", "you", "this", "that"].contains(head.lower), !lacksASubject(words), !vouches(words)
            else { return nil }
            let text = normalised(doc, words)
            var c = ClaimCandidate(article: a, sentence: s, text: text, content: ClaimWords.content(text), parties: parties.mentioned(in: words))
            c.furniture = first
            if let r = attributed {
                // "According to a notice seen by the Post" passes on a paper's account; only
                // someone saying it ("X said on Monday that") puts it on record.
                let around = (tokens[..<r.lowerBound] + tokens[r.upperBound...]).map(\.lower)
                c.onRecord = isOnRecord(tokens, r, outlets: parties.outlets)
                    && around.contains { ClaimLexicon.speechVerbs.contains($0) || ClaimLexicon.admissionVerbs.contains($0) || $0 == "announced" }
                c.sourced = isSourced(tokens, r, outlets: parties.outlets, doc)
            }
            return c
        }
    }
}
