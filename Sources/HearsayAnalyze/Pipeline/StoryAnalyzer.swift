import HearsayModel
import HearsayText

/// The working state of one story while the stages enrich it, like a spaCy `Doc`:
/// each stage reads what earlier stages wrote and adds its own findings to `story`.
public struct StoryDraft: Sendable {
    /// The story's articles, oldest first when dates are known, else in input order.
    public var articles: [Article]
    /// `documents[i]` is `articles[i].body` split into paragraphs and sentences.
    public var documents: [TextDocument]
    public var story: Story

    public init(id: String, articles: [Article]) {
        let ordered = StoryDraft.chronological(DatelineYears.fill(articles))
        self.articles = ordered
        self.documents = ordered.map { TextDocument($0.body) }
        self.story = Story(id: id, title: ordered.first?.title ?? "", articles: ordered.map(\.id))
    }

    public func index(ofArticle id: String) -> Int? { articles.firstIndex { $0.id == id } }

    /// Articles with a date first, by day; undated ones keep their input order after them.
    /// Within a day, those giving a time are ordered by the instant (zones counted) in the
    /// places they held; one giving the day alone keeps its place, since nothing says whether
    /// it came before or after the others ("2026-11-02" is not earlier than "...T06:15Z").
    static func chronological(_ articles: [Article]) -> [Article] {
        let indexed = articles.enumerated().map { ($0.offset, $0.element) }
        var ordered = indexed.sorted { a, b in
            switch (a.1.published.map(dayOf), b.1.published.map(dayOf)) {
            case let (x?, y?): x == y ? a.0 < b.0 : x < y
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.0 < b.0
            }
        }.map(\.1)
        var start = 0
        while start < ordered.count, let day = ordered[start].published.map(dayOf) {
            var end = start + 1
            while end < ordered.count, ordered[end].published.map(dayOf) == day { end += 1 }
            // Each timed slot's instant, read once; the sort is stable on equal instants.
            let timed = (start..<end).compactMap { slot in ordered[slot].published.flatMap(instant).map { (slot, $0) } }
            let byTime = timed.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map { ordered[$0.element.0] }
            for ((slot, _), article) in zip(timed, byTime) { ordered[slot] = article }
            start = end
        }
        return ordered
    }

    private static func dayOf(_ iso: String) -> Substring { iso.prefix(10) }

    /// Seconds since 1970 in UTC, when the date gives a time (no zone read as UTC).
    private static func instant(_ iso: String) -> Int? {
        guard iso.count > 10, let p = DateText.parse(iso), let hour = p.hour, let minute = p.minute else { return nil }
        let day = CivilDate(year: p.year, month: p.month, day: p.day).dayNumber
        return day * 86_400 + hour * 3_600 + minute * 60 + (p.second ?? 0) - (p.offset ?? 0) * 60
    }
}

/// One step of the analysis. Stages are values with no shared state, so a story can be
/// analysed on any thread.
public protocol AnalysisStage: Sendable {
    func run(_ draft: inout StoryDraft)
}

/// Runs the stages in order over one story's articles.
public struct StoryAnalyzer: Sendable {
    public var stages: [any AnalysisStage]

    public init(stages: [any AnalysisStage]) {
        self.stages = stages
    }

    /// Quotes and people first (claims and comparison read them), then claims, then the
    /// comparison of outlets.
    public static let standard = StoryAnalyzer(stages: [QuoteStage(), ClaimStage(), CompareStage()])

    public func analyze(id: String, articles: [Article]) -> Story {
        var draft = StoryDraft(id: id, articles: articles)
        for stage in stages { stage.run(&draft) }
        return draft.story
    }
}
