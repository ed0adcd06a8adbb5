import Foundation
import HearsayText

/// Removes what is not the article from a list of paragraphs: share and comment
/// prompts, hashtag lines, newsletter and advertisement lines, a repeated headline,
/// related-article headlines dropped into the middle of a quotation, and a dangling "by".
/// Each rule looks at the shape and position of a line, never at one outlet's wording.
public enum Boilerplate {
    /// Words of the calls to action that pages put around an article. A line is only
    /// judged by them when it is also short and has no sentence punctuation.
    static let callToAction: [String] = [
        "share", "subscribe", "newsletter", "sign up", "signup", "follow us", "comment", "discussion",
        "advertisement", "advertising", "sponsored", "read more", "read next", "click", "download",
        "related", "recommended", "trending", "most read", "more from", "you may also like", "cookie",
        "log in", "login", "register", "tap here", "watch:", "listen:", "print this", "email this",
        "copy link", "all rights reserved", "copyright", "\u{00A9}", "key events", "newest first", "oldest first",
    ]

    /// Labels that introduce a link to another article.
    static let relatedLabels: [String] = ["read more", "read also", "also read", "related", "see also", "more:", "recommended", "watch:"]

    public struct Result: Sendable {
        public var paragraphs: [String]
        public var removed: [String]
    }

    public static func clean(_ paragraphs: [String], title: String) -> Result {
        let titleKey = Tokens.words(title)
        var keep = [Bool](repeating: true, count: paragraphs.count)
        for (i, p) in paragraphs.enumerated() {
            if isHashtagLine(p) || isDangling(p) || isCallToAction(p) || isRelatedLink(p) || isCredit(p) || isPrompt(p) || isTagLine(p)
                || isFeedbackWidget(p) || isMarketDataNotice(p)
            {
                keep[i] = false
            } else if !titleKey.isEmpty && p.utf8.count <= title.utf8.count * 2 + 16 && Tokens.words(p) == titleKey {
                keep[i] = false
            }
        }
        // A headline-shaped line between two paragraphs of one continuing quotation is a
        // link the page dropped into the text.
        for i in paragraphs.indices where keep[i] && !hasSentenceEnd(paragraphs[i]) && wordCount(paragraphs[i], limit: 20) <= 20 {
            guard let prev = (0..<i).last(where: { keep[$0] }),
                  let next = ((i + 1)..<paragraphs.count).first(where: { keep[$0] }) else { continue }
            if QuoteMarks.leavesQuoteOpen(paragraphs[prev]) && QuoteMarks.startsWithOpeningQuote(paragraphs[next]) {
                keep[i] = false
            }
        }
        // Below the last real paragraph, short lines without sentence punctuation are
        // page furniture (prompts, tags, credits), never the article.
        var end = paragraphs.count - 1
        while end >= 0 {
            let p = paragraphs[end]
            if keep[end] && (hasSentenceEnd(p) || wordCount(p, limit: 12) > 12) { break }
            keep[end] = false
            end -= 1
        }
        var result = Result(paragraphs: [], removed: [])
        for (i, p) in paragraphs.enumerated() {
            if keep[i] { result.paragraphs.append(p) } else { result.removed.append(p) }
        }
        return result
    }

    /// Runs of non-space bytes: counted on UTF-8 because every line of every article
    /// goes through here (a Character split was most of the reading time for web pages).
    /// Words up to `limit` + 1: the short-line tests stop early on long paragraphs.
    static func wordCount(_ s: String, limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        for b in s.utf8 {
            let space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
            if !space && !inWord {
                count += 1
                if count > limit { break }
            }
            inWord = !space
        }
        return count
    }

    /// Ends like a sentence or a lead-in: full stop, question or exclamation mark,
    /// colon, ellipsis, or a closing quotation mark or bracket after one of those.
    static func hasSentenceEnd(_ s: String) -> Bool {
        var scalars = s.unicodeScalars.reversed().makeIterator()
        while let c = scalars.next() {
            if "\"'\u{201D}\u{2019})]".unicodeScalars.contains(c) || c.properties.isWhitespace { continue }
            // Full-width stops too: Chinese and Japanese lines have no spaces to count words by.
            return ".!?:;\u{2026}\u{3002}\u{FF01}\u{FF1F}".unicodeScalars.contains(c)
        }
        return false
    }

    static func isHashtagLine(_ s: String) -> Bool {
        guard s.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "#") else { return false }
        let words = s.split(whereSeparator: \.isWhitespace)
        return !words.isEmpty && words.allSatisfy { $0.hasPrefix("#") && $0.count > 1 && $0.dropFirst().first != "#" }
    }

    /// A lone function word ("by", "and", "|") left where a byline or link was cut off.
    static func isDangling(_ s: String) -> Bool {
        guard s.utf8.count <= 16 else { return false }
        let words = s.split(whereSeparator: \.isWhitespace)
        guard words.count == 1, let w = words.first else { return words.isEmpty }
        let lower = w.lowercased()
        return ["by", "and", "|", "-", "\u{2014}", "\u{2022}", "via", "from", "with", "photo", "image"].contains(lower)
    }

    /// Verbs that open a call to action ("Leave a comment", "Join the discussion").
    static let imperatives: Set<String> = [
        "leave", "join", "follow", "get", "click", "tap", "sign", "read", "watch", "don't", "never", "see", "view", "show", "load",
        "add", "post", "write", "let", "send", "tell", "manage", "contact", "support", "stay", "call", "forward", "donate",
    ]

    /// A short unpunctuated line that opens with a call-to-action word, or with an
    /// imperative verb and has one later ("Market share falls" is kept).
    static func isCallToAction(_ s: String) -> Bool {
        guard wordCount(s, limit: 8) <= 8, !endsWithFullStop(s) else { return false }
        let lower = s.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        if callToAction.contains(where: { lower.hasPrefix($0) }) { return true }
        let first = lower.split(separator: " ").first.map(String.init) ?? ""
        return imperatives.contains(first) && callToAction.contains { lower.contains($0) }
    }

    /// Words only a page says to its readers, never an article's own sentence.
    static let readerWords: [String] = [
        "newsletter", "inbox", "leave a comment", "comment below", "comments below", "join the discussion",
        "join the conversation", "follow us", "subscribe", "let us know", "tip line", "tipline", "send us", "tell us",
        "get in touch", "contact us", "newsdesk", "news desk",
    ]

    /// A call to action in whole sentences ("Love ferries? Join 9,000 readers and get our
    /// newsletter."): every sentence is an imperative or a short question, and the line
    /// speaks to the page's readers.
    static func isPrompt(_ s: String) -> Bool {
        guard wordCount(s, limit: 40) <= 40 else { return false }
        let lower = s.lowercased()
        guard readerWords.contains(where: lower.contains) else { return false }
        var sentences: [String] = []
        var current = ""
        for c in lower {
            current.append(c)
            if c == "." || c == "?" || c == "!" {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current.trimmingCharacters(in: .whitespaces)) }
        return sentences.allSatisfy { sentence in
            let first = sentence.split(separator: " ").first.map { String($0).trimmingCharacters(in: .punctuationCharacters) } ?? ""
            // A question put to the reader, a sentence about what the reader receives, or one
            // that ends on the word of a link ("... download the table here.").
            return imperatives.contains(first) || ["subscribe", "email", "e-mail", "share"].contains(first)
                || (sentence.hasSuffix("?") && (wordCount(sentence, limit: 10) <= 10 || sentence.contains(" you ")))
                || (first == "you" && readerWords.contains(where: sentence.contains))
                || sentence.hasSuffix(" here.") || sentence.hasSuffix(" here")
        }
    }

    /// Labels of a page's tag and topic lists.
    static let tagLabels: [String] = ["tags", "tagged", "filed under", "topics", "related topics", "keywords", "categories", "category"]

    /// "Filed under: Ferries, Harwick": a label, then a list without sentence punctuation.
    static func isTagLine(_ s: String) -> Bool {
        guard wordCount(s, limit: 15) <= 15, !hasSentenceEnd(s), let colon = s.firstIndex(of: ":") else { return false }
        return tagLabels.contains(s[..<colon].lowercased().trimmingCharacters(in: .whitespaces))
    }

    static func isRelatedLink(_ s: String) -> Bool {
        guard wordCount(s, limit: 25) <= 25 else { return false }
        let lower = s.lowercased()
        return relatedLabels.contains { label in
            lower.hasPrefix(label + ":") || lower.hasPrefix(label + " :") || (label.hasSuffix(":") && lower.hasPrefix(label))
                || (lower.hasPrefix(label + " ") && s.prefix(label.count).uppercased() == s.prefix(label.count))
        } || isLabelledLink(lower)
    }

    /// How the label of a link list opens ("More on this story:", "More from Harbour Weekly:",
    /// "You may also like:", "In other news this week:").
    static let linkLabelOpeners: [String] = [
        "more ", "you may also", "you might also", "in other news", "also on ", "also in ", "elsewhere", "don't miss", "up next",
        "latest ", "most popular", "top stories", "editor's picks", "editors' picks", "further reading",
    ]

    /// A short label of one of those openings, a colon, then headlines without the full stop
    /// an article's sentence ends with.
    static func isLabelledLink(_ lower: String) -> Bool {
        guard let colon = lower.firstIndex(of: ":"), wordCount(String(lower[..<colon]), limit: 6) <= 6,
            linkLabelOpeners.contains(where: { lower.hasPrefix($0) })
        else { return false }
        let end = lower.trimmingCharacters(in: .whitespaces).last
        return end != "." && end != "?" && end != "!"
    }

    /// "Market data provided by X. Quotes delayed at least 15 minutes.": the notice a price
    /// widget carries, in a short line.
    static func isMarketDataNotice(_ s: String) -> Bool {
        guard wordCount(s, limit: 25) <= 25 else { return false }
        let lower = s.lowercased()
        return lower.hasPrefix("market data") || ["quotes delayed", "quotes are delayed", "prices delayed", "data delayed", "delayed by at least"].contains(where: lower.contains)
    }

    /// "Was this article helpful? Yes / No": the two buttons of a feedback widget end it.
    static func isFeedbackWidget(_ s: String) -> Bool {
        guard wordCount(s, limit: 15) <= 15 else { return false }
        let words = s.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.suffix(2) == ["yes", "no"]
    }

    /// Picture credits and captions' bylines: "Photo: Jane Doe/Agency", "(Image by X)".
    /// A caption under its label ("Photo: The harbour at dawn. (Ola Dunn/Agency)") may run
    /// to a sentence or two.
    static func isCredit(_ s: String) -> Bool {
        let words = wordCount(s, limit: 40)
        guard words <= 40 else { return false }
        let lower = s.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "()[] "))
        return ["photo", "image", "picture", "credit", "illustration", "video"].contains { word in
            lower.hasPrefix(word + ":") || lower.hasPrefix(word + "s:")
                || (words <= 12 && (lower.hasPrefix(word + " by ") || lower.hasPrefix(word + " credit")))
        }
    }

    static func endsWithFullStop(_ s: String) -> Bool {
        s.trimmingCharacters(in: .whitespaces).hasSuffix(".")
    }
}
