import Foundation
import HearsayText

/// Lines in which the page speaks of itself rather than of the news: "The Harbour Bugle is
/// reader-supported.", "Bugle Plus subscribers can download the full table.", "Follow the
/// Bugle for more.", "This article was amended on 3 May." An article's sentences are about
/// the story; a publication describes, sells or corrects itself only in its furniture. The
/// page's names come from its masthead (the outlet line and the header lines above the
/// body), so no outlet's wording is needed.
enum PageVoice {
    /// The page's names as word sequences, from the outlet and the header lines: each part
    /// of a line set apart by a bar, a middle dot or a dash ("Quayline · Shipping · 3 May")
    /// that is written like a name (capitalised words, no digits, not a byline).
    static func names(outlet: String?, header: [String]) -> [[String]] {
        var out: [[String]] = []
        for line in ([outlet].compactMap { $0 } + header) {
            let parts = line.components(separatedBy: CharacterSet(charactersIn: "|\u{00B7}\u{2014}\u{2013}"))
            for part in parts {
                let words = part.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
                guard !words.isEmpty, words.count <= 6, words[0].lowercased() != "by",
                    !words.contains(where: { $0.contains(where: \.isNumber) && !$0.contains(where: \.isLetter) }),
                    words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || ["of", "and", "&", "the", "for"].contains($0.lowercased()) })
                else { continue }
                let lower = words.map { $0.lowercased() }
                if !out.contains(lower) { out.append(lower) }
            }
        }
        return out
    }

    /// Words a page's name shares with many names ("news", "the", "radio"): a part of the
    /// name made of them alone names no one page.
    static let common: Set<String> = [
        "the", "of", "and", "&", "for", "news", "live", "online", "now", "today", "daily", "weekly", "radio", "tv", "sport",
        "business", "markets", "opinion", "politics", "local", "world", "national", "breaking", "updates", "update",
    ]

    /// Where the page's name (or a distinctive run of its words ending on its last
    /// distinctive word: "the Courier" of "The Eastholm Courier", "Vale Sound" of "Vale Sound
    /// Sport") stands in `words`, as ranges. One word alone stands for the name only when it
    /// is that last word, the masthead's noun: "Brennholt" of "Brennholt Evening Star" is
    /// the town, not the paper.
    static func occurrences(_ names: [[String]], in words: [String]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for name in names {
            let distinctive = name.indices.filter { !common.contains(name[$0]) && name[$0].count >= 3 }
            guard let last = distinctive.last else { continue }
            for length in stride(from: name.count, through: 1, by: -1) {
                for start in 0...(name.count - length) {
                    let run = Array(name[start..<(start + length)])
                    guard start + length == name.count || start + length == last + 1 else { continue }
                    guard run.count > 1 || start == last else { continue }
                    guard run.contains(where: { !common.contains($0) && $0.count >= 3 }) else { continue }
                    var i = 0
                    while i + length <= words.count {
                        if words[i..<(i + length)].elementsEqual(run), !found.contains(where: { $0.overlaps(i..<(i + length)) }) {
                            found.append(i..<(i + length))
                        }
                        i += 1
                    }
                }
            }
        }
        return found
    }

    /// Verbs a page tells its reader to act with on itself ("Follow", "Upgrade to", "Listen
    /// on", "download the X app", "turn on notifications in").
    static let imperatives: Set<String> = [
        "follow", "upgrade", "subscribe", "listen", "download", "get", "sign", "join", "support", "donate", "turn", "watch",
        "hear", "catch", "tune", "read", "visit", "like", "keep",
    ]
    /// Who a page serves ("Quayline subscribers can ...").
    static let audience: Set<String> = ["subscribers", "subscriber", "members", "member", "readers", "listeners", "viewers", "supporters"]
    /// Notices a page posts about one of its own pieces ("This article was amended ...").
    static let notices: Set<String> = ["amended", "updated", "corrected", "ended", "affiliate", "subscribers", "available", "developing"]
    static let pieces: Set<String> = ["article", "story", "post", "page", "blog"]

    /// Whether paragraph `p` is the page speaking of itself: outside any quotation, a
    /// sentence that opens with the page's name and a copula ("X is a signatory", at the
    /// foot of the page only), the name and its audience ("X Pro subscribers get"), an imperative about the page ("Follow X",
    /// "get the X app"), the page's possessive before what it sells ("the Courier's morning
    /// briefing"), or a notice about this very piece ("This article was amended").
    /// Between paragraphs (`midArticle`) only the name with its audience or its wares, or an
    /// imperative naming the page, counts: an imperative alone may open the article's own
    /// sentence there ("Like many ports, ...").
    static func speaksOfItself(_ p: String, names: [[String]], atFoot: Bool = true, midArticle: Bool = false) -> Bool {
        guard Boilerplate.wordCount(p, limit: 40) <= 40, !p.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) }) else { return false }
        func lowerWords(_ text: Substring) -> [String] {
            text.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
        }
        for sentence in sentences(p) {
            var words = lowerWords(sentence[...])
            // "How we work: X is ...": past a short label and its colon.
            if let colon = sentence.firstIndex(of: ":"), sentence[..<colon].split(separator: " ").count <= 4 {
                let after = lowerWords(sentence[sentence.index(after: colon)...])
                if !after.isEmpty { words = after }
            }
            guard words.count >= 2 else { continue }
            if !midArticle, words[0] == "this", words.count >= 3, pieces.contains(words[1]) || words[1] == "live" && words[2] == "blog" || words[1] == "is" && words[2] == "a",
                words.contains(where: notices.contains)
            {
                return true
            }
            let spots = occurrences(names, in: words.map { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") ? String($0.dropLast(2)) : $0 })
            guard !spots.isEmpty else { continue }
            // "Get the Ledger in your inbox": an imperative that names the page sells it anywhere.
            if midArticle, imperatives.contains(words[0]) { return true }
            for r in spots {
                let first = r.lowerBound == 0 || r.lowerBound == 1 && words[0] == "the"
                var next = r.upperBound
                if next < words.count, ["pro", "plus", "premium"].contains(words[next]) { next += 1 }
                let following = next < words.count ? words[next] : ""
                // A name and a copula opens the foot's self-description; at the top it may open
                // the lede of a story about the publication.
                if atFoot && first && ["is", "are", "was", "relies", "depends"].contains(following) || audience.contains(following) { return true }
                let possessive = words[r.upperBound - 1].hasSuffix("'s") || words[r.upperBound - 1].hasSuffix("\u{2019}s")
                if possessive, words[min(next, words.count)..<min(next + 3, words.count)].contains(where: wares.contains) { return true }
            }
            if !midArticle, imperatives.contains(words[0]) || words.first == "never" && words.contains("miss") { return true }
        }
        return false
    }

    /// What a page sells under its own name ("the Courier's morning briefing").
    static let wares: Set<String> = ["briefing", "bulletin", "newsletter", "app", "podcast", "alerts", "edition", "membership", "subscription"]

    /// Sentences of a short line: a stop ends one only before a space or the end ("at
    /// 6.30pm." is one).
    static func sentences(_ p: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(p)
        for (i, c) in chars.enumerated() {
            current.append(c)
            if (c == "." || c == "?" || c == "!") && (i + 1 == chars.count || chars[i + 1] == " ") {
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { out.append(current.trimmingCharacters(in: .whitespaces)) }
        return out
    }
}
