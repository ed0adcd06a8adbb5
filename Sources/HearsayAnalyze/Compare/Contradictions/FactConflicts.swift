import HearsayModel

/// Turns aligned mentions of one fact into a contradiction: mentions are joined when
/// they speak of the same thing (`sameFact`), split into value classes of mutually
/// consistent values (`consistent`), and reported when two classes come from different
/// articles.
enum FactConflicts {
    struct Fact<Payload: Sendable>: Sendable {
        var payload: Payload
        var article: String
        var range: Range<Int>
        var shown: String
    }

    static func find<P: Sendable>(
        _ facts: [Fact<P>], subject: (Fact<P>) -> String, attribute: String,
        sameFact: (Fact<P>, Fact<P>) -> Bool, consistent: (Fact<P>, Fact<P>) -> Bool
    ) -> [Contradiction] {
        // Connected groups of mentions about the same fact, across articles.
        var parent = Array(facts.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { x = parent[x] }
            return x
        }
        for a in facts.indices {
            for b in facts.indices where a < b && facts[a].article != facts[b].article && sameFact(facts[a], facts[b]) {
                parent[root(a)] = root(b)
            }
        }
        var out: [Contradiction] = []
        let groups = Dictionary(grouping: facts.indices, by: root).values.sorted { $0[0] < $1[0] }
        for group in groups where Set(group.map { facts[$0].article }).count > 1 {
            // Value classes: each mention joins the first class whose first member it agrees with.
            var classes: [[Int]] = []
            for m in group {
                if let c = classes.firstIndex(where: { consistent(facts[$0[0]], facts[m]) }) {
                    classes[c].append(m)
                } else {
                    classes.append([m])
                }
            }
            guard classes.count > 1 else { continue }
            let articleSets = classes.map { Set($0.map { facts[$0].article }) }
            // Some article must state one value without the other.
            let disagree = articleSets.indices.contains { i in
                articleSets.indices.contains { j in i != j && !articleSets[i].subtracting(articleSets[j]).isEmpty }
            }
            guard disagree else { continue }
            let values = classes.map { members -> Contradiction.Value in
                var articles: [String] = []
                for m in members where !articles.contains(facts[m].article) { articles.append(facts[m].article) }
                return Contradiction.Value(
                    value: facts[members[0]].shown, articles: articles,
                    evidence: members.map { Evidence(article: facts[$0].article, span: TextSpan(facts[$0].range)) })
            }
            out.append(Contradiction(subject: subject(facts[group[0]]), attribute: attribute, values: values))
        }
        return out
    }
}
