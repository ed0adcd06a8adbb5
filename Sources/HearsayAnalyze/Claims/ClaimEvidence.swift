import HearsayModel
import HearsayText

/// Origin, sourcing and the parties' stances: read from the sentences and quotations of
/// the story's articles.
enum ClaimEvidence {
    /// The outlet or person the articles credit with the claim: the cited source named
    /// most often in or right before the claim's sentences, then in most articles.
    /// A source that is itself a party to the claim (`isParty`: a company the claim names)
    /// gives way to one that is not: a party speaks to the report, a reporter makes it.
    static func origin(_ group: [ClaimCandidate], _ draft: StoryDraft, isParty: (String) -> Bool = { _ in false }) -> String? {
        var votes: [String: (hits: Int, articles: Int)] = [:]
        for citation in draft.story.citations where citation.kind == .outlet {
            let name = citation.source
            var hits = 0
            for c in group {
                let doc = draft.documents[c.article]
                // A headline claim stands at sentence 0 of a body that may have none.
                let nearby = [c.sentence - 1, c.sentence].filter(doc.sentences.indices.contains).map(doc.sentenceText)
                // A masthead line above the claim ("Backline · News · 8 May 2026", "Dunstreath
                // Today"), with no lower-case word, credits nobody: the outlet publishing a
                // report is not thereby its origin.
                if nearby.contains(where: { containsWords($0, name) && !isMastheadLine($0) }) { hits += 1 }
            }
            guard hits > 0 else { continue }
            votes[name] = (hits, citation.articles.count)
        }
        if votes.keys.contains(where: { !isParty($0) }) { votes = votes.filter { !isParty($0.key) } }
        return votes.max { a, b in (a.value.hits, a.value.articles, b.key) < (b.value.hits, b.value.articles, a.key) }?.key
    }

    /// The fullest form the articles cite an outlet by: outlets name a paper in full once
    /// and then by its last word ("the Beacon" for the Daily Beacon), and the short form may
    /// win the vote. Only when every longer form ends in the name and each holds the shorter
    /// ones: "Post" beside both an "Evening Post" and a "Morning Post" stays as it is.
    static func fullestForm(_ name: String, _ draft: StoryDraft) -> String {
        if let whole = nameCutAtPossessive(name, draft) { return whole }
        let suffix = " " + name.lowercased()
        let longer = Set(draft.story.citations.filter { $0.kind == .outlet && $0.source.lowercased().hasSuffix(suffix) }.map(\.source))
            .sorted { ($0.count, $0) > ($1.count, $1) }
        guard let fullest = longer.first,
            longer.allSatisfy({ fullest.lowercased() == $0.lowercased() || fullest.lowercased().hasSuffix(" " + $0.lowercased()) })
        else { return name }
        return fullest
    }

    /// A name the articles never write alone but always before "'s" and the same capitalised
    /// word ("The Grocer's Ledger", "Farmer's Weekly") is the first part of a longer name: a
    /// possessive cut it short. Twice at least, so a lone "the Courier's Jo Roe" changes nothing.
    static func nameCutAtPossessive(_ name: String, _ draft: StoryDraft) -> String? {
        guard !name.isEmpty, !name.hasSuffix("s") else { return nil }
        var seen: [String: Int] = [:]
        var alone = 0
        for article in draft.articles {
            let text = article.title + "\n" + article.body
            var rest = text[...]
            while let r = rest.range(of: name) {
                rest = text[r.upperBound...]
                let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
                // Inside a longer word is no mention.
                if before.isLetter || before.isNumber { continue }
                let after = text[r.upperBound...]
                guard let mark = after.first, mark == "'" || mark == "\u{2019}", after.dropFirst().first == "s", after.dropFirst(2).first == " " else {
                    if let c = after.first, c.isLetter || c.isNumber { continue }
                    alone += 1
                    continue
                }
                let next = after.dropFirst(3).prefix { $0.isLetter }
                guard let initial = next.first, initial.isUppercase else {
                    alone += 1
                    continue
                }
                // One name however its apostrophe is typed.
                seen[name + "'s " + next, default: 0] += 1
            }
        }
        guard alone == 0, seen.count == 1, let (whole, count) = seen.first, count >= 2 else { return nil }
        return whole
    }

    /// A network's bare name ("TikTok", "Facebook"): where posts appear, not who told them.
    static func isPlatform(_ name: String) -> Bool {
        let words = Tokens.words(name)
        return words.count == 1 && ClaimLexicon.platforms.contains(words[0])
    }

    /// A line of capitalised words, numbers and separators only: a masthead, section or
    /// date line, never a sentence that credits a source.
    static func isMastheadLine(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter && !$0.isNumber }
        return !words.isEmpty && !words.contains { $0.first!.isLowercase }
    }

    /// Cited sources the articles describe as fact-checkers ("the fact-checking site X", "X,
    /// a fact-checking organisation", "fact-checkers at X"): they test a claim, they never
    /// first made it, however many articles cite them.
    static func factCheckers(_ draft: StoryDraft) -> Set<String> {
        let names = Set(draft.story.citations.filter { $0.kind == .outlet }.map(\.source))
        guard !names.isEmpty else { return [] }
        let keyed = names.map { ($0, Tokens.words($0)) }.filter { !$0.1.isEmpty }
        func checking(_ t: ArraySlice<String>) -> Bool {
            t.indices.contains { i in
                t[i].hasPrefix("factcheck") || t[i] == "fact" && i + 1 < t.endIndex && t[i + 1].hasPrefix("check")
            }
        }
        var out = Set<String>()
        for doc in draft.documents {
            for s in doc.sentences.indices {
                let t = Tokens.words(doc.sentenceText(s))
                for (name, key) in keyed where !out.contains(name) && t.count >= key.count {
                    // The first word before the slice: most positions fail there without a copy.
                    for k in 0...(t.count - key.count) where t[k] == key[0] && t[k..<(k + key.count)].elementsEqual(key) {
                        if checking(t[max(0, k - 4)..<k]) || checking(t[(k + key.count)..<min(t.count, k + key.count + 4)]) { out.insert(name) }
                    }
                }
            }
        }
        return out
    }

    /// The source that at least half the story's articles (two or more) cite, when one
    /// stands above the rest: the report every rewrite goes back to, for a core claim whose
    /// own sentences name nobody ("X plans Y", with "according to the Ledger" a paragraph on).
    static func commonSource(_ draft: StoryDraft, excluding: (String) -> Bool = { _ in false }) -> String? {
        var counts = draft.story.citations.filter { $0.kind == .outlet && !excluding($0.source) }.map { ($0.source, Set($0.articles).count) }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        // A network carries what an outlet or an account told ("a video shared on TikTok and
        // reported by the Beacon"): every article names it as often as the report, but it is
        // the one they go back to only when no teller is cited as widely.
        let tellers = counts.filter { !isPlatform($0.0) }
        if let first = tellers.first, first.1 >= 2, first.1 * 2 >= draft.articles.count { counts = tellers }
        guard let top = counts.first, top.1 >= 2, top.1 * 2 >= draft.articles.count else { return nil }
        return counts.count > 1 && counts[1].1 == top.1 ? nil : top.0
    }

    /// The outlet that published the article the claim is worded from, when other articles
    /// cite it and no article is dated before it: its own scoop, which it words without
    /// crediting anyone ("according to a draft seen by the Examiner"), where a sentence near
    /// the claim may name a party or a wire's own dateline. The name as the citing articles
    /// write it.
    static func ownScoop(_ best: ClaimCandidate, _ draft: StoryDraft) -> String? {
        let article = draft.articles[best.article]
        guard let outlet = article.outlet, let day = article.published.map({ $0.prefix(10) }),
            !draft.articles.contains(where: { other in other.published.map { $0.prefix(10) < day } ?? false })
        else { return nil }
        // "The Lindgate Post reported that ...": a claim its own sentence credits to another
        // outlet, outside the claim's words, is that outlet's story, retold the same day.
        let doc = draft.documents[best.article]
        if !best.headline, doc.sentences.indices.contains(best.sentence) {
            let sentence = doc.sentenceText(best.sentence)
            let credits = draft.story.citations.contains { c in
                // Credited as the teller: "X reported", "X revealed", "according to X"; a
                // name the claim is about ("the Council (MEC) voted") credits nobody.
                c.kind == .outlet && !QuoteStage.isOwnName(outlet, c.source) && !isPlatform(c.source) && !containsWords(best.text, c.source)
                    && (ClaimLexicon.scoopVerbs.contains { containsWords(sentence, "\(c.source) \($0)") }
                        || containsWords(sentence, "according to \(c.source)") || containsWords(sentence, "according to the \(c.source)"))
            }
            if credits { return nil }
        }
        return draft.story.citations.first { c in
            c.kind == .outlet && QuoteStage.isOwnName(outlet, c.source) && c.articles.contains { $0 != article.id }
        }?.source
    }

    /// The cited source the articles say first reported the news ("the Gazette, which first
    /// reported the plan", "as first reported by the Courier", "X first revealed"): the
    /// journalists' own convention for crediting a scoop. The one most articles credit so,
    /// alone at the top.
    static func firstReporter(_ draft: StoryDraft, verbs: Set<String> = ClaimLexicon.firstTellingVerbs, excluding: (String) -> Bool = { _ in false }) -> String? {
        // Each article's sentences that credit a scoop, read once for every source.
        // Each with whether only "appeared" credits it: a network where a clip first appeared
        // is where it was posted, which the post's own rules read, not a reporter.
        var scoops: [String: [(text: String, appeared: Bool)]] = [:]
        for (a, article) in draft.articles.enumerated() where scoops[article.id] == nil {
            let doc = draft.documents[a]
            scoops[article.id] = doc.sentences.indices.map(doc.sentenceText).compactMap { text in
                let words = Tokens.words(text)
                let near = words.indices.filter { words[$0] == "first" }.flatMap { k in words[max(0, k - 2)..<min(words.count, k + 3)].filter(verbs.contains) }
                return near.isEmpty ? nil : (text, near.allSatisfy { $0 == "appeared" })
            }
        }
        var counts: [String: Int] = [:]
        for citation in draft.story.citations where citation.kind == .outlet && !excluding(citation.source) {
            counts[citation.source] = Set(citation.articles).count { id in
                scoops[id]?.contains { containsWords($0.text, citation.source) && !($0.appeared && isPlatform(citation.source)) } ?? false
            }
        }
        let ranked = counts.filter { $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first, ranked.count < 2 || ranked[1].value < top.value else { return nil }
        return top.key
    }

    /// The outlet that turned a post into news, by the convention the coverage credits it
    /// with: the one the articles say first reported or revealed it (`firstReporter`), else the one
    /// outlet an article says has retracted, withdrawn or apologised for its report
    /// (`ClaimStage.retracts`): a report taken back was the report the rumour ran as, and
    /// the post it relied on is its sourcing. A network's bare name is never such an outlet.
    static func outletReporting(_ draft: StoryDraft, excluding: (String) -> Bool) -> String? {
        func excluded(_ name: String) -> Bool { excluding(name) || isPlatform(name) }
        // "The photograph was first published by the Gazette in 2019": an outlet that first
        // published a picture the post reused printed the picture, not the rumour.
        if let first = firstReporter(draft, verbs: ClaimLexicon.scoopVerbs.subtracting(["published"]), excluding: excluded) { return first }
        let retracting = draft.story.citations.filter { c in
            c.kind == .outlet && !excluded(c.source) && ClaimStage.retractedByOrigin(c.source, draft) != nil
        }.map(\.source).sorted { ($0.count, $0) > ($1.count, $1) }
        // "the Evening Post" and "the Post" are one outlet, named in full and short.
        guard let fullest = retracting.first, retracting.allSatisfy({ containsWords(fullest, $0) }) else { return nil }
        return fullest
    }

    /// Posts that one of the claim's sentences (a headline's lede) says carried it ("Posts
    /// claiming that X spread on social media", "tributes poured in after posts claimed that
    /// X" with "social media" in the sentence): for a claim no outlet is credited with, the platform is who
    /// first told it and the posts are what it rests on.
    static func onlinePosts(_ group: [ClaimCandidate], _ draft: StoryDraft) -> (origin: String, sourcing: String)? {
        // A headline's posts are told in its lede.
        let sentences = group.flatMap { c in (c.headline ? [0, 1] : [c.sentence]).map { (c.article, $0) } }
        for (a, s) in sentences.sorted(by: <) {
            let doc = draft.documents[a]
            guard doc.sentences.indices.contains(s) else { continue }
            let t = ClaimWords.tokens(doc, doc.sentences[s].range)
            guard let post = t.first(where: { $0.lower == "posts" || ClaimLexicon.postNouns.contains($0.lower) }) else { continue }
            if let k = t.indices.first(where: { t[$0].lower == "social" && $0 + 1 < t.count && t[$0 + 1].lower == "media" }) {
                return ("social media", post.lower + " on " + doc.string(t[k].range.lowerBound..<t[k + 1].range.upperBound).lowercased())
            }
            if let place = t.first(where: { ClaimLexicon.platforms.contains($0.lower) }) {
                let online = ["online", "internet"].contains(place.lower)
                return (online ? "social media" : place.text, post.lower + (online ? " online" : " on " + place.text))
            }
        }
        return nil
    }

    /// The network the articles say a post carrying the news appeared or spread on ("a post
    /// making this claim appeared in a Facebook group", "the post, which first surfaced on
    /// TikTok", "spread on WhatsApp, where a message claimed"), anywhere in the story: for a
    /// claim no outlet or account is credited with, where it was first told. A sentence
    /// counts with a post noun ("a post", "posts", "messages"), a platform and a verb of
    /// appearing, posting or spreading ("said in a post on X" is a party's answer, not the
    /// rumour); the platform most articles (two or more) name so, alone at the top.
    static func postPlatform(_ draft: StoryDraft) -> String? {
        var articles: [String: Set<Int>] = [:]
        for (a, doc) in draft.documents.enumerated() {
            for s in doc.sentences.indices {
                let t = ClaimWords.tokens(doc, doc.sentences[s].range)
                let words = t.map(\.lower)
                let postNoun = words.indices.contains { k in
                    words[k] == "posts" || ClaimLexicon.postNouns.contains(words[k])
                        || words[k] == "post" && words[max(0, k - 2)..<k].contains(where: ClaimLexicon.determiners.contains)
                }
                guard postNoun,
                    // "post" is the noun here, never the verb that tells of posting.
                    words.contains(where: { $0 != "post" && $0 != "posts" && ClaimLexicon.postingVerbs.contains($0) || ClaimLexicon.goingViral.contains($0) || ClaimLexicon.surfacing.contains($0) })
                else { continue }
                let social = zip(words, words.dropFirst()).contains { $0 == ("social", "media") }
                guard let place = social ? "social media" : t.first(where: { ClaimLexicon.platforms.contains($0.lower) }).map({ ["online", "internet"].contains($0.lower) ? "social media" : $0.text })
                else { continue }
                articles[place, default: []].insert(a)
            }
        }
        return soleLeader(articles)
    }

    /// The account the articles say posted the rumour ("first posted by the account @X", "an
    /// account calling itself @X", "the X account @X posted an image"): a hoax starts as a
    /// post, and the account that made it is its origin. A handle counts when its sentence
    /// has a verb of posting and an account noun or "by" stands up to six words before it
    /// ("Follow us @outlet" has neither); the one most articles (two or more) name so,
    /// alone at the top.
    static func postingAccount(_ draft: StoryDraft) -> String? {
        var articles: [String: Set<Int>] = [:]
        for (a, doc) in draft.documents.enumerated() {
            for s in doc.sentences.indices {
                let text = doc.sentenceText(s)
                guard text.contains("@"), Tokens.words(text).contains(where: ClaimLexicon.postingVerbs.contains) else { continue }
                for (handle, before, after) in handles(in: text) {
                    let near = Tokens.words(before).suffix(6)
                    // "posted by the account @X", "the @X account": the noun may follow the handle.
                    if near.contains(where: { $0 == "by" || Lexicon.accountNouns.contains($0) })
                        || Tokens.words(after).first.map(Lexicon.accountNouns.contains) == true
                    {
                        articles[handle, default: []].insert(a)
                    }
                }
            }
            for s in doc.sentences.indices {
                for name in namedPages(ClaimWords.tokens(doc, doc.sentences[s].range)) { articles[name, default: []].insert(a) }
            }
        }
        return soleLeader(articles)
    }

    /// Pages, groups and channels named as such ("a Facebook page called Harbour Watch", "the
    /// page Harbour Watch", "the Harbour Watch page"): an account without an "@", as outlets
    /// name the page a hoax came from. A platform's own name is no page's ("the Facebook page").
    /// Only in a sentence that tells of something online: "investment group X" and "the X
    /// group" of campaigners are bodies.
    static func namedPages(_ t: [WordToken]) -> [String] {
        guard t.contains(where: { ClaimLexicon.platforms.contains($0.lower) || ClaimLexicon.postingVerbs.contains($0.lower) }) else { return [] }
        let pageNouns: Set<String> = ["page", "group", "channel", "profile", "account"]
        // "the page Motorists of Vestria": a name's lower-case "of" or "for" joins two of its
        // capitalised words, as in a body's name ("Friends of the Harbour").
        func run(from k: Int) -> [WordToken] {
            var end = k
            while end < t.count, end - k < 5 {
                if t[end].kind == .word && t[end].isCapitalized {
                    end += 1
                } else if end > k, ["of", "for"].contains(t[end].text),
                    let next = (end + 1..<min(t.count, end + 3)).first(where: { t[$0].text != "the" }),
                    t[next].kind == .word, t[next].isCapitalized, t[(end + 1)..<next].allSatisfy({ $0.text == "the" })
                {
                    end = next + 1
                } else {
                    break
                }
            }
            return Array(t[k..<end])
        }
        var out: [String] = []
        for i in t.indices where pageNouns.contains(t[i].lower) && !t[i].isCapitalized {
            var k = i + 1
            if k < t.count, ["called", "named"].contains(t[k].lower) { k += 1 }
            var name = k < t.count ? run(from: k) : []
            if name.isEmpty {
                // Before the noun: "the Harbour Watch page", back to its determiner.
                var b = i
                while b > 0, i - b < 5, t[b - 1].kind == .word, t[b - 1].isCapitalized, !["the", "a"].contains(t[b - 1].lower) { b -= 1 }
                guard b < i, b > 0, ["the", "a"].contains(t[b - 1].lower) else { continue }
                name = Array(t[b..<i])
            }
            let words = name.map(\.lower)
            guard !name.isEmpty, !words.allSatisfy(ClaimLexicon.platforms.contains) else { continue }
            out.append(name.map(\.text).joined(separator: " "))
        }
        return out
    }

    /// The name two or more articles give, more of them than give any other: one the story
    /// agrees on, or none.
    static func soleLeader(_ articles: [String: Set<Int>]) -> String? {
        let ranked = articles.map { ($0.key, $0.value.count) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        guard let top = ranked.first, top.1 >= 2, ranked.count < 2 || ranked[1].1 < top.1 else { return nil }
        return top.0
    }

    /// Social-network handles in a text ("@name", not the "@" of an e-mail address) with the
    /// text before and after each.
    static func handles(in text: String) -> [(handle: String, before: String, after: String)] {
        let scalars = Array(text.unicodeScalars)
        func isNamePart(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" }
        var out: [(handle: String, before: String, after: String)] = []
        for k in scalars.indices where scalars[k] == "@" && (k == 0 || !isNamePart(scalars[k - 1])) {
            let end = scalars[(k + 1)...].firstIndex { !isNamePart($0) } ?? scalars.endIndex
            guard end > k + 1 else { continue }
            var name = String.UnicodeScalarView(), before = String.UnicodeScalarView(), after = String.UnicodeScalarView()
            name.append(contentsOf: scalars[k..<end])
            before.append(contentsOf: scalars[..<k])
            after.append(contentsOf: scalars[end...])
            out.append((String(name), String(before), String(after)))
        }
        return out
    }

    /// What was posted, for a claim that came as a post ("an image of a letter", "a video",
    /// "a screenshot"): the thing shared that most of the claim's articles name in a sentence
    /// telling of its posting or spread online (a verb of posting or spreading, and "social
    /// media", "online", a platform or a handle), worded as the earliest of them names it.
    static func sharedItem(_ group: [ClaimCandidate], _ draft: StoryDraft) -> String? {
        var seen: [String: (articles: Set<Int>, phrase: String)] = [:]
        for a in Set(group.map(\.article)).sorted() {
            let doc = draft.documents[a]
            for s in doc.sentences.indices {
                let t = ClaimWords.tokens(doc, doc.sentences[s].range)
                let words = t.map(\.lower)
                guard words.contains(where: { ClaimLexicon.postingVerbs.contains($0) || ClaimLexicon.goingViral.contains($0) }),
                    words.contains(where: ClaimLexicon.platforms.contains) || doc.sentenceText(s).contains("@")
                        || zip(words, words.dropFirst()).contains(where: { $0 == ("social", "media") })
                else { continue }
                guard let i = t.indices.first(where: { ClaimLexicon.sharedItems.contains(t[$0].lower) }) else { continue }
                // Back over its modifiers to the article or determiner ("a fake video").
                var start = i
                while start > 0, start > i - 4, t[start - 1].kind == .word, !t[start - 1].isCapitalized || start - 1 == 0,
                    !Lexicon.prepositions.contains(t[start - 1].lower)
                {
                    start -= 1
                    if ClaimLexicon.determiners.contains(t[start].lower) { break }
                }
                guard ClaimLexicon.determiners.contains(t[start].lower) else { continue }
                // "a post on Facebook", "a video on the TikTok account ...": where it was shared
                // is part of what it was.
                var end = i
                if i + 2 < t.count, ["on", "to"].contains(t[i + 1].lower),
                    let p = (i + 2..<min(t.count, i + 4)).first(where: { ClaimLexicon.platforms.contains(t[$0].lower) && !["online", "internet"].contains(t[$0].lower) }),
                    t[i + 2..<p].allSatisfy({ ClaimLexicon.determiners.contains($0.lower) })
                {
                    end = p
                }
                let noun = ClaimWords.stem(t[i].lower)
                if seen[noun] == nil {
                    let phrase = doc.string(t[start].range.lowerBound..<t[i].range.upperBound).lowercased()
                    seen[noun] = ([], end == i ? phrase : phrase + doc.string(t[i].range.upperBound..<t[end].range.upperBound))
                }
                seen[noun]?.articles.insert(a)
            }
        }
        return seen.max { ($0.value.articles.count, $1.key) < ($1.value.articles.count, $0.key) }?.value.phrase
    }

    /// The satire a claim began as ("a satirical website", "the spoof news site", "a satirical
    /// article"), named outside quotation marks: a hoax explainer's first fact is that the
    /// story was a joke taken for news, and that is how it was sourced. Of several, the one
    /// the most articles name, worded as the first of them names it.
    static func satireSource(_ draft: StoryDraft) -> String? {
        var seen: [String: (articles: Set<Int>, phrase: String)] = [:]
        for a in draft.documents.indices {
            let doc = draft.documents[a]
            for s in doc.sentences.indices {
                let t = ClaimWords.tokens(doc, doc.sentences[s].range)
                let quoted = insideQuotationMarks(t)
                for i in t.indices where !quoted[i] && ClaimLexicon.satireWords.contains(t[i].lower) {
                    // The thing published within two words ("satirical news website").
                    guard let n = (i + 1..<min(t.count, i + 4)).prefix(while: { t[$0].kind == .word && !t[$0].isCapitalized })
                        .first(where: { ClaimLexicon.satireOutlets.contains(t[$0].lower) })
                    else { continue }
                    let start = i > 0 && ClaimLexicon.determiners.contains(t[i - 1].lower) ? i - 1 : i
                    let noun = ClaimWords.stem(t[n].lower)
                    if seen[noun] == nil { seen[noun] = ([], doc.string(t[start].range.lowerBound..<t[n].range.upperBound).lowercased()) }
                    seen[noun]?.articles.insert(a)
                }
            }
        }
        return seen.max { ($0.value.articles.count, $1.key) < ($1.value.articles.count, $0.key) }?.value.phrase
    }

    /// Whether `name` occurs in `text` as whole words, ignoring case: the outlet "X" is not in
    /// "Xiaomi", nor "AP" in "Japan".
    static func containsWords(_ text: String, _ name: String) -> Bool {
        ByteSearch.containsWords(text, name) ?? foldedContainsWords(text, name)
    }

    /// The same through Foundation's Unicode case folding, for names beyond ASCII
    /// ("Zürich"): slower, since it bridges the text to UTF-16.
    static func foldedContainsWords(_ text: String, _ name: String) -> Bool {
        var rest = text[...]
        while let r = rest.range(of: name, options: .caseInsensitive) {
            let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
            let after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
            if !(before.isLetter || before.isNumber) && !(after.isLetter || after.isNumber) { return true }
            rest = text[r.upperBound...]
        }
        return false
    }

    /// How the origin sourced the claim ("four sources familiar with the situation"):
    /// the most specific sourcing phrase in the articles that carry the claim or, when
    /// `nearOnly`, in the claim's sentences and the ones before them.
    static func sourcing(_ group: [ClaimCandidate], _ draft: StoryDraft, origin: String?, nearOnly: Bool = false) -> String? {
        var best: (phrase: String, score: Int)?
        // The origin's own article tells how it sourced the claim, even when another outlet's
        // retelling words it ("..., insiders warned" in a tabloid; "two installers told us" in
        // the trade paper that broke it).
        let own = origin.map { o in
            draft.articles.indices.filter { a in draft.articles[a].outlet.map { QuoteStage.isOwnName($0, o) } ?? holdsPapers(draft.articles[a].body, o) }
        } ?? []
        let articles = Set(group.map(\.article)).union(nearOnly ? [] : own)
        let claimSentences = Set(group.map { "\($0.article)-\($0.sentence)" })
        for a in articles.sorted() {
            let doc = draft.documents[a]
            for s in doc.sentences.indices {
                if nearOnly && !claimSentences.contains("\(a)-\(s)") && !claimSentences.contains("\(a)-\(s + 1)") { continue }
                let tokens = ClaimWords.tokens(doc, doc.sentences[s].range)
                let sentence = doc.sentenceText(s)
                for (phrase, specificity) in unquotedPhrases(tokens, doc) {
                    var score = specificity
                    if claimSentences.contains("\(a)-\(s)") { score += 2 }
                    if let origin, sentence.localizedCaseInsensitiveContains(origin) { score += 2 }
                    // Its own account first: a retelling's "after insiders warned" is hearsay of it.
                    if own.contains(a) { score += 2 }
                    if score > (best?.score ?? 0) { best = (phrase, score) }
                }
            }
        }
        return best?.phrase
    }

    /// The sourcing phrases of a sentence outside its quotation marks: "gossip from people who
    /// won't put their names to it", in a party's own words, is how the party belittles the
    /// report, not how the report was sourced. Each stretch between quotations is read alone.
    static func unquotedPhrases(_ t: [WordToken], _ doc: TextDocument) -> [(String, Int)] {
        var quoted = insideQuotationMarks(t)
        // A term in quotation marks (a "leaked document", three words or fewer) is the
        // sentence's own wording, not someone's speech.
        var q = 0
        while q < t.count {
            guard quoted[q] else { q += 1; continue }
            let end = (q..<t.count).first { !quoted[$0] } ?? t.count
            if t[q..<end].count(where: \.isWordOrNumber) <= 3 { for i in q..<end { quoted[i] = false } }
            q = end
        }
        guard quoted.contains(true) else { return phrases(t, doc) }
        var out: [(String, Int)] = []
        var k = 0
        while k < t.count {
            guard !quoted[k] else { k += 1; continue }
            let end = (k..<t.count).first { quoted[$0] } ?? t.count
            out += phrases(Array(t[k..<end]), doc)
            k = end
        }
        return out
    }

    /// Whether a body that names no outlet of its own is the origin's: it has the origin
    /// holding the papers or hearing the sources ("records seen by the Lantern", "told the
    /// Lantern"), as a scoop writes of itself in the third person.
    /// A paper names itself by its last word after the first mention ("seen by the Courier"
    /// in the Carrick Vale Courier's own scoop), so "the" and that word count too.
    static func holdsPapers(_ body: String, _ origin: String) -> Bool {
        let words = origin.split(separator: " ")
        let short = words.count >= 2 && words.last!.count >= 4 && words.last!.first!.isUppercase ? ["the " + words.last!] : []
        return (ClaimLexicon.inHandVerbs.map { "\($0) by" } + ["told"]).contains { lead in
            body.range(of: "\(lead) \(origin)", options: .caseInsensitive) != nil
                || body.range(of: "\(lead) the \(origin)", options: .caseInsensitive) != nil
                || short.contains { body.range(of: "\(lead) \($0)", options: .caseInsensitive) != nil }
        }
    }

    /// Sourcing phrases of a sentence with how specific each is: a count or kind of
    /// source, and a qualifier ("familiar with the matter"), each add one.
    static func phrases(_ t: [WordToken], _ doc: TextDocument) -> [(String, Int)] {
        let (people, papers) = sourcePhrases(t, doc)
        return people + papers
    }

    /// Sourcing phrases split into the people who told (unnamed, counted or qualified) and
    /// the papers it was told from.
    static func sourcePhrases(_ t: [WordToken], _ doc: TextDocument) -> (people: [(String, Int)], papers: [(String, Int)]) {
        var out: [(String, Int)] = []
        var paperNouns: [(String, Int)] = []
        for (i, tok) in t.enumerated() where ClaimLexicon.sourceNouns.contains(tok.lower) {
            // "Paddock Insider", "Harbour Sources": the word ends a name (a site, a channel),
            // not a description of who told.
            if tok.isCapitalized, i > 0, t[i - 1].kind == .word, t[i - 1].isCapitalized { continue }
            var start = i
            while start > 0, start > i - 3, t[start - 1].isWordOrNumber, ClaimLexicon.sourceModifiers.contains(t[start - 1].lower)
                || t[start - 1].text.allSatisfy(\.isNumber)
            {
                start -= 1
            }
            var end = i + 1
            var qualified = false
            // "two officials at the Ministry of Education who spoke ...": where the sources
            // work stands between them and their qualifier.
            if end < t.count, ["at", "in", "from", "within", "inside"].contains(t[end].lower),
                let q = (end + 1..<min(t.count, end + 7)).prefix(while: { t[$0].isWordOrNumber })
                    .first(where: { ClaimLexicon.qualifiers.contains(t[$0].lower) && $0 > end + 1 })
            {
                end = q
            }
            if end < t.count, ClaimLexicon.qualifiers.contains(t[end].lower) {
                var j = end
                // "who spoke to the Harbour Post on condition of anonymity": the convention's
                // last word may come further on than other objects.
                while j < min(t.count, end + 10), t[j].isWordOrNumber {
                    if ClaimLexicon.qualifierObjects.contains(t[j].lower) && (j < end + 7 || t[j].lower == "anonymity") {
                        qualified = true
                        end = j + 1
                        // "with knowledge of the plans": the object's own "of" phrase goes with it.
                        if end + 1 < t.count, t[end].lower == "of",
                            let k = (end + 1..<min(t.count, end + 4)).first(where: { ClaimLexicon.qualifierObjects.contains(t[$0].lower) }),
                            t[end..<k].allSatisfy(\.isWordOrNumber)
                        {
                            end = k + 1
                        }
                        break
                    }
                    j += 1
                }
                // "close to", "briefed on", "familiar with", "privy to" say what the sources
                // know whatever its object ("people close to the squad", "four people briefed
                // on the spending plans"); "with" or "who" alone need one of the usual objects.
                if !qualified, end + 2 < t.count, let preposition = ClaimLexicon.qualifierPrepositions[t[end].lower],
                    t[end + 1].lower == preposition
                {
                    let object = (end + 2..<min(t.count, end + 9)).prefix {
                        (t[$0].isWordOrNumber || t[$0].text == "\u{2019}s" || t[$0].text == "'s")
                            && !ClaimLexicon.informantVerbs.contains(t[$0].lower) && !["who", "that", "and", "to"].contains(t[$0].lower)
                            // "two people familiar with the deal have told the Post": the verb's auxiliary ends the object.
                            && !ClaimLexicon.auxiliaries.contains(t[$0].lower)
                    }
                    if let last = object.last, object.contains(where: { t[$0].kind == .word && !ClaimLexicon.determiners.contains(t[$0].lower) }) {
                        qualified = true
                        end = last + 1
                    }
                }
            }
            // "Two people who attended a design workshop at the ministry last month told the
            // Post": a relative clause says how they know, however long, when a verb of telling
            // ends it. Only a telling done (past tense, not an infinitive): "people who were brave
            // enough to say what was happening" describes courage, not sources.
            if !qualified, end < t.count, t[end].lower == "who",
                let verb = (min(t.count, end + 2)..<min(t.count, end + 18)).prefix(while: { t[$0].isWordOrNumber })
                    .first(where: { ClaimLexicon.informantVerbs.contains(t[$0].lower) }),
                ClaimLexicon.pastInformantVerbs.contains(t[verb].lower), t[verb - 1].lower != "to",
                !(verb + 1 < t.count && t[verb + 1].lower == "to")
            {
                qualified = true
                end = verb
            }
            let modifiers = t[start..<i].map(\.lower)
            if ClaimLexicon.needQualifier.contains(tok.lower) && !qualified { continue }
            if ClaimLexicon.documentNouns.contains(tok.lower)
                && !modifiers.contains(where: ClaimLexicon.documentModifiers.contains)
            {
                continue
            }
            // A bare "source" is too vague unless it is an insider or a count of sources.
            let counted = modifiers.contains { $0 != "a" && $0 != "an" && $0 != "some" && $0 != "other" }
            if !qualified && !counted && !tok.lower.hasPrefix("insider") { continue }
            let text = doc.string(t[start].range.lowerBound..<t[end - 1].range.upperBound)
            if ClaimLexicon.documentNouns.contains(tok.lower) {
                paperNouns.append((text, 1 + (counted ? 1 : 0) + (qualified ? 2 : 0)))
            } else {
                out.append((text, 1 + (counted ? 1 : 0) + (qualified ? 2 : 0)))
            }
        }
        // A document source already read ("an internal email") is not read twice.
        let papers = (papersInHand(t, doc) + papersCited(t, doc)).filter { p in !(out + paperNouns).contains { p.0.hasPrefix($0.0) } }
        // Nor counted officials read already with their qualifier.
        let informants = (countedInformants(t, doc) + citedWitness(t, doc)).filter { p in !(out + paperNouns).contains { $0.0.hasPrefix(p.0) } }
        // Nor papers "showing" the news that a paper in hand or cited names already.
        let showing = papersShowing(t, doc).filter { p in !(out + paperNouns + papers).contains { $0.0.hasSuffix(p.0) || p.0.hasSuffix($0.0) } }
        return (out + informants, paperNouns + papers + showing)
    }

    /// "..., court records show", "land registry filings reveal that ...": papers of a
    /// kind the sentence names, telling the news in the present, are its sourcing as much as
    /// papers the outlet holds. A bare "the documents show" names no kind and stays vague.
    static func papersShowing(_ t: [WordToken], _ doc: TextDocument) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for k in t.indices.dropFirst(2) where ClaimLexicon.showingVerbs.contains(t[k].lower) {
            let noun = k - 1
            guard t[noun].kind == .word, !t[noun].isCapitalized, ClaimLexicon.paperNouns.contains(t[noun].lower),
                !["report", "plan", "plans", "copy", "copies"].contains(t[noun].lower)
            else { continue }
            let kind = (max(0, noun - 2)..<noun).reversed().prefix { j in
                t[j].kind == .word && !t[j].isCapitalized && isHeadNoun(t[j].lower) && !ClaimLexicon.paperNouns.contains(t[j].lower)
                    && !Tokens.stopwords.contains(t[j].lower)
            }
            guard let start = kind.last else { continue }
            out.append((doc.string(t[start].range.lowerBound..<t[noun].range.upperBound), 2))
        }
        return out
    }

    /// A paper the outlet has in hand ("a copy obtained by the Ledger", "a draft contract
    /// seen by Radio X", "minutes reviewed by the Post"): a document source as specific as
    /// a counted one. The noun must be a paper: "the singer was seen by fans" is none.
    static func papersInHand(_ t: [WordToken], _ doc: TextDocument) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for k in t.indices.dropFirst() where ClaimLexicon.inHandVerbs.contains(t[k].lower) && k + 2 < t.count && t[k + 1].lower == "by" {
            // "The memo, seen by the Post, says ...": the participle set off as an aside
            // right after the paper, as often as not.
            // "A draft of the council's plans, seen by ...": the paper before its "of" phrase.
            let apposed = k > 1 && t[k - 1].text == "," ? paperBeforeOf(t, k - 2) ?? (isPaper(t, k - 2) ? k - 2 : nil) : nil
            guard let noun = isPaper(t, k - 1) ? k - 1 : apposed ?? paperBeforeAside(t, comma: k - 1) ?? paperBeforeAnd(t, k - 1) ?? paperBeforeOf(t, k - 1)
            else { continue }
            // Back over its modifiers to a determiner or count ("a draft contract"), or the
            // sentence's first word ("Minutes reviewed by ..."); "and"/"or" join another paper
            // ("a dossier ... and internal expense records seen by").
            var start = noun
            while start > 0, start > noun - 3, t[start - 1].kind == .word || t[start - 1].kind == .number, !t[start - 1].isCapitalized,
                !Lexicon.prepositions.contains(t[start - 1].lower), !["according", "citing", "and", "or"].contains(t[start - 1].lower)
            {
                start -= 1
                if ClaimLexicon.determiners.contains(t[start].lower) || t[start].kind == .number { break }
            }
            // Who has it: "the" and a name.
            var end = k + 2
            if t[end].lower == "the", end + 1 < t.count { end += 1 }
            guard t[end].isCapitalized else { continue }
            while end + 1 < t.count, t[end + 1].isCapitalized { end += 1 }
            out.append((doc.string(t[start].range.lowerBound..<t[end].range.upperBound), 3))
        }
        return out
    }

    /// "A post on X says that ...", "A leaked letter claims ...", "A draft state report says ...": a claim worded with the
    /// thing shared as its teller came by that thing, which is its sourcing, before any other
    /// thing the story says was shared (the denial's own video).
    static func sharedTeller(_ wording: [WordToken]) -> String? {
        guard let v = wording.firstIndex(where: { $0.isWord && ClaimLexicon.claimSayingVerbs.contains($0.lower) }), v > 1,
            ClaimLexicon.determiners.contains(wording[0].lower),
            wording[1..<v].allSatisfy(\.isWordOrNumber), v <= 6,
            wording[1..<v].contains(where: { !$0.isCapitalized && isToldThing($0.lower) })
        else { return nil }
        return wording[0..<v].map(\.text).joined(separator: " ")
    }

    /// A thing shared, or a paper ("A draft government report says ..."): the paper is what
    /// the teller came by as much as a post is. A "report" is an outlet's story, its origin
    /// rather than its sourcing, and a "plan" is what the claim is about.
    static func isToldThing(_ word: String) -> Bool {
        ClaimLexicon.sharedItems.contains(word) || ClaimLexicon.paperNouns.contains(word) && !["report", "plan", "plans"].contains(word)
    }

    /// "according to a stock market filing", "according to minutes of the meeting": the
    /// paper the sentence rests its news on, short of one the outlet holds. A report is
    /// an outlet's story, its origin rather than its sourcing.
    static func papersCited(_ t: [WordToken], _ doc: TextDocument) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for k in t.indices.dropLast() where t[k].lower == "according" && t[k + 1].lower == "to" {
            let run = (k + 2..<min(t.count, k + 7)).prefix { t[$0].kind == .word || t[$0].kind == .number }
            // A report described as a paper ("an internal engineering report", "a leaked
            // report") is one, not an outlet's story.
            let paperReport = { (i: Int) in t[i].lower == "report" && t[k + 2..<i].contains { ClaimLexicon.documentModifiers.contains($0.lower) } }
            // Research's findings are cited as papers are ("according to a new study").
            let finding = { (i: Int) -> Bool in !t[i].isCapitalized && ClaimLexicon.researchNouns.contains(t[i].lower) }
            guard let noun = run.first(where: { isPaper(t, $0) && (!["report", "plan", "plans"].contains(t[$0].lower) || paperReport($0)) || finding($0) }),
                t[k + 2..<noun].allSatisfy({ !$0.isCapitalized || ClaimLexicon.determiners.contains($0.lower) })
            else { continue }
            // "a draft budget paper", "a draft calendar": the paper word may qualify the head
            // noun after it, which names the paper.
            // A word in "-ing" only before a noun ("a draft spending paper", not "a letter warning").
            let lowerWord = { (i: Int) in i < t.count && t[i].kind == .word && !t[i].isCapitalized }
            var head = noun
            while head < noun + 2, lowerWord(head + 1) {
                let w = t[head + 1].lower
                if isHeadNoun(w) { head += 1 } else if w.hasSuffix("ing"), lowerWord(head + 2), isHeadNoun(t[head + 2].lower) { head += 2 } else { break }
            }
            out.append((doc.string(t[k + 2].range.lowerBound..<(finding(noun) ? provenanceEnd(t, after: head) : t[head]).range.upperBound), 2))
        }
        return out
    }

    /// The last word of what a cited study is said to be by where it came from:
    /// "a study posted online this week", "tests commissioned by X", "new research from the
    /// University of Y", "a study of wastewater from 38 cities" (a study's "of" says what it
    /// studied): a participle of publishing or making, or "from"/"by", and its phrase up to
    /// the punctuation or clause that ends it, nine words at most. The bare noun names no
    /// study in particular; where it appeared is what a reader checks. A paper keeps its
    /// noun alone: what a memo says it is named by already.
    static func provenanceEnd(_ t: [WordToken], after head: Int) -> WordToken {
        let opener = head + 1
        guard opener < t.count, t[opener].kind == .word,
            ClaimLexicon.provenanceParticiples.contains(t[opener].lower) || ["from", "by", "of"].contains(t[opener].lower)
        else { return t[head] }
        let stops: Set<String> = ["that", "which", "who", "and", "but", "when", "while", "as", "because", "although", "after", "before"]
        let phrase = (opener..<min(t.count, opener + 9)).prefix { i in
            (t[i].isWordOrNumber || t[i].text == "'s" || t[i].text == "\u{2019}s") && !stops.contains(t[i].lower)
        }
        // Cut short by the limit, it ends on its last word that is no determiner or
        // preposition ("... by researchers", not "... by researchers at the").
        let ends = phrase.reversed().drop { ClaimLexicon.determiners.contains(t[$0].lower) || Lexicon.prepositions.contains(t[$0].lower) }
        // A participle with nothing after it ("the study published,") says nothing more.
        guard let last = ends.first, last > opener else { return t[head] }
        return t[last]
    }

    /// Whether a word after a paper word can be the noun it qualifies: not a preposition,
    /// a determiner, a relative or a participle ("seen", "obtained", "circulated").
    static func isHeadNoun(_ w: String) -> Bool {
        !Lexicon.prepositions.contains(w) && !ClaimLexicon.determiners.contains(w) && !["that", "which", "who", "and", "or"].contains(w)
            && !ClaimLexicon.inHandVerbs.contains(w) && !w.hasSuffix("ed") && !w.hasSuffix("en") && !w.hasSuffix("ly") && !w.hasSuffix("ing")
            && !ClaimLexicon.auxiliaries.contains(w)
    }

    /// A paper noun at `i`: one of `paperNouns`, or "paper" after a word of its kind.
    static func isPaper(_ t: [WordToken], _ i: Int) -> Bool {
        if ClaimLexicon.paperNouns.contains(t[i].lower) { return true }
        guard t[i].lower == "paper" else { return false }
        return (max(0, i - 2)..<i).contains { t[$0].isWord && !t[$0].isCapitalized && ClaimLexicon.paperKinds.contains(t[$0].lower) }
    }

    /// "a confidential paper prepared for the board and seen by the Courier": the paper the
    /// outlet has in hand stands before a participle of its making joined to "seen" by "and",
    /// at `and`. The phrase between is words only and short.
    static func paperBeforeAnd(_ t: [WordToken], _ and: Int) -> Int? {
        guard and > 1, t[and].lower == "and" else { return nil }
        let made = (max(0, and - 9)..<and).reversed().prefix { t[$0].isWordOrNumber }
        guard let noun = made.first(where: { isPaper(t, $0) }), noun + 1 < and,
            t[noun + 1].lower.hasSuffix("ed") || t[noun + 1].lower.hasSuffix("en")
        else { return nil }
        return noun
    }

    /// "minutes of a private meeting seen by the Courier": the paper the outlet has in hand
    /// stands before the "of" phrase that says what it records, whose last word at `last` is
    /// the noun before "seen". The phrase is lower-case words only, at most four, and a
    /// possessive's "'s" ("a draft of the council's plans").
    static func paperBeforeOf(_ t: [WordToken], _ last: Int) -> Int? {
        let phrase = (max(0, last - 5)...last).reversed().prefix {
            t[$0].kind == .word && !t[$0].isCapitalized || t[$0].text == "'s" || t[$0].text == "\u{2019}s"
        }
        guard let of = phrase.first(where: { t[$0].lower == "of" }), of < last, of > 0, isPaper(t, of - 1) else { return nil }
        return of - 1
    }

    /// "a draft plan drawn up by officials at the ministry, seen by the Standard": the paper
    /// the outlet has in hand stands before a passive aside naming who wrote it, closed by
    /// the comma at `comma`. The aside is words only, short, and has its "by".
    static func paperBeforeAside(_ t: [WordToken], comma: Int) -> Int? {
        guard comma > 1, t[comma].text == "," else { return nil }
        let aside = (max(0, comma - 12)..<comma).reversed().prefix { t[$0].isWordOrNumber }
        guard let noun = aside.first(where: { ClaimLexicon.paperNouns.contains(t[$0].lower) }), noun + 1 < comma,
            t[noun + 1..<comma].contains(where: { $0.lower == "by" })
        else { return nil }
        return noun
    }

    /// People counted but not named, of any trade, whom the sentence has telling what they
    /// know ("two pilots working on the route told the Gazette", "several neighbours reported
    /// hearing ...") or whom it cites ("citing three nurses familiar with the ward",
    /// "according to two drivers who asked not to be named"): a report's sourcing as much as
    /// "sources" are. Weighed as a counted source noun, one more with a qualifier.
    /// A plural noun by its ending: "engineers", not "anonymous" ("two anonymous engineers")
    /// nor "glass".
    static func isPlural(_ word: String) -> Bool {
        word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("ous") && !ClaimLexicon.informantCounts.contains(word)
    }

    /// One person cited without a name, with the relative clause that says how they know
    /// ("according to a guest who attended the ceremony", "citing a former employee who
    /// worked on the line"): a witness's account is the report's sourcing as counted sources
    /// are. The clause runs to its punctuation, ten words at most.
    static func citedWitness(_ t: [WordToken], _ doc: TextDocument) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for k in t.indices.dropLast(3) {
            let cites = t[k].lower == "citing" || t[k].lower == "according" && t[k + 1].lower == "to"
            guard cites else { continue }
            let det = t[k].lower == "citing" ? k + 1 : k + 2
            guard det + 1 < t.count, ["a", "an", "one"].contains(t[det].lower) else { continue }
            // Up to two lower-case words, the last the person ("a former employee").
            guard let who = (det + 1..<min(t.count, det + 4)).first(where: { t[$0].lower == "who" }), who > det + 1,
                t[(det + 1)..<who].allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
                !ClaimLexicon.sourceNouns.contains(t[who - 1].lower), !ClaimLexicon.storyNouns.contains(t[who - 1].lower),
                !ClaimLexicon.sharedItems.contains(t[who - 1].lower)
            else { continue }
            let clause = (who + 1..<min(t.count, who + 11)).prefix { t[$0].isWordOrNumber || t[$0].text == "'s" || t[$0].text == "\u{2019}s" }
            guard let last = clause.last, clause.count >= 2 else { continue }
            out.append((doc.string(t[det].range.lowerBound..<t[last].range.upperBound), 4))
        }
        return out
    }

    static func countedInformants(_ t: [WordToken], _ doc: TextDocument) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for (k, count) in t.enumerated() where ClaimLexicon.informantCounts.contains(count.lower) {
            // The noun: a plural within the next two lower-case words ("four crew members").
            // An organisation's name may stand before the trade ("three senior Civic Union
            // figures", "two Acme engineers"): its words do not count among the two.
            let run = (k + 1..<min(t.count, k + 7)).prefix(while: { t[$0].kind == .word })
            guard
                let i = run.first(where: { !t[$0].isCapitalized && isPlural(t[$0].lower) }),
                t[(k + 1)...i].count(where: { !$0.isCapitalized }) <= 3, t[(k + 1)..<i].count(where: \.isCapitalized) <= 3,
                !ClaimLexicon.sourceNouns.contains(t[i].lower) || ClaimLexicon.needQualifier.contains(t[i].lower),
                !ClaimLexicon.timeUnits.contains(t[i].lower)
            else { continue }
            var end = i + 1
            // "members of staff": a plural that takes its trade after "of".
            if end + 1 < t.count, t[end].lower == "of", t[end + 1].kind == .word, !t[end + 1].isCapitalized,
                !ClaimLexicon.determiners.contains(t[end + 1].lower)
            {
                end += 2
            }
            // A qualifier ("working on the route", "who asked not to be named") runs to its
            // object, else to the punctuation or verb of telling that ends it.
            var qualified = false
            if end < t.count, t[end].kind == .word, ClaimLexicon.qualifiers.contains(t[end].lower) || t[end].lower.hasSuffix("ing") {
                let run = (end..<min(t.count, end + 8)).prefix { t[$0].isWordOrNumber }
                if let object = run.first(where: { ClaimLexicon.qualifierObjects.contains(t[$0].lower) }) {
                    end = object + 1
                    qualified = true
                } else if let verb = run.first(where: { ClaimLexicon.informantVerbs.contains(t[$0].lower) }) {
                    (end, qualified) = (verb, true)
                } else if let stop = run.last.map({ $0 + 1 }), stop < t.count, stop - end < 7 {
                    (end, qualified) = (stop, true)
                }
            }
            let cited = k > 0 && ["citing", "quoting", "cited", "quoted"].contains(t[k - 1].lower) || k > 1 && t[k - 2].lower == "according" && t[k - 1].lower == "to"
            // "two strikers said to be worth millions" is a hedge on them, not their telling.
            let tells = end < t.count && ClaimLexicon.informantVerbs.contains(t[end].lower) && !(end + 1 < t.count && t[end + 1].lower == "to")
            guard cited || tells else { continue }
            out.append((doc.string(count.range.lowerBound..<t[end - 1].range.upperBound), 2 + (qualified ? 2 : 0)))
        }
        return out
    }

    /// A party's stance in one article, with what shows it.
    struct ActorFinding {
        var party: Int
        var stance: Stance
        var quote: String?
        var article: Int
        /// Scalars of the body; nil when the article's headline carries it.
        var span: Range<Int>?
        /// Told as an account given before the article's time ("X had denied the report").
        var earlier = false
        /// A denial that says only that nothing is decided yet (`saysNothingIsDecided`).
        var pending = false
        /// The body whose answer this person gave as its office-holder (`speakingHead`):
        /// the same account, listed under the name, not a second party for the status.
        var answersFor: Int?
        /// What the party's people were told ("our members were told that ..."): it
        /// corroborates the claim but does not settle it, which only those who would know do.
        var secondhand = false
    }

    /// The stances a sentence tells in the pluperfect ("had denied", "had earlier
    /// confirmed"): accounts given before the time the article writes of.
    static func pluperfectStances(_ t: [WordToken]) -> Set<Stance> {
        var out = Set<Stance>()
        for k in t.indices where t[k].lower == "had" {
            // The participle, after an adverb or two ("had initially denied", "had already").
            guard let i = (k + 1..<min(t.count, k + 4)).first(where: { !t[$0].lower.hasSuffix("ly") && !["already", "earlier", "first"].contains(t[$0].lower) })
            else { continue }
            if ClaimLexicon.denials.contains(t[i].lower) || isDenialPhrase(t, i) || labelsFalse(t.map(\.lower), i) { out.insert(.denies) }
            if ClaimLexicon.confirmations.contains(t[i].lower) { out.insert(.supports) }
        }
        return out
    }

    /// "had said", "had earlier told": the words that follow are told as said before the
    /// article's time.
    static func saidBefore(_ t: [WordToken]) -> Bool {
        t.indices.contains { k in
            t[k].lower == "had" && t[(k + 1)..<min(t.count, k + 3)].contains { ClaimLexicon.claimVerbs.contains($0.lower) || $0.lower == "insisted" }
        }
    }

    /// "called it speculation", "had branded the report false", "described them as
    /// rumours": a verb of naming whose object, within a few words, is a label for an
    /// untrue story. Newsrooms recall an earlier denial so.
    static func labelsFalse(_ words: [String], _ i: Int) -> Bool {
        guard ClaimLexicon.labellingVerbs.contains(words[i]) else { return false }
        // "would not comment on what it called speculation": the label names what the party
        // will not speak to, and declining to comment is no stance.
        if words[max(0, i - 5)..<i].contains("comment"), words[max(0, i - 2)..<i].contains("what") { return false }
        let object = words[(i + 1)..<min(words.count, i + 6)].prefix { ![".", ";", ",", "but", "and"].contains($0) }
        return object.contains { ClaimLexicon.plainFalsity.contains($0) || ClaimLexicon.falseStoryLabels.contains($0) }
    }

    /// Denials and confirmations by the claim's parties: from their quotations (a party
    /// calling reports untrue) and from reported speech ("X rejected the claim", "both
    /// companies denied it"). "Declined to comment" is no stance.
    /// `claimNegated`: the claim's wording holds a negation, so a negated confirmation
    /// may agree with it. `claimants`: the parties the claim's sentences credit with it
    /// ("Senator Cole said ..."), whose saying it again makes the rumour, not a confirmation.
    static func actorStances(
        parties: inout Parties, claimParties: [Int], _ draft: StoryDraft, claimWords: Set<String>, claimNegated: Bool, sayingClaim: Saying? = nil,
        claimFacts: Set<String> = [], claimEvents: Set<String> = [], claimants: Set<Int> = [], claimPossible: Bool = false
    ) -> [ActorFinding] {
        var out: [ActorFinding] = []
        let organisations = draft.story.organisations.flatMap { [$0.name] + $0.aliases }.map { Tokens.words($0) }
        func add(_ f: ActorFinding) {
            if !out.contains(where: { $0.party == f.party && $0.article == f.article && $0.stance == f.stance }) { out.append(f) }
        }
        let fakeryClaim = !claimWords.isDisjoint(with: ClaimLexicon.fakeryStems)
        // The one person the claim is about, whom "the singer's reps" speak for.
        let people = Set(draft.story.people.map { Tokens.words($0.name) })
        let persons = claimParties.filter { people.contains(Tokens.words(parties.entities[$0].name)) }
        let describedPerson = persons.count == 1 ? persons[0] : nil
        // Quotations of a party (or of someone whose role names it).
        for q in draft.story.quotes {
            guard let a = draft.index(ofArticle: q.article), let speaker = q.speaker else { continue }
            let doc = draft.documents[a]
            let quoteTokens = ClaimWords.tokens(doc, q.span.range)
            // "she would not \"comment on speculation about ...\"": a fragment quoted inside the
            // article's sentence is read with the words that lead into it.
            let leadIn = doc.sentenceIndex(containing: q.span.start).map { ClaimWords.tokens(doc, doc.sentences[$0].range.lowerBound..<q.span.start) } ?? []
            let noticed = leadIn.filter(\.isWordOrNumber).suffix(3).map(\.lower)
            var stance = quotedStance(quoteTokens, claimWords: claimWords, claimNegated: claimNegated, noticedBefore: noticed, claimPossible: claimPossible)
            // "a spokesman for the health department": the body the speaker's role names
            // is on record with a denial, listed or not.
            let role = q.role.map { r in TextDocument(r) }.map { ClaimWords.tokens($0, 0..<$0.scalars.count) } ?? []
            // "The Prime Minister's official spokesman", quoted with no name: the speaker is
            // itself a role, whose possessive or "for" names the body it speaks for.
            let spokesRole = Tokens.words(speaker).last.map { Lexicon.voiceRoles.contains($0) || ClaimLexicon.spokespersonNouns.contains($0) } ?? false
            let onRecord = stance == .denies
                ? (speakerOnRecord(role, parties: parties, roleOnly: true) ?? (spokesRole ? speakerOnRecord(ClaimWords.tokens(speaker), parties: parties, roleOnly: true) : nil))
                    .flatMap { parties.onRecord($0) }
                : nil
            // The speaker's roles in every article count: "chief executive" here is "Bolt
            // chief executive" in another.
            let roles = ([q.role] + (draft.story.people.first { $0.name == speaker }?.roles ?? [])).compactMap { $0 }
            // "Halvey's agent" names Halvey: the possessive is no part of the name.
            let who = parties.mentioned(in: withoutPossessives(([speaker] + roles).joined(separator: " "))).filter(claimParties.contains)
            // "the agency said": the agency the article named before the quotation.
            // "Dunmere Rovers striker Tomas Ferrant": the person the claim is about.
            let principal = parties.mentioned(in: speaker).contains { claimParties.contains($0) && parties.isPerson($0) } && Tokens.words(speaker).count >= 2
            let affirms = stance == nil && !claimNegated && affirmsTheClaim(quoteTokens, claimFacts: claimFacts, claimEvents: claimEvents, principal: principal)
            // "the union's organiser": the body of that kind named before speaks through her.
            // "Our members were told that ...", said by an organiser for a body the story names
            // widely: the body vouches for the claim, listed party though the claim names it not.
            // So does one whose officer vouches as a witness ("we have seen the bank's own document").
            let vouches = stance == nil && affirms && toldPassively(quoteTokens)
                || stance == .supports && witnesses(quoteTokens.filter(\.isWordOrNumber).map(\.lower))
            let toldBody = who.isEmpty && vouches
                ? parties.mentioned(in: withoutPossessives(([speaker] + roles).joined(separator: " "))).first { !parties.isPerson($0) }
                    ?? speakerOnRecord(role, parties: parties, roleOnly: true).flatMap { parties.onRecord($0) }
                : nil
            // "the agency said", resolved by the quote stage to the body named before: the
            // words the article credited with stay a body met by its kind.
            let credited = q.attribution.map { ClaimWords.tokens(doc, $0.range) } ?? []
            let kindWords = kindReference(ClaimWords.tokens(speaker + " " + withArticle(q.role ?? "")))
                ?? (Tokens.words(speaker).count >= 2 ? creditedKind(credited, speaker: speaker) : nil)
            let byKind = who.isEmpty && onRecord == nil && toldBody == nil && (stance != nil || affirms)
                ? kindWords.flatMap { kind in
                    namedBefore(kind: kind, title: draft.articles[a].title, doc, before: q.span.start, organisations: organisations)
                        .flatMap { parties.onRecord($0) } ?? parties.onlyListed(endingIn: kind)
                }
                : nil
            // A named person or body the party list lacks who denies the claim in its own
            // words ("The committee has made no recommendation to stop the trial") is on
            // record: whoever is asked about a rumour and answers it is a party to it.
            // A body's spokesperson gives its formal answer: the loose reading of the words holds.
            let voiced = q.role.map { Lexicon.voiceRoles.contains($0.lowercased()) } ?? false
            let strict = quotedStance(quoteTokens, claimWords: claimWords, claimNegated: claimNegated, loose: false, claimPossible: claimPossible) == .denies
            let person = people.contains(Tokens.words(speaker)) && Tokens.words(speaker).count >= 2
            let body = (voiced && !person || draft.story.organisations.contains { $0.name == speaker }) && !Lexicon.mediaSuffixes.contains(Tokens.words(speaker).last ?? "")
            let named = who.isEmpty && onRecord == nil && byKind == nil && stance == .denies
                && (ClaimWords.related(quoteTokens.filter(\.isWord).map { ClaimWords.stem($0.lower) }, claimFacts) > 0
                    || disownsDocument(quoteTokens.filter(\.isWordOrNumber).map(\.lower), claimWords: claimWords)
                    // "The X Open is not going anywhere": the claim's thing staying put answers
                    // the claim though it names only the thing, no fact of the change.
                    || !claimNegated && assertsContinuity(quoteTokens, claimWords: claimWords, claimPossible: claimPossible))
                && (body && (voiced || strict) || person && strict)
                ? parties.onRecord(speaker) : nil
            // Stating the event: by a party to the claim, or by one already on record about it
            // ("no agreement" on Friday, "On Sunday there was one" after).
            let onRecordBefore = affirms ? parties.mentioned(in: speaker).first { p in out.contains { $0.party == p } } : nil
            // "Pellow's went further in a statement on Tuesday. \"...,\" a spokesperson said":
            // a spokesperson for whom the article names no body speaks for the body the
            // sentence before opens on, as a reader takes it.
            let spokenFor = who.isEmpty && onRecord == nil && toldBody == nil && byKind == nil && named == nil && onRecordBefore == nil
                && stance == .denies && q.role == nil && isBareSpokesperson(speaker)
                ? doc.sentenceIndex(containing: q.span.start).flatMap { s in
                    s > 0 ? bodyOpening(ClaimWords.tokens(doc, doc.sentences[s - 1].range), parties: &parties) : nil
                }
                : nil
            guard let party = who.first ?? onRecord ?? toldBody ?? byKind ?? named ?? onRecordBefore ?? spokenFor else { continue }
            if stance == .denies, let sayingClaim, sayingClaim.deniesOnlyWhatWasSaid(quoteTokens, by: party, parties) { continue }
            if stance == nil, let s = doc.sentenceIndex(containing: q.span.start) {
                // "Ford issued a sharp denial, stating: ..." just before the quotation.
                for c in [s - 1, s] where c >= 0 && stance == nil {
                    stance = contextStance(ClaimWords.tokens(doc, doc.sentences[c].range), of: party, parties, fakeryClaim: fakeryClaim, claimWords: claimWords)
                }
            }
            let secondhand = stance == nil && affirms && toldPassively(quoteTokens)
            if stance == nil, affirms { stance = .supports }
            // "We got this wrong," said by a party the claim names: it owns the failing the
            // claim tells of. Said by anyone else (an outlet taking its story back) it
            // confirms nothing.
            if stance == nil, !claimNegated, party == who.first, admitsAnError(quoteTokens) { stance = .supports }
            if let stance {
                let pending = stance == .denies && saysNothingIsDecided(quoteTokens, claimWords: claimWords)
                // "who on Friday had said there was \"no deal\"": words the sentence tells as said before.
                let lead = doc.sentenceIndex(containing: q.span.start).map { ClaimWords.tokens(doc, doc.sentences[$0].range.lowerBound..<q.span.start) } ?? []
                add(ActorFinding(
                    party: party, stance: stance, quote: q.id, article: a, span: q.span.range, earlier: saidBefore(lead), pending: pending, secondhand: secondhand))
                // "said Ana Ruiz, Bolt's chief executive": the body answers through her, and she
                // is on record in her own name too; a reader wants to see who said it. Not a
                // spokesperson, whose name carries no standing of its own.
                // The person the claim is about speaks in his own name too, whatever body his role names.
                // "Jo Poe, Ivo Roe's agent": the person answers through counsel, who is on
                // record too, as outlets credit the denial to the agent or lawyer by name.
                if party == who.first, let counsel = speakingCounsel(speaker, roles: roles, for: party, parties: parties, people: people),
                   let person = parties.onRecord(counsel), person != party
                {
                    add(ActorFinding(
                        party: person, stance: stance, quote: q.id, article: a, span: q.span.range, earlier: saidBefore(lead), pending: pending, answersFor: party))
                }
                // A body's officer the story names again and again (a listed party) is on record
                // in her own name when she speaks for it, whatever her title, unless she is its
                // spokesperson.
                let listedOfficer = party == byKind ?? toldBody && !voiced ? speakingOfficer(speaker, roles: roles, body: party, parties: parties) : nil
                if party == who.first || listedOfficer != nil,
                   let spokenBy = listedOfficer ?? speakingHead(speaker, roles: roles, body: party, parties: parties, people: people) ?? (principal ? speaker : nil)
                       ?? (stance == .denies && !voiced && person && !spokesRole && roles.allSatisfy({ !Tokens.words($0).contains(where: Lexicon.voiceRoles.contains) }) ? speaker : nil),
                   let person = parties.onRecord(spokenBy), person != party
                {
                    add(ActorFinding(
                        party: person, stance: stance, quote: q.id, article: a, span: q.span.range, earlier: saidBefore(lead), pending: pending, answersFor: party))
                }
            }
        }
        // Reported speech, in the article's own voice: not an embedded social-media post.
        for (a, doc) in draft.documents.enumerated() {
            // "Has the trust confirmed it?": a question asks for a stance; it reports none.
            for (s, sentence) in doc.sentences.enumerated() where !isEmbeddedPost(doc.string(sentence.range)) && !isQuestion(doc.string(sentence.range)) {
                let t = ClaimWords.tokens(doc, sentence.range)
                // "Claim: A letter from the council says ...": a fact-check's label names the
                // claim it checks; nobody in it takes a stance.
                if ClaimCandidates.labelledClaim(t) != nil { continue }
                // "X confirmed it. Not happening.": what is confirmed is the short negation after.
                let next = s + 1 < doc.sentences.count ? ClaimWords.tokens(doc, doc.sentences[s + 1].range).filter(\.isWordOrNumber) : []
                let negationFollows = !next.isEmpty && next.count <= 5 && (ClaimLexicon.negators.contains(next[0].lower) || next[0].lower.hasSuffix("n't"))
                let named = { (kind: String, at: Int) in
                    namedBefore(kind: kind, title: draft.articles[a].title, doc, before: at, organisations: organisations)
                }
                let previous = s > 0 ? ClaimWords.tokens(doc, doc.sentences[s - 1].range) : []
                let told = pluperfectStances(t)
                for (party, stance) in reportedStances(
                    t, parties: &parties, claimParties: claimParties, claimWords: claimWords, claimNegated: claimNegated,
                    fakeryClaim: fakeryClaim, describedPerson: describedPerson, namedBefore: named, sayingClaim: sayingClaim, previous: previous,
                    claimFacts: claimFacts)
                {
                    let stance = stance == .supports && negationFollows ? Stance.denies : stance
                    let pending = stance == .denies && saysNothingIsDecided(t, claimWords: claimWords)
                    add(ActorFinding(party: party, stance: stance, quote: nil, article: a, span: sentence.range, earlier: told.contains(stance), pending: pending))
                }
                if let (party, stance) = closingSpeakerStance(
                    t, parties: &parties, claimWords: claimWords, claimNegated: claimNegated, namedBefore: named)
                    ?? findingsSaid(t, parties: &parties, claimWords: claimWords, namedBefore: named)
                    ?? (claimNegated ? nil : officialFindsNone(t, parties: &parties, claimFacts: claimFacts, namedBefore: named).map { ($0, Stance.denies) })
                    ?? (claimNegated ? nil : statesTheClaim(t, parties: &parties, claimWords: claimWords, namedBefore: named, previous: previous)
                        .flatMap { claimants.contains($0) ? nil : ($0, Stance.supports) })
                    ?? (claimNegated ? nil : statesTheClaim(t, parties: &parties, claimWords: claimWords, namedBefore: named, previous: previous, contrary: true)
                        .map { ($0, Stance.denies) })
                {
                    let pending = stance == .denies && saysNothingIsDecided(t, claimWords: claimWords)
                    add(ActorFinding(party: party, stance: stance, quote: nil, article: a, span: sentence.range, earlier: told.contains(stance), pending: pending))
                }
                // A party backing the story by what it knew corroborates it and settles nothing.
                if !claimNegated,
                    let party = saysTheReportMatches(t, parties: &parties, namedBefore: named)
                        ?? saysItWasTold(t, parties: &parties, claimWords: claimWords, namedBefore: named),
                    !claimants.contains(party)
                {
                    add(ActorFinding(party: party, stance: .supports, quote: nil, article: a, span: sentence.range, secondhand: true))
                }
            }
            // The headline reports a stance as the body does ("Health ministry denies
            // reports of Ebola in Mosul"); a lede taken for the headline, too.
            let title = TextDocument(draft.articles[a].title)
            for sentence in title.sentences where !isEmbeddedPost(title.string(sentence.range)) && !isQuestion(title.string(sentence.range)) {
                let t = withoutDateline(ClaimWords.tokens(title, sentence.range))
                // "Food agency denies ...": the headline's body of a kind is the one the lede names.
                let lede = doc.sentences.first?.range.upperBound ?? 0
                let named = { (kind: String, _: Int) in
                    namedBefore(kind: kind, title: draft.articles[a].title, doc, before: lede, organisations: organisations)
                }
                for (party, stance) in reportedStances(
                    t, parties: &parties, claimParties: claimParties, claimWords: claimWords, claimNegated: claimNegated, fakeryClaim: fakeryClaim,
                    describedPerson: describedPerson, namedBefore: named, sayingClaim: sayingClaim, claimFacts: claimFacts, headline: true)
                {
                    // "Ministry says no decision on ...": a headline's wait for a decision, as a sentence's.
                    let pending = stance == .denies && saysNothingIsDecided(t, claimWords: claimWords)
                    add(ActorFinding(party: party, stance: stance, quote: nil, article: a, span: nil, pending: pending))
                }
            }
        }
        // "Ivo knows this firm," Ruiz said in the statement: a person quoted in a statement
        // the article has already told of speaks within it, and the statement's stance is hers.
        for q in draft.story.quotes where inToldStatement(q.venue) {
            guard let a = draft.index(ofArticle: q.article), let speaker = q.speaker else { continue }
            // A person the story names ("Ruiz" for "Ana Ruiz"), not a body.
            let name = Tokens.words(speaker)
            guard people.contains(where: { $0 == name || name.count == 1 && $0.last == name[0] }) else { continue }
            let before = out.filter { $0.article == a && !$0.earlier && ($0.span?.upperBound ?? 0) <= q.span.start }
            guard let statement = before.max(by: { ($0.span?.upperBound ?? 0) < ($1.span?.upperBound ?? 0) }), Set(before.map(\.stance)).count == 1,
                let person = parties.mentioned(in: speaker).first ?? parties.onRecord(speaker),
                !out.contains(where: { $0.party == person && $0.article == a }), !before.contains(where: { $0.party == person })
            else { continue }
            add(ActorFinding(party: person, stance: statement.stance, quote: q.id, article: a, span: q.span.range, answersFor: statement.party))
        }
        if !claimNegated {
            for f in departureAccepted(draft, parties: parties, claimParties: claimParties, claimStems: claimEvents.union(claimFacts), found: out) { add(f) }
            for f in decisionRegretted(draft, parties: &parties, claimParties: claimParties, found: out) { add(f) }
        }
        return out
    }

    /// "a spokesperson", "the spokesman": a speaker given only as a spokesperson, with no
    /// body named.
    static func isBareSpokesperson(_ speaker: String) -> Bool {
        let words = Tokens.words(speaker)
        return words.count == 2 && ["a", "the"].contains(words[0]) && ClaimLexicon.spokespersonNouns.contains(words[1])
    }

    /// The body a sentence opens on as its subject ("Pellow's, which owns the car park, went
    /// further ..."): a party that is no person, or a body named by its name, before the
    /// first comma or verb-like word.
    static func bodyOpening(_ t: [WordToken], parties: inout Parties) -> Int? {
        let opening = Array(withoutDateline(t).prefix { $0.text != "," && $0.text != "\u{201C}" && $0.text != "\"" }.prefix(6))
        guard opening.contains(where: \.isCapitalized) else { return nil }
        if let p = parties.mentioned(in: opening).first(where: { !parties.isPerson($0) }) { return p }
        guard let name = speakerOnRecord(opening, parties: parties), !parties.people.contains(Tokens.words(name)) else { return nil }
        return parties.onRecord(name)
    }

    /// "said in the statement", "in the same statement": a venue pointing back to a statement
    /// already told of, not a new one ("in a statement").
    static func inToldStatement(_ venue: String?) -> Bool {
        let words = Tokens.words(venue ?? "")
        return words.count >= 2 && words.last == "statement" && ["the", "that", "same"].contains(words[words.count - 2])
    }

    /// The named office-holder through whom a body answers ("Ana Ruiz, Bolt's chief
    /// executive"): a person the story names in full, one of whose roles names the body
    /// and carries a title of office (chief executive, chairwoman, minister, rector), never a
    /// spokesperson's or an outsider's (analyst, lawyer, MP) role.
    static func speakingHead(_ speaker: String, roles: [String], body: Int, parties: Parties, people: Set<[String]>) -> String? {
        let words = Tokens.words(speaker)
        guard words.count >= 2, people.contains(words), !parties.isPerson(body) else { return nil }
        let titles = roles.map { Tokens.words($0) }
        guard titles.allSatisfy({ !$0.contains(where: Lexicon.voiceRoles.contains) }),
              titles.contains(where: { $0.contains(where: ClaimLexicon.titlesOfOffice.contains) })
        else { return nil }
        return speaker
    }

    /// The named agent, lawyer or publicist through whom a party answers ("Jo Poe, Ivo
    /// Roe's agent"): a person the story names in full, not the party answered for, one of
    /// whose roles is counsel to `party` (its possessive names it).
    static func speakingCounsel(_ speaker: String, roles: [String], for party: Int, parties: Parties, people: Set<[String]>) -> String? {
        let words = Tokens.words(speaker)
        guard words.count >= 2, people.contains(words), !parties.mentioned(in: speaker).contains(party) else { return nil }
        let counsel = roles.contains { role in
            let r = Tokens.words(withoutPossessives(role))
            return r.contains(where: ArticleQuotes.counsel.contains) && parties.mentioned(in: withoutPossessives(role)).contains(party)
        }
        return counsel ? speaker : nil
    }

    /// The speaker, when the party list holds her as a person and none of her roles is a
    /// spokesperson's: an officer of `body` who is a principal of the story herself.
    static func speakingOfficer(_ speaker: String, roles: [String], body: Int, parties: Parties) -> String? {
        let mine = parties.mentioned(in: speaker)
        guard mine.count == 1, mine[0] != body, parties.isPerson(mine[0]), !parties.isPerson(body),
            roles.allSatisfy({ !Tokens.words($0).contains(where: Lexicon.voiceRoles.contains) })
        else { return nil }
        return speaker
    }

    /// A role as the article gave it: "union's national organiser" was "the union's ...", its
    /// article dropped with the speaker's name before it; the kind word is the body's.
    static func withArticle(_ role: String) -> String {
        guard let first = role.split(separator: " ").first, first.first?.isLowercase == true,
            first.hasSuffix("'s") || first.hasSuffix("\u{2019}s")
        else { return role }
        return "the " + role
    }

    /// A sentence or headline that ends with a question mark.
    static func isQuestion(_ sentence: String) -> Bool {
        sentence.last(where: { !$0.isWhitespace }) == "?"
    }

    /// `text` with each possessive "'s" dropped, which word splitting would join to its name.
    static func withoutPossessives(_ text: String) -> String {
        text.split(separator: " ").map { w in
            ["'s", "\u{2019}s"].first(where: w.hasSuffix).map { String(w.dropLast($0.count)) } ?? String(w)
        }.joined(separator: " ")
    }

    /// The stance a sentence around a quotation gives its speaker, `party` ("Ford issued a
    /// sharp denial, stating: ..."): a denial in the article's voice, unless it is negated,
    /// has another agent ("a claim disputed by the ministry", "despite the bishop moving to
    /// rubbish it"), refuses a request ("denied requests for an interview"), or denies
    /// faking, which backs what was shown.
    static func contextStance(_ t: [WordToken], of party: Int, _ parties: Parties, fakeryClaim: Bool, claimWords: Set<String> = []) -> Stance? {
        let quoted = insideQuotationMarks(t)
        for (i, tok) in t.enumerated() where tok.isWordOrNumber && !quoted[i] && ClaimLexicon.denials.contains(tok.lower) && !isConflictNoun(t, i) {
            if i + 1 < t.count, t[i + 1].lower == "by" { continue }
            if rejectsAPerson(t, i) || judgesAnotherReport(t, i, claimWords: claimWords) || inQuestionPut(t, i) || denialToldBefore(t, i) { continue }
            if deniesAsObject(t, i) { continue }
            let agents = parties.mentioned(in: Array(t[nearestClause(t, i, from: 0, parties)..<i]))
            if !agents.isEmpty && !agents.contains(party) { continue }
            if t[max(0, i - 4)..<i].contains(where: { ClaimLexicon.negators.contains($0.lower) }) || refusesRequest(t, i) { continue }
            return deniesFakery(t, i) && !fakeryClaim ? .supports : .denies
        }
        return nil
    }

    /// "she had expected the company to dispute the findings", "urged the ministry to deny
    /// it": at `i`, an infinitive of denial whose subject is the object of a verb of
    /// expecting, asking or urging before it. The denial is the object's, and only wished
    /// or foreseen, not done by the sentence's subject.
    static func deniesAsObject(_ t: [WordToken], _ i: Int) -> Bool {
        guard i >= 3, t[i - 1].lower == "to" else { return false }
        let control: Set<String> = [
            "expected", "expect", "expects", "expecting", "wanted", "want", "wants", "asked", "ask", "asks", "urged", "urge", "urges",
            "invited", "invite", "invites", "challenged", "challenge", "challenges", "pressed", "pressing", "encouraged", "dared", "called",
        ]
        // The object: one to five words with no punctuation or auxiliary ("the company",
        // "on the ministry").
        for j in stride(from: i - 3, through: max(0, i - 7), by: -1) {
            let between = t[(j + 1)..<(i - 1)]
            if between.contains(where: { !$0.isWordOrNumber || ClaimLexicon.auxiliaries.contains($0.lower) }) { return false }
            if control.contains(t[j].lower) { return true }
        }
        return false
    }

    /// "The problem for the denial is X", "doubts about that denial": at `i`, the noun of a
    /// denial the article has told before, governed by a preposition, which the sentence
    /// speaks about; nobody denies anything in it.
    static func denialToldBefore(_ t: [WordToken], _ i: Int) -> Bool {
        guard ["denial", "denials"].contains(t[i].lower), i >= 2, ["the", "that", "this", "those", "these"].contains(t[i - 1].lower) else { return false }
        return Lexicon.prepositions.contains(t[i - 2].lower)
    }

    /// Whether the word at `i` belongs to a question put to the speaker ("Asked why her
    /// spokeswoman had denied it, X said: ..."): after "asked" and a question word, with
    /// no comma between. The question's words are the reporter's, not the speaker's.
    static func inQuestionPut(_ t: [WordToken], _ i: Int) -> Bool {
        guard let asked = t[..<i].lastIndex(where: { $0.lower == "asked" }) else { return false }
        let between = t[(asked + 1)..<i]
        // "Asked on a call with reporters whether ...": the question may follow where and by
        // whom it was put.
        guard !between.contains(where: { $0.text == "," }) else { return false }
        return between.prefix(2).contains { ClaimLexicon.questionWords.contains($0.lower) }
            || between.prefix(8).contains { ClaimLexicon.questionWords.contains($0.lower) && $0.lower != "about" }
    }

    /// "Ana Ruiz confirmed the talks on Friday but denied a deal": a verb at `verb` opening its
    /// clause right after "but"/"and" (adverbs aside) shares the subject of the clause before,
    /// whose words before its first verb of saying or stance are returned.
    static func sharedSubject(_ t: [WordToken], verb: Int, clauseStart: Int) -> Range<Int>? {
        guard clauseStart >= 1, ["but", "and"].contains(t[clauseStart - 1].lower),
            t[clauseStart..<verb].allSatisfy({ !$0.isWordOrNumber || $0.lower.hasSuffix("ly") || ["also", "then", "later"].contains($0.lower) })
        else { return nil }
        var start = clauseStart - 1
        while start > 0, ![".", ";", "\u{201C}", "\""].contains(t[start - 1].text) { start -= 1 }
        let verbs = ClaimLexicon.confirmations.union(ClaimLexicon.denials).union(ClaimLexicon.speechVerbs).union(ClaimLexicon.claimVerbs)
        guard let first = t[start..<(clauseStart - 1)].firstIndex(where: { $0.isWord && !$0.isCapitalized && verbs.contains($0.lower) }), first > start
        else { return nil }
        return start..<first
    }

    /// The comma before an attribution that closes a statement ("..., the ministry has
    /// confirmed."): the verb at `i` ends the sentence or a short phrase does, and a few
    /// words stand between the comma and the verb, after a statement of four words or more
    /// that is no opening phrase ("In a statement on Tuesday, Ford denied").
    static func trailingAttribution(_ t: [WordToken], _ i: Int, from start: Int) -> Int? {
        // What follows the verb up to the sentence's end or an aside (", four days after
        // ...", ", ending weeks of speculation").
        let rest = t[(i + 1)...].prefix { $0.text != "." && $0.text != ";" && $0.text != "," }.filter(\.isWordOrNumber)
        guard rest.isEmpty || Lexicon.prepositions.contains(rest[rest.startIndex].lower) && rest.count <= 5 && !rest.contains(where: { $0.lower == "that" }),
            let comma = t[start..<i].lastIndex(where: { $0.text == "," }), i - comma <= 8
        else { return nil }
        let statement = t[start..<comma].filter(\.isWordOrNumber)
        guard statement.count >= 4, let first = statement.first?.lower,
            !Lexicon.prepositions.contains(first), !ClaimLexicon.subordinators.contains(first), !ClaimLexicon.clauseOpeners.contains(first)
        else { return nil }
        return comma
    }

    static func isNegator(_ w: WordToken) -> Bool {
        ClaimLexicon.isNegation(w.lower)
    }

    /// Whether the words hold a negator. A verb of refusing or failing negates only the
    /// infinitive it governs ("failed to pay", "declined on Tuesday to confirm"); used
    /// intransitively it tells of an event ("after a valve failed during testing", "sales
    /// declined"), and a statement about that event is no less affirmed.
    static func hasNegator(_ s: some Collection<WordToken>) -> Bool {
        let w = Array(s)
        return w.indices.contains { k in
            guard isNegator(w[k]) else { return false }
            guard ClaimLexicon.infinitiveNegators.contains(w[k].lower) else { return true }
            // The infinitive may follow a short aside of time ("on Tuesday").
            return w[(k + 1)...].prefix(4).prefix(while: \.isWordOrNumber).contains { $0.lower == "to" }
        }
    }

    /// Where the clause of the verb at `i` starts, from `start`: after the last word that
    /// opens a clause of its own ("O'Neal will go on, despite the bishop moving to rubbish
    /// the claims"; "with viewers dismissing it"), when that clause names its own subject
    /// rather than a pronoun standing for the one before ("Ford said that it denied").
    /// After "that", the subject must name a party: "the minister said that tests
    /// confirmed it" is the minister's word.
    static func nearestClause(_ t: [WordToken], _ i: Int, from start: Int, _ parties: Parties) -> Int {
        let gerund = t[i].lower.hasSuffix("ing")
        // "the statements of seven people, in which all of them have confirmed": a relative
        // clause after a preposition has a subject of its own, the verb's ("..., which ran a
        // story, acknowledged" is the subject's remark).
        if let rel = t[start..<i].lastIndex(where: { ["which", "whom", "whose"].contains($0.lower) }), rel > start,
            Lexicon.prepositions.contains(t[rel - 1].lower),
            t[(rel + 1)..<i].contains(where: { $0.isWordOrNumber && !ClaimLexicon.auxiliaries.contains($0.lower) && !$0.lower.hasSuffix("ly") })
        {
            return rel + 1
        }
        // "it has recorded the statements of seven people and all of them have confirmed":
        // "and" after a clause with a finite verb of its own opens another with its own
        // subject ("vice president of programming and production released" is one noun).
        if let and = t[start..<i].lastIndex(where: { $0.lower == "and" }), and > start,
            t[start..<and].contains(where: { ClaimLexicon.auxiliaries.contains($0.lower) }),
            let first = t[(and + 1)..<i].first(where: \.isWordOrNumber), !ClaimLexicon.subjectPronouns.contains(first.lower),
            !ClaimLexicon.auxiliaries.contains(first.lower), !first.lower.hasSuffix("ly"), !ClaimCandidates.couldBeVerb(first)
        {
            return and + 1
        }
        guard
            let cut = t[start..<i].lastIndex(where: {
                ClaimLexicon.subordinators.contains($0.lower) || gerund && $0.lower == "with"
            })
        else { return start }
        let subject = headOfSubject(Array(t[(cut + 1)..<i])).filter(\.isWordOrNumber)
        if t[cut].lower == "that" { return parties.mentioned(in: subject).isEmpty ? start : cut + 1 }
        let own = subject.contains { !Tokens.stopwords.contains($0.lower) && !ClaimLexicon.subjectPronouns.contains($0.lower) }
        return own ? cut + 1 : start
    }

    /// "preparing to dismiss manager Jo Roe", "rejected the striker", "the system rejected
    /// him", "was dismissed from service": a verb of denial whose object is a person (a role
    /// noun, a capitalised name after no determiner, a pronoun) means sacking or turning
    /// someone down; what is denied is a statement, a report or an idea.
    static func takesAPerson(_ t: [WordToken], _ i: Int) -> Bool {
        if i + 1 < t.count, t[i + 1].lower == "from" || rejectsAPerson(t, i) { return true }
        var k = i + 1
        while k < t.count, ClaimLexicon.determiners.contains(t[k].lower) || Lexicon.roleModifiers.contains(t[k].lower) { k += 1 }
        guard k < t.count, t[k].isWordOrNumber else { return false }
        if Lexicon.roleWords.contains(t[k].lower) || Lexicon.personNouns.contains(t[k].lower) { return true }
        // A name straight after the verb, as in "dismissed Jo Roe"; "dismissed Acme's report"
        // and "rejected Acme claims" go on to what is denied.
        guard k == i + 1, t[k].isCapitalized, !t[k].lower.hasSuffix("'s"), !t[k].lower.hasSuffix("\u{2019}s") else { return false }
        var e = k
        while e + 1 < t.count, t[e + 1].isCapitalized { e += 1 }
        let after = e + 1 < t.count ? t[e + 1].lower : ""
        return !(ClaimLexicon.claimNouns.contains(after) || ClaimLexicon.storyNouns.contains(after)) && e > k
    }

    /// Whether the denial at `i` refuses something asked for rather than a claim: "denied
    /// repeated requests", "denied him entry". Its object, before any clause or report,
    /// holds a word for a thing granted.
    static func refusesRequest(_ t: [WordToken], _ i: Int) -> Bool {
        for tok in t[(i + 1)...].prefix(while: \.isWordOrNumber).prefix(3) {
            if tok.lower == "that" || ClaimLexicon.claimNouns.contains(tok.lower) { return false }
            if ClaimLexicon.grantedThings.contains(tok.lower) { return true }
        }
        return false
    }

    /// Whether the denial at `i` is a court's act on a legal matter ("dismissed 849
    /// misdemeanour cases", "rejected the lawsuit"), not a stance on a claim; "denied
    /// reports that two cases ..." has a report for its object.
    static func actsOnLegalMatter(_ t: [WordToken], _ i: Int) -> Bool {
        for tok in t[(i + 1)...].prefix(while: \.isWordOrNumber).prefix(5) {
            if tok.lower == "that" || ClaimLexicon.claimNouns.contains(tok.lower) { return false }
            if ClaimLexicon.legalMatters.contains(tok.lower) { return true }
        }
        return false
    }

    /// The pronoun case of `takesAPerson`: "rejected him", but not "rejected him as a
    /// liar" or "rejected her claim".
    static func rejectsAPerson(_ t: [WordToken], _ i: Int) -> Bool {
        guard i + 1 < t.count else { return false }
        if ["him", "me", "us", "them"].contains(t[i + 1].lower) && i + 2 < t.count && t[i + 2].lower == "as" { return false }
        if ["him", "me", "us"].contains(t[i + 1].lower) { return true }
        // "rejected her" but not "rejected her claim".
        return t[i + 1].lower == "her" && (i + 2 == t.count || !t[i + 2].isWordOrNumber || Lexicon.prepositions.contains(t[i + 2].lower))
    }

    /// Whether the denial at `i` judges a report that says something else: "rumours of a
    /// coup were rubbish" (the report before a closing verdict) or "denied reports that
    /// the minister resigned" (the report after the verb), where what the report says
    /// shares no word with the claim.
    static func judgesAnotherReport(_ t: [WordToken], _ i: Int, claimWords: Set<String>) -> Bool {
        guard !claimWords.isEmpty else { return false }
        let after = t[(i + 1)...].prefix { $0.text != "." && $0.text != ";" }
        let closing = !after.contains(where: \.isWordOrNumber)
        let scope = closing ? t[..<i].suffix(12) : after.prefix(12)
        guard let noun = scope.firstIndex(where: { ClaimLexicon.claimNouns.contains($0.lower) || ClaimLexicon.storyNouns.contains($0.lower) }),
            noun + 1 < scope.endIndex, ["of", "that", "about"].contains(t[noun + 1].lower)
        else { return false }
        let said = t[(noun + 2)..<min(scope.endIndex, noun + 12)].filter(\.isWordOrNumber).map { ClaimWords.stem($0.lower) }
        return !said.isEmpty && ClaimWords.related(said, claimWords) == 0
    }

    /// The claim's words that are no names: its lower-case content words, and its first
    /// word. An object must share one of them to be about the claim: "acknowledging Kim's
    /// discomfort" names the claim's party, not what it says.
    static func facts(_ wording: [WordToken]) -> Set<String> {
        let first = wording.firstIndex(where: \.isWordOrNumber)
        return ClaimWords.content(wording.indices.filter { $0 == first || wording[$0].isWordOrNumber && !wording[$0].isCapitalized }.map { wording[$0].text }.joined(separator: " "))
    }

    /// "told CNBC that the figure is not accurate": the clause a verb of speech calls false
    /// opens on a definite subject or a pronoun, which stands for something the story
    /// named before, such as the claim.
    static func judgesSomethingNamedBefore(_ t: [WordToken], _ i: Int) -> Bool {
        let rest = t[(i + 1)...].prefix(8).filter(\.isWordOrNumber)
        let start = rest.firstIndex { $0.lower == "that" }.map { rest.index(after: $0) } ?? rest.startIndex
        guard start < rest.endIndex else { return false }
        return ["the", "this", "that", "these", "those", "it", "they", "such"].contains(rest[start].lower)
    }

    /// Where a clause object after a long aside ends: twelve tokens after its "that"
    /// ("confirmed with the producers of the film that the car was not stolen").
    static func clauseObjectEnd(_ t: [WordToken], _ i: Int) -> Int? {
        guard takesClause(t, i), let that = t[(i + 1)..<min(t.count, i + 20)].firstIndex(where: { $0.lower == "that" }), that > i + 8 else { return nil }
        return that + 13
    }

    /// Whether the verb at `i` takes a clause for its object: "that" and a subject, or a
    /// subject and a finite verb within a few words ("confirmed Bale will play").
    static func takesClause(_ t: [WordToken], _ i: Int) -> Bool {
        let rest = t[(i + 1)...].prefix(while: { $0.text != "," && $0.text != "." }).filter(\.isWordOrNumber).prefix(6)
        guard rest.first != nil else { return false }
        // "confirmed in the interview posted Thursday that Bale will ...": "that" after an aside.
        let wider = t[(i + 1)...].filter(\.isWordOrNumber).prefix(14)
        if let that = wider.firstIndex(where: { $0.lower == "that" }), that + 1 < wider.endIndex {
            return !Lexicon.prepositions.contains(wider[that + 1].lower)
        }
        return rest.dropFirst().contains { ClaimLexicon.auxiliaries.contains($0.lower) }
    }

    /// Whether the verb at `i` takes a pronoun for its object ("denied it", "confirmed
    /// that to the paper"), after any particle or adverb; "that" opening a clause is none.
    static func pronounObject(_ t: [WordToken], _ i: Int) -> Bool {
        var k = i + 1
        while k < t.count, t[k].isWordOrNumber, ["back", "down", "off", "out", "also"].contains(t[k].lower) || t[k].lower.hasSuffix("ly") { k += 1 }
        guard k < t.count else { return false }
        if ["it", "them", "this", "these", "those"].contains(t[k].lower) { return true }
        // "rejected that account": a demonstrative and a noun of what was told take it up
        // as the pronoun does.
        if t[k].lower == "that", k + 1 < t.count, ClaimLexicon.toldNouns.contains(t[k + 1].lower) { return true }
        guard t[k].lower == "that" else { return false }
        return k + 1 == t.count || !t[k + 1].isWordOrNumber || Lexicon.prepositions.contains(t[k + 1].lower) || ["and", "but"].contains(t[k + 1].lower)
    }

    /// What a bare object of the denial at `i` ("denied the accusation", "refuted this")
    /// stands for: the words after the last accusation before it ("accused him of ..."),
    /// in its sentence or, for an accusation noun, the one before. Nil when the object says
    /// what it is, or no accusation stands before with three content words after it.
    static func antecedent(_ t: [WordToken], _ i: Int, previous: [WordToken]) -> ArraySlice<WordToken>? {
        var k = i + 1
        while k < t.count, t[k].isWordOrNumber, t[k].lower.hasSuffix("ly") { k += 1 }
        guard k < t.count else { return nil }
        // "refuted this" looks back within its sentence; "denied the accusation" also to
        // the sentence before.
        let scopes: [[WordToken]]
        if ["this", "that"].contains(t[k].lower), k + 1 == t.count || !t[k + 1].isWordOrNumber || ["and", "but"].contains(t[k + 1].lower) {
            scopes = [Array(t[..<i])]
        } else if ["the", "this", "these", "those", "such"].contains(t[k].lower), k + 1 < t.count, ClaimLexicon.accusationNouns.contains(t[k + 1].lower),
            k + 2 == t.count || !["that", "of", "about", "against"].contains(t[k + 2].lower)
        {
            scopes = [Array(t[..<i]), previous]
        } else {
            return nil
        }
        for words in scopes {
            // Only an accusation that says something: "after the report." names none.
            if let a = words.lastIndex(where: { ClaimLexicon.accusations.contains($0.lower) }) {
                let said = words[(a + 1)...].prefix(16)
                return ClaimWords.content(said.filter(\.isWordOrNumber).map(\.text).joined(separator: " ")).count >= 3 ? said : nil
            }
        }
        return nil
    }

    /// "denied saying", "denied having said", "denied that he ever said ...", "denied
    /// making the remarks": the denial at `i` is of a statement having been made.
    static func deniesSaying(_ t: [WordToken], _ i: Int) -> Bool {
        var k = i + 1
        var subject = 0
        if k < t.count, t[k].lower == "that" { k += 1; subject = 4 }
        var skipped = 0
        while k < t.count, t[k].isWordOrNumber, skipped <= subject + 1 {
            let w = t[k].lower
            if ClaimLexicon.speechVerbs.contains(w) || ["saying", "making", "made", "make"].contains(w) { return true }
            if !(["ever", "having", "had", "has", "have"].contains(w) || skipped < subject) { return false }
            skipped += 1
            k += 1
        }
        return false
    }

    /// A claim that someone said something ("The minister said the border is closed"):
    /// who said it, by party, and what was said, by content word.
    struct Saying {
        var speakers: [Int]
        var content: Set<String>

        /// The claim's wording read for a verb of saying with a subject before it and
        /// what was said after it; nil for a claim of a fact.
        init?(_ t: [WordToken], parties: Parties) {
            guard let v = t.firstIndex(where: { $0.isWordOrNumber && ClaimLexicon.claimSayingVerbs.contains($0.lower) }),
                t[..<v].contains(where: \.isWordOrNumber)
            else { return nil }
            let said = ClaimWords.content(t[(v + 1)...].filter(\.isWordOrNumber).map(\.text).joined(separator: " "))
            guard said.count >= 2 else { return nil }
            speakers = parties.mentioned(in: Array(t[..<v]))
            // "Hacker says he holds a bank's records", "A post claims the singer died": a teller
            // nobody names is how the rumour came, and what it says is the claim itself.
            guard !speakers.isEmpty || t[1..<v].contains(where: { $0.isCapitalized }) else { return nil }
            // "A post on Flit says ...", "A video shared on ClipStream shows ...": a thing
            // shared is the rumour's vehicle, whatever network it is named on, and what it
            // says is the claim.
            let head = t[..<v].filter(\.isWordOrNumber).prefix(2).map(\.lower)
            if speakers.isEmpty, head.count == 2, ["a", "an", "the", "one"].contains(head[0]), ClaimLexicon.sharedItems.contains(head[1]) { return nil }
            content = said
        }

        /// Whether `object`, the words a denial takes (or a quotation of a party other than
        /// the speaker), calls what was said false without denying it was said: it shares
        /// what was said and names no saying, report or pronoun standing for the claim
        /// ("That is untrue" in a quotation; "denied that the dam ..." opens a clause).
        func deniesOnlyWhatWasSaid(_ object: [WordToken], by party: Int?, _ parties: Parties) -> Bool {
            if let party, speakers.contains(party) { return false }
            let words = object.filter(\.isWordOrNumber)
            if words.contains(where: { ClaimLexicon.sayingNouns.contains($0.lower) || ClaimLexicon.speechVerbs.contains($0.lower) }) { return false }
            if let first = words.first, ["it", "this", "them"].contains(first.lower) || first.lower == "that" && words.count > 1 && ClaimLexicon.auxiliaries.contains(words[1].lower) {
                return false
            }
            return !Set(words.map { ClaimWords.stem($0.lower) }).isDisjoint(with: content)
        }
    }

    /// The subject without a place or thing it is "of" or "in": "occupants of the
    /// Hollywood tower confirmed" is the occupants, not Hollywood. A speaker's own noun
    /// keeps what follows ("a spokesman for Ford", "officials at the ministry").
    static func headOfSubject(_ subject: [WordToken]) -> [WordToken] {
        var subject = withoutRelativeClauses(subject)
        for k in subject.indices.dropFirst() where ClaimLexicon.placePrepositions.contains(subject[k].lower) {
            let head = subject[k - 1]
            // A capital opening the clause says nothing about a name.
            let isName = head.isCapitalized && k - 1 > 0
            if head.kind == .word, !isName, !ClaimLexicon.speakerNouns.contains(head.lower) {
                subject = Array(subject[..<k])
                break
            }
        }
        // A name right before a common noun describes it ("the Estero newspaper Diario",
        // "a Hollywood tower"): it is not the subject, unless the noun speaks for it
        // ("Ford officials", "the Ford statement").
        var kept: [WordToken] = []
        var k = 0
        while k < subject.count {
            guard subject[k].isCapitalized, k > 0 || subject.count > 1 else { kept.append(subject[k]); k += 1; continue }
            var end = k + 1
            while end < subject.count, subject[end].isCapitalized || Lexicon.nameParticles.contains(subject[end].text) { end += 1 }
            if end < subject.count, isCommonNoun(subject[end]), !ClaimLexicon.speakerNouns.contains(subject[end].lower) {
                k = end
            } else {
                kept += subject[k..<end]
                k = end
            }
        }
        return kept
    }

    /// The subject without ", which/who ... ," remarks: "the Times, which ran a story
    /// about a comment by Francis, acknowledged" is the Times speaking.
    static func withoutRelativeClauses(_ t: [WordToken]) -> [WordToken] {
        var out: [WordToken] = []
        var k = 0
        while k < t.count {
            if t[k].text == ",", k + 1 < t.count, ClaimLexicon.relativePronouns.contains(t[k + 1].lower) {
                k = (t[(k + 1)...].firstIndex { $0.text == "," } ?? t.count - 1) + 1
                continue
            }
            out.append(t[k])
            k += 1
        }
        return out
    }

    /// A lower-case content word that is not an adverb ("also", "quickly"): most likely the
    /// noun a name before it describes.
    static func isCommonNoun(_ w: WordToken) -> Bool {
        w.kind == .word && !w.isCapitalized && !Tokens.stopwords.contains(w.lower) && !w.lower.hasSuffix("ly")
            && !ClaimLexicon.denials.contains(w.lower) && !ClaimLexicon.confirmations.contains(w.lower)
    }

    /// Per token, whether it stands between quotation marks opened in the same sentence.
    static func insideQuotationMarks(_ t: [WordToken]) -> [Bool] {
        var out = [Bool](repeating: false, count: t.count)
        var opener: Unicode.Scalar? = nil
        for (i, tok) in t.enumerated() {
            if tok.kind == .punctuation, tok.text.unicodeScalars.count == 1 {
                opener = QuoteMarks.openDouble(after: tok.text.unicodeScalars.first!, opener: opener)
            }
            out[i] = opener != nil
        }
        return out
    }

    /// A post quoted whole from a social network ("... pic.twitter.com/x — Ann (@ann) May 1"):
    /// its author's words, not the article's report.
    static func isEmbeddedPost(_ sentence: String) -> Bool {
        if sentence.contains("pic.twitter.com/") { return true }
        // "(@handle)" after the author's name.
        guard let at = sentence.range(of: "(@") else { return false }
        let handle = sentence[at.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return !handle.isEmpty && sentence[at.upperBound...].dropFirst(handle.count).first == ")"
    }

    /// What a party's own words say of the claim: "untrue", "no truth to it", "not
    /// negotiating" deny; "we confirm" supports, and "I can confirm I am not dead" denies
    /// (`contradicts`). A word that only names a rumour is no verdict when the speaker
    /// merely notices it ("we are aware of the rumours").
    /// With `loose` false, the words that also call a speaker's own conduct right or wrong
    /// ("we did nothing wrong") or only name a rumour are no verdict.
    /// `noticedBefore`: the article's last words before a quoted fragment ("would not comment on"),
    /// which notice what the fragment names as the quotation's own words would.
    static func quotedStance(
        _ t: [WordToken], claimWords: Set<String> = [], claimNegated: Bool = false, loose: Bool = true, noticedBefore: [String] = [],
        claimPossible: Bool = false
    ) -> Stance? {
        if !claimNegated, answersYes(t, claimWords: claimWords) { return .supports }
        let tokens = t.filter(\.isWordOrNumber)
        let words = tokens.map(\.lower)
        let reversed = zip(t, reversedByNext(t)).filter { $0.0.isWordOrNumber }.map(\.1)
        let supposed = zip(t, inCondition(t)).filter { $0.0.isWordOrNumber }.map(\.1)
        let withheld = refusesToCall(t).enumerated().filter { t[$0.offset].isWordOrNumber }.map(\.element)
        let othersWords = toldByOthers(t).enumerated().filter { t[$0.offset].isWordOrNumber }.map(\.element)
        for (i, w) in words.enumerated() where !reversed[i] && !supposed[i] && !withheld[i] {
            // Strictly, a verdict word is said of something ("it is a hoax"), not put before
            // a noun ("fake reviews"); another's verdict the speaker passes on is not its own.
            if ClaimLexicon.plainFalsity.contains(w), !othersWords[i],
                loose || words[max(0, i - 3)..<i].contains(where: { ["is", "are", "was", "were", "be", "been", "it's", "that's", "it\u{2019}s", "that\u{2019}s"].contains($0) })
            {
                return .denies
            }
            // "does not comment on market rumours or speculation": what is noticed, however
            // long the list, is no verdict.
            // "We got it wrong": the speaker owns an error of its own, no verdict on another's claim.
            if w == "wrong", ownsAnError(words, i) { continue }
            if loose, ClaimLexicon.falsity.contains(w), !othersWords[i], !words[max(0, i - 7)..<i].contains(where: ClaimLexicon.noticing.contains),
                !(i < 3 && noticedBefore.contains(where: ClaimLexicon.noticing.contains)),
                !namesWithoutJudging(words, i)
            {
                return .denies
            }
            if !othersWords[i], reportCalledWrong(words, i) || disowns(words, i) || outOfContext(words, i) || notPolicy(words, i) { return .denies }
            if ClaimLexicon.negatableFacts.contains(w), words[max(0, i - 3)..<i].contains(where: ClaimLexicon.negators.contains) {
                return .denies
            }
            if thereIsNo(words, i, claimWords: claimWords) || negatedGerund(words, i, claimWords: claimWords) || negatesAny(words, i, claimWords: claimWords)
                || nobodyDid(words, i, claimWords: claimWords) || neverAttested(words, i, claimWords: claimWords)
                || disownsDocument(words, i, claimWords: claimWords) || disownsInvolvement(words, i)
                || workDoesNotSay(words, i, claimWords: claimWords)
            {
                return .denies
            }
            // "anybody telling you otherwise has not read our plans", "whoever says otherwise":
            // the speaker holds those who tell the contrary wrong.
            if w == "otherwise", words[max(0, i - 3)..<i].contains(where: { ClaimLexicon.claimVerbs.contains($0) || ["say", "tell", "telling", "suggest", "claim"].contains($0) }) {
                return .denies
            }
        }
        // "On Friday there was no decision. By Sunday there was.": the reversed sentence is read as
        // what changed, not as what is so.
        let standing = zip(t, reversedByNext(t)).filter { !$0.1 }.map(\.0)
        if !claimNegated,
            deniesOfTheSubject(t, claimWords: claimWords) || saysNothingIsDecided(standing, claimWords: claimWords) || findsNothing(standing, claimWords: claimWords)
                || assertsContinuity(standing, claimWords: claimWords, claimPossible: claimPossible) || seenIsSomethingElse(words, claimWords: claimWords)
                || deniesByCounterfactual(words, claimWords: claimWords)
        {
            return .denies
        }
        // "call us to confirm things": an infinitive names a purpose, not a confirmation.
        // "given what has been confirmed": a passive names no one confirming; "a confirmed
        // case" describes the case.
        for (i, w) in words.enumerated()
        where ClaimLexicon.confirmations.contains(w)
            && (i == 0
                || (words[i - 1] != "to" || i >= 2 && ClaimLexicon.gladToSay.contains(words[i - 2]))
                    && !ClaimLexicon.passiveAuxiliaries.contains(words[i - 1]) && !(w.hasSuffix("ed") && ClaimLexicon.determiners.contains(words[i - 1])))
        {
            if !words[max(0, i - 3)..<i].contains(where: ClaimLexicon.negators.contains) {
                if letsIn(words, i) { continue }
                if receivesReports(complement(tokens, after: i)) || tellsOfProcedure(complement(tokens, after: i), claimWords: claimWords) { return nil }
                if confirmsWhatWasJustSaid(words, i) { return nil }
                return contradicts(complement(tokens, after: i), claimWords: claimWords, claimNegated: claimNegated) ? .denies : .supports
            }
        }
        if !claimNegated, witnesses(words) { return .supports }
        return nil
    }

    /// "We got it wrong", "I was wrong to": a speaker saying in the first person that it
    /// erred (at `i`, "wrong") owns a failing; it calls nothing another says false.
    static func ownsAnError(_ words: [String], _ i: Int) -> Bool {
        let speaker: Set<String> = ["we", "i", "we've", "i've", "we\u{2019}ve", "i\u{2019}ve"]
        guard i >= 2 else { return false }
        if ["was", "were"].contains(words[i - 1]) { return speaker.contains(words[i - 2]) }
        guard i >= 3, ["it", "this", "that", "things"].contains(words[i - 1]), ["got", "get", "gotten"].contains(words[i - 2]) else { return false }
        return words[max(0, i - 5)..<(i - 2)].contains(where: speaker.contains)
    }

    /// A quotation in which the speaker owns an error ("We got this wrong, and I am sorry").
    static func admitsAnError(_ t: [WordToken]) -> Bool {
        let words = t.filter(\.isWordOrNumber).map(\.lower)
        return words.indices.contains { words[$0] == "wrong" && ownsAnError(words, $0) }
    }

    /// "Yes, we have been talking with them since the spring. Nothing is signed": a quotation
    /// opening on "Yes," answers the reporter's question, and a first sentence that names a
    /// word of the claim with no negation grants it; what the speaker then denies is a step
    /// beyond the claim (a signature, a date), not the claim. A first sentence that is itself a
    /// verdict against it ("Yes, it is a hoax") or negated ("Yes, there were talks, but no
    /// deal") grants nothing.
    static func answersYes(_ t: [WordToken], claimWords: Set<String>) -> Bool {
        let opening = t.drop { !$0.isWordOrNumber }
        guard opening.first?.lower == "yes", opening.dropFirst().first?.text == "," else { return false }
        let sentence = Array(opening.dropFirst(2).prefix { ![".", "!", "?", ";", ":"].contains($0.text) })
        guard opening.dropFirst(2 + sentence.count).first?.text != "?" else { return false }
        let words = sentence.filter(\.isWordOrNumber).map(\.lower)
        guard words.count >= 3, !words.contains(where: { ClaimLexicon.isNegation($0) || ClaimLexicon.negativePronouns.contains($0) || ["but", "if", "whether"].contains($0) })
        else { return false }
        return ClaimWords.related(words.map(ClaimWords.stem), claimWords) >= 1
            && quotedStance(sentence, claimWords: claimWords) != .denies
    }

    /// "What people have seen is the frame of a timber pontoon", "what you see in the clip is
    /// a seal": the expert names what was really seen, something the claim does not name,
    /// which refutes the claim's reading of it.
    static func seenIsSomethingElse(_ words: [String], claimWords: Set<String>) -> Bool {
        let seeing: Set<String> = ["see", "saw", "seen", "seeing", "filmed", "photographed", "spotted", "found", "shows", "showed"]
        return words.indices.contains { k in
            guard words[k] == "what", let v = words[(k + 1)..<min(words.count, k + 5)].firstIndex(where: seeing.contains),
                let copula = words[(v + 1)..<min(words.count, v + 4)].firstIndex(where: { ["is", "are", "was", "were"].contains($0) }),
                !words[k..<copula].contains(where: { ClaimLexicon.isNegation($0) })
            else { return false }
            let named = words[(copula + 1)...].prefix(6).filter { !Tokens.stopwords.contains($0) && !["usually", "really", "actually", "just", "simply"].contains($0) }
            return named.count >= 2 && ClaimWords.related(named.map(ClaimWords.stem), claimWords) == 0
        }
    }

    /// Nouns of the papers a leak rests on, which a witness says they have seen.
    static let leakedPapers: Set<String> = [
        "document", "documents", "text", "memo", "paper", "papers", "draft", "letter", "plan", "plans", "presentation", "slides", "minutes", "recording",
    ]

    /// "We heard it with our own ears", "we have seen the bank's own document", "the document
    /// is genuine": the speaker vouches as a witness for what was reported, or for the
    /// papers it rests on. Negated ("we have not seen the document") or doubted it is not.
    static func witnesses(_ words: [String]) -> Bool {
        func negated(_ k: Int) -> Bool {
            words[max(0, k - 4)..<k].contains { ClaimLexicon.isNegation($0) || ClaimLexicon.negativePronouns.contains($0) || ["if", "whether"].contains($0) }
        }
        return words.indices.contains { k in
            // "with our own ears", "with my own eyes"
            if ["eyes", "ears"].contains(words[k]), k >= 3, words[k - 1] == "own", ["my", "our"].contains(words[k - 2]), words[k - 3] == "with" {
                return !negated(k - 3)
            }
            // "we have seen the text", "I have read the company's own memo"
            if ["seen", "read"].contains(words[k]), k >= 2, ["have", "'ve"].contains(words[k - 1]) || words[k - 1].hasSuffix("'ve"), ["we", "i"].contains(words[k - 2]) || words[k - 1].hasSuffix("'ve"),
                words[(k + 1)...].prefix(4).contains(where: leakedPapers.contains), !negated(k - 1)
            {
                return true
            }
            // "the document is genuine", "no reason to doubt that the document is genuine"
            if ["genuine", "authentic"].contains(words[k]), k >= 2, ["is", "was", "are", "were"].contains(words[k - 1]), leakedPapers.contains(words[k - 2]) {
                let before = words[max(0, k - 8)..<(k - 2)]
                let negated = before.contains { ClaimLexicon.isNegation($0) || ClaimLexicon.negativePronouns.contains($0) }
                if before.contains(where: { $0 == "whether" || $0 == "if" }) { return false }
                // "no reason to doubt that it is genuine" vouches; "I doubt it is genuine" does not.
                return before.contains(where: { $0.hasPrefix("doubt") }) ? negated : !negated
            }
            return false
        }
    }

    /// "We do not recognise these figures", "doesn't recognize the picture painted": at `i`, a
    /// negated "recognise" whose object (within three words) is something told, the idiom in
    /// which a body disowns an account of itself as untrue.
    static func disowns(_ words: [String], _ i: Int) -> Bool {
        guard ["recognise", "recognize", "recognises", "recognizes"].contains(words[i]),
            words[max(0, i - 3)..<i].contains(where: ClaimLexicon.isNegation)
        else { return false }
        return words[(i + 1)...].prefix(3).contains(where: ClaimLexicon.toldNouns.contains)
    }

    /// "This is not government policy", "it does not reflect council policy", "isn't the
    /// club's position": at `i`, "policy" or "position" after a negated copula or a negated
    /// "reflect/represent/become", with at most a determiner and one word naming whose
    /// between: the formula by which a body disowns a plan reported as its own.
    static func notPolicy(_ words: [String], _ i: Int) -> Bool {
        guard ["policy", "position"].contains(words[i]) else { return false }
        let verbs: Set<String> = ["reflect", "represent", "become"]
        var k = i - 1
        if k >= 0, !ClaimLexicon.isNegation(words[k]), !verbs.contains(words[k]), !ClaimLexicon.determiners.contains(words[k]) { k -= 1 }
        if k >= 0, ClaimLexicon.determiners.contains(words[k]) || ["our", "its", "their", "his", "her", "my"].contains(words[k]) { k -= 1 }
        guard k >= 0 else { return false }
        if verbs.contains(words[k]) { return words[max(0, k - 4)..<k].contains(where: ClaimLexicon.isNegation) }
        guard ClaimLexicon.isNegation(words[k]) else { return false }
        // "is not", "isn't": a copula's negation, not "could not agree policy".
        return words[k].hasSuffix("n't") && ["isn", "wasn", "aren", "weren"].contains(where: words[k].hasPrefix)
            || k > 0 && ["is", "was", "are", "were", "it's", "that's"].contains(words[k - 1])
    }

    /// "They have been taken out of context", "quoted out of context": at `i`, "context" after
    /// "out of" and a verb of taking or quoting, not negated: the speaker says what was
    /// reported misrepresents what happened, a denial in all but the word.
    static func outOfContext(_ words: [String], _ i: Int) -> Bool {
        guard words[i] == "context", i >= 3, words[i - 2] == "out", words[i - 1] == "of",
            ["taken", "quoted", "lifted", "pulled", "ripped", "used", "read"].contains(words[i - 3])
        else { return false }
        return !words[max(0, i - 7)..<(i - 3)].contains { ClaimLexicon.isNegation($0) || ClaimLexicon.negativePronouns.contains($0) }
    }

    /// "There is no sale", "there will be no farewell tour", "there's been no split": at
    /// `i`, "no" in an existential clause before the claim's event (after at most one
    /// modifier) says the event does not exist. After "without"/"if" ("Without the ferry,
    /// there is no island") it tells what depends on what, not what is so.
    static func thereIsNo(_ words: [String], _ i: Int, claimWords: Set<String>) -> Bool {
        guard words[i] == "no", let there = words[max(0, i - 3)..<i].lastIndex(where: { ["there", "there's", "there\u{2019}s"].contains($0) }),
            !words[max(0, there - 8)..<there].contains(where: { ["without", "if", "unless"].contains($0) })
        else { return false }
        return words[(i + 1)...].prefix(2).contains { ClaimWords.related([ClaimWords.stem($0)], claimWords) > 0 }
    }

    /// "It has never discussed selling the tapestries", "we are not considering closing it":
    /// at `i`, the claim's event as the gerund of a negated verb (a participle right after
    /// "not"/"never") is denied, as "has not sold" denies "sold".
    static func negatedGerund(_ words: [String], _ i: Int, claimWords: Set<String>) -> Bool {
        guard i >= 2, words[i].hasSuffix("ing"), claimWords.contains(ClaimWords.stem(words[i])),
            ["not", "never"].contains(words[i - 2]) || words[i - 2].hasSuffix("n't") || words[i - 2].hasSuffix("n\u{2019}t"),
            words[i - 1].hasSuffix("ed") || words[i - 1].hasSuffix("ing")
        else { return false }
        return true
    }

    /// Per token: whether it stands in a clause of condition ("if they had denied it",
    /// "unless it is false"), up to the clause's end. What is supposed is no verdict.
    static func inCondition(_ t: [WordToken]) -> [Bool] {
        var open = false
        return t.map { w in
            if [",", ".", ";", ":", "!", "?"].contains(w.text) || w.lower == "then" { open = false }
            if ["if", "unless"].contains(w.lower) { open = true }
            return open
        }
    }

    /// "We have no evidence that the plant was closed", "has not received any notification
    /// that the trial was suspended", "made no recommendation to stop the trial": a negated
    /// notice or finding whose clause names a word of the claim says nothing shows it
    /// happened, the denial of a body that would know.
    static func findsNothing(_ t: [WordToken], claimWords: Set<String>) -> Bool {
        let words = t.filter(\.isWordOrNumber)
        // Where each word's sentence ends: the finding's clause stops there ("no notice of any
        // change. The cinema is open" finds nothing about the cinema).
        var sentenceEnds: [Int] = []
        for tok in t {
            if tok.isWordOrNumber { sentenceEnds.append(0) } else if [".", "!", "?", ";"].contains(tok.text) {
                for k in sentenceEnds.indices where sentenceEnds[k] == 0 { sentenceEnds[k] = sentenceEnds.count }
            }
        }
        for k in sentenceEnds.indices where sentenceEnds[k] == 0 { sentenceEnds[k] = words.count }
        // A claim that a change is only being weighed ("is considering withdrawing its
        // support") is not answered by a body that has had no notice of it: notice follows a
        // decision, and none is claimed, as "no decision" answers nothing of it either.
        let weighed = !claimWords.isDisjoint(with: ClaimLexicon.weighingStems)
        for (k, w) in words.enumerated() where ClaimLexicon.evidenceNouns.contains(w.lower) && k + 1 < words.count {
            if weighed, ClaimLexicon.noticeNouns.contains(w.lower) { continue }
            guard ["that", "to", "of"].contains(words[k + 1].lower),
                words[max(0, k - 4)..<k].contains(where: { ["no", "not", "never"].contains($0.lower) || $0.lower.hasSuffix("n't") || $0.lower.hasSuffix("n\u{2019}t") })
            else { continue }
            let clause = words[(k + 2)..<max(k + 2, sentenceEnds[k])].prefix(12).map { ClaimWords.stem($0.lower) }
            if ClaimWords.related(clause, claimWords) > 0 { return true }
        }
        return false
    }

    /// "No decision has been taken", "has not made any final decision": a party saying
    /// nothing is decided denies a claim that something is (the non-denial denial reporters
    /// read as one), unless the claim is only that the matter is being weighed, which comes
    /// before any decision.
    static func saysNothingIsDecided(_ t: [WordToken], claimWords: Set<String>) -> Bool {
        guard claimWords.isDisjoint(with: ClaimLexicon.weighingStems) else { return false }
        let words = t.filter(\.isWordOrNumber).map(\.lower)
        for (k, w) in words.enumerated() where w == "decision" || w == "decisions" {
            // "did not take this decision lightly": the decision was taken.
            if k > 0, ["this", "that"].contains(words[k - 1]) { continue }
            // "no decision", "no final decision"
            if words[max(0, k - 2)..<k].contains("no") { return true }
            // "has not taken any decision", "hasn't made a decision"
            let before = words[max(0, k - 5)..<k]
            if before.contains(where: { ["not", "never"].contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n\u{2019}t") }),
                before.contains(where: ClaimLexicon.decidingVerbs.contains)
            {
                return true
            }
        }
        return false
    }

    /// In a quotation, a sentence that names a word of the claim and then denies the
    /// claim's event of it ("The Kessel dam has not burst") or says it is in a state that
    /// excludes the claimed one ("The dam is intact"); "we do not want to" with no word of
    /// the claim before it, or "lived" outside a copula, speaks of something else.
    static func deniesOfTheSubject(_ t: [WordToken], claimWords: Set<String>) -> Bool {
        let copulas: Set<String> = ["is", "are", "was", "were", "remains", "remained", "be", "been", "still", "'s", "\u{2019}s"]
        let reversed = reversedByNext(t)
        var sentence: [WordToken] = []
        for (k, w) in t.enumerated() {
            if [".", "!", "?", ";"].contains(w.text) { sentence = []; continue }
            guard w.isWordOrNumber, !reversed[k] else { continue }
            sentence.append(w)
            let i = sentence.count - 1
            let subjectNamed = sentence.dropLast().contains { $0.isWord && claimWords.contains(ClaimWords.stem($0.lower)) }
            guard subjectNamed else { continue }
            if negatesClaimVerb(sentence, i, claimWords: claimWords) { return true }
            // "is very much alive", "remains completely intact": intensifiers stand between.
            let state = sentence[..<i].lastIndex { !ClaimLexicon.intensifiers.contains($0.lower) } ?? 0
            if i >= 1, i - state <= 3, copulas.contains(sentence[state].lower), !excludedStates([w], claimWords: claimWords).isEmpty { return true }
        }
        return false
    }

    /// "has not burst", "hasn't been grounded", "never resigned": a word of the claim right
    /// after a negation, or after one auxiliary following it, is the claim's event denied.
    /// A negation further off ("could not reach the wall") negates another verb.
    static func negatesClaimVerb(_ words: [WordToken], _ i: Int, claimWords: Set<String>) -> Bool {
        guard words[i].isWord, claimWords.contains(ClaimWords.stem(words[i].lower)) else { return false }
        let negation = { (w: WordToken) in ["not", "never"].contains(w.lower) || w.lower.hasSuffix("n't") || w.lower.hasSuffix("n\u{2019}t") }
        if i >= 1, negation(words[i - 1]) { return true }
        return i >= 2 && negation(words[i - 2]) && ["been", "be", "yet"].contains(words[i - 1].lower)
    }

    /// The claim's states that a state in `words` excludes ("intact" excludes "burst"),
    /// unless the claim holds both or `words` names the excluded one too.
    static func excludedStates(_ words: [WordToken], claimWords: Set<String>) -> Set<String> {
        let stems = Set(words.filter(\.isWord).map { ClaimWords.stem($0.lower) })
        var out: Set<String> = []
        for (a, b) in ClaimLexicon.contraries {
            for (said, excluded) in [(a, b), (b, a)]
            where !stems.isDisjoint(with: said) && stems.isDisjoint(with: excluded) && claimWords.isDisjoint(with: said) {
                out.formUnion(claimWords.intersection(excluded))
            }
        }
        return out
    }

    /// Per token: whether its sentence is negated and the next one reverses it by ellipsis
    /// ("On Friday there was no decision. By Sunday there was."; "We had no deal then. Now
    /// we do."): the pair tells what changed, and the negation denies nothing.
    static func reversedByNext(_ t: [WordToken]) -> [Bool] {
        var sentences: [[Int]] = [[]]
        for (k, w) in t.enumerated() {
            if w.isWordOrNumber {
                sentences[sentences.count - 1].append(k)
            } else if [".", "!", "?"].contains(w.text), !sentences[sentences.count - 1].isEmpty {
                sentences.append([])
            }
        }
        var out = [Bool](repeating: false, count: t.count)
        for n in sentences.indices.dropLast() where sentences[n].contains(where: { isNegator(t[$0]) }) && (
            reverses(sentences[n + 1].map { t[$0] }) || affirmsNegatedThing(sentences[n].map { t[$0] }, sentences[n + 1].map { t[$0] })
        ) {
            for k in sentences[n] { out[k] = true }
        }
        return out
    }

    /// "On Monday there was no plan. On Thursday there is a plan.": the next sentence, not
    /// negated, says "there is/was" the very thing the sentence before said there was "no"
    /// of. The pair tells what changed, as a time-by-time account does.
    static func affirmsNegatedThing(_ negated: [WordToken], _ next: [WordToken]) -> Bool {
        guard !hasNegator(next) else { return false }
        let before = negated.map(\.lower), after = next.map(\.lower)
        let things = Set(before.indices.dropLast().filter { before[$0] == "no" }.map { before[$0 + 1] })
        guard !things.isEmpty else { return false }
        let existentials: Set<String> = ["is", "are", "was", "were", "'s", "\u{2019}s"]
        return after.indices.contains { k in
            guard after[k] == "there", k + 1 < after.count, existentials.contains(after[k + 1]) else { return false }
            // "there is a plan", "there is now a plan", "there is one plan".
            return after[(k + 2)..<min(after.count, k + 5)].contains(where: things.contains)
        }
    }

    /// A short sentence, not negated, that ends on its verb ("By Sunday there was.", "Now
    /// we do.", "Today there is one."): it says again, without the negation, what the
    /// sentence before denied.
    static func reverses(_ s: [WordToken]) -> Bool {
        guard (2...6).contains(s.count), !hasNegator(s) else { return false }
        var last = s.count - 1
        if ["one", "some", "it"].contains(s[last].lower) { last -= 1 }
        return last >= 1 && ClaimLexicon.auxiliaries.contains(s[last].lower)
    }

    /// The clause a verb at `i` takes, up to the end of the sentence, a clause of its
    /// own ("confirmed that he is alive after rumours that he had died") or a remark on
    /// a name in it ("confirms Ann Lee, who manages the band's living members").
    static func complement(_ t: [WordToken], after i: Int) -> [WordToken] {
        // A colon between capitals is a title's ("Batman v Superman: Dawn of Justice").
        let titleColon = { (k: Int) in k > 0 && k + 1 < t.count && t[k - 1].isCapitalized && t[k + 1].isCapitalized }
        var out: [WordToken] = []
        for k in (i + 1)..<min(t.count, i + 25) {
            let w = t[k]
            // A full stop inside the sentence ends an abbreviation ("v."), not the clause.
            if w.text == ";" || w.text == "." && k + 1 == t.count || w.text == ":" && !titleColon(k) { break }
            if w.lower != "that" && ClaimLexicon.subordinators.contains(w.lower) || ["but", "while", "whereas"].contains(w.lower)
                || ClaimLexicon.relativePronouns.contains(w.lower)
            {
                break
            }
            out.append(w)
        }
        return out
    }

    /// Whether a confirmed clause says the claim is not so: it negates a word of the claim
    /// ("confirmed that he is not dead"), or holds a state that excludes one the claim
    /// names ("confirmed he is alive" against "found dead"), where neither holds both. A
    /// claim worded as a negation is left alone: agreeing negations are no contradiction.
    static func contradicts(_ clause: [WordToken], claimWords: Set<String>, claimNegated: Bool) -> Bool {
        guard !claimNegated, !saysItWasNotTold(clause) else { return false }
        if saysNothingIsDecided(clause, claimWords: claimWords) { return true }
        let words = clause.filter(\.isWordOrNumber)
        // Only a negation of the clause: "a failed raid" or "declined to" negates no fact.
        // A word of the claim, or one of the same state ("not dead" against "died").
        let sameState = { (stem: String) in
            ClaimLexicon.contraries.contains { pair in [pair.0, pair.1].contains { $0.contains(stem) && !claimWords.isDisjoint(with: $0) } }
        }
        // A figure is the claim's date or count, not its event: "pensions will not rise in
        // 2027" negates rising, and says nothing against a freeze for 2027.
        for (k, w) in words.enumerated() where !w.isNumber && (claimWords.contains(ClaimWords.stem(w.lower)) || sameState(ClaimWords.stem(w.lower))) {
            if words[max(0, k - 3)..<k].contains(where: { ClaimLexicon.isClauseNegation($0.lower) }) {
                return true
            }
        }
        if negatesNounPhrase(clause, claimWords: claimWords) { return true }
        let stems = Set(words.map { ClaimWords.stem($0.lower) })
        if opposedByNegativePrefix(words, claimWords: claimWords) { return true }
        for (a, b) in ClaimLexicon.contraries {
            for (said, excluded) in [(a, b), (b, a)]
            where !stems.isDisjoint(with: said) && stems.isDisjoint(with: excluded)
                && !claimWords.isDisjoint(with: excluded) && claimWords.isDisjoint(with: said)
            {
                return true
            }
        }
        return false
    }

    /// "confirmed she was eligible" against "was ineligible", "said the bridge is safe"
    /// against "is unsafe": an adjective and its form with a negative prefix are contraries,
    /// whichever of the two the claim holds. Not when the clause holds both forms, nor when
    /// a negation before the word turns it back ("not ineligible"). "in-", "im-", "il-",
    /// "ir-" prefix many words that are no negations ("impress", "install"), so with them
    /// the base must end as adjectives do ("-ible", "-al", "-ect").
    static func opposedByNegativePrefix(_ words: [WordToken], claimWords: Set<String>) -> Bool {
        let stems = Set(words.map { ClaimWords.stem($0.lower) })
        let adjectival = ["ible", "able", "al", "ent", "ant", "ive", "ous", "ect", "ete", "ure", "ar", "ate"]
        func opposite(_ a: String, _ b: String) -> Bool {
            // `a` is `b` with a negative prefix.
            for prefix in ["un", "non", "in", "im", "il", "ir"] where a.hasPrefix(prefix) && a.dropFirst(prefix.count) == b {
                guard b.count >= 4 else { return false }
                return ["un", "non"].contains(prefix) || adjectival.contains(where: b.hasSuffix)
            }
            return false
        }
        for (k, w) in words.enumerated() where !w.isNumber {
            let stem = ClaimWords.stem(w.lower)
            guard !claimWords.contains(stem), !words[max(0, k - 3)..<k].contains(where: { ClaimLexicon.isClauseNegation($0.lower) }) else { continue }
            if claimWords.contains(where: { c in (opposite(c, stem) || opposite(stem, c)) && !stems.contains(c) }) { return true }
        }
        return false
    }

    /// "has not been told of any plan", "had received no notice", "was not aware of any
    /// move": a party saying it was not informed says what it knows, not what is so (a
    /// landlord or a partner who has not heard of a plan denies nothing of it). Not being
    /// "approached" or "consulted" tells of the dealings a claim may be about, and denies.
    static func saysItWasNotTold(_ clause: [WordToken]) -> Bool {
        let w = clause.filter(\.isWordOrNumber).map(\.lower)
        let informed: Set<String> = ["told", "informed", "notified", "aware"]
        let news: Set<String> = ["notice", "notification", "word", "knowledge", "indication"]
        // "has not received any notification", "had no word": the negation reaches the news
        // through a verb of receiving and a determiner.
        return w.indices.contains { k in
            ClaimLexicon.isClauseNegation(w[k]) && w[(k + 1)...].prefix(3).contains(where: informed.contains)
                || w[k] == "no" && k + 1 < w.count && news.contains(w[k + 1]) || w[k] == "unaware"
                || ClaimLexicon.isClauseNegation(w[k]) && w[(k + 1)...].prefix(4).contains(where: news.contains)
                    && w[(k + 1)...].prefix(3).contains(where: ["received", "had", "got", "seen"].contains)
        }
    }

    /// "found no record of a positive test", "saw no sign of the leak": "no" negates its
    /// whole noun phrase, the "of" phrase that completes the head noun as much as the head,
    /// so a claim word there is denied however far it stands from the negator.
    static func negatesNounPhrase(_ clause: [WordToken], claimWords: Set<String>) -> Bool {
        for (k, w) in clause.enumerated() where w.lower == "no" {
            // The head noun, then "of" and a determiner or modifiers up to the next break.
            var j = k + 1
            guard j < clause.count, clause[j].isWord, !claimWords.contains(ClaimWords.stem(clause[j].lower)) else { continue }
            j += 1
            guard j < clause.count, clause[j].lower == "of" else { continue }
            j += 1
            for x in clause[j..<min(clause.count, j + 5)] {
                if !x.isWordOrNumber || ClaimLexicon.subordinators.contains(x.lower) || ClaimLexicon.relativePronouns.contains(x.lower)
                    || ClaimLexicon.auxiliaries.contains(x.lower) || ["and", "or", "but", "that", "to"].contains(x.lower)
                {
                    break
                }
                if claimWords.contains(ClaimWords.stem(x.lower)) { return true }
            }
        }
        return false
    }

    /// "Acme said on Monday it had agreed to buy Bolt", "Bolt said it was not in talks":
    /// a verb of saying whose clause restates the claim says it, or, negated, denies it. A
    /// refusal ("said it would not comment") says nothing.
    static func saysTheClaim(_ t: [WordToken], _ i: Int, claimWords: Set<String>, claimNegated: Bool) -> Stance? {
        // "told us the dam has not burst": telling a listener, read for denials only, as
        // sources tell reporters the rumour itself.
        let telling = ["told", "tells"].contains(t[i].lower) && i + 1 < t.count && ClaimLexicon.listeners.contains(t[i + 1].lower)
        guard ClaimLexicon.sayingVerbs.contains(t[i].lower) || telling else { return nil }
        // "Acme said to near a deal", "is said to be": the hedge of a report, nobody speaking.
        if i + 1 < t.count, t[i + 1].lower == "to" { return nil }
        if i > 0, ["is", "are", "was", "were", "be", "been", "being"].contains(t[i - 1].lower) { return nil }
        // "Posts claimed that Acme said ...": a saying a report attributes.
        if t[..<i].contains(where: { ClaimLexicon.claimVerbs.contains($0.lower) || ClaimLexicon.sayingVerbs.contains($0.lower) }) { return nil }
        var clause: [WordToken] = []
        var ofOthers = false
        var selfNegated = false
        var negatesAStop = false
        if let comma = trailingAttribution(t, i, from: 0) {
            // "Acme is recalling its heaters, the company announced": the statement before
            // the attribution is what is said, by whoever follows the comma.
            clause = withoutDateline(Array(t[..<comma]))
        } else {
            // The subject speaks of itself ("said on Monday it had agreed", "said that they
            // were not in talks"); "said ten fighters were caught" reports others, as a claim's
            // source does.
            let k = clauseOpening(t, after: telling ? i + 1 : i)
            // Of others, a party's saying is a report, unless it says the claim is not so
            // ("the agency said the bridge had not collapsed"), which only denies.
            guard k < t.count else { return nil }
            let ofItself = ClaimLexicon.subjectPronouns.contains(t[k].lower) || witnesses(t, i)
            ofOthers = !ofItself
            selfNegated = ofItself && negatedAtItsVerb(Array(t[k...].prefix(12)))
            negatesAStop = selfNegated && claimNegated && negatesStopping(Array(t[k...].prefix(12)), claimWords: claimWords)
            if !ofItself {
                let rest = Array(t[k...].enumerated().prefix { $0.element.text != ";" && !opensQuotation(t, k + $0.offset) }.map(\.element))
                // The asides skipped may hold the subject's determiner ("said the dam was").
                guard ClaimLexicon.determiners.contains(t[k].lower) || t[k].isCapitalized || ClaimLexicon.determiners.contains(t[k - 1].lower),
                    contradicts(rest, claimWords: claimWords, claimNegated: claimNegated)
                else { return nil }
            }
            // The clause ends where the sentence moves on to the subject's doing (", pushing
            // back against a report that ..."), a quotation, or a semicolon.
            for (k, x) in t[(i + 1)...].enumerated().map({ ($0.offset + i + 1, $0.element) }) {
                if x.text == ";" || opensQuotation(t, k) || clause.count >= 24 { break }
                if x.text == ",", k + 1 < t.count, t[k + 1].lower.hasSuffix("ing") { break }
                clause.append(x)
            }
        }
        // Neither a refusal nor a hedge ("said they may have contracted", "said it is
        // looking into") puts the claim on record; a clause of its own after the verb's
        // ("..., after an investigation found a fault") says why, and hedges nothing. A
        // report's adverb ("said he had supposedly lost his seat") keeps the speaker at a
        // distance from what he tells: he tells of the report, not the fact.
        let words = clause.filter(\.isWordOrNumber).map(\.lower).prefix { !ClaimLexicon.subordinators.contains($0) || $0 == "that" }
        guard !words.contains(where: { w in
            w.hasPrefix("comment") || ["declined", "unaware", "may", "might", "could", "possibly"].contains(w)
                || ClaimLexicon.reportAdverbs.contains(w)
                || ["investigat", "evaluat", "review", "examin", "looking", "consider", "assess"].contains(where: w.hasPrefix)
        }), !saysItWasNotTold(clause) else { return nil }
        // Three in ten of the claim's words (two at least) in the clause, or with the
        // subject's ("Bolt Snacks said it was not in talks"); figures alone restate nothing.
        let need = max(2, (claimWords.count * 3 + 9) / 10)
        let wordsOf = { (x: [WordToken]) in Set(x.filter { $0.isWord }.map { ClaimWords.stem($0.lower) }).intersection(claimWords) }
        let restated = wordsOf(clause)
        let denied = contradicts(clause, claimWords: claimWords, claimNegated: claimNegated)
            || selfNegated && !claimNegated || negatesAStop
        // A denial of the claim's subject names it and what it denies of it ("the dam has not
        // burst", "the dam was intact": the state stands for the claimed one it excludes),
        // however long the claim.
        if denied, ofOthers, restated.union(excludedStates(clause, claimWords: claimWords)).count >= 2 { return .denies }
        // "Acme said it had not received any offer": the party the claim names, negating its
        // own verb over one more of the claim's words, denies what the claim says of it,
        // however long the claim; the claim is about the speaker, so no more need be restated.
        // The claim's verb may come back as its noun ("recommend", "no recommendation").
        if selfNegated, !claimNegated, !saysNothingIsDecided(clause, claimWords: claimWords) {
            let named = wordsOf(Array(t[..<i]))
            let nouns = clause.filter(\.isWord).map { ClaimWords.stem($0.lower) }.filter { w in
                !claimWords.contains(w) && claimWords.contains { $0.count >= 5 && w.hasPrefix($0) }
            }
            if !named.subtracting(restated).isEmpty, !restated.isEmpty || !nouns.isEmpty { return .denies }
        }
        guard !telling, restated.count >= need || !restated.isEmpty && restated.union(wordsOf(Array(t[..<i]))).count >= max(3, need) else { return nil }
        return denied ? .denies : .supports
    }

    /// "it has never suspended withdrawals", to a claim that withdrawals were "not processed":
    /// a verb of stopping is itself a negation, so negating it affirms what goes on, which
    /// denies a claim that negates another verb. The stopping verb must follow the negation
    /// within three words and be none of the claim's own words ("had not halted" to "has not
    /// halted" agrees).
    static func negatesStopping(_ clause: [WordToken], claimWords: Set<String>) -> Bool {
        let words = clause.filter(\.isWordOrNumber).map(\.lower)
        guard let n = words.firstIndex(where: ClaimLexicon.isClauseNegation) else { return false }
        return words[(n + 1)...].prefix(3).contains { w in
            (w == "stop" || stoppingPrefixes.contains(where: w.hasPrefix)) && ClaimWords.related([ClaimWords.stem(w)], claimWords) == 0
        }
    }

    /// Verbs whose sense is a negation: to stop, suspend, freeze or withhold something.
    static let stoppingPrefixes = ["suspend", "halt", "froze", "freez", "stopp", "stops", "block", "pause", "ceas", "withh", "restrict"]

    /// "it had not agreed to sell the striker to Ashby", "they were never in talks": a
    /// clause whose subject pronoun's verb is negated denies all it goes on to say, however
    /// far the claim's words stand from the negation; "has not ruled out", "had not
    /// confirmed" turn the negation elsewhere.
    static func negatedAtItsVerb(_ clause: [WordToken]) -> Bool {
        let words = clause.filter(\.isWordOrNumber).map(\.lower).drop { $0 == "that" }
        guard let subject = words.first, ClaimLexicon.subjectPronouns.contains(subject) else { return false }
        var k = words.index(after: words.startIndex)
        while k < words.endIndex, ClaimLexicon.auxiliaries.contains(words[k]) || ["been", "be"].contains(words[k]) { k += 1 }
        // "it had no agreement to buy", "they have no plans to": a possession negated.
        guard k < words.endIndex,
            ["not", "never"].contains(words[k]) || words[k].hasSuffix("n't") || words[k].hasSuffix("n\u{2019}t")
                || words[k] == "no" && ["has", "had", "have"].contains(words[words.index(before: k)])
        else { return false }
        k += 1
        if k < words.endIndex, words[k] == "yet" { k += 1 }
        return k < words.endIndex && !ClaimLexicon.negationTurners.contains(words[k])
    }

    /// "The city's deputy mayor, Osric Lane, has said": the name set off by commas right
    /// before the verb (and its auxiliary) is the subject's head.
    static func appositive(_ before: [WordToken]) -> [WordToken] {
        guard let close = before.lastIndex(where: { $0.text == "," }),
            before[(close + 1)...].allSatisfy({ ["has", "had", "have"].contains($0.lower) }),
            let open = before[..<close].lastIndex(where: { $0.text == "," })
        else { return [] }
        let name = Array(before[(open + 1)..<close])
        return !name.isEmpty && name.allSatisfy(\.isCapitalized) ? name : []
    }

    /// "the player's agent, Ana Ruiz, has also": a name of two words or more set off by
    /// commas right after a role or speaker noun, with only auxiliaries and adverbs before
    /// the verb; nil when the commas hold anything else.
    static func apposedSpeaker(_ before: [WordToken]) -> String? {
        guard let close = before.lastIndex(where: { $0.text == "," }),
            before[(close + 1)...].allSatisfy({ w in
                ["has", "had", "have", "also", "too", "again", "already", "since", "later"].contains(w.lower) || w.lower.hasSuffix("ly") && !w.isCapitalized
            }),
            let open = before[..<close].lastIndex(where: { $0.text == "," }), open > 0
        else { return nil }
        let name = Array(before[(open + 1)..<close])
        let role = before[open - 1].lower
        guard name.count >= 2, name.allSatisfy(\.isCapitalized), !name.contains(where: { Lexicon.nonNames.contains($0.lower) }),
            ClaimLexicon.speakerNouns.contains(role) || Lexicon.roleWords.contains(role)
        else { return nil }
        return name.map(\.text).joined(separator: " ")
    }

    /// Where a verb of saying's clause opens: past the asides "that", "on Monday", "in a
    /// statement" and a manner adverb ("said separately that").
    static func clauseOpening(_ t: [WordToken], after i: Int) -> Int {
        var k = i + 1
        while k < t.count,
            !t[k].isWordOrNumber || ClaimLexicon.sayingAsides.contains(t[k].lower) || DateExpressions.isCalendarWord(t[k])
                || t[k].lower.hasSuffix("ly") && !t[k].isCapitalized
        {
            k += 1
        }
        return k
    }

    /// "said the mayor told him she would resign": the speaker witnessed the principal's own
    /// words, and vouches for them as if of itself.
    static func witnesses(_ t: [WordToken], _ i: Int) -> Bool {
        guard ClaimLexicon.sayingVerbs.contains(t[i].lower) else { return false }
        let k = clauseOpening(t, after: i)
        guard k < t.count else { return false }
        // The asides skipped may hold the subject's determiner ("said the governor had told him").
        return toldInPerson(Array(t[(ClaimLexicon.determiners.contains(t[k - 1].lower) ? k - 1 : k)...]))
    }

    /// "Ilse Marwick told him (in private) that", "the governor had told him", "he confided in
    /// her": a clause opening on someone telling the speaker in person, a name or a
    /// determiner's noun then the verb and the object pronoun, within the first five words.
    static func toldInPerson(_ rest: [WordToken]) -> Bool {
        let w = rest.filter(\.isWordOrNumber).prefix(7)
        let objects: Set<String> = ["him", "her", "me", "us", "them"]
        guard let first = w.first, first.isCapitalized || ClaimLexicon.determiners.contains(first.lower) else { return false }
        for (n, x) in w.enumerated() where n > 0 {
            let next = w.dropFirst(n + 1).first?.lower ?? ""
            let after = w.dropFirst(n + 2).first?.lower ?? ""
            if ["told", "tells"].contains(x.lower) && objects.contains(next)
                || ["confided", "said"].contains(x.lower) && ["in", "to"].contains(next) && objects.contains(after)
            {
                return true
            }
            // Only the subject's words (a name, a noun after its determiner, "had") may come before.
            if !(x.isCapitalized || x.lower == "had" || n == 1 && ClaimLexicon.determiners.contains(first.lower)) { return false }
        }
        return false
    }

    /// Whether the quotation mark at `k` opens a quotation of its own: one a phrase of at
    /// most four words does not close ("remained \"in active development\"").
    static func opensQuotation(_ t: [WordToken], _ k: Int) -> Bool {
        let marks: Set<String> = ["\u{201C}", "\u{201D}", "\""]
        guard t[k].text == "\u{201C}" || t[k].text == "\"" else { return false }
        guard let close = t[(k + 1)...].firstIndex(where: { marks.contains($0.text) }) else { return true }
        return t[(k + 1)..<close].filter(\.isWordOrNumber).count > 4
    }

    /// Who makes the announcement a sentence reports: the subject of its verb of saying,
    /// after the comma for an attribution that closes a statement ("..., the company
    /// announced"), else the sentence's opening ("Acme chief Jo Roe told staff that ...").
    static func announcer(_ t: [WordToken], parties: inout Parties, namedBefore: (String, Int) -> String?) -> Int? {
        let quoted = insideQuotationMarks(t)
        guard let v = t.indices.first(where: { !quoted[$0] && ClaimLexicon.announcingVerbs.contains(t[$0].lower) }) else { return nil }
        let subject = trailingAttribution(t, v, from: 0).map { Array(t[($0 + 1)..<v]) } ?? withoutDateline(Array(t[..<v]))
        guard !subject.isEmpty else { return nil }
        if let p = parties.firstMentioned(in: subject) { return p }
        let name = kindReference(subject).flatMap { namedBefore($0, subject[0].range.lowerBound) } ?? speakerOnRecord(subject, parties: parties)
        return name.flatMap { parties.onRecord($0) }
    }

    /// "acknowledged reports that ...", "admitted the rumours": an acknowledgement whose
    /// object is the reports, with no clause of its own after them ("acknowledged the
    /// reports were true" has one), owns that they exist.
    static func acknowledgesReports(_ t: [WordToken], _ i: Int) -> Bool {
        guard ClaimLexicon.acknowledgements.contains(t[i].lower) else { return false }
        var k = i + 1
        while k < t.count, ClaimLexicon.determiners.contains(t[k].lower) || t[k].lower.hasSuffix("'s") || t[k].lower.hasSuffix("\u{2019}s") {
            k += 1
        }
        guard k < t.count, ClaimLexicon.claimNouns.contains(t[k].lower) || ClaimLexicon.storyNouns.contains(t[k].lower) else { return false }
        return k + 1 >= t.count || !ClaimLexicon.auxiliaries.contains(t[k + 1].lower)
    }

    /// Whether a confirmed clause only says reports reached the party ("it was aware of
    /// reports", "it is looking into the reports"): a word of receiving, then a report
    /// within a few words.
    static func receivesReports(_ clause: [WordToken]) -> Bool {
        let words = clause.filter(\.isWordOrNumber).prefix(8).map(\.lower)
        guard let r = words.firstIndex(where: ClaimLexicon.receiving.contains) else { return false }
        return words[(r + 1)...].prefix(4).contains {
            ClaimLexicon.claimNouns.contains($0) || ClaimLexicon.storyNouns.contains($0) || ClaimLexicon.receivedMatters.contains($0)
        }
    }

    /// "I'm not going to pretend it was wrong", "we won't say the report is false": a
    /// verdict word under a negated verb of saying or pretending is a verdict the speaker
    /// declines to give, so it grants the claim rather than denying it.
    /// Per token; the three stand in one stretch without punctuation ("I can't say more,
    /// but it is false" still denies).
    static func refusesToCall(_ t: [WordToken]) -> [Bool] {
        var out = Array(repeating: false, count: t.count)
        var run: [String] = []
        for (k, w) in t.enumerated() {
            guard w.isWordOrNumber else { run = []; continue }
            let i = run.count
            run.append(w.lower)
            if let j = run[max(0, i - 8)..<i].lastIndex(where: ClaimLexicon.callingVerbs.contains) {
                out[k] = run[max(0, j - 4)..<j].contains(where: ClaimLexicon.negators.contains)
            }
        }
        return out
    }

    /// Whether a confirmed clause only tells of the case reaching the confirmer, as police
    /// or a regulator report their own handling of it ("it had been contacted by the
    /// council", "a complaint had been laid", "its inquiry is continuing"): the body owns the
    /// procedure, not what the rumour says. A claim that is itself about a complaint or an
    /// inquiry keeps the confirmation.
    static func tellsOfProcedure(_ clause: [WordToken], claimWords: Set<String>) -> Bool {
        let words = Array(clause.filter(\.isWordOrNumber).map(\.lower).drop { $0 == "that" }.prefix(12))
        if words.indices.dropFirst().contains(where: { words[$0 - 1] == "been" && ClaimLexicon.reachedVerbs.contains(words[$0]) && !claimWords.contains(words[$0]) }) {
            return true
        }
        // The procedure is what the clause is about: its noun opens it, as subject or
        // object of its first verb, not a later "after an inquiry was opened".
        guard let n = words.firstIndex(where: ClaimLexicon.procedureNouns.contains), n < 6, !claimWords.contains(words[n]) else { return false }
        let near = words[max(0, n - 3)..<min(words.count, n + 11)]
        return near.contains(where: ClaimLexicon.procedureSteps.contains)
    }

    /// "confirmed that the league's constitution requires nine votes": what the rules demand
    /// is how a decision would be taken, not that it is; a claim about the rules keeps it.
    static func statesARule(_ clause: [WordToken], claimWords: Set<String>) -> Bool {
        let words = Array(clause.filter(\.isWordOrNumber).map(\.lower).drop { $0 == "that" }.prefix(10))
        guard let n = words.firstIndex(where: ruleNouns.contains), n < 5, !claimWords.contains(ClaimWords.stem(words[n])) else { return false }
        return words[(n + 1)..<min(words.count, n + 3)].contains(where: ruleVerbs.contains)
    }

    static let ruleNouns: Set<String> = [
        "constitution", "rules", "rulebook", "statutes", "bylaws", "regulations", "law", "charter", "treaty", "code", "guidelines",
    ]
    static let ruleVerbs: Set<String> = [
        "requires", "require", "allows", "allow", "permits", "permit", "forbids", "forbid", "prohibits", "prohibit", "demands",
        "stipulates", "stipulate", "sets", "set", "says", "say",
    ]

    /// "defending his claim", "stood by the report", "reiterated the claims": a party
    /// upholding a report or claim.
    static func upholds(_ t: [WordToken], _ i: Int) -> Bool {
        var k = i + 1
        if ClaimLexicon.standVerbs.contains(t[i].lower) {
            guard k < t.count, t[k].lower == "by" else { return false }
            k += 1
        } else if !ClaimLexicon.upholdings.contains(t[i].lower) {
            return false
        }
        return t[k...].prefix(4).prefix(while: \.isWordOrNumber).contains { ClaimLexicon.upheldNouns.contains($0.lower) }
    }

    /// "rejected the ministry's denial", "pushed back against the denials": the object of
    /// the denial at `i` is a denial, so the party upholds what was denied.
    static func deniesADenial(_ t: [WordToken], _ i: Int) -> Bool {
        let object = t[(i + 1)...].prefix(6).prefix(while: \.isWordOrNumber)
        guard let d = object.firstIndex(where: { ClaimLexicon.denialNouns.contains($0.lower) }) else { return false }
        return !object[..<d].contains { ClaimLexicon.claimNouns.contains($0.lower) }
    }

    /// "The union rejected that account." after "The firm said no decision had been taken":
    /// an account taken up by a demonstrative is the one the sentence before gave, and
    /// when that one denies the claim, rejecting it upholds the claim.
    static func rejectsTheDenialBefore(_ t: [WordToken], _ i: Int, previous: [WordToken], claimWords: Set<String>, claimNegated: Bool) -> Bool {
        guard !previous.isEmpty else { return false }
        var k = i + 1
        while k < t.count, t[k].isWordOrNumber, t[k].lower.hasSuffix("ly") { k += 1 }
        guard k + 1 < t.count, ["that", "this", "those", "these"].contains(t[k].lower),
            ClaimLexicon.toldNouns.contains(t[k + 1].lower)
        else { return false }
        return quotedStance(previous, claimWords: claimWords, claimNegated: claimNegated) == .denies
            || reportedDenial(previous)
    }

    /// A sentence whose own words say something was denied or not so ("said no
    /// decisions had been taken", "denied the report").
    static func reportedDenial(_ t: [WordToken]) -> Bool {
        let quoted = insideQuotationMarks(t)
        return t.indices.contains { k in
            !quoted[k] && t[k].isWordOrNumber && (ClaimLexicon.denials.contains(t[k].lower) || ClaimLexicon.negators.contains(t[k].lower))
        }
    }

    /// "the singer's reps", "the actor's publicist": people who speak for a person the
    /// article describes by a noun rather than names.
    static func speaksForDescribedPerson(_ subject: [WordToken]) -> Bool {
        let w = subject.filter(\.isWordOrNumber)
        return w.indices.dropFirst().contains { k in
            let noun = w[k - 1].lower
            guard k >= 2, w[k - 2].lower == "the", noun.hasSuffix("'s") || noun.hasSuffix("\u{2019}s") else { return false }
            return Lexicon.personNouns.contains(String(noun.dropLast(2))) && ClaimLexicon.speakerNouns.contains(w[k].lower)
        }
    }

    /// "pushed back, defending his claim": the sentence goes on to uphold a claim, so the
    /// denial at `i` answers somebody's denial of it.
    static func goesOnToUphold(_ t: [WordToken], _ i: Int) -> Bool {
        (i + 2..<max(i + 2, min(t.count, i + 10))).contains { t[$0 - 1].text == "," && upholds(t, $0) }
    }

    /// "Ford rejected the claim", "Xiaomi also dismissed any plans", "both companies
    /// denied it", "has been rubbished by both parties", "Ford confirmed the talks".
    /// A denial of faking ("denied staging the video") backs what was shown, unless the
    /// claim is itself that it was faked (`fakeryClaim`). `namedBefore` resolves a body
    /// named by its kind ("the company") at a scalar offset to the one the article named.
    static func reportedStances(
        _ t: [WordToken], parties: inout Parties, claimParties: [Int], claimWords: Set<String>, claimNegated: Bool,
        fakeryClaim: Bool = false, describedPerson: Int? = nil, namedBefore: (String, Int) -> String? = { _, _ in nil },
        sayingClaim: Saying? = nil, previous: [WordToken] = [], claimFacts: Set<String> = [], headline: Bool = false
    ) -> [(Int, Stance)] {
        var out: [(Int, Stance)] = []
        let quoted = insideQuotationMarks(t)
        // Words in quotation marks are someone's words or a headline ("Nasa Confirms ..."),
        // not the party on record; a party's own quotations are read above.
        // "X cut its rate on Friday, confirming a report by Y", "X said it would keep the
        // plant, contradicting reports": the outcome's subject is on record, and what the
        // participle says of the outcome decides over the saying it closes.
        var outcomes = Set<Int>()
        for i in t.indices where !quoted[i] {
            guard let bearing = bearsOnReport(t, i),
                let (p, stance) = outcomeStance(
                    t, i, bearing: bearing, parties: &parties, claimWords: claimWords, claimNegated: claimNegated, namedBefore: namedBefore)
            else { continue }
            outcomes.insert(i)
            if !out.contains(where: { $0.0 == p }) { out.append((p, stance)) }
        }
        for (i, tok) in t.enumerated() where tok.isWordOrNumber && !quoted[i] && !outcomes.contains(i) {
            var stance: Stance
            var saying = false
            var disowning = false
            // "The story is not true, according to the council": the denier follows.
            let according = tok.lower == "according" && i + 1 < t.count && t[i + 1].lower == "to"
            if according {
                guard (0..<i).contains(where: { !quoted[$0] && (ClaimLexicon.plainFalsity.contains(t[$0].lower) || negatedTruth(t, $0)) }) else { continue }
                stance = .denies
            } else if (ClaimLexicon.denials.contains(tok.lower) || isDenialPhrase(t, i))
                && (deniesADenial(t, i) || rejectsTheDenialBefore(t, i, previous: previous, claimWords: claimWords, claimNegated: claimNegated))
            {
                stance = .supports
            } else if (ClaimLexicon.denials.contains(tok.lower) || isDenialPhrase(t, i)) && goesOnToUphold(t, i) {
                // What is pushed back against is a denial; the defence after it is read on its own.
                continue
            } else if ClaimLexicon.denials.contains(tok.lower) || isDenialPhrase(t, i) || saysFalse(t, i, quoted)
                || ClaimLexicon.confirmations.contains(tok.lower) && clauseCallsFalse(t, i, quoted)
                || labelsFalse(t.map(\.lower), i)
            {
                // "confirmed the report was false" confirms a denial.
                stance = .denies
            } else if ClaimLexicon.confirmations.contains(tok.lower) {
                // "confirmed that it has not received any notification": what the confirmer
                // was told, not what is so.
                if letsIn(t.map(\.lower), i) || acknowledgesReports(t, i) || receivesReports(complement(t, after: i))
                    || tellsOfProcedure(complement(t, after: i), claimWords: claimWords) || saysItWasNotTold(complement(t, after: i))
                    || statesARule(complement(t, after: i), claimWords: claimWords)
                {
                    continue
                }
                stance = .supports
            } else if upholds(t, i) {
                stance = .supports
            } else if concludesTheClaim(t, i, claimWords: claimWords) {
                // "The broadcaster concluded that the sequence was filmed in an enclosure": a
                // body's finding that restates the claim confirms it, as a confirmation would.
                stance = .supports
            } else if ClaimLexicon.announcedVerbs.contains(tok.lower), confirmsTheEvent(t, i) {
                // "The two firms announced the merger": a party making the event public has
                // confirmed it as surely as one saying "confirmed"; the bare form ("will
                // announce", "plans to announce") is still to come and is left out.
                stance = .supports
            } else if reportsDisowning(t, i) {
                // "X said it never published the story": the source a report borrowed disowns it.
                stance = .denies
                disowning = true
            } else if let said = saysTheClaim(t, i, claimWords: claimWords, claimNegated: claimNegated) {
                stance = said
                saying = true
            } else {
                continue
            }
            let before = t[max(0, i - 4)..<i].filter(\.isWordOrNumber).map(\.lower)
            if !according, before.contains(where: ClaimLexicon.isNegation) { continue }
            // "is yet to confirm", "confirmed whether": nothing is confirmed yet.
            if !according, t[max(0, i - 3)..<i].contains(where: { $0.lower == "yet" }) || i + 1 < t.count && ["if", "whether"].contains(t[i + 1].lower) { continue }
            // "an escalation of a dispute over fishing boats": a conflict, not a denial; "would
            // (neither) confirm or deny" is the refusal to do either.
            if isConflictNoun(t, i) || confirmOrDeny(t, i) { continue }
            // "a confirmed case", "the denied report": a participle after a determiner describes a noun.
            if i > 0, tok.lower.hasSuffix("ed"), ClaimLexicon.determiners.contains(t[i - 1].lower) || ["any", "no"].contains(t[i - 1].lower) { continue }
            // "even debunked stories", "a widely denied rumour": after an adverb of degree, before a story noun.
            if i > 0, i + 1 < t.count, tok.lower.hasSuffix("ed"), ClaimLexicon.degreeAdverbs.contains(t[i - 1].lower),
                ClaimLexicon.storyNouns.contains(t[i + 1].lower)
            {
                continue
            }
            if stance == .denies, ClaimLexicon.denials.contains(tok.lower),
                refusesRequest(t, i) || takesAPerson(t, i) || actsOnLegalMatter(t, i) || judgesAnotherReport(t, i, claimWords: claimWords)
            {
                continue
            }
            let fakery = !according && (ClaimLexicon.denials.contains(tok.lower) || isDenialPhrase(t, i)) && deniesFakery(t, i)
            if fakery && !fakeryClaim { stance = .supports }
            // Subject: the clause before the verb; for a passive ("denied by"), after it.
            var clauseStart = i
            while clauseStart > 0, ![".", ";", "\u{201C}", "\""].contains(t[clauseStart - 1].text),
                !["but", "however", "while", "whereas", "although"].contains(t[clauseStart - 1].lower)
            {
                clauseStart -= 1
            }
            // "Ana Ruiz, however, firmly denied it": the subject stands before the aside.
            if clauseStart > 1, t[clauseStart - 1].lower == "however", t[clauseStart - 2].text == ",",
                !t[clauseStart..<i].contains(where: { $0.isWordOrNumber && !$0.lower.hasSuffix("ly") })
            {
                clauseStart -= 2
                while clauseStart > 0, ![".", ";", "\u{201C}", "\""].contains(t[clauseStart - 1].text),
                    !["but", "while", "whereas", "although"].contains(t[clauseStart - 1].lower)
                {
                    clauseStart -= 1
                }
            }
            // "Five people are confirmed to have it", "if confirmed, it would ...": a passive
            // or a condition with no agent puts nobody on record.
            if i > 0, ["is", "are", "was", "were", "be", "been", "being"].contains(t[i - 1].lower), !tok.lower.hasSuffix("ing"),
                !(i + 1 < t.count && t[i + 1].lower == "by")
            {
                continue
            }
            if i > 0, ["if", "unless", "once", "until", "whether"].contains(t[i - 1].lower) { continue }
            // "An article saying NASA confirmed it is fake": the stance is what a report
            // says, not one on record.
            if let r = t[clauseStart..<i].lastIndex(where: { ClaimLexicon.storyNouns.contains($0.lower) }), r + 1 < i,
                t[r + 1].lower == "that" || t[r + 1].lower.hasSuffix("ing") && ClaimLexicon.claimVerbs.contains(t[r + 1].lower),
                !t[(r + 1)..<i].contains(where: { $0.text == "," })
            {
                continue
            }
            clauseStart = nearestClause(t, i, from: clauseStart, parties)
            // "Isis does not have Ebola, the agency has confirmed": the attribution follows
            // the statement, so its subject is after the comma, and confirming a negated
            // statement denies.
            var statement: Range<Int>?
            if !according, let comma = trailingAttribution(t, i, from: clauseStart) {
                if stance == .supports, hasNegator(t[clauseStart..<comma])
                    || contradicts(Array(t[clauseStart..<comma]), claimWords: claimWords, claimNegated: claimNegated)
                {
                    stance = .denies
                }
                statement = clauseStart..<comma
                clauseStart = comma + 1
            }
            // The words before the verb that may name its subject: its own clause's, or, for a
            // second verb sharing the first one's subject ("X confirmed the talks but denied
            // a deal"), the first clause's words before its verb.
            var clauseWords = Array(t[clauseStart..<i])
            var subject = headOfSubject(clauseWords)
            let passive = i + 1 < t.count && t[i + 1].lower == "by"
            if !passive, !according, statement == nil, let shared = sharedSubject(t, verb: i, clauseStart: clauseStart) {
                clauseWords = Array(t[shared])
                subject = headOfSubject(clauseWords)
            }
            // "Hank has died, confirms Ann Lee, who manages the band": the verb comes before
            // its subject, after the statement.
            let inverted = !according && i > clauseStart && t[i - 1].text == "," && i + 1 < t.count && t[i + 1].isCapitalized
                && !Lexicon.nonNames.contains(t[i + 1].lower)
            if passive {
                subject = Array(t[(i + 1)..<min(t.count, i + 6)])
            } else if according {
                let end = t[(i + 2)...].firstIndex { $0.kind == .punctuation } ?? t.count
                subject = Array(t[(i + 2)..<end])
            } else if inverted {
                subject = Array(t[(i + 1)...].prefix { $0.kind != .punctuation })
                if stance == .supports, hasNegator(t[clauseStart..<i])
                    || contradicts(Array(t[clauseStart..<i]), claimWords: claimWords, claimNegated: claimNegated)
                {
                    stance = .denies
                }
                statement = clauseStart..<(i - 1)
            }
            // "confirmed that he is alive": what is confirmed follows the verb, unless the verb
            // closes a statement or names its agent after it.
            if stance == .supports, statement == nil, !passive, !inverted,
                contradicts(complement(t, after: i), claimWords: claimWords, claimNegated: claimNegated)
            {
                stance = .denies
            }
            // "..., The Times has confirmed": a paper confirming is reporting, not on record.
            // A paper disowning what was put out in its name is the party the hoax used.
            if statement != nil, !disowning, let name = capitalisedRuns(subject).first, Lexicon.mediaSuffixes.contains(name.last!.lowercased()) { continue }
            // "a police source confirms": an unnamed source puts no one on record.
            if let head = subject.last(where: \.isWordOrNumber), ClaimLexicon.anonymousSources.contains(head.lower), !subject.contains(where: { $0.lower == "and" }) {
                continue
            }
            // The object: a report, a pronoun, or the claim's own words (for an attribution
            // after a statement, the statement). Whoever rejects the claim's own words
            // ("dismissed reports that the manager will be sacked") is a party to it, even
            // when the claim does not name them.
            let object = statement.map { t[$0] } ?? t[(i + 1)..<secondVerbOfSaying(t, after: i, before: min(t.count, clauseObjectEnd(t, i) ?? i + 14))]
            let objectWords = Set(object.filter(\.isWordOrNumber).map { ClaimWords.stem($0.lower) })
            // Said of the claim's subject, a state that excludes the claimed one ("the dam was
            // intact") restates the state it excludes.
            let excluded = saying && stance == .denies ? excludedStates(Array(object), claimWords: claimWords).count : 0
            let restated = ClaimWords.related(Array(objectWords), claimWords) + excluded >= 2
            // A party denying a clause about the claim ("denied that anyone in Mosul had
            // contracted Ebola") is on record, whether or not the claim names it.
            let deniesClause = stance == .denies && takesClause(t, i) && ClaimWords.related(Array(objectWords), claimWords) > 0
            var who = parties.mentioned(in: subject).filter { restated || deniesClause || claimParties.contains($0) }
            // Rejecting a denial takes a side on the report as denying it does.
            let rebuttal = stance == .supports
                && (deniesADenial(t, i) || rejectsTheDenialBefore(t, i, previous: previous, claimWords: claimWords, claimNegated: claimNegated))
            let subjectWords = subject.map(\.lower)
            // "Both companies" are the claim's two principals: its most widely named parties.
            if who.isEmpty, claimParties.count >= 2,
                subjectWords.contains(where: ClaimLexicon.bothWords.contains),
                subjectWords.contains(where: ClaimLexicon.isPartyPlural)
            {
                who = Array(claimParties.prefix(2))
            }
            // A body or person the party list lacks is on record when what they deny or
            // confirm is a report, or the claim in its own words.
            let target = passive || according ? t[clauseStart..<i] : object
            // "insists the video is a fake": the thing shared that the rumour rests on, called
            // false, is the rumour called false.
            // "rejected the findings": what a study or test found is the report's ground.
            let findingsDenied = stance == .denies && ClaimLexicon.denials.contains(t[i].lower) && !passive && !according
                && target.prefix(3).contains { ClaimLexicon.studyFindings.contains($0.lower) }
            let reportNamed = disowning || findingsDenied || target.contains { ClaimLexicon.claimNouns.contains($0.lower) || ClaimLexicon.storyNouns.contains($0.lower) }
                || (saysFalse(t, i, quoted) || stance == .denies && ClaimLexicon.denials.contains(t[i].lower) && !passive && !according)
                    && target.prefix(6).contains { ClaimLexicon.sharedItems.contains($0.lower) }
                || (passive || according ? target.contains { ["it", "them"].contains($0.lower) } : pronounObject(t, i))
                // "said that no such forecast exists": "such" takes up what was reported when
                // its noun names a report or a claim's words; "no such request" may be another's.
                || stance == .denies && !passive && !according && (i + 1..<max(i + 1, min(t.count - 1, i + 16))).contains { k in
                    noSuch(t, k) && (ClaimLexicon.claimNouns.contains(t[k + 1].lower) || ClaimLexicon.toldNouns.contains(t[k + 1].lower)
                        || ClaimLexicon.foretoldNouns.contains(t[k + 1].lower) || claimWords.contains(ClaimWords.stem(t[k + 1].lower)))
                }
            let restatedTarget = ClaimWords.related(target.filter(\.isWordOrNumber).map { ClaimWords.stem($0.lower) }, claimWords) >= 2
                || stance == .denies && !passive && !according && deniesInvolvement(t, i, claimWords: claimWords)
                || stance == .supports && !passive && !according && confirmsItHappened(t, i, claimWords: claimWords)
                // "The league's commissioner confirmed the board's vote": the event named by its kind.
                || stance == .supports && !passive && !according && ClaimLexicon.confirmations.contains(tok.lower) && confirmsTheEvent(t, i)
            // "The company denied it": the company the article named before.
            let referring = passive || according || inverted ? subject : clauseWords
            let byKind = who.isEmpty ? kindReference(referring, bare: headline).flatMap { namedBefore($0, referring[0].range.lowerBound) } : nil
            // Upholding, like denying, names the report it takes a side on.
            // "the singer's reps": the claim's person described by a noun, through those who
            // speak for them.
            if who.isEmpty, let person = describedPerson, speaksForDescribedPerson(subject),
                stance == .denies || rebuttal || upholds(t, i) ? reportNamed || restatedTarget : restatedTarget
            {
                who = [person]
            }
            if who.isEmpty, stance == .denies || rebuttal || upholds(t, i) ? reportNamed || restatedTarget : restatedTarget,
                // The subject as read above may lose a name to a verb it took for a noun
                // ("the USDA's safety service went on the radio to ..."): the whole clause
                // is the fallback.
                let name = byKind ?? speakerOnRecord(subject, parties: parties)
                    ?? (passive || according || inverted ? nil : speakerOnRecord(clauseWords, parties: parties)),
                let p = parties.onRecord(name, denying: stance == .denies && !rebuttal)
            {
                who = [p]
            }
            // "The striker's agent, Ana Ruiz, has also denied the reports": the person set
            // off by commas after a role is the one speaking, beside whomever the role
            // speaks for.
            if !passive, !according, !inverted, statement == nil, reportNamed || restatedTarget,
                let name = apposedSpeaker(clauseWords), let p = parties.onRecord(name), !who.contains(p)
            {
                who.append(p)
            }
            // "SportWire, the integrity office and the club all said it was false": each of a
            // list of speakers is on record, not only the first or those already listed.
            if !saying, !passive, !according, !inverted, statement == nil, reportNamed || restatedTarget {
                for conjunct in conjuncts(subject) {
                    let p = parties.mentioned(in: conjunct).first
                        ?? (kindReference(conjunct).flatMap { namedBefore($0, conjunct[0].range.lowerBound) } ?? speakerOnRecord(conjunct, parties: parties))
                            .flatMap { parties.onRecord($0) }
                    if let p, !who.contains(p) { who.append(p) }
                }
            }
            // Saying the claim counts only from a party to it, named at the head of the
            // subject ("Acme said"; not "a group in touch with Acme before ... said"):
            // anyone may repeat a rumour.
            // "The announcement confirms a report by the Post": the confirmation is the
            // announcer's, whom the sentence before names.
            if who.isEmpty, stance == .supports, statement == nil, !passive, reportNamed,
                let head = subject.last(where: \.isWordOrNumber), ClaimLexicon.announcementNouns.contains(head.lower),
                let p = announcer(previous, parties: &parties, namedBefore: namedBefore)
            {
                who = [p]
            }
            // "Acme is recalling its heaters, the company announced": a party saying a
            // statement about itself; "Ten rebels were caught, Senator Cole said" is the
            // claim's source telling it.
            if saying, let statement { who = who.filter(parties.mentioned(in: Array(t[statement])).contains) }
            if saying && statement == nil {
                // A live blog's time stamp ("23:15") stands before the subject.
                let opening = withoutDateline(Array(t[..<i])).filter(\.isWordOrNumber).drop { $0.isNumber || ["and", "but", "so", "yet"].contains($0.lower) }
                let head = parties.mentioned(in: Array(opening.prefix(4)) + appositive(Array(t[..<i])))
                // Saying the claim is not so ("the agency said the bridge had not collapsed"),
                // or vouching for the principal's words to the speaker, puts the speaker on
                // record however seldom the claim names it, as denying does.
                let witness = witnesses(t, i)
                who = who.filter { (claimParties.contains($0) || (stance == .denies || witness) && restated) && head.contains($0) }
            }
            guard !who.isEmpty else { continue }
            // A pronoun object stands right after the verb ("confirmed it"); in "confirmed
            // that the device ships in April" the clause is the object, which must share a
            // word with the claim; a noun phrase naming a claim's party ("acknowledging Kim's
            // discomfort") must share more than the name.
            let aboutClaim =
                fakery || rebuttal || reportNamed && !passive
                || object.contains { ClaimLexicon.claimNouns.contains($0.lower) } || statement == nil && pronounObject(t, i)
                || stance == .supports && statement == nil && object.prefix(12).contains { ClaimLexicon.truthWords.contains($0.lower) }
                || stance == .denies && saysFalse(t, i, quoted) && judgesSomethingNamedBefore(t, i)
                // "said there was no such plan": "such" takes up the report itself.
                || stance == .denies && saysFalse(t, i, quoted) && (i + 1..<min(t.count, i + 16)).contains { noSuch(t, $0) }
                || ClaimWords.related(Array(objectWords), takesClause(t, i) ? claimWords : claimFacts) > 0 || t.count < i + 3 || stance == .denies && i + 1 < t.count && t[i + 1].lower == "by"
                || ClaimLexicon.denials.contains(tok.lower) && tok.lower.hasPrefix("denial")
                || stance == .supports && statement == nil && !passive && confirmsTheEvent(t, i)
                || stance == .supports && statement == nil && !passive && !according && confirmsItHappened(t, i, claimWords: claimWords)
            guard aboutClaim else { continue }
            if stance == .denies, statement == nil, !passive, !according {
                // "Emwazi denied the accusation": a bare object stands for the accusation just
                // made, which may be another than the claim (it names the same person, but
                // says something else of them).
                if let antecedent = antecedent(t, i, previous: previous),
                    ClaimWords.related(antecedent.filter(\.isWordOrNumber).map { ClaimWords.stem($0.lower) }, claimFacts) < 2
                {
                    continue
                }
                // A claim that someone said something is not denied by calling what was said
                // false; a claim of a fact is not denied by saying someone never said it.
                if let sayingClaim, who.allSatisfy({ !sayingClaim.speakers.contains($0) }),
                    !pronounObject(t, i), sayingClaim.deniesOnlyWhatWasSaid(Array(object.prefix { $0.lower != "and" && $0.text != "," }), by: nil, parties)
                {
                    continue
                }
                if sayingClaim == nil, deniesSaying(t, i) { continue }
            }
            // "shot down the rumours" denies; "shot down an airliner" does not: a two-word
            // denial counts only with a report or a pronoun right after it.
            if isDenialPhrase(t, i), !ClaimLexicon.denials.contains(tok.lower), !rebuttal,
                !t[(i + 1)..<min(t.count, i + 6)].contains(where: {
                    ClaimLexicon.claimNouns.contains($0.lower) || ["it", "them", "this", "that"].contains($0.lower)
                })
            {
                continue
            }
            for p in who where !out.contains(where: { $0.0 == p }) { out.append((p, stance)) }
        }
        return out
    }

    /// ", confirming a report by Y", ", in line with earlier reports", ", contradicting
    /// reports that ...": after a comma, a participle of confirming or contradicting, or
    /// "in line with", whose object within a few words is a report or what an outlet
    /// reported. Returns the stance it gives the main clause's doing.
    static func bearsOnReport(_ t: [WordToken], _ i: Int) -> Stance? {
        guard i > 1, t[i - 1].text == "," else { return nil }
        var stance: Stance
        var k = i + 1
        switch t[i].lower {
        case "confirming", "corroborating", "vindicating": stance = .supports
        case "contradicting": stance = .denies
        case "in":
            guard i + 2 < t.count, t[i + 1].lower == "line", t[i + 2].lower == "with" else { return nil }
            stance = .supports
            k = i + 3
        default: return nil
        }
        let object = t[k...].prefix(6).prefix(while: \.isWordOrNumber)
        // "confirming a retraction first reported by X": the thing confirmed is what a report
        // told, named by the participle after it rather than by a noun for the report.
        guard object.contains(where: { ClaimLexicon.claimNouns.contains($0.lower) || ClaimLexicon.storyNouns.contains($0.lower) })
            || object.first?.lower == "what" && object.contains(where: { ClaimLexicon.claimVerbs.contains($0.lower) })
            || object.dropFirst().contains(where: { ["reported", "revealed", "disclosed"].contains($0.lower) })
        else { return nil }
        return stance
    }

    /// Who the outcome before ", confirming a report" (at `i`) puts on record: the party
    /// opening the main clause ("The Bank of X cut ...", "The company unveiled ..."), when
    /// that clause restates the claim as done or said by the party, not hedged ("is
    /// expected to", "may") nor reported ("reportedly", "according to"). Confirming a report with a clause that negates the claim denies it.
    static func outcomeStance(
        _ t: [WordToken], _ i: Int, bearing: Stance, parties: inout Parties, claimWords: Set<String>, claimNegated: Bool,
        namedBefore: (String, Int) -> String?
    ) -> (Int, Stance)? {
        let start = (t[..<i].lastIndex { [".", ";", "\u{201C}", "\""].contains($0.text) }).map { $0 + 1 } ?? 0
        let main = withoutDateline(Array(t[start..<(i - 1)]))
        let words = main.filter(\.isWordOrNumber)
        guard words.count >= 4,
            !words.contains(where: {
                ClaimLexicon.hedges.contains($0.lower) || ["may", "might", "could", "expected", "likely", "set", "poised", "if"].contains($0.lower)
            }),
            ClaimWords.related(words.map { ClaimWords.stem($0.lower) }, claimWords) >= 2,
            // The subject: the words before the main clause's verb.
            let verb = main.firstIndex(where: { $0.isWord && !$0.isCapitalized && ClaimCandidates.couldBeVerb($0) }), verb > 0
        else { return nil }
        var subject = Array(main[..<verb])
        // "The launch has been put back, its builder Orvel said, confirming a report": a
        // statement closed by its attribution confirms through the one who says it.
        if let last = main.last, ClaimLexicon.sayingVerbs.contains(last.lower),
            let comma = main.lastIndex(where: { $0.text == "," }), comma > verb, main.count - comma <= 8
        {
            let sayer = Array(main[(comma + 1)..<(main.count - 1)])
            if parties.firstMentioned(in: sayer) != nil || kindReference(sayer) != nil { subject = sayer }
        }
        var who = parties.firstMentioned(in: subject)
        if who == nil, let kind = kindReference(subject), let name = namedBefore(kind, subject[0].range.lowerBound) {
            who = parties.onRecord(name)
        }
        guard let who else { return nil }
        let negated = hasNegator(main) || contradicts(main, claimWords: claimWords, claimNegated: claimNegated)
        return (who, bearing == .supports && negated ? .denies : bearing)
    }

    /// The kind noun of a body referred back to ("the company", "the university's
    /// spokesman", "a spokesman for the agency").
    /// A headline drops the article: with `bare`, the kind noun ending the subject ("Food
    /// agency denies ...") refers back too.
    /// The kind noun of "the agency said" when the quote stage has named the body it refers
    /// back to: an official body's kind (whose names hold the noun) the speaker's name ends in.
    static func creditedKind(_ credited: [WordToken], speaker: String) -> String? {
        let words = credited.filter(\.isWordOrNumber)
        guard let k = words.indices.dropFirst().first(where: { words[$0 - 1].lower == "the" && !words[$0].isCapitalized }),
            ClaimLexicon.namedKinds.contains(words[k].lower), Tokens.words(speaker).last == words[k].lower
        else { return nil }
        return words[k].lower
    }

    static func kindReference(_ subject: [WordToken], bare: Bool = false) -> String? {
        if bare, let last = subject.last(where: \.isWordOrNumber), !last.isCapitalized || subject.filter(\.isWordOrNumber).count == 1,
            ClaimLexicon.namedKinds.contains(last.lower) || ClaimLexicon.companyKinds.contains(last.lower)
        {
            return last.lower
        }
        for k in subject.indices.dropFirst() where subject[k - 1].lower == "the" {
            var word = subject[k].lower
            for s in ["'s", "\u{2019}s"] where word.hasSuffix(s) { word = String(word.dropLast(2)) }
            if ClaimLexicon.namedKinds.contains(word) || ClaimLexicon.companyKinds.contains(word) { return word }
        }
        // "a spokeswoman for the survey", "the directorate said": any noun after "the" that
        // ends the subject may be the head of a name given before ("Korvessa Geological
        // Survey"); `namedBefore` takes it only so.
        let words = subject.filter(\.isWordOrNumber)
        if words.count >= 2, words[words.count - 2].lower == "the", let head = words.last, head.isWord, !head.lower.hasSuffix("'s"), !head.lower.hasSuffix("\u{2019}s") {
            return head.lower
        }
        return nil
    }

    /// The body of `kind` the article names last before scalar `offset` (its headline
    /// counts as before the body): a name holding the kind's word for an official body
    /// ("Dunmore University" for "the university"; an acronym also for "the agency"); for
    /// a company, a body the quote pass knows (`organisations`) or a name with a company
    /// suffix, and no official or media body; for any other noun, a name of two words or
    /// more that it ends ("the survey": "Korvessa Geological Survey").
    static func namedBefore(kind: String, title: String, _ doc: TextDocument, before offset: Int, organisations: [[String]]) -> String? {
        let titleDoc = TextDocument(title)
        let bodyTokens = ClaimWords.tokens(doc, 0..<min(offset, doc.scalars.count))
        let runs = capitalisedRuns(ClaimWords.tokens(titleDoc, 0..<titleDoc.scalars.count))
            + capitalisedRuns(bodyTokens)
        func fits(_ run: [String]) -> Bool {
            let words = run.map { $0.lowercased() }
            if ClaimLexicon.namedKinds.contains(kind) {
                if words.contains(kind) { return true }
                return kind == "agency"
                    && (ClaimLexicon.agencyHeads.contains(words.last!) || run.count == 1 && run[0].count >= 3 && ClaimCandidates.isAcronym(run[0]))
            }
            if !ClaimLexicon.companyKinds.contains(kind) {
                // A name's head noun: "the survey" is the "Korvessa Geological Survey" named before.
                return run.count >= 2 && words.last == kind && !Lexicon.mediaSuffixes.contains(kind)
            }
            if words.contains(where: { ClaimLexicon.namedKinds.contains($0) || Lexicon.mediaSuffixes.contains($0) }) { return false }
            if labelledOtherKind(run.joined(separator: " ")) { return false }
            return organisations.contains(Tokens.words(run.joined(separator: " "))) || ClaimLexicon.companySuffixes.contains(words.last!)
        }
        // "its supplier Kanthal", "rival Orvel Motors": a kind noun set before a name says
        // which company it is, so "the operator" is not the supplier named last.
        func labelledOtherKind(_ name: String) -> Bool {
            let first = name.split(separator: " ").first.map(String.init) ?? name
            guard let k = bodyTokens.lastIndex(where: { $0.text == first }), k > 0 else { return false }
            let label = bodyTokens[k - 1].lower
            let family = ClaimLexicon.companyKindFamilies.first { $0.kinds.contains(kind) }?.kinds ?? [kind]
            return !family.contains(label) && ClaimLexicon.companyKinds.contains(label)
        }
        let fitting = runs.filter(fits)
        // "The airline's boss denied it" after "Fjordline Air ... from Aerowing": of the
        // companies named before, the one the text calls by that kind, or whose name says
        // it, is meant, though another was named last.
        if ClaimLexicon.companyKinds.contains(kind), let family = ClaimLexicon.companyKindFamilies.first(where: { $0.kinds.contains(kind) }) {
            let all = ClaimWords.tokens(titleDoc, 0..<titleDoc.scalars.count) + ClaimWords.tokens(doc, 0..<doc.scalars.count)
            if let labelled = fitting.last(where: { isCalledKind($0, family, all) }) { return labelled.joined(separator: " ") }
        }
        return fitting.last?.joined(separator: " ")
    }

    /// Whether the text calls the company `run` by a kind of `family`: a name word of the
    /// kind ("Fjordline Air"), the kind right before the name ("regional carrier Fjordline
    /// Air") or in apposition after it ("Aerowing, the planemaker,").
    static func isCalledKind(_ run: [String], _ family: (kinds: Set<String>, nameWords: Set<String>), _ t: [WordToken]) -> Bool {
        if run.dropFirst().contains(where: { family.nameWords.contains($0.lowercased()) }) { return true }
        for k in t.indices where t[k].text == run[0] {
            if k > 0, family.kinds.contains(t[k - 1].lower) { return true }
            let after = k + run.count
            guard after + 1 < t.count, t[after].text == "," else { continue }
            let apposition = t[(after + 1)...].prefix(4).prefix { $0.isWord }
            if ["the", "a", "an"].contains(apposition.first?.lower ?? ""), apposition.contains(where: { family.kinds.contains($0.lower) }) { return true }
        }
        return false
    }

    /// Names in `t`: runs of capitalised words, joined by "of", "for" or "and" ("Department
    /// of Health"), without an opening function word ("The") or a closing possessive.
    static func capitalisedRuns(_ t: [WordToken]) -> [[String]] {
        var out: [[String]] = []
        var k = 0
        while k < t.count {
            guard t[k].isWordOrNumber, t[k].isCapitalized, !Lexicon.nonNames.contains(t[k].lower) else { k += 1; continue }
            var j = k + 1
            var run = [t[k].text]
            while j < t.count {
                // "Media Workers' Union": a plural possessive inside the name belongs to it.
                if ["'", "\u{2019}"].contains(t[j].text), t[j - 1].lower.hasSuffix("s"), t[j].range.lowerBound == t[j - 1].range.upperBound,
                    j + 1 < t.count, t[j + 1].isWordOrNumber, t[j + 1].isCapitalized
                {
                    run[run.count - 1] += t[j].text
                    j += 1
                    continue
                }
                guard t[j].isWordOrNumber,
                    t[j].isCapitalized || (["of", "for", "and"].contains(t[j].lower) || Lexicon.nameParticles.contains(t[j].text)) && j + 1 < t.count && t[j + 1].isCapitalized
                else { break }
                run.append(t[j].text)
                j += 1
            }
            for s in ["'s", "\u{2019}s"] where run[run.count - 1].hasSuffix(s) { run[run.count - 1] = String(run[run.count - 1].dropLast(2)) }
            out.append(run)
            k = j
        }
        return out
    }

    /// Whether the denial at `i` denies faking something ("denied faking the video",
    /// "denied having staged it", "denied the clip was a hoax"): the fakery word opens the
    /// object or follows a verb or pronoun of its own clause; "dismissed it as a hoax"
    /// judges the report instead.
    static func deniesFakery(_ t: [WordToken], _ i: Int) -> Bool {
        var window: [WordToken] = []
        for tok in t[(i + 1)..<min(t.count, i + 12)] {
            if [",", ".", ";", ":"].contains(tok.text) { break }
            if tok.isWordOrNumber { window.append(tok) }
        }
        let opens: Set<String> = ["ever", "having", "had", "has", "have", "was", "were", "is", "are", "been", "being", "he", "she", "they", "it", "we", "i"]
        for (j, w) in window.enumerated() {
            let phrase = ["making", "made", "make", "setting", "set"].contains(w.lower) && j + 1 < window.count && window[j + 1].lower == "up"
            guard ClaimLexicon.fakeryWords.contains(w.lower) || phrase else { continue }
            if j == 0 { return true }
            let prev = window[j - 1].lower
            if prev == "as" { return false }
            if opens.contains(prev) || prev.hasSuffix("ly") && j == 1 || prev == "a" && j >= 2 && opens.contains(window[j - 2].lower) { return true }
        }
        return false
    }

    /// Who a subject that names no listed party speaks for: the body a speaker works for
    /// ("a spokesman for the Harlow Health Department", "Tom Brandt's publicist"), a body
    /// by name ("Harlow County officials", "NASA") or by its common name ("police", "county
    /// officials", "Israeli officials"), or a name half the articles use. Nil when it names
    /// nobody ("a spokesman", "experts"), or a name few articles use that is not a body's:
    /// a commentator debunking a rumour is no party to it. With `roleOnly`,
    /// only the first form: a quoted speaker's role ("spokesman for X") is all there is.
    static func speakerOnRecord(_ subject: [WordToken], parties: Parties, roleOnly: Bool = false) -> String? {
        // The subject is what follows the last clause opener ("... after its author").
        var tokens = Array(subject.drop { $0.lower == "by" })
        if let cut = tokens.lastIndex(where: { ClaimLexicon.clauseOpeners.contains($0.lower) }) { tokens = Array(tokens[(cut + 1)...]) }
        tokens = withoutDateline(tokens)
        // "Since late last June, the health ministry ...": an opening phrase is no subject.
        if let comma = tokens.lastIndex(where: { $0.text == "," }),
            tokens[(comma + 1)...].contains(where: { ClaimLexicon.officialBodies.contains($0.lower) || ClaimLexicon.speakerNouns.contains($0.lower) }),
            !tokens[..<comma].contains(where: { $0.isCapitalized && !Lexicon.nonNames.contains($0.lower) })
        {
            tokens = Array(tokens[(comma + 1)...])
        }
        // "the health ministry has issued a press release denying ...": the subject ends
        // before its verb.
        if let verb = tokens.indices.dropFirst().first(where: { ["has", "have", "had"].contains(tokens[$0].lower) }),
            verb + 1 < tokens.count, tokens[verb + 1].lower.hasSuffix("ed"), tokens[(verb + 2)...].contains(where: { ClaimLexicon.speakerNouns.contains($0.lower) })
        {
            tokens = Array(tokens[..<verb])
        }
        var w: [WordToken] = []
        // Per word: whether a preposition or a media noun stands right before it ("on
        // Twitter", "the site Snopes"): such a name is a place, a venue or an outlet.
        var governed: [Bool] = []
        // "Brook & Vane", "Harrow & Sons": an ampersand between capitals joins a firm's name
        // as "and" does, so it stays in the run.
        let ampersand = { (k: Int) in
            tokens[k].text == "&" && k > 0 && k + 1 < tokens.count && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized
        }
        for (k, tok) in tokens.enumerated() where tok.isWordOrNumber || ampersand(k) {
            let before = k > 0 ? tokens[k - 1] : nil
            w.append(tok)
            governed.append(before.map { Lexicon.prepositions.contains($0.lower) || ClaimLexicon.mediaNouns.contains($0.lower) } ?? false)
        }
        // "the transport ministry also dismissed", "the council swiftly denied": an adverb
        // before the verb is no part of the subject.
        while let last = w.last, !last.isCapitalized, ["also", "too", "both", "again", "then", "later", "already"].contains(last.lower) || last.lower.hasSuffix("ly") {
            w.removeLast()
            governed.removeLast()
        }
        guard !w.isEmpty else { return nil }
        func isPossessive(_ x: WordToken) -> Bool { x.lower.hasSuffix("'s") || x.lower.hasSuffix("\u{2019}s") }
        func isSpeaker(_ x: WordToken) -> Bool { ClaimLexicon.speakerNouns.contains(x.lower) || Lexicon.roleWords.contains(x.lower) }
        // The capitalised run from `k`, with joining words inside ("Department of Health").
        func run(from k: Int) -> [WordToken] {
            var j = k
            while j < w.count, w[j].isCapitalized || ["of", "for", "and", "&"].contains(w[j].lower) && j > k && j + 1 < w.count && w[j + 1].isCapitalized {
                j += 1
                if isPossessive(w[j - 1]) { break }
            }
            return Array(w[k..<j])
        }
        func text(_ r: [WordToken]) -> String {
            var words = r.map(\.text)
            if isPossessive(r.last!) { words[words.count - 1] = String(words.last!.dropLast(2)) }
            return words.joined(separator: " ")
        }
        for k in w.indices {
            // "Tom Brandt's publicist"
            if isPossessive(w[k]), w[k].isCapitalized, k + 1 < w.count, isSpeaker(w[k + 1]) {
                var start = k
                while start > 0, w[start - 1].isCapitalized, !Lexicon.nonNames.contains(w[start - 1].lower) { start -= 1 }
                return text(Array(w[start...k]))
            }
            // "a spokesman for the Harlow Health Department"; "officials at the Iraqi health
            // ministry" (a body described, not named).
            if isSpeaker(w[k]), k + 2 < w.count, ["for", "of", "at", "from", "with"].contains(w[k + 1].lower) {
                let start = w[k + 2].lower == "the" ? k + 3 : k + 2
                let named = start < w.count && w[start].isCapitalized && !Lexicon.nonNames.contains(w[start].lower)
                let r = named ? run(from: start) : []
                if let described = describedBody(Array(w[start...])), described.count > r.count { return bodyName(described) }
                if named { return text(r) }
            }
        }
        if roleOnly { return nil }
        // A name starts where the capitals start: "Diario" in "newspaper Nuevo Diario" is no name.
        if let k = w.indices.first(where: { k in
            w[k].isCapitalized && !governed[k] && (k == 0 || !w[k - 1].isCapitalized || Lexicon.nonNames.contains(w[k - 1].lower)) && !Lexicon.nonNames.contains(w[k].lower) && !Lexicon.titles.contains(w[k].lower)
                && !ClaimLexicon.officialBodies.contains(w[k].lower) && !isSpeaker(w[k])
        }) {
            let r = run(from: k)
            // "the Northern Rivers Agency", "North Korea": a compass point opens the name it
            // stands before; a nationality does when a longer name follows ("British Red Cross").
            let opener = k > 0 && w[k - 1].isCapitalized
                && (Lexicon.compassWords.contains(w[k - 1].lower) || r.count >= 2 && Lexicon.demonyms.contains(w[k - 1].lower))
            let name = text(opener ? [w[k - 1]] + r : r)
            let words = Tokens.words(name)
            let next = k + r.count < w.count ? w[k + r.count].lower : ""
            // A name before the subject's common noun describes it: "DNA tests have
            // confirmed" puts the tests on record, not a party named DNA.
            let after = k + r.count + 1
            if !isPossessive(r.last!), after - 1 < w.count, isCommonNoun(w[after - 1]), !isSpeaker(w[after - 1]),
                !ClaimLexicon.officialBodies.contains(next), !ClaimLexicon.claimVerbs.contains(next), !ClaimLexicon.speechVerbs.contains(next),
                after == w.count || ClaimLexicon.auxiliaries.contains(w[after].lower)
            {
                return ClaimCandidates.isAcronym(name) || Lexicon.organisationSuffixes.contains(words.last ?? "") ? name + " " + next : nil
            }
            let isBody = ClaimCandidates.isAcronym(name) || Lexicon.organisationSuffixes.contains(words.last ?? "")
                || ClaimLexicon.officialBodies.contains(words.last ?? "") || ClaimLexicon.officialBodies.contains(next) || isSpeaker(w[min(k + r.count, w.count - 1)])
            // A lone capitalised word opening the clause that the story also writes in
            // lower case is a common noun ("Experts dismissed ...").
            let common = r.count == 1 && k == 0 && parties.lowerCase.contains(w[k].lower) && !ClaimCandidates.isAcronym(name)
            if !common { return isBody || parties.texts.count { $0.contains(name) } * 2 >= parties.texts.count ? name : nil }
        }
        // "Israeli officials", "police", "county officials": the body noun ends the subject;
        // "a health ministry spokesman" speaks for the body before the noun.
        if w.count >= 2, isSpeaker(w[w.count - 1]), ClaimLexicon.officialBodies.contains(w[w.count - 2].lower) { w.removeLast() }
        guard let last = w.last, ClaimLexicon.officialBodies.contains(last.lower), w.count <= 4 else { return nil }
        var start = w.count - 1
        while start > 0, w[start - 1].kind == .word, !ClaimLexicon.determiners.contains(w[start - 1].lower),
            !w[start - 1].lower.hasSuffix("ly"), !Tokens.stopwords.contains(w[start - 1].lower) || Lexicon.demonyms.contains(w[start - 1].lower)
        {
            start -= 1
        }
        return w[start...].map { Lexicon.demonyms.contains($0.lower) ? $0.text : $0.lower }.joined(separator: " ")
    }

    /// `t` without an opening dateline ("HARLOW (May 2) -", "ABUJA, Nigeria —", "BEIRUT:",
    /// "(Reuters) -"): a place in capitals, then names, numbers and marks up to a dash or
    /// colon, or an agency in brackets and a dash. It names where the story was filed or
    /// who sent it, not who speaks.
    static func withoutDateline(_ t: [WordToken]) -> [WordToken] {
        // "(Reuters) -", "(CNN) --": an agency's credit in brackets before the dash.
        if t.count > 4, t[0].text == "(", let close = t.prefix(6).firstIndex(where: { $0.text == ")" }), close > 1,
            t[1..<close].allSatisfy({ $0.isCapitalized || !$0.isWordOrNumber }),
            let dash = t[(close + 1)...].prefix(2).firstIndex(where: { ["\u{2014}", "\u{2013}", "-", "--"].contains($0.text) })
        {
            return Array(t[(dash + 1)...].drop { $0.kind == .punctuation })
        }
        guard t.count > 2, t[0].isCapitalized, ClaimCandidates.isAcronym(t[0].text) else { return t }
        for k in 1..<min(t.count - 1, 9) {
            if ["\u{2014}", "\u{2013}", "-", "--", ":"].contains(t[k].text) {
                return Array(t[(k + 1)...].drop { $0.kind == .punctuation })
            }
            if t[k].isWordOrNumber && !t[k].isCapitalized && !t[k].text.allSatisfy(\.isNumber) { break }
        }
        return t
    }

    /// The words from the start of `w` through a body's kind noun a few words on ("Iraqi
    /// health ministry", "county sheriff"), when no other function word comes first.
    static func describedBody(_ w: [WordToken]) -> [WordToken]? {
        for (j, x) in w.prefix(4).enumerated() {
            if ClaimLexicon.officialBodies.contains(x.lower) || ClaimLexicon.namedKinds.contains(x.lower) { return Array(w[...j]) }
            if Tokens.stopwords.contains(x.lower) || !x.isWordOrNumber { return nil }
        }
        return nil
    }

    /// A described body's name as the party list writes it: lower case but for names.
    static func bodyName(_ w: [WordToken]) -> String {
        w.map { $0.isCapitalized ? $0.text : $0.lower }.joined(separator: " ")
    }

    /// "X said it was not accurate", "officials say there is no truth to the claim": a
    /// verb of speech whose own clause calls something false, outside quotation marks (a
    /// party's quotations are read on their own).
    static func saysFalse(_ t: [WordToken], _ i: Int, _ quoted: [Bool]) -> Bool {
        ClaimLexicon.speechVerbs.contains(t[i].lower) && clauseCallsFalse(t, i, quoted)
    }

    /// "The photo has been doctored, and a fact-checker has confirmed it": someone else's
    /// confirmation (not "I"'s or "we"'s) whose object is a bare pronoun ending the
    /// quotation, after a clause of the speaker's own, confirms what that clause said, not
    /// the claim.
    static func confirmsWhatWasJustSaid(_ words: [String], _ i: Int) -> Bool {
        guard i >= 4, i + 2 == words.count, ["it", "this", "that", "so"].contains(words[i + 1]) else { return false }
        return ["has", "have", "had"].contains(words[i - 1]) && !["i", "we"].contains(words[i - 2])
    }

    /// Whether the clause after the verb at `i` calls something false. A few words quoted
    /// inside it ("said the report was \"simply wrong\"") are the subject's own words.
    static func clauseCallsFalse(_ t: [WordToken], _ i: Int, _ quoted: [Bool]) -> Bool {
        var k = i + 1
        while k < min(t.count, i + 20), ![";", ":"].contains(t[k].text) {
            // "castrated under false claims that ...": an adjective before its noun judges
            // that noun, not what the clause says.
            let attributive = k + 1 < t.count && isCommonNoun(t[k + 1])
            if !quoted[k] || isFragment(quoted, k), t[k].isWordOrNumber,
                ClaimLexicon.plainFalsity.contains(t[k].lower) && !attributive || negatedTruth(t, k) || calledWrong(t, k) || noSuch(t, k)
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// "how we admit students", "admits 300 pupils a year": "admit" before the people (or
    /// their number) it lets in, not before what it owns up to ("admitted that", "admitted
    /// the plan", "admitted it").
    static func letsIn(_ words: [String], _ i: Int) -> Bool {
        guard words[i].hasPrefix("admit"), i + 1 < words.count else { return false }
        // "was admitted to hospital": owning up is done, not undergone.
        if i > 0, ["was", "were", "been", "being", "be", "is", "are"].contains(words[i - 1]) { return true }
        // "vote on admitting a team from Kell as the 13th club", "admit Norland into the
        // union": what is let in, and what it becomes or enters.
        if !["to", "that", "it", "as", "much", "this", "what", "having", "being"].contains(words[i + 1]) {
            for k in (i + 2)..<min(words.count, i + 10) {
                if [",", ".", ";", ":", "that", "and", "but"].contains(words[k]) { break }
                if ["as", "into"].contains(words[k]) { return true }
            }
        }
        var k = i + 1
        if words[k].allSatisfy(\.isNumber) || ["new", "more", "fewer", "only", "all", "foreign", "international", "local"].contains(words[k]) { k += 1 }
        guard k < words.count else { return false }
        let w = words[k]
        return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && w.allSatisfy(\.isLetter)
            && !ClaimLexicon.claimNouns.contains(w) && !ClaimLexicon.toldNouns.contains(w) && !Tokens.stopwords.contains(w)
    }

    /// "denied any involvement in a replacement project", "denies having any role in the
    /// sale": what a party denies taking part in, named by a word of the claim, is the claimed
    /// event with that party in it. A party named in a report answers it so, and one word of
    /// the claim is enough, as the denial names the event only by its head noun.
    static func deniesInvolvement(_ t: [WordToken], _ i: Int, claimWords: Set<String>) -> Bool {
        guard ClaimLexicon.denials.contains(t[i].lower) else { return false }
        guard let k = t[(i + 1)..<min(t.count, i + 5)].firstIndex(where: { $0.isWord && involvementNouns.contains($0.lower) }),
            let at = t[(k + 1)...].first(where: \.isWord), ["in", "with"].contains(at.lower)
        else { return false }
        let after = t[(k + 1)...].prefix { $0.kind != .punctuation }.prefix(8).filter(\.isWordOrNumber).map { ClaimWords.stem($0.lower) }
        return ClaimWords.related(after, claimWords) >= 1
    }

    /// "confirmed for the first time that the vote had taken place", "confirmed the meeting
    /// happened": a confirmation that the claim's event (named by a word of the claim as the
    /// subject) took place confirms the claim, whoever confirms it; it names the event by its
    /// noun alone, as the claim's other words are what the event was.
    static func confirmsItHappened(_ t: [WordToken], _ i: Int, claimWords: Set<String>) -> Bool {
        guard ClaimLexicon.confirmations.contains(t[i].lower) else { return false }
        let rest = Array(t[(i + 1)...].prefix { $0.text != "." && $0.text != ";" }.filter(\.isWordOrNumber).prefix(16))
        guard !hasNegator(rest) else { return false }
        for (h, w) in rest.enumerated() {
            let happened = ["happened", "occurred"].contains(w.lower)
                || w.lower == "place" && h > 0 && ["took", "taken"].contains(rest[h - 1].lower)
                || w.lower == "held" && h > 0 && ["was", "were", "been"].contains(rest[h - 1].lower)
            guard happened else { continue }
            // "the vote" for "voted": the light stemmer cuts "-ed" and leaves the noun's "e".
            let subject = rest[..<h].suffix(4).filter(\.isWord).flatMap { w in
                [ClaimWords.stem(w.lower)] + (w.lower.hasSuffix("e") && w.lower.count >= 4 ? [String(w.lower.dropLast())] : [])
            }
            return ClaimWords.related(subject, claimWords) >= 1
        }
        return false
    }

    /// "concluded on Tuesday that the sequence was filmed in an enclosure", "found that the
    /// thesis had been copied": a verb of reaching a finding whose "that" clause (within four
    /// words) restates the claim in two of its words, with no negation and no guess in it.
    static func concludesTheClaim(_ t: [WordToken], _ i: Int, claimWords: Set<String>) -> Bool {
        guard findingVerbs.contains(t[i].lower),
            let that = t[(i + 1)..<min(t.count, i + 5)].firstIndex(where: { $0.lower == "that" })
        else { return false }
        let clause = Array(t[(that + 1)...].prefix { ![".", ";", "?"].contains($0.text) }.filter(\.isWordOrNumber).prefix(16))
        guard !hasNegator(clause), !clause.contains(where: { ClaimLexicon.speculative.contains($0.lower) || ClaimLexicon.hedges.contains($0.lower) })
        else { return false }
        return ClaimWords.related(clause.filter(\.isWord).map { ClaimWords.stem($0.lower) }, claimWords) >= 2
    }

    static let findingVerbs: Set<String> = ["concluded", "concludes", "determined", "established", "ruled", "rules"]

    static let involvementNouns: Set<String> = ["involvement", "role", "part", "hand", "connection", "link", "links"]

    /// "there was no such plan", "had never said any such thing": "such" after "no", or after
    /// "any" under a negation, takes up what was reported and says it is not so.
    static func noSuch(_ t: [WordToken], _ k: Int) -> Bool {
        guard t[k].lower == "such", k > 0 else { return false }
        if t[k - 1].lower == "no" { return true }
        return t[k - 1].lower == "any" && hasNegator(t[max(0, k - 5)..<(k - 1)])
    }

    /// Whether the quoted token at `k` belongs to a quoted run of at most four tokens: a
    /// phrase quoted inside the reporter's sentence, not a quotation of its own.
    static func isFragment(_ quoted: [Bool], _ k: Int) -> Bool {
        let start = quoted[..<k].lastIndex(of: false).map { $0 + 1 } ?? 0
        let end = quoted[k...].firstIndex(of: false) ?? quoted.count
        return end - start <= 4
    }

    /// "the report was wrong", "had been simply wrong": "wrong" after a copula (words of
    /// degree between) judges the subject; "was wrong to close", "what went wrong" do not.
    static func calledWrong(_ t: [WordToken], _ k: Int) -> Bool {
        guard t[k].lower == "wrong", !(k + 1 < t.count && ["to", "with", "for"].contains(t[k + 1].lower)) else { return false }
        let before = t[..<k].filter(\.isWordOrNumber).suffix(3).map(\.lower)
        guard let copula = before.lastIndex(where: { ["is", "are", "was", "were", "been", "be"].contains($0) }) else { return false }
        return before[(copula + 1)...].allSatisfy { ClaimLexicon.intensifiers.contains($0) || $0.hasSuffix("ly") }
    }

    /// Whether the word at `k` is a truth word negated just before it ("not true", "no
    /// truth", "isn't real").
    static func negatedTruth(_ t: [WordToken], _ k: Int) -> Bool {
        guard ClaimLexicon.truthWords.contains(t[k].lower) else { return false }
        return hasNegator(t[max(0, k - 3)..<k])
    }

    static func isDenialPhrase(_ t: [WordToken], _ i: Int) -> Bool {
        guard let (_, next) = ClaimLexicon.denialPhrases.first(where: { $0.0 == t[i].lower }) else { return false }
        if next.isEmpty || (i + 1 < t.count && next.contains(t[i + 1].lower)) { return true }
        // "shot it down", "ruled them out": English puts a pronoun object between a phrasal
        // verb and its particle, never after it.
        return i + 2 < t.count && ["it", "them", "this", "that"].contains(t[i + 1].lower) && next.contains(t[i + 2].lower)
    }
}
