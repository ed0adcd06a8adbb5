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
    /// The speaker is a body guessed to own a document nobody was credited with (named near
    /// it, not its signer or issuer): a cited paper of that noun speaks in its place.
    var ownerGuessed = false
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
    /// Sentences saying that words credited to someone were never theirs (`Disputes`).
    private(set) var denials: [Denial] = []
    private(set) var outlets: Set<Int> = []
    private var personSurnames: Set<String> = []
    /// Mention indices by their last word, and for each last word where the first name that
    /// makes it a surname ends (`givesSurname`): a pronoun asks whether a word is someone's
    /// surname by then without a scan of every name before it. Kept current by `setKind`.
    private var byLastToken: [String: [Int]] = [:]
    private var surnameFrom: [String: Int] = [:]
    /// For each first word of a person's full name, where the first such name ends: "Callum,
    /// who posts his footage online, said" after "Callum Dreyer" is a known person.
    private var givenFrom: [String: Int] = [:]
    /// A live blog with its newest entry first (`newestFirst`): a surname may come above the
    /// full name that makes it one.
    private let liveBlog: Bool
    /// Per mention, who a gender learned for it applies to (`genderKeys`).
    private var keys: [String?] = []

    init(id: String, document: TextDocument) {
        self.id = id
        let text = ArticleText(document)
        self.text = text
        self.liveBlog = ArticleQuotes.newestFirst(text.words)
        var (mentions, at) = MentionFinder.find(text)
        ArticleQuotes.learnShopNames(text, &mentions, &at)
        ArticleQuotes.learnKinds(text, &mentions, at)
        ArticleQuotes.learnGenders(text, &mentions, at)
        self.mentions = mentions
        self.at = at
        let reader = AttributionReader(t: text, mentions: mentions, at: at)
        var found: [FoundQuote] = []
        let quotes = text.quotes
        var attributions = [Attribution?](repeating: nil, count: quotes.count)
        var speech = [Bool](repeating: false, count: quotes.count)
        // Attributions the quotation's own sentence gives, not carried over nor guessed from
        // the paragraph before.
        var own = [Bool](repeating: false, count: quotes.count)
        for (i, q) in quotes.enumerated() where !isTermOrTitle(i) {
            speech[i] = true
            var attribution = reader.read(q)
            own[i] = attribution != nil
            if attribution == nil, let previous = found.last, sharesClause(i, with: previous, reader) || inherits(i, from: previous, reader) {
                attribution = previous.attribution
            }
            if attribution == nil { attribution = leadIn(i, reader) ?? creditBelow(i) ?? leadIn(i, reader, ownersOnly: true) }
            attributions[i] = attribution
            if let attribution { found.append(FoundQuote(span: q, attribution: attribution)) }
        }
        // A quotation over several paragraphs credited only in a later one ("“...\n“...,”
        // said Roe."): the earlier paragraphs take its attribution, over one guessed from the
        // paragraph before ("The bank said in a statement that ...").
        for i in quotes.indices.reversed() where speech[i] && (attributions[i] == nil || !own[i]) && quotes[i].continuesNext {
            if i + 1 < quotes.count, quotes[i + 1].continuesPrevious, let a = attributions[i + 1], attributions[i] == nil || own[i + 1] {
                attributions[i] = a
                own[i] = own[i + 1]
            }
        }
        found = quotes.indices.compactMap { i in attributions[i].map { FoundQuote(span: quotes[i], attribution: $0) } }
        personSurnames = MentionFinder.personSurnames(mentions)
        for (k, m) in mentions.enumerated() { if let last = m.tokens.last { byLastToken[last, default: []].append(k) } }
        for token in byLastToken.keys { refreshSurname(token) }
        for m in mentions where m.kind == .person && m.tokens.count >= 2 {
            givenFrom[m.tokens[0]] = min(givenFrom[m.tokens[0]] ?? .max, m.words.upperBound)
        }
        keys = Self.genderKeys(mentions)
        // Outlets the article cites are not what "the company" or "the club" refers to.
        self.citations = CitationFinder.find(text, mentions, at)
        // A tentative citation waits for the story to say whether its name reports.
        outlets = Set(citations.filter { $0.strength != .tentative }.compactMap(\.mention))
        var resolved: [FoundQuote] = []
        var earlier = Speakers()
        for var f in found {
            resolve(&f, previous: resolved[...], speakers: earlier)
            resolved.append(f)
            if case .entity(let m) = f.speaker { earlier.insert(m, mentions) }
        }
        self.quotes = resolved
        self.denials = findDenials()
    }

    /// "Brannock's said", "a Hallbrook's spokesperson": a one-word name with "'s" that owns
    /// nothing (a verb of saying follows, "a" stands before it and a voice after, or a comma
    /// and "which" or an apposition follow) is a
    /// business named for its founder, "'s" and all; it is no surname of the founder's family.
    /// The "'s" becomes the name's last word, so that the verb after it follows the name as
    /// it follows any other ("“...,” Brannock's said").
    static func learnShopNames(_ t: ArticleText, _ mentions: inout [Mention], _ at: inout [Int]) {
        let w = t.words
        for i in mentions.indices where mentions[i].possessive && mentions[i].tokens.count == 1 && !mentions[i].titled {
            let m = mentions[i]
            let s = m.words.upperBound
            guard s + 1 < w.count, w[s].kind == .possessive, w[s].quote == -1, w[s + 1].sentence == w[s].sentence else { continue }
            let next = w[s + 1]
            let start = m.full.lowerBound
            let says = next.isReportingVerb && !next.isParticiple && ["said", "says", "told", "insisted", "added", "declined"].contains(next.lower)
            let voiced = start > 0 && ["a", "an"].contains(w[start - 1].lower) && Lexicon.voiceRoles.contains(next.lower)
            // "Marlow's, which runs 40 stores, said": a possessive owns a noun, so one set off by a
            // comma before "which" or an apposition's determiner owns nothing.
            let setOff = next.lower == "," && s + 2 < w.count && w[s + 2].sentence == next.sentence
                && ["which", "the", "a", "an"].contains(w[s + 2].lower)
            guard says || voiced || setOff else { continue }
            mentions[i].possessive = false
            mentions[i].kind = .organisation
            mentions[i].name += t.text(words: s..<(s + 1))
            mentions[i].tokens[0] += "'s"
            mentions[i].words = mentions[i].words.lowerBound..<(s + 1)
            mentions[i].full = mentions[i].full.lowerBound..<max(mentions[i].full.upperBound, s + 1)
            at[s] = i
        }
    }

    /// What the grammar around a name says of its kind: British usage puts an organisation
    /// with a plural verb ("Acme have signed", "Rovers are poised"); ", which" follows an
    /// organisation; an age in commas ("Roe, 52,") follows a person.
    static func learnKinds(_ t: ArticleText, _ mentions: inout [Mention], _ at: [Int]) {
        let w = t.words
        // How many names end in each word: a name written once is the only one ending in its word.
        let lastWords = mentions.reduce(into: [String: Int]()) { counts, m in if let last = m.tokens.last { counts[last, default: 0] += 1 } }
        for k in mentions.indices where mentions[k].kind == .unknown && !mentions[k].possessive {
            let m = mentions[k]
            let e = m.words.upperBound
            guard e + 1 < w.count, w[e].sentence == w[m.words.lowerBound].sentence else { continue }
            let start = m.full.lowerBound
            let listed = start > 0 && (w[start - 1].lower == "and" || w[start - 1].lower == "&")
            let next = w[e].lower
            let after = e + 2 < w.count ? w[e + 2].lower : ""
            // "Swimmers are set to lose ...": a lone word ending in "s", capitalised only by
            // opening the sentence and written nowhere else, takes a plural verb as a plural noun.
            let plural = m.tokens.count == 1 && m.tokens[0].hasSuffix("s") && (start == 0 || w[start - 1].sentence != w[start].sentence)
                && lastWords[m.tokens[0]] == 1
            if ["are", "have", "were"].contains(next) && !listed && w[e].quote == -1 && !plural {
                mentions[k].kind = .organisation
            } else if next == ",", w[e + 1].lower == "which" || w[e + 1].lower == "who" && ["are", "have", "were"].contains(after) {
                mentions[k].kind = .organisation
            } else if next == ",", w[e + 1].lower == "who", ["is", "was", "has", "had"].contains(after) {
                mentions[k].kind = .person
            } else if next == ",", w[e + 1].kind == .number, w[e + 1].lower.count <= 3, after == "," {
                mentions[k].kind = .person
            } else if start > 0, w[start - 1].kind == .word, !w[start - 1].capitalised, w[start - 1].tags.contains(.organisationNoun) {
                // "his company Acme Plumbing", "the carmaker Acme"
                mentions[k].kind = .organisation
            }
        }
    }

    /// Genders the article itself gives its people: a sentence (outside quotations) naming
    /// one person, as its subject (not after a preposition), and then using only "he/his"
    /// or only "she" votes for that person's surname; honorifics ("Ms") already set it and
    /// are not overruled.
    static func learnGenders(_ t: ArticleText, _ mentions: inout [Mention], _ at: [Int]) {
        let w = t.words
        let keys = genderKeys(mentions)
        var votes: [String: Int] = [:]
        var i = 0
        while i < w.count {
            let sentence = w[i].sentence
            var person: String? = nil
            var persons = 0
            var male = 0, female = 0
            // "Jo Roe said its chairman had been questioned, which he denies": a role named
            // after the person is the nearer antecedent of a later pronoun.
            var roleBetween = false
            var j = i
            while j < w.count && w[j].sentence == sentence {
                let x = w[j]
                if x.quote == -1 {
                    if person != nil && male + female == 0 && at[j] < 0 && x.tags.contains(.role) && !x.capitalised && j > 0
                        && ["its", "the", "their"].contains(w[j - 1].lower)
                    {
                        roleBetween = true
                    }
                    if at[j] >= 0 && mentions[at[j]].words.lowerBound == j && mentions[at[j]].kind != .organisation {
                        let surname = keys[at[j]] ?? "?"
                        let start = mentions[at[j]].full.lowerBound
                        let governed = start > 0 && w[start - 1].tags.contains(.preposition)
                        if surname != person {
                            persons += governed ? 2 : 1
                            person = surname
                        }
                    } else if person != nil && x.tags.contains(.male) {
                        male += 1
                    } else if person != nil && x.tags.contains(.female) {
                        female += 1
                    }
                }
                j += 1
            }
            if persons == 1, !roleBetween, let person, person != "?", (male > 0) != (female > 0) {
                votes[person, default: 0] += male > 0 ? 1 : -1
            }
            i = j
        }
        for k in mentions.indices where mentions[k].gender == nil && mentions[k].kind != .organisation {
            if let key = keys[k], let v = votes[key], v != 0 { mentions[k].gender = v > 0 ? .male : .female }
        }
    }

    /// Who a gender learned for mention `k` applies to: its surname, unless the article
    /// names two people with that surname ("Lucy Somers", "Luke Somers"); then the full name,
    /// and nothing for the surname alone.
    static func genderKeys(_ mentions: [Mention]) -> [String?] {
        var given: [String: Set<String>] = [:]
        for m in mentions where m.kind != .organisation && m.tokens.count >= 2 { given[m.tokens.last!, default: []].insert(m.tokens[0]) }
        return mentions.map { m in
            guard m.kind != .organisation, let surname = m.tokens.last else { return nil }
            guard (given[surname]?.count ?? 0) >= 2 else { return surname }
            return m.tokens.count >= 2 ? m.tokens.joined(separator: " ") : nil
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
        let inside = text.words(inside: q)
        let (first, end) = (inside.lowerBound, inside.upperBound)
        let count = inside.filter { w[$0].kind == .word || w[$0].kind == .number }.count
        let previous = first > 0 && w[first - 1].paragraph == q.paragraph && w[first - 1].quote == -1 ? first - 1 : -1
        if previous >= 0 {
            let p = w[previous].lower
            if Lexicon.namingCues.contains(p) && !Self.cueIsVerb(w, previous) { return true }
            if p == "as" && previous > 0 && ["known", "referred", "billed", "styled"].contains(w[previous - 1].lower) { return true }
        }
        // "Roe said: “Absolutely not.”": a quotation introduced as speech is no title.
        if previous >= 0 && (w[previous].lower == ":" || w[previous].isReportingVerb && !Self.namingVerbs.contains(w[previous].lower)) {
            return false
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
                    || Self.titleLinks.contains(w[j].lower)
            }
            // Speech does not follow a preposition: "to star in “Heat,”" or "identified only
            // as “Jo,”" names a title or a person even with the sentence's comma inside.
            let governed = previous >= 0 && w[previous].tags.contains(.preposition) || previous >= 0 && w[previous].lower == "as"
            if titleCase && (!terminal || governed) && count > 0 { return true }
        }
        return false
    }

    /// "the records show “...”", "models would show “...”": a naming cue that is also a verb
    /// ("show", "play") after a plural noun or an auxiliary is the clause's verb, and what
    /// follows is the words it reports; "the TV show “...”" and "the news show" name a title.
    static func cueIsVerb(_ w: [Word], _ k: Int) -> Bool {
        guard ["show", "play"].contains(w[k].lower), k > 0, w[k - 1].sentence == w[k].sentence else { return false }
        let x = w[k - 1]
        guard x.kind == .word, !x.capitalised else { return false }
        if Lexicon.auxiliaries.contains(x.lower) { return true }
        return x.lower.count > 3 && x.lower.hasSuffix("s") && !x.lower.hasSuffix("ss") && !["news", "series", "chaos"].contains(x.lower)
            && !x.tags.contains(.function)
    }

    /// Lower-case words inside a title-case title ("Roe v. Wade", "Alien vs. Predator").
    static let titleLinks: Set<String> = ["v", "vs", "versus"]

    /// Reporting verbs that also name things ("a film called “Heat”").
    static let namingVerbs: Set<String> = ["call", "calls", "called", "calling", "label", "labels", "labeled", "labelled", "branded", "post", "posted", "tweeted"]

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
        let inside = text.words(inside: q)
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
        // A name a preposition or determiner governs ("from Kettleby", "to every Larkspur")
        // is a place or thing the attribution tells of, not somebody else speaking.
        return !between.contains { j in
            at[j] >= 0 && at[j] != speaker && mentions[at[j]].kind == .person && mentions[at[j]].words.lowerBound == j
                && !(j > 0 && (w[j - 1].tags.contains(.preposition) || w[j - 1].tags.contains(.determiner)))
        }
    }

    /// "Roe told the Post that the story was “...” and there had been “...”": a quotation
    /// that follows the previous one in the same sentence, with no verb of saying between,
    /// is governed by the attribution that opened the sentence before both.
    func sharesClause(_ i: Int, with previous: FoundQuote, _ reader: AttributionReader) -> Bool {
        let b = reader.before(text.quotes[i])
        let w = text.words
        guard i > 0, text.quotes[i - 1] == previous.span, let a = previous.attribution, a.span.upperBound <= previous.span.open,
            !b.isEmpty, b.lowerBound > 0, w[b.lowerBound - 1].quote == i - 1, w[b.lowerBound - 1].sentence == w[b.lowerBound].sentence
        else { return false }
        // A run of quoted headlines ("such fare as “Man Bites Dog,” “Dog Bites Back”") is titles.
        let q = text.quotes[i]
        let inside = text.words(inside: q)
        let titleCase = inside.allSatisfy { w[$0].kind != .word || w[$0].capitalised || Lexicon.functionWords.contains(w[$0].lower) }
        // "The memo refers to “...” and asks staff to “...”": a second verb joined by "and" with
        // no subject of its own is the first subject's, whatever the verb.
        if ["and", "but"].contains(w[b.lowerBound].lower), b.count >= 2, w[b.lowerBound + 1].kind == .word, !w[b.lowerBound + 1].capitalised,
            !w[b.lowerBound + 1].tags.contains(.function), !w[b.lowerBound + 1].tags.contains(.determiner), !w[b.lowerBound + 1].isParticiple,
            w[b.lowerBound + 1].isReportingVerb || w[b.lowerBound + 1].lower.hasSuffix("s") && !w[b.lowerBound + 1].lower.hasSuffix("ss")
        {
            return !titleCase
        }
        // "... and that staff had been told to use “...”": a passive verb of saying names no new
        // speaker, so the attribution that opened the sentence still governs.
        return !titleCase && !b.contains { k in
            w[k].isReportingVerb && !(k > b.lowerBound && ["been", "was", "were", "being", "be"].contains(w[k - 1].lower))
        }
    }

    /// A paragraph that is one quotation, after a paragraph whose last sentence reports what
    /// someone said ("Roe, a lawyer, said the ruling was wrong.") or that they issued a
    /// statement ("Roe issued a statement on Friday."): the same person speaks.
    /// `ownersOnly`: only a lead-in naming the words as someone's own (`AttributionReader.ownersStatement`),
    /// tried after a credit on the line below, which names the speaker outright.
    func leadIn(_ i: Int, _ reader: AttributionReader, ownersOnly: Bool = false) -> Attribution? {
        let q = text.quotes[i]
        let paragraph = text.doc.paragraphs[q.paragraph]
        let end = text.firstWord(from: q.open)
        guard q.end >= paragraph.upperBound - 1, !q.continuesPrevious, end > 0, text.words[end - 1].quote == -1 else { return nil }
        if q.open == paragraph.lowerBound {
            guard q.paragraph > 0, !text.headings[q.paragraph - 1], text.words[end - 1].paragraph == q.paragraph - 1 else { return nil }
        } else {
            // "Roe told the Post that the deal was off. “...”": the quotation that closes the
            // paragraph after a sentence of reported speech goes on with its speaker.
            let inside = text.words(inside: q)
            guard text.words[end - 1].paragraph == q.paragraph, text.words[end - 1].isTerminal,
                inside.filter({ text.words[$0].kind == .word }).count >= 3
            else { return nil }
        }
        let sentence = text.words[end - 1].sentence
        var start = end - 1
        while start > 0 && text.words[start - 1].sentence == sentence && text.words[start - 1].quote == -1 { start -= 1 }
        if ownersOnly { return q.open == paragraph.lowerBound ? reader.ownersStatement(start..<end) : nil }
        return reader.beforePattern(start..<end) ?? reader.statementSubject(start..<end)
            ?? (q.open == paragraph.lowerBound ? introducedPerson(start..<end) : nil)
    }

    /// "Club legend Jo Roe, who played 300 games, did not hold back." as a paragraph of one
    /// sentence before a paragraph of speech: journalism introduces a speaker this way, so the
    /// person that opens the sentence as its subject speaks the quotation after it.
    func introducedPerson(_ r: Range<Int>) -> Attribution? {
        let w = text.words
        guard let first = r.first, first == text.firstWord(from: text.doc.paragraphs[w[first].paragraph].lowerBound),
            !r.contains(where: { w[$0].isTerminal && $0 < r.upperBound - 1 }),
            let (form, start) = AttributionReader(t: text, mentions: mentions, at: at).clauseSubject(from: first, to: r.upperBound - 1),
            case .mention(let m) = form, (first..<start).allSatisfy({ w[$0].kind == .word && !w[$0].tags.contains(.function) })
        else { return nil }
        // A person: so classified, or a full name with a role or a "who" clause after it.
        let e = mentions[m].words.upperBound
        let who = e + 1 < w.count && w[e].lower == "," && w[e + 1].lower == "who"
        guard mentions[m].kind == .person || mentions[m].kind != .organisation && mentions[m].tokens.count >= 2 && (!mentions[m].roles.isEmpty || who)
        else { return nil }
        return Attribution(form: .mention(m), span: w[start].start..<w[e - 1].end, speakerWord: start, venue: nil)
    }

    /// A pull quote or a block quotation credited on the line below it ("Local miller Jo
    /// Roe", "– JO ROE"): a quotation that is its whole paragraph, then a line of a few words
    /// that ends no sentence. Its last capitalised words (titles left out) name the speaker,
    /// as the article names them elsewhere if it does; a line ending in a noun for a person
    /// ("Weapons expert") describes the speaker as written.
    func creditBelow(_ i: Int) -> Attribution? {
        let q = text.quotes[i]
        let w = text.words
        let paragraphs = text.doc.paragraphs
        guard q.open == paragraphs[q.paragraph].lowerBound, q.end >= paragraphs[q.paragraph].upperBound - 1, q.paragraph + 1 < paragraphs.count
        else { return nil }
        let first = text.firstWord(from: paragraphs[q.paragraph + 1].lowerBound)
        var end = first
        while end < w.count && w[end].paragraph == q.paragraph + 1 { end += 1 }
        let line = first..<end
        let words = line.filter { w[$0].kind == .word }
        guard let last = words.last, words.count <= 6, !w[end - 1].isPunct || w[end - 1].lower == ")", line.allSatisfy({ w[$0].quote == -1 }),
            w[first].capitalised || w[first].isPunct
        else { return nil }
        // The name: capitalised words (with particles) ending the line, titles in front left out.
        var s = words.count
        while s > 0 && (w[words[s - 1]].capitalised || Lexicon.nameParticles.contains(w[words[s - 1]].lower) && s < words.count) { s -= 1 }
        while s < words.count && (w[words[s]].tags.contains(.title) || Lexicon.nameParticles.contains(w[words[s]].lower)) { s += 1 }
        let span = w[first].start..<w[end - 1].end
        if words.count - s >= 2 {
            let name = Array(words[s...])
            let tokens = name.map { MentionFinder.withoutParticle(w[$0].lower) }
            if let m = mentions.indices.first(where: { mentions[$0].tokens == tokens }) {
                return Attribution(form: .mention(m), span: span, speakerWord: words[s], venue: nil)
            }
            return Attribution(form: .description(name.map { Self.titleCased(text.text(w[$0].start..<w[$0].end)) }.joined(separator: " ")), span: span, speakerWord: words[s], venue: nil)
        }
        let head = w[last].lower
        guard !w[last].capitalised, words.count >= 2, Lexicon.roleWords.contains(head) || Lexicon.personNouns.contains(head) || Lexicon.anonymousPersonNouns.contains(head)
        else { return nil }
        return Attribution(form: .description(text.text(words: words[0]..<(last + 1))), span: span, speakerWord: words[0], venue: nil)
    }

    /// "AL-MUNAJJID" is "Al-Munajjid": a name set in capitals, as a credit line sets it.
    static func titleCased(_ word: String) -> String {
        guard word.contains(where: \.isLetter), !word.contains(where: \.isLowercase) else { return word }
        var out = ""
        var start = true
        for c in word {
            out += start ? String(c) : c.lowercased()
            start = !c.isLetter
        }
        return out
    }

    // MARK: - Resolution within the article

    mutating func resolve(_ quote: inout FoundQuote, previous: ArraySlice<FoundQuote>, speakers: Speakers) {
        guard let a = quote.attribution else { return }

        switch a.form {
        case .mention(let named):
            if let holder = officeHolder(named, speakers: speakers) {
                quote.speaker = .entity(holder)
                break
            }
            // "by the Chirpy account @roe": the account speaks, the platform only hosts it.
            let m = account(on: named) ?? named
            quote.speaker = .entity(m)
            if mentions[m].kind == .unknown && mentions[m].tokens.count >= 2 {
                // The article may have said what it is elsewhere (", the small company that ...").
                let organisation = mentions.contains { other in
                    other.kind == .organisation && other.tokens == mentions[m].tokens
                        && MentionFinder.isOrganisationApposition(text.words, after: other.words.upperBound)
                }
                // "The Harbour Ledger" has "the" before it, as no person's name has; "a channel
                // called X" is introduced as an outlet.
                let start = mentions[m].full.lowerBound
                // "Schools Standard reports that ...": a name ending in a word of the media is a title.
                // "the Acme Logistics distribution centre" elsewhere: no person's name takes "the"
                // before it and serves as a noun's modifier.
                let modifier = mentions.contains { other in
                    let s = other.full.lowerBound, e = other.words.upperBound
                    return other.tokens == mentions[m].tokens && s > 0 && text.words[s - 1].lower == "the" && e < text.words.count
                        && text.words[e].kind == .word && !text.words[e].capitalised && text.words[e].sentence == text.words[s].sentence
                        && !text.words[e].tags.contains(.function) && !text.words[e].tags.contains(.preposition) && !text.words[e].isReportingVerb
                }
                let named = start > 0 && text.words[start - 1].lower == "the" || modifier || CitationFinder.introducedAsOutlet(text.words, mentions[m])
                    || mentions[m].tokens.last.map(Lexicon.mediaSuffixes.contains) == true
                setKind(m, organisation || named ? .organisation : .person)
            }
        case .mentions(let ms):
            quote.speaker = .entities(ms)
        case .voice(let m, let role):
            quote.speaker = .entity(m)
            quote.voiceRole = role
            if mentions[m].kind == .unknown && !(mentions[m].tokens.count == 1 && personSurnames.contains(mentions[m].tokens[0])) {
                setKind(m, .organisation)
            }
        case .description(let d):
            if let paper = paperOfPart(d, at: a.speakerWord, previous: previous) {
                // "A later passage reads", "One line states": a part of a paper speaks for it.
                quote.speaker = paper
            } else if let (m, role) = possessedVoice(a.speakerWord, previous: previous) {
                // "Its spokesperson also said", "the agency's statement said"
                quote.speaker = .entity(m)
                quote.voiceRole = role
            } else if let head = authoredHead(a.speakerWord), let found = credit(ofDocumentAt: head, previous: previous) {
                // "A statement from the council described ...", "a letter signed by Jo Roe"
                quote.speaker = found
            } else if let m = describedPerson(a.speakerWord) {
                quote.speaker = .entity(m)
            } else if let (m, role) = voiceOrganisation(a.speakerWord) ?? voiceOfNoun(a.speakerWord, previous: previous) {
                quote.speaker = .entity(m)
                quote.voiceRole = role
            } else if let (body, role) = voiceOfBodyNoun(a.speakerWord, previous: previous) {
                quote.speaker = body
                quote.voiceRole = role
            } else if let issuer = statementIssuer(a.speakerWord, previous: previous) {
                quote.speaker = issuer
            } else if let noun = definiteNoun(a.speakerWord), let m = bodyNamed(noun, before: a.speakerWord) {
                // "the survey said" after "the Korvessa Geological Survey": the body so named.
                quote.speaker = .entity(m)
            } else if let earlier = sameVoice(d, previous) {
                // "A council spokesperson said ... the spokesperson added"
                quote.speaker = earlier
            } else if let introduced = introducedDescription(d, at: a.speakerWord) {
                quote.speaker = .described(introduced)
            } else {
                quote.speaker = .described(completeEllipsis(d, before: a.speakerWord, previous: previous))
            }
        case .document(let owner, let definite):
            if owner == nil, let found = possessorNoun(of: a.speakerWord, previous: previous) {
                // "The inquiry's report said": the inquiry's words.
                quote.speaker = found
            } else if let head = authoredHead(a.speakerWord) {
                quote.speaker = author(ofDocumentAt: head, start: a.speakerWord, owner: owner, definite: definite, previous: previous)
            } else if owner == nil, definite, let m = poster(before: a.speakerWord) {
                quote.speaker = .entity(m)
            } else if owner == nil, let head = (a.speakerWord..<min(text.words.count, a.speakerWord + 4)).first(where: { Lexicon.posts.contains(text.words[$0].lower) }),
                case .entity(let m)? = credit(ofDocumentAt: head, previous: previous)
            {
                // "The post, from the account @roe, read": the post's own credit, before the
                // platform an earlier sentence put a post on.
                quote.speaker = .entity(m)
            } else if owner == nil, definite, let noun = leakedPaper(from: a.speakerWord),
                (pieceOwner(before: a.speakerWord) ?? documentOwner(before: a.speakerWord, previous: previous))
                    .map({ outlets.contains($0) || CitationFinder.looksLikeOutlet(mentions[$0]) }) ?? true
            {
                // "The minutes note that ...": a paper nobody signed speaks as itself, never as
                // the outlet that saw it (as "It notes" does after "The minutes ...").
                quote.speaker = .described("the " + noun)
            } else if let m = owner ?? (definite ? pieceOwner(before: a.speakerWord) ?? documentOwner(before: a.speakerWord, previous: previous) : nil) {
                quote.speaker = .entity(m)
                quote.ownerGuessed = owner == nil
                publishes(m)
            } else if definite, let head = (a.speakerWord..<min(text.words.count, a.speakerWord + 4)).first(where: { Lexicon.posts.contains(text.words[$0].lower) }) {
                // "“...!” according to the post": a post nobody is named for speaks as itself, as
                // an outlet's report does not.
                quote.speaker = .described(text.text(words: a.speakerWord..<(head + 1)).lowercased())
            }
        case .organisationNoun(let noun):
            if let m = nearestOrganisation(before: a.speakerWord, previous: previous, noun: noun) {
                quote.speaker = .entity(m)
            } else {
                quote.speaker = .described(noun)
            }
        case .pronoun(let p):
            if p == "he" || p == "she" {
                let gender: Gender = p == "he" ? .male : .female
                let nearest = nearestPerson(before: a.speakerWord, gender: gender, speakers: speakers)
                let from = nearest.map { mentions[$0].words.upperBound } ?? 0
                // A sentence that opens with a description is about it, even when it names
                // someone later ("A fighter denied that Roe’s wife was held").
                var opening = nearest.map { mentions[$0].full.lowerBound } ?? 0
                while opening > 0 && text.words[opening - 1].sentence == text.words[opening].sentence { opening -= 1 }
                if let (m, role) = voiceAntecedent(after: opening - 1, before: a.speakerWord) {
                    // "Last night a Palace spokesman was keen to point out ... He said:"
                    quote.speaker = .entity(m)
                    quote.voiceRole = role
                } else if let d = describedAntecedent(after: opening - 1, before: a.speakerWord) {
                    quote.speaker = .described(completeEllipsis(d, before: a.speakerWord, previous: previous))
                } else if let d = describedSpeaker(previous.last, after: from, paragraph: quote.span.paragraph) {
                    quote.speaker = .described(d)
                } else if let m = definiteAntecedent(after: from, before: a.speakerWord, gender: gender) ?? nearest {
                    quote.speaker = .entity(m)
                    // Once "she said" is hers, a later "he" is somebody else.
                    if let key = keys[m] {
                        for k in mentions.indices where mentions[k].gender == nil && keys[k] == key { mentions[k].gender = gender }
                    } else if mentions[m].gender == nil {
                        mentions[m].gender = gender
                    }
                }
            } else if p == "it", text.words[a.speakerWord].lower == "its", let m = bodyOpening(before: a.speakerWord, previous: previous) {
                // "RTV Nord is not backing down. Its statement from Monday, in full:"
                quote.speaker = .entity(account(on: m) ?? m)
            } else if p == "it", let earlier = previous.last, earlier.speaker != nil, let said = earlier.attribution?.speakerWord,
                said < a.speakerWord, text.words[a.speakerWord].sentence - text.words[said].sentence == 1, namesDocument(from: said)
            {
                // "“...,” the memo says. It goes on: “...”": the next sentence's "it" is the
                // same paper, however far up the paper was introduced.
                quote.speaker = earlier.speaker
            } else if p == "it", documentSubject(before: a.speakerWord) {
                // "The article is making the rounds. It states that “...”": the piece speaks
                // for its owner, as "the article states" would; "The memo, signed by Jo Roe,
                // ... It tells dealers: “...”": a memo for its signer.
                if let earlier = previous.last, earlier.speaker != nil, earlier.span.paragraph + 2 >= quote.span.paragraph,
                    let said = earlier.attribution?.speakerWord, (said..<min(text.words.count, said + 4)).contains(where: { k in
                        Lexicon.documentNouns.contains(text.words[k].lower) || Lexicon.authoredDocuments.contains(text.words[k].lower)
                    })
                {
                    // "“...,” the prospectus states. ... It also warns that “...”": the same piece.
                    quote.speaker = earlier.speaker
                } else if let found = lastDocumentCredit(before: a.speakerWord, previous: previous) {
                    quote.speaker = found
                } else if let noun = documentReferredTo(before: a.speakerWord), Self.leakedPapers.contains(text.words[noun].lower),
                    (pieceOwner(before: a.speakerWord) ?? documentOwner(before: a.speakerWord, previous: previous, referredTo: true))
                        .map({ outlets.contains($0) || CitationFinder.looksLikeOutlet(mentions[$0]) }) ?? true
                {
                    // "The memo singles out what it calls “...”": a paper nobody signed speaks as
                    // itself, never as the outlet that saw it.
                    quote.speaker = .described("the " + text.words[noun].lower)
                } else if let m = pieceOwner(before: a.speakerWord) ?? documentOwner(before: a.speakerWord, previous: previous, referredTo: true) {
                    quote.speaker = .entity(m)
                    quote.ownerGuessed = true
                    publishes(m)
                } else if let noun = documentReferredTo(before: a.speakerWord), Lexicon.posts.contains(text.words[noun].lower) {
                    // "The post spread overnight. It read: “...”": a post nobody is named for
                    // speaks as itself, as "the post read" does.
                    quote.speaker = .described("the " + text.words[noun].lower)
                } else if let m = nearestOrganisation(before: a.speakerWord, previous: previous, noun: "it") {
                    // "The company issued a flat denial. “...,” it said.": a statement nobody
                    // signed is the body's that issued it.
                    quote.speaker = .entity(m)
                    quote.ownerGuessed = true
                }
            } else if p == "they", let (d, at) = pluralDescription(before: a.speakerWord),
                previous.last(where: { isGroup($0.speaker) }).map({ ($0.attribution?.speakerWord ?? 0) < at }) ?? true
            {
                // "the singer's representatives confirmed ... “...,” they said"
                quote.speaker = .described(d)
            } else if p == "they", pluralDescription(before: a.speakerWord) == nil, let d = describedAntecedent(after: 0, before: a.speakerWord),
                d.split(separator: " ").first.map({ ["one", "a", "an"].contains($0.lowercased()) }) == true
                    || unnamedDoerBefore(a.speakerWord) == d
                    // "The second staff member said ... “...,” they said": one of those counted.
                    || Self.picksOutCounted(d)
            {
                // "One insider claimed ... “...,” they said": the singular "they" of a person
                // the article does not name; "The forum user who posted it says ... they wrote" too.
                quote.speaker = .described(d)
            } else if p == "it", let m = bodyOpening(before: a.speakerWord, previous: previous), mentions[m].kind != .person, !sawDocument(m) {
                // "Harrowgate's refusal had been carefully worded. On Monday it said only that
                // ...": the body the sentence before opens with, before the last body that spoke;
                // not one that only saw a paper ("X has seen the email. It asks ..." is the email's).
                quote.speaker = .entity(account(on: m) ?? m)
            } else if let earlier = previous.last(where: { isGroup($0.speaker) }), earlier.span.paragraph + 3 >= quote.span.paragraph {
                quote.speaker = earlier.speaker
            } else if p == "it", let (noun, start) = bodyNounBefore(a.speakerWord) {
                // "Within hours the company issued a flat denial. “...,” it said.": "it" is the
                // body the sentence before opens with, as "the company said" would be.
                quote.speaker = nearestOrganisation(before: start, previous: previous, noun: noun).map { .entity($0) } ?? .described("the " + noun)
            } else if let m = nearestOrganisation(before: a.speakerWord, previous: previous, noun: p == "it" ? "it" : nil) {
                // "Tolland issued a short statement. “...,” it said.": "it" refers back as
                // "the company" does, to a name not yet classified too; "The Chirpy account
                // @roe deleted the clip. ... it said" to the account.
                quote.speaker = .entity(p == "it" ? account(on: m) ?? m : m)
                quote.ownerGuessed = p == "it"
            }
        }
    }

    /// "Its spokesperson also said", "Its statement on Friday described", "the agency's
    /// statement said": a body's voice or word on the matter, owned by "its" or by "the" and an
    /// organisation noun, speaks for the body that owner refers back to (with the voice's role).
    func possessedVoice(_ start: Int, previous: ArraySlice<FoundQuote>) -> (Int, String?)? {
        let w = text.words
        var k = start
        var noun: String? = nil
        if ["its", "their"].contains(w[k].lower) {
            k += 1
        } else if w[k].lower == "the", k + 2 < w.count, w[k + 1].kind == .word, !w[k + 1].capitalised, at[k + 1] < 0,
            w[k + 1].tags.contains(.organisationNoun), w[k + 2].kind == .possessive
        {
            noun = "the " + w[k + 1].lower
            k += 3
        } else {
            return nil
        }
        guard k < w.count, w[k].kind == .word, !w[k].capitalised, w[k].sentence == w[start].sentence else { return nil }
        let voice = Self.spokespeople.contains(w[k].lower)
        guard voice || Lexicon.speechNouns.contains(w[k].lower) || Lexicon.authoredDocuments.contains(w[k].lower),
            let m = (noun == nil ? bodyOpening(before: start, previous: previous) : nil) ?? nearestOrganisation(before: start, previous: previous, noun: noun ?? "it"),
            !outlets.contains(m) || noun == nil
        else { return nil }
        return (account(on: m) ?? m, voice ? w[k].lower : nil)
    }

    /// "RTV Nord is not backing down. Its statement ...", "The company's line has been
    /// consistent. Its statement ...": the body the sentence before opens with (in this or the
    /// previous paragraph), whom "its" refers back to before any body named later in it.
    func bodyOpening(before start: Int, previous: ArraySlice<FoundQuote>) -> Int? {
        let w = text.words
        let reader = AttributionReader(t: text, mentions: mentions, at: at)
        let s = reader.sentenceStart(start)
        guard s > 0 else { return nil }
        let p = reader.sentenceStart(s - 1)
        guard w[p].quote == -1, w[p].paragraph + 1 >= w[start].paragraph else { return nil }
        // A live blog's clock ("11:31 -") stands before the entry's first sentence.
        var o = p
        while o < s && o < p + 5 && (w[o].kind == .number || w[o].isPunct) { o += 1 }
        let k = w[o].lower == "the" ? o + 1 : o
        guard k < s else { return nil }
        // "Item 7 is headed ...": a word before a numeral labels a part, no body.
        if at[k] >= 0, mentions[at[k]].words.upperBound < s, w[mentions[at[k]].words.upperBound].kind == .number { return nil }
        if k < s, at[k] >= 0, mentions[at[k]].kind != .person, !mentions[at[k]].possessive || w[o].lower != "the" {
            return mentions[at[k]].words.upperBound < s ? at[k] : nil
        }
        // "The company's line": the body the noun refers back to.
        if k + 1 < s, k > o, w[k].kind == .word, !w[k].capitalised, w[k].tags.contains(.organisationNoun), w[k + 1].kind == .possessive {
            return nearestOrganisation(before: p, previous: previous, noun: "the " + w[k].lower)
        }
        return nil
    }

    /// Whether the sentence of mention `m` says that it saw or obtained a paper ("Circuit Daily
    /// has seen a different version of the email").
    func sawDocument(_ m: Int) -> Bool {
        let w = text.words
        let k = mentions[m].words.upperBound
        return (k..<min(w.count, k + 12)).contains { j in
            w[j].sentence == w[k].sentence && w[j].quote == -1 && DocumentSources.sightings.contains(w[j].lower)
        }
    }

    /// The noun of the body ("the company") that opens the sentence before the one holding
    /// word `k`, and where it stands.
    func bodyNounBefore(_ k: Int) -> (String, Int)? {
        let reader = AttributionReader(t: text, mentions: mentions, at: at)
        let w = text.words
        let start = reader.sentenceStart(k)
        guard start > 0, w[start - 1].paragraph == w[start].paragraph else { return nil }
        let opening = reader.sentenceStart(start - 1)
        // "Within hours the company issued ...": after a phrase of time at most.
        guard let the = (opening..<min(start, opening + 5)).first(where: { w[$0].lower == "the" }), the + 1 < start,
            w[the + 1].kind == .word, !w[the + 1].capitalised, w[the + 1].tags.contains(.organisationNoun), at[the + 1] < 0,
            the == opening || reader.opensAfterAdverbial(opening, the),
            the + 2 < start, w[the + 2].kind == .word, !w[the + 2].capitalised
        else { return nil }
        return (w[the + 1].lower, the)
    }

    /// Initials that own a piece ("As HBC points out ... the article warns") name an
    /// organisation, so that the story joins them to the outlet's full name.
    mutating func publishes(_ m: Int) {
        if mentions[m].kind == .unknown && isAcronym(mentions[m]) { setKind(m, .organisation) }
    }

    mutating func setKind(_ m: Int, _ kind: EntityKind) {
        mentions[m].kind = kind
        if let token = mentions[m].tokens.last { refreshSurname(token, changed: m) }
    }

    /// A person's surname, or the last name of a full name that is no place ("Jo Roe ... Roe,
    /// 19, scored"): journalism names a person in full, then by surname.
    func givesSurname(_ m: Mention) -> Bool {
        m.kind != .organisation && !definite(m)
            && (m.kind == .person || m.tokens.count >= 2 && !Lexicon.placeSuffixes.contains(m.tokens.last!) && !opensWithNonName(m))
    }

    /// After mention `changed` changed kind, `surnameFrom` moves only if the name now gives
    /// the surname (earlier, perhaps) or was the first to give it and no longer does; in that
    /// last case every name with that last word is read again.
    mutating func refreshSurname(_ token: String, changed: Int? = nil) {
        if let changed {
            let end = mentions[changed].words.upperBound
            if givesSurname(mentions[changed]) {
                surnameFrom[token] = min(surnameFrom[token] ?? .max, end)
                return
            }
            if surnameFrom[token] != end { return }
        }
        var first: Int? = nil
        for k in byLastToken[token, default: []] where givesSurname(mentions[k]) { first = min(first ?? .max, mentions[k].words.upperBound) }
        surnameFrom[token] = first
    }

    /// The mentions earlier quotations are credited to, kept as the quotations are resolved
    /// so that a pronoun's search does not gather them again for every quotation; and their
    /// surnames: a single name that spoke may be a company ("Acme said"), a speaker's full
    /// name is a person's. A speaker's kind is settled when its quotation is resolved (a
    /// kind only ever leaves `unknown`, and a single name can only become an organisation),
    /// so its surname is read once.
    struct Speakers {
        private(set) var mentions: Set<Int> = []
        private(set) var surnames: Set<String> = []

        mutating func insert(_ m: Int, _ all: [Mention]) {
            guard mentions.insert(m).inserted else { return }
            if all[m].tokens.count >= 2 || all[m].kind == .person { surnames.insert(all[m].tokens.last!) }
        }

        func contains(_ m: Int) -> Bool { mentions.contains(m) }
    }

    func speakers(_ previous: ArraySlice<FoundQuote>) -> Speakers {
        var out = Speakers()
        for f in previous { if case .entity(let m) = f.speaker { out.insert(m, mentions) } }
        return out
    }

    /// "the 20-year-old said", "the veteran told": a definite description of a person the
    /// article has named before (a role word, an age or a noun for a person, not an anonymous
    /// "the source"); the nearest person whose role has that noun, else the nearest person.
    func describedPerson(_ start: Int) -> Int? {
        guard let (head, age) = personDescription(at: start) else { return nil }
        // "The Prime Minister's spokesman said": a voice speaks for the holder of that office the
        // article names ("Transport Minister Jo Roe" holds another), never for whoever was named last.
        if let p = ownedVoice(start) {
            let office = text.text(words: (start + 1)..<p).lowercased()
            return person(withRole: head, before: start).flatMap { m in mentions[m].roles.contains { $0.role.lowercased().hasSuffix(office) } ? m : nil }
        }
        if !age, let withRole = person(withRole: head, before: start) ?? person(describedAs: head, before: start) { return withRole }
        let nearest = nearestPerson(before: start, gender: nil, speakers: speakers(quotes[...]))
        // "A staff member wrote to the Post. “...,” the staffer said": an unnamed person the
        // article brought in after the last named one is the one described.
        if !age, describedAntecedent(after: nearest.map { mentions[$0].words.upperBound } ?? -1, before: start) != nil { return nil }
        // "A literary agent who represents several Acme authors told us ... the agent said":
        // the name inside the description's own sentence is not the person it describes.
        if !age, let n = nearest {
            let w = text.words
            var open = mentions[n].full.lowerBound
            while open > 0 && w[open - 1].sentence == w[open].sentence { open -= 1 }
            if isArticleWord(w[open].lower), (open..<mentions[n].full.lowerBound).contains(where: { w[$0].lower == head }) { return nil }
        }
        return nearest
    }

    /// "THE Dean of Caldermoor has insisted ... “...,” the Dean said": one capitalised word after
    /// "the" that the article also writes as an office ("the Dean of Caldermoor") is whoever
    /// holds it, the person with that role or else the nearest person, not a name of its own.
    func officeHolder(_ m: Int, speakers: Speakers) -> Int? {
        let w = text.words
        let start = mentions[m].full.lowerBound
        guard mentions[m].tokens.count == 1, mentions[m].kind != .person, start > 0, w[start - 1].lower == "the",
            !w[start].tags.contains(.organisationNoun)
        else { return nil }
        let token = mentions[m].tokens[0]
        // "the Dean of Caldermoor", or "The Dean, the Very Rev Jo Roe," with a titled person
        // in apposition.
        var office = false
        var holder: Int?
        for i in mentions.indices where mentions[i].tokens == [token] {
            let k = mentions[i].words.lowerBound
            guard k > 0, w[k - 1].lower == "the", k + 2 < w.count else { continue }
            if w[k + 1].lower == "of" && w[k + 2].capitalised { office = true }
            let next = w[k + 2].lower == "the" && k + 3 < w.count ? k + 3 : k + 2
            if w[k + 1].lower == ",", at[next] >= 0, at[next] != i, mentions[at[next]].kind == .person, mentions[at[next]].titled {
                office = true
                if k < start { holder = at[next] }
            }
        }
        guard office else { return nil }
        return holder ?? person(withRole: token, before: start) ?? nearestPerson(before: start, gender: nil, speakers: speakers)
    }

    /// "the mayor's spokeswoman", "the Prime Minister's official spokesman": a description at
    /// word `start` owning a voice.
    /// Returns the possessive's word.
    func ownedVoice(_ start: Int) -> Int? {
        let w = text.words
        guard let p = ((start + 1)..<min(w.count, start + 6)).first(where: { w[$0].kind != .word }), w[p].kind == .possessive,
            ((p + 1)..<min(w.count, p + 3)).contains(where: { Self.spokespeople.contains(w[$0].lower) })
        else { return nil }
        return p
    }

    /// The head noun of "the veteran", "the Pope", "the 20-year-old" at word `start`, and
    /// whether it is an age.
    func personDescription(at start: Int) -> (head: String, age: Bool)? {
        let w = text.words
        guard start + 1 < w.count, w[start].lower == "the" else { return nil }
        var end = start + 1
        // A name of no person may modify the noun ("the Marine Corps veteran").
        while end < w.count && end < start + 5 && (w[end].kind == .word || w[end].kind == .number) && !w[end].isReportingVerb
            && !Lexicon.auxiliaries.contains(w[end].lower) && (at[end] < 0 || mentions[at[end]].kind != .person && !mentions[at[end]].possessive)
        {
            end += 1
        }
        guard end > start + 1 else { return nil }
        let head = w[end - 1].lower
        let age = head.hasSuffix("-year-old") && head.first?.isNumber == true
        // "the father-of-four", "the mother-of-two"
        let parent = head.split(separator: "-").first.map { Lexicon.personNouns.contains(String($0)) } == true && head.contains("-of-")
        guard age || parent || Lexicon.personNouns.contains(head) || Lexicon.roleWords.contains(head) || Lexicon.titles.contains(head),
            !Lexicon.sourceNouns.contains(head), !Lexicon.voiceRoles.contains(head), !w[end - 1].tags.contains(.organisationNoun)
        else { return nil }
        return (head, age)
    }

    /// The last person named before word `limit`, in the last five paragraphs, whose stated
    /// role has the word `noun` ("the minister" and "Finance Minister Jo Roe").
    func person(withRole noun: String, before limit: Int) -> Int? {
        let w = text.words
        let paragraph = w[min(limit, w.count - 1)].paragraph
        return mentions.indices.reversed().first { i in
            let m = mentions[i]
            return m.words.upperBound <= limit && w[m.words.lowerBound].paragraph + 5 >= paragraph
                && m.roles.contains { $0.role.lowercased().split(whereSeparator: { !$0.isLetter }).contains(Substring(noun)) }
        }
    }

    /// The last person named before word `limit` with an apposition whose noun is `noun`
    /// ("Jo Roe, a Marine Corps veteran of two wars, ..." for "the veteran"), which the role
    /// reader leaves out when the apposition runs on.
    func person(describedAs noun: String, before limit: Int) -> Int? {
        let w = text.words
        return mentions.indices.reversed().first { i in
            let m = mentions[i]
            // "Jo Roe Jr., a ...": the abbreviation's full stop comes first.
            let e = m.words.upperBound < w.count && w[m.words.upperBound].lower == "." ? m.words.upperBound + 1 : m.words.upperBound
            guard m.kind != .organisation, e + 2 < limit, w[e].lower == ",", isArticleWord(w[e + 1].lower) else { return false }
            var k = e + 2
            while k < limit && k < e + 8 && w[k].kind == .word && w[k].sentence == w[e].sentence {
                if w[k].lower == noun { return true }
                k += 1
            }
            return false
        }
    }

    func isArticleWord(_ x: String) -> Bool { x == "a" || x == "an" }

    /// "the spokeswoman added": the organisation that the last spokesperson named in the
    /// last three paragraphs speaks for ("a spokeswoman for Acme", "an Acme spokesman").
    func voiceOrganisation(_ start: Int) -> (Int, String)? {
        let w = text.words
        guard start + 1 < w.count, w[start].lower == "the", Self.spokespeople.contains(w[start + 1].lower) else { return nil }
        var k = start - 1
        while k > 0 && w[k].paragraph + 3 >= w[start].paragraph {
            if w[k].quote == -1 && !w[k].capitalised && Self.spokespeople.contains(w[k].lower) {
                var j = k + 1
                if j + 1 < w.count && ["for", "at", "of", "from"].contains(w[j].lower) {
                    // "a spokesman for Governor Jo Roe" speaks for her as one for Acme does for Acme.
                    let forSomeone = w[j].lower == "for"
                    j += 1
                    if w[j].lower == "the" { j += 1 }
                    if j < w.count && at[j] >= 0 && (mentions[at[j]].kind != .person || forSomeone) { return (at[j], w[start + 1].lower) }
                }
                j = k - 1
                if j > 0 && w[j].kind == .possessive { j -= 1 }
                if at[j] >= 0 && mentions[at[j]].kind != .person { return (at[j], w[start + 1].lower) }
            }
            k -= 1
        }
        return nil
    }

    /// "the official KCNA news agency said ... “...,” the agency said": the name the article
    /// last wrote with the noun (a few lower-case words between), in this or the three
    /// paragraphs before; a reprinting paper named since is not who "the agency" is.
    func namedWith(_ noun: String, before limit: Int) -> Int? {
        let w = text.words
        guard limit < w.count, let head = noun.lowercased().split(separator: " ").last.map(String.init) else { return nil }
        let found = mentions.indices.last { i in
            let m = mentions[i]
            guard m.words.upperBound <= limit, w[limit].paragraph - w[m.words.lowerBound].paragraph <= 3, m.kind != .person else { return false }
            var k = m.words.upperBound
            while k < limit && k < m.words.upperBound + 3 && w[k].kind == .word && !w[k].capitalised && w[k].lower != head && !w[k].tags.contains(.function) {
                k += 1
            }
            // "Dairy company Tarnvale Dairies": a name right after the noun is the company, and
            // the word before only says what kind it is.
            let nameAfter = k + 1 < w.count && at[k + 1] >= 0 && mentions[at[k + 1]].full.lowerBound == k + 1 && w[k + 1].sentence == w[k].sentence
            return k < limit && w[k].lower == head && !w[k].capitalised && !nameAfter
        }
        // "Smart home company Halden rejected ...": a name the noun stands before as a title
        // stands before a person's is named with it as much as one it follows.
        let titled = mentions.indices.last { i in
            let m = mentions[i]
            let start = m.full.lowerBound
            guard start > 0, m.words.upperBound <= limit, w[limit].paragraph - w[start].paragraph <= 3, m.kind != .person else { return false }
            return w[start - 1].lower == head && w[start - 1].kind == .word && !w[start - 1].capitalised && w[start - 1].sentence == w[start].sentence
        }
        if let titled, found.map({ mentions[$0].words.lowerBound < mentions[titled].words.lowerBound }) ?? true { return titled }
        // "Kilvane Foods, the Ballycarrow company that makes ...": a place's name before the noun
        // in an apposition only says where the body it describes is; that body is the company.
        guard let i = found else { return nil }
        let start = mentions[i].full.lowerBound
        if start >= 3, ["the", "a", "an"].contains(w[start - 1].lower), w[start - 2].lower == ",", at[start - 3] >= 0,
            mentions[at[start - 3]].words.upperBound == start - 2, mentions[at[start - 3]].kind != .person, !mentions[at[start - 3]].possessive
        {
            return at[start - 3]
        }
        return i
    }

    /// "A spokeswoman for the library said": the organisation "the library" refers back to, the
    /// last one whose name ends in that noun, else the one "the library said" would be.
    func voiceOfNoun(_ start: Int, previous: ArraySlice<FoundQuote>) -> (Int, String)? {
        let w = text.words
        // "A company spokesman said": the noun in front is the organisation "the company" is.
        if start + 2 < w.count, isArticleWord(w[start].lower), let m = voiceOfPremodifier(start + 2, previous: previous) {
            return (m, w[start + 2].lower)
        }
        // "Acme has denied it. “...,” a spokeswoman said": a bare voice speaks for the name that
        // spoke in the last sentence of prose before the quotation.
        if start + 2 < w.count, isArticleWord(w[start].lower), Self.spokespeople.contains(w[start + 1].lower),
            !["for", "at", "of", "from", ","].contains(w[start + 2].lower), at[start + 2] < 0,
            let prose = (0..<start).last(where: { w[$0].quote == -1 && w[$0].kind == .word && w[$0].sentence != w[start].sentence }),
            let after = ((prose + 1)...start).first(where: { w[$0].sentence != w[prose].sentence }),
            let m = previousSpeaker(before: after)
        {
            return (m, w[start + 1].lower)
        }
        guard start + 4 < w.count, w[start].tags.contains(.determiner), Self.spokespeople.contains(w[start + 1].lower),
            ["for", "at", "of", "from"].contains(w[start + 2].lower), w[start + 3].lower == "the", !w[start + 4].capitalised,
            // "a spokesperson for the band's management" speaks for the management, not the band.
            start + 5 >= w.count || w[start + 5].kind != .possessive
        else { return nil }
        let noun = w[start + 4].lower
        // "a spokeswoman for the survey": any noun the article has used as a name's last word.
        if let m = bodyNamed(noun, before: start) { return (m, w[start + 1].lower) }
        guard w[start + 4].tags.contains(.organisationNoun), let m = nearestOrganisation(before: start, previous: previous, noun: "the " + noun) else { return nil }
        return (m, w[start + 1].lower)
    }

    /// "The finance ministry said it was studying the report. “...,” a spokeswoman said": a bare
    /// voice speaks for the body the sentence of prose before opens with, named by its noun
    /// (and one modifier), when that body spoke, declined to, or has not said: the body so
    /// named, else the noun phrase as written.
    func voiceOfBodyNoun(_ start: Int, previous: ArraySlice<FoundQuote>) -> (LocalSpeaker, String)? {
        let w = text.words
        guard start + 2 < w.count, isArticleWord(w[start].lower), Self.spokespeople.contains(w[start + 1].lower),
            !["for", "at", "of", "from", ","].contains(w[start + 2].lower), at[start + 2] < 0,
            let prose = (0..<start).last(where: { w[$0].quote == -1 && w[$0].kind == .word && w[$0].sentence != w[start].sentence })
        else { return nil }
        var p = prose
        while p > 0 && w[p - 1].sentence == w[prose].sentence { p -= 1 }
        guard w[start].paragraph - w[p].paragraph <= 1, w[p].lower == "the", p + 2 < w.count else { return nil }
        var head = p + 1
        if head + 1 < w.count, w[head].kind == .word, !w[head].capitalised, !w[head].tags.contains(.organisationNoun) { head += 1 }
        guard w[head].kind == .word, !w[head].capitalised, at[head] < 0, w[head].tags.contains(.organisationNoun), !Self.outletNouns.contains(w[head].lower),
            (p + 1...head).allSatisfy({ w[$0].kind == .word && !w[$0].capitalised && at[$0] < 0 })
        else { return nil }
        var e = head + 1
        while e < w.count && e < head + 4 && (isAdverbOrAuxiliary(w[e]) || w[e].lower == "not") { e += 1 }
        guard e < w.count, w[e].sentence == w[p].sentence else { return nil }
        let spoke = w[e].isReportingVerb && !w[e].isParticiple
            || ["declined", "refused"].contains(w[e].lower) && e + 1 < w.count && w[e + 1].lower == "to"
        guard spoke else { return nil }
        let noun = text.text(words: p..<(head + 1)).lowercased()
        if let m = nearestOrganisation(before: p, previous: previous, noun: noun), !outlets.contains(m) { return (.entity(m), w[start + 1].lower) }
        return (.described(noun), w[start + 1].lower)
    }

    /// The noun of a description that is "the" and one lower-case noun ("the survey"), when
    /// the noun is no person's.
    func definiteNoun(_ start: Int) -> String? {
        let w = text.words
        guard start + 1 < w.count, w[start].lower == "the", w[start + 1].kind == .word, !w[start + 1].capitalised,
            start + 2 >= w.count || w[start + 2].kind != .word || w[start + 2].isReportingVerb || Lexicon.auxiliaries.contains(w[start + 2].lower),
            !MentionFinder.isPersonNoun(w[start + 1].lower), !Lexicon.anonymousPersonNouns.contains(w[start + 1].lower),
            !w[start + 1].tags.contains(.title), !w[start + 1].tags.contains(.roleWord), !Lexicon.roleWords.contains(w[start + 1].lower)
        else { return nil }
        return w[start + 1].lower
    }

    /// The last name before `limit` of two words or more, no person's, that ends in `noun`
    /// or its plural: "the survey" after "the Korvessa Geological Survey", "the studio" after
    /// "Venmoor Studios".
    func bodyNamed(_ noun: String, before limit: Int) -> Int? {
        mentions.indices.last { i in
            mentions[i].words.upperBound <= limit && mentions[i].kind != .person && mentions[i].tokens.count >= 2
                && mentions[i].tokens.last.map { Self.names($0, noun) } == true
        }
    }

    /// "“...,” the statement said": who issued the statement the article last mentioned: the
    /// name after "a statement from/by/attributed to", or right after "In a statement,", else
    /// the first name of that sentence that is no object and no possessive ("Acme said in a
    /// statement that ..."). "The Roe family released a statement" is the family's, not one
    /// Roe's; "In a statement issued through their lawyer, Jo Poe, the parents said" is the
    /// speaker of that sentence's verb of saying.
    func statementIssuer(_ start: Int, previous: ArraySlice<FoundQuote>) -> LocalSpeaker? {
        let w = text.words
        guard start + 1 < w.count, w[start].lower == "the" else { return nil }
        let statement = ["statement", "release", "announcement"].contains(w[start + 1].lower)
        guard let noun = statement ? "statement" : authoredHead(start).map({ w[$0].lower }) else { return nil }
        var k = start - 1
        while k > 0 && w[k].paragraph + 3 >= w[start].paragraph {
            if w[k].quote == -1 && !statement && (w[k].lower == noun || w[k].lower == noun + "s") && !w[k].capitalised {
                if let found = credit(ofDocumentAt: k, previous: previous) ?? issuer(ofDocumentAt: k, previous: previous) { return found }
            } else if w[k].quote == -1, Self.written[w[k].lower]?.contains(noun) == true, let found = writer(at: k) {
                // "The head of Leeds Primary wrote to parents. “...,” the letter said.": the
                // letter is what its writer wrote.
                return found
            } else if statement && w[k].quote == -1 && w[k].lower == "statement" {
                var s0 = k
                while s0 > 0 && w[s0 - 1].sentence == w[k].sentence { s0 -= 1 }
                var e = k
                while e < w.count && w[e].sentence == w[k].sentence { e += 1 }
                // "According to a statement released by X, “...”": the statement was quoted there.
                if let quoted = previous.last(where: { $0.attribution.map { w[$0.speakerWord].sentence == w[k].sentence } ?? false }),
                    let speaker = quoted.speaker
                {
                    return speaker
                }
                // "a statement from the Acme Board", "a statement by Acme", "attributed to Acme"
                // ("a statement to the Post" is the outlet that received it).
                var j = k + 1
                let attributed = j < e && w[j].lower == "attributed"
                if attributed { j += 1 }
                if j + 1 < e && (["from", "by", "of"].contains(w[j].lower) || attributed && w[j].lower == "to") {
                    j += 1
                    if w[j].lower == "the" { j += 1 }
                    if j < e, at[j] >= 0, mentions[at[j]].full.lowerBound == j { return .entity(at[j]) }
                }
                // "In a statement, the Acme Board confirmed": the name right after the comma.
                if k + 1 < e, w[k + 1].lower == ",", (s0..<k).contains(where: { w[$0].lower == "in" }) {
                    let n = k + 2 < e && w[k + 2].lower == "the" ? k + 3 : k + 2
                    if n < e, at[n] >= 0, mentions[at[n]].full.lowerBound == n { return .entity(at[n]) }
                }
                // "In a statement released through their lawyer, Jo Poe, the parents said ...":
                // the statement's sentence reports who spoke.
                if (max(s0, k - 3)..<k).contains(where: { w[$0].lower == "in" && w[$0].quote == -1 }), ((k + 1)..<e).contains(where: { w[$0].isReportingVerb && w[$0].quote == -1 }),
                    let found = AttributionReader(t: text, mentions: mentions, at: at).beforePattern(s0..<e)
                {
                    switch found.form {
                    case .mention(let m): return .entity(m)
                    case .description(let d): return .described(d)
                    default: break
                    }
                }
                // "The bank issued a statement.": a definite organisation noun opening the
                // sentence is the organisation it refers back to, as "the bank said" would be.
                if s0 + 2 < k, w[s0].lower == "the",
                    w[s0 + 1].tags.contains(.organisationNoun) || Self.outletNouns.contains(w[s0 + 1].lower), w[s0 + 1].quote == -1, !w[s0 + 1].capitalised,
                    // "The supplier, Tanvik Cells, said in a statement" names it in apposition.
                    w[s0 + 2].kind == .word
                {
                    let noun = text.text(words: s0..<(s0 + 2))
                    if let m = Self.outletNouns.contains(w[s0 + 1].lower)
                        ? namedOutlet(before: s0) : nearestOrganisation(before: s0, previous: previous, noun: noun)
                    {
                        return .entity(m)
                    }
                    // No name to refer back to: the body as the article calls it ("the
                    // utility"), which is more than "the statement" says.
                    if !Self.outletNouns.contains(w[s0 + 1].lower) { return .described(noun.lowercased()) }
                }
                // Its sentence's subject before the noun ("Acme said in a statement that ...").
                for i in s0..<k where at[i] >= 0 && mentions[at[i]].full.lowerBound == i && w[i].quote == -1 {
                    let m = mentions[at[i]]
                    let governed = i > 0 && w[i - 1].tags.contains(.preposition)
                    if governed || m.possessive { continue }
                    if let group = familyPhrase(at[i]) { return .described(group) }
                    return .entity(at[i])
                }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// Verbs of writing and what each writes: "wrote to parents" sends a letter.
    static let written: [String: Set<String>] = [
        "wrote": ["letter", "email", "note", "message"], "emailed": ["email", "letter", "message", "note"],
        "texted": ["message", "text"],
    ]

    /// The subject of the verb of writing at `k`, a name or a description ("The head of Leeds
    /// Primary"), not a pronoun.
    func writer(at k: Int) -> LocalSpeaker? {
        let reader = AttributionReader(t: text, mentions: mentions, at: at)
        switch reader.subject(before: k, lower: reader.sentenceStart(k))?.0 {
        case .mention(let m): return .entity(m)
        case .description(let d): return .described(d)
        default: return nil
        }
    }

    /// The head of a phrase for a document an author issues, opening at word `start` ("the
    /// memo", "its letter", "the retraction notice", "a statement from the council"): a
    /// determiner, at most two lower-case modifiers or measures ("the 40-page memo"), the noun
    /// (`Lexicon.authoredDocuments`).
    func authoredHead(_ start: Int) -> Int? {
        let w = text.words
        guard start < w.count, w[start].tags.contains(.determiner) || w[start].lower == "its" else { return nil }
        var k = start + 1
        while k < w.count && k <= start + 3 && w[k].sentence == w[start].sentence
            && (w[k].kind == .word && !w[k].capitalised || w[k].kind == .number && k + 1 < w.count && w[k + 1].kind == .word)
        {
            if Lexicon.authoredDocuments.contains(w[k].lower) { return k }
            guard at[k] < 0, !w[k].isReportingVerb, !w[k].tags.contains(.preposition) else { return nil }
            k += 1
        }
        return nil
    }

    /// "the inquiry's report", "the council's letter": a document phrase opening at `start`
    /// whose owner is a lower-case noun; the organisation that noun refers back to, else the
    /// owner as written ("the inquiry"). Not a person's noun ("the victim's letter" is the
    /// victim's, whom the description rules find).
    func possessorNoun(of start: Int, previous: ArraySlice<FoundQuote>) -> LocalSpeaker? {
        let w = text.words
        guard start + 3 < w.count, w[start].lower == "the", w[start + 1].kind == .word, !w[start + 1].capitalised, at[start + 1] < 0,
            w[start + 2].kind == .possessive, Lexicon.documentNouns.contains(w[start + 3].lower) || authoredHead(start + 2) != nil,
            !Lexicon.personNouns.contains(w[start + 1].lower), !Lexicon.roleWords.contains(w[start + 1].lower),
            !Lexicon.anonymousPersonNouns.contains(w[start + 1].lower), !Lexicon.sourceNouns.contains(w[start + 1].lower)
        else { return nil }
        let owner = text.text(words: start..<(start + 2))
        if w[start + 1].tags.contains(.organisationNoun), let m = nearestOrganisation(before: start, previous: previous, noun: owner) {
            return .entity(m)
        }
        return .described(owner.prefix(1).lowercased() + owner.dropFirst())
    }

    /// Whose words a document speaks (`Lexicon.authoredDocuments`): the name that owns the
    /// phrase ("Roe's memo"), the organisation "its" refers to ("its letter says"), the author
    /// this or an earlier mention of the noun is credited to ("a memo from Jo Roe", "Acme said
    /// in a notice", "In a notice it said"); else the document itself ("the memo"). Never the
    /// outlet that saw, obtained or quotes it.
    func author(ofDocumentAt head: Int, start: Int, owner: Int?, definite: Bool, previous: ArraySlice<FoundQuote>) -> LocalSpeaker? {
        let w = text.words
        if let owner, !outlets.contains(owner), !CitationFinder.looksLikeOutlet(mentions[owner]) { return .entity(owner) }
        if owner == nil, w[start].lower == "its",
            let m = bodyOpening(before: start, previous: previous) ?? nearestOrganisation(before: start, previous: previous, noun: nil)
        {
            return .entity(m)
        }
        if let found = credit(ofDocumentAt: head, previous: previous) { return found }
        if definite, let found = statementIssuer(start, previous: previous) { return found }
        // "a memo" credited to nobody names no speaker.
        let phrase = text.text(words: start..<(head + 1))
        guard let first = phrase.first, definite else { return nil }
        return .described(first.lowercased() + phrase.dropFirst())
    }

    /// "The image was posted by the account @Roe ... The accompanying post read:": a post the
    /// article refers back to is the words of whoever it last said posted something, within
    /// this and the paragraph before ("posted by X", "X posted", "X tweeted").
    func poster(before limit: Int) -> Int? {
        let w = text.words
        guard limit < w.count, let head = (limit..<min(w.count, limit + 4)).first(where: { Lexicon.posts.contains(w[$0].lower) }),
            w[head].sentence == w[limit].sentence
        else { return nil }
        var k = limit - 1
        while k > 0 && w[k].paragraph + 1 >= w[limit].paragraph {
            let verb = w[k].lower
            if w[k].quote == -1, ["posted", "tweeted", "shared", "uploaded"].contains(verb) {
                var j = k + 1
                // "posted on Chirper on 4 May by an account named X": where and when may come first.
                while j < w.count && j < k + 9 && w[j].sentence == w[k].sentence && w[j].lower != "by" && w[j].quote == -1 && !w[j].isPunct { j += 1 }
                if j < w.count && w[j].lower == "by" {
                    let by = j
                    j += 1
                    // "by the account X", "by a user called X"
                    while j < w.count && j < by + 5 && at[j] < 0 && (w[j].kind == .word && !w[j].capitalised || w[j].lower == "@") { j += 1 }
                    // "by the Chirpy account @roe": the account, not the platform.
                    if j < w.count, at[j] >= 0 { return account(on: at[j]) ?? at[j] }
                    return nil
                }
                if at[k - 1] >= 0, mentions[at[k - 1]].words.upperBound == k { return at[k - 1] }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// Parts of a written text: "a later passage", "one line", "the second paragraph".
    static let paperParts: Set<String> = [
        "passage", "passages", "paragraph", "paragraphs", "section", "sections", "line", "lines", "clause", "clauses",
        "excerpt", "extract", "sentence", "subsection", "annex", "appendix", "chapter", "footnote",
    ]

    /// Papers a part may belong to: those an author issues or a body keeps, not an outlet's story.
    static let partWholes: Set<String> = leakedPapers.union(Lexicon.authoredDocuments).union([
        "draft", "spreadsheet", "presentation", "paper", "plan", "agenda", "transcript", "dossier", "contract", "log",
    ])

    /// "A later passage reads: “...”", "One line states": a phrase of at most four words headed
    /// by a part of a text quotes the paper named last in the last three paragraphs: as the
    /// quotation credited to that very mention was ("“...,” the minutes state. A later passage
    /// reads"), else as its author where it is credited to one ("an email from Jo Roe"), else as
    /// itself ("the minutes"). Nil when no paper is near: the phrase is kept as written.
    func paperOfPart(_ d: String, at start: Int, previous: ArraySlice<FoundQuote>) -> LocalSpeaker? {
        let words = d.lowercased().split(separator: " ").map(String.init)
        guard (2...4).contains(words.count), let head = words.last, Self.paperParts.contains(head),
            Lexicon.determiners.contains(words[0])
        else { return nil }
        let w = text.words
        guard start < w.count else { return nil }
        let paragraph = w[start].paragraph
        func paperAt(_ k: Int) -> Bool {
            guard w[k].kind == .word, !w[k].capitalised, w[k].quote == -1, Self.partWholes.contains(w[k].lower) else { return false }
            // "the minutes of the meeting", not "twenty minutes".
            return w[k].lower != "minutes" || k > 0 && ["the", "its", "their", "these", "leaked", "draft"].contains(w[k - 1].lower)
        }
        var k = start - 1
        while k >= 0 && w[k].paragraph + 3 >= paragraph {
            if paperAt(k) {
                // "“...,” the minutes state. A later passage reads": the quotation credited to that paper.
                if let earlier = previous.last(where: { q in q.attribution.map { $0.speakerWord <= k && k < $0.speakerWord + 4 } ?? false }),
                    let speaker = earlier.speaker
                {
                    return speaker
                }
                if Lexicon.authoredDocuments.contains(w[k].lower), case .entity(let m)? = credit(ofDocumentAt: k, previous: previous),
                    !outlets.contains(m), !CitationFinder.looksLikeOutlet(mentions[m])
                {
                    return .entity(m)
                }
                return .described("the " + w[k].lower)
            }
            k -= 1
        }
        return nil
    }

    /// Papers written inside a body and seen by outlets, never published by them.
    /// The paper nobody signs that heads the phrase at `start` ("the leaked minutes" -> "minutes").
    func leakedPaper(from start: Int) -> String? {
        let w = text.words
        var k = start + 1
        while k < w.count && k <= start + 4 && w[k].kind == .word && !w[k].capitalised {
            if Self.leakedPapers.contains(w[k].lower) { return w[k].lower }
            if Lexicon.documentNouns.contains(w[k].lower) { return nil }
            k += 1
        }
        return nil
    }

    static let leakedPapers: Set<String> = ["memo", "memorandum", "letter", "email", "e-mail", "document", "filing", "prospectus", "minutes"]

    /// Words that open a clause of its own inside a sentence.
    static let clauseOpeners: Set<String> = [
        "after", "before", "since", "because", "as", "when", "while", "until", "although", "though", "that", "which", "who", "if",
    ]

    static let authoringVerbs: Set<String> = ["signed", "written", "penned", "authored", "drafted", "co-signed"]

    /// The author credited to the document the article named last, in this or the two
    /// paragraphs before (`credit(ofDocumentAt:)`), when that is no outlet.
    func lastDocumentCredit(before limit: Int, previous: ArraySlice<FoundQuote>) -> LocalSpeaker? {
        let w = text.words
        guard limit < w.count else { return nil }
        var k = limit - 1
        // "The memo, signed by Jo Roe, ... The memo gives a blunt reason. “...,” it says": a
        // definite noun credited to nobody refers back to the same noun further up.
        var referredBack: String? = nil
        while k >= 0 && w[k].paragraph + (referredBack == nil ? 2 : 5) >= w[limit].paragraph {
            // "A post from the account @X is being shared. It reads:": a post credited where it
            // is written ("from"/"by" after it); one credited to nobody leaves the search going.
            if w[k].quote == -1, w[k].kind == .word, !w[k].capitalised, Lexicon.posts.contains(w[k].lower),
                case .entity(let m)? = credit(ofDocumentAt: k, previous: previous)
            {
                // An account that publishes posts is their author, however outlet-like its name.
                return .entity(m)
            }
            if w[k].quote == -1, w[k].kind == .word, !w[k].capitalised, Lexicon.authoredDocuments.contains(w[k].lower),
                referredBack == nil || referredBack == w[k].lower
            {
                guard let found = credit(ofDocumentAt: k, previous: previous) else {
                    if k >= 1, ["the", "this"].contains(w[k - 1].lower) {
                        referredBack = w[k].lower
                        k -= 1
                        continue
                    }
                    return nil
                }
                if case .entity(let m) = found, outlets.contains(m) || CitationFinder.looksLikeOutlet(mentions[m]) { return nil }
                return found
            }
            k -= 1
        }
        return nil
    }

    /// The author a document is credited to right where it is written: a possessive before
    /// the noun ("Roe's resignation letter", "the council's memo"), or "from"/"by" after it or
    /// after a participle that issues it ("a memo from the director, Jo Roe", "a letter signed
    /// by Roe"); not "seen by", "obtained by", "reported by".
    func credit(ofDocumentAt head: Int, previous: ArraySlice<FoundQuote>) -> LocalSpeaker? {
        let w = text.words
        var j = head - 1
        while j > 0 && j >= head - 3 && w[j].kind == .word && !w[j].capitalised && at[j] < 0 && !w[j].tags.contains(.determiner) { j -= 1 }
        if j > 0, w[j].kind == .possessive {
            if at[j - 1] >= 0 { return .entity(at[j - 1]) }
            if j >= 2, w[j - 2].lower == "the", w[j - 1].tags.contains(.organisationNoun),
                let m = nearestOrganisation(before: j - 2, previous: previous, noun: text.text(words: (j - 2)..<j))
            {
                return .entity(m)
            }
        }
        var k = head + 1
        if k < w.count, AttributionReader.issuing.contains(w[k].lower) || w[k].lower == "written" { k += 1 }
        // "The memo, sent to dealers on Friday and signed by Jo Roe, says": a participle of
        // writing in the noun's own apposition; not one of passing it on ("The family's
        // statement, released by the Foreign Office").
        if k < w.count, w[k].lower == ",",
            let by = ((k + 2)..<min(w.count, k + 14)).first(where: { i in
                w[i].sentence != w[head].sentence || w[i].quote != -1 || w[i].lower == "," || w[i].lower == "by" && Self.authoringVerbs.contains(w[i - 1].lower)
            }), w[by].lower == "by"
        {
            k = by
        }
        // "The post, from the account @Roe, read": whence the document came, set off as an aside.
        if k + 2 < w.count, w[k].lower == ",", w[k + 1].lower == "from" { k += 1 }
        guard k + 1 < w.count, ["from", "by"].contains(w[k].lower), w[k].sentence == w[head].sentence else { return nil }
        // Past "the", the possessive organisation and lower-case role words to the name they
        // introduce ("from the council's chief executive, Jo Roe").
        var possessor: Int?
        var n = k + 1
        while n < w.count && n <= k + 8 && w[n].sentence == w[head].sentence && w[n].quote == -1 {
            if at[n] >= 0 {
                let m = at[n]
                // An account that publishes posts is their author, however outlet-like its name.
                if !mentions[m].possessive { return outlets.contains(m) && !Lexicon.posts.contains(w[head].lower) ? nil : .entity(m) }
                possessor = possessor ?? m
                n = mentions[m].words.upperBound
                continue
            }
            // "a statement from the council": the organisation the noun refers back to.
            if n == k + 1, w[n].lower == "the", n + 2 < w.count, !w[n + 1].capitalised, w[n + 1].tags.contains(.organisationNoun),
                w[n + 2].kind != .possessive
            {
                return organisation(called: w[n + 1].lower, before: n).map { .entity($0) }
            }
            guard w[n].kind == .word && !w[n].capitalised && !w[n].isReportingVerb && !Lexicon.clauseWords.contains(w[n].lower)
                || w[n].kind == .possessive || w[n].lower == "," || w[n].lower == "@"
            else { break }
            n += 1
        }
        return possessor.map { .entity($0) }
    }

    /// The one who said or issued a document in the sentence that names it: "Acme said in a
    /// notice", "In a new notice it said", "the journal published a retraction notice"; not
    /// the subject of a sentence that only cites it ("Acme is to cut jobs, according to a memo
    /// seen by the Post").
    func issuer(ofDocumentAt k: Int, previous: ArraySlice<FoundQuote>) -> LocalSpeaker? {
        let w = text.words
        var s0 = k
        while s0 > 0 && w[s0 - 1].sentence == w[k].sentence { s0 -= 1 }
        func issues(_ x: Word) -> Bool {
            x.quote == -1 && (x.isReportingVerb && !x.isParticiple || Self.issuingVerbs.contains(x.lower))
        }
        var e = k
        while e < w.count && w[e].sentence == w[k].sentence { e += 1 }
        // After the noun a participle qualifies it ("a letter signed by staff"); only a verb of
        // saying has a subject of its own there.
        guard let v = (s0..<k).last(where: { issues(w[$0]) })
            ?? ((k + 1)..<e).first(where: { w[$0].quote == -1 && w[$0].isReportingVerb && !w[$0].isParticiple && !Self.issuingVerbs.contains(w[$0].lower) }),
            !(s0..<e).contains(where: { w[$0].lower == "according" }),
            // "Roe denied the plan, after a leaked memo suggested ...": a clause of its own opens
            // between the verb and the noun, and the denier issued nothing.
            v > k || !((v + 1)..<k).contains(where: { w[$0].quote == -1 && Self.clauseOpeners.contains(w[$0].lower) })
        else { return nil }
        // "In a letter to the mayor signed by staff, they asked": after the noun, the subject
        // follows the phrase of the document ("The complaint, lodged at ..., says" has none).
        let lower = v < k ? s0 : ((k + 1)..<v).last(where: { w[$0].lower == "," }).map { $0 + 1 } ?? k + 1
        let reader = AttributionReader(t: text, mentions: mentions, at: at)
        if let (form, _) = reader.subject(before: v, lower: lower) ?? reader.clauseSubject(from: lower, to: v) {
            switch form {
            case .mention(let m): return outlets.contains(m) ? nil : .entity(m)
            case .pronoun("it"):
                // "it" refers back as "the company" does, to a name not yet classified too.
                return nearestOrganisation(before: v, previous: previous, noun: "it").map { .entity($0) }
            case .organisationNoun(let noun):
                // "In a letter to Acme, the food agency said": the agency as written when no name is its.
                return nearestOrganisation(before: v, previous: previous, noun: noun).map { .entity($0) } ?? .described(noun)
            case .description(let d):
                // "the journal published a notice": the name of the last few paragraphs with
                // that noun in it ("the Halvard Journal of Botany").
                let words = d.lowercased().split(separator: " ")
                if words.count == 2, words[0] == "the", let m = mentions.indices.last(where: { i in
                    mentions[i].words.upperBound <= v && mentions[i].kind != .person && mentions[i].tokens.contains(String(words[1]))
                        && w[v].paragraph - w[mentions[i].words.lowerBound].paragraph <= 3
                }) {
                    return .entity(m)
                }
                return .described(d)
            default: return nil
            }
        }
        return nil
    }

    static let issuingVerbs: Set<String> = [
        "issued", "issues", "published", "publishes", "posted", "posts", "sent", "sends", "filed", "files", "lodged",
        "released", "releases", "circulated", "signed", "wrote", "writes", "put",
    ]

    /// "The paper issued a statement": the last outlet named outside quotations in this or the
    /// three paragraphs before, one the article cites or written like one, or a name of
    /// several words after "the" that nothing marks as a person's ("the Evening Courant said").
    func namedOutlet(before limit: Int) -> Int? {
        let w = text.words
        return mentions.indices.reversed().first { i in
            let m = mentions[i]
            let start = m.full.lowerBound
            guard m.words.upperBound <= limit, w[start].quote == -1, w[start].paragraph + 3 >= w[limit].paragraph else { return false }
            return outlets.contains(i) || CitationFinder.looksLikeOutlet(m)
                || m.kind != .person && m.gender == nil && m.roles.isEmpty && m.tokens.count >= 2 && start > 0 && w[start - 1].lower == "the"
        }
    }

    /// "The Roe family", "the Roe parents": a surname that modifies a noun for a group of
    /// kin names the group, not the one Roe (the phrase as written, from its determiner).
    func familyPhrase(_ m: Int) -> String? {
        let w = text.words
        let words = mentions[m].words
        guard mentions[m].tokens.count == 1, words.upperBound < w.count, Self.kinGroups.contains(w[words.upperBound].lower) else { return nil }
        let from = words.lowerBound > 0 && w[words.lowerBound - 1].tags.contains(.determiner) ? words.lowerBound - 1 : words.lowerBound
        return text.text(words: from..<(words.upperBound + 1))
    }

    static let kinGroups: Set<String> = ["family", "families", "parents", "relatives", "household", "clan", "siblings", "children"]

    /// "the spokesperson" after "A council spokesperson" spoke: the same unnamed speaker.
    func sameVoice(_ d: String, _ previous: ArraySlice<FoundQuote>) -> LocalSpeaker? {
        let words = d.lowercased().split(separator: " ")
        guard words.count == 2, words[0] == "the", Self.spokespeople.contains(String(words[1])) else { return nil }
        for f in previous.reversed() {
            if case .described(let e) = f.speaker, e.lowercased().split(separator: " ").last == words[1] { return f.speaker }
        }
        return nil
    }

    /// "One engineer, who asked not to be named, said ... “...,” the engineer said": a
    /// definite description taking up an unnamed person the article brought in stands for
    /// that description, as anonymous as it was ("One engineer"), not for someone another
    /// outlet may name. The head nouns must agree ("One of the brokers" for "the broker").
    func introducedDescription(_ d: String, at start: Int) -> String? {
        let words = d.lowercased().split(separator: " ")
        guard words.count >= 2, words[0] == "the", let head = words.last else { return nil }
        // "A former Acme executive told us that the founder, Jo Roe, ...": a name later in
        // the sentence the description opens does not come between them.
        let w = text.words
        var from = nearestPerson(before: start, gender: nil, speakers: speakers(quotes[...])).map { mentions[$0].words.lowerBound } ?? 0
        while from > 0 && w[from - 1].sentence == w[from].sentence { from -= 1 }
        guard let found = describedAntecedent(after: from - 1, before: start) else { return nil }
        // "A literary agent who represents ...", "A person familiar with the talks": the noun
        // comes before its clause or qualifier.
        let nouns = found.lowercased().split(separator: " ").prefix { $0 != "who" }
        guard nouns.contains(head) || nouns.contains(head + "s") else { return nil }
        return found
    }

    static let spokespeople: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "representative", "spokesmen", "spokeswomen", "representatives"]

    /// "An Islamic State fighter denied the report. “...,” he said": a sentence of this or
    /// the previous paragraph, after the name found for a pronoun, whose subject is an
    /// unnamed person; the pronoun stands for that description.
    /// Whether word `k` follows only a short phrase of time at its sentence's start ("Last
    /// night", "On Monday", "Later,"): the clause's subject still opens it.
    func opensAfterTime(_ k: Int) -> Bool {
        let w = text.words
        var s0 = k
        while s0 > 0 && w[s0 - 1].sentence == w[k].sentence { s0 -= 1 }
        guard s0 < k, k - s0 <= 3 else { return false }
        let phrase = w[s0..<k]
        return phrase.allSatisfy { $0.kind == .word || $0.lower == "," }
            && phrase.contains { AttributionReader.isTimeWord($0.lower) || $0.lower == "last" }
    }

    func describedAntecedent(after from: Int, before limit: Int) -> String? {
        let w = text.words
        guard limit < w.count else { return nil }
        var k = min(limit, w.count) - 1
        // The article's first word may open the description too.
        while k >= max(from + 1, 0) && w[k].paragraph + 1 >= w[limit].paragraph {
            // "But one insider said": a conjunction may open the sentence before the description.
            // "Last night a spokesman for the festival hit back": a phrase of time may open it too.
            let opens = k == 0 || w[k - 1].sentence != w[k].sentence
                || k >= 2 && w[k - 2].sentence != w[k].sentence && Self.sentenceConjunctions.contains(w[k - 1].lower)
                || opensAfterTime(k)
            // "Another posted a photo": the determiner stands for a noun said before.
            if opens && w[k].quote == -1 && Self.ellipticalSubjects.contains(w[k].lower) && k + 1 < w.count
                && w[k + 1].kind == .word && !w[k + 1].capitalised && (w[k + 1].isReportingVerb || w[k + 1].lower.hasSuffix("ed") || Lexicon.auxiliaries.contains(w[k + 1].lower))
            {
                return w[k].lower
            }
            // "The killer, dressed in black, then makes a statement": a definite description of
            // an unnamed actor of the story, in a sentence that names no person, and no role
            // of anyone named.
            let afterOpening = !opens && w[k - 1].lower == "," && Self.opensWithParticiple(w, k)
            if (opens || afterOpening) && w[k].quote == -1 && w[k].lower == "the", k + 2 < w.count, Self.unnamedActors.contains(w[k + 1].lower),
                w[k + 2].lower == "," || w[k + 2].kind == .word && !w[k + 2].capitalised,
                !namesAPerson(sentenceOf: k), person(withRole: w[k + 1].lower, before: k) == nil, person(describedAs: w[k + 1].lower, before: k) == nil
            {
                return text.text(words: k..<(k + 2))
            }
            if opens, w[k].quote == -1, let d = unnamedDefinite(at: k) { return d }
            if opens, w[k].quote == -1, let d = ordinalPerson(at: k) { return d }
            if opens && w[k].quote == -1 && ["a", "an", "one", "another"].contains(w[k].lower) {
                func isPerson(_ x: String) -> Bool {
                    Lexicon.sourceNouns.contains(x) || Lexicon.anonymousPersonNouns.contains(x) || Lexicon.personNouns.contains(x)
                        || Lexicon.roleWords.contains(x) || Lexicon.demonyms.contains(x) || Lexicon.adjectivalPersonNouns.contains(x)
                        // "One postman", "a shopkeeper", "one pensioner": a noun for a calling is a
                        // person, and so is "One mother-of-three".
                        || MentionFinder.isDoerNoun(x) || MentionFinder.isPersonNoun(x)
                }
                var e = k + 1
                while e < w.count && e < k + 6 && w[e].kind == .word && w[e].quote == -1 && !w[e].isReportingVerb
                    && !w[e].tags.contains(.preposition) && !Lexicon.auxiliaries.contains(w[e].lower) && w[e].lower != "who"
                {
                    e += 1
                    // "One shy young man introduced himself": the noun for a person ends the
                    // phrase before its verb.
                    if isPerson(w[e - 1].lower) && e < w.count && !isPerson(w[e].lower) { break }
                }
                // "One of the brokers said": a partitive names the group its speaker is one of.
                if e == k + 1, k + 3 < w.count, w[k].lower == "one", w[e].lower == "of", w[e + 1].lower == "the", w[e + 2].kind == .word,
                    !w[e + 2].capitalised, w[e + 2].lower.hasSuffix("s"), isPerson(w[e + 2].lower) || isPerson(String(w[e + 2].lower.dropLast())),
                    e + 3 < w.count, w[e + 3].isReportingVerb || w[e + 3].lower == ","
                {
                    return text.text(words: k..<(e + 3))
                }
                // "One engineer, who asked not to be named, said": past the relative clause.
                if e < w.count, w[e].lower == ",", e + 1 < w.count, w[e + 1].lower == "who",
                    let close = ((e + 2)..<min(w.count, e + 30)).first(where: { w[$0].lower == "," || w[$0].sentence != w[e].sentence || w[$0].quote != -1 }),
                    w[close].lower == ",", close + 1 < w.count, w[close + 1].isReportingVerb
                {
                    let head = w[e - 1].lower
                    if e > k + 1, isPerson(head), !Lexicon.voiceRoles.contains(head) { return text.text(words: k..<e) }
                }
                let head = w[e - 1].lower
                let person = isPerson(head)
                // "Last night a spokesman for the festival hit back. “...,” he said": a voice for a
                // body the article names by a common noun only (a name goes to `voiceAntecedent`).
                if e > k + 1, e + 2 < w.count, person, Lexicon.voiceRoles.contains(head), ["for", "at"].contains(w[e].lower),
                    w[e + 1].lower == "the", w[e + 2].kind == .word, !w[e + 2].capitalised
                {
                    // The body's noun, with one noun before it ("the health department"); the verb after is no part.
                    var end = e + 2
                    if end + 1 < w.count, !w[end].tags.contains(.organisationNoun), w[end + 1].kind == .word, !w[end + 1].capitalised,
                        w[end + 1].tags.contains(.organisationNoun)
                    {
                        end += 1
                    }
                    // "A spokeswoman for the theatre, Jo Roe, said": the name in apposition is the speaker.
                    let named = end + 2 < w.count && w[end + 1].lower == "," && w[end + 2].capitalised && at[end + 2] >= 0
                    if !named { return text.text(words: k..<(end + 1)) }
                }
                if e > k + 1, e < w.count, person, !Lexicon.voiceRoles.contains(head), w[e].kind == .word, !w[e].capitalised {
                    // "An American who is fighting with the Kurds told ...": with its clause; a
                    // verb after "to" belongs to the main clause ("... had words to describe").
                    if w[e].lower == "who" {
                        var v = e + 1
                        while v < w.count && v < e + 16 && w[v].sentence == w[e].sentence && !w[v].isReportingVerb && !w[v].isPunct { v += 1 }
                        if v < w.count && w[v].isReportingVerb && w[v - 1].lower != "to" {
                            e = v
                        } else if v + 1 < w.count, w[v].lower == ",", w[v + 1].sentence == w[v].sentence, w[v + 1].lower == "who" || w[v + 1].isReportingVerb,
                            w[v + 1].isReportingVerb || ((v + 2)..<min(w.count, v + 30)).first(where: { w[$0].isPunct || w[$0].sentence != w[v].sentence || w[$0].quote != -1 })
                                .map({ w[$0].lower == "," && $0 + 1 < w.count && w[$0 + 1].isReportingVerb }) == true
                        {
                            // "A woman who lives on Mill Lane, who did not want to be named, said":
                            // the first clause says who she is, the aside only why she is unnamed.
                            return text.text(words: k..<v)
                        }
                    }
                    // "A worker at the rally, Jo Roe, 41, said": the name in apposition is who the
                    // pronoun stands for, as it is the speaker of the sentence's own verb.
                    if apposedName(after: k) { return nil }
                    return text.text(words: k..<qualifierEnd(e))
                }
            }
            k -= 1
        }
        return nil
    }

    static let countedOrdinals: Set<String> = ["first", "second", "third", "other"]

    /// Whether description `d` opens with "the" and an ordinal ("The second staff member").
    static func picksOutCounted(_ d: String) -> Bool {
        let words = d.lowercased().split(separator: " ").prefix(2).map(String.init)
        return words.count == 2 && words[0] == "the" && countedOrdinals.contains(words[1])
    }

    /// "The second attendee was more cautious", "The other staff member said": one of several
    /// unnamed people the article has counted, picked out by an ordinal, as the subject of its
    /// sentence; a later he, she or they stands for that person.
    func ordinalPerson(at k: Int) -> String? {
        let w = text.words
        guard k + 3 < w.count, w[k].lower == "the", Self.countedOrdinals.contains(w[k + 1].lower) else { return nil }
        func isPerson(_ x: String) -> Bool {
            Lexicon.sourceNouns.contains(x) || Lexicon.anonymousPersonNouns.contains(x) || Lexicon.personNouns.contains(x)
                || Lexicon.roleWords.contains(x) || MentionFinder.isDoerNoun(x) || MentionFinder.isPersonNoun(x)
                // "attendee", "employee", "trainee": one a thing is done to or for.
                || x.hasSuffix("ee") && x.count > 5 && !["committee", "guarantee", "jubilee", "degree", "coffee", "pedigree"].contains(x)
        }
        for end in (k + 3)...(k + 4) where end < w.count {
            let head = w[end - 1]
            let v = w[end]
            guard (k + 2..<end).allSatisfy({ w[$0].kind == .word && !w[$0].capitalised && at[$0] < 0 && w[$0].quote == -1 }) else { return nil }
            if isPerson(head.lower), v.kind == .word, !v.capitalised, v.sentence == w[k].sentence,
                v.isReportingVerb && !v.isParticiple || Lexicon.auxiliaries.contains(v.lower)
            {
                return text.text(words: k..<end)
            }
        }
        return nil
    }

    /// Whether the description opening at `k` is followed, before its verb, by a person's name
    /// set off by commas ("A geologist who saw the prints, Dr Jo Roe, concluded").
    func apposedName(after k: Int) -> Bool {
        let w = text.words
        var j = k + 1
        while j + 1 < w.count && j < k + 24 && w[j].sentence == w[k].sentence && w[j].quote == -1 && !w[j].isReportingVerb {
            if w[j].lower == ",", at[j + 1] >= 0, mentions[at[j + 1]].full.lowerBound == j + 1, mentions[at[j + 1]].kind != .organisation,
                mentions[at[j + 1]].tokens.count >= 2, !mentions[at[j + 1]].possessive
            {
                let end = mentions[at[j + 1]].words.upperBound
                return end < w.count && (w[end].lower == "," || w[end].isReportingVerb)
            }
            j += 1
        }
        return false
    }

    /// "The mother of a pupil, who asked not to be named, said": a definite description of a
    /// person the article keeps unnamed, up to the aside that says so, before a verb of saying.
    func unnamedDefinite(at k: Int) -> String? {
        let w = text.words
        if let d = unnamedDoer(at: k) { return d }
        guard k + 3 < w.count, w[k].lower == "the", w[k + 1].kind == .word, !w[k + 1].capitalised, Lexicon.personNouns.contains(w[k + 1].lower),
            w[k + 2].lower == "of",
            let comma = ((k + 3)..<min(w.count, k + 12)).first(where: { w[$0].isPunct || w[$0].sentence != w[k].sentence || w[$0].quote != -1 }),
            w[comma].lower == ",", comma + 1 < w.count, w[comma + 1].lower == "who",
            let close = ((comma + 2)..<min(w.count, comma + 30)).first(where: { w[$0].lower == "," || w[$0].sentence != w[k].sentence || w[$0].quote != -1 }),
            w[close].lower == ",", close + 1 < w.count, w[close + 1].isReportingVerb,
            ((comma + 2)..<close).contains(where: { ["named", "name", "identified"].contains(w[$0].lower) })
        else { return nil }
        return "the " + text.text(words: (k + 1)..<comma)
    }

    /// The definite unnamed doer (`unnamedDoer`) that opens the sentence before word `limit`, in
    /// this paragraph.
    func unnamedDoerBefore(_ limit: Int) -> String? {
        let w = text.words
        guard limit < w.count else { return nil }
        var k = limit - 1
        while k >= 0 && w[k].paragraph == w[limit].paragraph {
            if (k == 0 || w[k - 1].sentence != w[k].sentence) && w[k].quote == -1 && w[k].sentence != w[limit].sentence {
                return unnamedDoer(at: k)
            }
            k -= 1
        }
        return nil
    }

    /// "The Facebook user who first posted the letter told the Post": a definite noun for a
    /// person the article does not name, known by what the clause after "who" says they did,
    /// before a verb of saying; a platform's name may stand before the noun.
    func unnamedDoer(at k: Int) -> String? {
        let w = text.words
        guard k + 3 < w.count, w[k].lower == "the" else { return nil }
        var n = k + 1
        while n < k + 3 && n < w.count && w[n].capitalised && w[n].kind == .word { n += 1 }
        // "The forum user who ...": one lower-case word may say where the person is.
        if n + 2 < w.count, w[n].kind == .word, !w[n].capitalised, !w[n].tags.contains(.function), !Lexicon.anonymousPersonNouns.contains(w[n].lower),
            Lexicon.anonymousPersonNouns.contains(w[n + 1].lower), w[n + 2].lower == "who"
        {
            n += 1
        }
        guard n + 1 < w.count, w[n].kind == .word, !w[n].capitalised, Lexicon.anonymousPersonNouns.contains(w[n].lower), w[n + 1].lower == "who" else { return nil }
        // The clause's own verb ("who first posted the letter") comes first; the next verb of
        // saying is the sentence's.
        var own = n + 2
        while own < w.count && own < n + 5 && (isAdverbOrAuxiliary(w[own]) || ["first", "then", "also"].contains(w[own].lower)) { own += 1 }
        guard var v = ((own + 1)..<min(w.count, n + 14)).first(where: { w[$0].isReportingVerb || w[$0].isPunct || w[$0].sentence != w[k].sentence || w[$0].quote != -1 })
        else { return nil }
        let clauseEnd = v
        // "The forum user who posted it, ringleader_77, says": a handle in apposition before the verb.
        if w[v].lower == ",", let close = ((v + 1)..<min(w.count, v + 6)).first(where: { w[$0].lower == "," || w[$0].sentence != w[k].sentence || w[$0].quote != -1 }),
            w[close].lower == ",", close + 1 < w.count, w[close + 1].isReportingVerb,
            // A capitalised name there names the person, who is then no unnamed doer.
            !((v + 1)..<close).contains(where: { w[$0].capitalised || at[$0] >= 0 })
        {
            v = close + 1
        }
        guard w[v].isReportingVerb, !w[v].isParticiple, w[v].sentence == w[k].sentence, v > n + 2,
            !((n + 2)..<v).contains(where: { at[$0] >= 0 && mentions[at[$0]].kind == .person })
        else { return nil }
        return "the " + text.text(words: (k + 1)..<clauseEnd)
    }

    /// "A person familiar with the talks", "An employee of the bank", "One worker at the
    /// plant": the phrase after a person's noun that says who the person is, up to a comma,
    /// a clause or the verb (word `e` follows the noun).
    func qualifierEnd(_ e: Int) -> Int {
        let w = text.words
        guard e < w.count else { return e }
        var start = e
        // "familiar with", "briefed on", "close to": an adjective or participle before its preposition.
        if start + 1 < w.count, w[start].kind == .word, !w[start].capitalised, !w[start].isReportingVerb, !w[start].tags.contains(.preposition),
            w[start + 1].tags.contains(.preposition), w[start + 1].sentence == w[e].sentence
        {
            start += 1
        }
        guard w[start].tags.contains(.preposition), w[start].quote == -1 else { return e }
        var end = start + 1
        // "with 22 years’ service": a plural's possessive inside the qualifier runs on.
        while end < w.count && end < start + 8 && w[end].sentence == w[e].sentence && w[end].quote == -1
            && (w[end].kind == .word || w[end].kind == .number || w[end].kind == .possessive && end > start + 1 && end + 1 < w.count
                && w[end + 1].kind == .word)
            && !w[end].isReportingVerb
            && !Lexicon.auxiliaries.contains(w[end].lower) && !["who", "that", "which", "and"].contains(w[end].lower)
        {
            end += 1
        }
        return end > start + 1 ? end : e
    }

    static let sentenceConjunctions: Set<String> = ["but", "and", "yet", "still", "now", "meanwhile"]

    /// Nouns for the unnamed actors of a story, which it goes on calling "the killer".
    static let unnamedActors: Set<String> = [
        "killer", "gunman", "attacker", "assailant", "kidnapper", "captor", "hostage", "suspect", "jihadist", "militant", "narrator",
    ]

    /// "Speaking to the camera, the hostage ...": the sentence of word `k` opens with a
    /// participle's phrase that ends before it.
    static func opensWithParticiple(_ w: [Word], _ k: Int) -> Bool {
        var s = k
        while s > 0 && w[s - 1].sentence == w[k].sentence { s -= 1 }
        return s < k && w[s].isParticiple && w[s].capitalised
    }

    /// Whether the sentence of word `k` names a person (outside quotations).
    func namesAPerson(sentenceOf k: Int) -> Bool {
        let w = text.words
        var s = k
        while s > 0 && w[s - 1].sentence == w[k].sentence { s -= 1 }
        var e = k
        while e < w.count && w[e].sentence == w[k].sentence { e += 1 }
        return (s..<e).contains { at[$0] >= 0 && w[$0].quote == -1 && mentions[at[$0]].kind != .organisation && mentions[at[$0]].tokens.count >= 2 }
    }

    /// Determiners that stand alone for a person said before ("one wrote", "said another").
    static let ellipticalSubjects: Set<String> = ["one", "another"]

    /// "one", "another", "a third", "one of them" standing for a noun said before: completed
    /// with the head of the last unnamed speaker in this or the last two paragraphs ("one
    /// Twitter user ... another" is "another Twitter user"), else with the group a sentence
    /// there opens with: its first plural noun for people, made singular ("some supporters ...
    /// one" is "one supporter"; "two officials who spoke to us gave different accounts. One
    /// said" is "one official", not an account); "people" keeps what they are close to or
    /// familiar with ("one of the people close to the board"). As written otherwise.
    func completeEllipsis(_ d: String, before limit: Int, previous: ArraySlice<FoundQuote>) -> String {
        var words = d.lowercased().split(separator: " ").map(String.init)
        let ofThem = words.count == 3 && words[0] == "one" && words[1] == "of" && ["them", "those"].contains(words[2])
        if ofThem { words = ["one"] }
        let elliptical = words.count == 1 && Self.ellipticalSubjects.contains(words[0])
            || words.count == 2 && words[0] == "a" && Self.ordinals.contains(words[1])
        let w = text.words
        guard elliptical, limit < w.count else { return d }
        let paragraph = w[limit].paragraph
        var best: (at: Int, head: String)? = nil
        for f in previous.reversed() {
            guard f.span.paragraph + 2 >= paragraph, let a = f.attribution else { break }
            guard case .described(let e) = f.speaker else { continue }
            var head = e.split(separator: " ").map(String.init)
            while let first = head.first, Lexicon.determiners.contains(first.lowercased()) || Self.ellipticalSubjects.contains(first.lowercased())
                || Self.ordinals.contains(first.lowercased()) || first.lowercased() == "a"
            {
                head.removeFirst()
            }
            if !head.isEmpty {
                best = (a.speakerWord, head.joined(separator: " "))
                break
            }
        }
        // Sentences back from the quotation's, each read from its start.
        var end = limit
        while end > 0 && end - 1 > (best?.at ?? -1) && w[end - 1].paragraph + 1 >= paragraph {
            var start = end - 1
            while start > 0 && w[start - 1].sentence == w[end - 1].sentence { start -= 1 }
            start = max(start, (best?.at ?? -1) + 1)
            if let group = (start..<end).first(where: { groupNoun($0, opener: $0 == start || w[$0 - 1].sentence != w[$0].sentence) }) {
                best = (group, groupHead(group, plural: ofThem))
                break
            }
            end = start
        }
        guard let best else { return d }
        if best.head.hasPrefix("of the ") { return "one " + best.head }
        return words.joined(separator: " ") + " " + best.head
    }

    /// Word `k` is a plural noun for people outside a quotation ("officials", "neighbours",
    /// "people"); a sentence may open with it ("Fans shared clips").
    func groupNoun(_ k: Int, opener: Bool) -> Bool {
        let x = text.words[k]
        guard x.quote == -1, x.kind == .word, !x.capitalised || opener else { return false }
        if x.lower == "people" { return true }
        // A voice that is no person ("accounts", "statements", "teams") is no group of speakers.
        return x.lower.hasSuffix("s") && Self.isPluralPersonNoun(x.lower) && !Self.impersonalVoices.contains(String(x.lower.dropLast()))
    }

    static let impersonalVoices: Set<String> = ["account", "statement", "press", "office", "team"]

    /// Words after "people" that say which people ("close to", "familiar with", "briefed on").
    static let groupCues: Set<String> = ["close", "familiar", "with", "briefed", "involved", "aware"]

    /// The singular of the group noun at `k` with its modifiers and "of" phrase ("two former
    /// members of staff" is "former member of staff"), or for "one of them" the group itself
    /// ("of the former members of staff"); "people" with what it is close to, familiar with
    /// or knows of ("of the people close to the board").
    func groupHead(_ k: Int, plural: Bool) -> String {
        let w = text.words
        if w[k].lower == "people" {
            // "the two people said" refers back to "two people close to the sale" further up.
            let definite = k >= 1 && w[k - 1].lower == "the" || k >= 2 && w[k - 2].lower == "the" && isCountWord(w[k - 1])
            if definite, k + 1 < w.count, !Self.groupCues.contains(w[k + 1].lower),
                let earlier = (0..<k).last(where: { w[$0].lower == "people" && w[$0].quote == -1 && $0 + 1 < w.count && Self.groupCues.contains(w[$0 + 1].lower) })
            {
                return groupHead(earlier, plural: plural)
            }
            var e = k + 1
            if e < w.count, Self.groupCues.contains(w[e].lower) {
                while e < w.count, e < k + 9, w[e].sentence == w[k].sentence, w[e].kind == .word || w[e].kind == .possessive,
                    !w[e].isReportingVerb, !Lexicon.auxiliaries.contains(w[e].lower), !["who", "that", "said"].contains(w[e].lower)
                {
                    e += 1
                }
            }
            return e > k + 1 ? "of the people " + text.text(words: (k + 1)..<e) : "of the people"
        }
        var from = k
        while from > 0 && from > k - 2 && w[from - 1].sentence == w[k].sentence && w[from - 1].kind == .word && !w[from - 1].capitalised
            && !w[from - 1].tags.contains(.function) && !w[from - 1].tags.contains(.determiner) && !MentionFinder.numberWords.contains(w[from - 1].lower)
            && !w[from - 1].isReportingVerb && !Lexicon.auxiliaries.contains(w[from - 1].lower)
        {
            from -= 1
        }
        var head = (from..<k).map { w[$0].lower } + [plural ? w[k].lower : String(w[k].lower.dropLast())]
        if k + 2 < w.count, w[k + 1].lower == "of", w[k + 2].kind == .word, !w[k + 2].capitalised, !w[k + 2].tags.contains(.determiner),
            w[k + 2].sentence == w[k].sentence
        {
            head += ["of", w[k + 2].lower]
        }
        return (plural ? "of the " : "") + head.joined(separator: " ")
    }

    func isCountWord(_ x: Word) -> Bool { x.kind == .number || MentionFinder.numberWords.contains(x.lower) }

    static let ordinals: Set<String> = ["second", "third", "fourth", "fifth"]

    /// "a company spokesman", "a council spokeswoman": the voice at word `v` after a
    /// lower-case organisation noun speaks for the organisation that noun refers back to.
    func voiceOfPremodifier(_ v: Int, previous: ArraySlice<FoundQuote>) -> Int? {
        let w = text.words
        guard v >= 1, v < w.count, Self.spokespeople.contains(w[v].lower), w[v - 1].kind == .word, !w[v - 1].capitalised,
            w[v - 1].tags.contains(.organisationNoun), w[v - 1].sentence == w[v].sentence
        else { return nil }
        return organisation(called: w[v - 1].lower, before: v - 1) ?? previousSpeaker(before: v - 1)
    }

    /// "Acme said it accepted the ruling. A company spokeswoman said ...": the name of no person
    /// that opens the sentence before (in this or the previous paragraph) as the subject of a
    /// verb of saying, the voice's organisation when the article never wrote it with the noun.
    func previousSpeaker(before limit: Int) -> Int? {
        let w = text.words
        var s = limit
        while s > 0 && w[s - 1].sentence == w[limit].sentence { s -= 1 }
        guard s > 0 else { return nil }
        var p = s - 1
        while p > 0 && w[p - 1].sentence == w[s - 1].sentence { p -= 1 }
        let start = w[p].lower == "the" ? p + 1 : p
        guard w[limit].paragraph - w[p].paragraph <= 1, at[start] >= 0, mentions[at[start]].full.lowerBound == start else { return nil }
        let m = at[start]
        guard mentions[m].kind != .person, mentions[m].gender == nil, !mentions[m].possessive else { return nil }
        var e = mentions[m].words.upperBound
        while e < w.count && e < mentions[m].words.upperBound + 3 && isAdverbOrAuxiliary(w[e]) { e += 1 }
        guard e < w.count, !w[e].isParticiple else { return nil }
        // An outlet that says or reports passes on others' words; one that declines or repeats
        // its position ("MBN repeated its position") answers as a party, through its voice.
        let outlet = outlets.contains(m)
        if w[e].isReportingVerb && !outlet { return m }
        // "Acme declined to confirm the report. “...,” a spokesperson said": a body declining to
        // answer has been asked, and its voice answers next.
        if ["declined", "refused", "declines", "refuses"].contains(w[e].lower), e + 1 < w.count, w[e + 1].lower == "to" { return m }
        // "Acme repeated its position", "Acme issued a statement on Monday": a verb whose
        // object is the body's word on the matter tells that it spoke as much as "said" does.
        let object = (e + 1)..<min(w.count, e + 4)
        return object.contains { w[$0].sentence == w[e].sentence && Self.positionNouns.contains(w[$0].lower) }
            && w[e + 1].kind == .word && (w[e + 1].tags.contains(.determiner) || Self.positionNouns.contains(w[e + 1].lower)) ? m : nil
    }

    /// A body's word on a matter, as the object of the verb that gives it ("repeated its
    /// position", "issued a statement", "restated its denial").
    static let positionNouns: Set<String> = ["position", "statement", "denial", "stance", "response", "reply", "comment", "line", "view"]

    /// The name the article gave the organisation a noun refers to: the last one written with
    /// the noun in it or beside it ("Tessbury city council", "Acme, the country's largest
    /// mining company", "the mining company Acme"), anywhere before `limit`; not an outlet.
    func organisation(called noun: String, before limit: Int) -> Int? {
        let w = text.words
        return mentions.indices.last { i in
            let m = mentions[i]
            guard m.words.upperBound <= limit, m.kind != .person, !outlets.contains(i), w[m.words.lowerBound].quote == -1 else { return false }
            if m.tokens.contains(noun) { return true }
            let start = m.full.lowerBound
            if start > 0, w[start - 1].lower == noun, !w[start - 1].capitalised { return true }
            var k = m.words.upperBound
            while k < limit && k < m.words.upperBound + 7 && w[k].sentence == w[start].sentence && w[k].quote == -1 && at[k] < 0
                && (w[k].kind == .word && !w[k].capitalised && !w[k].isReportingVerb && !Lexicon.clauseWords.contains(w[k].lower)
                    && !w[k].tags.contains(.preposition) || w[k].kind == .possessive || w[k].lower == "," && k == m.words.upperBound)
            {
                if w[k].lower == noun { return !apposedClause(k, after: m.words.upperBound) }
                k += 1
            }
            return false
        }
    }

    /// "to close Tannery Lane, the council has published": after a comma, a noun phrase that
    /// a verb follows opens a clause of its own and is no apposition to the name before it.
    func apposedClause(_ noun: Int, after end: Int) -> Bool {
        let w = text.words
        guard end < noun, w[end].lower == ",", noun + 1 < w.count,
            w[noun + 1].sentence == w[noun].sentence, w[noun + 1].kind == .word, !w[noun + 1].capitalised
        else { return false }
        let x = w[noun + 1]
        return Lexicon.auxiliaries.contains(x.lower) || x.isReportingVerb && !x.isParticiple
            || !x.tags.contains(.function) && !x.tags.contains(.preposition) && (x.lower.hasSuffix("ed") || x.lower.hasSuffix("s") && !x.lower.hasSuffix("ss"))
    }

    /// "A spokesman for Acme confirmed the find." or "Last night an Acme spokeswoman was keen to
    /// stress ...": a sentence of this or the previous paragraph, after word `from`, whose
    /// subject is an organisation's unnamed voice; a pronoun after it is that organisation
    /// speaking, with the role.
    /// Whether word `k` follows a comma that closes a short clause opening its sentence
    /// ("Asked about the memo,", "In a brief reply,"), with no quotation or verb of saying in it.
    func openingClause(before k: Int) -> Bool {
        let w = text.words
        guard k > 1, w[k - 1].lower == "," else { return false }
        var s0 = k - 1
        while s0 > 0 && w[s0 - 1].sentence == w[k].sentence && k - s0 <= 8 { s0 -= 1 }
        guard s0 == 0 || w[s0 - 1].sentence != w[k].sentence else { return false }
        return !(s0..<(k - 1)).contains { w[$0].quote != -1 || w[$0].isReportingVerb || w[$0].lower == "," }
    }

    func voiceAntecedent(after from: Int, before limit: Int) -> (Int, String)? {
        let w = text.words
        guard limit < w.count else { return nil }
        var k = limit - 1
        while k > max(from, 0) && w[k].paragraph + 1 >= w[limit].paragraph {
            // The subject opens the sentence, after at most a short time phrase ("Last night")
            // or a short opening clause and its comma ("Asked about the memo, a spokeswoman").
            if w[k].quote == -1, ["a", "an"].contains(w[k].lower), (1...3).contains(where: { k - $0 >= 0 && w[k - $0].sentence != w[k].sentence })
                || w[k - 1].sentence != w[k].sentence || openingClause(before: k)
            {
                var v = k + 1
                while v < w.count && v < k + 4 && !Self.spokespeople.contains(w[v].lower) { v += 1 }
                if v < w.count, Self.spokespeople.contains(w[v].lower), w[v].sentence == w[k].sentence {
                    if v + 2 < w.count, ["for", "at", "of", "from"].contains(w[v + 1].lower) {
                        let j = w[v + 2].lower == "the" ? v + 3 : v + 2
                        if j < w.count, at[j] >= 0, mentions[at[j]].kind != .person { return (at[j], w[v].lower) }
                    }
                    var j = v - 1
                    if j > k && w[j].kind == .possessive { j -= 1 }
                    if j > k, at[j] >= 0, mentions[at[j]].kind != .person { return (at[j], w[v].lower) }
                    if v == k + 2, let m = voiceOfPremodifier(v, previous: []) { return (m, w[v].lower) }
                }
            }
            k -= 1
        }
        return nil
    }

    /// "The band's representatives confirmed that ... “...,” they said": the nearest plural
    /// description of people, in this or the previous paragraph, that is the subject of a
    /// reporting verb (adverbs and auxiliaries between), as written and where it starts.
    func pluralDescription(before limit: Int) -> (String, Int)? {
        let w = text.words
        guard limit < w.count else { return nil }
        var k = limit - 1
        while k > 0 && w[k].paragraph + 1 >= w[limit].paragraph {
            if w[k].quote == -1, w[k].kind == .word, !w[k].capitalised, Self.isPluralPersonNoun(w[k].lower) {
                var v = k + 1
                while v < limit && v < k + 3 && isAdverbOrAuxiliary(w[v]) { v += 1 }
                if v < limit, w[v].isReportingVerb, !w[v].isParticiple {
                    var start = k
                    while start > 0 && k - start < 5 && w[start - 1].sentence == w[k].sentence && w[start - 1].quote == -1 {
                        let y = w[start - 1]
                        guard y.kind == .possessive || y.kind == .word && !y.isReportingVerb && !y.tags.contains(.preposition)
                            && (!Lexicon.clauseWords.contains(y.lower) || Lexicon.determiners.contains(y.lower))
                        else { break }
                        start -= 1
                        if Lexicon.determiners.contains(y.lower) { break }
                    }
                    // From the determiner, or the noun alone when none opens the phrase.
                    if !Lexicon.determiners.contains(w[start].lower) { start = k }
                    return (text.text(words: start..<(k + 1)), start)
                }
            }
            k -= 1
        }
        return nil
    }

    /// Whether "it" at word `limit` stands for a written piece: of the last three sentences
    /// before it (this and the previous paragraph), the nearest that opens with a subject
    /// opens with "the article", "this report", "its headline", not a name.
    func documentSubject(before limit: Int) -> Bool { documentReferredTo(before: limit) != nil }

    /// Whether the subject at word `k` is a written piece ("the memo", "the leaked letter").
    func namesDocument(from k: Int) -> Bool {
        let w = text.words
        return (k..<min(w.count, k + 4)).contains { j in
            w[j].sentence == w[k].sentence && w[j].kind == .word && !w[j].capitalised
                && (Lexicon.documentNouns.contains(w[j].lower) || Lexicon.authoredDocuments.contains(w[j].lower))
        }
    }

    /// The document noun "it" refers back to (`documentSubject`), if any.
    func documentReferredTo(before limit: Int) -> Int? {
        let w = text.words
        guard limit < w.count else { return nil }
        var k = limit - 1
        var sentences = 0
        while k >= 0 && sentences < 3 && w[k].paragraph + 1 >= w[limit].paragraph {
            if w[k].quote == -1 && (k == 0 || w[k - 1].sentence != w[k].sentence) {
                sentences += 1
                if at[k] >= 0 { return nil }
                // "A post from the account @X is being shared. It reads:" introduces it as "the" does.
                if ["the", "this", "its", "that", "a", "an"].contains(w[k].lower) {
                    var e = k + 1
                    while e < w.count && e < k + 3 && w[e].kind == .word && !w[e].capitalised && !Lexicon.documentNouns.contains(w[e].lower) { e += 1 }
                    if e < w.count && Lexicon.documentNouns.contains(w[e].lower) && !w[e].capitalised { return e }
                    if at[min(k + 1, w.count - 1)] >= 0 { return nil }
                }
            }
            k -= 1
        }
        return nil
    }

    func isAdverbOrAuxiliary(_ x: Word) -> Bool {
        x.kind == .word && !x.capitalised && (Lexicon.auxiliaries.contains(x.lower) || x.lower.hasSuffix("ly") && x.lower.count > 4)
    }

    /// "sources", "reps", "officials", "police": a plural noun for people who speak.
    static func isPluralPersonNoun(_ x: String) -> Bool {
        if ["people", "staff", "police", "authorities"].contains(x) { return true }
        guard x.hasSuffix("s"), !x.hasSuffix("ss") else { return false }
        let singular = String(x.dropLast())
        func person(_ y: String) -> Bool {
            Lexicon.sourceNouns.contains(y) || Lexicon.voiceRoles.contains(y) || Lexicon.roleWords.contains(y)
                || Lexicon.anonymousPersonNouns.contains(y)
        }
        return person(singular) || Lexicon.sourceNouns.contains(x)
    }

    /// "“...,” a ministry spokesman said. “...,” he said": the previous quotation, in this or
    /// the previous paragraph, was credited to an unnamed person after the last name that
    /// could be the pronoun's; the pronoun goes on with that description.
    func describedSpeaker(_ previous: FoundQuote?, after from: Int, paragraph: Int) -> String? {
        guard let previous, case .described(let d) = previous.speaker, let a = previous.attribution,
            a.speakerWord >= from, previous.span.paragraph + 1 >= paragraph,
            case let words = d.lowercased().split(separator: " ").map(String.init), words.count >= 2,
            ["a", "an", "the", "one"].contains(words[0])
        else { return nil }
        // He or she stands for one person: "a source", not "the sources" nor "the statement".
        let head = words[words.count - 1]
        let plural = head.hasSuffix("s") && !head.hasSuffix("ss") || ["people", "staff", "police"].contains(head)
        let person = Lexicon.sourceNouns.contains(head) || Lexicon.anonymousPersonNouns.contains(head) || Lexicon.personNouns.contains(head)
            || Lexicon.roleWords.contains(head) || Self.spokespeople.contains(head)
        return person && !plural ? d : nil
    }

    /// "The Pope, speaking on Sunday, said ... “...,” he said": a sentence after the name
    /// found for a pronoun that opens with a definite description of a person the story
    /// names with that role; that person is the nearer antecedent.
    func definiteAntecedent(after from: Int, before limit: Int, gender: Gender) -> Int? {
        let w = text.words
        var k = min(limit, w.count) - 1
        while k > from {
            // "Approached after the service, the bishop smiled": a short opening clause may stand
            // before the subject.
            let opens = w[k - 1].sentence != w[k].sentence || openingClause(before: k) || participleOpening(before: k)
            if opens && w[k].quote == -1 && w[k].lower == "the", let (head, age) = personDescription(at: k) ?? roleBeforeVerb(at: k), !age,
                let p = person(withRole: head, before: k), mentions[p].gender == nil || mentions[p].gender == gender
            {
                return p
            }
            k -= 1
        }
        return nil
    }

    /// "Approached by the Star after a service at St Mary's, Leeds, on Thursday, the bishop": a
    /// participle's clause opening the sentence, commas and all, before word `k`.
    func participleOpening(before k: Int) -> Bool {
        let w = text.words
        guard k > 1, w[k - 1].lower == "," else { return false }
        var s0 = k - 1
        while s0 > 0 && w[s0 - 1].sentence == w[k].sentence && k - s0 <= 24 { s0 -= 1 }
        guard s0 == 0 || w[s0 - 1].sentence != w[k].sentence, w[s0].kind == .word else { return false }
        let first = w[s0].lower
        return (first.hasSuffix("ed") || first.hasSuffix("ing")) && at[s0] < 0
            && !(s0..<(k - 1)).contains { w[$0].quote != -1 || w[$0].isReportingVerb && $0 > s0 }
    }

    /// "the bishop smiled", "the minister paused": a role word right after "the" and before a
    /// verb in the past, which `personDescription` reads on into.
    func roleBeforeVerb(at k: Int) -> (head: String, age: Bool)? {
        let w = text.words
        guard k + 2 < w.count, w[k + 1].kind == .word, w[k + 2].kind == .word, !w[k + 2].capitalised, w[k + 2].lower.hasSuffix("ed"),
            w[k + 2].sentence == w[k].sentence
        else { return nil }
        let head = w[k + 1].lower
        guard Lexicon.roleWords.contains(head) || Lexicon.titles.contains(head), !Lexicon.sourceNouns.contains(head), !Lexicon.voiceRoles.contains(head),
            !w[k + 1].tags.contains(.organisationNoun)
        else { return nil }
        return (head, false)
    }

    func isGroup(_ s: LocalSpeaker?) -> Bool {
        switch s {
        case .entities: true
        case .entity(let m): mentions[m].kind == .organisation
        // "her family", "the victims' parents": people who speak as one.
        case .described(let d):
            d.lowercased().split(separator: " ").last.map { last in
                Self.kinGroups.contains(String(last)) || last.hasSuffix("s") && Lexicon.personNouns.contains(String(last))
            } ?? false
        default: false
        }
    }

    /// The person a pronoun at word `limit` stands for, named before it as a subject (not
    /// within three words after a preposition). In order: a known person (a titled or
    /// role-bearing name, an earlier speaker or their surname) in this or the previous
    /// paragraph; a full name that is no place in this or the previous paragraph ("Jo Roe found
    /// him. “...,” she said"); a known person in the last three paragraphs; the last known
    /// person named at all. A gender from an honorific or the article's own pronouns must agree.
    func nearestPerson(before limit: Int, gender: Gender?, speakers: Speakers) -> Int? {
        let w = text.words
        func surname(_ token: String) -> Bool {
            // A live blog, newest entry first, gives the full name below the surname.
            (surnameFrom[token] ?? .max) <= limit || speakers.surnames.contains(token) || liveBlog && surnameFrom[token] != nil
        }
        let paragraph = limit < w.count ? w[limit].paragraph : (w.last?.paragraph ?? 0)
        func governed(_ start: Int) -> Bool {
            // "(Jabhat al-Nusra)": a name in brackets glosses another.
            if start >= 1 && w[start - 1].lower == "(" { return true }
            // "Asked whether Roe had called, Poe said": whom the question names is not who answers.
            if start < w.count, at[start] >= 0, AttributionReader.inQuestionOpening(w, start, mentions[at[start]].words.upperBound) { return true }
            // "the mayor told Le Courrier": whom a speaker tells is the verb's object, no subject.
            if start >= 1 && Self.tellingVerbs.contains(w[start - 1].lower) { return true }
            // "Speaking on Atlantic FM's Morning Tide programme": what a governed name owns is
            // governed with it.
            if start >= 2, w[start - 1].kind == .possessive, at[start - 2] >= 0, mentions[at[start - 2]].words.upperBound == start - 1,
                at[start - 2] != (start < w.count ? at[start] : -1), governed(mentions[at[start - 2]].full.lowerBound)
            {
                return true
            }
            // "in Texas City, Texas": a place set after a governed place is governed too; not a
            // name that a verb follows ("Per Roe, Jo Poe claimed").
            let after = start < w.count && at[start] >= 0 ? mentions[at[start]].words.upperBound : w.count
            // "On Mill Lane, Jo Roe, who runs a shop, said": a relative clause about a person
            // follows a subject, never a place set after a place.
            let relativeFollows = after + 1 < w.count && w[after].lower == "," && ["who", "whose"].contains(w[after + 1].lower)
            let verbFollows = relativeFollows || after < w.count && w[after].kind == .word && !w[after].capitalised
                && !w[after].tags.contains(.preposition) && !w[after].tags.contains(.function)
            // "The mayor of Les Arcelles, Jo Roe, said": a person is no place set after one.
            let person = start < w.count && at[start] >= 0 && mentions[at[start]].kind == .person
            if start >= 2, !verbFollows, !person, w[start - 1].lower == ",", at[start - 2] >= 0, mentions[at[start - 2]].words.upperBound == start - 1,
                at[start - 2] != (start < w.count ? at[start] : -1), mentions[at[start - 2]].full.lowerBound < start - 1,
                governed(mentions[at[start - 2]].full.lowerBound)
            {
                return true
            }
            var k = start - 1
            // "Per Roe, ..." or "Like Roe, ...": a preposition may open the sentence.
            func opener(_ k: Int) -> Bool { k == 0 || w[k - 1].sentence != w[k].sentence }
            while k >= 0 && k >= start - 3 && w[k].kind == .word
                && (!w[k].capitalised || opener(k) && w[k].tags.contains(.preposition) || Lexicon.demonyms.contains(w[k].lower) && k + 1 < start)
            {
                // "a woman named as Jo Roe": the name is the complement, not a subject.
                if w[k].lower == "as" && k > 0 && Self.namingParticiples.contains(w[k - 1].lower) { return true }
                if w[k].tags.contains(.preposition) {
                    // "before Roe appears": a conjunction opening a clause with its subject.
                    if Self.conjunctions.contains(w[k].lower), at[start] >= 0 {
                        let e = mentions[at[start]].words.upperBound
                        if e < w.count && w[e].kind == .word && !w[e].capitalised
                            && (Lexicon.auxiliaries.contains(w[e].lower) || w[e].isReportingVerb || w[e].lower.hasSuffix("ed") || w[e].lower.hasSuffix("s"))
                        {
                            return false
                        }
                    }
                    return true
                }
                // "the wife of aid worker Jo Roe": a noun's modifiers may stand between.
                if !w[k].tags.contains(.determiner) && (w[k].isReportingVerb || Lexicon.auxiliaries.contains(w[k].lower)
                    || Lexicon.clauseWords.contains(w[k].lower) || w[k].lower.hasSuffix("ed") || w[k].lower.hasSuffix("s"))
                {
                    return false
                }
                k -= 1
            }
            return false
        }
        // "Breitbart published ... Breitbart Texas spoke with Dr. Jo Roe. He said": an outlet
        // the article cites, or a name that opens with one, is nobody's "he".
        // Only a cited name with an outlet's look, after a noun for one ("news website X") or
        // that "reports": a person who "posted" is cited too.
        let outletNames = outlets.filter { i in
            let start = mentions[i].full.lowerBound
            let end = mentions[i].words.upperBound
            return !mentions[i].tokens.isEmpty
                && (CitationFinder.looksLikeOutlet(mentions[i]) || start > 0 && Self.outletNouns.contains(w[start - 1].lower)
                    // "Omar reported victims arriving": a person's surname may report too.
                    || end < w.count && AttributionReader.reportedBy.contains(w[end].lower) && mentions[i].tokens.count >= 2 && mentions[i].kind != .person)
        }.map { mentions[$0].tokens }
        func eligible(_ m: Mention) -> Bool {
            (m.gender == nil || gender == nil || m.gender == gender) && m.kind != .organisation && !isAcronym(m) && !definite(m)
                && !(m.kind != .person && outletNames.contains { m.tokens.starts(with: $0) })
        }
        func named(_ m: Mention) -> Bool {
            m.tokens.count >= 2 && !opensWithNonName(m) && !Lexicon.placeSuffixes.contains(m.tokens.last!)
                && !Lexicon.placePrefixes.contains(m.tokens[0])
                // "Ford F-250": a model number is no person's name.
                && !m.tokens.contains { $0.unicodeScalars.contains { $0.value >= 48 && $0.value <= 57 } }
        }
        // "Jo Roe said the couple would move on. “...,” he said": a full name that reports
        // speech is a person who talks, as much as one who was quoted before.
        func predicate(_ m: Mention) -> Int {
            let e = m.words.upperBound
            // "Jo Roe, who represents the workers, said" (or "whose firm runs ..."): the relative
            // clause is an aside.
            if e + 1 < w.count, w[e].lower == ",", ["who", "whose"].contains(w[e + 1].lower),
                let close = ((e + 2)..<min(w.count, e + 25)).first(where: { w[$0].lower == "," || w[$0].sentence != w[e].sentence || w[$0].quote != -1 }),
                w[close].lower == ","
            {
                return close + 1
            }
            // "Jo Roe, the showrunner, said": an apposition after the name, however the lexicon
            // knows its noun, when the subject's verb follows it.
            if e + 1 < w.count, w[e].lower == ",", ["a", "an", "the", "his", "her", "its", "their"].contains(w[e + 1].lower),
                let close = ((e + 2)..<min(w.count, e + 14)).first(where: { w[$0].lower == "," || w[$0].sentence != w[e].sentence || w[$0].quote != -1 }),
                w[close].lower == ",", close + 1 < w.count, w[close + 1].sentence == w[e].sentence, finiteVerb(w[close + 1])
            {
                return close + 1
            }
            // "Jo Roe, of the Glenside Traders' Association, said": whom she is with, set off by
            // commas as British papers write it, stands between the name and its verb.
            if e + 2 < w.count, w[e].lower == ",", ["of", "from", "at"].contains(w[e + 1].lower),
                let close = ((e + 2)..<min(w.count, e + 16)).first(where: { w[$0].lower == "," || w[$0].sentence != w[e].sentence || w[$0].quote != -1 }),
                w[close].lower == ",", close + 1 < w.count, w[close + 1].sentence == w[e].sentence, finiteVerb(w[close + 1])
            {
                return close + 1
            }
            // "The spokesman who issued the denial, Jo Roe, said": a name in apposition to the
            // subject, its closing comma before the subject's verb.
            let start = m.full.lowerBound
            if e + 1 < w.count, w[e].lower == ",", start > 0, w[start - 1].lower == ",", w[e + 1].sentence == w[e].sentence, finiteVerb(w[e + 1]) {
                return e + 1
            }
            // "Jo Roe of the Save Leeds Library group said": whom she is with stands between
            // the name and its verb.
            if e + 1 < w.count, ["of", "from", "at"].contains(w[e].lower) {
                var k = w[e + 1].lower == "the" ? e + 2 : e + 1
                guard k < w.count, at[k] >= 0, mentions[at[k]].full.lowerBound == k else { return e }
                k = mentions[at[k]].words.upperBound
                let after = k
                while k < w.count && k < after + 2 && w[k].kind == .word && !w[k].capitalised && Lexicon.organisationNouns.contains(w[k].lower) { k += 1 }
                if k < w.count, w[k].isReportingVerb || Lexicon.auxiliaries.contains(w[k].lower) { return k }
            }
            return e
        }
        func finiteVerb(_ x: Word) -> Bool {
            guard x.kind == .word, !x.capitalised else { return false }
            return Lexicon.auxiliaries.contains(x.lower) || x.isReportingVerb && !x.isParticiple
                || !x.tags.contains(.function) && !x.tags.contains(.preposition) && (x.lower.hasSuffix("ed") || x.lower.hasSuffix("s") && !x.lower.hasSuffix("ss"))
        }
        func reports(_ m: Mention) -> Bool {
            var e = predicate(m)
            let verbFrom = e
            while e < w.count && e < verbFrom + 2 && isAdverbOrAuxiliary(w[e]) { e += 1 }
            return e < w.count && w[e].isReportingVerb && !w[e].isParticiple && m.tokens.count >= 2 && named(m)
        }
        // "Rival player Jo Roe, who came third, did not hold back. “...,” he said": a full name
        // that is the subject of a clause in the quote's own paragraph is whom the paragraph
        // is about, before anyone known from further up.
        func acts(_ m: Mention) -> Bool {
            let e = predicate(m)
            guard e < w.count, w[e].sentence == w[m.words.lowerBound].sentence, w[e].kind == .word, !w[e].capitalised else { return false }
            let x = w[e].lower
            return Lexicon.auxiliaries.contains(x) || w[e].isReportingVerb && !w[e].isParticiple
                || !w[e].tags.contains(.function) && !w[e].tags.contains(.preposition) && (x.hasSuffix("ed") || x.hasSuffix("s") && !x.hasSuffix("ss"))
        }
        func known(_ i: Int) -> Bool {
            let m = mentions[i]
            return m.kind == .person || speakers.contains(i) && (m.tokens.count >= 2 || m.gender != nil)
                || m.tokens.count == 1 && (surname(m.tokens[0]) || (givenFrom[m.tokens[0]] ?? .max) <= m.words.lowerBound) || reports(m)
        }
        // The subject of a sentence is the likelier antecedent than a name later in it ("Roe
        // said Poe’s plan had failed. “...,” he said" is Roe): the first fitting name of the
        // sentence, when it opens a clause.
        func first(_ i: Int) -> Int {
            let sentence = w[mentions[i].words.lowerBound].sentence
            var k = i - 1
            var best = i
            while k >= 0 && w[mentions[k].words.lowerBound].sentence == sentence {
                let m = mentions[k]
                // "Acme Fire and Rescue commissioner Jo Roe said": a name in the same noun
                // phrase as the one after it (only names, "and" and the later name's own role
                // words between) is no subject of its own.
                let verbBetween = (m.words.upperBound..<max(m.words.upperBound, mentions[best].full.lowerBound)).contains { j in
                    w[j].kind == .word && !w[j].capitalised && !w[j].tags.contains(.function) && !w[j].tags.contains(.preposition)
                }
                if eligible(m) && !m.possessive && !governed(m.full.lowerBound) && (known(k) || named(m)) && verbBetween { best = k }
                k -= 1
            }
            return best
        }
        var tiers = [Int?](repeating: nil, count: 6)
        var end = mentions.count
        while end > 0 && mentions[end - 1].words.upperBound > limit { end -= 1 }
        for i in (0..<end).reversed() where mentions[i].words.upperBound <= limit {
            let m = mentions[i]
            guard eligible(m) else { continue }
            let start = m.full.lowerBound
            let distance = paragraph - w[start].paragraph
            // Beyond three paragraphs only tiers 3 and 5 still fill, and they rank below
            // 1, 2 and 4 and 5 below 3: once one of those is held, nothing further back
            // changes the answer (a long article no longer costs a scan to its top per quote).
            if distance > 3 && (tiers[1] ?? tiers[2] ?? tiers[4] ?? tiers[3]) != nil { break }
            // No reader carries a "he" back further than this; without the bound a transcript
            // of thousands of unnamed speakers costs a scan to its top for every one.
            if distance > Self.pronounReach { break }
            let known = known(i)
            let named = named(m)
            // "the girl was Roe's child": a possessive is no subject, unless it opens the
            // sentence ("Roe's last album was ...", whose topic Roe is).
            let subject = !governed(start) && (!m.possessive || start == 0 || w[start - 1].sentence != w[start].sentence)
            if named && subject && distance == 0 && acts(m) { return first(i) }
            if known && subject && distance <= 1 { return first(i) }
            if named && subject && distance <= 1 && tiers[1] == nil { tiers[1] = first(i) }
            if known && subject && distance <= 3 && tiers[2] == nil { tiers[2] = first(i) }
            if named && subject && distance <= 3 && tiers[4] == nil { tiers[4] = first(i) }
            if named && subject && tiers[5] == nil { tiers[5] = i }
            if known && tiers[3] == nil { tiers[3] = i }
            if !named && !known && subject && distance <= 1 && tiers[0] == nil && !w[m.words.lowerBound].tags.contains(.nonName) {
                tiers[0] = i
            }
        }
        // Last of all, a single unclassified name nearby ("a woman named Lina").
        return tiers[1] ?? tiers[2] ?? tiers[4] ?? tiers[3] ?? tiers[5] ?? tiers[0]
    }

    /// Whether a name opens with a word that is never a name on its own ("North Korea"); a
    /// given name that is also a function word ("May Roe", kept only where the grammar makes
    /// it one: `MentionFinder.isGivenName`) is a name's first word all the same.
    func opensWithNonName(_ m: Mention) -> Bool {
        let first = text.words[m.words.lowerBound]
        return first.tags.contains(.nonName) && !(Lexicon.givenNameWords.contains(first.lower) && m.tokens.count >= 2 && m.tokens[0] == first.lower)
    }

    /// Whether three or more paragraphs open with a clock time ("17:20 –", "9:05pm") and the
    /// times mostly run backwards down the page.
    static func newestFirst(_ w: [Word]) -> Bool {
        var times: [Int] = []
        for k in w.indices where (k == 0 || w[k - 1].paragraph != w[k].paragraph) && k + 2 < w.count {
            guard w[k].kind == .number, w[k + 1].lower == ":", w[k + 2].kind == .number, w[k + 2].paragraph == w[k].paragraph,
                let h = Int(w[k].lower), let m = Int(w[k + 2].lower.prefix(2)), h < 24, m < 60
            else { continue }
            let after = k + 3 < w.count ? w[k + 3].lower : ""
            let pm = (w[k + 2].lower.hasSuffix("pm") || after == "pm") && h < 12
            times.append((h + (pm ? 12 : 0)) * 60 + m)
        }
        guard times.count >= 3 else { return false }
        let down = zip(times, times.dropFirst()).count { $0 > $1 }
        return down * 2 > times.count - 1
    }

    /// Paragraphs a pronoun's antecedent is looked for in, before the quote's own.
    static let pronounReach = 40

    /// Prepositions that also open clauses ("after Roe left").
    static let conjunctions: Set<String> = ["before", "after", "since", "until", "as"]
    /// Verbs whose object is the one spoken to ("told the Post"), never the speaker.
    static let tellingVerbs: Set<String> = ["told", "tells", "tell", "telling"]

    /// Participles that take a name as their complement after "as" ("identified as Jo Roe").
    static let namingParticiples: Set<String> = ["named", "identified", "described", "known", "listed"]

    /// "the Tour", "the Netherlands": a name after "the" is no person's, unless a title
    /// stands between ("the Rev Jo Roe").
    func definite(_ m: Mention) -> Bool {
        let start = m.full.lowerBound
        return m.kind != .person && start > 0 && text.words[start - 1].lower == "the"
    }

    /// "BBC", "AP": initials name organisations far more often than people.
    func isAcronym(_ m: Mention) -> Bool {
        m.tokens.count == 1 && m.name.unicodeScalars.count >= 2
            && !m.name.unicodeScalars.contains { $0.value < 0x80 ? $0.value &- 97 < 26 : $0.properties.isLowercase }
    }

    /// "the company": the organisation that last spoke, else the last one named that is not
    /// an outlet the article cites (unless the noun is one for an outlet: "the paper"), else
    /// the last unclassified name that opened a clause in the last three paragraphs.
    func nearestOrganisation(before limit: Int, previous: ArraySlice<FoundQuote>, noun: String?) -> Int? {
        if let noun, let m = namedWith(noun, before: limit) { return m }
        if let noun, let m = nameEndingIn(noun, before: limit) { return m }
        if noun != nil, let m = issuerJustBefore(limit) { return m }
        // "Dorvane sought to reassure investors. “...,” the company said": the name the sentence
        // before opened with, as its subject, is what a generic noun refers back to, before a
        // body quoted or named further up ("the Journal of Sleep" in the paragraph above).
        if let noun, let generic = noun.lowercased().split(separator: " ").last.map(String.init), Self.genericOrganisationNouns.contains(generic),
            let m = subjectOfSentence(before: limit), !outlets.contains(m), !CitationFinder.looksLikeOutlet(mentions[m]),
            !Self.kindClash(mentions[m], generic),
            previous.last.map({ $0.span.close ?? $0.span.content.upperBound < text.words[mentions[m].words.lowerBound].start }) ?? true
        {
            return m
        }
        // "the embassy called that report “groundless”" after a quotation of the zoo: the last
        // organisation quoted is what the noun refers back to only if it could be called so.
        let nounHead = noun.flatMap { $0.lowercased().split(separator: " ").last.map(String.init) }
        if let earlier = previous.last, case .entity(let m) = earlier.speaker, mentions[m].kind == .organisation,
            !(nounHead.map { Self.kindClash(mentions[m], $0) } ?? false)
        {
            return m
        }
        let w = text.words
        let media = noun.map { n in Self.outletNouns.contains(String(n.lowercased().split(separator: " ").last ?? "")) } ?? false
        func outlet(_ i: Int) -> Bool {
            outlets.contains(i) || mentions[i].tokens.last.map { Lexicon.mediaSuffixes.contains($0) } == true
        }
        // "In a letter to Acme, the agency said": a name governed in the noun's own sentence is
        // another party of its clause, not what the noun refers back to.
        let sentence = limit < w.count ? w[limit].sentence : -1
        let before = mentions.indices.reversed().filter { i in
            let start = mentions[i].full.lowerBound
            let governed = w[start].sentence == sentence && start > 0 && w[start - 1].tags.contains(.preposition) && noun != nil
            return mentions[i].words.upperBound <= limit && !governed && !(noun != nil && Self.isProductCode(mentions[i]))
        }
        // Surnames of full names: "Roe" after "Jo Roe" is a person.
        var fullNames = Set<String>()
        for m in mentions where m.tokens.count >= 2 && m.kind != .organisation { fullNames.insert(m.tokens.last!) }
        // "Tarnwell Bank agreed a deal. ... the club said": a name whose own last word is
        // another organisation noun is not what the noun refers back to.
        let head = noun.flatMap { $0.lowercased().split(separator: " ").last.map(String.init) }
        func otherKind(_ i: Int) -> Bool {
            guard let head, let last = mentions[i].tokens.last, !Self.names(last, head) else { return false }
            // "the watchdog" is what a story calls its authority, commission or inspectorate.
            if Self.overseers.contains(head), Self.overseeingBodies.contains(last) { return false }
            if Self.ownershipForms.contains(head), !Self.publicBodies.contains(last) { return false }
            return Lexicon.organisationNouns.contains(head) && Lexicon.organisationNouns.contains(last) || Self.kindClash(mentions[i], head)
        }
        // "The Cheval Bridge Authority says ... the authority said": the last name that ends
        // in the noun, before any other organisation named since.
        // A noun outlets share ("the agency") may end a body's own name ("Ostral Space Agency").
        // A body named by its head noun and "of" ("the Diocese of Leeds", "the Ministry of
        // Works") is called by that noun as much as one whose name ends in it.
        if let head, limit < w.count,
            let m = before.first(where: { (mentions[$0].tokens.count >= 2 && mentions[$0].tokens.last.map({ Self.names($0, head) }) == true || headOf(mentions[$0], head)) && mentions[$0].kind != .person && w[limit].paragraph - w[mentions[$0].words.lowerBound].paragraph <= 5 }),
            !media || !outlet(m)
        {
            return m
        }
        if let m = before.first(where: { mentions[$0].kind == .organisation && outlet($0) == media && !otherKind($0) }) { return m }
        guard noun != nil, limit < w.count else { return nil }
        let paragraph = w[limit].paragraph
        return before.first { i in
            let m = mentions[i]
            let start = m.full.lowerBound
            // After a comma, unless a name stands before it: "in Wroclaw, Poland" names a place's country.
            func opensAt(_ k: Int) -> Bool {
                k == 0 || w[k - 1].sentence != w[k].sentence || w[k - 1].lower == "," && !(k >= 2 && w[k - 2].kind == .word && w[k - 2].capitalised)
            }
            // "The Varn Coastguard revised ...": a name may open its clause after "the".
            let opens = opensAt(start) || start > 0 && w[start - 1].lower == "the" && opensAt(start - 1)
            // "the ministry" is no "Corrandale National Park": a public body's noun wants a name
            // that holds it, here as before.
            return m.kind == .unknown && m.gender == nil && m.roles.isEmpty && !m.possessive && opens && !outlet(i)
                && !(head.map { Self.kindClash(m, $0) } ?? false)
                && paragraph - w[start].paragraph <= 3 && !isAcronym(m) && !(m.tokens.count == 1 && fullNames.contains(m.tokens[0]))
                && !(m.tokens.count == 1 && opensSentenceOnly(i))
        }
    }

    /// The name opening the sentence before the one at `limit`, when a verb follows it: a body
    /// (or a name nobody classified) with no gender, role or possessive, that is no acronym.
    func subjectOfSentence(before limit: Int) -> Int? {
        let w = text.words
        guard limit < w.count else { return nil }
        var first = limit
        while first > 0 && w[first - 1].sentence == w[limit].sentence { first -= 1 }
        // "Dorvane sought to reassure investors. “... We stand behind the data,” the company
        // said": the sentences of the quotation are its speaker's, not the story's; the
        // sentence the noun looks back to is the one before the quotation, in its paragraph.
        while first > 0 && w[first - 1].quote != -1 && w[first - 1].paragraph == w[limit].paragraph { first -= 1 }
        guard first > 0 else { return nil }
        var k = first - 1
        while k > 0 && w[k - 1].sentence == w[first - 1].sentence { k -= 1 }
        if w[k].lower == "the" { k += 1 }
        guard k < first, at[k] >= 0, mentions[at[k]].full.lowerBound == k || mentions[at[k]].words.lowerBound == k else { return nil }
        let i = at[k]
        let m = mentions[i]
        // "Shares fell 38%": a lone capitalised opener written nowhere else is no name.
        guard m.kind != .person, m.gender == nil, m.roles.isEmpty, !m.possessive, !isAcronym(m), !Self.isProductCode(m),
            !(m.tokens.count == 1 && opensSentenceOnly(i)),
            !(m.tokens.count == 1 && byLastToken[m.tokens[0]].map { $0.contains { mentions[$0].tokens.count >= 2 && mentions[$0].kind == .person } } == true)
        else { return nil }
        var e = m.words.upperBound
        while e < first && isAdverbOrAuxiliary(w[e]) { e += 1 }
        // Any lower-case word that is no function word or preposition: "sought", "is", "said".
        guard e < first, w[e].kind == .word, !w[e].capitalised, !w[e].tags.contains(.function) || e > m.words.upperBound,
            !w[e].tags.contains(.preposition), !w[e].isParticiple
        else { return nil }
        return i
    }

    /// "OT-417", "XR-7": letters then digits name a product or a model, which no noun for a
    /// body refers back to ("the company").
    static func isProductCode(_ m: Mention) -> Bool {
        m.tokens.contains { t in
            let letters = t.prefix { $0.isLetter }
            let rest = t.dropFirst(letters.count).drop { $0 == "-" }
            return !letters.isEmpty && rest.first?.isNumber == true && rest.allSatisfy { $0.isNumber || $0.isLetter }
        }
    }

    /// "the competition office" after "the National Competition Office": the last body named
    /// (within five paragraphs) whose name ends in the noun and the words before it, which
    /// says more than the body that spoke last.
    func nameEndingIn(_ noun: String, before limit: Int) -> Int? {
        let w = text.words
        var words = noun.lowercased().split(separator: " ").map(String.init)
        if words.first == "the" { words.removeFirst() }
        guard words.count >= 2, limit < w.count, words.allSatisfy({ !Lexicon.functionWords.contains($0) }) else { return nil }
        // Two words of a name are specific enough to refer back any distance.
        return mentions.indices.last { i in
            let m = mentions[i]
            return m.words.upperBound <= limit && m.kind != .person && m.tokens.count > words.count
                && Array(m.tokens.suffix(words.count)) == words
        }
    }

    /// Whether an organisation's name says it is another kind of body than `noun` names: "the
    /// embassy" is no "Acme Conservation Centre"; a generic noun ("the company", "the group")
    /// may refer to any of them.
    static func kindClash(_ m: Mention, _ noun: String) -> Bool {
        // "the company" is no "Harlow Borough Council": a trading noun is never a public body.
        if tradingNouns.contains(noun), let last = m.tokens.last, publicBodies.contains(last) { return true }
        // "the company" is no "Consumer Action League": a body of members trades in nothing.
        if tradingNouns.contains(noun), let last = m.tokens.last, memberBodies.contains(last) || last == "league" { return true }
        // "the police", "the embassy": a public body is referred back to by a name that says so
        // ("Belcastro Metropolitan Police"), never by an account's or a firm's name.
        if publicBodies.contains(noun) { return !m.tokens.contains { names($0, noun) } }
        // "the union", "the federation": a body of members is called so by a name that says so
        // ("Continental Handball Union"), never by a city's or a university's.
        if memberBodies.contains(noun) { return !m.tokens.contains { names($0, noun) } }
        // "the regulator", "the watchdog": a body that oversees ("... Authority", "Office of the
        // Data Commissioner"), never a company it oversees.
        if overseers.contains(noun) { return !m.tokens.contains { overseeingBodies.contains($0) || names($0, noun) } }
        guard Lexicon.organisationNouns.contains(noun), !genericOrganisationNouns.contains(noun), !outletNouns.contains(noun),
            let last = m.tokens.last, Lexicon.organisationNouns.contains(last) || Lexicon.organisationSuffixes.contains(last)
        else { return false }
        // "the cooperative" is "Dunvale Dairy": how a body is owned says nothing of its trade.
        if ownershipForms.contains(noun) { return publicBodies.contains(last) }
        // "the Airline Pilots' Guild" is no "airline": the words before a body of members say
        // whom it gathers, not what it is.
        if memberBodies.contains(last) { return !memberBodies.contains(noun) && !names(last, noun) }
        return !m.tokens.contains { names($0, noun) }
    }

    /// Nouns for how a body is owned or run rather than what it does, which any trading
    /// body's name may be called.
    static let ownershipForms: Set<String> = ["cooperative", "co-operative", "co-op", "charity"]

    /// Last words of bodies of members, which one another's nouns may refer back to.
    static let memberBodies: Set<String> = ["union", "guild", "society", "forum", "association", "federation", "alliance", "coalition"]

    /// Last words of public bodies' names, which no trading noun refers back to.
    static let publicBodies: Set<String> = [
        "council", "ministry", "department", "government", "police", "court", "embassy", "authority", "commission",
        "committee", "parliament", "assembly", "senate", "congress", "inspectorate", "directorate", "tribunal", "executive",
    ]

    /// Nouns for what a body does rather than what it is, and the bodies they name.
    static let overseers: Set<String> = ["watchdog", "regulator"]
    static let overseeingBodies: Set<String> = [
        "authority", "commission", "office", "agency", "board", "inspectorate", "directorate", "commissioner", "ombudsman",
        "council", "bureau", "tribunal",
    ]

    /// Nouns for a trading body; with "group" and "organisation", nouns for any body.
    static let tradingNouns: Set<String> = [
        "company", "firm", "business", "corporation", "conglomerate", "giant", "brand", "operator", "provider",
        "startup", "start-up", "maker", "manufacturer", "producer", "supplier",
    ]
    static let genericOrganisationNouns = tradingNouns.union(["group", "organisation", "organization"])

    /// Whether a name's last word is the noun or its plural: "Venmoor Studios" is "the
    /// studio", "Kestrel Laboratories" "the laboratory", as "Acme Bank" is "the bank".
    /// "Diocese of Leeds" for "diocese": the name's first word is the noun and "of" follows it.
    func headOf(_ m: Mention, _ noun: String) -> Bool {
        let w = text.words
        let k = m.words.lowerBound
        return m.tokens.count >= 2 && m.tokens[0] == noun && k + 1 < m.words.upperBound && w[k + 1].lower == "of"
    }

    static func names(_ last: String, _ noun: String) -> Bool {
        last == noun || last == noun + "s" || last == noun + "es" || noun.hasSuffix("y") && last == noun.dropLast() + "ies"
    }

    /// "Acme Minerals has issued a statement. “...,” the company said.": the name that is the
    /// subject of the sentence just before, in the same paragraph, that issued a statement, is
    /// what the noun refers back to, before any name inside the quotation.
    func issuerJustBefore(_ limit: Int) -> Int? {
        let w = text.words
        guard limit < w.count else { return nil }
        // Back to the start of the sentence, across the quotation (which may hold sentences of its own).
        var start = limit
        var sentence = w[limit].sentence
        while start > 0 && w[start - 1].paragraph == w[limit].paragraph && (w[start - 1].sentence == sentence || w[start - 1].quote != -1) {
            start -= 1
            if w[start].quote != -1 { sentence = w[start].sentence }
        }
        guard start > 0, w[start - 1].paragraph == w[limit].paragraph else { return nil }
        let end = start - 1
        var from = end
        while from > 0 && w[from - 1].sentence == w[end].sentence && w[from - 1].paragraph == w[end].paragraph { from -= 1 }
        let reader = AttributionReader(t: text, mentions: mentions, at: at)
        if let found = reader.statementSubject(from..<end), case .mention(let m) = found.form, mentions[m].kind != .person, !outlets.contains(m) {
            return m
        }
        // "Kanthal rejected that account. “...,” the company said.": a body that is the subject
        // of the lead-in sentence just before, saying or answering something, is the one the
        // noun refers back to (the lead-in names the speaker, the quotation's tag only recalls it).
        guard let v = (from..<end).first(where: { w[$0].quote == -1 && (w[$0].isReportingVerb || Self.answerVerbs.contains(w[$0].lower)) }),
            let (form, _) = reader.clauseSubject(from: from, to: v), case .mention(let m) = form,
            mentions[m].kind != .person, !outlets.contains(m)
        else { return nil }
        return m
    }

    /// Verbs by which a body answers a report that are no reporting verbs ("Acme disputed that
    /// account"); "rejected" and "dismissed" already are (`Lexicon.reportingStems`).
    static let answerVerbs: Set<String> = ["disputed", "disputes"]

    /// "Swimmers could lose their pool": one word, capitalised only because it opens the sentence,
    /// written nowhere else in the article and no subject of a verb of saying, is as likely a
    /// plural noun as a name; an organisation noun does not refer back to it. "Brackwell
    /// denied ..." speaks, so it stays a name the noun can mean.
    func opensSentenceOnly(_ i: Int) -> Bool {
        let w = text.words
        let m = mentions[i]
        let start = m.words.lowerBound
        guard start == 0 || w[start - 1].sentence != w[start].sentence, byLastToken[m.tokens[0]]?.count == 1 else { return false }
        var e = m.words.upperBound
        while e < w.count && e < m.words.upperBound + 3 && isAdverbOrAuxiliary(w[e]) { e += 1 }
        return !(e < w.count && w[e].isReportingVerb)
    }

    /// "the article said": the organisation named last in this or the three paragraphs before
    /// (an outlet the article cites included), else the organisation that spoke last there. A
    /// piece only `referredTo` ("It states") is an outlet's before any organisation's ("County"
    /// of "County Coroner"), an outlet the article cited further back included.
    func documentOwner(before limit: Int, previous: ArraySlice<FoundQuote>, referredTo: Bool = false) -> Int? {
        let w = text.words
        guard limit < w.count else { return nil }
        let paragraph = w[limit].paragraph
        func near(_ m: Mention) -> Bool { m.words.upperBound <= limit && paragraph - w[m.words.lowerBound].paragraph <= 3 }
        func outlet(_ i: Int) -> Bool { outlets.contains(i) || mentions[i].tokens.last.map { Lexicon.mediaSuffixes.contains($0) } == true }
        if referredTo, let named = mentions.indices.last(where: { near(mentions[$0]) && outlet($0) })
            ?? mentions.indices.last(where: { mentions[$0].words.upperBound <= limit && outlets.contains($0) })
        {
            return named
        }
        if let named = mentions.indices.last(where: { near(mentions[$0]) && (mentions[$0].kind == .organisation || outlet($0)) }) { return named }
        if let earlier = previous.last, earlier.span.paragraph + 3 >= paragraph, case .entity(let m) = earlier.speaker, mentions[m].kind == .organisation {
            return m
        }
        return nil
    }

    /// "A fake article was published on DailyRumour.com. ... Here is what the fake piece says:":
    /// a piece referred back to is the last piece the article mentioned in an earlier sentence
    /// of the last five paragraphs with its publisher named (`publisher(ofPieceAt:)`). A site
    /// that only comments on the piece (the debunker) has no piece of its own there.
    func pieceOwner(before limit: Int) -> Int? {
        let w = text.words
        guard limit < w.count else { return nil }
        var k = limit - 1
        while k >= 0 && w[k].sentence == w[limit].sentence { k -= 1 }
        while k >= 0 && w[limit].paragraph - w[k].paragraph <= 5 {
            if w[k].quote == -1, w[k].kind == .word, !w[k].capitalised, Lexicon.documentNouns.contains(w[k].lower), let m = publisher(ofPieceAt: k) {
                return m
            }
            k -= 1
        }
        return nil
    }

    /// "the Facebook page Lucky Tales", "a Chirper account called BrellWatch": the page or
    /// account named after the platform `m`, which publishes what the platform only hosts.
    func account(on m: Int) -> Int? {
        let w = text.words
        var j = mentions[m].words.upperBound
        guard j + 1 < w.count, Lexicon.accountNouns.contains(w[j].lower) else { return nil }
        j += 1
        if ["called", "named"].contains(w[j].lower) {
            j += 1
        } else if w[j].lower == "calling", j + 1 < w.count, ["itself", "themselves", "himself", "herself"].contains(w[j + 1].lower) {
            j += 2
        }
        // "the Chirpy account @roe": the handle's "@" stands before its name.
        if j + 1 < w.count, w[j].lower == "@" { j += 1 }
        guard j < w.count, at[j] >= 0, mentions[at[j]].full.lowerBound == j || mentions[at[j]].words.lowerBound == j else { return nil }
        return at[j]
    }

    /// "a post on Chirpy by the account @roe": the account named after the platform `m` that
    /// hosts a piece, by "by" or "from" later in the same clause, which wrote the piece.
    func author(after m: Int) -> Int? {
        let w = text.words
        let j = mentions[m].words.upperBound
        guard let by = (j..<min(w.count, j + 8)).first(where: { w[$0].quote != -1 || w[$0].sentence != w[j].sentence || w[$0].lower == "," || ["by", "from"].contains(w[$0].lower) }),
            w[by].quote == -1, w[by].sentence == w[j].sentence, ["by", "from"].contains(w[by].lower)
        else { return nil }
        var n = by + 1
        while n < w.count && n < by + 4 && at[n] < 0 && w[n].kind == .word && !w[n].capitalised && !w[n].isReportingVerb { n += 1 }
        // Only an account ("the account X", "@X"), not a later place or body ("from Leeds").
        guard n < w.count, n > by + 1 || w[n].lower == "@" else { return nil }
        let accountNamed = Lexicon.accountNouns.contains(w[n - 1].lower)
        if w[n].lower == "@" { n += 1 } else if !accountNamed { return nil }
        guard n < w.count, at[n] >= 0, mentions[at[n]].kind != .organisation || w[n - 1].lower == "@" else { return nil }
        return at[n]
    }

    /// The publisher named with the piece at word `k`: the possessive before the noun ("the
    /// Post's article"), or a name of no person after "on", "in", "at", "from" or "by" right
    /// after the noun or after a verb of publishing ("a piece in the Italian daily Corriere",
    /// "an article published late on Friday on DailyRumour.com"); not a topic ("calls on the
    /// story from outside Italy").
    func publisher(ofPieceAt k: Int) -> Int? {
        let w = text.words
        if k >= 2, w[k - 1].kind == .possessive, at[k - 2] >= 0, mentions[at[k - 2]].kind != .person { return at[k - 2] }
        var j = k + 1
        while j < w.count && j < k + 4 && Lexicon.auxiliaries.contains(w[j].lower) { j += 1 }
        let published = j < w.count && Self.publishingVerbs.contains(w[j].lower)
        if published { j += 1 } else { j = k + 1 }
        while j < w.count && j < k + 12 && w[j].sentence == w[k].sentence && w[j].quote == -1 {
            guard ["on", "in", "at", "from", "by"].contains(w[j].lower) else {
                // Adverbs and dates of the publishing verb ("late on Friday").
                if published && (w[j].kind == .word || w[j].kind == .number) && at[j] < 0 {
                    j += 1
                    continue
                }
                return nil
            }
            var n = j + 1
            // Past "the", adjectives, nationalities and outlet nouns ("the Italian daily").
            while n < w.count && n < j + 6 && w[n].sentence == w[k].sentence && w[n].kind == .word && at[n] < 0
                && (!w[n].capitalised || Lexicon.demonyms.contains(w[n].lower))
            {
                n += 1
            }
            if n < w.count, at[n] >= 0, mentions[at[n]].kind != .person, mentions[at[n]].full.lowerBound == n, !Lexicon.weekdays.contains(w[n].lower) {
                return account(on: at[n]) ?? author(after: at[n]) ?? at[n]
            }
            j = n + 1
        }
        return nil
    }

    static let publishingVerbs: Set<String> = ["published", "posted", "printed", "run", "carried", "aired", "appearing", "appeared", "uploaded"]

    static let outletNouns: Set<String> = [
        "paper", "newspaper", "broadcaster", "network", "magazine", "outlet", "publication", "channel", "station",
        "website", "site", "tabloid", "daily", "agency",
    ]

    // MARK: - Names across the story

    /// "Depressed Tan Shen said" where only another article of the story writes "Tan Shen"
    /// alone or "depressed" in lower case: the word glued to the name at the start of a
    /// sentence is split off as `MentionFinder.isGluedOpener` does within one article, with
    /// the story's other articles as evidence. Never a word some article capitalises
    /// mid-sentence (a given name), nor before a name that opens with a particle ("Van Dyke").
    static func unglueAcross(_ articles: inout [ArticleQuotes]) {
        guard articles.count > 1 else { return }
        var names: [[String]: Set<Int>] = [:]
        var lowerCase: [String: Set<Int>] = [:]
        var midSentence = Set<String>()
        for (a, article) in articles.enumerated() {
            for m in article.mentions where m.tokens.count >= 2 { names[m.tokens, default: []].insert(a) }
            for x in article.text.words where x.kind == .word && !x.capitalised && x.lower.count >= 6 { lowerCase[x.lower, default: []].insert(a) }
            midSentence.formUnion(MentionFinder.midSentenceWords(article.text))
        }
        for a in articles.indices {
            articles[a].unglue { first, rest in
                !midSentence.contains(first)
                    && (names[rest].map { !$0.subtracting([a]).isEmpty } == true || lowerCase[first].map { !$0.subtracting([a]).isEmpty } == true)
            }
        }
    }

    /// Splits the first word off the names it glues to at a sentence's start, where `glued`
    /// (the word and the rest of the name's tokens) says so.
    mutating func unglue(_ glued: (String, [String]) -> Bool) {
        let w = text.words
        for k in mentions.indices {
            let m = mentions[k]
            let first = m.words.lowerBound
            guard m.tokens.count >= 3, first + 2 < m.words.upperBound, w[first].kind == .word, w[first].lower == m.tokens[0],
                first == 0 || w[first - 1].sentence != w[first].sentence || w[first - 1].quote != -1,
                !w[first].tags.contains(.title), !w[first].tags.contains(.modifier), !Lexicon.demonyms.contains(w[first].lower),
                !Lexicon.organisationSuffixes.contains(w[first].lower), !MentionFinder.isFunctionWord(text, first),
                !Lexicon.nameParticles.contains(m.tokens[1]), (first + 1..<m.words.upperBound).allSatisfy({ w[$0].capitalised }),
                glued(m.tokens[0], Array(m.tokens.dropFirst()))
            else { continue }
            mentions[k].words = (first + 1)..<m.words.upperBound
            mentions[k].tokens.removeFirst()
            mentions[k].name = text.text(words: mentions[k].words)
            refreshSurname(mentions[k].tokens.last!)
        }
    }

    // MARK: - Names within the article

    /// Public bodies that news names by a place and a lower-case noun ("Tessbury city council",
    /// "Harlow police"): the capitalised words alone name the place, not the body.
    /// Not "government" or "administration", which follow a leader's name as often as a place's.
    static let placeBodies: Set<String> = ["council", "police", "authority", "commission", "committee"]

    /// "Tessbury city council ... A council spokesman said": the lower-case words ("city
    /// council") this article writes right after a name when they end in a noun for a public
    /// body, by the name's words (the first such place counts); read once per article.
    func bodyNames() -> [[String]: String] {
        let w = text.words
        var out: [[String]: String] = [:]
        for m in mentions where out[m.tokens] == nil && !m.tokens.contains(where: Self.placeBodies.contains) {
            var k = m.words.upperBound
            while k < w.count && k < m.words.upperBound + 2 && w[k].kind == .word && !w[k].capitalised && !w[k].tags.contains(.function)
                && !Self.placeBodies.contains(w[k].lower)
            {
                k += 1
            }
            if k < w.count, w[k].kind == .word, !w[k].capitalised, Self.placeBodies.contains(w[k].lower) {
                out[m.tokens] = text.text(words: m.words.upperBound..<(k + 1)).lowercased()
            }
        }
        return out
    }

    /// The body organisation `m` is, from `bodyNames()`: the speaker is the body, which the
    /// name without its noun does not say. Not a person, nor an outlet the article cites.
    func bodyNoun(of m: Int, _ names: [[String]: String]) -> String? {
        guard mentions[m].kind != .person, !outlets.contains(m) else { return nil }
        return names[mentions[m].tokens]
    }

    /// The nouns for a body the article also uses alone ("the council", "a council
    /// spokesman"), not only after its name.
    func bodiesNamedAlone() -> Set<String> {
        let w = text.words
        var out = Set<String>()
        for i in w.indices where Self.placeBodies.contains(w[i].lower) && !w[i].capitalised && w[i].quote == -1 && i > 0 && at[i - 1] < 0
            && !(i >= 2 && w[i - 1].kind == .word && !w[i - 1].capitalised && at[i - 2] >= 0)
        {
            out.insert(w[i].lower)
        }
        return out
    }

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
            // "Sir Peter" is the Peter of "Sir Peter Vane".
            if target.givenOnly { return o.kind != .organisation && o.tokens.first == target.tokens.first && !o.givenOnly }
            return o.kind != .organisation && o.tokens.last == target.tokens.last
                && (target.tokens.count == 1 || o.tokens.first == target.tokens.first)
        }.max { rank($0) < rank($1) }
        if let best, best.tokens.count > 1 { return best.name }
        // "Tomasz said" after "his brother, Tomasz Wierzba": a single name that no one has as
        // a surname is the given name of the one full name it opens.
        if target.tokens.count == 1 {
            let full = Set(mentions.filter { $0.kind != .organisation && $0.tokens.count >= 2 && $0.tokens.first == target.tokens[0] }.map(\.name))
            if full.count == 1, let name = full.first { return name }
        }
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

    func quote(_ f: FoundQuote, id: String, speaker: String?, role: String?, venue: String? = nil) -> Quote {
        Quote(
            id: id, text: text.text(f.span.content), article: self.id, speaker: speaker, role: role,
            venue: venue ?? f.attribution?.venue?.text, span: TextSpan(f.span.content),
            attribution: f.attribution.map { TextSpan($0.span) })
    }
}
