import HearsayModel
import HearsayText

/// What the comparison reads from every sentence of a story, found in one pass: people
/// with titles, quantities and dates.
struct StoryMentions: Sendable {
    struct DateFact: Sendable {
        var span: DateSpan
        var stated: StatedDate
        /// Topic words of the sentence, without the date's own words.
        var words: Set<String>
        /// Topic words within a few words of the date: a sentence can date two
        /// happenings ("reported on Sunday that talks began in January").
        var window: Set<String>
        var sentence: String
    }

    var roles: [(mention: RoleMention, article: String)] = []
    var quantities: [FactConflicts.Fact<QuantityMention>] = []
    var dates: [FactConflicts.Fact<DateFact>] = []

    init(articles: [Article], documents: [TextDocument]) {
        for (article, document) in zip(articles, documents) {
            let reference = article.published.flatMap(DateSpan.parseISO)
            for sentence in document.sentences {
                let tokens = WordTokens.tokens(document.scalars, in: sentence.range)
                let past = StoryMentions.isDatedInAPastYear(tokens, reference: reference)
                for var m in RoleMentions.find(in: tokens, text: document.scalars) {
                    // "Governor X said during a 2009 speech": the title she held then, which
                    // says nothing against "former Governor X" today.
                    if past && m.tense == .unmarked { m.tense = .neutral }
                    roles.append((m, article.id))
                }
                let found = DateExpressions.find(in: tokens, reference: reference)
                let text = document.string(sentence.range)
                let words = ContentWords.set(text).filter { !StoryMentions.isDateWord($0) }
                // Only what the text states can contradict: "on Saturday" in two outlets
                // is the same words, however their publication dates resolve it.
                for f in found {
                    guard let stated = f.stated else { continue }
                    let window = StoryMentions.window(tokens, around: f.range)
                    let fact = DateFact(span: f.span, stated: stated, words: words, window: window, sentence: text)
                    dates.append(.init(payload: fact, article: article.id, range: f.range, shown: document.string(f.range)))
                }
                for q in QuantityMentions.find(in: tokens, text: document.scalars, skipping: found.map(\.range)) {
                    quantities.append(.init(payload: q, article: article.id, range: q.range, shown: q.text))
                }
            }
        }
    }

    /// Whether a sentence is set in a year before the article's, or, with no publication
    /// date, names a year without speaking of the future.
    static func isDatedInAPastYear(_ tokens: [WordToken], reference: DateSpan?) -> Bool {
        let years = tokens.indices.compactMap { DateExpressions.yearAt(tokens, $0)?.value }
        guard !years.isEmpty else { return false }
        if let reference { return years.contains { $0 < reference.start.year } }
        return !tokens.contains { DateExpressions.futureCues.contains($0.lower) }
    }

    static func window(_ tokens: [WordToken], around range: Range<Int>, width: Int = 6) -> Set<String> {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }),
            let last = tokens.lastIndex(where: { $0.range.overlaps(range) })
        else { return [] }
        let lo = max(0, first - width), hi = min(tokens.count, last + 1 + width)
        return Set(
            (tokens[lo..<first] + tokens[(last + 1)..<hi])
                .filter { $0.isWord && !Tokens.stopwords.contains($0.lower) && !isDateWord($0.lower) }
                .map { QuantityMentions.lemma($0.lower) })
    }

    static func isDateWord(_ w: String) -> Bool {
        DateExpressions.months[w] != nil || DateExpressions.weekdays[w] != nil || w.allSatisfy(\.isNumber)
    }
}
