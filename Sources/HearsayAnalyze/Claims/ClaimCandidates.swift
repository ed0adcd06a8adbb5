import HearsayModel
import HearsayText

/// The story's principal names: organisations and people the articles mention widely,
/// less the outlets they cite (an outlet reporting a rumour is not a party to it).
struct Parties: Sendable {
    struct Entity: Sendable {
        var name: String
        /// Every form the story uses, each as a word sequence ("Ford", "Ford Motor Co.").
        var forms: [[String]]
    }

    var entities: [Entity]
    /// How many of `entities` (the first ones) the quote pass knew; the rest are
    /// capitalised runs, trusted less.
    var known: Int
    /// The cited outlets' names as word sequences: never a party.
    let outlets: [[String]]
    /// Words the story also writes in lower case ("local", "experts"): capitalised at the
    /// start of a sentence, they are not the start of a name.
    let lowerCase: Set<String>
    /// Each article's headline and body.
    let texts: [String]
    /// `texts` as tokens, read once: the naming rules below look for names in every text.
    let textTokens: [[WordToken]]
    /// The names of the people the quote pass knows, as word sequences: "he" and "she"
    /// stand for one of them, never for a company.
    let people: Set<[String]>

    init(_ story: Story, articles: [Article], documents: [TextDocument]) {
        let texts = articles.map { ($0.title + "\n" + $0.body) }
        let titles = articles.map(\.title)
        let outlets = story.citations.filter {
            $0.kind == .outlet && !Parties.onRecord($0, articles: articles, documents: documents) && !Parties.isTopic($0, titles: titles, texts: texts)
                && !Parties.isOfficialBody($0.source)
        }.map { Tokens.words($0.source) }
        self.outlets = outlets
        let isOutlet = { (form: [String]) in outlets.contains { $0 == form || ($0.count > form.count && $0.suffix(form.count) == form[...]) } }
        var names = story.organisations.map { ($0.name, $0.aliases) } + story.people.map { ($0.name, $0.aliases) }
        // Bodies the quote pass met only as subjects ("Skyward Air declined to comment")
        // are still parties: capitalised runs the articles share.
        let knownForms = Set(names.flatMap { [$0.0] + $0.1 }.map { Tokens.words($0) })
        let (runs, lowerCase) = Parties.capitalisedRuns(documents)
        self.lowerCase = lowerCase
        for run in runs where !knownForms.contains(Tokens.words(run)) {
            let w = Tokens.words(run)
            if knownForms.contains(where: { $0.count > w.count && $0.starts(with: w) }) { continue }
            names.append((run, []))
        }
        self.texts = texts
        textTokens = texts.map(ClaimWords.tokens)
        // A person the quote pass names by one word alone may be a place or a body it
        // misread ("Syria"); people are named in full.
        people = Set(story.people.filter { Tokens.words($0.name).count >= 2 }.flatMap { [$0.name] + $0.aliases }.map { Tokens.words($0) })
        var found: [(Entity, Int, Bool)] = []
        let knownCount = story.organisations.count + story.people.count
        for (n, (name, aliases)) in names.enumerated() {
            let forms = ([name] + aliases).map { Tokens.words($0) }.filter { !$0.isEmpty && !isOutlet($0) }
            guard !forms.isEmpty, !isOutlet(Tokens.words(name)) else { continue }
            // "Fashion" from "Fashion analyst X": one word the story also writes in lower case
            // ("the fashion house") is a common noun, which would match every such mention; a
            // body's kind ("the Authority") stands for the body and is kept.
            let isPerson = (story.organisations.count..<knownCount).contains(n)
            if !isPerson, forms.allSatisfy({ $0.count == 1 && lowerCase.contains($0[0]) && !ClaimLexicon.namedKinds.contains($0[0]) }) { continue }
            let spread = texts.count { text in ([name] + aliases).contains { ByteSearch.contains(text, $0) } }
            found.append((Entity(name: name, forms: forms), spread, n < knownCount))
        }
        let need = articles.count > 2 ? max(2, articles.count * 2 / 5) : 1
        let kept = found.filter { $0.1 >= need }.sorted { ($0.2 ? 1 : 0, $0.1) > ($1.2 ? 1 : 0, $1.1) }
        // "Bluejay" and "Bluejay Air" are one party: a name that starts a longer one joins it;
        // so does a person's name without the first name ("Lee Ruiz", "Ana Lee Ruiz").
        var merged: [(Entity, Bool)] = []
        for (e, _, isKnown) in kept {
            let w = Tokens.words(e.name)
            let joins = { (f: [String]) in
                f.starts(with: w) || w.starts(with: f) || min(f.count, w.count) >= 2 && (f.suffix(w.count).elementsEqual(w) || w.suffix(f.count).elementsEqual(f))
            }
            // Two names of two words or more that go separate ways ("Lindvik Water",
            // "Lindvik University") are two bodies, whatever short form one of them has.
            let apart = { (m: Entity) in
                let n = Tokens.words(m.name)
                return min(n.count, w.count) >= 2 && !joins(n)
            }
            // A form both share ("Drenko", a speaker's credit and the minister's short name) names one party.
            if let k = merged.firstIndex(where: { m in !apart(m.0) && m.0.forms.contains(where: { joins($0) || e.forms.contains($0) }) }) {
                // Joined by a shared short form, the party goes by its full name.
                if w.count > Tokens.words(merged[k].0.name).count { merged[k].0.name = e.name }
                merged[k].0.forms += e.forms
            } else {
                merged.append((e, isKnown))
            }
        }
        // "by the Authority": a body's kind alone, capitalised after "the", is the one body named
        // in full with it.
        for (k, (e, _)) in merged.enumerated().reversed() where e.forms.count == 1 && e.forms[0].count == 1 {
            let kind = e.forms[0][0]
            guard ClaimLexicon.namedKinds.contains(kind), texts.contains(where: { $0.contains("the " + e.name) }) else { continue }
            let bodies = merged.indices.filter { $0 != k && merged[$0].0.forms.contains { $0.count >= 2 && $0.last == kind } }
            if bodies.count == 1 {
                merged[bodies[0]].0.forms += e.forms
                merged.remove(at: k)
            }
        }
        // "the Diocese" after "the Diocese of Marrow Vale": a body's kind alone stands for the one
        // body the texts name as that kind "of" a name, which readers know it by.
        for k in merged.indices where merged[k].0.forms.count == 1 && merged[k].0.forms[0].count == 1 {
            let kind = merged[k].0.forms[0][0]
            guard ClaimLexicon.namedKinds.contains(kind), let full = Parties.onlyBodyOfKindOf(kind, in: textTokens) else { continue }
            let fullWords = Tokens.words(full)
            guard !merged.contains(where: { $0.0.forms.contains(fullWords) }) else { continue }
            merged[k].0.name = full
            merged[k].0.forms.append(fullWords)
        }
        // "Hallbrook's has denied": a body every article writes with "'s", even as a subject, is
        // named so ("Sainsbury's"); the quote pass reads the ending as a possessive.
        for k in merged.indices where !merged[k].0.forms.contains(where: people.contains) {
            if let named = Parties.possessiveName(merged[k].0.name, textTokens) { merged[k].0.name = named }
        }
        entities = merged.map(\.0)
        known = merged.count(where: \.1)
    }

    /// `name` with its "'s" when every mention in `texts` has one (two mentions at least)
    /// and one of them opens a clause's verb ("Hallbrook's said", "Hallbrook's has").
    static func possessiveName(_ name: String, _ texts: [[WordToken]]) -> String? {
        guard !name.hasSuffix("s"), !name.contains(" ") else { return nil }
        var endings: [String] = []
        var asSubject = false
        for t in texts {
            for (k, w) in t.enumerated() where w.isWord {
                let bare = w.text == name
                let owned = ["'s", "\u{2019}s"].first { w.text == name + $0 }
                guard bare || owned != nil else { continue }
                guard let owned else { return nil }
                endings.append(owned)
                if let next = t[(k + 1)...].first(where: \.isWordOrNumber), !next.isCapitalized,
                    ClaimLexicon.auxiliaries.contains(next.lower) || ClaimLexicon.claimSayingVerbs.contains(next.lower) || ClaimLexicon.denials.contains(next.lower)
                {
                    asSubject = true
                }
            }
        }
        guard endings.count >= 2, asSubject else { return nil }
        return name + (endings.filter { $0 == "'s" }.count * 2 >= endings.count ? "'s" : "\u{2019}s")
    }

    /// Whether a cited source is on record rather than a medium: somewhere its name is
    /// the subject of a denial or confirmation ("X has denied", "X confirmed it"). A
    /// medium reports; a party denies or confirms. Debunking is what fact-checkers do, so
    /// it does not count. Every mention counts, not only where it is cited: a company the
    /// articles cite for its statement ("according to X") and elsewhere show denying
    /// ("X has denied the report") speaks for itself, as no medium does.
    static func onRecord(_ citation: Citation, articles: [Article], documents: [TextDocument]) -> Bool {
        let cited = citation.evidence.contains { e in
            guard let a = articles.firstIndex(where: { $0.id == e.article }), e.span.end <= documents[a].scalars.count else { return false }
            let doc = documents[a]
            let next = ClaimWords.tokens(doc, e.span.end..<min(doc.scalars.count, e.span.end + 60))
            return takesAStance(next) || ClaimEvidence.disownsAfterName(next, from: 0)
        }
        if cited { return true }
        let name = Tokens.words(citation.source)
        guard !name.isEmpty else { return false }
        return documents.contains { doc in
            doc.sentences.contains { sentence in
                let t = ClaimWords.tokens(doc, sentence.range)
                let quoted = ClaimEvidence.insideQuotationMarks(t)
                let words = t.map { $0.isWordOrNumber ? Tokens.words($0.text) : [] }
                return t.indices.contains { i in
                    // The name as the subject in the article's own voice: its last word ends
                    // the run (not "X's"), and it stands outside anyone's quoted words.
                    guard !quoted[i], i + name.count <= t.count,
                        (0..<name.count).allSatisfy({ words[i + $0] == [name[$0]] })
                    else { return false }
                    return takesAStance(t[(i + name.count)...]) || ClaimEvidence.disownsAfterName(t, from: i + name.count)
                }
            }
        }
    }

    /// Whether the words after a subject open on its denial or confirmation, after
    /// auxiliaries, adverbs and the day it spoke only ("has also denied", "quickly
    /// confirmed", "on Thursday rejected": news copy dates a statement between its subject
    /// and its verb).
    static func takesAStance(_ next: some Collection<WordToken>) -> Bool {
        let words = Array(next.prefix(6))
        var k = 0
        var skipped = 0
        while k < words.count, skipped < 4 {
            let tok = words[k]
            guard tok.isWordOrNumber else { return false }
            if ClaimLexicon.confirmations.contains(tok.lower) || ClaimLexicon.denials.contains(tok.lower) && !tok.lower.hasPrefix("debunk") { return true }
            // A body asked for its answer and withholding it ("declined to comment") is a
            // party the reporters went to, never a medium reporting the story.
            if ["declined", "refused"].contains(tok.lower), k + 2 < words.count, words[k + 1].lower == "to",
                ["comment", "say", "discuss"].contains(words[k + 2].lower)
            {
                return true
            }
            if tok.lower == "on", k + 1 < words.count, DateExpressions.weekdays[words[k + 1].lower] != nil {
                k += 2
            } else if ClaimLexicon.auxiliaries.contains(tok.lower) || ["also", "again", "later", "has", "have", "had", "yesterday", "today"].contains(tok.lower) || tok.lower.hasSuffix("ly") {
                k += 1
            } else {
                return false
            }
            skipped += 1
        }
        return false
    }

    /// "National Statistics Directorate", "Ministry of Health": a name whose head is an
    /// official body's kind, with no word of a medium's name ("Kaldonian News Agency"), is a
    /// body the story is about when cited, never an outlet reporting on it.
    static func isOfficialBody(_ name: String) -> Bool {
        let words = Tokens.words(name)
        guard words.count >= 2, !words.contains(where: Lexicon.mediaSuffixes.contains) else { return false }
        let heads: Set<String> = ["ministry", "department", "council", "police", "directorate", "authority", "commission", "inspectorate", "regulator"]
        // "Office National des Appellations", "Agency for Coastal Safety": the head first.
        return heads.contains(words.last!) || ["ministry", "department", "office", "agency", "bureau", "commission", "directorate"].contains(words.first!)
    }

    /// Whether a cited name is what the story is about rather than a medium: a headline
    /// names it and most articles that name it do not cite it ("the story of X's arrest"
    /// read as a citation in one article, X named in all). An outlet is cited wherever it
    /// is named, and seldom in the headlines of the others.
    static func isTopic(_ citation: Citation, titles: [String], texts: [String]) -> Bool {
        let naming = texts.count { ClaimEvidence.containsWords($0, citation.source) }
        return naming >= 3 && citation.articles.count * 3 <= naming
            && titles.contains { ClaimEvidence.containsWords($0, citation.source) }
    }

    /// Runs of capitalised words that appear at least twice in the story; a sentence's
    /// first word counts only as the start of a longer run. Also returns the words the
    /// story writes in lower case.
    static func capitalisedRuns(_ documents: [TextDocument]) -> (runs: [String], lowerCase: Set<String>) {
        var counts: [String: Int] = [:]
        var order: [String] = []
        let sentences = documents.map { doc in doc.sentences.map { ClaimWords.tokens(doc, $0.range) } }
        // Words the story also writes in lower case ("local", "breaking"): capitalised at
        // the start of a sentence, they are not the start of a name.
        var lowerCase = Set<String>()
        for t in sentences.joined() { for w in t where w.kind == .word && !w.isCapitalized { lowerCase.insert(w.lower) } }
        for t in sentences.joined() {
            // The sentence starts at its first word, after any opening quotation mark.
            let first = t.firstIndex(where: \.isWordOrNumber) ?? 0
            var i = 0
            while i < t.count {
                guard t[i].isWordOrNumber, t[i].isCapitalized, !Lexicon.nonNames.contains(t[i].lower),
                    !Lexicon.titles.contains(t[i].lower), !Lexicon.roleWords.contains(t[i].lower),
                    i != first || !lowerCase.contains(t[i].lower)
                else { i += 1; continue }
                var j = i + 1
                // Name particles join their neighbours ("Santiago del Estero"), and so does an
                // ampersand ("Marks & Lane" is one firm).
                while j < t.count,
                    t[j].isWordOrNumber && t[j].isCapitalized && !Lexicon.nonNames.contains(t[j].lower)
                        || (t[j].isWordOrNumber && Lexicon.nameParticles.contains(t[j].text) || t[j].text == "&") && j + 1 < t.count && t[j + 1].isCapitalized
                {
                    j += 1
                }
                defer { i = j }
                if i == first && j == first + 1 { continue }
                // A possessive modifies the next name ("Acme's rival"); a place is not a
                // party; an all-capitals run is more often a term ("EV") than a name.
                if !t[i..<j].contains(where: { !ClaimCandidates.isAcronym($0.text) }) || t[j - 1].lower.hasSuffix("'s") || t[j - 1].lower.hasSuffix("\u{2019}s")
                    || Lexicon.placeSuffixes.contains(t[j - 1].lower)
                {
                    continue
                }
                let run = t[i..<j].map(\.text).joined(separator: " ")
                if counts[run] == nil { order.append(run) }
                counts[run, default: 0] += 1
            }
        }
        return (order.filter { counts[$0]! >= 2 }, lowerCase)
    }

    /// The party `name` denotes, added when the list lacks it: someone on record about the
    /// claim is a party to it however seldom the story names them. Nil for an outlet; a
    /// cited body that is no medium ("according to the Harlow Council") stays a party.
    /// `denying`: an outlet that rejects the report ("the channel, which airs the show, also
    /// rejected the report", "never published this story") answers it as a party does;
    /// outlets report and rate claims, and deny only what concerns them.
    mutating func onRecord(_ name: String, denying: Bool = false) -> Int? {
        let words = Tokens.words(name)
        guard let last = words.last else { return nil }
        let isBody = Lexicon.organisationSuffixes.contains(last) && !Lexicon.mediaSuffixes.contains(last)
        guard isBody || denying || !outlets.contains(where: { $0.starts(with: words) || $0.suffix(words.count).elementsEqual(words) }) else { return nil }
        if let e = entities.firstIndex(where: { $0.forms.contains(words) }) { return e }
        // "Fjordline denies report" after "Fjordline Air": a name that opens one body's longer
        // name is its short form, as the merge of the party list reads it; a first name
        // alone is no short form of a person, and two bodies sharing it keep it apart.
        let longer = entities.indices.filter { e in
            !entities[e].forms.contains(where: people.contains) && entities[e].forms.contains { $0.count > words.count && $0.starts(with: words) }
        }
        if longer.count == 1 {
            entities[longer[0]].forms.append(words)
            return longer[0]
        }
        // "Police in Belcastro said ...": a body met by its kind alone is the one body of that
        // kind the story names in full ("Belcastro Metropolitan Police"), which readers know it by.
        if words.count == 1, isBody, let full = Parties.onlyNameEndingIn(words[0], in: textTokens) {
            let fullWords = Tokens.words(full)
            if let e = entities.firstIndex(where: { $0.forms.contains(fullWords) }) {
                entities[e].forms.append(words)
                return e
            }
            entities.append(Entity(name: full, forms: [fullWords, words]))
            return entities.count - 1
        }
        entities.append(Entity(name: name, forms: [words]))
        return entities.count - 1
    }

    /// The one capitalised name of two words or more that ends in `kind` capitalised
    /// ("Belcastro Metropolitan Police" for "police"), when the texts name exactly one such
    /// body; nil when they name none or several (two ministries, two councils).
    static func onlyNameEndingIn(_ kind: String, in texts: [[WordToken]]) -> String? {
        // Each body's words, with the run as written.
        var found: [[String]: String] = [:]
        for t in texts {
            for (k, w) in t.enumerated() where w.isWord && w.isCapitalized && w.lower == kind {
                var i = k
                while i > 0, t[i - 1].isWordOrNumber, t[i - 1].isCapitalized, !Lexicon.nonNames.contains(t[i - 1].lower) { i -= 1 }
                guard i < k else { continue }
                let run = t[i...k].map(\.text).joined(separator: " ")
                let key = Tokens.words(run)
                // "Police" after a longer run it ends ("the Belcastro Metropolitan Police") and
                // the same run cut short ("Metropolitan Police") are one body.
                if found.keys.contains(where: { $0.count >= key.count && $0.suffix(key.count).elementsEqual(key) }) { continue }
                found = found.filter { !($0.key.count < key.count && key.suffix($0.key.count).elementsEqual($0.key)) }
                found[key] = run
            }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// The one name the texts write as `kind` capitalised, "of" and a capitalised name
    /// ("Diocese of Marrow Vale", "Ministry of Agriculture"); nil when they write none or several.
    static func onlyBodyOfKindOf(_ kind: String, in texts: [[WordToken]]) -> String? {
        var found: [String: String] = [:]
        for t in texts {
            for k in t.indices.dropLast(2) where t[k].isWord && t[k].isCapitalized && t[k].lower == kind && t[k + 1].lower == "of" && t[k + 2].isCapitalized {
                var j = k + 3
                while j < t.count, t[j].isWordOrNumber, t[j].isCapitalized, !Lexicon.nonNames.contains(t[j].lower) { j += 1 }
                guard !Lexicon.nonNames.contains(t[k + 2].lower) else { continue }
                // "the Diocese of Lunas's parishes": the possessive is no part of the name.
                let run = ClaimEvidence.withoutPossessives(t[k..<j].map(\.text).joined(separator: " "))
                let key = Tokens.words(run).joined(separator: " ")
                if found[key] == nil { found[key] = run }
            }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// Whether the party is one of the people the story names.
    func isPerson(_ e: Int) -> Bool { entities[e].forms.contains(where: people.contains) }

    /// The one listed party whose name ends in `kind` ("the council": "Tessbury city
    /// council"), which the story, naming it so, calls by its kind; nil when none or several.
    func onlyListed(endingIn kind: String) -> Int? {
        let named = entities.indices.filter { !isPerson($0) && entities[$0].forms.contains { $0.count >= 2 && $0.last == kind } }
        return named.count == 1 ? named[0] : nil
    }

    /// The entity named first among `tokens`, by position; with `person`, the first one
    /// that is (or is not) a person.
    func firstMentioned(in tokens: [WordToken], person: Bool? = nil) -> Int? {
        let words = Tokens.words(tokens.filter(\.isWordOrNumber).map(\.text).joined(separator: " "))
        var best: (start: Int, entity: Int)?
        for e in entities.indices where person == nil || isPerson(e) == person {
            for form in entities[e].forms where !form.isEmpty && form.count <= words.count {
                guard let start = (0...(words.count - form.count)).first(where: { words[$0..<($0 + form.count)].elementsEqual(form) })
                else { continue }
                if start < best?.start ?? Int.max { best = (start, e) }
            }
        }
        return best?.entity
    }

    /// Indices of the entities named among `tokens`.
    func mentioned(in tokens: [WordToken]) -> [Int] {
        mentioned(words: Tokens.words(tokens.filter(\.isWordOrNumber).map(\.text).joined(separator: " ")))
    }

    func mentioned(in text: String) -> [Int] { mentioned(words: Tokens.words(text)) }

    /// A party's short form inside another party's longer name ("Lindvik", the alias of
    /// "Lindvik University", in "Lindvik Water") does not mention it: the longer name is
    /// the one meant. A party's full name counts anywhere ("Apple" in "Apple Watch").
    func mentioned(words: [String]) -> [Int] {
        // Only forms whose first word is here are looked for along the sentence.
        let present = Set(words)
        let matches: [(entity: Int, span: Range<Int>, short: Bool)] = entities.indices.flatMap { e in
            entities[e].forms.flatMap { form -> [(entity: Int, span: Range<Int>, short: Bool)] in
                guard let first = form.first, form.count <= words.count, present.contains(first) else { return [] }
                return (0...(words.count - form.count)).filter { start in
                    words[start..<(start + form.count)].elementsEqual(form)
                }.map { (e, $0..<($0 + form.count), form.count < entities[e].forms[0].count) }
            }
        }
        let inside = { (m: (entity: Int, span: Range<Int>, short: Bool)) in
            m.short && matches.contains { $0.entity != m.entity && $0.span.count > m.span.count && $0.span.clamped(to: m.span) == m.span }
        }
        let named = Set(matches.filter { !inside($0) }.map(\.entity))
        return entities.indices.filter(named.contains)
    }
}

/// A rumoured proposition as one sentence of one article carries it.
struct ClaimCandidate: Sendable {
    var article: Int
    var sentence: Int
    /// The proposition's words, without the attribution around them.
    var text: String
    var content: Set<String>
    var parties: [Int]
    /// The text names who a pronoun stood for ("they were in talks" written out): a
    /// reading of the sentence, not an outlet's own words.
    var rewritten = false
    /// The candidate is its article's headline.
    var headline = false
    /// Parties the sentence credits with the proposition outside it ("Senator Ida Cole
    /// said ..."): parties to the claim whom its words may not name.
    var credited: [Int] = []
    /// Someone named or official states it on record ("Mr Naidu said in a statement that
    /// ..."): a fact of the story, not a rumour (`ClaimCandidates.isOnRecord`).
    var onRecord = false
    /// The sentence names who reported it or on what sourcing ("according to a report in the
    /// Gazette that cited three people ..."): the rumour as its reporters gave it, not a
    /// restatement ("the report that X").
    var sourced = false
    /// Lines before the article's first sentence of prose (the outlet's name, a date and
    /// time line): page furniture, which does not push the lede down.
    var furniture = 0
    /// A fact-check's labelled line states it ("Claim: X"): the claim checked, in full.
    var labelled = false
    /// Parties the clause names only inside an aside set off by commas that describes
    /// another ("Acme, the maker of the Zip scooter, is ...", "X, which owns Y, ...").
    var described: [Int] = []
    /// The outlet closes the statement as its own news ("X is selling Y, the Gazette has
    /// learned"; `ClaimCandidates.sourcedStatement`): the scoop, not a retelling of it.
    var scoop = false

    /// The candidate stands in its article's first two sentences of prose, where outlets
    /// state the news.
    var inLede: Bool { !headline && sentence - furniture <= 1 }

    /// Whether the proposition negates or debunks ("God isn't a female", "... is a hoax"),
    /// or tells its denial ("Ministry denies plan to ...", "... cut is ruled out"): a
    /// headline reporting the answer words the answer, not the claim. "No longer" tells
    /// that something stops ("patients would no longer be treated there"), a claim of
    /// change rather than a denial.
    var negated: Bool {
        let words = Tokens.words(ClaimCandidate.withoutContrast(text).replacingOccurrences(of: "\u{2019}", with: "'"))
        return words.indices.contains { i in
            let next = i + 1 < words.count ? words[i + 1] : ""
            if words[i] == "no" && next == "longer" { return false }
            return ClaimCandidate.negates(words[i]) || ClaimCandidate.answersNo(words[i], next)
        }
    }

    /// The text without a contrast set off by a comma ("founded in 1927, not 1926", "a
    /// loan, not a gift"): the "not" corrects a detail of what is asserted rather than
    /// denying it. A contrast is at most four words up to the next comma or the end.
    static func withoutContrast(_ text: String) -> String {
        var out = text
        while let r = out.range(of: ", not ") {
            let tail = out[r.upperBound...]
            let end = tail.firstIndex(where: { $0 == "," || $0 == "." || $0 == ";" }) ?? tail.endIndex
            guard Tokens.words(String(tail[..<end])).count <= 4 else { break }
            out.removeSubrange(r.lowerBound..<end)
        }
        return out
    }

    /// A verb of denial ("denies", "denied") or "rule(s) out", the words a headline tells
    /// a party's no in.
    static func answersNo(_ word: String, _ next: String) -> Bool {
        ["deny", "denies", "denied", "denying"].contains(word) || next == "out" && ["rule", "rules", "ruled", "ruling"].contains(word)
    }

    static func negates(_ word: String) -> Bool {
        ClaimLexicon.isNegation(word) || word.hasSuffix("nt")
            && ["isnt", "wasnt", "arent", "werent", "didnt", "doesnt", "dont", "hasnt", "havent", "wont", "cant"].contains(word)
            || ClaimLexicon.verdicts.contains(word)
    }

    /// Whether the proposition only announces that something was said ("has just made a
    /// shocking admission", "revealed a secret"): a speech act for its object, and no
    /// clause saying what it was.
    var teases: Bool {
        let words = Tokens.words(text)
        guard let k = words.lastIndex(where: ClaimLexicon.speechActNouns.contains) else { return false }
        return !words[k...].contains("that") && !words[k...].contains("about") && words.count - k <= 3
    }

    /// Whether the proposition speaks of what is planned or expected ("set for a cut", "in
    /// talks", "preparing to"): a headline in that form words a rumour,
    /// while one in the simple present ("cuts rates") tells what became of it.
    var looksAhead: Bool {
        let words = Tokens.words(text)
        return words.indices.contains { i in
            let next = i + 1 < words.count ? words[i + 1] : ""
            return ClaimLexicon.prospectiveVerbs.contains(words[i]) && (next == "to" || next == "for")
                || words[i] == "talks" && i > 0 && words[i - 1] == "in"
        }
    }

    /// Whether the proposition is about the report rather than what it reports ("Report of
    /// half-point cut sends krone lower", "Rumours that X will quit rattle fans"): its
    /// subject is a claim noun carrying the claim as its complement.
    var namesTheReport: Bool {
        var words = Tokens.words(text)[...]
        if let first = words.first, ["a", "an", "the"].contains(first) { words = words.dropFirst() }
        // "Shares slide on reports the founder quit", "Stocks jump amid rumours of a
        // bid": a market's move told with its cause, the report, which carries the claim.
        let all = Array(words)
        if all.indices.dropLast().contains(where: { k in
            k > 0 && ["on", "amid"].contains(all[k]) && ["reports", "rumors", "rumours", "claims", "speculation"].contains(all[k + 1])
        }) {
            return true
        }
        if all.indices.contains(where: { ClaimCandidate.keepsToReport(all, $0) }) { return true }
        guard let noun = words.first, ClaimLexicon.claimNouns.contains(noun), words.count > 2 else { return false }
        return ["of", "that", "about"].contains(words[words.startIndex + 1])
    }

    /// "Gazette stands by Harlow report", "Paper defends its story", "Site retracts article":
    /// an outlet's word on its own report (its object, within three words of the verb), which
    /// tells where the reporting stands, not what it reported.
    static func keepsToReport(_ words: [String], _ k: Int) -> Bool {
        var next = k + 1
        if ClaimLexicon.standVerbs.contains(words[k]) {
            guard next < words.count, words[next] == "by" else { return false }
            next += 1
        } else if !ClaimLexicon.reportDefences.contains(words[k]) {
            return false
        }
        return words[next..<min(words.count, next + 3)].contains { ["report", "reports", "reporting", "story", "article"].contains($0) }
    }
}

enum ClaimCandidates {
    /// Propositions that the articles attribute to someone: the clause after "claimed
    /// that", "a report said", "according to the report,", or a sentence that hedges its
    /// own verb ("reportedly held talks"). Quoted words are left out: a party's quotation
    /// is evidence about a claim, not the claim.
    static func find(_ draft: StoryDraft, parties: Parties, quoted: [[Range<Int>]]) -> [ClaimCandidate] {
        var out: [ClaimCandidate] = []
        // The story's words, for the verbs it uses in a finite form (`finiteShown`).
        lazy var storyWords = Set(draft.articles.flatMap { Tokens.words($0.title + " " + $0.body) })
        for (a, doc) in draft.documents.enumerated() {
            for (s, sentence) in doc.sentences.enumerated() {
                let tokens = ClaimWords.tokens(doc, sentence.range)
                guard let clause = clause(tokens) else { continue }
                let words = Array(tokens[clause])
                if quoted[a].contains(where: { $0.overlaps(words.first!.range.lowerBound..<words.last!.range.upperBound) }) { continue }
                if isQuotation(tokens, clause) { continue }
                let named = parties.mentioned(in: words)
                // A clause that is itself negated, in a sentence carrying a denial, reports the
                // denial ("said that there were no talks"), not the claim.
                let sentenceWords = tokens.map(\.lower)
                if words.contains(where: { ClaimLexicon.negators.contains($0.lower) }),
                    sentenceWords.contains(where: { ClaimLexicon.denials.contains($0) || ClaimLexicon.falsity.contains($0) })
                {
                    continue
                }
                // "He had one shipped": a claim names who did what, not a pronoun. A pronoun
                // opening the clause stands for the name that speaks or admits it ("Ana
                // Ruiz admitted she had ..."), else for the party the sentence before opens on.
                var subject: (name: String, party: Int)?
                var partner: Int?
                if ClaimLexicon.subjectPronouns.contains(words.first!.lower) || ClaimLexicon.possessivePronouns.contains(words.first!.lower) {
                    let before = Array(tokens[..<clause.lowerBound])
                    // The sentence before counts only when nothing in this one could be meant.
                    let opensSentence = !before.contains(where: \.isWordOrNumber)
                    let previous = s > 0 && opensSentence ? ClaimWords.tokens(doc, doc.sentences[s - 1].range) : []
                    // "He" and "she" stand for a person ("Acme chief Jo Roe ... revealing that
                    // he had ..." is Roe), "it" for a body; "they" for either.
                    let pronoun = words.first!.lower
                    let person: Bool? = ["he", "she", "his", "her"].contains(pronoun) ? true : ["it", "its"].contains(pronoun) ? false : nil
                    // The quote pass may list a person as a body: with no person named, the
                    // first party named stands.
                    guard
                        let p = parties.firstMentioned(in: before, person: person) ?? parties.firstMentioned(in: previous, person: person)
                            ?? parties.firstMentioned(in: before) ?? parties.firstMentioned(in: previous)
                    else { continue }
                    subject = (parties.entities[p].name, p)
                    // "X and Y denied a report that they were in talks": a plural pronoun
                    // after two parties stands for both.
                    if ["they", "their"].contains(words.first!.lower),
                        let q = parties.mentioned(in: parties.firstMentioned(in: before) == nil ? previous : before).first(where: { $0 != p })
                    {
                        subject = (parties.entities[p].name + " and " + parties.entities[q].name, p)
                        partner = q
                    }
                } else if ["we", "i", "you", "this", "that"].contains(words.first!.lower) || lacksASubject(words) {
                    continue
                }
                if vouches(words) { continue }
                var who = subject.map { x in [x.party] + named.filter { $0 != x.party } } ?? named
                if let partner, !who.contains(partner) { who.insert(partner, at: 1) }
                // "The two companies discussed ...": the pair the sentence before names, else
                // the story's two principal parties; without them the clause would stand
                // apart from the claim it restates.
                if Self.namesAPair(words) {
                    let previous = s > 0 ? parties.mentioned(in: ClaimWords.tokens(doc, doc.sentences[s - 1].range)) : []
                    let pair = previous.count >= 2 ? Array(previous.prefix(2)) : Array(parties.entities.indices.prefix(2))
                    if pair.count == 2 { who = pair + who.filter { !pair.contains($0) } }
                }
                guard !who.isEmpty, words.count(where: { $0.isWordOrNumber }) >= 5, !hasPronounOne(words), !saysPronoun(words) else { continue }
                var text = normalised(doc, words)
                if let subject { text = resolved(text, pronoun: words.first!.lower, name: subject.name) }
                let labelled = labelledClaim(tokens) == clause
                if labelled, clause.lowerBound > 0, ClaimLexicon.showingVerbs.contains(tokens[clause.lowerBound - 1].lower),
                    let finite = finiteShown(text, attested: storyWords)
                {
                    text = finite
                }
                let outsideAsides = parties.mentioned(in: withoutAsides(words))
                var candidate = 
                    ClaimCandidate(
                        article: a, sentence: s, text: text, content: ClaimWords.content(text), parties: who, rewritten: subject != nil,
                        credited: parties.mentioned(in: Array(tokens[..<clause.lowerBound] + tokens[clause.upperBound...])).filter { !who.contains($0) },
                        onRecord: isOnRecord(tokens, clause, outlets: parties.outlets),
                        sourced: isSourced(tokens, clause, outlets: parties.outlets, doc), furniture: furniture(doc),
                        scoop: tokens.indices.contains { ClaimLexicon.scoopClosings.contains(tokens[$0].lower) && sourcedStatement(tokens, $0) == clause })
                candidate.described = who.filter { !outsideAsides.contains($0) && named.contains($0) }
                candidate.labelled = labelled
                out.append(candidate)
            }
        }
        return out
    }

    /// The clause without its descriptive asides: a span set off by commas that opens on a
    /// determiner or a relative pronoun ("Acme, the maker of the Zip scooter, is ...",
    /// "X, which owns Y, has ...").
    static func withoutAsides(_ words: [WordToken]) -> [WordToken] {
        var out: [WordToken] = []
        var k = 0
        while k < words.count {
            if words[k].text == ",", k + 1 < words.count,
                ClaimLexicon.determiners.contains(words[k + 1].lower) || ClaimLexicon.relativePronouns.contains(words[k + 1].lower),
                let close = words[(k + 1)...].firstIndex(where: { $0.text == "," })
            {
                k = close + 1
                continue
            }
            out.append(words[k])
            k += 1
        }
        return out
    }

    /// How many sentences open the body before its first of prose: lines without a full
    /// stop or of fewer than six words ("RTV Kustland", "Thursday 26 February, 18:40 ·
    /// Updated 2 hours ago") are page furniture the reader left in the body.
    static func furniture(_ doc: TextDocument) -> Int {
        doc.sentences.indices.prefix(4).prefix { s in
            let text = doc.sentenceText(s)
            let ends = text.unicodeScalars.last.map { ".!?\u{201D}\"'\u{2019}".unicodeScalars.contains($0) } ?? false
            return !ends || Tokens.words(text).count < 6
        }.count
    }

    /// "He had one shipped from Lisbon": "one" standing alone (before a participle, a
    /// preposition other than "of", or the clause's end) stands for a thing named outside
    /// the clause, so the clause does not say what is claimed; "one of the kettles" does.
    static func hasPronounOne(_ words: [WordToken]) -> Bool {
        words.indices.contains { k in
            guard words[k].lower == "one", k > 0, !ClaimLexicon.determiners.contains(words[k - 1].lower) else { return false }
            guard k + 1 < words.count, words[k + 1].isWordOrNumber else { return true }
            let next = words[k + 1].lower
            return next != "of" && (Lexicon.prepositions.contains(next) || next.hasSuffix("ed") && !ClaimLexicon.auxiliaries.contains(next))
        }
    }

    /// "Roe had said it herself while visiting the plant": a saying whose object is a bare
    /// "it" or "so" tells that something named outside the clause was said, not what;
    /// "said it would recall" opens a clause of its own.
    static func saysPronoun(_ words: [WordToken]) -> Bool {
        words.indices.dropLast().contains { k in
            guard ClaimLexicon.sayingVerbs.contains(words[k].lower), ["it", "so"].contains(words[k + 1].lower) else { return false }
            guard k + 2 < words.count, words[k + 2].isWordOrNumber else { return true }
            let next = words[k + 2].lower
            return next.hasSuffix("self") || next.hasSuffix("selves") || ["while", "when", "during"].contains(next) || Lexicon.prepositions.contains(next)
        }
    }

    /// Whether the clause is someone's words rather than a report of them: its sentence
    /// opens on a quotation mark ("'They were told ...,' the lawyer said"; single marks
    /// escape the quote pass), or most of its words stand between quotation marks
    /// ("According to the ad, the ideal candidate will \u{201C}design ...\u{201D}").
    static func isQuotation(_ t: [WordToken], _ clause: Range<Int>) -> Bool {
        if let first = t.first, first.kind == .punctuation, ["'", "\u{2018}", "\"", "\u{201C}"].contains(first.text) { return true }
        let quoted = ClaimEvidence.insideQuotationMarks(t)
        let words = clause.filter { t[$0].isWordOrNumber }
        return words.count(where: { quoted[$0] }) * 2 > words.count
    }

    /// Whether the sentence states the clause on record rather than passing on a rumour:
    /// its attribution (the words around the clause) has a verb of saying or admitting
    /// ("said in a statement that", "according to Kelly", "admits that") and no word of a
    /// report, a source, an outlet or a hedge ("sources said", "a report claimed", "is
    /// believed to", "according to the Times"). A clause no one is said to state (a
    /// sentence hedging its own verb) is a rumour.
    static func isOnRecord(_ t: [WordToken], _ clause: Range<Int>, outlets: [[String]]) -> Bool {
        let attribution = (t[..<clause.lowerBound] + t[clause.upperBound...]).filter(\.isWordOrNumber)
        let words = attribution.map(\.lower)
        if words.contains(where: {
            ClaimLexicon.claimNouns.contains($0) && !$0.hasPrefix("statement") || ClaimLexicon.reportSubjects.contains($0)
                || ClaimLexicon.hedges.contains($0) && $0 != "according"
                || ClaimLexicon.mediaNouns.contains($0) || ClaimLexicon.rumourWords.contains($0)
        }) {
            return false
        }
        let named = Tokens.words(attribution.map(\.text).joined(separator: " "))
        if outlets.contains(where: { o in !o.isEmpty && o.count <= named.count && (0...(named.count - o.count)).contains { named[$0..<($0 + o.count)].elementsEqual(o) } }) {
            return false
        }
        return words.contains { ClaimLexicon.speechVerbs.contains($0) || ClaimLexicon.admissionVerbs.contains($0) || $0 == "according" || $0 == "announced" }
    }

    /// Whether the words around the clause name a cited outlet or a sourcing phrase
    /// (`ClaimEvidence.phrases`).
    static func isSourced(_ t: [WordToken], _ clause: Range<Int>, outlets: [[String]], _ doc: TextDocument) -> Bool {
        let attribution = Array(t[..<clause.lowerBound] + t[clause.upperBound...])
        let named = Tokens.words(attribution.filter(\.isWordOrNumber).map(\.text).joined(separator: " "))
        let namesOutlet = outlets.contains { o in
            !o.isEmpty && o.count <= named.count && (0...(named.count - o.count)).contains { named[$0..<($0 + o.count)].elementsEqual(o) }
        }
        return namesOutlet || !ClaimEvidence.phrases(attribution, doc).isEmpty
    }

    /// Whether a clause opens on a description of two parties together: "the two
    /// companies", "both firms", "the pair", "the two sides".
    /// "An article that wrongly reported the death": "that" was a relative pronoun, and the
    /// clause opens on its verb (after any adverbs). With no subject it states nothing.
    static func lacksASubject(_ words: [WordToken]) -> Bool {
        var k = 0
        while k + 1 < words.count, words[k].lower.hasSuffix("ly"), !words[k].isCapitalized { k += 1 }
        let w = words[k]
        return ClaimLexicon.auxiliaries.contains(w.lower)
            || !w.isCapitalized && (w.lower.hasSuffix("ed") || ClaimLexicon.irregularVerbs.contains(w.lower))
    }

    /// "The plans first reported by the Echo were genuine": a clause whose whole predicate
    /// is a copula and a word of truth says that something told is so. It is a stance on
    /// the claim (a confirmation), and the claim is what was told, not this sentence.
    static func vouches(_ words: [WordToken]) -> Bool {
        let w = words.filter(\.isWordOrNumber).map(\.lower)
        guard let last = w.last, ClaimLexicon.truthWords.contains(last), w.count >= 3 else { return false }
        // One adverb of degree may stand between ("was entirely accurate").
        let copulas: Set<String> = ["is", "are", "was", "were", "be", "been"]
        return copulas.contains(w[w.count - 2]) || w[w.count - 2].hasSuffix("ly") && copulas.contains(w[w.count - 3])
    }

    static func namesAPair(_ words: [WordToken]) -> Bool {
        let w = words.prefix(3).map(\.lower)
        guard let first = w.first else { return false }
        var i = 1
        if first == "the" && w.count > 1 && w[1] == "two" { i = 2 } else if first != "both" && first != "the" { return false }
        guard i < w.count else { return false }
        let noun = w[i]
        if first == "the" && i == 1 { return ["pair", "duo"].contains(noun) }
        let singular = noun.hasSuffix("men") ? String(noun.dropLast(3)) + "man"
            : noun.hasSuffix("ies") ? String(noun.dropLast(3)) + "y" : noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        return noun != singular && (ClaimLexicon.companyKinds.contains(singular) || ClaimLexicon.pairNouns.contains(singular))
    }

    /// `text` with its opening pronoun replaced by `name` ("Its" becomes "Name's").
    static func resolved(_ text: String, pronoun: String, name: String) -> String {
        let rest = text.dropFirst(pronoun.count)
        return (ClaimLexicon.possessivePronouns.contains(pronoun) ? name + "\u{2019}s" : name) + rest
    }

    /// When no sentence attributes a proposition, the headlines are what the story
    /// claims: each statement headline (not a question) of four words or more, placed at
    /// its article's lead for origin and sourcing, without a dateline or an attribution
    /// after it (", officials said"). A headline cut short ("…") where the body's first
    /// sentence goes on is that sentence: the reader shortened a lede taken for the title.
    /// Headlines that debunk the news ("X did not ...", "... is a hoax") or report a party
    /// confirming it ("X confirms Y") word a stance on the news, not the news: they count
    /// only when no headline states it, and then the claim is what the debunking ones
    /// debunk (`debunked`: "No, X did not Y" claims that X did Y).
    static func headlines(_ draft: StoryDraft, parties: Parties) -> [ClaimCandidate] {
        let all = draft.articles.indices.compactMap {
            a -> (a: Int, doc: TextDocument, tokens: [WordToken], debunks: Bool, caption: Bool, parties: [Int])? in
            let title = draft.articles[a].title.trimmingCharacters(in: .whitespacesAndNewlines)
            var doc = TextDocument(title)
            var tokens = ClaimWords.tokens(doc, 0..<doc.scalars.count)
            guard title.last != "?", tokens.count(where: \.isWordOrNumber) >= 4 else { return nil }
            if let lede = lede(of: tokens, draft.documents[a]) { (doc, tokens) = (draft.documents[a], lede) }
            // Whoever the headline credits with the claim ("..., Senator X says") is a party to it.
            let named = parties.mentioned(in: tokens)
            let caption = isCaption(tokens) || isQuote(tokens)
            let official = declaredOfficial(tokens)
            tokens = statement(in: tokens)
            guard tokens.count(where: \.isWordOrNumber) >= 4 else { return nil }
            return (a, doc, tokens, debunks(tokens) || official || tokens.contains { ClaimLexicon.confirmations.contains($0.lower) }, caption, named)
        }
        func candidate(_ a: Int, _ doc: TextDocument, _ tokens: [WordToken], _ named: [Int]) -> ClaimCandidate {
            let text = normalised(doc, tokens)
            let inText = parties.mentioned(in: tokens)
            var candidate = ClaimCandidate(
                article: a, sentence: 0, text: text, content: ClaimWords.content(text), parties: inText, credited: named.filter { !inText.contains($0) })
            candidate.headline = true
            candidate.onRecord = saidByParty(tokens, parties)
            return candidate
        }
        // A caption in the headline's place says what a picture shows, not the news; it
        // words the claim only when the story has nothing else.
        let headlines = all.filter { !$0.caption }
        let pool = headlines.isEmpty ? all : headlines
        // A headline about the report ("Shares slide on reports X") carries the news only
        // inside its cause; when no other headline states it, the body's accounts word it.
        let told = pool.filter { !$0.debunks }.map { candidate($0.a, $0.doc, $0.tokens, $0.parties) }
        let stating = told.filter { !$0.namesTheReport }
        if !stating.isEmpty { return stating }
        if !told.isEmpty { return [] }
        let answered = pool.filter { debunks($0.tokens) }.compactMap { h in debunked(h.tokens).map { candidate(h.a, h.doc, $0, h.parties) } }
        return answered.isEmpty ? pool.map { candidate($0.a, $0.doc, $0.tokens, $0.parties) } : answered
    }

    /// "It's official: X closes in May": a headline declaring the news settled before its
    /// colon tells the outcome as confirmed, a stance on the rumour as "X confirms" is, not
    /// the rumour; "It's official-ish" hedges and stays a statement.
    static func declaredOfficial(_ t: [WordToken]) -> Bool {
        let words = t.prefix(5).map(\.lower)
        guard let k = words.firstIndex(of: "official"), k + 1 < words.count, words[k + 1] == ":" else { return false }
        return words[..<k] == ["it's"] || words[..<k] == ["it\u{2019}s"] || words[..<k] == ["it", "is"]
    }

    /// "Is X closing? What we know", "Did Y quit? Here's what happened": a headline that asks,
    /// whatever teaser follows its question, states nothing.
    static func asks(_ text: String) -> Bool {
        let chars = Array(text)
        return chars.indices.contains { k in chars[k] == "?" && (k + 1 == chars.count || chars[k + 1].isWhitespace) }
    }

    /// A question never words the claim: a headline asking it ("Are X really headlining Y?
    /// Here's what we know") weighs with the headlines that state the news, and the one of
    /// those (or of the ledes) in most of the headlines' words states it.
    static func stating(_ claimed: Claimed, keywords: Set<String>) -> ClaimCandidate {
        let w = claimed.wording
        guard asks(w.text) else { return w }
        let fit = claimed.members.filter { c in
            (c.headline || c.inLede) && !asks(c.text) && !c.negated && !c.teases && !c.namesTheReport && !c.onRecord
                && !debunks(ClaimWords.tokens(c.text))
        }
        return fit.max { (keywordCount($0, keywords), score($0, claimed.members)) < (keywordCount($1, keywords), score($1, claimed.members)) } ?? w
    }

    /// "Label: Hotel X says his stays were during conferences": a headline whose statement
    /// (after any label) is a party's saying tells its answer on record, as a body sentence
    /// "X said that ..." does, not the rumour.
    static func saidByParty(_ t: [WordToken], _ parties: Parties) -> Bool {
        let start = t.lastIndex(where: { $0.text == ":" }).map { $0 + 1 } ?? 0
        let words = t[start...].filter(\.isWordOrNumber)
        guard let verb = words.prefix(6).firstIndex(where: { ClaimLexicon.speechVerbs.contains($0.lower) }), verb > words.startIndex else { return false }
        let subject = Array(words[words.startIndex..<verb])
        return subject.allSatisfy(\.isCapitalized) && !parties.mentioned(in: subject).isEmpty
    }

    /// "Memory drug scientist: 'I was set up'", "X on the row: \u{201C}I was there\u{201D}": a
    /// speaker's label and a colon before a quotation is the speaker's words, a quote
    /// headline, not the news; like a caption it words no claim unless nothing else does.
    static func isQuote(_ t: [WordToken]) -> Bool {
        guard let colon = t.firstIndex(where: { $0.text == ":" }), colon > 0, colon + 1 < t.count else { return false }
        let opening: Set<String> = ["'", "\u{2018}", "\"", "\u{201C}"]
        return opening.contains(t[colon + 1].text) && t[..<colon].contains(where: \.isWordOrNumber)
    }

    /// "X plans to shut Y, leaked memo shows.": a headline's closing credit to the paper it
    /// rests on (a verb of showing after a few words, no clause of its own) is sourcing, which
    /// the claim reports beside it, not part of what is claimed. Only the claim as shown is
    /// cut: the words it is matched by stay whole.
    static func withoutClosingCredit(_ text: String) -> String {
        guard let comma = text.lastIndex(of: ",") else { return text }
        let after = Tokens.words(String(text[text.index(after: comma)...]))
        guard let verb = after.last, ["shows", "show", "reveal", "reveals", "alleges", "allege", "suggests", "suggest"].contains(verb),
            (2...5).contains(after.count), !after.dropLast().contains(where: { ClaimLexicon.auxiliaries.contains($0) || $0 == "that" }),
            Tokens.words(String(text[..<comma])).count >= 4
        else { return text }
        return String(text[..<comma]) + "."
    }

    /// The statement a headline or lede makes: without a dateline ("BEIRUT -", "(CNN) --"),
    /// its first point when it lists several ("\u{2022} X named as Y \u{2022} ..."), the
    /// proposition it attributes ("CNN is reporting that X", "X, sources said"), and no
    /// marks before its first word.
    static func statement(in tokens: [WordToken]) -> [WordToken] {
        var t = withoutKicker(ClaimEvidence.withoutDateline(tokens))
        let points = t.split(whereSeparator: { $0.text == "\u{2022}" }).filter { $0.contains(where: \.isWordOrNumber) }
        if points.count > 1 { t = Array(points[0]) }
        // "CNN is reporting that X" gives X; in "Reports that X swirled online" the report
        // is the subject, and X has no end of its own.
        let opensOnReport = t.prefix(2).contains { ClaimLexicon.claimNouns.contains($0.lower) }
        if !opensOnReport, let r = clause(t), t[r].count(where: \.isWordOrNumber) >= 5 { t = Array(t[r]) }
        t = withoutAttribution(t)
        return Array(t.drop { !$0.isWordOrNumber && !["\"", "\u{201C}", "'", "\u{2018}"].contains($0.text) })
    }

    /// A headline without the desk's kicker before its colon ("Exclusive:", "BREAKING:",
    /// "Revealed:"): a label of how the story is sold, not a word of what it claims. A name
    /// before the colon ("Ford: no talks with X") is who speaks, and stays.
    static func withoutKicker(_ t: [WordToken]) -> [WordToken] {
        guard t.count > 2, t[1].text == ":", ClaimLexicon.kickers.contains(t[0].lower), t[2...].count(where: \.isWordOrNumber) >= 4 else { return t }
        return Array(t[2...])
    }

    /// The body's first sentence when `title` is its opening cut short with an ellipsis.
    static func lede(of title: [WordToken], _ doc: TextDocument) -> [WordToken]? {
        guard let last = title.last, last.text == "\u{2026}" || last.text == "...", let first = doc.sentences.first else { return nil }
        let sentence = ClaimWords.tokens(doc, first.range)
        // The reader takes a dateline off the body, not off the title.
        let words = ClaimEvidence.withoutDateline(title).filter(\.isWordOrNumber).map(\.lower)
        return sentence.filter(\.isWordOrNumber).map(\.lower).starts(with: words) ? sentence : nil
    }

    /// `t` without an attribution closing it: ", a monitoring group said on Friday", ",
    /// according to officials", ", sources said", "..., saying ...". A reporting verb
    /// within the first words after the sentence's last comma, with only its subject
    /// before it, after a statement of four words or more; repeated, since a lede may
    /// close on two.
    static func withoutAttribution(_ t: [WordToken]) -> [WordToken] {
        var t = t
        // ", according to Dan Lee, vice president of X": an apposition may follow the name.
        if let comma = t.lastIndex(where: { $0.text == "," }), let before = t[..<comma].lastIndex(where: { $0.text == "," }),
            t[(before + 1)..<comma].filter(\.isWordOrNumber).prefix(3).contains(where: { ClaimLexicon.attributingVerbs.contains($0.lower) }),
            !t[(comma + 1)...].contains(where: { ClaimLexicon.auxiliaries.contains($0.lower) || ClaimLexicon.attributingVerbs.contains($0.lower) })
        {
            t = Array(t[..<comma])
        }
        while let comma = t.lastIndex(where: { $0.text == "," }) {
            let statement = t[..<comma].count(where: \.isWordOrNumber)
            let after = t[(comma + 1)...].filter(\.isWordOrNumber).prefix(9)
            // Between the comma and the verb stands its subject, no clause: "..., a group
            // monitoring the war said", not "..., has been forced to confirm".
            // ", who they say is ...": a relative clause goes on describing, attributing nothing.
            guard statement >= 4, let first = after.first, !ClaimLexicon.relativePronouns.contains(first.lower),
                let verb = after.firstIndex(where: { ClaimLexicon.attributingVerbs.contains($0.lower) }),
                !after[..<verb].contains(where: { ["that", "to"].contains($0.lower) || ClaimLexicon.auxiliaries.contains($0.lower) }),
                verb == after.startIndex || !ClaimLexicon.auxiliaries.contains(after[after.index(before: verb)].lower)
            else { break }
            t = Array(t[..<comma])
        }
        while let last = t.last, !last.isWordOrNumber, !["\u{2026}", ")", "]", "\"", "\u{201D}", "%"].contains(last.text) { t.removeLast() }
        return t
    }

    /// A debunking headline's proposition: what it says is false, put as a statement. A
    /// verdict label goes ("Fake: X did Y"), and so does an opening "No," that answers the
    /// rumour; "reports that P are false" gives P; a negated clause loses its negation
    /// ("X did not buy Y" claims that X did buy Y, "isn't" becomes "is"). Nil when what is
    /// left is no statement (a noun phrase, "no" before a noun) or still debunks.
    static func debunked(_ t: [WordToken]) -> [WordToken]? {
        var t = t
        // "Fake: ...", "HOAX - ...": a verdict label before the statement.
        if let label = t.firstIndex(where: { !$0.isWordOrNumber }), label > 0, label <= 2, [":", "-", "\u{2013}", "\u{2014}"].contains(t[label].text),
            t[..<label].contains(where: { ClaimLexicon.verdicts.contains($0.lower) || ClaimLexicon.plainFalsity.contains($0.lower) || ClaimLexicon.claimNouns.contains($0.lower) })
        {
            t = Array(t[(label + 1)...])
        }
        // "No, X did not ...": the answer to the rumour, not part of it.
        if t.count > 2, t[0].lower == "no", t[1].text == "," { t = Array(t[2...]) }
        // "Reports that P are false", "P is a hoax": the verdict's subject is the statement.
        if let copula = t.lastIndex(where: { ["is", "are", "was", "were"].contains($0.lower) }),
            t[(copula + 1)...].contains(where: { ClaimLexicon.verdicts.contains($0.lower) || ClaimLexicon.plainFalsity.contains($0.lower) })
                || t[(copula + 1)...].contains(where: { ClaimLexicon.isNegation($0.lower) }) && t[(copula + 1)...].contains(where: { ClaimLexicon.truthWords.contains($0.lower) }),
            t[(copula + 1)...].filter(\.isWordOrNumber).allSatisfy({
                ClaimLexicon.verdicts.contains($0.lower) || ClaimLexicon.plainFalsity.contains($0.lower) || ClaimLexicon.truthWords.contains($0.lower)
                    || ClaimLexicon.isNegation($0.lower) || ["a", "an", "all", "just", "completely", "totally", "entirely"].contains($0.lower)
            })
        {
            t = Array(t[..<copula])
            if let that = t.firstIndex(where: { $0.lower == "that" }), that <= 3, t[..<that].contains(where: { ClaimLexicon.claimNouns.contains($0.lower) }) {
                t = Array(t[(that + 1)...])
            }
        } else if let k = t.firstIndex(where: { ClaimLexicon.isNegation($0.lower) }) {
            // "did not" loses "not"; "didn't" becomes "did"; "never" goes; "no" before a noun cannot.
            let w = t[k]
            if w.lower == "not" || w.lower == "never" {
                t.remove(at: k)
            } else if let positive = ClaimLexicon.positiveAuxiliary(w.lower) {
                let text = w.isCapitalized ? positive.prefix(1).uppercased() + positive.dropFirst() : positive
                t[k] = WordToken(range: w.range, text: text, kind: .word)
            } else {
                return nil
            }
        }
        let words = t.filter(\.isWordOrNumber)
        // "X is fake" leaves its subject, a noun phrase ("A viral memo on the mayor's
        // painting"): no finite verb, no proposition.
        guard words.count >= 4, !debunks(t), words.contains(where: isFiniteVerb) else { return nil }
        return t
    }

    /// Whether a line is a picture's caption rather than a headline: it carries a credit
    /// ("Photo: AP", "Image via X", "Pictured:"), or it is a short line, or a line leading
    /// in with a colon, with no word that could be a verb ("The bridge at night"). A label
    /// before a statement ("PHOTOS: X does Y") is a headline.
    static func isCaption(_ t: [WordToken]) -> Bool {
        let words = t.filter(\.isWordOrNumber)
        for (i, tok) in t.enumerated() where ClaimLexicon.creditNouns.contains(tok.lower) {
            let next = i + 1 < t.count ? t[i + 1] : nil
            if tok.lower == "pictured", next?.text == ":" { return true }
            if next.map({ ["via", "courtesy", "credit", "by"].contains($0.lower) }) == true { return true }
            // "Photo: AP" ends the line; "PHOTOS: X does Y" opens a headline.
            if next?.text == ":", t[(i + 1)...].count(where: \.isWordOrNumber) <= 4 { return true }
        }
        if words.count <= 6 { return !words.contains(where: couldBeVerb) }
        // "In response to the scare in Dunmore:" leads in to what follows, whatever its
        // length; in a line not in title case, a capitalised word is a name ("Kansas"), no verb.
        guard t.last(where: { $0.text != "." })?.text == ":" else { return false }
        let titleCase = words.dropFirst().allSatisfy { $0.isCapitalized || Tokens.stopwords.contains($0.lower) }
        return !words.dropFirst().contains { (titleCase || !$0.isCapitalized) && couldBeVerb($0) } && !couldBeVerb(words[0])
    }

    /// A word that may be a finite verb or participle: an auxiliary, a common irregular
    /// verb, or a word with a verb's ending ("-ed", "-ing", a third-person "-s").
    static func couldBeVerb(_ w: WordToken) -> Bool {
        let x = w.lower
        if ClaimLexicon.auxiliaries.contains(x) || ClaimLexicon.irregularVerbs.contains(x) { return true }
        if x.count > 4, x.hasSuffix("ed") || x.hasSuffix("ing") { return true }
        return x.count > 3 && x.hasSuffix("s") && !x.hasSuffix("ss") && !x.hasSuffix("us") && !x.hasSuffix("is")
            && !x.hasSuffix("'s") && !x.hasSuffix("\u{2019}s")
    }

    /// Whether a headline negates or calls false what it is about.
    static func debunks(_ t: [WordToken]) -> Bool {
        t.indices.contains { k in
            let x = t[k].lower
            return ClaimLexicon.isNegation(x) || ClaimLexicon.denials.contains(x)
                || ClaimLexicon.verdicts.contains(x) || ClaimLexicon.plainFalsity.contains(x) || callsForged(t, k)
        }
    }

    /// "The letter is forged", "a doctored photo", "exposed as a forgery": a document or
    /// picture called counterfeit. "Forged" and "faked" judge only as a participle after a
    /// copula or a determiner; "the firms forged a partnership" is the other verb.
    static func callsForged(_ t: [WordToken], _ k: Int) -> Bool {
        let x = t[k].lower
        if ClaimLexicon.forgeryWords.contains(x) { return true }
        guard ["forged", "faked"].contains(x), k > 0 else { return false }
        let before = t[k - 1].lower
        return ["is", "are", "was", "were", "been", "being"].contains(before) || ClaimLexicon.determiners.contains(before)
    }

    /// Token range of the reported proposition in a sentence, if it has one.
    static func clause(_ t: [WordToken]) -> Range<Int>? {
        if let c = labelledClaim(t) { return c }
        for (i, tok) in t.enumerated() where tok.isWordOrNumber {
            // "... claimed that X", "reports that X"
            // "a report that revealed X": "that" before a verb opens a relative clause, and
            // the proposition comes after that verb.
            if tok.lower == "that", i > 0, i + 1 < t.count, t[i + 1].kind == .word, !t[i + 1].isCapitalized, couldBeVerb(t[i + 1]),
                !ClaimLexicon.auxiliaries.contains(t[i + 1].lower), !ClaimLexicon.subjectPronouns.contains(t[i + 1].lower)
            {
                continue
            }
            if tok.lower == "that", i > 0 {
                // The verb may stand before an aside: "claimed on Saturday, citing a source, that".
                let before = t[max(0, i - 9)..<i].filter(\.isWordOrNumber).map(\.lower)
                if before.contains(where: {
                    ClaimLexicon.claimVerbs.contains($0) || ClaimLexicon.claimNouns.contains($0) || ClaimLexicon.admissionVerbs.contains($0)
                }) {
                    // "Reports that X swirled online", "Claims that X are false": the report is
                    // the sentence's subject, and X ends where its own verb comes.
                    let words = t[..<i].filter(\.isWordOrNumber)
                    if words.count <= 2, words.contains(where: { ClaimLexicon.claimNouns.contains($0.lower) }), let r = complement(t, after: i) {
                        return reportSubjectClause(t, r)
                    }
                    // "Posts claiming that X spread quickly", "(On Sunday,) false rumours that X
                    // led drivers to turn back": the same in a body sentence, also where the
                    // report causes something.
                    if reportIsSubject(t, before: i), let r = complement(t, after: i), let cut = reportSubjectClause(t, r, causes: true) {
                        return cut
                    }
                    return complement(t, after: i)
                }
            }
            // "According to the report, X" and "X, according to three people ..."
            if tok.lower == "according", i + 1 < t.count, t[i + 1].lower == "to" {
                if i >= 6, let colon = elaboration(t, before: i) {
                    // "the club" after the hook stands for the name the hook gives, which stays.
                    let subject = t[(colon + 1)..<i].prefix { !couldBeVerb($0) }
                    return subject.contains(where: \.isCapitalized) ? trimmed(t, (colon + 1)..<i) : trimmed(t, 0..<i, keeping: colon)
                }
                if i >= 6 { return trimmed(t, 0..<i) }
                if let comma = t[(i + 2)...].firstIndex(where: { $0.text == "," }), comma + 1 < t.count {
                    return trimmed(t, (comma + 1)..<t.count)
                }
            }
            // "X, three people familiar with the plans said", "X, two sources have told the
            // Courier": a scoop's statement before the sources it rests on.
            if let c = sourcedStatement(t, i) { return c }
            // "Rumors, claiming the singer died, spread online": the participle's clause, up to
            // the comma that closes the aside.
            if ["claiming", "alleging", "saying", "suggesting"].contains(tok.lower), i >= 2, t[i - 1].text == ",",
                ClaimLexicon.claimNouns.contains(t[i - 2].lower), let close = t[(i + 1)...].firstIndex(where: { $0.text == "," }), close > i + 3
            {
                return trimmed(t, (i + 1)..<close)
            }
            // "The post claimed the club had sacked its coach", "a letter alleging it was
            // under investigation": a verb that only ever attributes takes its clause without
            // "that" after a subject of its own (a determiner or pronoun, then a verb).
            if ["claimed", "claiming", "claims", "alleged", "alleging", "alleges"].contains(tok.lower), i > 0, opensAClause(t, at: i + 1) {
                return complement(t, after: i)
            }
            // "A report said Ford held talks", "claiming Ford wants": a clause opening on a name.
            // The verb's subject must be a report or its source, not a speaker ("said Ana Ruiz").
            if ["said", "says", "suggested", "claiming", "claimed", "reported", "alleged", "alleging"].contains(tok.lower),
                i + 1 < t.count, t[i + 1].isCapitalized, i > 0, t[i - 1].isWordOrNumber,
                tok.lower.hasSuffix("ing") || t[max(0, i - 3)..<i].contains(where: { ClaimLexicon.reportSubjects.contains($0.lower) })
            {
                return complement(t, after: i)
            }
        }
        // A party owning up to something: "Ana Ruiz admitted she had faked it", "conceded
        // the talks had failed". The proposition follows the verb, "that" or not.
        for (i, tok) in t.enumerated() where ClaimLexicon.admissionVerbs.contains(tok.lower) && i > 0 && i + 1 < t.count {
            // "admitted on Friday she had ...": a short aside may stand before the clause.
            if let k = t[(i + 1)..<min(t.count, i + 5)].firstIndex(where: { ClaimLexicon.subjectPronouns.contains($0.lower) }),
                k > i + 1, t[i + 1].kind == .word, !t[i + 1].isCapitalized, !t[(i + 1)..<k].contains(where: { $0.kind == .punctuation })
            {
                return complement(t, after: k - 1)
            }
            let next = t[i + 1]
            // After a determiner, a clause needs a verb of its own: "admitted the talks had
            // failed", not "acknowledged its mistake".
            let clauseVerb = t[(i + 1)..<min(t.count, i + 8)].contains { ClaimLexicon.auxiliaries.contains($0.lower) }
            if next.isCapitalized || ClaimLexicon.subjectPronouns.contains(next.lower)
                || ClaimLexicon.determiners.contains(next.lower) && clauseVerb
            {
                return complement(t, after: i)
            }
            // "boasted of having made a fortune", "admitted faking it": the proposition has no
            // subject of its own, so the sentence says it whole.
            if ["of", "about", "to"].contains(next.lower) || next.lower.hasSuffix("ing"), t.first?.isCapitalized == true {
                return trimmed(t, 0..<t.count)
            }
        }
        // "X has been accused of faking the footage": an allegation against the subject,
        // told whole, as "boasted of" is; only in the main clause ("after she was accused
        // of" tells why something else happened).
        if let i = t.indices.first(where: { t[$0].lower == "accused" }), i >= 2, i + 2 < t.count, t[i + 1].lower == "of",
            t[i + 2].lower.hasSuffix("ing"), ["been", "is", "was", "are", "were", "stands"].contains(t[i - 1].lower),
            t.first?.isCapitalized == true,
            !t[..<i].contains(where: { ["after", "when", "because", "since", "as", "if", "that", "who", "which", "while"].contains($0.lower) })
        {
            return trimmed(t, 0..<t.count)
        }
        // "Ford reportedly held talks with X": the whole sentence, less the hedge.
        if t.contains(where: { $0.lower == "reportedly" || $0.lower == "allegedly" }), t.first?.isCapitalized == true {
            return trimmed(t, 0..<t.count)
        }
        return nil
    }

    /// A fact-check's line naming the claim it checks ("Claim: X", "The claim: X", "Viral
    /// claim - X"): the label is the attribution, and what follows it the proposition.
    static func labelledClaim(_ t: [WordToken]) -> Range<Int>? {
        guard let mark = t.prefix(4).firstIndex(where: { [":", "-", "\u{2013}", "\u{2014}"].contains($0.text) }), mark > 0,
            t[..<mark].allSatisfy(\.isWordOrNumber), ["claim", "claims"].contains(t[mark - 1].lower)
        else { return nil }
        // "Claim: A letter shows the federation has opened ...": the thing shared is how the
        // claim came, and the clause it shows is the proposition.
        // "Claim: The weather office has confirmed that ...": the authority the rumour calls
        // on is part of how it is told; the proposition is the clause after "that".
        let rest = (mark + 1)..<t.count
        if let v = rest.prefix(7).first(where: { ["shows", "showed", "proves", "says", "claims", "reveals", "confirmed", "confirms", "announced", "said"].contains(t[$0].lower) }),
            t[(mark + 1)..<v].allSatisfy(\.isWordOrNumber)
        {
            // A shared thing's "says that" keeps the thing with its claim (it is the sourcing).
            let authority = ["confirmed", "confirms", "announced", "said"].contains(t[v].lower)
            let start = authority && v + 1 < t.count && t[v + 1].lower == "that" ? v + 2 : v + 1
            if opensAClause(t, at: start) || start < t.count && t[start].isCapitalized { return trimmed(t, start..<t.count) }
        }
        return trimmed(t, rest)
    }

    /// Whether a clause with its own subject opens at `k`: a determiner or subject pronoun
    /// ("the club", "it"), then a verb within the next few words ("the national club had").
    /// "Bad news for fans: the festival could be cancelled, according to ...": a colon
    /// before a clause of its own sets a hook ahead of what it announces, and the closing
    /// "according to" credits the nearer clause, the one that tells what happened. The
    /// colon's index, when what follows it opens a clause (`opensAClause`) of five words or
    /// more and at least three words stand before it (not a desk's kicker, "Exclusive:").
    static func elaboration(_ t: [WordToken], before i: Int) -> Int? {
        guard let colon = t[..<i].lastIndex(where: { $0.text == ":" }), t[..<colon].count(where: \.isWordOrNumber) >= 3,
            t[(colon + 1)..<i].count(where: \.isWordOrNumber) >= 5, opensAClause(t, at: colon + 1),
            !t[(colon + 1)..<i].contains(where: { $0.text == "\u{201C}" || $0.text == "\"" })
        else { return nil }
        return colon
    }

    static func opensAClause(_ t: [WordToken], at k: Int) -> Bool {
        guard k < t.count, t[k].kind == .word else { return false }
        let first = t[k].lower
        if ClaimLexicon.subjectPronouns.contains(first) {
            return k + 1 < t.count && (ClaimLexicon.auxiliaries.contains(t[k + 1].lower) || couldBeVerb(t[k + 1]))
        }
        guard ["the", "a", "an"].contains(first) else { return false }
        return t[(k + 1)..<min(t.count, k + 7)].prefix { $0.isWordOrNumber }.dropFirst().contains { ClaimLexicon.auxiliaries.contains($0.lower) }
    }

    /// The proposition of a report that is its sentence's subject ("Reports that X
    /// swirled online"): up to the verb the report takes, a verb of spreading, or a
    /// copula before a verdict ("... are false"); nil when neither comes.
    /// With `causes`, also up to a verb of causing ("led", "sent") once X has a verb of its
    /// own ("the bridge had collapsed led drivers to ..."; not "Lee led the talks").
    static func reportSubjectClause(_ t: [WordToken], _ r: Range<Int>, causes: Bool = false) -> Range<Int>? {
        for k in r.dropFirst(3) where t[k].isWordOrNumber {
            if ClaimLexicon.spreadingVerbs.contains(t[k].lower) { return trimmed(t, r.lowerBound..<k) }
            if causes, ClaimLexicon.causingVerbs.contains(t[k].lower),
                t[r.lowerBound..<k].contains(where: { $0.kind == .word && !$0.isCapitalized && couldBeVerb($0) && !$0.lower.hasSuffix("s") })
            {
                return trimmed(t, r.lowerBound..<k)
            }
            if ["is", "are", "was", "were"].contains(t[k].lower),
                t[(k + 1)..<min(t.count, k + 4)].contains(where: { ClaimLexicon.plainFalsity.contains($0.lower) || ClaimLexicon.verdicts.contains($0.lower) || ClaimLexicon.truthWords.contains($0.lower) })
            {
                return trimmed(t, r.lowerBound..<k)
            }
        }
        return nil
    }

    /// Whether the words before "that" at `i` are a report standing as its sentence's
    /// subject (from the sentence's start or an opening phrase's comma): a report or post
    /// noun last, or before a participle of saying ("Posts claiming"), after words that
    /// cannot be verbs ("false rumours", "social media posts"; not "Ford rejects reports").
    static func reportIsSubject(_ t: [WordToken], before i: Int) -> Bool {
        let start = t[..<i].lastIndex(where: { $0.text == "," }).map { $0 + 1 } ?? 0
        var words = t[start..<i].filter(\.isWordOrNumber)
        if let last = words.last, ClaimLexicon.reportParticiples.contains(last.lower) { words.removeLast() }
        guard let noun = words.last, (1...4).contains(words.count),
            ClaimLexicon.claimNouns.contains(noun.lower) || ClaimLexicon.storyNouns.contains(noun.lower) || ClaimLexicon.postNouns.contains(noun.lower)
        else { return false }
        return !words.dropLast().contains { w in
            ClaimLexicon.auxiliaries.contains(w.lower) || ClaimLexicon.irregularVerbs.contains(w.lower) || couldBeVerb(w) && !w.isCapitalized
        }
    }

    /// The words after the reporting word at `i`. In a conditional ("if you see stories
    /// claiming X, (then) Y") the proposition ends where the main clause starts.
    static func complement(_ t: [WordToken], after i: Int) -> Range<Int>? {
        var r = (i + 1)..<t.count
        if t[..<i].contains(where: { $0.lower == "if" }),
            let stop = t[r].firstIndex(where: { $0.lower == "then" || $0.text == "," })
        {
            r = r.lowerBound..<stop
        }
        return trimmed(t, r)
    }

    /// "EV", "EVs", "NATO": capitals, perhaps with a plural "s".
    static func isAcronym(_ word: String) -> Bool {
        let core = word.hasSuffix("s") ? word.dropLast() : Substring(word)
        return !core.isEmpty && !core.contains(where: \.isLowercase)
    }

    /// The statement an attribution to unnamed sources closes: a verb of saying or
    /// telling at `i` ending the sentence (or followed by whom it was told, or a short
    /// phrase), its subject after a comma a source noun ("people", "sources", "officials")
    /// with no name, or for "reported"/"revealed" an outlet by name ("..., the Ostend Herald
    /// reported on Friday"; the scoop's "..., Radio X understands / has learned"), the statement before the comma without a dateline. The statement is
    /// one clause that names its subject, as a scoop's lede does: after a pronoun ("She has
    /// crossed ..., the source said") or within a longer sentence ("The prisoner, held in
    /// Qatar, is believed ..."; "X, but Y, people familiar said") the sources vouch for a
    /// story told elsewhere; "The news of the raid comes after ..." frames the story, and
    /// tells nothing new.
    static func sourcedStatement(_ t: [WordToken], _ i: Int) -> Range<Int>? {
        let reporting = ClaimLexicon.scoopClosings.contains(t[i].lower)
        guard reporting || ["said", "say", "says", "told", "tell", "tells"].contains(t[i].lower), i > 0,
            let comma = t[..<i].lastIndex(where: { $0.text == "," }), i - comma <= 9
        else { return nil }
        let rest = t[(i + 1)...].prefix { $0.text != "." && $0.text != ";" && $0.text != "," }.filter(\.isWordOrNumber)
        guard rest.count <= 5 else { return nil }
        // "..., the Gazette has learned", "..., the Courier can reveal": the auxiliary is no
        // part of the outlet's name; a bare "reveal" needs its "can".
        var subject = t[(comma + 1)..<i].filter(\.isWordOrNumber)
        if reporting, let last = subject.last, ["has", "have", "can"].contains(last.lower) { subject.removeLast() }
        else if t[i].lower == "reveal" { return nil }
        if reporting {
            // ", the Ostend Herald reported on Friday": an outlet by name, not a body
            // reporting its own figures ("the company reported").
            guard let head = subject.first, subject.count <= 7, subject.last?.isCapitalized == true,
                head.isCapitalized || head.lower == "the"
            else { return nil }
        } else {
            guard subject.contains(where: { ClaimLexicon.sourceNouns.contains($0.lower) || ClaimLexicon.anonymousSources.contains($0.lower) }),
                !subject.dropFirst().contains(where: { $0.isCapitalized && !Lexicon.nonNames.contains($0.lower) })
            else { return nil }
        }
        let start = t.count - ClaimEvidence.withoutDateline(t).count
        let statement = t[start..<comma].filter(\.isWordOrNumber)
        guard statement.count >= 5, let first = statement.first?.lower, !Lexicon.prepositions.contains(first),
            !ClaimLexicon.subordinators.contains(first), !ClaimLexicon.clauseOpeners.contains(first),
            !ClaimLexicon.subjectPronouns.contains(first), !statement.prefix(2).contains(where: { ClaimLexicon.claimNouns.contains($0.lower) }),
            !t[start..<comma].contains(where: { $0.text == "\u{201C}" || $0.text == "\"" }),
            !t[start..<comma].contains(where: { $0.text == "," }) || reporting && asidesOnly(t[start..<comma])
        else { return nil }
        return trimmed(t, start..<comma)
    }

    /// Whether a scoop's statement holds its commas only in pairs around asides ("selling its
    /// best painting, The Harbour, to a museum"): an outlet's own lede names the thing it is
    /// about in passing. A comma before a conjunction joins a second clause ("..., but the
    /// looms are going"), a story of two parts that the outlet need not vouch for whole.
    static func asidesOnly(_ t: ArraySlice<WordToken>) -> Bool {
        let commas = t.indices.filter { t[$0].text == "," }
        return commas.count.isMultiple(of: 2) && !commas.contains { k in
            k + 1 < t.endIndex && ["but", "and", "or", "while", "though", "although", "whereas", "yet", "so"].contains(t[k + 1].lower)
        }
    }

    /// Cuts a clause at the first point where the sentence moves on: a semicolon, a
    /// dash aside, a trailing ", though/while/but/which ..." remark, or a participle that
    /// belongs to the main clause's speaker (", saying he retained the board's support"), or
    /// that tells what the statement does to a report (", confirming a report by X").
    static func trimmed(_ t: [WordToken], _ r: Range<Int>, keeping colon: Int? = nil) -> Range<Int>? {
        var end = r.upperBound
        for i in r {
            let x = t[i]
            if i == colon { continue }
            if x.text == ";" || x.text == ":" || x.text == "\u{2014}" || x.text == "\u{2013}" { end = i; break }
            if x.text == ",", i + 1 < r.upperBound,
                ["though", "although", "while", "but", "which", "whereas", "a", "an", "according", "citing", "and", "saying", "adding",
                 "insisting", "stressing", "noting", "arguing", "calling", "describing", "confirming", "contradicting", "denying"].contains(t[i + 1].lower),
                i - r.lowerBound >= 6, !opensApposition(t, r, at: i)
            {
                end = i
                break
            }
        }
        // A percentage keeps its sign ("raises prices by 40%"): the number alone says another thing.
        while end > r.lowerBound, !t[end - 1].isWordOrNumber, t[end - 1].text != "%" { end -= 1 }
        // A short opening aside ("For what it's worth,", "In early February,") is not
        // part of the proposition; nor is the comma that opens one ("claimed that, in
        // private, ...").
        var start = r.lowerBound
        while start < end, t[start].text == "," { start += 1 }
        // One that opens on a determiner is the subject before an apposition ("the actor,
        // best known for ..., had been found"), and stays.
        if let comma = t[start..<end].firstIndex(where: { $0.text == "," }), comma - start <= 5, comma + 4 < end,
            !t[(start + 1)..<comma].contains(where: { $0.isCapitalized && !Lexicon.nonNames.contains($0.lower) }),
            !ClaimLexicon.determiners.contains(t[start].lower), !apposedName(t, start, comma, end)
        {
            start = comma + 1
        }
        return end > start ? start..<end : nil
    }

    /// "Marigold, the aquarium's octopus, escaped": a name alone before a comma, then an
    /// apposition opening on a determiner that a second comma closes, is the subject with
    /// its description, not a short opening aside ("Yesterday,", "In March,") to drop.
    static func apposedName(_ t: [WordToken], _ start: Int, _ comma: Int, _ end: Int) -> Bool {
        comma == start + 1 && t[start].isWord && t[start].isCapitalized && !Lexicon.nonNames.contains(t[start].lower)
            && !t[start].lower.hasSuffix("ly") && ["the", "a", "an"].contains(t[comma + 1].lower)
            && t[(comma + 2)..<end].contains { $0.text == "," }
    }

    /// "The chief executive of X, a children's charity, used ...": a comma before "a"/"an"/
    /// "which" with no verb yet in the clause and another comma after it sets off an
    /// apposition to the subject, whose verb is still to come; it does not end the clause.
    static func opensApposition(_ t: [WordToken], _ r: Range<Int>, at i: Int) -> Bool {
        guard ["a", "an", "which"].contains(t[i + 1].lower), t[(i + 1)..<r.upperBound].contains(where: { $0.text == "," }) else { return false }
        return !t[r.lowerBound..<i].contains { w in
            ClaimLexicon.auxiliaries.contains(w.lower) || ClaimLexicon.irregularVerbs.contains(w.lower)
                || !w.isCapitalized && w.lower.count > 4 && w.lower.hasSuffix("ed")
        }
    }

    /// A word that may be a finite verb: `couldBeVerb` less a word in "-ing",
    /// which alone makes no clause ("a fox chasing a vole" is a noun phrase).
    static func isFiniteVerb(_ w: WordToken) -> Bool {
        guard couldBeVerb(w) else { return false }
        return !w.lower.hasSuffix("ing") || ClaimLexicon.auxiliaries.contains(w.lower) || ClaimLexicon.irregularVerbs.contains(w.lower)
    }

    /// The clause as a sentence: quotation marks, brackets and hedges dropped, first
    /// letter capitalised, one full stop.
    static func normalised(_ doc: TextDocument, _ words: [WordToken]) -> String {
        var parts: [String] = []
        var depth = 0
        var previous: WordToken?
        // A straight single quote opens a quotation before a word and closes it after one; an
        // apostrophe between them ("the workers' union") is no mark to drop.
        var singleOpen = false
        for (k, w) in words.enumerated() {
            if w.text == "'" {
                let spaceBefore = previous.map { !doc.scalars[$0.range.upperBound..<w.range.lowerBound].isEmpty } ?? true
                if spaceBefore, k + 1 < words.count, words[k + 1].isWordOrNumber, words[k + 1].range.lowerBound == w.range.upperBound {
                    singleOpen = true
                    continue
                }
                if singleOpen {
                    singleOpen = false
                    continue
                }
            }
            if w.text == "(" || w.text == "[" { depth += 1; continue }
            if w.text == ")" || w.text == "]" { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if "\"\u{201C}\u{201D}\u{2018}\u{2019}".contains(w.text) { continue }
            // A clause cut after a comma or dash starts at its first word.
            if parts.isEmpty, w.kind == .punctuation { continue }
            if w.lower == "reportedly" || w.lower == "allegedly" { continue }
            let glue = previous.map { doc.scalars[$0.range.upperBound..<w.range.lowerBound].isEmpty } ?? true
            if glue, !parts.isEmpty { parts[parts.count - 1] += w.text } else { parts.append(w.text) }
            previous = w
        }
        var text = parts.joined(separator: " ")
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return text + "."
    }

    /// Each article's lead: the content words of its headline and first two sentences,
    /// where outlets put the news they report.
    static func leads(_ draft: StoryDraft) -> [Set<String>] {
        draft.documents.indices.map { a in
            let doc = draft.documents[a]
            return ClaimWords.content(([draft.articles[a].title] + doc.sentences.indices.prefix(2).map(doc.sentenceText)).joined(separator: " "))
        }
    }

    /// How many articles lead with the proposition: their lead shares three of its content
    /// words, or more for a long one (three in ten).
    static func leadSupport(_ c: ClaimCandidate, _ leads: [Set<String>]) -> Int {
        let need = max(3, (c.content.count * 3 + 9) / 10)
        return leads.count { $0.intersection(c.content).count >= need }
    }

    /// How widely the story carries a group: the articles that attribute it plus those
    /// that lead with it.
    static func weight(_ group: [ClaimCandidate], _ leads: [Set<String>]) -> Int {
        Set(group.map(\.article)).count + leadSupport(representative(group), leads)
    }

    /// Candidates that say the same thing, across articles: two parties in common, or
    /// most content words shared. The story's claim comes first: the group that the most
    /// articles attribute plus lead with (`leads`), so that a detail two articles attribute
    /// further down gives way to what every lead says and one article attributes.
    static func group(_ candidates: [ClaimCandidate], leads: [Set<String>] = []) -> [[ClaimCandidate]] {
        var groups: [[ClaimCandidate]] = []
        for c in candidates {
            let match = groups.firstIndex { g in g.contains { sayTheSame(c, $0) } }
            if let m = match { groups[m].append(c) } else { groups.append([c]) }
        }
        // Most articles first; then the one naming more parties; then the earliest.
        let weights = groups.map { weight($0, leads) }
        return groups.indices.sorted { i, j in
            let (a, b) = (groups[i], groups[j])
            let (na, nb) = (weights[i], weights[j])
            if na != nb { return na > nb }
            let (pa, pb) = (a.map(\.parties.count).max()!, b.map(\.parties.count).max()!)
            if pa != pb { return pa > pb }
            return (a[0].article, a[0].sentence) < (b[0].article, b[0].sentence)
        }.map { groups[$0] }
    }

    static func sayTheSame(_ a: ClaimCandidate, _ b: ClaimCandidate) -> Bool {
        Set(a.parties).intersection(b.parties).count >= 2 || ClaimWords.jaccard(a.content, b.content) >= 0.3
    }

    /// A group and the candidate that words it.
    struct Claimed {
        var wording: ClaimCandidate
        /// The group as found, before restatements joined it: whose parties the claim names.
        var own: [ClaimCandidate]
        /// The group with its restatements: which articles carry the claim, and in what words.
        var members: [ClaimCandidate]
    }

    /// The groups (in order) with each restatement of an earlier one merged into it, the
    /// earlier one's wording kept. Outlets tell the same news in words too different to
    /// share most of them ("ended up in the group's hands", "was seized by the group"), but
    /// a restatement adds little besides the words of the claim it restates and the words
    /// the story leads with (`restates`).
    static func mergingRestatements(_ groups: [[ClaimCandidate]], leads: [Set<String>], dates: [String?] = []) -> [Claimed] {
        let vocabulary = leadVocabulary(leads)
        var out: [Claimed] = []
        var better: [ClaimCandidate?] = []
        for g in groups {
            let best = wording(g, dates: dates, vocabulary: vocabulary)
            if let k = out.firstIndex(where: { restates(best, $0.members, vocabulary) || restates($0.wording, g, vocabulary) }) {
                out[k].members += g
                let fit = (best.sourced || best.scoop) && !best.onRecord && !best.negated && !best.rewritten
                // An outlet's own scoop lede words the claim better than any retelling of it.
                if fit, better[k] == nil || best.inLede && best.scoop && better[k]?.scoop != true { better[k] = best }
            } else {
                out.append(Claimed(wording: best, own: g, members: g))
                better.append(nil)
            }
        }
        // A restatement's lede that gives the rumour with its reporter or sourcing words it
        // better than a lede that does not (`wording`), and the outlet's own scoop ("...,
        // the Courier can reveal") better than another's retelling of it ("According to the
        // Courier, ..."); swapped only now, so that what merges is judged by the group's own
        // wording.
        let lede = { (c: ClaimCandidate) in c.inLede }
        for k in out.indices {
            guard let b = better[k], lede(b), lede(out[k].wording) else { continue }
            let w = out[k].wording
            // A retelling that names fewer of the claim's parties ("was investigating his
            // win") lost one to a pronoun, and words less of it. A party named only in an
            // aside describing the subject ("X, the publisher behind the Y novels, is ...")
            // is no party to the claim.
            guard b.parties.count >= Set(w.parties).subtracting(w.described).count else { continue }
            // Of two sourced ledes, the first report's (`firstSourcedLede`) tells it in full.
            let first = (w.sourced || w.scoop) && firstSourcedLede([w, b], dates: dates)?.article == b.article && b.article != w.article
            if !(w.sourced || w.scoop) || b.scoop && !w.scoop || first { out[k].wording = b }
        }
        return out
    }

    /// The words a third of the articles or more (two at least) lead with: the news itself.
    static func leadVocabulary(_ leads: [Set<String>]) -> Set<String> {
        let need = max(2, (leads.count + 2) / 3)
        var counts: [String: Int] = [:]
        for lead in leads { for w in lead { counts[w, default: 0] += 1 } }
        return Set(counts.filter { $0.value >= need }.keys)
    }

    /// Whether `c` restates the claim `group` carries: it shares two content words with
    /// the group, and at most two in five of its content words are neither the group's nor
    /// among the words the story leads with.
    static func restates(_ c: ClaimCandidate, _ group: [ClaimCandidate], _ vocabulary: Set<String>) -> Bool {
        let own = group.reduce(into: Set<String>()) { $0.formUnion($1.content) }
        guard c.content.intersection(own).count >= 2 else { return false }
        return c.content.subtracting(own.union(vocabulary)).count * 5 <= c.content.count * 2
    }

    /// What more than half the headlines (three or more) call the news, as the first five
    /// letters of each word ("data", "evacua"): the names and the noun or verb outlets
    /// share, verdicts ("fake", "hoax") left out, since they judge the news.
    static func headlineKeywords(_ titles: [String]) -> Set<String> {
        guard titles.count >= 3 else { return [] }
        var counts: [String: Int] = [:]
        for title in titles {
            for w in Set(ClaimWords.content(title).filter { !ClaimLexicon.verdicts.contains($0) }.map { String($0.prefix(5)) }) { counts[w, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value * 2 > titles.count }.keys)
    }

    /// The `keywords` (first five letters of a word) that every one of `texts` uses.
    static func everywhere(_ keywords: Set<String>, _ texts: [String]) -> Set<String> {
        texts.reduce(keywords) { kept, text in kept.intersection(ClaimWords.content(text).map { String($0.prefix(5)) }) }
    }

    static func keywordCount(_ c: ClaimCandidate, _ keywords: Set<String>) -> Int {
        keywordSet(c, keywords).count
    }

    /// A wording stated on record ("the council said it did not comment on leaked
    /// documents") stood only because its own group had nothing else (`wording`); once
    /// restatements and headlines join it, the one telling the rumour as reported words it,
    /// in the words most headlines share (`headlineKeywords`). A party's statement answers
    /// the rumour; it is not the rumour.
    static func asReported(_ claimed: Claimed, keywords: Set<String>, events: Set<String> = [], dates: [String?] = []) -> ClaimCandidate {
        let w = claimed.wording
        // A lede "on record" is most often the rumour "according to" sources the reader
        // does not know ("according to two people who attended"): outlets lead with the
        // news, and a party's answer comes further down.
        guard w.onRecord && !w.inLede || w.negated else { return w }
        // A rumour told in the negative ("had not processed withdrawals since Friday") is
        // still the rumour: it gives way only to one in as many of the headlines' words.
        let told = claimed.members.filter { c in
            (c.headline || c.inLede) && !c.onRecord && !c.negated && !c.teases && !c.namesTheReport && !c.text.contains("?")
                && (w.onRecord || keywordCount(c, keywords) >= keywordCount(w, keywords))
                && !debunks(ClaimWords.tokens(c.text))
        }
        // The headlines' word for the event first, then their names; an outlet's own words
        // over a sentence written out from a pronoun; then the first report's, which the
        // others retell.
        let rank = { (c: ClaimCandidate) in (keywordCount(c, events), keywordCount(c, keywords), c.rewritten ? 0 : 1) }
        guard let top = told.map(rank).max(by: <) else { return w }
        let best = told.filter { rank($0) == top }
        let dated = best.compactMap { c in day(c, dates).map { ($0, c) } }
            .sorted { $0.0 < $1.0 }
        if dated.count == best.count, dated.count >= 2, dated[0].0 < dated[1].0 { return dated[0].1 }
        return best.max { score($0, claimed.members) < score($1, claimed.members) }!
    }

    /// The core claim worded in the headlines' words: when a headline or lede of the claim
    /// (a statement naming as many of its parties, not negated, debunking or a teaser) uses
    /// two more of the words most headlines share (`headlineKeywords`) than the wording
    /// does, it words the claim (one more is often a title, "Mayor X", or an outcome's word). The reader looks the news up by those words ("data", "evacuate");
    /// a lede telling it in one outlet's terms ("copied records", "ordered to leave") is
    /// found by none of them.
    static func inHeadlineWords(_ claimed: Claimed, keywords: Set<String>, events: Set<String>) -> ClaimCandidate {
        let w = claimed.wording
        guard !keywords.isEmpty else { return w }
        let own = keywordSet(w, keywords)
        // A wording naming a party fewer still gives way when it keeps every headline word
        // the other has and adds two: the rival named beside the news ("favoured X over Y")
        // is the detail, the headlines' words are the claim.
        let fit = claimed.members.filter { c in
            (c.headline || c.inLede) && !c.negated && !c.teases && !c.namesTheReport && !c.rewritten
                && (c.parties.count >= w.parties.count || keywordSet(c, keywords).isSuperset(of: own) && keywordCount(c, keywords) >= own.count + 2)
                && !debunks(ClaimWords.tokens(c.text))
        }
        let rank = { (c: ClaimCandidate) in (keywordCount(c, keywords), score(c, claimed.members)) }
        if let best = fit.max(by: { rank($0) < rank($1) }), keywordCount(best, keywords) >= keywordCount(w, keywords) + 2 { return best }
        // One more is enough when it is a name most headlines share and nothing else is
        // lost ("The popular shrine would charge ..." against "Valdoria sanctuary to charge
        // ..."): a wording that hides the party behind a description is found by no search.
        let named = fit.filter { c in
            let more = keywordSet(c, keywords)
            return more.isStrictSuperset(of: own) && more.subtracting(own).isDisjoint(with: events)
        }
        return named.max(by: { rank($0) < rank($1) }) ?? eventHeadline(claimed, keywords: keywords, events: events) ?? w
    }

    /// A lede telling the news in its outlet's own phrase ("talks about folding the two
    /// bodies into one") gives way to its own headline when that adds the headlines' word
    /// for the event ("talks to merge"), written as a common word (not an acronym or name),
    /// and keeps every headline word the lede has: the desk titles the story as the coverage
    /// names it, and readers search by that word. Its own headline, not another outlet's,
    /// whose word may tell a later outcome, and not one hiding a party behind a description.
    /// The headline then stands as it is: a lede naming
    /// the parties in the outlet's phrase would drop the word again (`namingParties`).
    static func eventHeadline(_ claimed: Claimed, keywords: Set<String>, events: Set<String>) -> ClaimCandidate? {
        let w = claimed.wording
        guard w.inLede, !w.rewritten else { return nil }
        let own = keywordSet(w, keywords)
        return claimed.members.first { c in
            guard c.headline, c.article == w.article, !c.negated, !c.teases, !c.namesTheReport, !c.rewritten,
                keywordSet(c, keywords).isStrictSuperset(of: own), !debunks(ClaimWords.tokens(c.text)),
                // A word added by a description hiding a party the lede names ("to a private
                // care group") is no word for the event.
                !describesAParty(c.text), !describesAPerson(c.text)
            else { return false }
            let added = keywordSet(c, events).subtracting(own)
            let common = ClaimWords.tokens(c.text).filter { $0.isWord && !$0.isCapitalized }.map { String(ClaimWords.stem($0.lower).prefix(5)) }
            return !added.isEmpty && added.isSubset(of: Set(common))
        }
    }

    /// A wording written out from a pronoun ("a report that its reactor is late" read as
    /// "X's reactor is late") is the tool's reading of a sentence, not any outlet's words:
    /// it gives way to a headline or lede of the same claim in an outlet's own words that
    /// uses as many of the headlines' words and more of those that tell the news (`events`,
    /// less titles and words for the report itself: "Mayor", "reports").
    static func inOwnWords(_ claimed: Claimed, keywords: Set<String>, events: Set<String>, dates: [String?]) -> ClaimCandidate {
        let w = claimed.wording
        guard w.rewritten else { return w }
        let news = events.filter { e in !Lexicon.titles.contains { $0.hasPrefix(e) } && !ClaimLexicon.claimNouns.contains { $0.hasPrefix(e) } }
        let fit = claimed.members.filter { c in
            (c.headline || c.inLede) && !c.rewritten && !c.onRecord && !c.negated && !c.teases && !c.namesTheReport
                && keywordCount(c, keywords) >= keywordCount(w, keywords) && keywordCount(c, news) > keywordCount(w, news)
                && !debunks(ClaimWords.tokens(c.text))
        }
        // Of those alike, the first report's: the others retell it.
        let rank = { (c: ClaimCandidate) in (keywordCount(c, news), keywordCount(c, keywords)) }
        return fit.max { a, b in
            let (da, db) = (day(a, dates) ?? "~", day(b, dates) ?? "~")
            return rank(a) != rank(b) ? rank(a) < rank(b) : da != db ? da > db : score(a, claimed.members) < score(b, claimed.members)
        } ?? w
    }

    /// The day `c`'s article was published ("2026-03-02"), when known.
    static func day(_ c: ClaimCandidate, _ dates: [String?]) -> String? {
        dates.indices.contains(c.article) ? dates[c.article].map { String($0.prefix(10)) } : nil
    }

    /// The `keywords` `c` uses.
    static func keywordSet(_ c: ClaimCandidate, _ keywords: Set<String>) -> Set<String> {
        Set(c.content.map { String($0.prefix(5)) }).intersection(keywords)
    }

    /// A headline's wording gives way to its own article's sourced lede when that lede
    /// carries the claim too ("Council plans to shut X, memo reveals" over "The council is
    /// planning to close X, according to an internal memo seen by the Standard"): headlines
    /// are written in headlinese, short words for the news ("shut", "axe", "quit", "probe")
    /// that the outlet's own lede, and the other outlets, tell in plain ones, with the
    /// report's sourcing beside them. The lede must tell the headline's news: name its
    /// parties and half its words (not a detail of the same article). A headline word that
    /// most headlines share and every article uses (`keywords`, `everywhere`) is no
    /// headlinese but the coverage's own name for the news ("fine" in most headlines and in
    /// every story, where this outlet's lede writes "penalty"): a lede that drops one words
    /// the claim in the outlet's terms, not the coverage's. A word some outlet never writes
    /// ("shut" where one tells only of a "closure") is headlinese after all.
    /// The same holds the other way: a first report's lede chosen by date (`firstSourcedLede`)
    /// that drops such a word gives way to its own headline telling the same news with it.
    static func ownLede(_ claimed: Claimed, _ w: ClaimCandidate, keywords: Set<String> = []) -> ClaimCandidate {
        guard w.headline else {
            guard w.inLede, !keywords.isEmpty else { return w }
            return claimed.members.first { h in
                h.article == w.article && h.headline && !h.negated && !h.teases && !h.rewritten && !h.namesTheReport
                    && Set(h.parties).isSubset(of: w.parties) && ClaimWords.related(Array(h.content), w.content) * 2 >= h.content.count
                    && keywordCount(h, keywords) > keywordCount(w, keywords)
            } ?? w
        }
        return claimed.members.first { c in
            c.article == w.article && c.inLede && c.sourced && !c.negated && !c.teases && !c.rewritten
                && Set(w.parties).isSubset(of: c.parties) && ClaimWords.related(Array(w.content), c.content) * 2 >= w.content.count
                && keywordCount(c, keywords) >= keywordCount(w, keywords)
        } ?? w
    }

    /// The core claim named by its parties: a wording that names none of them ("Food
    /// watchdog set to ban colouring") or hides one behind an indefinite description ("to
    /// a private care group", "sold to a hotel company") gives way to a lede of the same
    /// news that names more of them ("... in talks with Verant Care Group"). Headlines and
    /// rewrites describe where a lede names, and the reader searches for the names. The
    /// lede keeps every party the wording names and a third of its words, and is the
    /// rumour as reported (not a party's answer on record, a denial or a teaser); of
    /// several, one that names outright, then the best agreed.
    static func namingParties(_ claimed: Claimed, _ w: ClaimCandidate, events: Set<String> = []) -> ClaimCandidate {
        guard w.parties.isEmpty || describesAParty(w.text) || describesAPerson(w.text) else { return w }
        let said = keywordSet(w, events)
        // A party named only in an aside describing the subject ("the block that dominates
        // the X skyline") is no party to the claim, and a lede need not name it.
        let named = Set(w.parties).subtracting(w.described)
        let told = toldWords(w.text)
        let fit = claimed.members.filter { c in
            c.inLede && c.parties.count > named.count && !c.onRecord && !c.negated && !c.teases && !c.namesTheReport
                && named.isSubset(of: c.parties) && ClaimWords.related(Array(told), c.content) * 3 >= told.count
                // A sentence written out from its pronoun keeps the outlet's phrase for the
                // event ("its reactor is three years late"); it may name the party only
                // when it keeps the headlines' word for the event too ("delay").
                && (!c.rewritten || said.isSubset(of: keywordSet(c, events)))
                // A wording that names its parties and hides one more gives way only to a lede
                // naming that one: a lede that hides a party of its own ("a company on X")
                // names other parties beside the news, not the one hidden.
                && (w.parties.isEmpty || !describesAParty(c.text) && !describesAPerson(c.text))
        }
        // A lede written out from its pronoun ("denied a report that it was preparing to
        // ban X") is the tool's reading, so an outlet's own words go first; but when only
        // such a lede names the party, it words the claim better than a wording naming none.
        let rank = { (c: ClaimCandidate) in (c.rewritten ? 0 : 1, describesAParty(c.text) ? 0 : 1, score(c, claimed.members)) }
        return fit.max { rank($0) < rank($1) } ?? w
    }

    /// The core claim names what every article names: a wording that leaves out a party
    /// every article of the story names (`everywhere`: the manuscript said stolen, the app
    /// the singer is said to use), telling it as "one of the most valuable books" or "the
    /// secret app", gives way to a lede or headline of the same claim that names it and
    /// keeps the wording's parties every article names too. A name in every article is the
    /// story's subject, and readers search for it. The lede must be the rumour as reported
    /// in an outlet's own words (not on record, negated, a teaser or a rewrite) and share
    /// two of the wording's words.
    static func namingSubject(_ claimed: Claimed, _ w: ClaimCandidate, everywhere: Set<Int>) -> ClaimCandidate {
        let missing = everywhere.subtracting(w.parties)
        guard w.headline, !missing.isEmpty else { return w }
        let told = toldWords(w.text)
        let fit = claimed.members.filter { c in
            c.inLede && !c.onRecord && !c.negated && !c.teases && !c.namesTheReport && !c.rewritten
                && !missing.isDisjoint(with: c.parties) && Set(w.parties).isSubset(of: c.parties)
                && ClaimWords.related(Array(told), c.content) * 3 >= told.count && !debunks(ClaimWords.tokens(c.text))
        }
        let rank = { (c: ClaimCandidate) in (missing.intersection(c.parties).count, score(c, claimed.members)) }
        return fit.max { rank($0) < rank($1) } ?? w
    }

    /// The content words a lede naming the parties must share with a wording: without its
    /// descriptive asides ("X, the block that dominates the Y skyline, ...") and its
    /// indefinite descriptions of a company ("to a private equity firm"), which the lede
    /// tells by a name instead.
    static func toldWords(_ text: String) -> Set<String> {
        let t = withoutAsides(ClaimWords.tokens(text))
        var kept: [WordToken] = []
        var k = 0
        while k < t.count {
            if t[k].lower == "a" || t[k].lower == "an",
                let kind = t[(k + 1)..<min(t.count, k + 4)].firstIndex(where: { ClaimLexicon.companyKinds.contains($0.lower) || ClaimLexicon.namedKinds.contains($0.lower) })
            {
                k = kind + 1
                continue
            }
            kept.append(t[k])
            k += 1
        }
        let words = ClaimWords.content(kept.map(\.text).joined(separator: " "))
        return words.isEmpty ? ClaimWords.content(text) : words
    }

    /// Whether the text speaks of an organisation by an indefinite description: "a" or "an"
    /// and, within three words, a kind of company or body ("a private healthcare company",
    /// "an unnamed agency").
    static func describesAParty(_ text: String) -> Bool {
        let words = Tokens.words(text)
        return words.indices.contains { i in
            (words[i] == "a" || words[i] == "an")
                && words[(i + 1)..<min(words.count, i + 4)].contains { ClaimLexicon.companyKinds.contains($0) || ClaimLexicon.namedKinds.contains($0) }
        }
    }

    /// Whether the text speaks of a person by an indefinite description in place of a name:
    /// "a"/"an" and, within three words, a role or kind of person ("a former coach at the
    /// club", "a senior minister"). Outlets that learn a name late, or hold it back until a
    /// charge, write the role; those that have it name the person, and readers search for
    /// the name. A description in apposition to a name ("Ann Roe, a former coach") names.
    static func describesAPerson(_ text: String) -> Bool {
        let t = ClaimWords.tokens(text)
        return t.indices.contains { i in
            guard t[i].lower == "a" || t[i].lower == "an" else { return false }
            let appositive = i >= 2 && t[i - 1].text == "," && t[i - 2].isCapitalized
            return !appositive && t[(i + 1)..<min(t.count, i + 4)].contains { w in
                w.isWord && (Lexicon.personNouns.contains(w.lower) || ClaimLexicon.titlesOfOffice.contains(w.lower))
            }
        }
    }

    /// The first report's headline, when the group is headlines and one article is dated
    /// before all the others (later headlines word what became of the claim: "X agrees to
    /// buy Y for $2.1 billion" after "X in talks to buy Y").
    static func firstReport(_ group: [ClaimCandidate], dates: [String?]) -> ClaimCandidate? {
        guard !dates.isEmpty, group.allSatisfy(\.headline) else { return nil }
        let dated = group.compactMap { c in day(c, dates).map { ($0, c) } }.sorted { $0.0 < $1.0 }
        guard dated.count == group.count, dated.count >= 2, dated[0].0 < dated[1].0 else { return nil }
        return dated[0].1
    }

    /// The candidate that stands for a group when weighing it: the one naming most
    /// parties that shares most with the others, preferring shorter sentences.
    static func representative(_ group: [ClaimCandidate]) -> ClaimCandidate {
        let most = group.map(\.parties.count).max()!
        let full = group.filter { $0.parties.count == most }
        // An outlet's own words, when there are any, over a sentence written out.
        let own = full.filter { !$0.rewritten }
        return (own.isEmpty ? full : own).max { a, b in
            score(a, group) < score(b, group)
        }!
    }

    /// The group's wording: the first report's headline (`firstReport`); else, of its
    /// ledes (an article's first two sentences, where outlets state the news) when it has any, the one that shares most with the whole group,
    /// preferring shorter sentences and an outlet's own words. A teaser ("has made a
    /// shocking admission"), a headline about the report ("Report of X sends shares lower"), a statement on record (which answers the rumour rather
    /// than words it) or a negated or debunking candidate only when nothing else does. A group gathers what outlets say about
    /// its parties, so the candidate naming most names is often a detail.
    static func wording(_ group: [ClaimCandidate], dates: [String?] = [], vocabulary: Set<String> = []) -> ClaimCandidate {
        if let first = firstReport(group, dates: dates) { return first }
        let saying = group.filter { !$0.teases && !$0.namesTheReport }
        let rumoured = saying.filter { !$0.onRecord }
        var pool = !rumoured.isEmpty ? rumoured : saying.isEmpty ? group : saying
        // "God clearly isn't a female": a negated candidate words the denial, not the claim.
        let positive = pool.filter { !$0.negated }
        if !positive.isEmpty { pool = positive }
        // Without dates to tell the first report, headlines in the rumour's form ("set
        // for a cut") word it rather than those telling the outcome ("cuts rates").
        if pool.allSatisfy(\.headline) {
            let ahead = pool.filter(\.looksAhead)
            if !ahead.isEmpty { pool = ahead }
        }
        let ledes = pool.filter { $0.headline || $0.inLede }
        let led = ledes.isEmpty ? pool : ledes
        let own = led.filter { !$0.rewritten }
        let choice = own.isEmpty ? led : own
        // A fact-check states the claim it checks in full and in neutral words ("Claim: X"),
        // where the post's retellings each tell a part of it.
        let checked = choice.filter { $0.inLede && $0.labelled }
        if checked.count == 1 { return checked[0] }
        if let first = firstSourcedLede(choice.filter(\.inLede), dates: dates) { return first }
        // Undated, the outlet's own scoop tells the claim first and in full; the others
        // retell it ("a day after X reported that ...") narrower.
        let scoops = choice.filter { $0.inLede && $0.scoop }
        if !scoops.isEmpty { return scoops.max { score($0, group, vocabulary) < score($1, group, vocabulary) }! }
        return choice.max { score($0, group, vocabulary) < score($1, group, vocabulary) }!
    }

    /// Of ledes that give the rumour with its reporter or sourcing, the one in the article
    /// dated before every other such lede's: the first report tells the claim in full,
    /// where later outlets retell it in their own shorter or narrower words.
    static func firstSourcedLede(_ ledes: [ClaimCandidate], dates: [String?]) -> ClaimCandidate? {
        // An outlet's own scoop names its reporter: the outlet itself.
        let sourced = ledes.filter { $0.sourced || $0.scoop }
        guard !dates.isEmpty, Set(sourced.map(\.article)).count >= 2 else { return nil }
        let dated = sourced.compactMap { c in day(c, dates).map { ($0, c) } }.sorted { $0.0 < $1.0 }
        guard dated.count == sourced.count, let first = dated.first, let later = dated.first(where: { $0.1.article != first.1.article }),
            first.0 < later.0
        else { return nil }
        return first.1
    }

    /// How well `c` words its group: how much it shares with the others, less for a long
    /// sentence, and more for the share of its words the story's leads use (`vocabulary`,
    /// `leadVocabulary`): outlets word the news in the names and the noun or verb most of
    /// them share, and a wording in one outlet's metaphor ("a dead man walking") or its own
    /// synonym ("shut its doors" where most write "close") is found by none of them.
    static func score(_ c: ClaimCandidate, _ group: [ClaimCandidate], _ vocabulary: Set<String> = []) -> Double {
        let agreement = group.reduce(0.0) { $0 + ClaimWords.jaccard(c.content, $1.content) }
        let length = Double(c.text.split(separator: " ").count)
        let shared = vocabulary.isEmpty || c.content.isEmpty ? 0 : Double(c.content.intersection(vocabulary).count) / Double(c.content.count)
        return agreement + shared - max(0, length - 25) * 0.05
    }
}
