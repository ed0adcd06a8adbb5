import HearsayText

extension ClaimStage {
    /// Where an outlet stands by its report after a denial ("The Beacon said it stood by its
    /// story", "We stand by our reporting," its editor said): the claim is denied by its
    /// parties and maintained by its reporter, which is a dispute, not a settled denial.
    /// The one standing by must not be a party who denied it (a body standing by "its
    /// report" of its own), and a question ("asked whether it stood by the report") says
    /// nothing. Returns the article saying so, first in the story's order.
    static func reporterStandsBy(_ parties: Parties, deniers: Set<Int>) -> Int? {
        for (a, t) in parties.textTokens.enumerated() {
            let words = t.map(\.lower)
            for i in words.indices where ClaimLexicon.standVerbs.contains(words[i]) && standsByReport(words, i) {
                // The sentence so far: the one standing by and who says so.
                let start = words[..<i].lastIndex { [".", "!", "?", "\n"].contains($0) }.map { $0 + 1 } ?? 0
                let before = Array(words[max(start, i - 20)..<i].filter { !$0.isEmpty })
                if before.suffix(4).contains(where: { $0 == "whether" || $0 == "if" }) { continue }
                if !parties.mentioned(words: before).contains(where: deniers.contains) { return a }
            }
        }
        return nil
    }

    /// "stand by its story", "stood by the report", "standing by our reporting": the
    /// reporter's own report, its noun right after the possessive or article.
    /// "stand by every word of our story", "stood by every line": newsrooms vouch for the
    /// whole of a report so, down to its parts.
    static func standsByReport(_ words: [String], _ i: Int) -> Bool {
        guard i + 3 < words.count, words[i + 1] == "by" else { return false }
        var k = i + 2
        if ["every", "each"].contains(words[k]), ["word", "line", "detail"].contains(words[k + 1]) {
            guard k + 2 < words.count, words[k + 2] == "of" else { return true }
            k += 3
        }
        guard k + 1 < words.count, ["its", "our", "the", "their"].contains(words[k]) else { return false }
        return ["report", "reports", "reporting", "story", "stories", "article"].contains(words[k + 1])
    }
}
