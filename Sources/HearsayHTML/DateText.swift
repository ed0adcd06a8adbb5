/// Turns the many ways pages write a date ("2019-11-08T10:00:00.000+0000",
/// "Fri, 08 Nov 2019 10:00 GMT", "Nov. 8, 2019 10:30 a.m. ET", "8 November 2019") into
/// ISO 8601 text: "2019-11-08T10:30:00-05:00", or "2019-11-08" when no time is given.
/// A hand-written scanner because formatters reject most real-world variants.
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

    public static func iso(_ text: String) -> String? { parse(text)?.iso }

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
                if digits < 9 { number = number * 10 + Int(v - 48) }
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

    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "januar", "enero", "gennaio", "janeiro"],
            ["february", "feb", "févr", "fevrier", "février", "februar", "febrero", "febbraio", "fevereiro"],
            ["march", "mar", "mars", "märz", "marzo", "março"],
            ["april", "apr", "avril", "abril", "aprile"],
            ["may", "mai", "mayo", "maggio", "maio"],
            ["june", "jun", "juin", "juni", "junio", "giugno", "junho"],
            ["july", "jul", "juillet", "juli", "julio", "luglio", "julho"],
            ["august", "aug", "août", "aout", "agosto"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"],
            ["october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro"],
        ]
        var m: [String: Int] = [:]
        for (i, list) in names.enumerated() { for n in list { m[n] = i + 1 } }
        return m
    }()

    /// North American and a few European zone abbreviations that news sites print.
    static let zones: [String: Int] = [
        "z": 0, "gmt": 0, "utc": 0, "ut": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "ist": 330, "jst": 540, "aest": 600, "aedt": 660,
    ]

    public static func parse(_ text: String) -> Parsed? {
        let t = tokenize(text)
        if t.isEmpty { return nil }
        if case .number(let n, let d) = t[0], t.count == 1, d == 10 || d == 13 {
            // Unix time in seconds or milliseconds.
            return fromUnix(d == 13 ? n / 1000 : n)
        }
        var year: Int?, month: Int?, day: Int?
        var i = 0
        var numbersBeforeYear: [Int] = []
        // Date part: find the year and the month, by name or by position.
        while i < t.count, year == nil || month == nil || day == nil {
            switch t[i] {
            case .number(let n, let d):
                if d == 8, year == nil, month == nil, (1900...2100).contains(n / 10000) {
                    // 20191108
                    year = n / 10000
                    month = n / 100 % 100
                    day = n % 100
                } else if d == 4, year == nil, (1900...2100).contains(n) {
                    year = n
                    // Year first: 2019-11-08 or 2019/11/08.
                    if month == nil, i + 4 < t.count, case .sign(let s) = t[i + 1], s == "-" || s == "/" || s == ".",
                       case .number(let m, _) = t[i + 2], case .number(let dd, _) = t[i + 4] {
                        month = m
                        day = dd
                        i += 4
                    }
                } else if d <= 2, year == nil {
                    numbersBeforeYear.append(n)
                } else if d <= 2, day == nil, month != nil {
                    day = n
                } else if d <= 2, day == nil, year != nil, month == nil {
                    // 2019 11 08 with other separators is handled above; here a day after the year.
                    day = n
                }
            case .word(let w):
                if month == nil, let m = months[w] ?? (w.count > 3 ? months[String(w.prefix(3))] : nil) {
                    month = m
                    if let last = numbersBeforeYear.last, day == nil { day = last }
                }
            case .sign:
                break
            }
            i += 1
            if year != nil, month != nil, day == nil, i < t.count, case .sign(let s) = t[i], s == ":" { break }
        }
        if month == nil, numbersBeforeYear.count >= 2, year != nil {
            // 11/08/2019: American order; a first number above 12 means day first.
            let a = numbersBeforeYear[numbersBeforeYear.count - 2], b = numbersBeforeYear[numbersBeforeYear.count - 1]
            if a > 12 { day = a; month = b } else { month = a; day = b }
        }
        guard let y = year, let m = month, let d0 = day, (1...12).contains(m), (1...31).contains(d0) else {
            return nil
        }
        var parsed = Parsed(year: y, month: m, day: d0, hour: nil, minute: nil, second: nil, offset: nil)
        parseTime(t, from: i, into: &parsed)
        return parsed
    }

    /// Time of day after the date: "10:30", "10:30:15.123", "10.30 pm", "T10:30:00+01:00".
    static func parseTime(_ t: [Token], from start: Int, into p: inout Parsed) {
        var i = start
        while i + 2 < t.count {
            if case .number(let h, let hd) = t[i], hd <= 2, h < 24,
               case .sign(let s) = t[i + 1], s == ":" || s == ".",
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
                    if w == "pm" || w == "p" { if hour < 12 { hour += 12 }; j += 1 }
                    else if w == "am" || w == "a" { if hour == 12 { hour = 0 }; j += 1 }
                    if j < t.count, case .word("m") = t[j] { j += 1 }
                }
                p.hour = hour
                p.minute = m
                p.second = second
                p.offset = parseOffset(t, from: j)
                return
            }
            i += 1
        }
    }

    static func parseOffset(_ t: [Token], from i: Int) -> Int? {
        guard i < t.count else { return nil }
        switch t[i] {
            case .sign(let s) where s == "+" || s == "-":
                guard i + 1 < t.count, case .number(let n, let d) = t[i + 1] else { return nil }
                var minutes: Int
                if d == 4 {
                    minutes = n / 100 * 60 + n % 100
                } else if d <= 2 {
                    minutes = n * 60
                    if i + 3 < t.count, case .sign(":") = t[i + 2], case .number(let mm, _) = t[i + 3] { minutes += mm }
                } else {
                    return nil
                }
                return s == "-" ? -minutes : minutes
            case .word(let w):
                if let z = zones[w] { return z }
                // "ET"/"PT" as US papers print them: the season is unknown, standard time is the safer guess.
                if w == "et" { return -300 }
                if w == "pt" { return -480 }
                if w == "ct" { return -360 }
                return nil
            case .number, .sign:
                return nil
            }
    }

    static func fromUnix(_ seconds: Int) -> Parsed? {
        guard seconds > 0 else { return nil }
        let days = seconds / 86400
        let rem = seconds % 86400
        // Civil from days (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        guard (1990...2100).contains(y) else { return nil }
        return Parsed(year: y, month: m, day: d, hour: rem / 3600, minute: rem % 3600 / 60, second: rem % 60, offset: 0)
    }
}

@inline(__always)
private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
