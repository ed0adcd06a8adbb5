import HearsayModel

/// Outlets that give one person incompatible titles: "former President" against
/// "President", or two offices nobody holds at once ("chief financial officer" against
/// "chief operating officer" of the same company).
enum RoleConflicts {
    struct Located {
        var mention: RoleMention
        var subject: String
        var article: String
    }

    /// A value class: the office and whether the outlet says it is held now.
    struct ValueKey: Hashable {
        var office: [String]
        var former: Bool
        var provisional: Bool
    }

    static func find(_ mentions: [Located]) -> [Contradiction] {
        var out: [Contradiction] = []
        let bySubject = Dictionary(grouping: mentions.filter { $0.mention.tense != .neutral }, by: \.subject)
        for subject in bySubject.keys.sorted() {
            let ms = bySubject[subject]!
            let bothPosts = RoleLexicon.holdsChairAndExecutive(ms.map { ($0.mention.office, $0.article) })
            let presidentChair = RoleLexicon.holdsChairAndPresidency(ms.map { ($0.mention.office, $0.article) })
            // "Party chairman" and "the party's chairman" are one post: the articles that give
            // each post, whatever common noun names its body.
            var postArticles: [[String]: Set<String>] = [:]
            for m in ms where m.mention.tense != .former { postArticles[RoleLexicon.post(m.mention.office), default: []].insert(m.article) }
            var classes: [ValueKey: [Located]] = [:]
            var order: [ValueKey] = []
            for m in ms {
                let key = ValueKey(office: m.mention.office, former: m.mention.tense == .former, provisional: m.mention.provisional)
                if classes[key] == nil { order.append(key) }
                classes[key, default: []].append(m)
            }
            // Conflicting classes, joined into connected groups.
            var parent = Array(order.indices)
            func root(_ x: Int) -> Int { parent[x] == x ? x : root(parent[x]) }
            var conflicting = Set<Int>()
            for a in order.indices {
                for b in order.indices where a < b {
                    guard conflict(
                            order[a], classes[order[a]]!, order[b], classes[order[b]]!, bothPosts: bothPosts, postArticles: postArticles,
                            presidentChair: presidentChair)
                    else { continue }
                    parent[root(a)] = root(b)
                    conflicting.formUnion([a, b])
                }
            }
            let groups = Dictionary(grouping: conflicting.sorted(), by: root)
            for members in groups.values.sorted(by: { $0[0] < $1[0] }) {
                let values = members.map { k in value(classes[order[k]]!) }
                out.append(Contradiction(subject: subject, attribute: "role", values: values))
            }
        }
        return out
    }

    /// `bothPosts`: some article of the story gives the person the chair and the chief
    /// executive's post, so outlets printing one each do not disagree.
    /// `postArticles`: for each post (`RoleLexicon.post`), the articles that give it now.
    /// `presidentChair`: some article gives the person the chair and the presidency.
    static func conflict(
        _ a: ValueKey, _ ma: [Located], _ b: ValueKey, _ mb: [Located], bothPosts: Bool = false, postArticles: [[String]: Set<String>] = [:],
        presidentChair: Bool = false
    ) -> Bool {
        // Between outlets: some article must say one and not the other.
        let aa = Set(ma.map(\.article)), ab = Set(mb.map(\.article))
        guard !aa.subtracting(ab).isEmpty || !ab.subtracting(aa).isEmpty, aa.union(ab).count > 1 else { return false }
        guard organisationsAgree(ma, mb) else { return false }
        if a.office == b.office { return (a.former != b.former || a.provisional != b.provisional) && RoleLexicon.isOffice(a.office) }
        if RoleLexicon.sameOffice(a.office, b.office) { return a.former != b.former }
        // "former finance minister" and "former deputy finance minister": the same past
        // says two offices. A past rank beside a present one may be a promotion.
        if a.former && b.former { return RoleLexicon.differInRank(a.office, b.office) }
        guard !a.former && !b.former else { return false }
        return RoleLexicon.exclusive(a.office, b.office) || (!bothPosts && RoleLexicon.chairAndExecutive(a.office, b.office))
            || (aa.isDisjoint(with: ab) && (RoleLexicon.twoPosts(a.office, b.office) || RoleLexicon.differentFunctions(a.office, b.office)
                || ((RoleLexicon.differentPosts(a.office, b.office) || RoleLexicon.oneFunctionTwoGrades(a.office, b.office))
                    && neverBoth(a.office, b.office, postArticles))
                || (!presidentChair && RoleLexicon.presidentAndChair(a.office, b.office))))
    }

    /// Whether no article gives both posts, however it names their body.
    static func neverBoth(_ a: [String], _ b: [String], _ postArticles: [[String]: Set<String>]) -> Bool {
        guard let x = postArticles[RoleLexicon.post(a)], let y = postArticles[RoleLexicon.post(b)] else { return true }
        return x.isDisjoint(with: y)
    }

    /// Titles of different organisations do not clash ("Acme CFO" and "Bolt COO" can be
    /// one person's past and present, and are not the same attribute).
    /// A lower-case owner ("the union's general secretary") refers back to an
    /// organisation the story names, which may be either of the other's.
    static func organisationsAgree(_ ma: [Located], _ mb: [Located]) -> Bool {
        // "Institute director" opening a sentence: a common noun, capitalised as its
        // first word, that refers back like "the institute's".
        func named(_ o: String?) -> [String]? {
            guard let o, o.first?.isUppercase == true, !RoleLexicon.organisationNouns.contains(o.lowercased()) else { return nil }
            return o.split(separator: " ").map { $0.lowercased() }
        }
        // One body: the same first word ("Acme", "Acme Motors"), or one name part of the
        // other ("the Varna Symphony's" read as "Symphony's").
        func same(_ x: [String], _ y: [String]) -> Bool { x[0] == y[0] || Set(x).isSubset(of: y) || Set(y).isSubset(of: x) }
        let oa = ma.compactMap { named($0.mention.organisation) }
        let ob = mb.compactMap { named($0.mention.organisation) }
        // "FSD's chief executive" and "chief scientist at the Food Standards Directorate":
        // a body named by its initials in one outlet and in full in the other.
        let initials = ma.contains { x in
            mb.contains { y in
                guard let p = x.mention.organisation, let q = y.mention.organisation else { return false }
                return SpeakerMatcher.abbreviates(p, q) || SpeakerMatcher.abbreviates(q, p)
            }
        }
        return oa.isEmpty || ob.isEmpty || initials || oa.contains { x in ob.contains { same(x, $0) } }
    }

    /// The value as the outlets print it: the most explicit wording (one with a
    /// modifier, then the longest), with every article and span that states it.
    static func value(_ ms: [Located]) -> Contradiction.Value {
        let shown = ms.max { a, b in
            let ea = a.mention.tense != .unmarked, eb = b.mention.tense != .unmarked
            return ea != eb ? !ea : a.mention.phrase.count < b.mention.phrase.count
        }!.mention.phrase
        var articles: [String] = []
        for m in ms where !articles.contains(m.article) { articles.append(m.article) }
        return Contradiction.Value(
            value: shown, articles: articles,
            evidence: ms.map { Evidence(article: $0.article, span: TextSpan($0.mention.range)) })
    }
}
