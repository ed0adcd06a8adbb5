import HearsayModel
import HearsayText

/// The quote ledger of a story: every quotation with its speaker resolved across the
/// story's articles, the people and organisations with their roles, and the sources the
/// articles cite. See docs/ARCHITECTURE.md, "Quotes".
public struct QuoteStage: AnalysisStage {
    public init() {}

    public func run(_ draft: inout StoryDraft) {
        var articles = draft.articles.indices.map { ArticleQuotes(id: draft.articles[$0].id, document: draft.documents[$0]) }
        ArticleQuotes.unglueAcross(&articles)
        let index = EntityIndex(articles)
        let prefixes = QuoteStage.idPrefixes(articles.map(\.id))
        var quotes: [Quote] = []
        // "Tessbury city council" in one article names the body another calls "the council".
        let bodyNames = articles.map { $0.bodyNames() }
        let namedAlone = articles.map { $0.bodiesNamedAlone() }
        var bodies: [String: String] = [:]
        for (a, article) in articles.enumerated() {
            for m in article.mentions.indices where article.mentions[m].kind != .person {
                let name = index.name(of: EntityIndex.Key(article: a, mention: m))
                if bodies[name] == nil, let body = article.bodyNoun(of: m, bodyNames[a]) { bodies[name] = body }
            }
        }
        let documents = DocumentSources.citations(draft.articles, articles.map(\.text))
        let people = index.people
        for (a, article) in articles.enumerated() {
            let documentSpoken = DocumentSpeakers.speakers(article, articleID: article.id, documents: documents)
            for (k, f) in article.quotes.enumerated() {
                var speaker: String? = nil
                var role = f.voiceRole
                switch f.speaker {
                case .entity(let m):
                    let key = EntityIndex.Key(article: a, mention: m)
                    speaker = index.name(of: key)
                    if let name = speaker, let body = article.bodyNoun(of: m, bodyNames[a]) ?? bodies[name],
                        let noun = body.split(separator: " ").last, namedAlone[a].contains(String(noun)),
                        !name.lowercased().split(separator: " ").contains(noun)
                    {
                        speaker = name + " " + body
                    }
                    if role == nil { role = index.role(of: key) }
                case .entities(let ms):
                    speaker = ms.map { index.name(of: EntityIndex.Key(article: a, mention: $0)) }.joined(separator: " and ")
                case .described(let d):
                    speaker = QuoteStage.roleHolder(d, in: people, article: article.id) ?? d
                case nil:
                    break
                }
                if let paper = documentSpoken[k] {
                    speaker = paper
                    role = nil
                }
                quotes.append(article.quote(f, id: "\(prefixes[a])-\(k + 1)", speaker: speaker, role: role, venue: QuoteStage.venue(f, a, index)))
            }
        }
        QuoteStage.markDisputed(&quotes, articles, index, prefixes)
        draft.story.quotes = quotes
        draft.story.people = QuoteStage.withWriters(index.people, of: draft.articles)
        draft.story.organisations = index.organisations
        draft.story.citations = QuoteStage.citations(
            articles, index, speakers: Set(quotes.compactMap(\.speaker)), outlets: draft.articles.map(\.outlet))
            + documents + UnnamedSources.citations(draft.articles, draft.documents)
    }

    /// "the council leader told us there was “no plan”" in an article that names "Cllr Pryce"
    /// only later: a definite description of a role is the one person of the story whose stated
    /// role has all its words ("Council leader Martin Pryce", "leader of the council"), when
    /// this article names that person too. Voices and sources stay described.
    static func roleHolder(_ description: String, in people: [Person], article: String) -> String? {
        let words = description.lowercased().split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= 4, words[0] == "the", let head = words.last,
            Lexicon.roleWords.contains(head) || Lexicon.titles.contains(head),
            // "the insider" is anyone; "the chief executive" a post.
            !Lexicon.voiceRoles.contains(head), !Lexicon.sourceNouns.contains(head) || words.count > 2 && Lexicon.titles.contains(words[words.count - 2]),
            description.dropFirst(4).allSatisfy({ !$0.isUppercase })
        else { return nil }
        let wanted = Array(words.dropFirst())
        // The role as written ("Council leader") or turned round its head ("leader of the
        // city council", the noun phrase after "of"); "Deputy council leader" is another role.
        func holds(_ role: String) -> Bool {
            let r = role.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
            if let i = r.indices.first(where: { r[$0...].starts(with: wanted) }) {
                return !r[..<i].contains { Lexicon.roleModifiers.contains($0) }
            }
            guard r.count > 2, r[0] == head, r[1] == "of" else { return false }
            let object = r[2...].prefix { !Lexicon.prepositions.contains($0) }
            return Set(wanted.dropLast()).isSubset(of: Set(object))
        }
        let holders = people.filter { $0.roles.contains(where: holds) }
        guard holders.count == 1, let holder = holders.first, holder.articles.contains(article) else { return nil }
        return holder.name
    }

    /// Flags `disputed` the quotes whose attribution a sentence of the story denies, and the
    /// other articles' versions of the same statement (the comparison's quote grouping).
    static func markDisputed(_ quotes: inout [Quote], _ articles: [ArticleQuotes], _ index: EntityIndex, _ prefixes: [String]) {
        var denials: [(article: Int, target: String, denial: Denial, inSentence: Set<String>)] = []
        for (a, article) in articles.enumerated() {
            let w = article.text.words
            for d in article.denials {
                let from = w[d.words.lowerBound].start, to = w[d.words.upperBound - 1].end
                var inside = Set<String>()
                for (k, f) in article.quotes.enumerated() where f.span.content.lowerBound < to && f.span.content.upperBound > from {
                    inside.insert("\(prefixes[a])-\(k + 1)")
                }
                let target = index.name(of: EntityIndex.Key(article: a, mention: d.target))
                // "“The quotes attributed to her are invented,” Roe said": who denies is not whom.
                if quotes.contains(where: { inside.contains($0.id) && $0.speaker == target && Disputes.denies($0.text) }) { continue }
                denials.append((a, target, d, inside))
            }
        }
        guard !denials.isEmpty else { return }
        // `quotes` holds each article's found quotes in order, article after article.
        let articleOf = articles.indices.flatMap { a in Array(repeating: a, count: articles[a].quotes.count) }
        let all = quotes
        let paragraphOf = articles.flatMap { $0.quotes.map(\.span.paragraph) }
        let groups = QuoteGrouper.group(all, speakers: SpeakerMatcher(people: index.people, quotes: all, roles: [])).groups.map { Set($0.quotes) }
        Disputes.mark(&quotes, articleOf: articleOf, paragraphOf: paragraphOf, denials: denials) { flagged in
            groups.filter { !$0.isDisjoint(with: flagged) }.reduce(into: Set<String>()) { $0.formUnion($1) }
        }
    }

    /// The people with the writers whose byline carries a desk title ("By Jo Roe, Health
    /// Correspondent"): who reported what, and from which desk, is part of the coverage. A
    /// writer the text also names is the same person; a byline without a title adds no one.
    static func withWriters(_ people: [Person], of articles: [Article]) -> [Person] {
        var people = people
        for article in articles {
            guard let name = article.byline, let role = article.bylineRole else { continue }
            let key = name.lowercased()
            if let i = people.firstIndex(where: { $0.name.lowercased() == key || $0.aliases.contains { $0.lowercased() == key } }) {
                if !people[i].roles.contains(where: { $0.lowercased() == role.lowercased() }) { people[i].roles.append(role) }
                if !people[i].articles.contains(article.id) { people[i].articles.append(article.id) }
            } else {
                people.append(Person(name: name, roles: [role], articles: [article.id]))
            }
        }
        return people
    }

    /// A venue that opens with a name, under the name the story gives it ("told the Post" in
    /// a story that also names the "Daily Post").
    static func venue(_ f: FoundQuote, _ a: Int, _ index: EntityIndex) -> String? {
        guard let v = f.attribution?.venue else { return nil }
        guard let m = v.mention else { return v.text }
        let key = EntityIndex.Key(article: a, mention: m)
        let local = index.mention(key).name
        guard v.text.hasPrefix(local) else { return v.text }
        return index.name(of: key) + v.text.dropFirst(local.count)
    }

    /// The quotations of one article, with speakers named as that article names them (a
    /// story resolves names across its articles; this does not).
    public static func quotes(in article: Article, document: TextDocument? = nil) -> [Quote] {
        let analysis = ArticleQuotes(id: article.id, document: document ?? TextDocument(article.body))
        return analysis.contractQuotes(idPrefix: idPrefixes([article.id])[0])
    }

    /// "q" and the first eight characters of the article id, or the whole id where two
    /// articles of the story share those eight.
    static func idPrefixes(_ ids: [String]) -> [String] {
        var counts: [Substring: Int] = [:]
        for id in ids { counts[id.prefix(8), default: 0] += 1 }
        return ids.map { id in "q" + (counts[id.prefix(8)]! > 1 ? Substring(id) : id.prefix(8)) }
    }

    /// The outlet's own name, or a part of it ("Terrace Talk" in "The Terrace Talk blog").
    static func isOwnName(_ outlet: String, _ cited: String) -> Bool {
        if sameSource(outlet, cited) { return true }
        let words = Set(outlet.lowercased().split(separator: " "))
        let citedWords = cited.lowercased().split(separator: " ").filter { $0 != "the" }
        return !citedWords.isEmpty && citedWords.allSatisfy(words.contains)
    }

    /// Names equal but for case, a leading "the" and a web address's ending ("Snopes" and
    /// "snopes.com", "The Courier" and "Courier").
    static func sameSource(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> Substring {
            var l = s.lowercased()
            if l.hasPrefix("the ") { l.removeFirst(4) }
            guard let dot = l.lastIndex(of: "."), !l[l.index(after: dot)...].contains(" "),
                CitationFinder.topLevelDomains.contains(String(l[l.index(after: dot)...]))
            else { return Substring(l) }
            var base = l[..<dot]
            // "example.co.uk"
            while let d = base.lastIndex(of: "."), CitationFinder.topLevelDomains.contains(String(base[base.index(after: d)...])) { base = base[..<d] }
            return base
        }
        return key(a) == key(b)
    }

    /// Citations merged across articles by name. A weak one ("according to X") is kept only
    /// when X is neither a person nor a speaker of the story, or when the story cites X
    /// elsewhere; a tentative one only then. An outlet naming itself ("told the Courier" in
    /// the Courier) cites nobody.
    static func citations(_ articles: [ArticleQuotes], _ index: EntityIndex, speakers: Set<String>, outlets: [String?]) -> [Citation] {
        var out: [Citation] = []
        var doubtful: [(article: String, name: String, evidence: Evidence)] = []
        func record(_ name: String, _ article: String, _ evidence: Evidence, kind: Citation.Kind = .outlet) {
            if let i = out.firstIndex(where: { sameSource($0.source, name) }) {
                if !out[i].articles.contains(article) { out[i].articles.append(article) }
                if !out[i].evidence.contains(evidence) { out[i].evidence.append(evidence) }
                // A name some article cites as an outlet is one, wherever else it is a body.
                if kind == .outlet { out[i].kind = .outlet }
            } else {
                out.append(Citation(source: name, articles: [article], evidence: [evidence], kind: kind))
            }
        }
        for (a, article) in articles.enumerated() {
            for c in article.citations {
                let entity = c.mention.flatMap { index.entity(of: EntityIndex.Key(article: a, mention: $0)) }
                // "the radio station Onda Azul" is an outlet, though its name reads as a person's.
                if entity?.kind == .person && !c.described { continue }
                let name = entity?.name ?? c.name
                if let own = outlets[a], isOwnName(own, name) || isOwnName(own, c.name) { continue }
                let evidence = Evidence(article: article.id, span: TextSpan(c.span))
                // A body the figures come from is cited though it also speaks in the story.
                if c.body {
                    record(name, article.id, evidence, kind: .body)
                    continue
                }
                // "The Times had reported that Roe was “furious”": an outlet stays a source.
                let speaks = c.strength == .weak && speakers.contains(name) && c.mention.map { !CitationFinder.looksLikeOutlet(article.mentions[$0]) } == true
                if c.strength == .tentative || speaks {
                    doubtful.append((article.id, name, evidence))
                    continue
                }
                record(name, article.id, evidence)
            }
        }
        for d in doubtful where out.contains(where: { sameSource($0.source, d.name) }) { record(d.name, d.article, d.evidence) }
        return out
    }
}
