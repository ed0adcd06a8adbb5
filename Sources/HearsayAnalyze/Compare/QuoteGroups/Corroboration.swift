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
        let sentenceWords: [String: [Set<String>]] = Dictionary(
            uniqueKeysWithValues: zip(articles, documents).map { article, document in
                (article.id, document.sentences.map { ContentWords.set(document.string($0.range)) })
            })
        for i in quotes.indices {
            guard let speaker = quotes[i].speaker else { continue }
            let others = articles.filter { $0.id != quotes[i].article }
            guard !others.isEmpty else { continue }
            let carried = !(carriedElsewhere[quotes[i].id] ?? []).isEmpty
                || paraphrased(quotes[i].text, in: others.map(\.id), sentenceWords)
            let named = others.contains { names(speaker, in: $0.body, speakers: speakers, people: people) }
            if !carried && !named && !quotes[i].flags.contains(Quote.uncorroborated) {
                quotes[i].flags.append(Quote.uncorroborated)
            }
        }
    }

    static func paraphrased(_ text: String, in articles: [String], _ sentenceWords: [String: [Set<String>]]) -> Bool {
        let words = ContentWords.set(text)
        guard words.count >= minimumTopicWords else { return false }
        return articles.contains { a in
            (sentenceWords[a] ?? []).contains { ContentWords.containment(words, in: $0) >= paraphraseContainment }
        }
    }

    /// Whether `body` names the speaker: by the fullest name, an alias the story gives,
    /// or the surname standing alone (not inside another capitalised name).
    static func names(_ speaker: String, in body: String, speakers: SpeakerMatcher, people: [Person]) -> Bool {
        let full = speakers.resolve(speaker)
        var forms = [full, speaker]
        if let p = people.first(where: { $0.name == full }) { forms += p.aliases }
        let words = full.split(separator: " ")
        if words.count > 1, let last = words.last { forms.append(String(last)) }
        return forms.contains { standsAlone($0, in: body) }
    }

    /// `name` occurs in `body` between word boundaries, and a one-word name is not part of
    /// a longer capitalised name ("Hale" in "Tom Hale" counts, in "Hale Street" not).
    static func standsAlone(_ name: String, in body: String) -> Bool {
        guard !name.isEmpty else { return false }
        var searchStart = body.startIndex
        let single = !name.contains(" ")
        while let r = body.range(of: name, range: searchStart..<body.endIndex) {
            searchStart = r.upperBound
            let before = r.lowerBound > body.startIndex ? body[body.index(before: r.lowerBound)] : " "
            let after = r.upperBound < body.endIndex ? body[r.upperBound] : " "
            guard !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber else { continue }
            if single, followedByCapitalisedWord(body, r.upperBound) { continue }
            return true
        }
        return false
    }

    static func followedByCapitalisedWord(_ body: String, _ i: String.Index) -> Bool {
        var j = i
        guard j < body.endIndex, body[j] == " " else { return false }
        j = body.index(after: j)
        return j < body.endIndex && body[j].isUppercase
    }
}
