import HearsayText

/// A stretch of calendar time as precise as a text gives it: a day, a range of days, a
/// month or a year.
struct DateSpan: Sendable, Hashable, Comparable {
    enum Precision: Int, Sendable { case year, month, days }

    var start: CivilDate
    var end: CivilDate
    var precision: Precision

    static func day(_ d: CivilDate) -> DateSpan { DateSpan(start: d, end: d, precision: .days) }

    static func days(_ a: CivilDate, _ b: CivilDate) -> DateSpan { DateSpan(start: a, end: b, precision: .days) }

    static func month(_ year: Int, _ month: Int) -> DateSpan {
        DateSpan(
            start: CivilDate(year: year, month: month, day: 1),
            end: CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year)), precision: .month)
    }

    static func year(_ year: Int) -> DateSpan {
        DateSpan(start: CivilDate(year: year, month: 1, day: 1), end: CivilDate(year: year, month: 12, day: 31), precision: .year)
    }

    /// ISO 8601: "2024", "2026-02", "2026-02-02" or an interval "2026-01-31/2026-02-01".
    var iso: String {
        switch precision {
        case .year: CivilDate.padded(start.year, 4)
        case .month: "\(CivilDate.padded(start.year, 4))-\(CivilDate.padded(start.month, 2))"
        case .days: start == end ? start.iso : "\(start.iso)/\(end.iso)"
        }
    }

    /// Chronological; at the same start, the coarser span first (the year before its
    /// first day).
    static func < (a: DateSpan, b: DateSpan) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.precision != b.precision { return a.precision.rawValue < b.precision.rawValue }
        return a.end < b.end
    }

    /// Reads the date part of an ISO 8601 timestamp ("2026-02-02T10:00:00Z", "2026-02",
    /// "2026").
    static func parseISO(_ text: String) -> DateSpan? {
        let digits = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = digits.first, first.count == 4, let y = Int(first) else { return nil }
        guard digits.count > 1, let m = Int(digits[1].prefix(2)), (1...12).contains(m) else { return .year(y) }
        guard digits.count > 2, let d = Int(digits[2].prefix(2)), CivilDate.isValid(year: y, month: m, day: d) else {
            return .month(y, m)
        }
        return .day(CivilDate(year: y, month: m, day: d))
    }
}
