import HearsayModel
import HearsayText

/// What the comparison reads from every sentence of a story, found in one pass: people
/// with titles, quantities and dates.
struct StoryMentions: Sendable {
    struct DateFact: Sendable {
        var span: DateSpan
        /// Topic words of the sentence, without the date's own words.
        var words: Set<String>
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
                for m in RoleMentions.find(in: tokens, text: document.scalars) { roles.append((m, article.id)) }
                let found = DateExpressions.find(in: tokens, reference: reference)
                let text = document.string(sentence.range)
                let words = ContentWords.set(text).filter { !StoryMentions.isDateWord($0) }
                for (range, span) in found {
                    let fact = DateFact(span: span, words: words, sentence: text)
                    dates.append(.init(payload: fact, article: article.id, range: range, shown: document.string(range)))
                }
                for q in QuantityMentions.find(in: tokens, text: document.scalars, skipping: found.map(\.0)) {
                    quantities.append(.init(payload: q, article: article.id, range: q.range, shown: q.text))
                }
            }
        }
    }

    static func isDateWord(_ w: String) -> Bool {
        DateExpressions.months[w] != nil || DateExpressions.weekdays[w] != nil || w.allSatisfy(\.isNumber)
    }
}
