import HearsayText

/// What is done to the things a count counts, one word for each move: outlets that
/// rewrite one another swap verbs and nouns of one meaning ("cut 2,000 jobs", "axe
/// 2,500 posts", "2,000 job cuts"), and two moves on one noun ("cut 600 jobs", "create
/// 900 jobs") are two facts however alike their sentences.
enum CountedMoves {
    /// Base forms of verbs that act on a counted noun, by move.
    static let verbs: [String: String] = {
        var out: [String: String] = [:]
        let families: [String: [String]] = [
            // Cancelling concerts or flights is axing or scrapping them.
            // A move that "would cost 640 jobs" loses them.
            "cut": ["cut", "axe", "ax", "slash", "shed", "scrap", "eliminate", "sack", "lose", "reduce", "trim", "shave", "cancel", "cost"],
            "create": ["create", "add", "hire", "recruit"],
            "recall": ["recall", "pull", "withdraw"],
            "sell": ["sell"],
            // "Plans to buy 12 aircraft", "ordered 14", "an order for 14": one purchase.
            "buy": ["buy", "purchase", "order", "acquire"],
            "make": ["make", "build", "produce", "manufacture", "assemble"],
            "close": ["close", "shut"],
            "open": ["open"],
        ]
        for (move, words) in families { for w in words { out[w] = move } }
        return out
    }()
    static let irregular: [String: String] = [
        "lost": "lose", "withdrew": "withdraw", "withdrawn": "withdraw", "sold": "sell", "bought": "buy", "made": "make", "built": "build",
        "took": "take", "taken": "take",
    ]
    /// A verb and particle that say one move: "calling back 48,000 cots", "laying off 300 staff".
    static let phrasal: [String: String] = [
        "call back": "recall", "lay off": "cut", "take on": "create", "shut down": "close", "let go": "cut", "call off": "cut",
    ]
    static let particles: Set<String> = ["back", "off", "on", "down", "go"]
    /// Nouns of a move: "400 job cuts" counts jobs cut, "the recall of 48,000 packs" packs
    /// recalled. A noun that names its own object ("300 redundancies", "layoffs") counts jobs.
    static let nouns: [String: String] = [
        "cut": "cut", "loss": "cut", "reduction": "cut", "layoff": "cut", "redundancy": "cut", "elimination": "cut",
        "recall": "recall", "withdrawal": "recall", "creation": "create", "hire": "create", "closure": "close",
        "order": "buy", "purchase": "buy", "acquisition": "buy",
    ]
    static let jobNouns: Set<String> = ["layoff", "redundancy"]
    /// Nouns of one meaning counted by outlets in turn: "2,000 jobs", "2,500 posts".
    static let nounFamilies: [String: String] = [
        "post": "job", "role": "job", "position": "job", "staff": "employee", "staffer": "employee", "worker": "employee",
        // "A workforce of about 1,100", "1,300 staff": the size of one body's workforce.
        "workforce": "employee",
        // The people a case is brought for: outlets call them by their standing in court or
        // by the harm done to them ("184 claimants", "148 victims").
        "victim": "claimant", "plaintiff": "claimant", "complainant": "claimant", "litigant": "claimant",
        // Places people live, counted by the dwelling or by those in it: "bills rise for 1.2
        // million homes", "supplies 900,000 households".
        "household": "home", "house": "home", "dwelling": "home",
        // A chain's places of trade, as outlets name them in turn: "close 14 of its 38 shops",
        // "axe 17 stores", "shut 40 branches".
        "shop": "store", "branch": "store",
        // "A 24-bedroom hotel", "a hotel with 30 rooms"; "2.4 million smokes" as tabloids count cigarettes.
        "bedroom": "room", "smoke": "cigarette",
    ]

    static let seriesWords: Set<String> = [
        "the", "its", "his", "her", "their", "our", "all", "last", "first", "final", "remaining", "other",
    ]

    /// "710 jobs at risk", "putting 3,200 jobs under threat": things a closure or a cut
    /// threatens are what outlets that report the cut as done count as cut.
    static let threats: [[String]] = [["at", "risk"], ["under", "threat"], ["in", "jeopardy"], ["on", "the", "line"]]
    static func threatened(_ t: [WordToken], after head: Int) -> String? {
        threats.contains { words in
            head + words.count < t.count && words.indices.allSatisfy { t[head + 1 + $0].lower == words[$0] }
        } ? "cut" : nil
    }

    /// The move a verb form says ("axing", "slashed", "cuts", "lost"), nil for other verbs.
    static func move(_ w: String) -> String? {
        if let v = irregular[w] { return verbs[v] }
        return bases(w).lazy.compactMap { verbs[$0] }.first
    }

    /// The base forms a verb form may come from: "cutting" -> "cut", "axed" -> "ax",
    /// "closes" -> "close", "hires" -> "hire".
    static func bases(_ w: String) -> [String] {
        if let v = irregular[w] { return [v] }
        var out = [w]
        for suffix in ["ing", "ed", "es", "s", "d"] where w.count > suffix.count + 1 && w.hasSuffix(suffix) {
            let stem = String(w.dropLast(suffix.count))
            out += [stem, stem + "e"]
            if let last = stem.last, stem.count > 2, stem.dropLast().last == last { out.append(String(stem.dropLast())) }
        }
        return out
    }

    /// The move a count is the object of: the verb before it, past bounds and one word
    /// of colour ("set to axe a staggering 2,500"), a verb and particle ("calling back
    /// 48,000"), or a noun of a move and "of" ("the loss of 2,000 jobs").
    static func governing(_ t: [WordToken], before start: Int) -> String? {
        var b = start - 1
        while b >= 0, QuantityMentions.approximators.contains(t[b].lower) || QuantityMentions.nearlyWords.contains(t[b].lower)
            || QuantityMentions.floors.contains(t[b].lower) || ["than", "more", "at", "some"].contains(t[b].lower)
        {
            b -= 1
        }
        // "cancelled the last 14 concerts", "axed all 16 shows": a determiner and a word
        // that picks out part of a series stand between the verb and its count.
        while b >= 0, seriesWords.contains(t[b].lower) { b -= 1 }
        if b >= 1, t[b].isWord, !t[b].isCapitalized, ["a", "an"].contains(t[b - 1].lower) {
            b -= 2
        } else if b >= 0, ["a", "an"].contains(t[b].lower) {
            b -= 1
        }
        guard b >= 0, t[b].isWord else { return nil }
        let w = t[b].lower
        // "The loss of 2,000 jobs", "an order for 14 aircraft".
        if w == "of" || w == "for", b >= 1, t[b - 1].isWord { return nouns[QuantityMentions.lemma(t[b - 1].lower)] }
        if particles.contains(w), b >= 1, t[b - 1].isWord {
            return bases(t[b - 1].lower).lazy.compactMap { phrasal[$0 + " " + w] }.first
        }
        return move(w)
    }
}
