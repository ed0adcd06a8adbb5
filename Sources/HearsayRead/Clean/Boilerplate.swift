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
        "part of our", "gift this", "scroll down", "scroll for more",
        // "Advertisement" in the languages pages print it in.
        "publicidad", "publicité", "pubblicità", "anzeige", "annonse", "annons", "reklame", "advertentie",
    ]

    /// Labels that introduce a link to another article.
    static let relatedLabels: [String] = [
        "read more", "read also", "also read", "read next", "related", "see also", "more:", "recommended", "watch:", "listen again", "watch again",
        "listen live", "watch live",
    ]

    public struct Result: Sendable {
        public var paragraphs: [String]
        public var removed: [String]
    }

    /// `pageNames`: the page's own names (`PageVoice.names`), for lines at the top or the
    /// foot of the page in which it speaks of itself. `plainText`: the article came as text,
    /// with its furniture inline; a web page's extractor has already set its asides apart by
    /// their markup, and what is left in the form "Label: words" or "[...]" is the article's
    /// own subheadings, specifications and notes (`isLabelledAside`, `isEditorsNote` are read
    /// for text only).
    public static func clean(_ paragraphs: [String], title: String, pageNames: [[String]] = [], plainText: Bool = true) -> Result {
        let titleKey = Tokens.words(title)
        var keep = [Bool](repeating: true, count: paragraphs.count)
        // Lines in which the page speaks of itself ("This story will be updated."): whole
        // sentences, which end the trimming of the furniture under the article below.
        var ownVoice = [Bool](repeating: false, count: paragraphs.count)
        for (i, p) in paragraphs.enumerated() {
            let foot = i + 4 >= paragraphs.count
            if (i < 2 || foot) && PageVoice.speaksOfItself(p, names: pageNames, atFoot: foot) {
                keep[i] = false
                ownVoice[i] = true
            } else if PageVoice.speaksOfItself(p, names: pageNames, atFoot: false, midArticle: true) {
                keep[i] = false
            } else if isHashtagLine(p) || isDangling(p) || isCallToAction(p) || isPromotion(p) || isRelatedLink(p) || isCredit(p) || isPrompt(p) || isTagLine(p)
                || isFeedbackWidget(p) || isMarketDataNotice(p) || isDisclaimer(p) || isLinkList(p) || isSchedulePromo(p)
                || foot && isMastheadBlurb(p) || isHouseNotice(p) || plainText && (isLabelledAside(p) || isEditorsNote(p)) || isUpdateNotice(p) || isShareRow(p)
                || isBreadcrumb(p) || isContactNotice(p) || isBroadcastPromo(p) || isCaptionWithCredit(p)
            {
                keep[i] = false
            } else if !titleKey.isEmpty && p.utf8.count <= title.utf8.count * 2 + 16 && Tokens.words(p) == titleKey {
                keep[i] = false
            }
        }
        dropFurnitureLists(paragraphs, &keep)
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
            if (keep[end] || ownVoice[end]) && (hasSentenceEnd(p) || wordCount(p, limit: 12) > 12) { break }
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
        "reply", "listen", "email", "e-mail", "drop", "hit", "pin", "buy",
    ]

    /// Imperatives that send the reader to something else to watch, read or hear ("Watch the
    /// full report on ... at 6.30pm."): a line of them alone is furniture.
    static let pointingImperatives: Set<String> = ["watch", "listen", "read", "see", "view", "download", "follow", "subscribe", "sign", "refresh"]

    /// Verbs only a newsletter or page asks its reader ("Forward it to a colleague."): one
    /// sentence opening with them makes a short line a prompt, whatever the others say.
    static let newsletterImperatives: Set<String> = ["forward", "subscribe", "unsubscribe"]

    /// A short unpunctuated line that opens with a call-to-action word, or with an
    /// imperative verb and has one later ("Market share falls" is kept).
    /// Openings only a page's promotion has ("Sponsored: ...", "Download the X app for ...",
    /// "Join our WhatsApp group ...", "Follow the X on Facebook"): with one of them, a line up
    /// to sixteen words long without a full stop is furniture.
    static let promotionOpeners: [String] = [
        "sponsored", "advertisement", "promoted:", "paid content", "partner content", "subscribe to", "sign up to", "sign up for",
        "newsletter:", "download the", "download our", "get the app", "join our", "follow us", "like us on", "like and share",
        "share on facebook", "share this", "refresh for", "refresh the page", "subscribers:", "sign the petition",
        "newest posts first", "latest posts first", "how we rate", "how we fact-check", "how we check", "our standards:",
        // An audio player's and a page's own markers ("Listen to this article (3 min)", "Story
        // continues below advertisement"), and an advert's label.
        "listen to this article", "listen to this story", "listen to this post", "story continues below", "article continues below",
        "continue reading below", "ad:",
    ]

    /// Of those, the ones that may close with a full stop: labels, and the two imperatives
    /// that only ever sell the page.
    static let labelOpeners: [String] = promotionOpeners.filter { $0.hasSuffix(":") } + [
        "sponsored:", "advertisement:", "subscribe to ", "sign up to ", "sign up for ", "newest posts first", "latest posts first", "refresh the page",
    ]

    /// Questions a page puts to its readers to ask for tips ("Got a tip? ...", "Have a story
    /// for us?", "Have a claim you want us to check? ...").
    static let tipQuestions: [String] = ["got a tip", "got a story", "have a tip", "have a story", "have a claim", "know more about this"]

    static let kickers: Set<String> = ["exclusive", "breaking", "breaking news", "live", "analysis", "opinion", "comment", "explainer", "update", "revealed"]

    static func isPromotion(_ s: String) -> Bool {
        guard wordCount(s, limit: 25) <= 25 else { return false }
        let lower = s.lowercased().trimmingCharacters(in: .whitespaces)
        // The question itself, not "Got a tip-off from a friend, she ...".
        if tipQuestions.contains(where: { lower.hasPrefix($0) }), let q = lower.firstIndex(of: "?"), lower.firstIndex(of: ".").map({ q < $0 }) ?? true,
            wordCount(String(lower[..<q]), limit: 10) <= 10
        {
            return true
        }
        // A label ("Sponsored:", "Our standards:") or "Subscribe to" opens only a page's own
        // line, which may end with a full stop ("Newsletter: get the Ledger in your inbox."),
        // unless someone is reported saying it ("Sign up at the office by May, the operator said.").
        if wordCount(s, limit: 20) <= 20, labelOpeners.contains(where: lower.hasPrefix),
            !s.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) }),
            !Tokens.words(lower).contains(where: { ["said", "says", "told", "added"].contains($0) })
        {
            return true
        }
        guard wordCount(s, limit: 16) <= 16, !endsWithFullStop(s) else { return false }
        if promotionOpeners.contains(where: lower.hasPrefix) { return true }
        // "Check whether your street is affected in our interactive map": a tool of the page's own.
        if ["check whether", "check if", "find out if", "find out whether"].contains(where: lower.hasPrefix), lower.contains(" our ") { return true }
        // "EXCLUSIVE", "BREAKING": a kicker label alone on its line.
        if wordCount(s, limit: 2) <= 2, s == s.uppercased(), Self.kickers.contains(lower.trimmingCharacters(in: .punctuationCharacters)) { return true }
        // "Follow the Tarnby Courier on Facebook": a pointing imperative sending the reader to a network.
        let first = lower.split(separator: " ").first.map(String.init) ?? ""
        // "Follow our coverage on social media @CourierBooks": or to its account by handle.
        let handle = lower.split(separator: " ").contains { $0.count > 2 && $0.hasPrefix("@") }
        return ["follow", "join", "like"].contains(first)
            && (handle || [" on facebook", " on x", " on instagram", " on tiktok", " whatsapp", " telegram", " on social media"].contains { lower.contains($0) })
    }

    /// "Jobs: Store Manager, North - apply now", "Pictured: The quay at dawn", "Older post: Why
    /// ...?": a short label, a colon, then words that never close as a sentence does. An
    /// article's sentence that holds a colon ends with its full stop; a page's promotions,
    /// captions and links under a label do not. Reported speech after the colon ("She added:
    /// 'We ...'") stays, as does a label that is a date or a number ("2019: founded").
    static func isLabelledAside(_ s: String) -> Bool {
        guard wordCount(s, limit: 20) <= 20, let colon = s.firstIndex(of: ":"),
            !s.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) })
        else { return false }
        let label = s[..<colon].trimmingCharacters(in: .whitespaces)
        let rest = s[s.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard (1...4).contains(label.split(separator: " ").count), label.count > 2, label.first?.isUppercase == true,
            !label.contains(where: \.isNumber), wordCount(rest, limit: 2) >= 2,
            let opening = rest.first, !"'\u{2018}".contains(opening),
            !Tokens.words(label).contains(where: { ["said", "says", "added", "told", "wrote", "writes", "asked", "replied"].contains($0) })
        else { return false }
        // A linked headline may ask a question; a sentence closes with a stop.
        return !hasSentenceEnd(rest) || rest.hasSuffix("?")
    }

    /// "The Courier will update this story as it develops.", "We'll update this page when we
    /// hear back.": one short sentence promising to update the piece itself.
    static func isUpdateNotice(_ s: String) -> Bool {
        guard wordCount(s, limit: 16) <= 16, PageVoice.sentences(s).count == 1,
            !s.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) })
        else { return false }
        let words = Tokens.words(s)
        return words.indices.dropLast(2).contains { i in
            ["update", "updating"].contains(words[i]) && words[i + 1] == "this" && PageVoice.pieces.contains(words[i + 2])
        }
    }

    /// "[Translated from the Danish by our desk.]": a paragraph wholly in square brackets is
    /// the editor speaking over the text, never the reporter.
    static func isEditorsNote(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("["), t.hasSuffix("]"), wordCount(t, limit: 40) <= 40, !t.dropFirst().dropLast().contains(where: { "[]".contains($0) }) else { return false }
        return !t.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) })
    }

    /// "Share on X | Share on Facebook | Copy link": a row of buttons, each a call to action.
    static func isShareRow(_ s: String) -> Bool {
        guard wordCount(s, limit: 16) <= 16 else { return false }
        let parts = s.split(whereSeparator: { "|\u{00B7}\u{2022}".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.count >= 2 && parts.allSatisfy(isCallToAction)
    }

    /// Bullets and dashes that open a list item.
    static func listItem(_ s: String) -> Bool {
        ["- ", "\u{2022} ", "* ", "\u{2013} "].contains(where: s.hasPrefix)
    }

    /// A list of links: items without a sentence's end under a label that was furniture
    /// ("Related coverage:"), or under a short unpunctuated lead-in when every item is a
    /// labelled headline ("In this week's issue" over "- Nursery inspections: what changes").
    /// An article's own list has a lead-in that ends as a sentence or a question does.
    static func dropFurnitureLists(_ paragraphs: [String], _ keep: inout [Bool]) {
        var start = 0
        while start < paragraphs.count {
            guard listItem(paragraphs[start]), start > 0, !listItem(paragraphs[start - 1]) else {
                start += 1
                continue
            }
            var end = start
            while end < paragraphs.count && listItem(paragraphs[end]) { end += 1 }
            let items = paragraphs[start..<end].map { String($0.dropFirst(2)) }
            let lead = paragraphs[start - 1]
            if items.allSatisfy({ !hasSentenceEnd($0) }),
                !keep[start - 1] || !hasSentenceEnd(lead) && wordCount(lead, limit: 8) <= 8 && items.allSatisfy(isLabelledAside)
            {
                for i in (start - 1)..<end { keep[i] = false }
            }
            start = end
        }
    }

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
        "get in touch", "contact us", "newsdesk", "news desk", "our readers", "our methodology", "a friend who",
        "comment below", "for later",
    ]

    /// A call to action in whole sentences ("Love ferries? Join 9,000 readers and get our
    /// newsletter."): every sentence is an imperative or a short question, and the line
    /// speaks to the page's readers.
    static func isPrompt(_ s: String) -> Bool {
        guard wordCount(s, limit: 40) <= 40 else { return false }
        let lower = s.lowercased()
        // Quoted speech may well be an imperative; a page's prompt is never quoted.
        guard !lower.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}\u{2018}".unicodeScalars.contains($0) }) else { return false }
        let readers = readerWords.contains(where: lower.contains)
        // "Gazette readers can put questions at our open evening": the page speaks of its own
        // readers and itself.
        if (lower.hasPrefix("readers ") || [" readers can ", " readers are invited", " readers may "].contains(where: lower.contains)) && lower.contains(" our ") {
            return true
        }
        let sentences = PageVoice.sentences(lower)
        func opening(_ sentence: String) -> String {
            // "Reader tip: send us ...", "Tips are confidential: just reply ...": a label before a
            // colon, and "just" or "please" before the verb.
            var body = Substring(sentence)
            if let colon = body.firstIndex(of: ":"), wordCount(String(body[..<colon]), limit: 5) <= 5 { body = body[body.index(after: colon)...] }
            let words = body.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }
            return words.first { !["just", "please", "simply", "now"].contains($0) } ?? ""
        }
        // "Download the app", "Watch it again": an imperative takes its object; "Download
        // speeds will double" opens with a noun.
        func pointsAt(_ sentence: String) -> Bool {
            let words = sentence.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }
            guard let v = words.firstIndex(where: { !["just", "please", "simply", "now"].contains($0) }), v + 1 < words.count,
                pointingImperatives.contains(words[v])
            else { return false }
            return ["the", "our", "it", "this", "a", "an", "all", "more", "us", "them", "again", "live", "today", "every", "your", "now"].contains(words[v + 1])
        }
        var imperative = false
        var question = false
        let all = sentences.allSatisfy { sentence in
            let first = opening(sentence)
            // A question put to the reader, a sentence about what the reader receives, or one
            // that ends on the word of a link ("... download the table here.").
            if imperatives.contains(first) || pointsAt(sentence) || ["subscribe", "share"].contains(first) || sentence.hasPrefix("have your say") {
                imperative = true
                return true
            }
            if sentence.hasSuffix("?") && (wordCount(sentence, limit: 10) <= 10 || sentence.contains(" you ")) {
                question = true
                return true
            }
            return (first == "you" && readerWords.contains(where: sentence.contains))
                || sentence.hasSuffix(" here.") || sentence.hasSuffix(" here")
        }
        guard all else {
            return wordCount(s, limit: 30) <= 30 && sentences.count <= 3 && sentences.contains { newsletterImperatives.contains(opening($0)) }
        }
        if readers { return true }
        // Without the words only a page says: a question to the reader and what to do about it
        // ("Enjoying the Dispatch? Forward it to a friend."), or one short pointer elsewhere.
        // A line that leads in to what follows ("Download it here so you can ...:") is the text's.
        guard !lower.trimmingCharacters(in: .whitespaces).hasSuffix(":") else { return false }
        if imperative && question { return true }
        let pointer = sentences.count == 1 && wordCount(s, limit: 15) <= 15 && pointsAt(sentences[0])
            && [".", "!"].contains(lower.trimmingCharacters(in: .whitespaces).last.map(String.init) ?? "")
            && !lower.hasPrefix("read on")
        return pointer || imperative && wordCount(s, limit: 12) <= 12
            && [" you", " your ", " us ", " us.", "below", "this email", "this e-mail"].contains(where: lower.contains)
    }

    /// "Pro subscribers can download our costing model.", "Tickets are on sale through our
    /// partner.", "Register for your free pass.": outside quotation marks, a short line that
    /// speaks as the page ("our") of what it sells, or to its reader ("your") of what only a
    /// page sells (a subscription, not tickets or tips, which a blog's own sentence offers too).
    static func isHouseNotice(_ s: String) -> Bool {
        guard wordCount(s, limit: 20) <= 20, !s.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) }) else { return false }
        let words = Tokens.words(s)
        let asThePage = words.contains { $0 == "our" || $0 == "us" }
        guard asThePage || words.contains("your") else { return false }
        return words.contains(where: pageWares.contains) || asThePage && words.contains(where: houseWares.contains)
            || words.indices.dropLast().contains { ["sign", "log"].contains(words[$0]) && ["up", "in"].contains(words[$0 + 1]) }
    }

    static let pageWares: Set<String> = [
        "subscriber", "subscribers", "subscription", "subscriptions", "subscribe", "newsletter", "newsletters", "inbox", "register",
        "methodology", "briefing", "podcast", "premium",
    ]
    static let houseWares: Set<String> = ["tickets", "offer", "tips"]

    /// Notices a page puts under every article ("Comments are closed.", "This is not
    /// investment advice.", "We are not responsible for the content of external sites.").
    static let disclaimers: [String] = [
        "comments are closed", "comments have been closed", "comments are now closed", "not investment advice",
        "not financial advice", "does not constitute advice", "for information only", "for informational purposes only",
        "content of external sites", "content of external websites", "content of external internet sites",
        "all rights reserved", "this article is for", "this story is for", "all times are",
        "this article was translated", "this story was translated", "translated from the original", "is reader-supported",
        "is funded by its readers", "may earn a commission", "we may earn", "affiliate link", "funded by readers", "funded by our readers",
        "reader-funded", "comments are moderated", "has been translated from", "automated translation", "machine translation",
        // A wire's or a syndicator's terms ("(c) X Wire 2026. Reproduction without permission prohibited.").
        "reproduction without permission", "not for resale", "not for reproduction", "may not be reproduced", "may not be republished",
        "support independent journalism", "support local journalism", "support community journalism",
    ]

    static func isDisclaimer(_ s: String) -> Bool {
        guard wordCount(s, limit: 25) <= 25 else { return false }
        let lower = s.lowercased()
        // "Disclaimer: ..." labels itself.
        return disclaimers.contains(where: lower.contains) || lower.hasPrefix("copyright ") || lower.hasPrefix("disclaimer:")
            || lower.hasPrefix("(c) ") || lower.hasPrefix("\u{00A9}")
    }

    /// "Listen to Harbour Breakfast weekdays from 6am.", "Get the Saleroom Letter every Monday –
    /// prices and people.": one sentence that tells the reader to tune in or sign up, and when.
    static func isSchedulePromo(_ s: String) -> Bool {
        guard wordCount(s, limit: 20) <= 20, !s.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) }) else { return false }
        let words = s.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard let first = words.first, promoImperatives.contains(first), words.count >= 3 else { return false }
        // The programme or letter is named: "Listen to Island Mornings", "Get the Harbour
        // Letter", "Catch Quayside Tonight"; not "Watch crews will be cut".
        let original = s.split(separator: " ")
        var title = 1
        while title < min(original.count, 4) && ["to", "the", "our", "in", "into", "up"].contains(words[title]) { title += 1 }
        guard title < original.count, original[title].first?.isUppercase == true else { return false }
        // One sentence: no stop before a space ("at 6.30pm." is one).
        guard !s.contains(". "), !s.contains("? "), !s.contains("! ") else { return false }
        return words.contains { scheduleWords.contains($0) || ($0.hasSuffix("am") || $0.hasSuffix("pm")) && $0.first?.isNumber == true }
    }

    static let promoImperatives: Set<String> = ["listen", "watch", "get", "catch", "tune", "hear", "stream", "join", "read"]
    static let scheduleWords: Set<String> = [
        "every", "weekdays", "weeknights", "weekends", "daily", "nightly", "mondays", "tuesdays", "wednesdays", "thursdays",
        "fridays", "saturdays", "sundays",
    ]

    /// "The Harbour Brief is read by 18,000 engineers.", "FactCheck North is an independent,
    /// non-profit service.": near the end of a page, a title-case name that describes itself as
    /// a publication does (who reads it, what it costs, who makes it).
    static func isMastheadBlurb(_ s: String) -> Bool {
        guard wordCount(s, limit: 35) <= 35 else { return false }
        guard let range = blurbVerbs.lazy.compactMap({ s.range(of: $0, options: .caseInsensitive) }).first else { return false }
        let names = s[..<range.lowerBound].split(separator: " ")
        // "Jo Roe's Wine of the Week appears every Saturday.": a column's name joins its words with "of" and "the".
        return !names.isEmpty && names.count <= 6 && names.first?.first?.isUppercase == true
            && names.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true || ["of", "the", "and", "&"].contains($0) }
    }

    static let blurbVerbs: [String] = [
        " is read by ", " is free for ", " is free to ", " is an independent", " is a non-profit", " is a nonprofit",
        " is a not-for-profit", " is brought to you by ", " is produced by ", " is published by ", " is sent to ",
        // A column's, a programme's or a writer's line at the foot ("Farm Hour is broadcast every
        // weekday at 18:00", "Jo Roe writes about the arts for the Gazette"). Not "covers": "The
        // Ambulance Service covers four counties" is the article's background.
        " appears every ", " is broadcast every ", " is on air every ", " writes about ", " writes for ",
    ]

    /// "Related guides: How recalls work | Your rights": a short label, a colon, then two or
    /// more titles set apart by bars, with no sentence's end.
    static func isLinkList(_ s: String) -> Bool {
        guard wordCount(s, limit: 40) <= 40, let colon = s.firstIndex(of: ":"), wordCount(String(s[..<colon]), limit: 4) <= 4 else { return false }
        let end = s.trimmingCharacters(in: .whitespaces).last
        guard end != ".", end != "!" else { return false }
        let rest = s[s.index(after: colon)...]
        guard !rest.contains(":") else { return false }
        // Bars and bullets set titles apart; a slash only with spaces around it ("A / B").
        for bar in ["|", "\u{2022}", "\u{00B7}", " / ", " \u{2013} "] {
            let items = rest.components(separatedBy: bar)
            // A dash sets apart a score or a range ("2 – 1") as well: three items at least.
            if items.count >= (bar == " \u{2013} " ? 3 : 2) && items.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { return true }
        }
        return false
    }

    /// Labels of a page's tag and topic lists.
    static let tagLabels: [String] = ["tags", "tagged", "filed under", "topics", "related topics", "keywords", "categories", "category", "posted in"]

    /// "Filed under: Ferries, Harwick": a label, then a list without sentence punctuation.
    static func isTagLine(_ s: String) -> Bool {
        // "Posted in Campaign updates": a blog's category line, with or without its colon.
        if wordCount(s, limit: 8) <= 8, !hasSentenceEnd(s), s.lowercased().hasPrefix("posted in ") { return true }
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
        "more ", "related ", "you may also", "you might also", "in other news", "also on ", "also in ", "elsewhere", "don't miss", "up next",
        "latest ", "most popular", "top stories", "editor's picks", "editors' picks", "further reading", "most read", "most viewed",
        "most shared",
    ]

    /// A short label of one of those openings, a colon, then headlines without the full stop
    /// an article's sentence ends with.
    static func isLabelledLink(_ lower: String) -> Bool {
        guard let colon = lower.firstIndex(of: ":"), wordCount(String(lower[..<colon]), limit: 6) <= 6,
            linkLabelOpeners.contains(where: { lower.hasPrefix($0) })
        else { return false }
        // A linked headline may ask a question ("More on this story: What is the Skerrow Bank?").
        let end = lower.trimmingCharacters(in: .whitespaces).last
        // Headlines set apart by semicolons may close with a stop ("In other news: A names a
        // director; B sales up.").
        return end != "." && end != "!" || end == "." && lower[colon...].contains(";")
    }

    /// "Market data provided by X. Quotes delayed at least 15 minutes.": the notice a price
    /// widget carries, in a short line.
    static func isMarketDataNotice(_ s: String) -> Bool {
        guard wordCount(s, limit: 25) <= 25 else { return false }
        let lower = s.lowercased()
        // "XYZ 0.41 USD ▼ 31.0%": a price with its arrow, as a ticker widget prints it.
        let ticker = wordCount(s, limit: 8) <= 8 && lower.contains("%") && lower.unicodeScalars.contains { "\u{25B2}\u{25BC}\u{2191}\u{2193}".unicodeScalars.contains($0) }
        return ticker || lower.hasPrefix("market data") || ["quotes delayed", "quotes are delayed", "prices delayed", "data delayed", "delayed by at least"].contains(where: lower.contains)
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
        if words <= 20, isWorkCredit(lower) { return true }
        return ["photo", "photograph", "image", "picture", "credit", "illustration", "video", "image caption", "caption"].contains { word in
            lower.hasPrefix(word + ":") || lower.hasPrefix(word + "s:")
                || (words <= 12 && (lower.hasPrefix(word + " by ") || lower.hasPrefix(word + " credit")))
        }
    }

    /// "Reporting by A; editing by B.", "Translated from the French by the desk.": a wire's or
    /// a translator's credit for the piece, in which every sentence names who did the work.
    static func isWorkCredit(_ lower: String) -> Bool {
        let credits = ["reporting by ", "additional reporting by ", "editing by ", "writing by ", "compiled by ", "produced by "]
        let sentences = PageVoice.sentences(lower).flatMap { $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } }
        guard !sentences.isEmpty else { return false }
        return sentences.allSatisfy { sentence in
            if credits.contains(where: sentence.hasPrefix) { return true }
            // "translated from the French by ...", "translated from Spanish by ...": the language is one word.
            guard sentence.hasPrefix("translated from ") else { return false }
            let rest = sentence.dropFirst("translated from ".count).split(separator: " ")
            let by = rest.first == "the" ? 2 : 1
            return rest.count > by && rest[by] == "by"
        }
    }

    /// "Summit Weekly › News › Huts", "Markets | Manufacturing", "Le Courrier | Culture |
    /// Translated from French": a page's trail of sections, short names set apart by
    /// chevrons or bars, with no sentence's end. Bars also set apart a headline's parts, so
    /// between bars every word must be a name's (capitalised, or "of", "and", "from").
    static func isBreadcrumb(_ s: String) -> Bool {
        guard wordCount(s, limit: 14) <= 14, !hasSentenceEnd(s) else { return false }
        for (bar, strict) in [("\u{203A}", false), ("\u{00BB}", false), (" > ", false), ("|", true)] {
            let parts = s.components(separatedBy: bar).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && wordCount($0, limit: 4) <= 4 && $0.first?.isUppercase == true }) else { continue }
            if !strict { return true }
            let words = parts.flatMap { $0.split(separator: " ") }
            if words.allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "&", "from", "de", "du", "la", "le", "the"].contains($0) }) { return true }
        }
        return false
    }

    /// "Jo Roe among her pear trees at Sallow Farm. Photo: Ann Lee": a caption that ends on
    /// its picture's credit. An article's sentence never closes on "Photo:" and a name.
    static func isCaptionWithCredit(_ s: String) -> Bool {
        guard wordCount(s, limit: 40) <= 40, !s.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) }) else { return false }
        for label in ["Photo:", "Photograph:", "Picture:", "Image:", "Photo credit:", "Credit:"] {
            guard let r = s.range(of: label, options: .backwards), r.lowerBound > s.startIndex else { continue }
            let before = s[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            let credit = s[r.upperBound...].trimmingCharacters(in: .whitespaces)
            // The credit is a name or an agency ("Clarion Sport/Ian Furze"), not a sentence.
            if let end = before.last, ".)|".contains(end),
                !credit.isEmpty, wordCount(credit, limit: 8) <= 8, credit.first?.isUppercase == true,
                !PageVoice.sentences(credit).dropFirst().contains(where: { wordCount($0, limit: 3) > 2 })
            {
                return true
            }
        }
        return false
    }

    /// "To report an error, email corrections@gazette.example.", "If you value this blog, buy
    /// us a coffee at ko-fi.com/x", "If you have a tip, reply to this email: we read
    /// everything.": outside quotation marks, the page speaking as itself ("our", "us", "me")
    /// and giving the reader a way to reach it (an address, a number, a messaging app).
    /// "Anyone with information should call police on 101" is an article's: nobody in it
    /// speaks as the page.
    static func isContactNotice(_ s: String) -> Bool {
        guard wordCount(s, limit: 40) <= 40, !s.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) }) else { return false }
        let lower = s.lowercased()
        let words = Tokens.words(lower)
        let channel = hasWebAddress(s) || lower.contains("this email") || lower.contains("this e-mail") || phoneDigits(s) >= 9
            || words.contains { ["signal", "whatsapp"].contains($0) } && (lower.contains(" on signal") || lower.contains(" on whatsapp"))
        guard channel, words.contains(where: { ["our", "us", "we", "me", "my"].contains($0) }) else { return false }
        return words.contains(where: { ["you", "your"].contains($0) })
            || PageVoice.sentences(lower).contains { sentence in Tokens.words(sentence).first.map { imperatives.contains($0) || promoImperatives.contains($0) } ?? false }
    }

    /// "Listen live on 96.4 FM or on the app.", "Hear the full interview at harbourradio.org":
    /// a short line in which a sentence tells the reader to tune in, and where.
    static func isBroadcastPromo(_ s: String) -> Bool {
        guard wordCount(s, limit: 25) <= 25, !s.unicodeScalars.contains(where: { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) }) else { return false }
        let words = Tokens.words(s)
        let tuneIn = PageVoice.sentences(s.lowercased()).contains { sentence in
            let w = Tokens.words(sentence)
            let verb = w.first == "you" && w.count > 2 && w[1] == "can" ? w[2] : w.first ?? ""
            return ["listen", "watch", "hear", "tune", "stream", "catch"].contains(verb)
        }
        guard tuneIn else { return false }
        let band = words.indices.dropFirst().contains { ["fm", "am", "dab"].contains(words[$0]) && words[$0 - 1].first?.isNumber == true }
        return band || hasWebAddress(s) || words.last == "online" || words.last == "app"
    }

    /// A web or mail address ("ko-fi.com/x", "news@gazette.example", "www.x.org"): a host of
    /// two letters or more, a dot, then a lower-case ending of letters, not "U.S." or "3.5bn".
    static func hasWebAddress(_ s: String) -> Bool {
        s.split(whereSeparator: \.isWhitespace).contains { raw in
            let token = raw.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?()[]\"'\u{201C}\u{201D}\u{2019}"))
            let host = token.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
            guard let dot = host.lastIndex(of: "."), host.first != "@" else { return false }
            let ending = host[host.index(after: dot)...]
            let name = host[..<dot].split(whereSeparator: { $0 == "@" || $0 == "." }).last ?? ""
            return (2...10).contains(ending.count) && ending.allSatisfy({ $0.isLowercase && $0.isLetter }) && name.count >= 2
                && name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) && host.contains(where: \.isLowercase)
        }
    }

    /// Digits in the line's longest run of digits and single spaces ("0800 555 0192").
    static func phoneDigits(_ s: String) -> Int {
        var best = 0, run = 0, gap = false
        for c in s {
            if c.isNumber { run += 1; gap = false } else if c == " " && run > 0 && !gap { gap = true } else { best = max(best, run); run = 0; gap = false }
        }
        return max(best, run)
    }

    static func endsWithFullStop(_ s: String) -> Bool {
        s.trimmingCharacters(in: .whitespaces).hasSuffix(".")
    }
}
