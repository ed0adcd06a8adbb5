import HearsayModel
import HearsayText

/// Who a quotation is credited to once the article's own words are resolved: names (the
/// article's mentions), or an unnamed speaker as described.
enum LocalSpeaker: Sendable, Hashable {
    case entity(Int)
    case entities([Int])
    case described(String)
}

/// One quotation of an article that is speech (not a term or a title), with its attribution.
struct FoundQuote: Sendable {
    var span: QuotedSpan
    var attribution: Attribution?
    var speaker: LocalSpeaker?
    /// The role word of an organisation's voice ("spokeswoman"), if that is how it spoke.
    var voiceRole: String?
}

/// The quote pass over one article: its quotations, who said them (resolved within the
/// article), its names and the sources it cites.
struct ArticleQuotes: Sendable {
    let id: String
    let text: ArticleText
    private(set) var mentions: [Mention]
    let at: [Int]
    private(set) var quotes: [FoundQuote] = []
    private(set) var citations: [CitedSource] = []

    init(id: String, document: TextDocument) {
        self.id = id
        let text = ArticleText(document)
        self.text = text
        var (mentions, at) = MentionFinder.find(text)
        ArticleQuotes.learnGenders(text, &mentions, at)
        self.mentions = mentions
        self.at = at
        let reader = AttributionReader(t: text, mentions: mentions, at: at)
        var found: [FoundQuote] = []
        let quotes = text.quotes
        var attributions = [Attribution?](repeating: nil, count: quotes.count)
        var speech = [Bool](repeating: false, count: quotes.count)
        for (i, q) in quotes.enumerated() where !isTermOrTitle(i) {
            speech[i] = true
            var attribution = reader.read(q)
            if attribution == nil, let previous = found.last, inherits(i, from: previous, reader) {
                attribution = previous.attribution
            }
            if attribution == nil { attribution = leadIn(i, reader) }
            attributions[i] = attribution
            if let attribution { found.append(FoundQuote(span: q, attribution: attribution)) }
        }
        // A quotation over several paragraphs credited only in a later one ("“...\n“...,”
        // said Roe."): the earlier paragraphs take its attribution.
        for i in quotes.indices.reversed() where speech[i] && attributions[i] == nil && quotes[i].continuesNext {
            if i + 1 < quotes.count, quotes[i + 1].continuesPrevious, let a = attributions[i + 1] {
                attributions[i] = a
            }
        }
        found = quotes.indices.compactMap { i in attributions[i].map { FoundQuote(span: quotes[i], attribution: $0) } }
        var resolved: [FoundQuote] = []
        for var f in found {
            resolve(&f, previous: resolved[...])
            resolved.append(f)
        }
        self.quotes = resolved
        self.citations = CitationFinder.find(text, self.mentions, at)
    }

    /// Subject and reflexive forms only: "Roe found him" says nothing of Roe.
    static let malePronouns: Set<String> = ["he", "his", "himself"]
    static let femalePronouns: Set<String> = ["she", "herself"]

    /// Genders the article itself gives its people: a sentence (outside quotations) naming
    /// one person, as its subject (not after a preposition), and then using only "he/his"
    /// or only "she" votes for that person's surname; honorifics ("Ms") already set it and
    /// are not overruled.
    static func learnGenders(_ t: ArticleText, _ mentions: inout [Mention], _ at: [Int]) {
        let w = t.words
        var votes: [String: Int] = [:]
        var i = 0
        while i < w.count {
            let sentence = w[i].sentence
            var person: String? = nil
            var persons = 0
            var male = 0, female = 0
            var j = i
            while j < w.count && w[j].sentence == sentence {
                let x = w[j]
                if x.quote == -1 {
                    if at[j] >= 0 && mentions[at[j]].words.lowerBound == j && mentions[at[j]].kind != .organisation {
                        let surname = mentions[at[j]].tokens.last!
                        let start = mentions[at[j]].full.lowerBound
                        let governed = start > 0 && w[start - 1].tags.contains(.preposition)
                        if surname != person {
                            persons += governed ? 2 : 1
                            person = surname
                        }
                    } else if person != nil && malePronouns.contains(x.lower) {
                        male += 1
                    } else if person != nil && femalePronouns.contains(x.lower) {
                        female += 1
                    }
                }
                j += 1
            }
            if persons == 1, let person, (male > 0) != (female > 0) {
                votes[person, default: 0] += male > 0 ? 1 : -1
            }
            i = j
        }
        for k in mentions.indices where mentions[k].gender == nil && mentions[k].kind != .organisation {
            if let v = votes[mentions[k].tokens.last!], v != 0 { mentions[k].gender = v > 0 ? .male : .female }
        }
    }

    // MARK: - Terms and titles

    /// Quotation marks around a term or a title rather than speech: in a heading; after
    /// "so-called", "dubbed", "known as", "the book"; a few words used as a modifier ("the
    /// “China price” problem"); or a short title-case name ("“Morning Brief”").
    func isTermOrTitle(_ i: Int) -> Bool {
        let q = text.quotes[i]
        let w = text.words
        if text.headings[q.paragraph] { return true }
        let first = text.firstWord(from: q.content.lowerBound)
        let end = text.firstWord(from: q.content.upperBound)
        let inside = first..<end
        let count = inside.filter { w[$0].kind == .word || w[$0].kind == .number }.count
        let previous = first > 0 && w[first - 1].paragraph == q.paragraph && w[first - 1].quote == -1 ? first - 1 : -1
        if previous >= 0 {
            let p = w[previous].lower
            if Lexicon.namingCues.contains(p) { return true }
            if p == "as" && previous > 0 && ["known", "referred", "billed", "styled"].contains(w[previous - 1].lower) { return true }
        }
        let next = end < w.count && w[end].paragraph == q.paragraph && w[end].quote == -1 && q.close != nil ? end : -1
        // "declaring a ‘caliphate’": one word after a determiner names a thing.
        if count == 1, previous >= 0, w[previous].tags.contains(.determiner) { return true }
        if count <= 4, previous >= 0, Lexicon.determiners.contains(w[previous].lower), next >= 0 {
            let n = w[next]
            let modifies = n.kind == .word && !n.capitalised && !Lexicon.prepositions.contains(n.lower)
                && !Lexicon.clauseWords.contains(n.lower) && !n.isReportingVerb && !Lexicon.auxiliaries.contains(n.lower)
            if modifies { return true }
        }
        if count <= 8 {
            // A title may end with the sentence's full stop ("watched “Morning Brief.”").
            let lastScalar = text.doc.scalars[q.content.upperBound - 1]
            let terminal = lastScalar == "!" || lastScalar == "?" || ((lastScalar == "." || lastScalar == ",") && count < 2)
            let titleCase = inside.allSatisfy { j in
                w[j].kind != .word || w[j].capitalised || (Lexicon.functionWords.contains(w[j].lower) && w[j].lower.count <= 4)
            }
            if titleCase && !terminal && count > 0 { return true }
        }
        return false
    }

    // MARK: - Carrying a speaker over

    /// A quotation with no attribution of its own continues the previous speaker when it
    /// goes on from the previous paragraph's open quotation, or when it opens its sentence,
    /// is a sentence of speech, and nobody else has been named since ("“...,” Roe said.
    /// “...”" and a quotation paragraph after a quotation paragraph).
    func inherits(_ i: Int, from previous: FoundQuote, _ reader: AttributionReader) -> Bool {
        let q = text.quotes[i]
        if q.continuesPrevious && i > 0 && text.quotes[i - 1] == previous.span { return true }
        guard reader.before(q).isEmpty, q.paragraph >= previous.span.paragraph else { return false }
        if q.paragraph > previous.span.paragraph {
            guard q.open == text.doc.paragraphs[q.paragraph].lowerBound else { return false }
            for p in (previous.span.paragraph + 1)..<q.paragraph where !text.headings[p] { return false }
        }
        let w = text.words
        let inside = text.firstWord(from: q.content.lowerBound)..<text.firstWord(from: q.content.upperBound)
        let count = inside.filter { w[$0].kind == .word }.count
        let lastScalar = text.doc.scalars[q.content.upperBound - 1]
        let sentence = count >= 3 || lastScalar == "." || lastScalar == "!" || lastScalar == "?"
        guard sentence, reader.after(q).allSatisfy({ w[$0].isPunct }) else { return false }
        // Nobody else named between the previous quotation (and its attribution) and this one.
        let from = max(previous.span.end, previous.attribution?.span.upperBound ?? 0)
        let between = text.firstWord(from: from)..<text.firstWord(from: q.open)
        let speaker = previous.attribution.flatMap { a -> Int? in
            if case .mention(let m) = a.form { return m }
            return nil
        }
        return !between.contains { j in
            at[j] >= 0 && at[j] != speaker && mentions[at[j]].kind == .person
        }
    }

    /// A paragraph that is one quotation, after a paragraph whose last sentence reports what
    /// someone said ("Roe, a lawyer, said the ruling was wrong."): the same person speaks.
    func leadIn(_ i: Int, _ reader: AttributionReader) -> Attribution? {
        let q = text.quotes[i]
        let paragraph = text.doc.paragraphs[q.paragraph]
        guard q.paragraph > 0, q.open == paragraph.lowerBound, q.end >= paragraph.upperBound - 1, !q.continuesPrevious,
            !text.headings[q.paragraph - 1]
        else { return nil }
        let end = text.firstWord(from: q.open)
        guard end > 0, text.words[end - 1].paragraph == q.paragraph - 1, text.words[end - 1].quote == -1 else { return nil }
        let sentence = text.words[end - 1].sentence
        var start = end - 1
        while start > 0 && text.words[start - 1].sentence == sentence && text.words[start - 1].quote == -1 { start -= 1 }
        return reader.beforePattern(start..<end)
    }

    // MARK: - Resolution within the article

    mutating func resolve(_ quote: inout FoundQuote, previous: ArraySlice<FoundQuote>) {
        guard let a = quote.attribution else { return }
        switch a.form {
        case .mention(let m):
            quote.speaker = .entity(m)
            if mentions[m].kind == .unknown && mentions[m].tokens.count >= 2 { mentions[m].kind = .person }
        case .mentions(let ms):
            quote.speaker = .entities(ms)
        case .voice(let m, let role):
            quote.speaker = .entity(m)
            quote.voiceRole = role
            if mentions[m].kind == .unknown { mentions[m].kind = .organisation }
        case .description(let d):
            quote.speaker = .described(d)
        case .organisationNoun(let noun):
            if let m = nearestOrganisation(before: a.speakerWord, previous: previous) {
                quote.speaker = .entity(m)
            } else {
                quote.speaker = .described(noun)
            }
        case .pronoun(let p):
            if p == "he" || p == "she" {
                var speakers = Set<Int>()
                for f in previous { if case .entity(let m) = f.speaker { speakers.insert(m) } }
                if let m = nearestPerson(before: a.speakerWord, gender: p == "he" ? .male : .female, speakers: speakers) {
                    quote.speaker = .entity(m)
                }
            } else if let earlier = previous.last(where: { isGroup($0.speaker) }), earlier.span.paragraph + 3 >= quote.span.paragraph {
                quote.speaker = earlier.speaker
            } else if let m = nearestOrganisation(before: a.speakerWord, previous: previous) {
                quote.speaker = .entity(m)
            }
        }
    }

    func isGroup(_ s: LocalSpeaker?) -> Bool {
        switch s {
        case .entities: true
        case .entity(let m): mentions[m].kind == .organisation
        default: false
        }
    }

    /// The person a pronoun at word `limit` stands for, named before it as a subject (not
    /// within three words after a preposition). In order: a known person (a titled or
    /// role-bearing name, an earlier speaker or their surname) in this or the previous
    /// paragraph; a full name that is no place in this or the previous paragraph ("Jo Roe found
    /// him. “...,” she said"); a known person in the last three paragraphs; the last known
    /// person named at all. A gender from an honorific or the article's own pronouns must agree.
    func nearestPerson(before limit: Int, gender: Gender, speakers: Set<Int>) -> Int? {
        let w = text.words
        var surnames = Set<String>()
        for m in mentions where m.kind == .person && m.words.upperBound <= limit { surnames.insert(m.tokens.last!) }
        for i in speakers { surnames.insert(mentions[i].tokens.last!) }
        let paragraph = limit < w.count ? w[limit].paragraph : (w.last?.paragraph ?? 0)
        func governed(_ start: Int) -> Bool {
            var k = start - 1
            while k >= 0 && k >= start - 3 && w[k].kind == .word && !w[k].capitalised {
                if w[k].tags.contains(.preposition) { return true }
                if !w[k].tags.contains(.determiner) { return false }
                k -= 1
            }
            return false
        }
        var tiers = [Int?](repeating: nil, count: 4)
        for (i, m) in mentions.enumerated().reversed() where m.words.upperBound <= limit {
            guard m.gender == nil || m.gender == gender, m.kind != .organisation, !isAcronym(m) else { continue }
            let known = m.kind == .person || speakers.contains(i) || surnames.contains(m.tokens.last!)
            let named = m.tokens.count >= 2 && !w[m.words.lowerBound].tags.contains(.nonName) && !Lexicon.placeSuffixes.contains(m.tokens.last!)
            let start = m.full.lowerBound
            let distance = paragraph - w[start].paragraph
            let subject = !governed(start)
            if known && subject && distance <= 1 { return i }
            if named && subject && distance <= 1 && tiers[1] == nil { tiers[1] = i }
            if known && subject && distance <= 3 && tiers[2] == nil { tiers[2] = i }
            if known && tiers[3] == nil { tiers[3] = i }
            if !named && !known && subject && distance <= 1 && tiers[0] == nil && !w[m.words.lowerBound].tags.contains(.nonName) {
                tiers[0] = i
            }
        }
        // Last of all, a single unclassified name nearby ("a woman named Lina").
        return tiers[1] ?? tiers[2] ?? tiers[3] ?? tiers[0]
    }

    /// "BBC", "AP": initials name organisations far more often than people.
    func isAcronym(_ m: Mention) -> Bool {
        m.tokens.count == 1 && m.name.unicodeScalars.count >= 2 && !m.name.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// "the company": the organisation that last spoke, else the last one named.
    func nearestOrganisation(before limit: Int, previous: ArraySlice<FoundQuote>) -> Int? {
        if let earlier = previous.last, case .entity(let m) = earlier.speaker, mentions[m].kind == .organisation {
            return m
        }
        return mentions.indices.reversed().first { mentions[$0].kind == .organisation && mentions[$0].words.upperBound <= limit }
    }

    // MARK: - Names within the article

    /// The fullest form of a person's name in this article: the longest name sharing its
    /// surname and, when both have one, its given name; of several, the nearest before it.
    func fullestName(_ m: Int) -> String {
        let target = mentions[m]
        guard target.kind != .organisation else { return target.name }
        let here = target.words.lowerBound
        // Most words first; then before the target rather than after; then the nearest.
        func rank(_ o: Mention) -> (Int, Int, Int) {
            let before = o.words.lowerBound <= here
            return (o.tokens.count, before ? 1 : 0, -abs(o.words.lowerBound - here))
        }
        let best = mentions.filter { o in
            o.kind != .organisation && o.tokens.last == target.tokens.last
                && (target.tokens.count == 1 || o.tokens.first == target.tokens.first)
        }.max { rank($0) < rank($1) }
        return best?.name ?? target.name
    }

    /// The quotations as contract values, with speakers named as this article names them.
    func contractQuotes(idPrefix: String) -> [Quote] {
        quotes.enumerated().map { k, f in
            quote(f, id: "\(idPrefix)-\(k + 1)", speaker: f.speaker.map(localName), role: f.voiceRole)
        }
    }

    func localName(_ s: LocalSpeaker) -> String {
        switch s {
        case .entity(let m): fullestName(m)
        case .entities(let ms): ms.map(fullestName).joined(separator: " and ")
        case .described(let d): d
        }
    }

    func quote(_ f: FoundQuote, id: String, speaker: String?, role: String?) -> Quote {
        Quote(
            id: id, text: text.text(f.span.content), article: self.id, speaker: speaker, role: role,
            venue: f.attribution?.venue, span: TextSpan(f.span.content),
            attribution: f.attribution.map { TextSpan($0.span) })
    }
}
