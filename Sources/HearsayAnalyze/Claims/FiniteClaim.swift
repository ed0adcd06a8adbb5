import HearsayText

extension ClaimCandidates {
    /// Past forms that are not the participle's stem and "-ed".
    static let irregularPasts: [String: String] = [
        "running": "ran", "going": "went", "taking": "took", "leaving": "left", "falling": "fell", "selling": "sold",
        "telling": "told", "flying": "flew", "swimming": "swam", "sinking": "sank", "stealing": "stole", "breaking": "broke",
        "fleeing": "fled", "hiding": "hid", "catching": "caught", "fighting": "fought", "throwing": "threw", "eating": "ate",
        "biting": "bit", "riding": "rode", "driving": "drove", "getting": "got", "coming": "came", "giving": "gave",
        "finding": "found", "holding": "held", "bringing": "brought", "beginning": "began", "winning": "won", "losing": "lost",
        "paying": "paid", "meeting": "met", "buying": "bought", "sending": "sent", "hitting": "hit", "shooting": "shot",
        "spinning": "spun", "sliding": "slid", "blowing": "blew", "growing": "grew", "striking": "struck", "sitting": "sat",
        "standing": "stood", "dying": "died", "shaking": "shook", "swinging": "swung", "drinking": "drank", "feeding": "fed",
        "leading": "led", "making": "made", "saying": "said", "seeing": "saw", "wearing": "wore", "tearing": "tore",
        "singing": "sang", "digging": "dug", "speaking": "spoke", "rising": "rose", "building": "built", "lying": "lay",
        "sleeping": "slept", "hanging": "hung", "freezing": "froze", "drawing": "drew",
    ]

    /// "A video shows Marigold, the aquarium's octopus, escaping and crawling into a drain": a
    /// shared thing tells its claim as a participle after the thing shown, and the claim is
    /// the finite clause "Marigold, the aquarium's octopus, escaped and crawled into a
    /// drain", as the outlets tell it ("had escaped"). The participle must follow a noun or
    /// a comma (not "the opening ceremony") with no verb before it, every participle joined
    /// to it by "and"/"or" goes into the past too, and nothing after them may be a clause of
    /// its own ("exploding while it charges" stays, since its tense would be wrong). The
    /// verb must be one the story uses in another form ("escaped", "crawls"), so a noun in
    /// "-ing" ("a man in a morning suit") is never read as one. Nil when the text is no such
    /// participle clause.
    static func finiteShown(_ text: String, attested: Set<String>) -> String? {
        let t = ClaimWords.tokens(text)
        guard let i = t.indices.first(where: { k in
            k >= 1 && isParticiple(t[k], attested) && !ClaimLexicon.determiners.contains(t[k - 1].lower)
                && !Lexicon.prepositions.contains(t[k - 1].lower) && (t[k - 1].isWord || t[k - 1].text == ",")
        }) else { return nil }
        let subject = t[..<i].filter(\.isWordOrNumber)
        guard !subject.isEmpty, !subject.contains(where: { ClaimLexicon.auxiliaries.contains($0.lower) || isFiniteVerb($0) && !$0.isCapitalized && $0.lower.hasSuffix("ed") }),
            !t[(i + 1)...].contains(where: { w in
                ClaimLexicon.auxiliaries.contains(w.lower) || ClaimLexicon.subjectPronouns.contains(w.lower)
                    || ["that", "which", "who", "of"].contains(w.lower)
            })
        else { return nil }
        var verbs = [i]
        for k in (i + 1)..<t.count where ["and", "or"].contains(t[k - 1].lower) && isParticiple(t[k], attested) { verbs.append(k) }
        var scalars = Array(text.unicodeScalars)
        for k in verbs.reversed() {
            guard let past = pastForm(t[k].lower) else { return nil }
            scalars.replaceSubrange(t[k].range, with: past.unicodeScalars)
        }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    /// A lower-case word in "-ing" whose verb the story uses in another form.
    static func isParticiple(_ w: WordToken, _ attested: Set<String>) -> Bool {
        guard w.isWord, !w.isCapitalized, w.lower.hasSuffix("ing"), w.lower.count >= 6 else { return false }
        if let past = irregularPasts[w.lower], attested.contains(past) { return true }
        let stem = String(w.lower.dropLast(3))
        var bases = [stem, stem + "e"]
        if let last = stem.last, stem.count >= 3, stem.dropLast().last == last { bases.append(String(stem.dropLast())) }
        if stem.hasSuffix("y") { bases.append(stem.dropLast() + "ie") }
        return bases.contains { b in [b, b + "s", b + "es", b + "ed", b + "d"].contains(where: attested.contains) }
    }

    /// The simple past of a participle: irregular, else "-ing" made "-ed" ("escaping",
    /// "escaped"; "stopping", "stopped"; "carrying", "carried" keeps its "y" as "ied").
    static func pastForm(_ participle: String) -> String? {
        if let past = irregularPasts[participle] { return past }
        let stem = participle.dropLast(3)
        guard stem.count >= 2 else { return nil }
        if stem.hasSuffix("y"), let before = stem.dropLast().last, !"aeiou".contains(before) { return stem.dropLast() + "ied" }
        return stem + "ed"
    }
}
