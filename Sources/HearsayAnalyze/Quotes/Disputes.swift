import HearsayModel
import HearsayText

/// A sentence saying that words credited to someone were never theirs: "X's office said he
/// had given no interview", "the quotes attributed to her are invented", "X denied making
/// the remarks", "she had never said families must tighten their belts".
struct Denial: Sendable {
    /// The mention of the one the words were credited to.
    var target: Int
    /// The sentence's words.
    var words: Range<Int>
    /// The attribution itself is denied (an invented quote, an interview never given), so
    /// the target's quotes carried before it are in question even when their words are not
    /// repeated; otherwise only quotes whose words the denial repeats are.
    var wholesale: Bool
    /// Lower-cased topic words of the sentence, to find which quote it speaks of.
    var topic: Set<String>
}

extension ArticleQuotes {
    /// Nouns for words someone is said to have spoken or written.
    static let utteranceNouns: Set<String> = [
        "quote", "quotes", "quotation", "quotations", "remark", "remarks", "comment", "comments", "words", "interview",
        "statement", "email", "message", "tribute",
    ]
    /// What a denial says of the words credited ("the quotes are invented").
    static let fabricated: Set<String> = [
        "invented", "fabricated", "fake", "bogus", "fictitious", "made-up", "concocted", "falsely", "misattributed",
    ]
    /// Verbs of uttering that a denial negates ("never made the remarks", "gave no interview").
    static let uttering: Set<String> = [
        "said", "say", "made", "make", "gave", "given", "give", "wrote", "written", "write", "sent", "send", "uttered",
        "spoken", "spoke", "described", "told", "called", "granted",
    ]
    /// Those who speak for someone besides a spokesperson ("Roe's lawyer said").
    static let counsel: Set<String> = ["lawyer", "lawyers", "attorney", "attorneys", "solicitor", "agent", "publicist", "aide", "aides", "camp", "family"]
    /// Gerunds after "denied" that deny having said something ("denied giving an interview").
    static let denyingGerunds: Set<String> = ["saying", "making", "giving", "writing", "sending", "uttering"]

    /// The denials of the article, each with the mention of the one whose words they deny.
    func findDenials() -> [Denial] {
        let w = text.words
        var out: [Denial] = []
        var s = 0
        while s < w.count {
            var e = s
            while e < w.count && w[e].sentence == w[s].sentence { e += 1 }
            if let d = denial(in: s..<e) { out.append(d) }
            s = e
        }
        return out
    }

    func denial(in r: Range<Int>) -> Denial? {
        let w = text.words
        var wholesale = false
        var negated: Int? = nil
        for k in r {
            let x = w[k].lower
            // "the quotes attributed to her are invented", "the remarks were fabricated"
            if Self.fabricated.contains(x), r.contains(where: { Self.utteranceNouns.contains(w[$0].lower) || w[$0].lower == "attributed" }) {
                wholesale = true
            }
            // "could not be verified", "could not be substantiated" of words "attributed" to someone
            if ["verified", "substantiated", "authenticated"].contains(x), k >= r.lowerBound + 2, w[k - 1].lower == "be",
                ["not", "n't", "never"].contains(w[k - 2].lower) || k >= r.lowerBound + 3 && w[k - 3].lower == "not",
                r.contains(where: { w[$0].lower == "attributed" })
            {
                wholesale = true
            }
            // "had never made the remarks", "has not spoken to any newspaper", "gave no interview"
            if x == "never" || x == "not" || x == "n't" {
                var v = k + 1
                while v < r.upperBound && v < k + 3 && (Lexicon.auxiliaries.contains(w[v].lower) || w[v].lower == "ever") { v += 1 }
                if v < r.upperBound, Self.uttering.contains(w[v].lower) {
                    // "has not spoken to the Courant", not "has not spoken much about them"
                    let words = (v + 1..<min(r.upperBound, v + 5)).contains(where: { Self.utteranceNouns.contains(w[$0].lower) })
                        || (w[v].lower == "spoken" || w[v].lower == "spoke") && v + 1 < r.upperBound && w[v + 1].lower == "to"
                    // "did not say how many jobs would go" declines to tell; "never said" denies.
                    if words || x == "never" { negated = negated ?? k }
                    if words { wholesale = true }
                }
            }
            if x == "no", k + 1 < r.upperBound, ["interview", "interviews", "statement", "such"].contains(w[k + 1].lower),
                k > r.lowerBound, ["given", "gave", "made", "granted", "had"].contains(w[k - 1].lower)
            {
                negated = negated ?? (k - 1)
                wholesale = true
            }
        }
        var target: Int? = nil
        // The subject of the negated verb: "the director had given no interview", "she had never said".
        if let k = negated {
            var j = k - 1
            while j >= r.lowerBound && (Lexicon.auxiliaries.contains(w[j].lower) || w[j].lower == "ever") { j -= 1 }
            if j >= r.lowerBound { target = referent(endingAt: j + 1) }
        }
        // "attributed to X", "attributed to him", "attributed to the governor"
        if target == nil, let k = r.first(where: { w[$0].lower == "attributed" && $0 + 1 < r.upperBound && w[$0 + 1].lower == "to" }),
            k + 2 < r.upperBound, wholesale || negated != nil
        {
            target = referent(at: k + 2)
        }
        // "X denied giving an interview"; "X denied that its governor, Jo Roe, had told ..."
        if target == nil, let k = r.first(where: { ["denied", "denies", "deny"].contains(w[$0].lower) && w[$0].quote == -1 }), k + 1 < r.upperBound {
            // "denied giving an interview", "denied ever saying", not "denied having agreed".
            let gerund = Self.denyingGerunds.contains(w[k + 1].lower)
                || k + 2 < r.upperBound && ["ever", "having"].contains(w[k + 1].lower)
                    && (Self.denyingGerunds.contains(w[k + 2].lower) || Self.uttering.contains(w[k + 2].lower))
            if gerund,
                let (form, _) = AttributionReader(t: text, mentions: mentions, at: at).subject(before: k, lower: r.lowerBound)
            {
                switch form {
                case .mention(let m) where mentions[m].kind != .organisation: target = m
                case .pronoun(let p): target = referent(at: (r.lowerBound..<k).last { w[$0].lower == p } ?? k)
                default: break
                }
                if target != nil { wholesale = true }
            } else if w[k + 1].lower == "that" {
                var j = k + 2
                while j < r.upperBound && j < k + 8 && (at[j] < 0 && w[j].kind != .punct || w[j].lower == ",") { j += 1 }
                // Only a denial of words: "denied that its chief, Jo Roe, had told ...", not "had resigned".
                if j < r.upperBound, at[j] >= 0, mentions[at[j]].full.lowerBound <= j, mentions[at[j]].kind != .organisation,
                    case let e = mentions[at[j]].words.upperBound,
                    (e..<min(r.upperBound, e + 4)).contains(where: { Self.uttering.contains(w[$0].lower) || w[$0].isReportingVerb })
                {
                    target = at[j]
                    wholesale = true
                }
            }
        }
        // "Roe's office said the director had given no interview": whose office, lawyer or
        // agent denies, when the words name the one denied no other way.
        if target == nil, wholesale, w[r.lowerBound].quote == -1, at[r.lowerBound] >= 0, case let m = at[r.lowerBound], mentions[m].possessive,
            !outlets.contains(m), case let e = mentions[m].words.upperBound + 1, e < r.upperBound,
            Lexicon.voiceRoles.contains(w[e].lower) || Self.counsel.contains(w[e].lower)
        {
            target = m
        }
        guard let target, wholesale || negated != nil, mentions[target].kind != .organisation || !outlets.contains(target) else { return nil }
        var topic = Set<String>()
        for k in r where w[k].kind == .word && at[k] < 0 && w[k].lower.unicodeScalars.count >= 3 && !Tokens.stopwords.contains(w[k].lower)
            && !w[k].tags.contains(.reporting) && !Self.uttering.contains(w[k].lower) && !Self.utteranceNouns.contains(w[k].lower)
            && !Self.fabricated.contains(w[k].lower)
        {
            topic.insert(w[k].lower)
        }
        return Denial(target: target, words: r, wholesale: wholesale, topic: topic)
    }

    /// Who the noun phrase opening at word `k` names: a name, a pronoun's person, "the
    /// governor" (the person with that role or description).
    func referent(at k: Int) -> Int? {
        let w = text.words
        if at[k] >= 0, mentions[at[k]].full.lowerBound <= k { return at[k] }
        let gender: Gender? = ["he", "him", "his"].contains(w[k].lower) ? .male : ["she", "her", "hers"].contains(w[k].lower) ? .female : nil
        if let gender {
            // "Her lawyer, Jo Poe, said she had never ...": the lawyer or office speaks for the
            // one it belongs to, whom the pronoun then means.
            var s0 = k
            while s0 > 0 && w[s0 - 1].sentence == w[k].sentence { s0 -= 1 }
            let possessor: Gender? = w[s0].lower == "his" ? .male : w[s0].lower == "her" ? .female : nil
            let before = possessor == gender && s0 < k ? s0 : k
            return nearestPerson(before: before, gender: gender, speakers: speakers(quotes[...]))
        }
        if w[k].lower == "the", let m = describedPerson(k) { return m }
        return nil
    }

    /// Who the noun phrase ending before word `end` names: "Jo Roe", "she", "the director",
    /// "Roe's office", "her lawyer" (a voice or counsel speaks for the one it belongs to).
    func referent(endingAt end: Int) -> Int? {
        let w = text.words
        let last = end - 1
        guard last >= 0 else { return nil }
        if at[last] >= 0, mentions[at[last]].words.upperBound == end, mentions[at[last]].kind != .organisation { return at[last] }
        var k = last
        while k > 0 && w[k].kind == .word && !w[k].capitalised && w[k].sentence == w[last].sentence && last - k < 4
            && !["the", "his", "her", "he", "she"].contains(w[k].lower) && w[k].kind != .possessive
        {
            k -= 1
        }
        if w[k].kind == .possessive, k > 0, at[k - 1] >= 0, mentions[at[k - 1]].kind != .organisation { return at[k - 1] }
        return referent(at: k)
    }
}

/// Marks the quotes whose attribution a later sentence of the story denies (`disputed`), and
/// every version of the same statement other articles carry.
enum Disputes {
    static let flag = "disputed"

    /// `articleOf` gives each quote's article position in the story (oldest first), and
    /// `paragraphOf` its paragraph there;
    /// `denials` per article position, with the story's name for each denial's target.
    static func mark(
        _ quotes: inout [Quote], articleOf: [Int], paragraphOf: [Int], denials: [(article: Int, target: String, denial: Denial, inSentence: Set<String>)],
        sameStatement: (Set<String>) -> Set<String>
    ) {
        var flagged = Set<String>()
        // An article that reports a denial of the target's words came after them: the
        // target's quotes there are the target's own.
        var denying: [String: Set<Int>] = [:]
        for d in denials { denying[d.target, default: []].insert(d.article) }
        // The denials of one article about one target speak of the same words together.
        var seen = Set<String>()
        for d in denials where seen.insert("\(d.article) \(d.target)").inserted {
            let same = denials.filter { $0.article == d.article && $0.target == d.target }
            let topic = same.reduce(into: Set<String>()) { $0.formUnion($1.denial.topic) }
            let inSentence = same.reduce(into: Set<String>()) { $0.formUnion($1.inSentence) }
            let wholesale = same.contains { $0.denial.wholesale }
            let candidates = quotes.indices.filter { i in
                isTarget(quotes[i].speaker, d.target) && !deniesSaying(quotes[i].text)
                    && (articleOf[i] < d.article && !denying[d.target, default: []].contains(articleOf[i]) || inSentence.contains(quotes[i].id))
            }
            let specific = candidates.filter { i in
                if inSentence.contains(quotes[i].id) { return true }
                let words = topicWords(quotes[i].text)
                let shared = words.intersection(topic).count
                return shared >= 2 || shared >= 1 && words.count <= 2
            }
            if specific.isEmpty {
                // Words never said, none repeated: the target's statement that went round most
                // (carried by the most articles) is the one in question.
                guard wholesale else { continue }
                let earlier = candidates.filter { articleOf[$0] != d.article }
                func spread(_ i: Int) -> Int {
                    Set(quotes.indices.filter { $0 == i || sameStatement([quotes[i].id]).contains(quotes[$0].id) }.map { articleOf[$0] }).count
                }
                let counts = earlier.map(spread)
                for (i, n) in zip(earlier, counts) where n == counts.max() { flagged.insert(quotes[i].id) }
                continue
            }
            // The words of an invented interview come together: the target's quotes in the
            // paragraph of one the denial repeats, or the next, go with it.
            func near(_ i: Int, _ j: Int) -> Bool {
                j == i || articleOf[j] == articleOf[i] && articleOf[i] != d.article && abs(paragraphOf[j] - paragraphOf[i]) <= 1
            }
            for i in candidates where specific.contains(where: { near(i, $0) }) { flagged.insert(quotes[i].id) }
        }
        guard !flagged.isEmpty else { return }
        let carried = sameStatement(flagged)
        // Another outlet's version of the words is disputed when it credits them to the same
        // one or to nobody; a speaker who only repeats them ("he said paradise is ...") is not.
        let targets = Set(flagged.compactMap { id in quotes.first { $0.id == id }?.speaker })
        for i in quotes.indices where flagged.contains(quotes[i].id)
            || carried.contains(quotes[i].id) && !deniesSaying(quotes[i].text) && (quotes[i].speaker.map(targets.contains) ?? true)
            && !quotes[i].flags.contains(flag)
        {
            quotes[i].flags.append(flag)
        }
    }

    /// The speaker is the one denied: the same name, or the full name of a surname the
    /// denial gives alone ("Roe's office said ..." of Jo Roe's quote in another article).
    static func isTarget(_ speaker: String?, _ target: String) -> Bool {
        guard let speaker else { return false }
        if speaker == target { return true }
        return !target.contains(" ") && target.first?.isUppercase == true && speaker.split(separator: " ").last.map(String.init) == target
    }

    /// "I have never said that ...": a quote that is itself the denial is not the statement.
    static func deniesSaying(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map(String.init)
        for (k, x) in words.enumerated() where x == "never" || x == "not" || x.hasSuffix("n't") || x.hasSuffix("n’t") {
            if words[(k + 1)..<min(words.count, k + 3)].contains(where: { ArticleQuotes.uttering.contains($0) }) { return true }
        }
        return false
    }

    /// Words that deny an attribution themselves ("the quotes attributed to her are invented").
    static func denies(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
        return deniesSaying(text) || words.contains { ArticleQuotes.fabricated.contains($0) || $0 == "attributed" }
    }

    static func topicWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init).filter { $0.unicodeScalars.count >= 3 && !Tokens.stopwords.contains($0) })
    }
}
