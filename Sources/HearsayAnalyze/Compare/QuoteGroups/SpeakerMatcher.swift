import Foundation
import HearsayModel

/// Tells whether two credited speakers can be the same source: the same person under a
/// shorter or fuller name ("Hale", "Tom Hale"), an organisation under a shorter or fuller
/// name ("Acme", "Acme Corp."), or a person speaking for an organisation the story ties
/// them to ("Tom Hale, Acme's spokesman" and "Acme").
struct SpeakerMatcher: Sendable {
    let names: NameResolver
    /// Resolved person name -> first words of the organisations they speak for.
    let affiliations: [String: Set<String>]

    /// `bodies`: the story's article texts, for names spelled two ways (`NameResolver`).
    init(people: [Person], quotes: [Quote], roles: [RoleMention], bodies: [String] = []) {
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
        if let fb = wb.first, affiliations[ra]?.contains(String(fb)) == true { return true }
        if let fa = wa.first, affiliations[rb]?.contains(String(fa)) == true { return true }
        return false
    }
}
