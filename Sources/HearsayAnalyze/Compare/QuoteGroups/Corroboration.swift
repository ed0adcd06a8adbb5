import Foundation
import HearsayModel
import HearsayText

/// Flags a quote `uncorroborated` when no other outlet in the story carries the
/// statement — as a quote, whoever it is credited to, or in other words — and no other
/// outlet names its speaker.
enum Corroboration {
    /// Share of a quote's topic words one sentence of another outlet must hold for that
    /// outlet to carry the statement in its own words.
    static let paraphraseContainment = 0.7
    static let minimumTopicWords = 2

    static func flag(
        _ quotes: inout [Quote], carriedElsewhere: [String: Set<String>], articles: [Article], documents: [TextDocument],
        speakers: SpeakerMatcher, people: [Person]
    ) {
        let sentences = SentenceIndex(articles: articles, documents: documents, quotes: quotes)
        let bodyWords = articles.map { Tokens.words($0.body) }
        // Capitalised words per article: a name can only be in an article that has all its words.
        let capitalised = articles.map { Set(capitalisedWords($0.body)) }
        let nameKeys = articles.map { nameRunKeys($0.body) }
        var namedIn: [String: Set<Int>] = [:]
        let quoteWords = quotes.map { Tokens.words($0.text) }
        let topicCounts = quoteWords.map { $0.filter { !Tokens.stopwords.contains($0) }.count }
        // "called the plan “a betrayal of every tenant”": another outlet quoting a credited
        // part of the statement word for word carries it, whoever it credits. One word is too
        // little: a speaker may repeat another's ("they called it speculation").
        func quotedPart(_ i: Int) -> Bool {
            quotes.indices.contains { j in
                quotes[j].article != quotes[i].article && quotes[j].speaker != nil && quoteWords[j].count < quoteWords[i].count
                    && topicCounts[j] >= minimumTopicWords
                    && contains(quoteWords[i], quoteWords[j])
            }
        }
        let fullNames = Set(people.map(\.name) + quotes.compactMap(\.speaker).map(speakers.resolve))
        for i in quotes.indices {
            guard let speaker = quotes[i].speaker else { continue }
            // "One call handler ... the call handler said": a person the article describes and
            // never names is as anonymous as "a source"; only the statement can be carried.
            let unnamed = isAnaphoric(speaker) && pointsBackToUnnamed(speaker, in: articles.first { $0.id == quotes[i].article }, people: people)
            guard unnamed || !isAnaphoric(speaker) else { continue }
            guard articles.contains(where: { $0.id != quotes[i].article }) else { continue }
            let topic = ContentWords.set(quotes[i].text)
            // "No Delphine, no Norvale Tonight. Simple as that.": the names a quote drops are
            // the story's, in every outlet's sentences; what it says is in its other words.
            let said = topic.subtracting(nameWords(quotes[i].text))
            let carried = !(carriedElsewhere[quotes[i].id] ?? []).isEmpty
                || said.count >= minimumTopicWords
                    && sentences.holds(topic, outside: quotes[i].article, share: paraphraseContainment, negated: polarity(quotes[i].text))
                || quotedPart(i)
                || (topic.count < minimumTopicWords && !topic.isEmpty && Tokens.words(quotes[i].text).count > 1
                    && articles.indices.contains { articles[$0].id != quotes[i].article && contains(bodyWords[$0], Tokens.words(quotes[i].text)) })
            if namedIn[speaker] == nil {
                let forms = nameForms(speaker, speakers: speakers, people: people, fullNames: fullNames).map { ($0, capitalisedWords($0)) }
                let keys = Set(forms.map { NameVariants.words($0.0) }.filter { $0.count > 1 }.map { NameVariants.canonical($0) })
                namedIn[speaker] = Set(articles.indices.filter { a in
                    forms.contains { form, words in
                        words.allSatisfy(capitalised[a].contains) && standsAlone(form, in: articles[a].body)
                    } || !keys.isDisjoint(with: nameKeys[a])
                })
            }
            // "a source at the ministry" in another outlet names nobody: a described credit
            // could be anyone there, so only the statement itself corroborates it.
            let named = !unnamed && !SpeakerMatcher.isDescription(speaker) && namedIn[speaker]!.contains { articles[$0].id != quotes[i].article }
            if !carried && !named && !quotes[i].flags.contains(Quote.uncorroborated) {
                quotes[i].flags.append(Quote.uncorroborated)
            }
        }
    }

    /// Whether `phrase` stands in `words` word for word: a quote too short for the
    /// paraphrase test ("about a day") is carried by an outlet that uses its words.
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { i in phrase.indices.allSatisfy { words[i + $0] == phrase[$0] } }
    }

    /// Every sentence's topic words, indexed by word; each quote's too, since a statement of
    /// several sentences that another outlet words its own way is carried by that outlet's
    /// quote as a whole, not by any one of its sentences.
    struct SentenceIndex {
        var words: [(article: String, words: Set<String>)] = []
        var byWord: [String: [Int]] = [:]
        /// Whether each sentence denies: "The board has not ordered a recount" and "the board
        /// had ordered a recount" share their topic words but are not one statement.
        var negated: [Bool?] = []

        init(articles: [Article], documents: [TextDocument], quotes: [Quote] = []) {
            func add(_ article: String, _ text: String) {
                let w = ContentWords.set(text)
                for x in w { byWord[x, default: []].append(words.count) }
                words.append((article, w))
                negated.append(Corroboration.polarity(text))
            }
            for (article, document) in zip(articles, documents) {
                for s in document.sentences { add(article.id, document.string(s.range)) }
            }
            for q in quotes { add(q.article, q.text) }
        }

        /// Whether a sentence of another article holds `share` of `topic`. Such a
        /// sentence must contain one of the rarest words that the share allows it to miss
        /// plus one, so only those words' sentences are checked (prefix filtering).
        func holds(_ topic: Set<String>, outside article: String, share: Double, negated: Bool? = nil) -> Bool {
            guard topic.count >= Corroboration.minimumTopicWords else { return false }
            let needed = Int((share * Double(topic.count)).rounded(.up))
            let rarest = topic.sorted { (byWord[$0]?.count ?? 0, $0) < (byWord[$1]?.count ?? 0, $1) }
                .prefix(topic.count - needed + 1)
            var seen = Set<Int>()
            for x in rarest {
                for s in byWord[x] ?? [] where words[s].article != article && seen.insert(s).inserted {
                    if topic.intersection(words[s].words).count >= needed && (negated == nil || self.negated[s] == nil || negated == self.negated[s]) { return true }
                }
            }
            return false
        }
    }

    /// Words that deny or negate what a sentence says; "hasn't" is read as "hasnt".
    static let negations: Set<String> = [
        "not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "cannot", "isnt", "arent", "wasnt", "werent", "hasnt",
        "havent", "hadnt", "dont", "doesnt", "didnt", "wont", "cant", "couldnt", "wouldnt", "shouldnt", "deny", "denies", "denied",
        "denying", "false", "untrue",
    ]

    /// Whether a one-sentence text negates what it says; nil for a longer one, whose sentences
    /// may each go their own way.
    static func polarity(_ text: String) -> Bool? {
        let scalars = Array(text.unicodeScalars)
        guard SentenceSplitter.split(scalars, in: 0..<scalars.count).count <= 1 else { return nil }
        return Tokens.words(text).contains(where: negations.contains)
    }

    static let definiteOpeners: Set<String> = ["the", "this", "that", "these", "those", "its", "his", "her", "their"]

    /// A credit that points back at someone the article has introduced ("the retired
    /// colonel", "the agency"): who that is, and so whether another outlet names them,
    /// cannot be read from the words. Names and anonymous sources ("a senior official",
    /// "the insider") are checked as they stand.
    static func isAnaphoric(_ speaker: String) -> Bool {
        let words = speaker.split(separator: " ")
        guard let first = words.first, let last = words.last else { return false }
        return definiteOpeners.contains(first.lowercased()) && !anonymousNouns.contains(last.lowercased())
    }

    /// Whether a credit that points back ("the call handler", "the product manager of one
    /// tour firm") points at a person the article describes but names nobody as: its head is
    /// a noun for a person, not an organisation, a document or a voice of one ("the agency",
    /// "the memo", "the spokeswoman" stand for a party other outlets name); the credit itself
    /// or the article introduced that person with "a", "an" or "one" and no name beside it
    /// ("One senior planning engineer was blunt", not "Jo Roe, a retired colonel,"); and no
    /// person the story names in that article holds a role with that head ("Jo Roe, the
    /// former poet laureate ... the former poet laureate said").
    static func pointsBackToUnnamed(_ speaker: String, in article: Article?, people: [Person]) -> Bool {
        guard let article else { return false }
        let words = speaker.lowercased().split(separator: " ").map(String.init)
        let phrase = words.prefix { !Lexicon.prepositions.contains($0) && $0 != "who" }
        guard phrase.count > 1, let last = phrase.last else { return false }
        let head = RoleMentions.stripPossessive(last)
        guard !Lexicon.organisationNouns.contains(head), !Lexicon.documentNouns.contains(head), !Lexicon.voiceRoles.contains(head),
            !Lexicon.publicBodyHeads.contains(head),
            Lexicon.roleWords.contains(head) || Lexicon.personNouns.contains(head) || Lexicon.anonymousPersonNouns.contains(head)
                || MentionFinder.isDoerNoun(head),
            words.dropFirst(phrase.count).contains(where: indefinites.contains) || introducedUnnamed(head, in: article.body)
        else { return false }
        return !people.contains { p in
            p.articles.contains(article.id) && p.roles.contains { role in role.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains { $0 == head } }
        }
    }

    static let indefinites: Set<String> = ["a", "an", "one"]
    /// A few people brought in together, one of whom speaks later ("Two engineers on the
    /// project ... the engineer said").
    static let fewPeople: Set<String> = ["two", "three", "four", "several", "some"]

    /// Whether the body brings in a person by `head` with "a", "an" or "one" (or a few of
    /// them, by its plural) and at most four words between ("one senior planning engineer"),
    /// with no name set beside the phrase by a comma ("Jo Roe, a retired colonel", "a retired
    /// colonel, Jo Roe").
    static func introducedUnnamed(_ head: String, in body: String) -> Bool {
        let tokens = body.split(whereSeparator: \.isWhitespace)
        func bare(_ t: Substring) -> String { RoleMentions.stripPossessive(t.trimmingCharacters(in: .punctuationCharacters)).lowercased() }
        func capitalised(_ t: Substring) -> Bool { t.trimmingCharacters(in: .punctuationCharacters).first?.isUppercase == true }
        for k in tokens.indices where bare(tokens[k]) == head || bare(tokens[k]) == head + "s" {
            let openers = bare(tokens[k]) == head ? indefinites : fewPeople
            var j = k - 1
            while j >= 0, k - j <= 5, !openers.contains(bare(tokens[j])) {
                // The phrase runs on lower-case words without a break ("senior planning").
                guard !capitalised(tokens[j]), tokens[j].last.map({ $0.isLetter || $0 == "-" }) ?? false else { j = -1; break }
                j -= 1
            }
            guard j >= 0, openers.contains(bare(tokens[j])) else { continue }
            let namedBefore = j >= 1 && tokens[j - 1].hasSuffix(",") && capitalised(tokens[j - 1])
            let namedAfter = tokens[k].hasSuffix(",") && k + 1 < tokens.count && capitalised(tokens[k + 1])
            if !namedBefore && !namedAfter { return true }
        }
        return false
    }

    /// Nouns that keep a source anonymous when an article refers back to it ("one senior
    /// insider ... the insider said", "a person familiar with the talks ... the person
    /// added"): the quotes stage gives a named speaker's words that name, so "the
    /// insider" is nobody another outlet can name, and is checked as anonymous.
    static let anonymousNouns: Set<String> = ["source", "sources", "insider", "insiders", "person", "people", "account"]

    /// The words a text capitalises inside its sentences (not after a full stop or at its
    /// start): its names, lower-cased.
    static func nameWords(_ text: String) -> Set<String> {
        var out = Set<String>()
        var opensSentence = true
        for part in text.split(separator: " ") {
            let word = part.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            if !opensSentence, word.first?.isUppercase == true { out.insert(RoleMentions.stripPossessive(word).lowercased()) }
            if !word.isEmpty { opensSentence = [".", "!", "?", ":"].contains { part.hasSuffix($0) || part.hasSuffix($0 + "\"") || part.hasSuffix($0 + "\u{201D}") } }
        }
        return out
    }

    static func capitalisedWords(_ body: String) -> [String] {
        body.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "\u{2019}" })
            .filter { $0.first?.isUppercase ?? false }
            .map { RoleMentions.stripPossessive(String($0)) }
    }

    /// Keys (`NameVariants.canonical`) of every stretch of two to five words of the
    /// article's capitalised names ("of" may join them: "Ministry of Defence"), so that a
    /// name of several words is found however the article orders, spaces or spells it.
    static func nameRunKeys(_ body: String) -> Set<String> {
        var keys: Set<String> = []
        var run: [String] = []
        func close() {
            while run.last == "of" { run.removeLast() }
            let wordKeys = run.map(NameVariants.wordKey)
            for i in run.indices where run[i] != "of" {
                for j in (i + 1)..<min(run.count, i + 5) where run[j] != "of" { keys.insert(NameVariants.canonical(keys: Array(wordKeys[i...j]))) }
            }
            run = []
        }
        for token in body.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }) {
            let word = RoleMentions.stripPossessive(String(token))
            if word.first?.isUppercase ?? false {
                run += NameVariants.words(word)
            } else if word == "of", !run.isEmpty, run.last != "of" {
                run.append(word)
            } else {
                close()
            }
        }
        close()
        return keys
    }

    /// The ways an article can name the speaker: the fullest name and its other
    /// spellings in the story, the name as credited, the aliases the story gives, and the
    /// surname of a multi-word name. A surname alone names the speaker only when it is a
    /// name ("a close friend of the minister" has none) and no other person of the story
    /// (`fullNames`) bears it: "Rell" in an outlet that quotes the minister's wife only
    /// through another does not name her.
    static func nameForms(_ speaker: String, speakers: SpeakerMatcher, people: [Person], fullNames: Set<String> = []) -> [String] {
        let full = speakers.resolve(speaker)
        var forms = [full, speaker] + speakers.names.spellings(of: speaker).filter { $0 != full }
        if let p = people.first(where: { $0.name == full }) { forms += p.aliases }
        let words = full.split(separator: " ")
        if words.count > 1, let last = words.last, last.first?.isUppercase ?? false, !sharesSurname(full, with: fullNames) {
            forms.append(String(last))
            // "CCTV News" is "CCTV" in other outlets.
            if organisationSuffixes.contains(last.lowercased()) { forms.append(words.dropLast().joined(separator: " ")) }
        }
        return forms
    }

    /// Whether another person of the story has `name`'s surname under another given name
    /// ("Agata Rell" beside "Tomasz Rell"): no word before the surname is one of the
    /// other's, however spelt or shortened ("Tomas Brezina" and "Tomáš Brezina",
    /// "Gill Rosenberg" and "Gillian Rosenberg", "J. Roe" and "Jo Roe", "Survivor Jo
    /// Roe" and "Jo Roe" are one).
    static func sharesSurname(_ name: String, with names: Set<String>) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        return names.contains { other in
            let o = other.split(separator: " ").map(String.init)
            return o.count > 1 && o.last == words.last && !o.dropLast().contains { x in words.dropLast().contains { sameGivenName(x, $0) } }
        }
    }

    static func sameGivenName(_ a: String, _ b: String) -> Bool {
        if NameVariants.same(a, b) { return true }
        let x = a.lowercased().filter(\.isLetter), y = b.lowercased().filter(\.isLetter)
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        // An initial, or a name cut short ("Gill", "Gillian").
        return !short.isEmpty && long.hasPrefix(short) && (short.count == 1 || short.count >= 3)
    }

    /// Last words of organisation names that outlets often leave out: "CCTV News" and
    /// "CCTV", "Acme Group" and "Acme".
    static let organisationSuffixes: Set<String> = [
        "news", "group", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "co", "co.", "company",
        "media", "network", "agency", "online", "tv", "television", "radio", "press", "holdings", "plc", "llc",
    ]

    /// `name` occurs in `body` between word boundaries, and a one-word name is not part of
    /// a longer capitalised name ("Hale" in "Tom Hale" counts, in "Hale Street" not).
    static func standsAlone(_ name: String, in body: String) -> Bool {
        guard !name.isEmpty else { return false }
        var searchStart = body.startIndex
        let single = !name.contains(" ")
        // An ASCII name has no other canonical form, so its bytes find it where Foundation's
        // search would, without bridging the body to UTF-16 for every name asked about.
        let ascii = name.utf8.allSatisfy { $0 < 0x80 }
        func next() -> Range<String.Index>? {
            guard ascii else { return body.range(of: name, range: searchStart..<body.endIndex) }
            let from = body.utf8.distance(from: body.startIndex, to: searchStart)
            guard let k = ByteSearch.offset(of: name, in: body, from: from) else { return nil }
            let lower = body.utf8.index(body.startIndex, offsetBy: k)
            return lower..<body.utf8.index(lower, offsetBy: name.utf8.count)
        }
        while let r = next() {
            searchStart = r.upperBound
            let before = r.lowerBound > body.startIndex ? body[body.index(before: r.lowerBound)] : " "
            let after = r.upperBound < body.endIndex ? body[r.upperBound] : " "
            guard !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber else { continue }
            // An acronym ("CCTV News") or a name before an organisation's last word
            // ("Acme Group") is the same organisation.
            if single, let next = capitalisedWord(after: r.upperBound, in: body), !isAcronym(name),
                !organisationSuffixes.contains(next.lowercased())
            {
                continue
            }
            return true
        }
        return false
    }

    /// The capitalised word right after a space at `i`, if there is one.
    static func capitalisedWord(after i: String.Index, in body: String) -> String? {
        guard i < body.endIndex, body[i] == " " else { return nil }
        let j = body.index(after: i)
        guard j < body.endIndex, body[j].isUppercase else { return nil }
        return String(body[j...].prefix { $0.isLetter || $0 == "." })
    }

    static func isAcronym(_ name: String) -> Bool { name.count >= 2 && name.allSatisfy { $0.isUppercase || $0.isNumber } }
}
