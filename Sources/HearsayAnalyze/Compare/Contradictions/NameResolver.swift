import HearsayModel
import HearsayText

/// Maps the short names a story uses ("Moreno", "Ms Moreno") to the fullest name it
/// gives the same person ("Ada Moreno"), from the quote stage's people when there are
/// any and from the names the articles print with titles. Spellings of one name
/// (`NameVariants`: "Nouhad Mashnuq", "Nohad Machnouk") resolve to the commonest.
struct NameResolver: Sendable {
    /// Full names by a spelling key of their last word, with how often each was seen.
    private var bySurname: [String: [String: Int]] = [:]
    /// A surname as written, for each key: a typing slip is found by comparing these.
    private var surnames: [String: String] = [:]
    private var aliases: [String: String] = [:]
    /// Full names by their first word, lower-case: an outlet that calls "Casey Dean"
    /// just "Casey" names the one person of the story with that given name.
    private var byGivenName: [String: Set<String>] = [:]
    /// A short name as written -> the spelling most articles give it (`ShortNameSpellings`).
    private var shortSpellings: [String: String] = [:]

    /// Whether a given name alone stands for the one person the story gives it to. Off
    /// for titles: "Pope Benedict" and "King Charles" are regnal names, not first names.
    private let resolvesGivenNames: Bool
    /// The answers for the names the resolver was built from, worked out once: quote
    /// grouping asks for them once per pair of quotes, and each answer looks through every
    /// surname of the story.
    private var resolved: [String: String] = [:]

    /// `bodies`: the story's article texts, where short names spelled two ways are found.
    init(people: [Person], mentionedNames: [String], bodies: [String] = [], resolvesGivenNames: Bool = false) {
        self.resolvesGivenNames = resolvesGivenNames
        for p in people {
            add(p.name, weight: 3)
            for a in p.aliases { aliases[NameResolver.key(a)] = NameResolver.words(p.name).joined(separator: " ") }
        }
        for n in mentionedNames { add(n, weight: 1) }
        shortSpellings = NameVariants.shortSpellings(bodies)
        if resolvesGivenNames {
            // Full names the articles print without quoting the person ("Tomas Brezina,
            // whose family runs the cafe"): another outlet may credit him as "Tomas".
            for body in bodies {
                for (first, second) in NameResolver.capitalisedPairs(body) { byGivenName[first.lowercased(), default: []].insert(first + " " + second) }
            }
        }
        var resolved: [String: String] = [:]
        for name in people.map(\.name) + mentionedNames where resolved[name] == nil { resolved[name] = resolveAnew(name) }
        self.resolved = resolved
    }

    /// Two capitalised words in a row that could be a first name and a surname: letters
    /// only, the first not in capitals throughout, neither a title, a calendar word nor
    /// an organisation's last word.
    static func capitalisedPairs(_ body: String) -> [(String, String)] {
        let words = body.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        func plausible(_ w: String) -> Bool {
            guard let f = w.first, f.isUppercase, w.count >= 2, w.dropFirst().contains(where: \.isLowercase) else { return false }
            let lower = w.lowercased()
            return !RoleLexicon.heads.contains(lower) && !RoleMentions.honorifics.contains(lower) && DateExpressions.months[lower] == nil
                && DateExpressions.weekdays[lower] == nil && !Corroboration.organisationSuffixes.contains(lower)
        }
        return zip(words, words.dropFirst()).filter { plausible($0) && plausible($1) }
    }

    private mutating func add(_ name: String, weight: Int) {
        let words = NameResolver.words(name)
        guard words.count >= 2, let last = words.last, NameResolver.looksLikeAName(words) else { return }
        let key = NameResolver.surnameKey(last)
        bySurname[key, default: [:]][words.joined(separator: " "), default: 0] += weight
        surnames[key] = surnames[key] ?? last
        byGivenName[words[0].lowercased(), default: []].insert(words.joined(separator: " "))
    }

    /// Spellings of a surname share a key: its first letter and its `NameVariants` key;
    /// short surnames only as written.
    static func surnameKey(_ surname: String) -> String {
        let lower = surname.lowercased()
        guard lower.count >= NameVariants.minimumLetters, let first = lower.first else { return lower }
        return String(first) + "\u{0}" + NameVariants.key(surname)
    }

    /// The full names the story gives under `surname` or a spelling of it.
    private func candidates(_ surname: String) -> [String: Int]? {
        let own = NameResolver.surnameKey(surname)
        // Spellings a key does not join ("Oberholtzer", "Olberholtzer") are merged here.
        let keys = surnames.keys.filter { $0 == own || NameVariants.same(surnames[$0]!, surname) }
        guard !keys.isEmpty else { return nil }
        return keys.reduce(into: [String: Int]()) { merged, key in merged.merge(bySurname[key] ?? [:], uniquingKeysWith: +) }
    }

    /// Every spelling the story gives of the person `name` resolves to.
    func spellings(of name: String) -> [String] {
        let full = resolve(name), words = NameResolver.words(full)
        if words.count == 1 {
            return [full] + shortSpellings.filter { $0.value == full }.keys.sorted()
        }
        guard let last = words.last, let candidates = candidates(last) else { return [full] }
        return candidates.keys.sorted().filter { other in
            guard let a = words.first, let b = NameResolver.words(other).first else { return false }
            return NameVariants.same(a, b)
        }
    }

    /// The fullest name for `name`; the name itself when the story gives no fuller one.
    func resolve(_ name: String) -> String { resolved[name] ?? resolveAnew(name) }

    private func resolveAnew(_ name: String) -> String {
        if let known = aliases[NameResolver.key(name)] { return known }
        var words = NameResolver.words(name)
        if words.count == 1, let spelling = shortSpellings[words[0]] { words = [spelling] }
        guard let last = words.last else { return name }
        guard let candidates = candidates(last) else {
            if words.count == 1, resolvesGivenNames, let person = onlyPerson(givenName: last) { return person }
            return words.joined(separator: " ")
        }
        // A longer name must agree with the given first name, if one was given
        // ("Tom Hale" may become "Tom J. Hale", never "Ann Hale").
        let fitting = candidates.filter { full, _ in
            guard words.count > 1 else { return true }
            guard let a = NameResolver.words(full).first, let b = words.first else { return false }
            return NameVariants.same(a, b)
        }
        guard let best = fitting.max(by: { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }) else {
            return words.joined(separator: " ")
        }
        // A bare surname shared by two different people stays as it is.
        let givenNames = fitting.keys.map { NameResolver.words($0).first ?? "" }
        if words.count == 1 && givenNames.contains(where: { a in givenNames.contains { !NameVariants.same(a, $0) } }) {
            return words.joined(separator: " ")
        }
        // The commonest spelling, unless the name as given is the fuller one.
        return NameResolver.words(best.key).count >= words.count ? best.key : words.joined(separator: " ")
    }

    /// The one person of the story whose first name this is (spellings of one full name
    /// count once); nil when none or several are.
    private func onlyPerson(givenName: String) -> String? {
        guard givenName.first?.isUppercase ?? false, let fulls = byGivenName[givenName.lowercased()] else { return nil }
        let people = Set(fulls.map(resolve))
        return people.count == 1 ? people.first : nil
    }

    /// Every word capitalised but for name particles ("Ludwig van Beethoven"): "Acme
    /// and Bolt" or "the board" are not one person's name.
    static func looksLikeAName(_ words: [String]) -> Bool {
        words.allSatisfy { w in (w.first?.isUppercase ?? false) || Lexicon.nameParticles.contains(w) }
    }

    /// Name words without honorifics and possessives.
    static func words(_ name: String) -> [String] {
        var out = name.split(whereSeparator: { $0 == " " }).map(String.init)
        while let f = out.first, out.count > 1, RoleMentions.honorifics.contains(f.lowercased().trimmingDots) || isCompoundAdjective(f) {
            out.removeFirst()
        }
        if let l = out.last { out[out.count - 1] = RoleMentions.stripPossessive(l) }
        return out
    }

    /// "Brazilian-born", "London-based": a description before a name, not part of it.
    static func isCompoundAdjective(_ word: String) -> Bool {
        word.contains("-") && (word.split(separator: "-").last?.first?.isLowercase ?? false)
    }

    static func key(_ name: String) -> String { words(name).joined(separator: " ").lowercased() }
}
