/// Turns the many ways pages write a date ("2019-11-08T10:00:00.000+0000",
/// "Fri, 08 Nov 2019 10:00 GMT", "Nov. 8, 2019 10:30 a.m. ET", "8 November 2019") into
/// ISO 8601 text: "2019-11-08T10:30:00-05:00", or "2019-11-08" when no time is given.
/// A hand-written scanner because formatters reject most real-world variants. The one
/// date reader of the project: pages, feeds, text headers and JSON Lines records all go
/// through it, so the same written date gives the same value whatever the input.
public enum DateText {
    public struct Parsed: Sendable, Equatable {
        public var year, month, day: Int
        public var hour, minute, second: Int?
        /// Minutes east of UTC, when the text says.
        public var offset: Int?

        public var iso: String {
            let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
            guard let hour, let minute else { return date }
            var s = "\(date)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second ?? 0, 2))"
            if let offset {
                if offset == 0 {
                    s += "Z"
                } else {
                    let a = abs(offset)
                    s += (offset < 0 ? "-" : "+") + pad(a / 60, 2) + ":" + pad(a % 60, 2)
                }
            }
            return s
        }
    }

    /// ISO 8601 text for `text`: a date with its time and zone when given, a month
    /// ("2024-06") when the text names only a month and a year, nil when it holds no date.
    public static func iso(_ text: String) -> String? { parse(text)?.iso ?? monthOfYear(text) }

    /// "June 2024": a month by name and a four-digit year, nothing else that counts.
    static func monthOfYear(_ text: String) -> String? {
        var month: Int?, year: Int?
        for token in tokenize(text) {
            switch token {
            case .word(let w):
                guard let m = self.month(w) else { continue }
                if month != nil { return nil }
                month = m
            case .number(let n, let digits):
                guard digits == 4, (1900...2100).contains(n), year == nil else { return nil }
                year = n
            case .sign:
                continue
            }
        }
        guard let year, let month else { return nil }
        return "\(pad(year, 4))-\(pad(month, 2))"
    }

    /// What a dateline prints after its place: " March 3" in "LONDON, March 3"; nil
    /// without a comma.
    public static func afterPlace(_ dateline: String) -> Substring? {
        dateline.firstIndex(of: ",").map { dateline[dateline.index(after: $0)...] }
    }

    /// "March 11", "11 March", "Sept. 3": a month by name and a day with no year, as an
    /// agency's dateline gives it; nil when anything else that counts is there.
    public static func monthDay(_ text: String) -> (month: Int, day: Int)? {
        var month: Int?, day: Int?
        for token in tokenize(text) {
            switch token {
            case .word(let w):
                guard let m = self.month(w), month == nil else { return nil }
                month = m
            case .number(let n, let digits):
                guard digits <= 2, (1...31).contains(n), day == nil else { return nil }
                day = n
            case .sign:
                continue
            }
        }
        guard let month, let day, day <= CivilDate.daysIn(month: month, year: 2000) else { return nil }
        return (month, day)
    }

    /// The calendar day of an ISO 8601 text ("2026-02-02T10:00:00Z" -> 2026, 2, 2).
    public static func day(ofISO iso: String) -> (year: Int, month: Int, day: Int)? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case sign(Character)
    }

    static func tokenize(_ text: String) -> [Token] {
        var out: [Token] = []
        var number = 0, digits = 0
        var word = ""
        func flush() {
            if digits > 0 { out.append(.number(number, digits: digits)) }
            if !word.isEmpty { out.append(.word(word)) }
            number = 0
            digits = 0
            word = ""
        }
        for ch in text.unicodeScalars.prefix(200) {
            let v = ch.value
            if v >= 48 && v <= 57 {
                if !word.isEmpty { flush() }
                if digits < 18 { number = number * 10 + Int(v - 48) }
                digits += 1
            } else if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v > 0xBF && ch.properties.isAlphabetic {
                if digits > 0 { flush() }
                word.unicodeScalars.append(contentsOf: ch.properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
                if ch == "+" || ch == "-" || ch == ":" || ch == "T" || ch == "/" || ch == "." || ch == "," {
                    out.append(.sign(Character(ch)))
                }
            }
        }
        flush()
        return out
    }

    /// English month names and their abbreviations: what English prose names months by.
    public static let englishMonths: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// Pages in other languages print dates in their own words: French, German, Spanish,
    /// Italian and Portuguese month names besides the English ones.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["janvier", "januar", "enero", "gennaio", "janeiro"],
            ["févr", "fevrier", "février", "februar", "febrero", "febbraio", "fevereiro"],
            ["mars", "märz", "marzo", "março"],
            ["avril", "abril", "aprile"],
            ["mai", "mayo", "maggio", "maio"],
            ["juin", "juni", "junio", "giugno", "junho"],
            ["juillet", "juli", "julio", "luglio", "julho"],
            ["août", "aout", "agosto"],
            ["septembre", "septiembre", "settembre", "setembro"],
            ["octobre", "oktober", "octubre", "ottobre", "outubro"],
            ["novembre", "noviembre", "novembro"],
            ["décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro"],
        ]
        var m = englishMonths
        for (i, list) in names.enumerated() { for n in list { m[n] = i + 1 } }
        return m
    }()

    /// Whether a word is a time zone's abbreviation ("CET", "GMT").
    public static func isZone(_ word: String) -> Bool { zones[word.lowercased()] != nil }

    /// North American and a few European zone abbreviations that news sites print.
    static let zones: [String: Int] = [
        "z": 0, "gmt": 0, "utc": 0, "ut": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "ist": 330, "jst": 540, "aest": 600, "aedt": 660,
    ]

    /// - Parameter dayFirst: how to read "05/10/2018" when both numbers could be the
    ///   month: day first everywhere but in American English.
    public static func parse(_ text: String, dayFirst: Bool = false) -> Parsed? {
        let t = tokenize(text)
        if t.isEmpty { return nil }
        if case .number(let n, let d) = t[0], t.count == 1, d == 10 || d == 13 {
            // Unix time in seconds or milliseconds.
            return fromUnix(d == 13 ? n / 1000 : n)
        }
        let time = findTime(t)
        guard let (y, m, d) = findDate(t, skipping: time?.tokens ?? 0..<0, dayFirst: dayFirst),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return Parsed(year: y, month: m, day: d, hour: time?.hour, minute: time?.minute, second: time?.second, offset: time?.offset)
    }

    /// The month a lowercased word names, "sept." and "septem" included.
    public static func month(_ w: String) -> Int? {
        months[w] ?? (w.count > 3 ? months[String(w.prefix(3))] : nil)
    }

    static func findDate(_ t: [Token], skipping time: Range<Int>, dayFirst: Bool) -> (Int, Int, Int)? {
        func number(_ i: Int, maxDigits: Int = 2) -> Int? {
            guard i >= 0, i < t.count, !time.contains(i), case .number(let n, let d) = t[i], d <= maxDigits else { return nil }
            return n
        }
        func isSeparator(_ i: Int) -> Bool {
            guard i >= 0, i < t.count, case .sign(let s) = t[i] else { return false }
            return s == "-" || s == "/" || s == "."
        }
        var yearIndex: Int?
        for i in t.indices where !time.contains(i) {
            guard case .number(let n, let d) = t[i] else { continue }
            if d == 8, (1900...2100).contains(n / 10000) { return (n / 10000, n / 100 % 100, n % 100) }
            if d == 4, (1900...2100).contains(n) { yearIndex = i; break }
        }
        guard let yi = yearIndex, case .number(let year, _) = t[yi] else { return nil }
        // 2019-11-08, 2019/11/08
        if isSeparator(yi + 1), let m = number(yi + 2), isSeparator(yi + 3), let d = number(yi + 4) { return (year, m, d) }
        // A month by name, with the day beside it: "Nov. 8, 2019", "8 November 2019", "2019 Nov 08".
        for i in t.indices where !time.contains(i) {
            guard case .word(let w) = t[i], let m = month(w) else { continue }
            var j = i + 1
            while j < t.count, case .sign = t[j] { j += 1 }
            if j != yi, let d = number(j) { return (year, m, d) }
            j = i - 1
            while j >= 0, case .sign = t[j] { j -= 1 }
            if j >= 0, case .word(let w2) = t[j], w2.count <= 3, j > 0 { j -= 1 }  // "8 de noviembre"
            if let d = number(j) { return (year, m, d) }
        }
        // 11/08/2019 or 08.11.2019
        if isSeparator(yi - 1), let b = number(yi - 2), isSeparator(yi - 3), let a = number(yi - 4) {
            if a > 12 { return (year, b, a) }
            if b > 12 { return (year, a, b) }
            return dayFirst ? (year, b, a) : (year, a, b)
        }
        return nil
    }

    /// A time of day anywhere in the text: "10:30", "10:30:15.123", "T10:30:00+01:00",
    /// "6:45 PM", with the zone after it.
    static func findTime(_ t: [Token]) -> (tokens: Range<Int>, hour: Int, minute: Int, second: Int, offset: Int?)? {
        var i = 0
        while i + 2 < t.count {
            if case .number(let h, let hd) = t[i], hd <= 2, h < 24,
               case .sign(":") = t[i + 1],
               case .number(let m, let md) = t[i + 2], md == 2, m < 60 {
                var hour = h
                var second = 0
                var j = i + 3
                if j + 1 < t.count, case .sign(":") = t[j], case .number(let sec, _) = t[j + 1], sec < 61 {
                    second = sec
                    j += 2
                    // Fractional seconds.
                    if j + 1 < t.count, case .sign(".") = t[j], case .number = t[j + 1] { j += 2 }
                }
                if j < t.count, case .word(let w) = t[j] {
                    if w == "pm" || w == "p" {
                        if hour < 12 { hour += 12 }
                        j += 1
                    } else if w == "am" || w == "a" {
                        if hour == 12 { hour = 0 }
                        j += 1
                    }
                    // "a.m.", "p. m."
                    while j < t.count, case .sign(".") = t[j] { j += 1 }
                    if j < t.count, case .word("m") = t[j] { j += 1 }
                    while j < t.count, case .sign(".") = t[j] { j += 1 }
                }
                let offset = parseOffset(t, from: j)
                return (i..<(j + (offset?.tokens ?? 0)), hour, m, second, offset?.minutes)
            }
            i += 1
        }
        return nil
    }

    /// The zone after a time: "+01:00", "-0500", "GMT", "EST"; with how many tokens it took.
    static func parseOffset(_ t: [Token], from i: Int) -> (minutes: Int, tokens: Int)? {
        guard i < t.count else { return nil }
        switch t[i] {
        case .sign(let s) where s == "+" || s == "-":
            guard i + 1 < t.count, case .number(let n, let d) = t[i + 1] else { return nil }
            var minutes: Int
            var used = 2
            if d == 4 {
                minutes = n / 100 * 60 + n % 100
            } else if d <= 2 {
                minutes = n * 60
                if i + 3 < t.count, case .sign(":") = t[i + 2], case .number(let mm, _) = t[i + 3] {
                    minutes += mm
                    used = 4
                }
            } else {
                return nil
            }
            return (s == "-" ? -minutes : minutes, used)
        case .word(let w):
            if let z = zones[w] {
                // "GMT+0100": the offset after the name is the one that counts.
                if let after = parseOffset(t, from: i + 1), case .sign = t[i + 1] { return (z + after.minutes, 1 + after.tokens) }
                return (z, 1)
            }
            // "ET"/"PT" as US papers print them: the season is unknown, standard time is the safer guess.
            let american = ["et": -300, "ct": -360, "mt": -420, "pt": -480]
            return american[w].map { ($0, 1) }
        case .number, .sign:
            return nil
        }
    }

    static func fromUnix(_ seconds: Int) -> Parsed? {
        guard seconds > 0 else { return nil }
        let days = seconds / 86400
        let rem = seconds % 86400
        let date = CivilDate(dayNumber: days)
        let (y, m, d) = (date.year, date.month, date.day)
        guard (1990...2100).contains(y) else { return nil }
        return Parsed(year: y, month: m, day: d, hour: rem / 3600, minute: rem % 3600 / 60, second: rem % 60, offset: 0)
    }
}

@inline(__always)
private func pad(_ n: Int, _ width: Int) -> String { CivilDate.padded(n, width) }
