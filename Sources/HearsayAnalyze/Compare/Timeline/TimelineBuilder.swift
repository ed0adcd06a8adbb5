import HearsayModel
import HearsayText

/// The story's dated events: each article's publication and every date expression in
/// its text, resolved against its own publication date, merged across articles when
/// they give the same date to the same happening, in chronological order.
enum TimelineBuilder {
    /// Two mentions of one date are one event when their sentences share this much of
    /// their topic words.
    static let sameEventSimilarity = 0.35
    static let maxTextLength = 280

    struct Entry {
        var span: DateSpan
        var text: String
        var words: Set<String>
        var articles: [String]
        var evidence: [Evidence]
    }

    static func timeline(articles: [Article], documents: [TextDocument]) -> [TimelineEvent] {
        var entries: [Entry] = []
        for (article, document) in zip(articles, documents) {
            let reference = article.published.flatMap(DateSpan.parseISO)
            if let published = reference {
                let who = article.outlet.map { "\($0) publishes" } ?? "Published"
                let text = "\(who): \(article.title)"
                add(Entry(span: published, text: text, words: [], articles: [article.id], evidence: []), to: &entries)
            }
            var seen = Set<String>()
            for mention in DateExpressions.find(in: document, reference: reference) {
                let sentence = document.sentences[mention.sentence].range
                guard seen.insert("\(mention.span.iso)|\(mention.sentence)").inserted else { continue }
                let text = clip(document, sentence: sentence, around: mention.range)
                add(
                    Entry(
                        span: mention.span, text: text, words: ContentWords.set(text), articles: [article.id],
                        evidence: [Evidence(article: article.id, span: TextSpan(sentence))]),
                    to: &entries)
            }
        }
        return entries.enumerated()
            .sorted { ($0.element.span, $0.offset) < ($1.element.span, $1.offset) }
            .map { TimelineEvent(date: $0.element.span.iso, text: $0.element.text, articles: $0.element.articles, evidence: $0.element.evidence) }
    }

    /// Merges into an entry of the same date about the same happening, else appends.
    static func add(_ entry: Entry, to entries: inout [Entry]) {
        if let k = entries.firstIndex(where: {
            $0.span == entry.span && !entry.words.isEmpty && ContentWords.jaccard($0.words, entry.words) >= sameEventSimilarity
        }) {
            for a in entry.articles where !entries[k].articles.contains(a) { entries[k].articles.append(a) }
            entries[k].evidence += entry.evidence
        } else {
            entries.append(entry)
        }
    }

    /// The sentence, or a window of it around the date when it is long.
    static func clip(_ document: TextDocument, sentence: Range<Int>, around date: Range<Int>) -> String {
        guard sentence.count > maxTextLength else { return document.string(sentence) }
        let half = maxTextLength / 2
        var start = max(sentence.lowerBound, date.lowerBound - half)
        var end = min(sentence.upperBound, start + maxTextLength)
        start = max(sentence.lowerBound, end - maxTextLength)
        // Cut at word boundaries.
        while start > sentence.lowerBound && !document.scalars[start - 1].properties.isWhitespace { start += 1 }
        while end < sentence.upperBound && !document.scalars[end].properties.isWhitespace { end -= 1 }
        while end > start && document.scalars[end - 1].properties.isWhitespace { end -= 1 }
        let body = document.string(start..<end)
        return (start > sentence.lowerBound ? "\u{2026}" : "") + body + (end < sentence.upperBound ? "\u{2026}" : "")
    }
}
