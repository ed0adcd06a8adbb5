import HearsayModel
import HearsayText

/// Maps the short names a story uses ("Moreno", "Ms Moreno") to the fullest name it
/// gives the same person ("Ada Moreno"), from the quote stage's people when there are
/// any and from the names the articles print with titles.
struct NameResolver: Sendable {
    /// Full names by their last word, with how often each was seen.
    private var bySurname: [String: [String: Int]] = [:]
    private var aliases: [String: String] = [:]

    init(people: [Person], mentionedNames: [String]) {
        for p in people {
            add(p.name, weight: 3)
            for a in p.aliases { aliases[NameResolver.key(a)] = p.name }
        }
        for n in mentionedNames { add(n, weight: 1) }
    }

    private mutating func add(_ name: String, weight: Int) {
        let words = NameResolver.words(name)
        guard words.count >= 2, let last = words.last, NameResolver.looksLikeAName(words) else { return }
        bySurname[last.lowercased(), default: [:]][words.joined(separator: " "), default: 0] += weight
    }

    /// The fullest name for `name`; the name itself when the story gives no fuller one.
    func resolve(_ name: String) -> String {
        if let known = aliases[NameResolver.key(name)] { return known }
        let words = NameResolver.words(name)
        guard let last = words.last else { return name }
        guard let candidates = bySurname[last.lowercased()] else { return words.joined(separator: " ") }
        // A longer name must agree with the given first name, if one was given
        // ("Tom Hale" may become "Tom J. Hale", never "Ann Hale").
        let fitting = candidates.filter { full, _ in
            let fw = NameResolver.words(full)
            return words.count == 1 || fw.first?.lowercased() == words.first?.lowercased()
        }
        guard let best = fitting.max(by: { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }) else {
            return words.joined(separator: " ")
        }
        // A bare surname shared by two different people stays as it is.
        if words.count == 1 && Set(fitting.keys.map { NameResolver.words($0).first ?? "" }).count > 1 {
            return words.joined(separator: " ")
        }
        return best.key.count >= words.joined(separator: " ").count ? best.key : words.joined(separator: " ")
    }

    static let particles: Set<String> = ["de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "bin", "al", "ibn"]

    /// Every word capitalised but for name particles ("Ludwig van Beethoven"): "Acme
    /// and Bolt" or "the board" are not one person's name.
    static func looksLikeAName(_ words: [String]) -> Bool {
        words.allSatisfy { w in (w.first?.isUppercase ?? false) || particles.contains(w) }
    }

    /// Name words without honorifics and possessives.
    static func words(_ name: String) -> [String] {
        var out = name.split(whereSeparator: { $0 == " " }).map(String.init)
        while let f = out.first, out.count > 1, RoleMentions.honorifics.contains(f.lowercased().trimmingDots) { out.removeFirst() }
        if let l = out.last { out[out.count - 1] = RoleMentions.stripPossessive(l) }
        return out
    }

    static func key(_ name: String) -> String { words(name).joined(separator: " ").lowercased() }
}
