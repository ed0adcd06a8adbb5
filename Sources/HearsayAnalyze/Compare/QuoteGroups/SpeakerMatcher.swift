import Foundation
import HearsayModel
import HearsayText

/// Tells whether two credited speakers can be the same source: the same person under a
/// shorter or fuller name ("Hale", "Tom Hale"), an organisation under a shorter or fuller
/// name ("Acme", "Acme Corp."), or a person speaking for an organisation the story ties
/// them to ("Tom Hale, Acme's spokesman" and "Acme").
struct SpeakerMatcher: Sendable {
    let names: NameResolver
    /// Resolved person name -> first words of the organisations they speak for.
    let affiliations: [String: Set<String>]
    /// Lower-cased resolved name of a person or organisation -> ids of the articles naming it.
    let namedIn: [String: Set<String>]
    /// Article id -> lower-cased resolved names of the organisations it names, the outlets
    /// the story cites left out (every outlet names those).
    let organisationsIn: [String: Set<String>]
    /// Lower-cased resolved names of the outlets the story cites: the source of a report,
    /// never a voice of whoever it quotes.
    let cited: Set<String>
    /// Article id -> the capitalised words it prints, lower-cased: where a description's
    /// article names an organisation by any word of its name ("Albion" for Harwick Albion).
    let capitalisedIn: [String: Set<String>]
    /// Lower-cased resolved names of the story's people.
    let persons: Set<String>
    private let voiceCredits: [String: Bool]

    /// `bodies`: the story's article texts, for names spelled two ways (`NameResolver`).
    init(
        people: [Person], quotes: [Quote], roles: [RoleMention], bodies: [String] = [], organisations: [Organisation] = [],
        citations: [Citation] = [], articles: [String] = []
    ) {
        let names = NameResolver(people: people, mentionedNames: quotes.compactMap(\.speaker) + roles.map(\.name), bodies: bodies, resolvesGivenNames: true)
        var affiliations: [String: Set<String>] = [:]
        func tie(_ person: String, _ role: String) {
            let orgWords = role.split(separator: " ").map { RoleMentions.stripPossessive(String($0)) }
                .filter { $0.first?.isUppercase ?? false }
                .filter { !RoleLexicon.heads.contains($0.lowercased().trimmingDots) && !RoleLexicon.inner.contains($0.lowercased()) }
            if let first = orgWords.first { affiliations[names.resolve(person), default: []].insert(first.lowercased()) }
        }
        for p in people { for r in p.roles { tie(p.name, r) } }
        for q in quotes { if let s = q.speaker, let r = q.role { tie(s, r) } }
        for r in roles { if let o = r.organisation { tie(r.name, o) } }
        self.names = names
        self.affiliations = affiliations
        var namedIn: [String: Set<String>] = [:]
        for p in people { namedIn[names.resolve(p.name).lowercased(), default: []].formUnion(p.articles) }
        var organisationsIn: [String: Set<String>] = [:]
        let cited = Set(citations.map { names.resolve($0.source).lowercased() })
        func add(_ name: String, _ articles: [String]) {
            namedIn[name, default: []].formUnion(articles)
            guard !cited.contains(name) else { return }
            for a in articles { organisationsIn[a, default: []].insert(name) }
        }
        // An organisation, or a body that speaks but that the grammar did not classify ("Tallow
        // Games wrote"), is named wherever its name stands alone, classified there or not
        // (`articles`: the ids of `bodies`).
        let bodies = zip(articles, bodies).map { ($0, $1) }
        capitalisedIn = Dictionary(bodies.map { id, body in
            (id, Set(body.split(whereSeparator: { !$0.isLetter }).filter { $0.first?.isUppercase ?? false }.map { $0.lowercased() }))
        }, uniquingKeysWith: { $0.union($1) })
        // Articles already known to name it are not searched again.
        func naming(_ name: String, besides known: [String] = []) -> [String] {
            bodies.filter { !known.contains($0.0) && Corroboration.standsAlone(name, in: $0.1) }.map(\.0)
        }
        for o in organisations { add(names.resolve(o.name).lowercased(), o.articles + naming(o.name, besides: o.articles)) }
        let persons = Set(people.map { names.resolve($0.name).lowercased() })
        self.persons = persons
        for speaker in Set(quotes.compactMap(\.speaker)) where !SpeakerMatcher.isDescription(speaker) {
            let name = names.resolve(speaker)
            guard !persons.contains(name.lowercased()) else { continue }
            add(name.lowercased(), naming(name))
        }
        self.namedIn = namedIn
        self.organisationsIn = organisationsIn
        self.cited = cited
        let credits = Set(quotes.flatMap { [$0.speaker, $0.role] }.compactMap { $0 })
        voiceCredits = Dictionary(uniqueKeysWithValues: credits.map { ($0, SpeakerMatcher.isVoice($0)) })
    }

    func resolve(_ speaker: String) -> String { names.resolve(speaker) }

    static let determiners: Set<String> = ["a", "an", "the", "one", "some", "another", "his", "her", "their", "its", "our"]

    /// A credit that describes rather than names ("a source", "the insider", "an
    /// official", "his son"): it could be anyone, so it neither matches nor rules out a name.
    /// "The Harbour Times" is a name: every word after the article is capitalised.
    static func isDescription(_ speaker: String) -> Bool {
        let words = speaker.split(separator: " ")
        guard let first = words.first, determiners.contains(first.lowercased()) else { return false }
        return words.dropFirst().contains { $0.first?.isLowercase ?? false }
    }

    /// Words of a role or description that make its bearer the voice of an organisation
    /// ("a spokeswoman", "head of communications", "press officer").
    static let voiceWords: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "representative", "communications", "press"]

    /// Words before "relations" that make it the office answering for the organisation ("head
    /// of media relations", "public relations officer"), not a field of study.
    static let relationsOffices: Set<String> = ["media", "public", "press", "investor", "community", "corporate"]

    static func isVoice(_ q: Quote) -> Bool {
        [q.role, q.speaker].contains { $0.map(isVoice) ?? false }
    }

    static func isVoice(_ credit: String) -> Bool {
        let words = credit.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.contains(where: voiceWords.contains)
            || zip(words, words.dropFirst()).contains { relationsOffices.contains($0) && $1 == "relations" }
    }

    /// `isVoice`, read once per credit of the story's quotations: `oneSource` asks it of
    /// every pair of them.
    private func isVoice(_ q: Quote) -> Bool {
        [q.role, q.speaker].contains { credit in credit.map { voiceCredits[$0] ?? SpeakerMatcher.isVoice($0) } ?? false }
    }

    /// Whether two credits that names alone cannot join stand for one source in their
    /// articles: a definite description ("the conductor", "the studio") in an article that
    /// names the other credit, the voice of an organisation ("a spokeswoman", "Jo Roe,
    /// head of communications") in an article naming the organisation the other credits,
    /// or two voices whose articles name one organisation besides the outlets cited.
    func oneSource(_ a: Quote, _ b: Quote) -> Bool {
        standsFor(a, b) || standsFor(b, a)
            || (isVoice(a) && isVoice(b)
                && !(organisationsIn[a.article] ?? []).isDisjoint(with: organisationsIn[b.article] ?? []))
            || nounForVoice(a, b) || nounForVoice(b, a) || sameVoice(a, b) || voiceOfItsName(a, b) || voiceOfItsName(b, a)
            || describedOrganisation(a, b) || describedOrganisation(b, a) || SpeakerMatcher.sameDefiniteDescription(a.speaker, b.speaker)
            || SpeakerMatcher.voiceOfDescribedBody(a.speaker, b.speaker) || unsaidVoice(a, b) || unsaidVoice(b, a)
    }

    /// "a police spokesman" in one article and "the national police" in another: a voice
    /// described by its body's noun (`organisationNoun`) speaks for the body another outlet
    /// describes by the same noun. One side must be the voice: two bodies described alike
    /// ("the regional council", "the city council") may be two.
    static func voiceOfDescribedBody(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, isDescription(a), isDescription(b), let na = organisationNoun(a), let nb = organisationNoun(b) else { return false }
        return na.noun == nb.noun && na.voice != nb.voice
    }

    /// "A spokesperson repeated that" in an article that names the Lanark Rowing Federation,
    /// against "Ada Moss, a spokeswoman for the federation" in another: a voice that does not say
    /// whose it is speaks for the body the other voice names, when its own article names that
    /// body too. Titles ("head", "director") say nothing of whose voice it is.
    private func unsaidVoice(_ x: Quote, _ y: Quote) -> Bool {
        guard isVoice(x), isVoice(y), SpeakerMatcher.voiceOf(x).isEmpty else { return false }
        let whose = SpeakerMatcher.voiceOf(y).filter { $0.count >= 4 && !RoleLexicon.heads.contains($0) && !RoleLexicon.inner.contains($0) }
        return !whose.isEmpty && !whose.isDisjoint(with: capitalisedIn[x.article] ?? [])
    }

    /// "the two companies" in one article and "the two companies" in another: a definite
    /// description points at one party the reader already knows, and two outlets that point
    /// at it in the same words point at the same one. An indefinite credit ("a source",
    /// "one official") could be anyone each time.
    static func sameDefiniteDescription(_ a: String?, _ b: String?) -> Bool {
        func key(_ s: String?) -> String? {
            guard let s, isDescription(s) else { return nil }
            let words = s.lowercased().replacingOccurrences("\u{2019}", "'").split(separator: " ")
            return words.first == "the" && words.count >= 2 ? words.joined(separator: " ") : nil
        }
        guard let ka = key(a) else { return false }
        return ka == key(b)
    }

    /// The organisation noun a credit describes: "the company", "the club's statement" (a
    /// document speaks for its owner), "a spokesperson for the merchant" (a voice speaks for
    /// it). Nil for a person ("the conductor") or a name.
    static func organisationNoun(_ speaker: String) -> (noun: String, voice: Bool)? {
        var words = speaker.lowercased().replacingOccurrences("\u{2019}", "'").split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= 5, determiners.contains(words[0]) else { return nil }
        if let last = words.last, Lexicon.authoredDocuments.contains(last), words[words.count - 2].hasSuffix("'s") {
            words.removeLast()
            words[words.count - 1] = RoleMentions.stripPossessive(words[words.count - 1])
        }
        // "a statement from the company": a document speaks for its author, as "the company's
        // statement" does.
        if words.count == 5, Lexicon.authoredDocuments.contains(words[1]), words[2] == "from" || words[2] == "by", words[3] == "the",
            Lexicon.organisationNouns.contains(words[4])
        {
            return (words[4], false)
        }
        // "a spokesperson for the merchant": a voice speaks for a body, whatever its noun, unless
        // the noun is a person's title ("a spokesman for the mayor").
        if words.count == 5, voiceWords.contains(words[1]), words[2] == "for", words[3] == "the" {
            let noun = words[4]
            return RoleLexicon.heads.contains(noun) || Lexicon.personNouns.contains(noun) ? nil : (noun, true)
        }
        // "a ministry spokeswoman", "a company spokesman": the noun before the voice is its body.
        if words.count == 3, voiceWords.contains(words[2]), Lexicon.organisationNouns.contains(words[1]) { return (words[1], true) }
        guard words[0] == "the", words.count <= 3, let noun = words.last, Lexicon.organisationNouns.contains(noun) else { return nil }
        return (noun, false)
    }

    /// "Here is what the company said" in an article that names Brannock Foods, against words
    /// credited to Brannock Foods, or to its chief executive, elsewhere: a definite description
    /// of an organisation (`organisationNoun`) stands for the named organisation of the other
    /// credit, or for the one whose chief or voice the other credit is, when the description's
    /// own article prints a word of that organisation's name.
    private func describedOrganisation(_ x: Quote, _ y: Quote) -> Bool {
        guard let sx = x.speaker, let described = SpeakerMatcher.organisationNoun(sx), let sy = y.speaker, !SpeakerMatcher.isDescription(sy) else { return false }
        let other = names.resolve(sy)
        // A cited outlet is nobody's voice, unless the description says it is an outlet ("a
        // spokeswoman for the broadcaster" where the broadcaster answers for its report).
        guard !cited.contains(other.lowercased()) || ArticleQuotes.outletNouns.contains(described.noun) else { return false }
        // A person stands for the organisation the story ties them to, and only then; a voice
        // may speak for whoever its article names ("Tolland Paper" read as a person's name).
        guard let organisation = affiliations[other] ?? (persons.contains(other.lowercased()) && !described.voice ? nil : Set(other.lowercased().split(separator: " ").map(String.init)))
        else { return false }
        let distinctive = organisation.filter {
            $0.count >= 4 && !Tokens.stopwords.contains($0) && !Lexicon.organisationSuffixes.contains($0) && !Lexicon.clubSuffixes.contains($0)
        }
        if !distinctive.isDisjoint(with: capitalisedIn[x.article] ?? []) { return true }
        // "a ministry spokeswoman" in an article that never says which ministry, when the story
        // names one only: that one.
        let story = Set(organisationsIn.values.joined().filter { $0.split(separator: " ").contains(Substring(described.noun)) })
        return story.count == 1 && story.first == other.lowercased()
    }

    /// The words of a voice's title or description that say whose voice it is: "a
    /// spokesman for the mayor" and "the mayor's spokesman" both give "mayor".
    static func voiceOf(_ q: Quote) -> Set<String> {
        let described = q.speaker.map(isDescription) ?? false
        let text = [q.role, described ? q.speaker : nil].compactMap { $0 }.joined(separator: " ")
        return Set(text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" })
            .map { RoleMentions.stripPossessive(String($0)) }
            .filter { !voiceWords.contains($0) && !Tokens.stopwords.contains($0) })
    }

    /// Two voices of one party, one named with a title and one described ("Jo Roe, the
    /// mayor's spokesman" and "a spokesman for the mayor"): the title and the description
    /// say whose voice each is in the same words.
    private func sameVoice(_ a: Quote, _ b: Quote) -> Bool {
        guard isVoice(a), isVoice(b) else { return false }
        // "a spokeswoman for the mayor's office" is "the mayor's spokeswoman": an office is the
        // holder's.
        let (va, vb) = (SpeakerMatcher.voiceOf(a).subtracting(["office"]), SpeakerMatcher.voiceOf(b).subtracting(["office"]))
        return !va.isEmpty && va == vb
    }

    /// "agency spokeswoman Jo Roe" in an article that names the National Food Safety
    /// Agency, against words credited to that agency: the noun of the title is a word of
    /// the name, and her article names it. An outlet the story cites counts here too: an
    /// agency that issued a statement is cited and speaks.
    private func voiceOfItsName(_ x: Quote, _ y: Quote) -> Bool {
        guard isVoice(x), let sy = y.speaker, !SpeakerMatcher.isDescription(sy), let role = x.role else { return false }
        let other = names.resolve(sy).lowercased()
        guard namedIn[other]?.contains(x.article) == true else { return false }
        let nameWords = Set(other.split(separator: " ").map(String.init))
        let roleNouns = role.split(separator: " ").filter { $0.first?.isLowercase ?? false }.map { String($0) }
        return roleNouns.contains { !SpeakerMatcher.voiceWords.contains($0) && !Tokens.stopwords.contains($0) && nameWords.contains($0) }
    }

    /// "The university insisted" in one article, "university spokesman Colm Reddy" in another
    /// that names the University of Brackwater: the noun stands for the one organisation of
    /// the story whose name has it, and the voice speaks for that organisation there.
    private func nounForVoice(_ x: Quote, _ y: Quote) -> Bool {
        guard let sx = x.speaker, SpeakerMatcher.isDescription(sx), isVoice(y) else { return false }
        let words = sx.lowercased().split(separator: " ")
        guard words.first == "the", words.count == 2, let noun = words.last else { return false }
        func hasNoun(_ name: String) -> Bool { name.split(separator: " ").contains(noun) }
        let story = Set(organisationsIn.values.joined().filter(hasNoun))
        guard story.count == 1, let organisation = story.first else { return false }
        return organisationsIn[y.article]?.contains(organisation) == true
    }

    private func standsFor(_ x: Quote, _ y: Quote) -> Bool {
        guard let sx = x.speaker, let sy = y.speaker, !SpeakerMatcher.isDescription(sy) else { return false }
        let other = names.resolve(sy).lowercased()
        guard !cited.contains(other), namedIn[other]?.contains(x.article) == true else { return false }
        // "the conductor", "the perfume house": a noun, with a modifier at most.
        let words = sx.lowercased().split(separator: " ")
        if SpeakerMatcher.isDescription(sx) && words.first == "the" && words.count <= 3 { return true }
        return isVoice(x) && organisationsIn[x.article]?.contains(other) == true
    }

    /// A joint credit ("Acme and Bolt") can be the source of either party's words.
    func compatible(_ a: String, _ b: String) -> Bool {
        let pa = SpeakerMatcher.parties(a), pb = SpeakerMatcher.parties(b)
        return pa.contains { x in pb.contains { y in compatibleSingle(x, y) } }
    }

    static func parties(_ speaker: String) -> [String] {
        let parts = speaker.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }
        return parts.count > 1 && parts.allSatisfy({ $0.first?.isUppercase ?? false }) ? parts : [speaker]
    }

    func compatibleSingle(_ a: String, _ b: String) -> Bool {
        let ra = names.resolve(a), rb = names.resolve(b)
        if ra.lowercased() == rb.lowercased() { return true }
        // One name spaced, ordered or spelled another way ("NewsCorner", "News Corner").
        if NameVariants.canonical(NameVariants.words(ra)) == NameVariants.canonical(NameVariants.words(rb)) { return true }
        let wa = ra.lowercased().split(separator: " "), wb = rb.lowercased().split(separator: " ")
        // One name is the start of the other: "Acme" and "Acme Motor Co.".
        let shorter = wa.count <= wb.count ? wa : wb, longer = wa.count <= wb.count ? wb : wa
        if shorter.count == 1, longer.starts(with: shorter), affiliations[ra] == nil || affiliations[rb] == nil { return true }
        if SpeakerMatcher.abbreviates(ra, rb) || SpeakerMatcher.abbreviates(rb, ra) { return true }
        if let fb = wb.first, affiliations[ra]?.contains(String(fb)) == true { return true }
        if let fa = wa.first, affiliations[rb]?.contains(String(fa)) == true { return true }
        return false
    }

    /// Whether `short` is the initials of `long` ("NTSB" for the National Transport Safety
    /// Board): outlets name a body in full once and by its initials after, or only by
    /// them. Small words of the name ("of", "and", "the") may give a letter or not.
    static func abbreviates(_ short: String, _ long: String) -> Bool {
        guard short.count >= 2, !short.contains(" "), short.allSatisfy({ $0.isUppercase }) else { return false }
        let words = long.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard words.count >= 2 else { return false }
        let letters = Array(short)
        func match(_ w: Int, _ l: Int) -> Bool {
            if w == words.count { return l == letters.count }
            let word = words[w]
            guard let initial = word.first else { return match(w + 1, l) }
            let small = initial.isLowercase
            if l < letters.count, Character(initial.uppercased()) == letters[l], match(w + 1, l + 1) { return true }
            return small && match(w + 1, l)
        }
        return match(0, 0)
    }
}
