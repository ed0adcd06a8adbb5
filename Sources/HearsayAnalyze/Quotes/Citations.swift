/// An outlet, agency, broadcast or platform an article names as its source.
struct CitedSource: Sendable, Hashable {
    enum Strength: Sendable, Hashable {
        /// The wording says the name reports ("a report by X", "X cited", "told X").
        case strong
        /// "according to X", "X reported": also said of companies and officials, so kept only
        /// when X is no party to the story (not a person, not a quoted speaker).
        case weak
        /// A name the wording makes a reporter only if it is one ("after Acme reported",
        /// "according to X" where X also speaks): kept when the story cites it elsewhere.
        case tentative
    }

    /// The name's mention; nil for a web address written in lower case ("example.com").
    var mention: Int?
    var name: String
    var span: Range<Int>
    var strength: Strength
    /// Introduced as an outlet ("the radio station X"): a source whatever its name looks like.
    var described = false
    /// A public body named by what it is ("according to the port authority"): cited as
    /// `Citation.Kind.body`.
    var body = false
}

/// Finds the sources an article cites, from the wording of journalism's sourcing: "a report
/// published by X", "X's sources", "X reported", "according to X", "told X", "reporting by X
/// and Y", "citing X".
enum CitationFinder {
    /// Words that may stand between a report noun and the preposition before its outlet
    /// ("a report published over the weekend in X").
    static let bridge: Set<String> = [
        "published", "released", "appeared", "carried", "aired", "printed", "run", "broadcast", "posted", "that",
        "which", "was", "first", "last", "this", "over", "the", "weekend", "week", "month", "earlier", "late",
        "recently", "yesterday", "exclusive", "new", "recent", "latest", "original", "initial",
    ]
    static let ownedNouns: Set<String> = [
        "report", "reports", "reporting", "sources", "reporters", "journalists", "article", "investigation",
        "exclusive", "scoop", "analysis", "coverage", "story", "interview", "findings", "website", "site", "blog",
        "post", "posting", "writeup", "write-up", "tweet", "headline", "correction", "video", "feed", "backstory",
        "column", "editorial", "bulletin", "broadcast",
    ]
    /// Nouns for one of an outlet's regular features, after the feature's name ("the Beacon's
    /// Backstage column").
    static let columnNouns: Set<String> = ["column", "programme", "program", "show", "podcast", "newsletter", "blog", "bulletin", "editorial", "diary"]
    static let strongVerbs: Set<String> = ["cited", "citing", "cites", "revealed", "reveals", "learned", "learnt", "understands", "broke"]
    static let weakVerbs: Set<String> = [
        "reported", "reports", "reporting", "published", "publishes", "wrote", "writes", "disclosed", "discloses", "claimed", "claims",
        "posted", "tweeted",
    ]

    /// What a company reports of itself: "Acme reported a net loss", "... reported record
    /// sales" are its accounts, not a news report.
    static let resultNouns: Set<String> = [
        "loss", "losses", "profit", "profits", "revenue", "revenues", "sales", "earnings", "income", "deficit", "surplus",
        "turnover", "results",
    ]

    /// Whether the words after the verb at `v`, before any preposition, "that" or
    /// punctuation, name the reporter's own accounts ("reported a 1.4 billion crown loss").
    static func reportsResults(_ w: [Word], after v: Int) -> Bool {
        var j = v + 1
        while j < w.count && j <= v + 6 && w[j].sentence == w[v].sentence {
            let x = w[j]
            if x.kind == .word && resultNouns.contains(x.lower) { return true }
            let numberMark = (x.lower == "." || x.lower == ",") && j > v + 1 && w[j - 1].kind == .number
            guard x.kind == .number || numberMark || (x.kind == .word && !x.tags.contains(.preposition) && x.lower != "that") else { return false }
            j += 1
        }
        return false
    }

    /// Verbs of saying whose object is what was said ("confirmed the plan to X"); not "added
    /// the service to X", which moves a thing.
    static let saidAsObject: Set<String> = [
        "confirmed", "confirms", "denied", "denies", "repeated", "repeats", "explained", "explains", "described", "describes",
        "defended", "defends", "outlined", "outlines", "admitted", "admits", "acknowledged", "acknowledges",
    ]

    /// The verb of saying whose words went "to" at word `i`: right before it ("acknowledged
    /// to X") or before its object ("confirmed the plan to X").
    static func saidTo(_ w: [Word], _ i: Int) -> Int? {
        guard i > 0 else { return nil }
        if w[i - 1].isReportingVerb { return i - 1 }
        guard i > 2, saidAsObject.contains(w[i - 3].lower), w[i - 2].tags.contains(.determiner), w[i - 1].kind == .word, !w[i - 1].capitalised,
            !w[i - 1].tags.contains(.function)
        else { return nil }
        return i - 3
    }

    /// "a channel called X", "a newsletter named X": a name introduced as an outlet's.
    static func introducedAsOutlet(_ w: [Word], _ m: Mention) -> Bool {
        let first = m.full.lowerBound
        return first > 1 && ["called", "named"].contains(w[first - 1].lower) && outletNouns.contains(w[first - 2].lower)
    }

    /// An organisation, or a name with a media word ("Morning Show") or an acronym ("ABC News").
    static func looksLikeOutlet(_ m: Mention) -> Bool {
        if m.kind == .organisation || hasMediaWord(m) { return true }
        return m.name.split(separator: " ").contains { part in
            part.unicodeScalars.count >= 2 && part.unicodeScalars.allSatisfy { !$0.properties.isLowercase } || isCamelCase(part)
        }
    }

    /// A brand's word run together ("SportsWire", "NewsDesk"): a capital inside the word after
    /// three or more lower-case letters, which no name's prefix ("McDonald", "MacLeod",
    /// "DeShawn") has.
    static func isCamelCase(_ word: Substring) -> Bool {
        var lower = 0
        for (k, c) in word.unicodeScalars.enumerated() {
            if c.properties.isUppercase {
                if k > 0 && lower >= 3 { return true }
                lower = 0
            } else if c.properties.isLowercase {
                lower += 1
            } else {
                lower = 0
            }
        }
        return false
    }

    /// A name with a word of the media in it ("Tarvik Review", "Parfum Weekly").
    static func hasMediaWord(_ m: Mention) -> Bool {
        m.tokens.contains { $0.split(separator: "-").contains { Lexicon.mediaSuffixes.contains(String($0)) } }
    }

    /// Conjunctions that open a clause whose subject follows: "after the Journal reported
    /// that ..." has the outlet as a subject, where "a student from X reported" does not.
    /// Only a name with an outlet's look: "since Acme revealed its watches" is no report.
    static let subordinators: Set<String> = ["after", "before", "since", "until", "once", "as", "when", "because", "while"]

    /// Participles between a statement and the outlet it went to ("a statement provided to X").
    static let givenTo: Set<String> = ["provided", "given", "sent", "emailed", "e-mailed", "released", "issued", "supplied"]

    /// Verbs of reporting that people use as much as outlets.
    static let personalVerbs: Set<String> = ["wrote", "writes", "claimed", "claims", "tweeted", "posted", "reporting"]

    /// Verbs of publishing that take the platform with "on" or "to" ("posted on X",
    /// "uploaded to X", "wrote on X"); with "in" or "at" only an outlet's name or a web
    /// address counts ("published in the Ledger", "published at example.com"), as those also
    /// take places.
    static let publishingVerbs: Set<String> = [
        "published", "posted", "uploaded", "written", "wrote", "appeared", "tweeted", "shared", "aired", "printed", "ran",
        "broadcast", "reposted",
    ]
    /// Nouns that describe a name as a website or outlet ("the website X", "the portal X",
    /// "X website").
    static let outletNouns: Set<String> = [
        "website", "site", "web-site", "portal", "blog", "newspaper", "paper", "daily", "tabloid", "broadcaster",
        "outlet", "agency", "magazine", "channel", "station", "programme", "program", "podcast", "newsletter",
        "publication", "journal", "newswire", "weekly", "fact-checker", "factchecker", "app", "bible",
        // A platform's account or page is a source as an outlet is ("the anonymous account @DockWatch",
        // "a Facebook page called Harbour Alerts", "the page Harbour Alerts").
        "account", "handle", "page", "profile", "forum",
    ]
    /// Whom an outlet addresses: "X told viewers", "X told its readers" make X a broadcaster
    /// or paper, and "told viewers at the close of Y" names the programme Y.
    static let audienceNouns: Set<String> = ["viewers", "listeners", "readers", "subscribers", "audience", "audiences"]
    /// Newsroom staff: "X's editor" speaks for an outlet's reporting ("the Ledger's editor said
    /// the paper stood by its story").
    static let newsroomNouns: Set<String> = [
        "editor", "editors", "editor-in-chief", "reporter", "correspondent", "correspondents", "columnist", "newsroom",
    ]
    /// Verbs of a post travelling on a platform ("viewed 3 million times on X", "spread across
    /// X"): the platform carried the claim, as "posted on X" says.
    static let circulationVerbs: Set<String> = [
        "viewed", "watched", "spread", "spreading", "circulated", "circulating", "shared", "reshared", "viral", "trending",
    ]
    /// Words of a count or manner between a verb of circulation and its platform ("viewed
    /// more than 3 million times on X", "shared widely on X").
    static let circulationFill: Set<String> = [
        "more", "than", "about", "around", "nearly", "almost", "some", "over", "million", "thousand", "billion", "times",
        "widely", "rapidly", "quickly", "fast", "online", "hundreds", "thousands", "millions", "of",
    ]
    /// Words that make "service" an outlet's ("the news service X", "the fact-checking service X").
    /// "the social network X" too.
    static let serviceKinds: Set<String> = ["news", "wire", "fact-checking", "factchecking", "fact-check", "verification", "social"]
    /// Verbs by which an outlet finds what it reports ("the newsletter spotted a passage",
    /// "X obtained the memo"); anyone may find things, so only a name written as an outlet's.
    static let findingVerbs: Set<String> = [
        "spotted", "obtained", "uncovered", "unearthed", "found", "rated", "debunked", "verified", "analysed", "analyzed",
        "traced", "identified", "exposed", "flagged", "showed", "shows", "established", "demonstrated",
        // A fact-checker's verdict: "the fact-checking site X ruled that the letter was false".
        "ruled", "rules", "concluded", "concludes",
    ]
    /// Verbs of a claim carried again ("repeated by X", "echoed by X"): by a name written as an
    /// outlet's, which ran it; people repeat things too.
    static let repeatingVerbs: Set<String> = ["repeated", "echoed", "amplified", "relayed"]
    /// Nouns that a word for news or fact-checking makes an outlet's ("the fact-checking
    /// organisation X", "the news service X").
    /// Words that make "title" a publication ("the trade title X", "a sister title"), not a
    /// championship or a book's name.
    static let titleKinds: Set<String> = ["trade", "sister", "rival", "industry", "consumer", "specialist", "business", "regional", "local"]
    static let serviceNouns: Set<String> = ["service", "organisation", "organization", "outfit", "network"]
    /// People of a fact-checking outlet ("fact-checkers at X").
    static let checkers: Set<String> = ["fact-checkers", "factcheckers", "fact-checker", "factchecker"]
    /// Endings of web addresses ("example.com", "example.co.uk").
    static let topLevelDomains: Set<String> = [
        "com", "net", "org", "info", "co", "uk", "cn", "au", "ca", "de", "fr", "in", "io", "us", "tv", "news", "ru", "it", "es",
    ]
    /// Nouns of a public body that keeps figures or records others report from ("the regional
    /// forecasting service", "the port authority", "the diocese"); not a company or a
    /// government, which are parties to what they say.
    static let publicBodies: Set<String> = [
        "authority", "agency", "office", "service", "ministry", "department", "council", "union", "society", "institute",
        "diocese", "regulator", "commission", "board", "police", "inspectorate", "directorate", "bureau", "observatory",
        "registry", "association", "federation", "watchdog", "network", "survey",
    ]
    /// Nouns of what such a body counts ("port authority figures", "figures from the agency").
    static let bodyData: Set<String> = ["figures", "data", "statistics", "estimates", "records", "numbers"]
    /// Words of a time between a verb and its agent or aside ("posted on Tuesday evening by X",
    /// "reported yesterday, citing ...").
    static let spanOfTime: Set<String> = [
        "on", "last", "this", "earlier", "early", "late", "week", "month", "year", "weekend", "days", "weeks", "hours", "ago",
        "morning", "afternoon", "evening", "night", "overnight", "yesterday", "today", "tonight",
        // "posted shortly after 2am by X"
        "shortly", "soon", "just", "after", "before", "around", "about", "midnight", "noon", "am", "pm",
    ]
    /// An outlet's short items ("a news alert", "a headline from X"): anyone's by their words
    /// ("a weather alert", "a headline act"), so an outlet's only by an outlet's name.
    static let outletItems: Set<String> = ["alert", "alerts", "newsflash", "headline", "headlines", "bulletin", "bulletins"]
    /// Adverbs that may stand between an outlet and its verb ("X then ran a story").
    static let verbAdverbs: Set<String> = ["then", "also", "first", "later", "originally", "initially", "now", "since"]
    /// Dashes that close a wire dateline ("OSLO (AP) —").
    static let datelineDashes: Set<String> = ["\u{2014}", "\u{2013}", "-", "--"]
    static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]

    /// Where the web address starting at word `i` ends ("Snopes.com", "example.co.uk"), if one
    /// does: a word, then dot-joined endings written with no space.
    static func addressEnd(_ w: [Word], _ i: Int) -> Int? {
        guard i < w.count, w[i].kind == .word else { return nil }
        var e = i + 1
        while e + 1 < w.count, w[e].lower == ".", w[e].start == w[e - 1].end, w[e + 1].start == w[e].end, w[e + 1].kind == .word,
            topLevelDomains.contains(w[e + 1].lower)
        {
            e += 2
        }
        return e > i + 1 ? e : nil
    }

    /// A name as a source: a mention that is no person, or a web address.
    struct Source {
        var mention: Int?
        var words: Range<Int>
        /// Named as a website or outlet: a web address, or with a noun that says so.
        var described: Bool
    }

    static func find(_ t: ArticleText, _ mentions: [Mention], _ at: [Int]) -> [CitedSource] {
        let w = t.words
        var out: [CitedSource] = []
        func source(at i: Int) -> Source? {
            var j = i
            // "a" only before what says the name is an outlet's ("a channel called X"), not "a
            // Pyongyang source", "a Banksy fan account".
            let indefinite = j < w.count && ["a", "an"].contains(w[j].lower)
            // "her newsletter, X": an owner's outlet, named only with its outlet noun, as "a" is.
            let owned = j < w.count && ["her", "his", "its", "their", "our"].contains(w[j].lower)
            if j < w.count && (w[j].lower == "the" || indefinite || owned) { j += 1 }
            // "radio station X", "the news site X": a lower-case word before the outlet noun.
            // "regional", "specialist": a tagged adjective is as good, not a function word.
            // "the technology news site X": two such words may stand before the noun.
            func modifier(_ k: Int) -> Bool {
                // "the Spanish radio station X": a people's adjective is capitalised.
                k < w.count && w[k].kind == .word && (!w[k].capitalised || Lexicon.demonyms.contains(w[k].lower)) && !outletNouns.contains(w[k].lower)
                    && w[k].tags.isDisjoint(with: [.function, .preposition, .determiner, .reporting, .reportNoun, .speechNoun])
            }
            for m in 1...2 where j + m + 1 < w.count && (j..<(j + m)).allSatisfy(modifier) {
                if (outletNouns.contains(w[j + m].lower) || isService(j + m)) && !w[j + m].capitalised {
                    j += m
                    break
                }
            }
            // "the local Valley Echo": a word of scope before a name that is an outlet's by its
            // media word.
            if j == i + 1 && w[i].lower == "the" && modifier(j) && j + 1 < w.count && at[j + 1] >= 0 && mentions[at[j + 1]].full.lowerBound == j + 1
                && hasMediaWord(mentions[at[j + 1]]) && mentions[at[j + 1]].kind != .person
            {
                j += 1
            }
            // "the website X", "the portal X", "a channel called X"
            var described = false
            if j + 1 < w.count && w[j].kind == .word && !w[j].capitalised && (outletNouns.contains(w[j].lower) || isService(j)) {
                j += 1
                described = true
                if j + 1 < w.count && w[j].lower == "of" { j += w[j + 1].lower == "the" ? 2 : 1 }
                // "an account on Chirper, @roe": the platform, then the account's handle.
                if w[j - 1].lower == "account", j + 2 < w.count, w[j].lower == "on", at[j + 1] >= 0 {
                    let past = mentions[at[j + 1]].words.upperBound
                    if past + 1 < w.count, w[past].lower == "," || ["called", "named"].contains(w[past].lower), at[past + 1] >= 0 {
                        j = w[past].lower == "," ? past + 1 : past
                    }
                }
                if j + 1 < w.count && ["called", "named"].contains(w[j].lower) { j += 1 }
                // "her newsletter, Loose Threads,": the outlet's name in apposition, closed by
                // punctuation ("on his website, Roe said" is a fronted phrase and its subject).
                else if j + 1 < w.count, w[j].lower == ",", at[j + 1] >= 0, mentions[at[j + 1]].full.lowerBound == j + 1,
                    mentions[at[j + 1]].kind != .person,
                    mentions[at[j + 1]].full.upperBound == w.count || w[mentions[at[j + 1]].full.upperBound].isPunct
                {
                    j += 1
                }
                // "the trade newsletter The Freight Record": the masthead's own "The".
                if j + 1 < w.count && w[j].lower == "the" && at[j + 1] >= 0 { j += 1 }
            }
            // "a TikTok account called X", "a Facebook page named X": the platform's name, then
            // the account noun, says what the name after it is.
            if (indefinite || owned) && !described, j < w.count, let platform = at[j] >= 0 ? at[j] : nil, mentions[platform].words.lowerBound == j,
                mentions[platform].kind != .person
            {
                let noun = mentions[platform].words.upperBound
                if noun + 2 < w.count, Lexicon.accountNouns.contains(w[noun].lower), ["called", "named"].contains(w[noun + 1].lower),
                    at[noun + 2] >= 0, mentions[at[noun + 2]].words.lowerBound == noun + 2
                {
                    return Source(mention: at[noun + 2], words: mentions[at[noun + 2]].words, described: true)
                }
                // "on his Above Varrow channel", "in her Tide Notes newsletter": the owner's outlet
                // by its name before the outlet noun.
                if owned, noun < w.count, w[noun].kind == .word, outletNouns.contains(w[noun].lower) {
                    return Source(mention: platform, words: mentions[platform].words, described: true)
                }
            }
            if (indefinite || owned) && !described { return nil }
            // "@roe": the handle is the name after its sign.
            if j + 1 < w.count && isHandleSign(j) { j += 1 }
            guard j < w.count else { return nil }
            if described, let name = describedName(j) { return Source(mention: nil, words: name, described: true) }
            guard w[j].quote == -1 else { return nil }
            // "730 KXRB", "92.5 KXRB": a station's frequency before its call letters; not a
            // year ("the 2014 RC asteroid").
            if j == i, w[j].kind == .number, Int(w[j].lower).map({ !(1800...2099).contains($0) }) ?? true, j + 1 < w.count, at[j + 1] >= 0,
                mentions[at[j + 1]].full.lowerBound == j + 1, looksLikeOutlet(mentions[at[j + 1]])
            {
                j += 1
            }
            let named = at[j] >= 0 && (mentions[at[j]].full.lowerBound == j || mentions[at[j]].words.lowerBound == j) ? at[j] : nil
            // A person's name is no source, but a handle an outlet noun introduces is an account
            // ("the account @roe"), whoever runs it.
            if let named, mentions[named].kind == .person, !(described || introducedByOutletNoun(j)) { return nil }
            let nameEnd = named.map { mentions[$0].words.upperBound } ?? j
            if let end = addressEnd(w, nameEnd > j ? nameEnd - 1 : j) {
                return Source(mention: named, words: j..<end, described: true)
            }
            guard let named else { return nil }
            let after = mentions[named].words.upperBound
            if after < w.count && w[after].kind == .word && outletNouns.contains(w[after].lower) {
                // "French Apple publication iGen": the name after the outlet noun is the outlet's,
                // the one before it says what the outlet covers or where it is.
                if after + 1 < w.count, at[after + 1] >= 0, mentions[at[after + 1]].words.lowerBound == after + 1,
                    mentions[at[after + 1]].kind != .person
                {
                    return Source(mention: at[after + 1], words: mentions[at[after + 1]].words, described: true)
                }
                // "the Chirper account @roe": the handle is the account, the platform carries it.
                if after + 2 < w.count, isHandleSign(after + 1), at[after + 2] >= 0, mentions[at[after + 2]].words.lowerBound == after + 2 {
                    return Source(mention: at[after + 2], words: mentions[at[after + 2]].words, described: true)
                }
                described = true
            }
            // "the page Motorists of Vestria": a name an outlet noun introduces runs on through
            // "of" and the capitalised name after it, as "Friends of the Earth" does.
            if (described || introducedByOutletNoun(j)) && after + 1 < w.count && w[after].lower == "of" && at[after + 1] >= 0,
                mentions[at[after + 1]].words.lowerBound == after + 1, mentions[at[after + 1]].kind != .person
            {
                return Source(mention: nil, words: j..<mentions[at[after + 1]].words.upperBound, described: true)
            }
            // "according to The Grocer's Ledger": a title written with its capital "The" inside a
            // sentence, whose possessive is followed by a word of the media, is one name, not
            // the Ledger of someone called Grocer.
            if after + 1 < w.count, w[after].kind == .possessive, at[after + 1] >= 0, mentions[at[after + 1]].words.lowerBound == after + 1,
                mentions[at[after + 1]].kind != .person, hasMediaWord(mentions[at[after + 1]]),
                j > 1, w[j - 1].lower == "the", w[j - 1].capitalised, w[j - 2].sentence == w[j - 1].sentence, w[j - 2].quote == -1
            {
                return Source(mention: nil, words: j..<mentions[at[after + 1]].words.upperBound, described: true)
            }
            return Source(mention: named, words: mentions[named].words, described: described)
        }
        /// Past an aside that says a name is an outlet (", a supply-chain newsletter,", ", on a
        /// messaging app,"), up to twelve words (", a subscription newsletter widely read by
        /// brokers and charterers,"): where the name's verb is.
        func outletAside(after k: Int) -> Int? {
            guard k < w.count, w[k].lower == "," else { return nil }
            var e = k + 1
            while e < w.count && e < k + 13 && w[e].kind == .word && w[e].sentence == w[k].sentence { e += 1 }
            guard e < w.count, e > k + 2, w[e].lower == ",", ["a", "an", "the", "on", "via"].contains(w[k + 1].lower),
                ((k + 2)..<e).contains(where: { outletNouns.contains(w[$0].lower) || isService($0) })
            else { return nil }
            return e + 1
        }
        /// Past "the volunteer auditors at" (up to three lower-case words, the last a plural,
        /// then "at" or "from"): where the body they work for is named.
        func staffAt(after k: Int) -> Int? {
            var e = k < w.count && w[k].lower == "the" ? k + 1 : k
            let first = e
            while e < w.count, e < first + 3, w[e].kind == .word, !w[e].capitalised,
                w[e].tags.isDisjoint(with: [.function, .preposition, .determiner, .reporting])
            {
                e += 1
            }
            guard e > first, e + 1 < w.count, ["at", "from"].contains(w[e].lower), w[e - 1].lower.hasSuffix("s") else { return nil }
            return e + 1
        }
        /// The name after a lower-case noun phrase in apposition to it ("the analytics firm X",
        /// "retail data firm X"), from word `k`: a mention that is no person's, after up to four
        /// nouns or adjectives.
        func describedBody(after k: Int) -> Int? {
            var e = k < w.count && w[k].lower == "the" ? k + 1 : k
            let first = e
            while e < w.count, e < first + 4, w[e].kind == .word, !w[e].capitalised, at[e] < 0,
                w[e].tags.isDisjoint(with: [.function, .preposition, .determiner, .reporting])
            {
                e += 1
            }
            guard e > first, e < w.count, at[e] >= 0, mentions[at[e]].words.lowerBound == e, mentions[at[e]].kind != .person,
                w[e].sentence == w[k].sentence
            else { return nil }
            return at[e]
        }
        /// A public body named by a lower-case noun phrase from word `k`, after "according to":
        /// "the regional forecasting service", "port authority figures", "figures from the park
        /// authority", "the agency's latest published figures". The words that name the body
        /// and the index of its noun.
        func bodyPhrase(at k: Int) -> (words: Range<Int>, noun: Int)? {
            var j = k
            func plain(_ e: Int) -> Bool {
                e < w.count && w[e].kind == .word && !w[e].capitalised && at[e] < 0 && w[e].quote < 0 && w[e].sentence == w[k].sentence
                    && w[e].tags.isDisjoint(with: [.function, .preposition, .determiner, .reporting])
            }
            // "figures from the park authority", "data published by the statistics office"
            if plain(j) && bodyData.contains(w[j].lower) {
                var f = j + 1
                if f < w.count && ["published", "released", "compiled", "issued"].contains(w[f].lower) { f += 1 }
                guard f < w.count, ["from", "by"].contains(w[f].lower) else { return nil }
                j = f + 1
            }
            if j < w.count && ["the", "a", "an"].contains(w[j].lower) { j += 1 }
            let first = j
            var e = j
            while e < first + 4 && plain(e) { e += 1 }
            guard e > first else { return nil }
            var noun = e - 1
            // "port authority figures": the body before what it counts.
            if noun > first && bodyData.contains(w[noun].lower) { noun -= 1 }
            guard publicBodies.contains(w[noun].lower) else { return nil }
            // "the agency's latest published figures": the body owns the figures.
            if noun == e - 1, e < w.count, w[e].kind == .possessive {
                var d = e + 1
                while d < e + 4 && plain(d) && !bodyData.contains(w[d].lower) { d += 1 }
                guard plain(d) && bodyData.contains(w[d].lower) else { return nil }
            } else if noun == e - 1, e < w.count, w[e].kind == .word, w[e].sentence == w[k].sentence,
                w[e].tags.isDisjoint(with: [.function, .preposition, .determiner])
            {
                // "the agency Acme" (a name, which `describedBody` reads), "a council report"
                // (a paper, which `DocumentSources` reads): the noun phrase goes on.
                return nil
            }
            // "the union": a lone noun is read with its article.
            return ((noun == first && first > k ? first - 1 : first)..<(noun + 1), noun)
        }
        /// The one organisation this article names with the noun a body phrase ends on ("the
        /// society" for the "Corran Sheep Society" named before it), if there is exactly one.
        func namedBody(_ noun: Int) -> Int? {
            let key = w[noun].lower
            // A name with a word of the media is an outlet's ("Allied News Agency"), which the
            // outlet rules read.
            let named = mentions.indices.filter { mentions[$0].kind != .person && mentions[$0].tokens.contains(key) && !hasMediaWord(mentions[$0]) }
            guard let one = named.first, Set(named.map { mentions[$0].name }).count == 1 else { return nil }
            return one
        }
        /// The "@" of a handle, written against its name.
        func isHandleSign(_ k: Int) -> Bool {
            w[k].lower == "@" && k + 1 < w.count && w[k + 1].start == w[k].end
        }
        /// Whether an outlet noun stands before the name at `k` ("the site X", "the account @roe").
        func introducedByOutletNoun(_ k: Int) -> Bool {
            let before = k > 0 && isHandleSign(k - 1) ? k - 2 : k - 1
            return before >= 0 && outletNouns.contains(w[before].lower)
        }
        /// "service" after a word that makes it a news outlet's.
        func isService(_ k: Int) -> Bool {
            guard k > 0 else { return false }
            // "the trade title X", "its sister title X": the trade's word for a publication.
            return serviceNouns.contains(w[k].lower) && serviceKinds.contains(w[k - 1].lower)
                || w[k].lower == "title" && titleKinds.contains(w[k - 1].lower)
        }
        /// The name after an outlet noun that is no mention: a short capitalised title in
        /// quotation marks ("the daily “Vecernji glas”"), or one lower-case word no lexicon
        /// knows, set off by punctuation ("the portal newsbeat,").
        func describedName(_ j: Int) -> Range<Int>? {
            if w[j].quote != -1 {
                var e = j
                while e < w.count && w[e].quote == w[j].quote { e += 1 }
                let first = w[j]
                guard first.capitalised, e - j <= 5, j == 0 || w[j - 1].quote != w[j].quote else { return nil }
                return j..<e
            }
            let x = w[j]
            guard at[j] < 0, x.kind == .word, !x.capitalised, x.tags.isEmpty, x.lower.count >= 4,
                j + 1 < w.count, w[j + 1].isPunct, w[j + 1].sentence == x.sentence, addressEnd(w, j) == nil
            else { return nil }
            return j..<(j + 1)
        }
        /// The capitalised words after "Via" on a credit line, up to a colon or the line's end.
        func creditName(_ j: Int) -> Range<Int>? {
            var e = j
            while e < w.count && e < j + 4 && w[e].paragraph == w[j].paragraph && w[e].kind == .word && w[e].capitalised { e += 1 }
            guard e > j, e == w.count || w[e].paragraph != w[j].paragraph || w[e].lower == ":" else { return nil }
            return j..<e
        }
        /// A name whose wording makes it an outlet, not any organisation that speaks.
        func isOutlet(_ s: Source) -> Bool {
            if s.described { return true }
            guard let m = s.mention else { return false }
            if hasMediaWord(mentions[m]) || (looksLikeOutlet(mentions[m]) && mentions[m].kind != .organisation) { return true }
            let first = mentions[m].words.lowerBound
            // "the social media analytics site Topsy", "a channel called X", "the account @roe"
            if introducedByOutletNoun(first) || (first > 0 && isService(first - 1)) { return true }
            return introducedAsOutlet(w, mentions[m]) || mentions[m].name.split(separator: " ").contains { part in
                part.unicodeScalars.count >= 2 && part.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
            }
        }
        func add(_ s: Source, _ strength: CitedSource.Strength) {
            var s = s
            // "the trade newsletter X reported", "by X, a rail newsletter, which ...": the noun
            // before the name, or an aside after it, says the name is an outlet's, though the
            // story's people may take the name for a person's elsewhere ("Jo Roe, who edits X").
            if !s.described, let m = s.mention,
                introducedByOutletNoun(mentions[m].words.lowerBound) || introducedByOutletNoun(mentions[m].full.lowerBound)
                    || outletAside(after: s.words.upperBound) != nil
            {
                s.described = true
            }
            let span = w[s.words.lowerBound].start..<w[s.words.upperBound - 1].end
            let name = s.mention != nil && s.words == mentions[s.mention!].words ? mentions[s.mention!].name : t.text(span)
            out.append(CitedSource(mention: s.mention, name: name, span: span, strength: strength, described: s.described))
            // "reporting by X and Y", "X and Y reported", "reported by X and by Y", "reported by X,
            // and later by Y"
            var next = s.words.upperBound
            if next + 1 < w.count && w[next].lower == "," && w[next + 1].lower == "and" { next += 1 }
            var second = next + 1
            while second < w.count && second < next + 3 && verbAdverbs.contains(w[second].lower) { second += 1 }
            let agent = second + 1 < w.count && w[second].lower == "by"
            if agent { second += 1 } else { second = next + 1 }
            if next < w.count && w[next].lower == "and" && (agent || w[next - 1].lower != ","), let other = source(at: second),
                other.mention == nil || other.mention != s.mention
            {
                let o = other.words
                let span = w[o.lowerBound].start..<w[o.upperBound - 1].end
                let name = other.mention != nil && o == mentions[other.mention!].words ? mentions[other.mention!].name : t.text(span)
                out.append(CitedSource(mention: other.mention, name: name, span: span, strength: strength, described: other.described))
            }
        }
        /// "OSLO (AP) —", "LONDON, Ont. (Reuters) -": the agency credited in a dateline, the
        /// parenthesised name after a place in capitals that opens a paragraph, before a dash.
        func datelineCredit(_ open: Int) -> Range<Int>? {
            let p = w[open].paragraph
            var first = open
            while first > 0 && w[first - 1].paragraph == p { first -= 1 }
            var close = open + 1
            while close < w.count && close < open + 4 && w[close].kind == .word && w[close].capitalised { close += 1 }
            guard close > open + 1, close + 1 < w.count, w[close].lower == ")", datelineDashes.contains(w[close + 1].lower),
                open > first, open - first <= 6
            else { return nil }
            // The place is shouted, its first word in capitals ("NEW YORK", "ST. PAUL, Minn."), as wire copy writes it.
            let place = (first..<open).filter { w[$0].kind == .word }
            guard let head = place.first, w[head].lower.count >= 2,
                !t.text(w[head].start..<w[head].end).unicodeScalars.contains(where: { $0.properties.isLowercase })
            else { return nil }
            return (open + 1)..<close
        }
        /// Past ", which ... ," or ", who ... ," after a subject, when the clause says no more
        /// than what the subject is (a clause that reports is read as the subject's verb).
        func relativeClause(after k: Int) -> Int? {
            guard k + 2 < w.count, w[k].lower == ",", ["which", "who"].contains(w[k + 1].lower) else { return nil }
            var v = k + 2
            while v + 1 < w.count && verbAdverbs.contains(w[v].lower) { v += 1 }
            if strongVerbs.contains(w[v].lower) || weakVerbs.contains(w[v].lower) { return nil }
            var e = k + 2
            while e < w.count && e < k + 16 && w[e].sentence == w[k].sentence && (w[e].lower != "," || groupsDigits(e)) && w[e].quote == -1 { e += 1 }
            guard e + 1 < w.count, w[e].lower == ",", w[e + 1].sentence == w[k].sentence else { return nil }
            return e + 1
        }
        /// ", citing ..." or ", quoting ..." after the verb at `v`, past a time ("reported on
        /// Sunday, citing", "claimed yesterday, quoting").
        func citingAside(after v: Int) -> Bool {
            var k = v + 1
            while k < w.count && k < v + 5 && w[k].sentence == w[v].sentence && (isDateWord(w[k]) || spanOfTime.contains(w[k].lower)) { k += 1 }
            if k < w.count && w[k].lower == "," { k += 1 }
            return k < w.count && w[k].sentence == w[v].sentence && ["citing", "quoting"].contains(w[k].lower)
        }
        /// A comma inside a number ("210,000 followers"), which ends no clause.
        func groupsDigits(_ e: Int) -> Bool {
            e > 0 && e + 1 < w.count && w[e - 1].kind == .number && w[e + 1].kind == .number && w[e].start == w[e - 1].end
                && w[e + 1].start == w[e].end
        }
        /// "this report", "the story": the piece an agency's credit line is about.
        func creditedPiece(_ j: Int) -> Bool {
            ["this", "the"].contains(w[j].lower) && j + 1 < w.count && ownedNouns.contains(w[j + 1].lower)
        }
        func sentenceStart(_ i: Int) -> Int {
            var k = i
            while k > 0 && w[k - 1].sentence == w[i].sentence { k -= 1 }
            return k
        }
        func isDateWord(_ x: Word) -> Bool {
            x.kind == .number || x.lower == "." || months.contains(x.lower) || Lexicon.weekdays.contains(x.lower)
        }
        /// The "by" of a passive's agent, after a time put between them ("reported on Monday
        /// by", "revealed last week by").
        func agentBy(after v: Int) -> Int? {
            var k = v + 1
            // "published four days earlier by X": a span of time counts as a date does.
            // "first reported in February by X": "in" before a month or a year is a time too.
            while k < w.count && k < v + 5 && w[k].sentence == w[v].sentence
                && (isDateWord(w[k]) || MentionFinder.numberWords.contains(w[k].lower)
                    || spanOfTime.contains(w[k].lower) || w[k].lower == "in" && k + 1 < w.count && isDateWord(w[k + 1]))
            {
                k += 1
            }
            return k < w.count && w[k].lower == "by" ? k : nil
        }
        /// "'s business programme", "'s morning show": the possessive of a name, then a
        /// programme of it, up to two words of what it covers between.
        func onProgramme(after k: Int) -> Bool {
            guard k < w.count, w[k].kind == .possessive else { return false }
            return ((k + 1)..<min(w.count, k + 4)).contains { e in
                ["programme", "program", "show", "podcast", "bulletin"].contains(w[e].lower)
                    && ((k + 1)..<e).allSatisfy { w[$0].kind == .word && !w[$0].capitalised && !w[$0].tags.contains(.function) }
            }
        }
        /// "websites", "outlets", "newspapers": the plural of an outlet noun.
        func isOutletPlural(_ k: Int) -> Bool {
            let x = w[k].lower
            return x.count > 3 && x.hasSuffix("s") && (outletNouns.contains(String(x.dropLast())) || x == "outlets")
        }
        /// What an outlet does with a story besides reporting it, at the verb `v`: it goes
        /// further ("X went further, claiming ..."), puts a figure at a number ("X later put the
        /// total at 14"), picks the story up, follows it up or gets its hands on a paper.
        func carriesStory(_ v: Int) -> Bool {
            guard v + 1 < w.count, w[v + 1].sentence == w[v].sentence else { return false }
            let verb = w[v].lower, next = w[v + 1].lower
            if ["went", "goes", "go", "gone"].contains(verb) { return ["further", "farther"].contains(next) }
            // "X was among the sites that picked it up"
            if ["picked", "picks", "pick"].contains(verb) || ["followed", "follows"].contains(verb) {
                // "picked up the story", "picked it up", "followed up"
                return next == "up" || v + 2 < w.count && ["it", "this", "that"].contains(next) && w[v + 2].lower == "up"
            }
            if ["got", "gets", "get"].contains(verb) { return v + 2 < w.count && ["its", "their"].contains(next) && w[v + 2].lower == "hands" }
            guard ["put", "puts"].contains(verb), ["the", "its", "their"].contains(next) else { return false }
            // "put the number of families at 14", "put the figure at £2.5m"
            var e = v + 2
            while e < w.count && e < v + 8 && w[e].sentence == w[v].sentence && w[e].kind == .word && w[e].lower != "at" { e += 1 }
            // "put the figure at about 1,200": a word of approximation before the number.
            var n = e + 1
            if n + 1 < w.count && ["about", "around", "roughly", "nearly", "almost", "some", "over", "under", "up"].contains(w[n].lower) { n += 1 }
            if n + 1 < w.count && w[n].lower == "to" { n += 1 }
            return n < w.count && w[e].lower == "at" && w[n].sentence == w[v].sentence
                && (w[n].kind == .number || w[n].kind == .punct && n + 1 < w.count && w[n + 1].kind == .number)
        }
        var i = 0
        while i < w.count {
            let x = w[i]
            // "Via Chirpnet: @roe", a credit on a line of its own, which reads as a heading.
            if x.lower == "via", t.headings[x.paragraph], i == 0 || w[i - 1].paragraph != x.paragraph, let name = creditName(i + 1) {
                add(Source(mention: nil, words: name, described: true), .strong)
                i = name.upperBound
                continue
            }
            guard x.quote == -1, !t.headings[x.paragraph] else {
                i += 1
                continue
            }
            if x.lower == "(", let credit = datelineCredit(i) {
                add(Source(mention: nil, words: credit, described: true), .strong)
                i = credit.upperBound
                continue
            }
            let afterClause = i > 0 && (w[i - 1].lower == "," || w[i - 1].quote != -1)
            // "was reporting from X" is a place, not a piece of reporting.
            let progressive = i > 0 && ["is", "was", "were", "are", "been", "be"].contains(w[i - 1].lower)
            if (x.tags.contains(.reportNoun) || outletItems.contains(x.lower)) && at[i] < 0 && !progressive {
                var k = i + 1
                while k < w.count && k < i + 8 && w[k].kind == .word && bridge.contains(w[k].lower) { k += 1 }
                // "a report published four days earlier by X"
                if k > i + 1, let by = agentBy(after: k - 1) { k = by }
                // "The report, from the X news agency, said"
                if k + 1 < w.count && w[k].lower == "," && ["from", "by"].contains(w[k + 1].lower) { k += 1 }
                // "wrote an article for X": the outlet a piece was written for.
                let writtenFor = (max(0, i - 3)..<i).contains { ["wrote", "written", "writes", "writing", "write"].contains(w[$0].lower) }
                let people = ["reporters", "journalists", "sources"].contains(x.lower)
                if k < w.count, let s = source(at: k + 1) {
                    switch w[k].lower {
                    case "by", "from", "in", "on", "of":
                        if x.tags.contains(.reportNoun) || isOutlet(s) { add(s, .strong) }
                    case "at" where people && isOutlet(s), "for" where writtenFor:
                        // "reporters at the Post" is an outlet; "a programme at the Institute" is not.
                        add(s, .strong)
                    default:
                        break
                    }
                }
            } else if x.lower == "including", (max(0, i - 4)..<i).contains(where: { isOutletPlural($0) && w[$0].sentence == x.sentence }),
                let s = source(at: i + 1), s.mention.map({ mentions[$0].kind != .person }) ?? true
            {
                // "repeated by several websites, including X": one of the outlets just named.
                add(s, .strong)
            } else if x.lower == "picked", i + 1 < w.count, w[i + 1].lower == "up", let by = agentBy(after: i + 1), let s = source(at: by + 1), isOutlet(s) {
                // "later picked up by the X news agency": an outlet that carried the story on.
                add(s, .strong)
            } else if x.lower == "quoted", let by = agentBy(after: i), let s = source(at: by + 1),
                isOutlet(s) || w[by + 1].lower == "the" && s.mention.map({ mentions[$0].kind != .person && !mentions[$0].titled }) == true
            {
                // "a statement quoted by the Border Gazette", "said the stud's director, quoted by the
                // agency ANS": the newsroom that carried the words, as "first reported by" is; a
                // person may quote a passage too, so only a name with the look of an outlet, or
                // one the article writes with "the" that is no person's.
                add(s, .strong)
            } else if x.tags.contains(.passive) && !publishingVerbs.contains(x.lower), let by = agentBy(after: i) {
                // "first reported by X", "as revealed by X", "first reported on Monday by X"
                if let s = source(at: by + 1) { add(s, .strong) }
            } else if findingVerbs.contains(x.lower) || repeatingVerbs.contains(x.lower) || x.lower == "shown", let by = agentBy(after: i),
                let s = source(at: by + 1), isOutlet(s)
            {
                // "repeated by Coastline FM the next day": an outlet that ran the claim again.
                // "shown by the fact-checking site X to be old": found out by an outlet.
                add(s, .strong)
            } else if circulationVerbs.contains(x.lower) && !publishingVerbs.contains(x.lower) {
                // "viewed 4 million times on X", "spread across X": the platform that carried the post;
                // a name without an outlet's look only where the story cites it elsewhere ("spread
                // across Europe" is a place).
                var k = i + 1
                while k < w.count && k < i + 7 && w[k].sentence == x.sentence
                    && (w[k].kind == .number || circulationFill.contains(w[k].lower) || MentionFinder.numberWords.contains(w[k].lower)
                        || ([".", ","].contains(w[k].lower) && w[k - 1].kind == .number))
                {
                    k += 1
                }
                if k < w.count, ["on", "across", "through", "via"].contains(w[k].lower), let s = source(at: k + 1),
                    !(k + 1 < w.count && isDateWord(w[k + 1]))
                {
                    add(s, isOutlet(s) ? .strong : .tentative)
                }
            } else if audienceNouns.contains(x.lower), i > 0, (max(0, i - 2)..<i).contains(where: { w[$0].isReportingVerb || w[$0].lower == "told" }) {
                // "told viewers at the close of Y", "told listeners on Y": the programme it was said on.
                var k = i + 1
                while k < w.count && k < i + 7 && w[k].sentence == x.sentence && !["on", "of", "during"].contains(w[k].lower) { k += 1 }
                var start = k + 1
                // "the close of Thursday's Y": the day the programme went out.
                if start + 1 < w.count && Lexicon.weekdays.contains(w[start].lower) && w[start + 1].kind == .possessive { start += 2 }
                if k < w.count && w[k].sentence == x.sentence, start < w.count, !isDateWord(w[start]), let s = source(at: start), s.mention != nil {
                    add(s, .strong)
                }
            } else if publishingVerbs.contains(x.lower) || x.lower == "via" {
                // "published on X", "uploaded to X", "originally posted at example.com", "Via X:";
                // "via" only as a credit, after a pause, not "travelled via Paris".
                var k = i + 1
                while k < w.count && k < i + 3 && ["originally", "first", "also", "initially", "online", "widely"].contains(w[k].lower) { k += 1 }
                if x.lower == "via" {
                    if (i == 0 || w[i - 1].sentence != x.sentence || w[i - 1].kind == .punct), let s = source(at: i + 1) { add(s, .strong) }
                } else if let by = k < w.count && w[k].lower == "by" ? k : agentBy(after: k - 1) {
                    if let s = source(at: by + 1) { add(s, .strong) }
                } else if k < w.count, ["on", "to", "in", "at"].contains(w[k].lower), let s = source(at: k + 1),
                    ["on", "to"].contains(w[k].lower) || isOutlet(s)
                {
                    add(s, .strong)
                }
            } else if checkers.contains(x.lower), i + 1 < w.count, w[i + 1].lower == "at", let s = source(at: i + 2) {
                // "fact-checkers at X rated the claim false": checkers work for a fact-checking outlet.
                add(s, .strong)
            } else if x.lower == "according", i + 1 < w.count, w[i + 1].lower == "to" {
                if let s = source(at: i + 2) {
                    add(s, .weak)
                } else if let named = describedBody(after: i + 2) {
                    // "according to the analytics firm Appmetric", "according to market researcher
                    // X": a body named after the common noun that says what it is.
                    add(Source(mention: named, words: mentions[named].words, described: false), .weak)
                } else if let at = staffAt(after: i + 2), let s = source(at: at), let m = s.mention, mentions[m].kind != .person,
                    !(s.words.upperBound < w.count && w[s.words.upperBound].kind == .possessive)
                {
                    // "according to the volunteer auditors at X": people cited by the body they
                    // work in; not "friends at X's farm".
                    add(s, .weak)
                } else if let phrase = bodyPhrase(at: i + 2) {
                    // "according to the regional forecasting service": a body that keeps the
                    // figures the article rests on, under the name the article gives it, if any.
                    let span = w[phrase.words.lowerBound].start..<w[phrase.words.upperBound - 1].end
                    let named = namedBody(phrase.noun)
                    out.append(CitedSource(mention: named, name: named.map { mentions[$0].name } ?? t.text(span), span: span, strength: .weak, body: true))
                }
            } else if x.lower == "per", afterClause, let s = source(at: i + 1), isOutlet(s) {
                // "Shares rose 7%, per the Tidewire newswire": "according to" in newsroom
                // shorthand, after a comma (not "per cent", "per share"), of an outlet only.
                add(s, .weak)
            } else if x.lower == "over", i + 1 < w.count, w[i + 1].lower == "at", let s = source(at: i + 2) {
                // "a writer over at X": said of the outlet someone works for or posts on.
                add(s, isOutlet(s) ? .strong : .weak)
            } else if x.lower == "with", i > 0, ["interview", "interviews"].contains(w[i - 1].lower), let s = source(at: i + 1),
                s.mention.map({ looksLikeOutlet(mentions[$0]) }) ?? true
            {
                // "an interview with KXYZ": a broadcaster or paper; with a person it is no source.
                add(s, .strong)
            } else if x.lower == "on", let s = source(at: i + 1), let m = s.mention, mentions[m].kind != .person, onProgramme(after: s.words.upperBound) {
                // "went further on Kestrel FM's business programme": a broadcaster's show the
                // words were said on.
                add(s, .strong)
            } else if ["on", "in"].contains(x.lower), let s = source(at: i + 1), s.described, s.mention != nil,
                (sentenceStart(i)..<i).contains(where: { w[$0].isReportingVerb || w[$0].tags.contains(.speechNoun) })
            {
                // "Roe made the claim on radio station KXRB", "in her newsletter, X": said on the
                // air or in the pages of an outlet.
                add(s, .strong)
            } else if x.lower == "to", let verb = saidTo(w, i), !AttributionReader.speakingTo.contains(w[verb].lower),
                let s = source(at: i + 1), let m = s.mention, looksLikeOutlet(mentions[m])
            {
                // "“...,” Roe acknowledged to KXYZ": any verb of saying, with an outlet's look.
                add(s, .strong)
            } else if x.lower == "told" || x.lower == "tells" || x.lower == "telling" || x.lower == "citing" || x.lower == "cited"
                || (x.lower == "to" && i > 0 && (w[i - 1].tags.contains(.speechNoun) || AttributionReader.speakingTo.contains(w[i - 1].lower)))
                || (x.lower == "to" && i > 1 && givenTo.contains(w[i - 1].lower) && w[i - 2].tags.contains(.speechNoun))
            {
                // Told to a name: an outlet if it looks like one; a bare single name may be a
                // wire service or a person, which the story decides.
                if let s = source(at: i + 1) {
                    if s.described || s.mention.map({ looksLikeOutlet(mentions[$0]) }) ?? true {
                        add(s, .strong)
                    } else if mentions[s.mention!].tokens.count == 1 {
                        add(s, .weak)
                    } else if s.words.lowerBound > 0, w[s.words.lowerBound - 1].lower == "the", !w[s.words.lowerBound - 1].capitalised {
                        // "told the Corran Lark": no one writes "the" before a person's name, so a
                        // name of two words after it is a paper's or a station's.
                        add(s, .strong)
                    } else {
                        // "told Radyo Lunas": a name of two words or more may be a person's; an
                        // outlet only where the story cites it elsewhere.
                        add(s, .tentative)
                    }
                }
            } else if afterClause && (strongVerbs.contains(x.lower) || weakVerbs.contains(x.lower) || x.isReportingVerb) {
                // "…, reported the Ledger", "“…,” says the Ledger": the outlet after its verb; a
                // verb of saying only with an outlet's name, as anyone says things.
                if let s = source(at: i + 1), strongVerbs.contains(x.lower) || weakVerbs.contains(x.lower) || isOutlet(s) {
                    add(s, .strong)
                }
            } else if at[i] >= 0 && mentions[at[i]].words.upperBound == i + 1
                && (mentions[at[i]].kind != .person || introducedByOutletNoun(mentions[at[i]].full.lowerBound)),
                var s = source(at: mentions[at[i]].words.lowerBound)
            {
                // The outlet as a subject ("X reported", "X's Oct. 2 story", "X (XYZ)
                // disclosed"); not a name after a preposition ("a student from X reported").
                var before = mentions[at[i]].full.lowerBound - 1
                if before >= 0 && w[before].lower == "the" { before -= 1 }
                let inName = before > 0 && w[before - 1].capitalised && at[before - 1] >= 0
                // "after Acme reported ...": an outlet only if the story cites it elsewhere.
                var strength = CitedSource.Strength.strong
                if before >= 0 && w[before].tags.contains(.preposition) && w[before].sentence == x.sentence && !inName
                    && !(subordinators.contains(w[before].lower) && isOutlet(s))
                {
                    guard subordinators.contains(w[before].lower) else {
                        i += 1
                        continue
                    }
                    strength = .tentative
                }
                var k = s.words.upperBound
                // "X, a supply-chain newsletter, spotted ...": an aside saying what X is.
                if let past = outletAside(after: k) {
                    s.described = true
                    k = past
                }
                if k < w.count && w[k].lower == "(" {
                    var close = k + 1
                    while close < w.count && close < k + 6 && w[close].lower != ")" { close += 1 }
                    if close < w.count && w[close].lower == ")" { k = close + 1 }
                }
                if k < w.count && (w[k].kind == .possessive || w[k].lower == "'") {
                    k += 1
                    while k < w.count && k < s.words.upperBound + 6 && (isDateWord(w[k]) || bridge.contains(w[k].lower)) { k += 1 }
                    // "the Beacon’s Backstage column": the name of one of the outlet's columns
                    // or programmes before the noun.
                    // A run that is itself an outlet's name ("Australia's News Network reports") is
                    // the source, not a column of the name before it.
                    var named = k
                    while named < w.count && named < k + 3 && w[named].kind == .word && w[named].capitalised { named += 1 }
                    if named > k && named < w.count && columnNouns.contains(w[named].lower)
                        && !(k..<named).contains(where: { Lexicon.mediaSuffixes.contains(w[$0].lower) })
                    {
                        k = named
                    }
                } else if k + 1 < w.count && months.contains(w[k].lower) {
                    // "Wirepoint Oct. 3 story"
                    var d = k
                    while d < w.count && d < k + 4 && isDateWord(w[d]) { d += 1 }
                    if d < w.count && ownedNouns.contains(w[d].lower) { k = d }
                }
                // "X news agency also picked up": a word of news before the outlet noun.
                if k + 1 < w.count && serviceKinds.contains(w[k].lower) && outletNouns.contains(w[k + 1].lower) { k += 1 }
                if k < w.count && w[k].kind == .word && outletNouns.contains(w[k].lower) { k += 1 }
                // "X, which covers the security trade, reported ...": past a relative clause that does
                // not itself report, to X's own verb.
                if let past = relativeClause(after: k) { k = past }
                let source = s
                func credit(_ wording: CitedSource.Strength) { add(source, strength == .tentative ? .tentative : wording) }
                // "X, citing people at the network, reported": the aside itself cites.
                if k + 1 < w.count && w[k].lower == "," && w[k + 1].lower == "citing" {
                    credit(.strong)
                } else if k + 2 < w.count && w[k].lower == "," && w[k + 1].lower == "which" {
                    // "X, which first reported the plan, stood by its story": the clause says X reports.
                    var v = k + 2
                    while v + 1 < w.count && verbAdverbs.contains(w[v].lower) { v += 1 }
                    if strongVerbs.contains(w[v].lower) || weakVerbs.contains(w[v].lower) { credit(.strong) }
                } else if k + 2 < w.count && w[k].lower == "contributed" && w[k + 1].lower == "to" && creditedPiece(k + 2) {
                    // "The Wire Agency contributed to this report."
                    credit(.strong)
                } else if k < w.count && w[k].kind == .word {
                    // "X then ran a story": an adverb between the outlet and its verb.
                    if k + 1 < w.count && verbAdverbs.contains(w[k].lower) { k += 1 }
                    let next = w[k].lower
                    // "the Ledger's editor", not "a Ledger reporter" (a writer's credit line).
                    let possessed = s.words.upperBound < w.count && (w[s.words.upperBound].kind == .possessive || w[s.words.upperBound].lower == "'")
                    var v = Lexicon.auxiliaries.contains(next) && k + 1 < w.count ? k + 1 : k
                    // "X has since rated", "X had also reported": an adverb after the auxiliary, for a
                    // name written as an outlet's ("Roe has also claimed" is a person's word).
                    if v > k && v + 1 < w.count && verbAdverbs.contains(w[v].lower) && isOutlet(s) { v += 1 }
                    let verb = w[v]
                    // "X also has a writeup on it", "X ran a story", "X has the backstory": "has"
                    // is the verb here, not an auxiliary.
                    func carriesPiece(_ c: Int) -> Bool {
                        guard ["has", "had", "have", "ran", "runs", "run"].contains(w[c].lower) else { return false }
                        var owned = c + 1
                        if owned < w.count && ["a", "an", "the"].contains(w[owned].lower) { owned += 1 }
                        return owned < w.count && ownedNouns.contains(w[owned].lower)
                    }
                    let hasPiece = carriesPiece(k) || carriesPiece(v)
                    var addressed = v + 1
                    if addressed < w.count && ["its", "their"].contains(w[addressed].lower) { addressed += 1 }
                    // "X told viewers": a broadcaster, or an anchor speaking for one; a name without an
                    // outlet's look only where the story cites it elsewhere.
                    let toAudience = (verb.isReportingVerb || verb.lower == "told") && addressed < w.count && audienceNouns.contains(w[addressed].lower)
                    if ownedNouns.contains(next) || strongVerbs.contains(verb.lower) || hasPiece
                        || (newsroomNouns.contains(next) && possessed && isOutlet(s))
                    {
                        credit(.strong)
                    } else if toAudience {
                        credit(isOutlet(s) ? .strong : .tentative)
                    } else if weakVerbs.contains(verb.lower) && citingAside(after: v) {
                        // "X reported on Sunday, citing a source at the ministry": reporting that
                        // credits its own sources is a news outlet's, whatever its name looks like.
                        credit(.strong)
                    } else if outletItems.contains(next) && isOutlet(s) {
                        // "a Wire News alert": one of an outlet's items, by an outlet's name.
                        credit(.strong)
                    } else if weakVerbs.contains(verb.lower) && !reportsResults(w, after: v) {
                        // "Jo Roe wrote": two or more words without "the" or an outlet's look
                        // name a person when the verb is one people use, unless the story cites
                        // the name elsewhere ("Tellus Sport is reporting").
                        let bare = s.mention.map { mentions[$0].tokens.count >= 2 && !(mentions[$0].full.lowerBound > 0 && w[mentions[$0].full.lowerBound - 1].lower == "the") } ?? false
                        if bare && personalVerbs.contains(verb.lower) && !isOutlet(s) {
                            credit(.tentative)
                            i += 1
                            continue
                        }
                        // "the site example.com published": a name written as an outlet's is one.
                        credit(isOutlet(s) ? .strong : .weak)
                    } else if verb.isReportingVerb && isOutlet(s) {
                        // "the Ledger says", "CCTV points out"
                        credit(.weak)
                    } else if findingVerbs.contains(verb.lower) && isOutlet(s) {
                        credit(.strong)
                    } else if isOutlet(s) && carriesStory(v) {
                        credit(.strong)
                    } else if verb.lower == "among", v + 2 < w.count, w[v + 1].lower == "the", isOutletPlural(v + 2) {
                        // "X was among the sites that picked it up": named as one of the outlets.
                        credit(.strong)
                    }
                }
            }
            i += 1
        }
        return out
    }
}
