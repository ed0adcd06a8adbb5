import HearsayText

/// A word of a quotation reduced to what it says, for telling one statement reworded by
/// another outlet from two statements: its inflection taken off ("surprised" and "surprise",
/// "shutting" and "shut", "studies" and "study") and a word outlets put in its place when
/// they reword a statement made one with it ("errors" and "mistakes", "withdrawn" and
/// "revoked"). Only matching reads senses; the words that differ are still the words as
/// written, since an outlet that swapped one for the other changed the quotation.
enum QuoteSenses {
    /// The word's sense: its stem, or the stem of the first word of its group.
    /// Function words keep their form ("this", "there" are not stems to match on); only a
    /// group may make one of them another ("each" as "every").
    static func sense(_ key: String) -> String {
        guard !Tokens.stopwords.contains(key) else { return synonyms[key] ?? key }
        let s = stem(key)
        return synonyms[s] ?? s
    }

    /// A light stemmer for comparing two versions of one quotation: plural and verb endings
    /// off ("-ies"/"-ied" back to "-y"), a consonant doubled before "-ing"/"-ed" single again
    /// ("shutting", "planned"), and a final silent "e" dropped so "close" meets "closing".
    /// Both versions go through it, so only consistency matters, not a dictionary form.
    static func stem(_ word: String) -> String {
        var w = Array(word)
        guard w.count > 3, w.allSatisfy(\.isLetter) else { return word }
        if w.count >= 5, w.suffix(3) == ["i", "e", "s"] || w.suffix(3) == ["i", "e", "d"] {
            return String(w.dropLast(3)) + "y"
        }
        var verbEnding = false
        if w.suffix(3) == ["i", "n", "g"], w.count - 3 >= 3 {
            w.removeLast(3)
            verbEnding = true
        } else if w.suffix(2) == ["e", "d"], w.count - 2 >= 3, w[w.count - 3] != "e" {
            w.removeLast(2)
            verbEnding = true
        } else if w.suffix(2) == ["e", "s"], w.count - 2 >= 3, ["s", "x", "z", "h"].contains(w[w.count - 3]) {
            // "businesses", "taxes", "watches": the "e" belongs to the ending.
            w.removeLast(2)
        } else if w.last == "s", !["s", "u", "i"].contains(w[w.count - 2]) {
            // Not "business", "status", "analysis": an "s" after these is part of the word.
            w.removeLast()
        }
        if verbEnding, w.count >= 4, w[w.count - 1] == w[w.count - 2], !["l", "s", "z", "e", "o"].contains(w[w.count - 1]) {
            w.removeLast()
        }
        if w.count >= 4, w.last == "e", w[w.count - 2] != "e" { w.removeLast() }
        return String(w)
    }

    /// Words outlets swap for one another when they reword a statement, each group led by
    /// the word that stands for it. General news English, not any one story's: what a source
    /// denies ("fake", "false"), what an authority does to a licence or a plan, the nouns of
    /// talks, studies, errors, buyers and pictures, and the adjectives of extent.
    static let groups: [[String]] = [
        // What a denial calls a document, an image or a claim.
        ["fake", "forged", "forgery", "fabricated", "bogus", "counterfeit", "doctored", "altered", "manipulated", "falsified"],
        ["false", "untrue", "incorrect", "inaccurate", "wrong", "baseless", "unfounded"],
        ["picture", "image", "photo", "photograph"],
        ["circulating", "shared", "spreading"],
        ["speculation", "rumour", "speculate"],
        ["talks", "discussion", "discuss", "negotiation", "negotiate", "conversation"],
        // Official acts.
        ["revoke", "withdraw", "withdrawn", "withdrew", "rescind", "retract"],
        ["cancel", "scrap", "axe", "axed", "abandon"],
        ["postpone", "delay", "defer"],
        ["suspend", "halt", "pause"],
        ["close", "shut"],
        ["resign", "quit", "resignation"],
        ["investigation", "inquiry", "probe", "investigate"],
        ["notify", "notification", "inform"],
        ["refuse", "reject"],
        ["confident", "sure", "certain"],
        // Nouns a reworded statement swaps.
        ["error", "mistake", "flaw"],
        ["study", "trial"],
        ["buyer", "purchaser", "acquirer"],
        ["buy", "purchase", "acquire", "acquisition"],
        ["sell", "sale"],
        ["chance", "opportunity"],
        ["obligation", "commitment"],
        ["honour", "fulfil", "meet"],
        ["company", "firm", "business"],
        ["staff", "employee", "worker", "workforce"],
        ["job", "role"],
        ["identify", "find", "locate"],
        ["help", "assist"],
        ["surprise", "surprising"],
        ["every", "each"],
        // Extent and size.
        ["entire", "whole", "full"],
        ["entirely", "completely", "totally", "wholly", "fully"],
        ["big", "large", "huge", "major", "significant"],
        ["small", "minor", "little"],
        ["rise", "increase", "grow", "climb"],
        ["fall", "drop", "decline", "decrease"],
        ["start", "begin", "launch", "commence"],
        ["happy", "pleased", "delighted", "glad"],
        ["angry", "furious"],
        ["worried", "concerned"],
        ["safe", "secure"],
        ["accurate", "correct"],
    ]

    static let synonyms: [String: String] = {
        var out: [String: String] = [:]
        for group in groups {
            let head = stem(SpellingVariants.key(group[0]))
            for word in group.dropFirst() {
                let s = stem(SpellingVariants.key(word))
                if s != head, out[s] == nil { out[s] = head }
            }
        }
        return out
    }()
}
