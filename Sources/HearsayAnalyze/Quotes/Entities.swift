import HearsayModel

/// The people and organisations of a whole story: every article's names grouped into
/// entities, so that "Roe" in one article is the "Jane P. Roe" of another, and "Acme" is the
/// "Acme Motor Company" named elsewhere.
struct EntityIndex: Sendable {
    struct Key: Hashable, Sendable {
        var article: Int
        var mention: Int
    }

    struct Entity: Sendable {
        var kind: EntityKind
        var name: String
        var tokens: [String]
        var members: [Key] = []
    }

    private(set) var entities: [Entity] = []
    private var byMention: [Key: Int] = [:]
    /// Each entity's first role in each article (`Key.mention` holds the entity), read once
    /// the entities are settled: a long article names one person thousands of times.
    private var firstRoles: [Key: String] = [:]
    private let articles: [ArticleQuotes]

    init(_ articles: [ArticleQuotes]) {
        self.articles = articles
        let speakers = EntityIndex.speakerMentions(articles)
        var people: [Key] = []
        var single: [Key] = []
        var organisations: [Key] = []
        var unknown: [Key] = []
        for (a, article) in articles.enumerated() {
            for (m, mention) in article.mentions.enumerated() {
                let key = Key(article: a, mention: m)
                switch mention.kind {
                case .person: if mention.tokens.count >= 2 { people.append(key) } else { single.append(key) }
                case .organisation: organisations.append(key)
                case .unknown: unknown.append(key)
                }
            }
        }
        // Full names first, so that a surname alone can join the person it belongs to.
        for key in people { addPerson(key) }
        for key in single { addPerson(key) }
        for key in organisations { addOrganisation(key) }
        // A single name that speaks and is nobody's surname is an organisation ("Acme said");
        // its other mentions join it below.
        for key in unknown where speakers.contains(key) {
            let m = mention(key)
            guard m.tokens.count == 1 && !hasPerson(surname: m.tokens[0]) else { continue }
            // "his brother, Tomasz Wierzba ... Tomasz said": the given name of the one person
            // of this article whose full name opens with it.
            let given = entities.indices.filter { e in
                entities[e].kind == .person && entities[e].tokens.count >= 2 && entities[e].tokens[0] == m.tokens[0]
                    && entities[e].members.contains { $0.article == key.article }
            }
            if given.count == 1 {
                join(key, given[0])
                continue
            }
            // "Jo Roe runs the office. ... Roe said": the full name it is the surname of.
            let full = unknown.filter { mention($0).tokens.count >= 2 && mention($0).tokens.last == m.tokens[0] }
            // "according to the Echo" after "the Corlington Echo reported": a title's head word,
            // no surname.
            let head = Lexicon.mediaSuffixes.contains(m.tokens[0]) || Lexicon.organisationSuffixes.contains(m.tokens[0])
            if full.isEmpty || head {
                for f in full where head { addOrganisation(f) }
                addOrganisation(key)
            } else {
                for f in full { addPerson(f) }
            }
        }
        for key in unknown where byMention[key] == nil {
            let m = mention(key)
            if m.tokens.count >= 2 {
                if personMatch(key) != nil { addPerson(key) }
            } else if let e = organisation(m.tokens), speakers.contains(key) || !hasPerson(surname: m.tokens[0]) {
                join(key, e)
            } else if let e = personMatch(key) {
                join(key, e)
            }
        }
        var unclassified: [[String]: Int] = [:]
        for key in unknown where byMention[key] == nil { addUnclassified(key, &unclassified) }
        joinShortNames()
        nameHandles()
        for (e, entity) in entities.enumerated() {
            for key in entity.members {
                let slot = Key(article: key.article, mention: e)
                if firstRoles[slot] == nil, let role = mention(key).roles.first?.role { firstRoles[slot] = role }
            }
        }
    }

    /// "@meteomatt": an account the story writes with its handle's sign somewhere is named
    /// with it, as the articles name it; the bare word could be anyone's name or a brand.
    mutating func nameHandles() {
        for e in entities.indices where entities[e].tokens.count == 1 && !entities[e].name.hasPrefix("@") {
            let handle = entities[e].members.contains { key in
                let w = articles[key.article].text.words
                let k = mention(key).words.lowerBound
                return k > 0 && w[k - 1].lower == "@" && w[k - 1].end == w[k].start
            }
            if handle { entities[e].name = "@" + entities[e].name }
        }
    }

    /// A name the grammar could not classify (a paper only ever "told", a place) is still one
    /// entity under its fullest name, so that its short forms can join it; it is listed
    /// neither as a person nor as an organisation.
    mutating func addUnclassified(_ key: Key, _ seen: inout [[String]: Int]) {
        let tokens = mention(key).tokens
        if let e = seen[tokens] {
            join(key, e)
        } else {
            entities.append(Entity(kind: .unknown, name: mention(key).name, tokens: tokens))
            seen[tokens] = entities.count - 1
            join(key, entities.count - 1)
        }
    }

    /// "the Chronicle" is the "Evening Chronicle" named elsewhere in the story: a name that is
    /// the last words of exactly one longer name that is no person's joins it; an
    /// organisation's name that opens exactly one longer organisation's name ("Acme" and
    /// "Acme Air") joins that. A short name that two longer ones share stays apart, and so do
    /// a name and a longer one that runs another name into it (`qualifies`) or that opens a
    /// longer name the story rarely writes (`extends`).
    mutating func joinShortNames() {
        let order = entities.indices.filter { entities[$0].kind != .person }.sorted { entities[$0].tokens.count < entities[$1].tokens.count }
        // Longer names by their last word and by their first: the only ones a name can join.
        var byEdge: [String: [Int]] = [:]
        for f in order where entities[f].tokens.count >= 2 {
            byEdge[entities[f].tokens.last!, default: []].append(f)
            if entities[f].tokens.first! != entities[f].tokens.last! { byEdge[entities[f].tokens.first!, default: []].append(f) }
        }
        var merged = Set<Int>()
        for e in order {
            let short = entities[e].tokens
            guard let first = short.first, let last = short.last else { continue }
            let pool = Set((byEdge[last] ?? []) + (byEdge[first] ?? []))
            let longer = pool.sorted().filter { f in
                guard f != e, !merged.contains(f), entities[f].tokens.count > short.count else { return false }
                // A person the grammar missed ("Henry Ford", with "he") takes no organisation.
                return !(entities[e].kind == .organisation && entities[f].kind == .unknown
                    && entities[f].members.contains(where: { mention($0).gender != nil || !mention($0).roles.isEmpty }))
            }
            // The head (last words) first: "Rovers" is "Harbourside Rovers" before it is
            // "Rovers Together".
            let heads = longer.filter { Array(entities[$0].tokens.suffix(short.count)) == short }
            let openings = longer.filter { f in
                entities[e].kind == .organisation && entities[f].kind == .organisation && Array(entities[f].tokens.prefix(short.count)) == short
            }
            let candidates = heads.isEmpty ? openings : heads
            guard candidates.count == 1, let f = candidates.first, heads.isEmpty ? extends(f, e) : qualifies(f, e) else { continue }
            for key in entities[e].members { join(key, f) }
            entities[e].members = []
            if entities[e].kind == .organisation { entities[f].kind = .organisation }
            merged.insert(e)
        }
        entities = entities.enumerated().map { i, entity in
            var entity = entity
            if merged.contains(i) { entity.kind = .unknown }
            return entity
        }
    }

    /// Whether the longer name `f` ends with the short name `e` as a full name ends with its
    /// usual short form: an organisation's name ending in its head noun ("Washington Post",
    /// "UK Foreign Office"), or words in front that qualify the name ("Evening" of "Evening
    /// Chronicle"), as against a name of their own run into it ("Norway" of "Norway Acme",
    /// from "a trip to Norway Acme's chief made") or a phrase that governs it ("News of Acme"):
    /// not a name the story writes alone, and not ending in a function word.
    func qualifies(_ f: Int, _ e: Int) -> Bool {
        if let head = entities[f].tokens.last, Lexicon.organisationSuffixes.contains(head) || Lexicon.mediaSuffixes.contains(head) { return true }
        let extra = Array(entities[f].tokens.dropLast(entities[e].tokens.count))
        // "ABC News" of "ABC News Acme" (from "told ABC News Acme's claim was ...") is an outlet's name.
        guard let last = extra.last, !Lexicon.functionWords.contains(last), !Lexicon.prepositions.contains(last),
            !Lexicon.mediaSuffixes.contains(last)
        else { return false }
        return !articles.contains { $0.mentions.contains { $0.tokens == extra } }
    }

    /// Whether the longer name `f` that opens with the short name `e` names the same thing:
    /// the short name with an organisation's suffix ("Acme News", "Acme Bank"), or a name the
    /// story writes in at least half the articles that write the short one. Journalism names
    /// a thing in full and then shortens it; a longer name found once in a story that writes
    /// the short one throughout ("the Acme Fire TV Stick", "the Acme Press Team") is a product
    /// or a part of it.
    func extends(_ f: Int, _ e: Int) -> Bool {
        let extra = entities[f].tokens.dropFirst(entities[e].tokens.count)
        if !extra.isEmpty && extra.allSatisfy({ Lexicon.organisationSuffixes.contains($0) || Lexicon.mediaSuffixes.contains($0) }) {
            // "Tessbury" of "Tessbury council" is the town, not its paper the "Tessbury Courier".
            return !(extra.allSatisfy { Lexicon.mediaSuffixes.contains($0) } && namesABody(entities[e].tokens))
        }
        func writing(_ tokens: [String]) -> Int { articles.count { $0.mentions.contains { $0.tokens == tokens } } }
        return writing(entities[f].tokens) * 2 >= writing(entities[e].tokens)
    }

    /// Whether some article writes the name before a lower-case noun for a body that is no
    /// outlet, a word between ("Tessbury council", "Tessbury city council", "Tessbury police").
    func namesABody(_ tokens: [String]) -> Bool {
        articles.contains { article in
            let w = article.text.words
            return article.mentions.contains { m in
                guard m.tokens == tokens, !m.possessive else { return false }
                return (m.words.upperBound..<min(m.words.upperBound + 2, w.count)).contains { k in
                    w[k].kind == .word && !w[k].capitalised && w[k].sentence == w[m.words.lowerBound].sentence
                        && w[k].tags.contains(.organisationNoun) && !ArticleQuotes.outletNouns.contains(w[k].lower)
                        && (k == m.words.upperBound || w[k - 1].kind == .word && !w[k - 1].capitalised)
                }
            }
        }
    }

    func mention(_ key: Key) -> Mention { articles[key.article].mentions[key.mention] }

    func entity(of key: Key) -> Entity? { byMention[key].map { entities[$0] } }

    /// The name the story gives a mention: its entity's fullest name, or the mention as written.
    func name(of key: Key) -> String {
        entity(of: key)?.name ?? mention(key).name
    }

    static func speakerMentions(_ articles: [ArticleQuotes]) -> Set<Key> {
        var out = Set<Key>()
        for (a, article) in articles.enumerated() {
            for q in article.quotes {
                switch q.speaker {
                case .entity(let m): out.insert(Key(article: a, mention: m))
                case .entities(let ms): for m in ms { out.insert(Key(article: a, mention: m)) }
                default: break
                }
            }
        }
        return out
    }

    // MARK: - People

    func hasPerson(surname: String) -> Bool {
        entities.contains { $0.kind == .person && $0.tokens.last == surname }
    }

    /// The person a name belongs to: same surname and a compatible given name ("Jim" and
    /// "J."); a surname alone goes to the one person with it, or, when several share it, to
    /// the one this article names, else the most mentioned.
    func personMatch(_ key: Key) -> Int? {
        let m = mention(key)
        guard let surname = m.tokens.last else { return nil }
        if m.givenOnly {
            let named = entities.indices.filter { entities[$0].kind == .person && entities[$0].tokens.count >= 2 && entities[$0].tokens[0] == surname }
            return named.count == 1 ? named[0] : nil
        }
        let candidates = entities.indices.filter { entities[$0].kind == .person && entities[$0].tokens.last == surname }
        if m.tokens.count >= 2 {
            let given = m.tokens[0]
            if Lexicon.placePrefixes.contains(given) { return nil }
            return candidates.first { i in
                let other = entities[i].tokens
                return other.count == 1 || other[0] == given || other[0].first == given.first && (other[0].count == 1 || given.count == 1)
            }
        }
        if candidates.count <= 1 { return candidates.first }
        // "Miss Roe" is the woman of the two Roes.
        if let g = m.gender {
            let genders = candidates.map { i in Set(entities[i].members.compactMap { mention($0).gender }) }
            let same = candidates.indices.filter { genders[$0] == [g] }
            if same.count == 1 { return candidates[same[0]] }
            let open = candidates.indices.filter { !genders[$0].contains { $0 != g } }
            if open.count == 1 { return candidates[open[0]] }
        }
        // "Fidel Castro ... his brother, Raúl Castro ... Mr. Castro said": of the Castros this
        // article names, a surname alone is the one it named first, as papers use it.
        let firstNamed = candidates.compactMap { i -> (Int, Int)? in
            let starts = entities[i].members.filter { $0.article == key.article && mention($0).tokens.count >= 2 }.map { mention($0).words.lowerBound }
            return starts.min().map { (i, $0) }
        }
        if let local = firstNamed.min(by: { $0.1 < $1.1 }) { return local.0 }
        if let local = candidates.first(where: { i in entities[i].members.contains { $0.article == key.article } }) {
            return local
        }
        return candidates.max { entities[$0].members.count < entities[$1].members.count }
    }

    mutating func addPerson(_ key: Key) {
        let m = mention(key)
        if let e = personMatch(key) {
            join(key, e)
            if m.tokens.count > entities[e].tokens.count {
                entities[e].tokens = m.tokens
                entities[e].name = m.name
            }
            return
        }
        entities.append(Entity(kind: .person, name: m.name, tokens: m.tokens))
        join(key, entities.count - 1)
    }

    // MARK: - Organisations

    /// An organisation's name without its legal or generic suffix: "Acme Motor Co." and
    /// "Acme" are one company.
    static func organisationKey(_ tokens: [String]) -> [String] {
        var t = tokens
        // "Acme Inc" is "Acme"; "Washington Post" and "Washington Times" stay two outlets.
        while t.count > 1, let last = t.last, Lexicon.organisationSuffixes.contains(last) && !Lexicon.mediaSuffixes.contains(last) || last == "." {
            t.removeLast()
        }
        return t
    }

    func organisation(_ tokens: [String]) -> Int? {
        let key = EntityIndex.organisationKey(tokens)
        return entities.indices.first { entities[$0].kind == .organisation && EntityIndex.organisationKey(entities[$0].tokens) == key }
    }

    mutating func addOrganisation(_ key: Key) {
        let m = mention(key)
        if let e = organisation(m.tokens) {
            join(key, e)
            if m.name.count > entities[e].name.count {
                entities[e].name = m.name
                entities[e].tokens = m.tokens
            }
            return
        }
        entities.append(Entity(kind: .organisation, name: m.name, tokens: m.tokens))
        join(key, entities.count - 1)
    }

    mutating func join(_ key: Key, _ e: Int) {
        entities[e].members.append(key)
        byMention[key] = e
    }

    // MARK: - Contract values

    var people: [Person] {
        entities.filter { $0.kind == .person }.map { e in
            var roles: [String] = []
            var stated: [StatedRole] = []
            var articleIDs: [String] = []
            var aliases: [String] = []
            for key in e.members.sorted(by: { ($0.article, $0.mention) < ($1.article, $1.mention) }) {
                let article = articles[key.article]
                let m = mention(key)
                if !articleIDs.contains(article.id) { articleIDs.append(article.id) }
                if m.name != e.name && !aliases.contains(m.name) { aliases.append(m.name) }
                for r in m.roles {
                    let evidence = Evidence(article: article.id, span: TextSpan(r.span))
                    if let i = stated.firstIndex(where: { $0.role.lowercased() == r.role.lowercased() }) {
                        if !stated[i].articles.contains(article.id) { stated[i].articles.append(article.id) }
                        stated[i].evidence.append(evidence)
                    } else {
                        stated.append(StatedRole(role: r.role, articles: [article.id], evidence: [evidence]))
                        roles.append(r.role)
                    }
                }
            }
            return Person(name: e.name, roles: roles, articles: articleIDs, aliases: aliases, statedRoles: stated)
        }
    }

    var organisations: [Organisation] {
        entities.filter { $0.kind == .organisation }.map { e in
            var articleIDs: [String] = []
            var aliases: [String] = []
            for key in e.members {
                let id = articles[key.article].id
                if !articleIDs.contains(id) { articleIDs.append(id) }
                let name = mention(key).name
                if name != e.name && !aliases.contains(name) { aliases.append(name) }
            }
            return Organisation(name: e.name, articles: articleIDs, aliases: aliases)
        }
    }

    /// The first role the article gives the person a mention belongs to.
    func role(of key: Key) -> String? {
        guard let e = byMention[key] else { return mention(key).roles.first?.role }
        return firstRoles[Key(article: key.article, mention: e)]
    }
}
