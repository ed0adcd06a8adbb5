import HearsayModel

/// Turns aligned mentions of one fact into a contradiction: mentions are grouped when
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

    /// `related`: whether a mention outside a group still speaks of its thing, loosely
    /// enough that an article giving that value elsewhere counts as giving both values
    /// (nil: only the group's own mentions count). `apart`: two mentions that can never
    /// be of one fact, whatever first mention they both match.
    static func find<P: Sendable>(
        _ facts: [Fact<P>], subject: ([Fact<P>]) -> String, attribute: String,
        sameFact: (Fact<P>, Fact<P>) -> Bool, apart: ((Fact<P>, Fact<P>) -> Bool)? = nil,
        consistent: (Fact<P>, Fact<P>) -> Bool, update: ((Fact<P>, Fact<P>) -> Bool)? = nil,
        related: ((Fact<P>, Fact<P>) -> Bool)? = nil
    ) -> [Contradiction] {
        // Star groups: a mention joins the first group whose first mention it matches.
        // Chaining (A like B, B like C) would join facts that merely share a noun.
        var groups: [[Int]] = []
        for m in facts.indices {
            if let g = groups.firstIndex(where: { group in
                sameFact(facts[group[0]], facts[m]) && !group.contains { apart?(facts[$0], facts[m]) ?? false }
            }) {
                groups[g].append(m)
            } else {
                groups.append([m])
            }
        }
        // A mention left alone matched no group's first mention, but may tell the thing a
        // later member of one group tells in its words ("the pair will stay until 2031"
        // against "were meant to stay until 2032", in a group opened by "the agreement runs
        // until 2031"): it joins the one group one of whose members it matches.
        for single in groups.indices where groups[single].count == 1 {
            let m = groups[single][0]
            let hosts = groups.indices.filter { g in
                g != single && groups[g].count > 1 && groups[g].contains { sameFact(facts[$0], facts[m]) }
                    && !groups[g].contains { apart?(facts[$0], facts[m]) ?? false }
            }
            if hosts.count == 1 {
                groups[hosts[0]].append(m)
                groups[single] = []
            }
        }
        groups.removeAll { $0.isEmpty }
        var out: [Contradiction] = []
        for group in groups where Set(group.map { facts[$0].article }).count > 1 {
            // Value classes: each mention joins the first class all of whose members it
            // agrees with. A loose value ("more than 3 million", "March") agrees with
            // figures that disagree with each other ("3.4 million", "4.3 million"), and
            // must not carry them into one class.
            var classes: [[Int]] = []
            for m in group {
                if let c = classes.firstIndex(where: { $0.allSatisfy { consistent(facts[$0], facts[m]) } }) {
                    classes[c].append(m)
                } else {
                    classes.append([m])
                }
            }
            guard classes.count > 1 else { continue }
            // An article that gives a class's value in another sentence about the same
            // thing ("promised nine nights of silence", then "an older post promised
            // four") states both, even where that sentence fell in another group.
            let articleSets = classes.map { members -> Set<String> in
                var stated = Set(members.map { facts[$0].article })
                guard let related else { return stated }
                for f in facts.indices where !group.contains(f) && !stated.contains(facts[f].article)
                    && consistent(facts[members[0]], facts[f]) && group.contains(where: { related(facts[$0], facts[f]) })
                {
                    stated.insert(facts[f].article)
                }
                return stated
            }
            // Two outlets must each state one value without the other: a value only
            // articles that also give the other one state is a second thing they tell
            // apart ("this post says nine, last year's said four"), not a disagreement.
            // `update`: every mention of one value is a later report of the thing every
            // mention of the other gives (a toll that rose overnight): no disagreement.
            func updated(_ i: Int, by j: Int) -> Bool {
                guard let update else { return false }
                return classes[i].allSatisfy { x in classes[j].allSatisfy { y in update(facts[x], facts[y]) } }
            }
            let disagree = articleSets.indices.contains { i in
                articleSets.indices.contains { j in
                    i != j && !articleSets[i].subtracting(articleSets[j]).isEmpty && !articleSets[j].subtracting(articleSets[i]).isEmpty
                        && !updated(i, by: j) && !updated(j, by: i)
                }
            }
            guard disagree else { continue }
            let values = classes.map { members -> Contradiction.Value in
                var articles: [String] = []
                for m in members where !articles.contains(facts[m].article) { articles.append(facts[m].article) }
                // Shown by its most definite member: "3.4 million" rather than the "more
                // than 3 million" that would agree with the other class too.
                let loose = members.map { m in group.filter { consistent(facts[$0], facts[m]) }.count }
                let shown = members[loose.firstIndex(of: loose.min()!)!]
                return Contradiction.Value(
                    value: facts[shown].shown, articles: articles,
                    evidence: members.map { Evidence(article: facts[$0].article, span: TextSpan(facts[$0].range)) })
            }
            out.append(Contradiction(subject: subject(group.map { facts[$0] }), attribute: attribute, values: values))
        }
        return out
    }
}
