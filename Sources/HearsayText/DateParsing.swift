import Foundation

/// Reads the dates that articles and feeds print ("February 2, 2026", "2 Feb 2026 10:30",
/// "2026-02-02T09:00:00Z", "Mon, 02 Feb 2026 09:00:00 GMT") into ISO 8601 text. A date
/// without a time stays a date ("2026-02-02"): no invented midnight.
public enum DateParsing {
    public static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// ISO 8601 text for `string`, or nil when it holds no recognisable calendar date.
    public static func iso8601(_ string: String) -> String? {
        let s = string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !s.isEmpty, s.count < 80 else { return nil }
        if let d = try? Date(s, strategy: .iso8601) { return isoFormatter(d) }
        if let iso = isoDateOnly(s) { return iso }
        return fromWords(s)
    }

    /// The calendar day of an ISO 8601 text ("2026-02-02T10:00:00Z" -> 2026, 2, 2).
    public static func day(ofISO iso: String) -> (year: Int, month: Int, day: Int)? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    static func isoFormatter(_ d: Date) -> String {
        d.formatted(.iso8601)
    }

    /// "2026-02-02" or "2026/02/02".
    static func isoDateOnly(_ s: String) -> String? {
        let parts = s.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]),
              let m = Int(parts[1]), let d = Int(parts[2].prefix(2)), parts[2].count <= 2 || !parts[2].dropFirst(2).contains(where: \.isNumber)
        else { return nil }
        return valid(y, m, d) ? String(format: "%04d-%02d-%02d", y, m, d) : nil
    }

    /// Dates written with a month name, in either order, with optional weekday, time and zone.
    static func fromWords(_ s: String) -> String? {
        var words: [String] = []
        var current = ""
        for ch in s {
            if ch.isLetter || ch.isNumber || ch == ":" {
                current.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var month: Int?, day: Int?, year: Int?, time: (Int, Int, Int)?
        var pm = false, am = false, zoneUTC = false
        for w in words {
            let lower = w.lowercased()
            if month == nil, let m = months[lower] {
                month = m
            } else if lower.contains(":") {
                let t = lower.split(separator: ":").compactMap { Int($0) }
                if t.count >= 2 { time = (t[0], t[1], t.count > 2 ? t[2] : 0) }
            } else if lower == "pm" || lower == "p" {
                pm = true
            } else if lower == "am" || lower == "a" {
                am = true
            } else if lower == "gmt" || lower == "utc" || lower == "z" {
                zoneUTC = true
            } else if let n = Int(lower.filter(\.isNumber)), lower.first?.isNumber == true {
                let suffixOK = lower.allSatisfy(\.isNumber) || ["st", "nd", "rd", "th"].contains(where: lower.hasSuffix)
                guard suffixOK else { continue }
                if n >= 1000 && n < 3000 && year == nil { year = n }
                else if n >= 1 && n <= 31 && day == nil { day = n }
                else if day == nil { return nil }
            }
        }
        guard let y = year, let m = month else { return nil }
        guard let d = day else { return String(format: "%04d-%02d", y, m) }
        guard valid(y, m, d) else { return nil }
        var out = String(format: "%04d-%02d-%02d", y, m, d)
        if let (hour, mi, se) = time {
            var h = hour
            if pm && h < 12 { h += 12 }
            if am && h == 12 { h = 0 }
            out += String(format: "T%02d:%02d:%02d", h, mi, se)
            if zoneUTC { out += "Z" }
        }
        return out
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        y >= 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31
    }
}
