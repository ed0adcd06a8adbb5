import HearsayModel
import HearsayText

/// Wire copies give the day without the year ("LONDON, March 3 (AP) -"; the reader keeps
/// "LONDON, March 3" as the dateline). Among the articles of one story such a day takes
/// the year that puts it nearest a dated article (within a quarter of a year), so a story
/// of wire copies with one dated page is ordered whole; with none near, the article stays
/// undated rather than guessed. Done per story, not per folder: a folder may hold stories
/// of different years.
public enum DatelineYears {
    public static func fill(_ articles: [Article]) -> [Article] {
        let dated = articles.compactMap { $0.published.flatMap(DateText.day(ofISO:)) }
            .map { CivilDate(year: $0.year, month: $0.month, day: $0.day) }
        guard !dated.isEmpty else { return articles }
        return articles.map { article in
            guard article.published == nil, let (month, day) = monthDay(article) else { return article }
            var best: (distance: Int, date: CivilDate)?
            for known in dated {
                for year in known.year - 1...known.year + 1 where CivilDate.isValid(year: year, month: month, day: day) {
                    let date = CivilDate(year: year, month: month, day: day)
                    let distance = abs(date.dayNumber - known.dayNumber)
                    if best.map({ (distance, date) < ($0.distance, $0.date) }) ?? true { best = (distance, date) }
                }
            }
            guard let best, best.distance <= 92 else { return article }
            var filled = article
            filled.published = best.date.iso
            return filled
        }
    }

    /// The month and day after the dateline's place ("LONDON, Jan. 9"), or the whole of a
    /// date line printed without its year ("14 February", kept by the reader as the dateline).
    static func monthDay(_ article: Article) -> (month: Int, day: Int)? {
        guard let dateline = article.dateline else { return nil }
        return DateText.afterPlace(dateline).flatMap { DateText.monthDay(String($0)) } ?? DateText.monthDay(dateline)
    }
}
