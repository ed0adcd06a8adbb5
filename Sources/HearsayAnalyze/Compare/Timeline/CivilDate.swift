/// A day in the proleptic Gregorian calendar, with no time zone: articles date events
/// by the calendar day their readers live in, not by an instant.
struct CivilDate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0 = Monday ... 6 = Sunday.
    var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

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
        case .year: pad(start.year, 4)
        case .month: "\(pad(start.year, 4))-\(pad(start.month, 2))"
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
