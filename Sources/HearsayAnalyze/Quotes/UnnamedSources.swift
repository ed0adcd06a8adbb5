import HearsayModel
import HearsayText

/// People the articles rest their report on without naming them: "according to three people
/// familiar with the talks", "citing two engineers familiar with the inspection", "a source
/// close to the investigation said". Outlets credit a scoop's anonymous informants as they
/// credit a paper or another outlet, and the reader checking a rumour wants to know which
/// articles lean on the same unnamed voices. Cited as `Citation.Kind.unnamed`, never an
/// origin (the outlet that quotes them told it).
enum UnnamedSources {
    /// The citations of one story, one per kind of informant ("people", "engineers"): named
    /// as the first article that cites that kind words it (the scoop's own phrase is the one
    /// the others retell), and listing every article citing such informants.
    static func citations(_ articles: [Article], _ documents: [TextDocument]) -> [Citation] {
        var order: [String] = []
        var names: [String: (phrase: String, score: Int, article: Int)] = [:]
        var cited: [String: [String]] = [:]
        var evidence: [String: [Evidence]] = [:]
        for (a, doc) in documents.enumerated() where a < articles.count {
            for s in doc.sentences.indices {
                let range = doc.sentences[s].range
                let tokens = ClaimWords.tokens(doc, range)
                let sentence = doc.string(range)
                for (phrase, score) in ClaimEvidence.sourcePhrases(tokens, doc).people {
                    guard let kind = kind(of: phrase) else { continue }
                    if names[kind] == nil {
                        order.append(kind)
                        names[kind] = (phrase, score, a)
                    } else if let best = names[kind], best.article == a, score > best.score {
                        names[kind] = (phrase, score, a)
                    }
                    if !(cited[kind] ?? []).contains(articles[a].id) { cited[kind, default: []].append(articles[a].id) }
                    if let found = sentence.range(of: phrase) {
                        let start = range.lowerBound + sentence.unicodeScalars.distance(from: sentence.startIndex, to: found.lowerBound)
                        let span = start..<(start + phrase.unicodeScalars.count)
                        evidence[kind, default: []].append(Evidence(article: articles[a].id, span: TextSpan(span)))
                    }
                }
            }
        }
        return order.map { kind in
            Citation(source: names[kind]!.phrase, articles: cited[kind] ?? [], evidence: evidence[kind] ?? [], kind: .unnamed)
        }
    }

    /// Who the informants are, one word for a kind whatever its number ("a person" and "three
    /// people" are one kind, "sources" and "a source" another): the first noun of the phrase
    /// that names a source, else the first plural after the count ("two engineers"). Nil for
    /// a phrase with neither.
    static func kind(of phrase: String) -> String? {
        let words = ClaimWords.tokens(phrase).filter(\.isWord).map(\.lower)
        guard
            let noun = words.first(where: ClaimLexicon.sourceNouns.contains)
                ?? words.dropFirst().first(where: ClaimEvidence.isPlural)
        else { return nil }
        if ["person", "persons", "people", "individuals"].contains(noun) { return "people" }
        if noun.hasSuffix("s") { return noun }
        return noun.hasSuffix("y") ? String(noun.dropLast()) + "ies" : noun + "s"
    }
}
