import HearsayModel
import HearsayText

/// "10/01/2026" is 1 October in American English and 10 January nearly everywhere else, and
/// a page rarely says which. Articles read together are mostly about the same days, so
/// such a date takes the reading nearer the dates of the other articles that are written
/// unambiguously; with none to go by it keeps the month-first reading it was read with.
public enum NumericDates {
    public static func settle(_ articles: inout [Article]) {
        guard articles.contains(where: { $0.publishedDayFirst != nil }) else { return }
        let known = articles.filter { $0.publishedDayFirst == nil }.compactMap { $0.published.flatMap(day) }
        for i in articles.indices {
            guard let dayFirst = articles[i].publishedDayFirst else { continue }
            articles[i].publishedDayFirst = nil
            guard !known.isEmpty, let monthFirst = articles[i].published.flatMap(day), let other = day(dayFirst) else { continue }
            if distance(other, known) < distance(monthFirst, known) { articles[i].published = dayFirst }
        }
    }

    static func day(_ iso: String) -> Int? {
        guard let (y, m, d) = DateText.day(ofISO: iso), CivilDate.isValid(year: y, month: m, day: d) else { return nil }
        return CivilDate(year: y, month: m, day: d).dayNumber
    }

    /// Days to the nearest of `known`.
    static func distance(_ day: Int, _ known: [Int]) -> Int {
        known.map { abs($0 - day) }.min()!
    }
}
