import Foundation
import HearsayText

/// What a short line outside the running text tells about the article: the shapes that
/// outlets use for bylines, dates, tickers, source and URL lines, wherever they put them.
enum MetadataLine: Equatable {
    /// The writer's name, and the desk title printed beside it ("Health Correspondent").
    case byline(String, role: String? = nil)
    /// The date, and its day-first reading when the line could be read both ways.
    case date(String, dayFirst: String?)
    case tickers([String])
    case outlet(String)
    case url(String)

    /// A line of metadata, perhaps several items joined by "|" or a bullet ("By Jane Doe |
    /// March 3, 2026"); nil unless every part is metadata.
    static func recogniseAll(_ line: String) -> [MetadataLine]? {
        var parts = line.split(whereSeparator: { $0 == "|" || $0 == "\u{2022}" || $0 == "\u{00B7}" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return datedCredit(line) ?? recognise(line).map { [$0] } }
        // "16 May 2026 | 22:40": a time set apart from the date is still the date's time.
        for i in parts.indices.dropFirst().reversed() where isTimeOfDay(parts[i]) {
            parts[i - 1] += " " + parts[i]
            parts.remove(at: i)
        }
        // "June 3, 2025 · 4 min read": the reading time goes with the metadata it sits beside, and
        // so does a bare weekday ("By Staff | Thursday"), a date without its day of the month.
        let told = parts.filter { !isReadingTime($0) && !weekdays.contains($0.lowercased()) }
        guard !told.isEmpty else { return nil }
        var items: [MetadataLine] = []
        for part in told {
            // "By Jo Roe | Courts Reporter": the desk title printed after the credit is the writer's.
            if case .byline(let name, .none)? = items.last, let title = deskTitle(part) {
                items[items.count - 1] = .byline(name, role: title)
                continue
            }
            // "By Jo Roe | ShelfWatch": the name printed beside the credit is the outlet's.
            if case .byline? = items.last, recognise(part) == nil, isNameShaped(part), !part.contains(where: \.isNumber) {
                items.append(.outlet(part))
                continue
            }
            guard let item = recognise(part) else { return nil }
            items.append(item)
        }
        return items
    }

    /// "September 9, 2026 by Jo Roe", "Posted 8 Oct 2025 by Jo Roe": a date, then its writer.
    static func datedCredit(_ line: String) -> [MetadataLine]? {
        guard line.count <= 120, let by = line.range(of: " by ", options: .backwards) else { return nil }
        var credit = "By " + line[by.upperBound...]
        var when = line[..<by.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " -\u{2013}\u{2014},"))
        // "Posted Friday, 7 November 2025 by ORBITAL_OTTER": blog software's account name signs it.
        if when.lowercased().hasPrefix("posted ") {
            when = String(when.dropFirst("posted ".count))
            credit = "Posted by " + line[by.upperBound...]
        }
        guard let date = recognise(when), case .date = date,
            let byline = recognise(credit), case .byline = byline
        else { return nil }
        return [date, byline]
    }

    /// "Jo Roe, Health Correspondent": a writer signed with a desk title on a line of its
    /// own, above the story (below it, a name and a title sign off a letter or a statement).
    static func signature(_ line: String) -> MetadataLine? {
        guard line.count <= 80, let comma = line.firstIndex(of: ","), !line.hasPrefix("("), byline(line) == nil else { return nil }
        let name = line[..<comma].trimmingCharacters(in: .whitespaces)
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), isNameList(name), !name.contains(" and "), !name.contains("&"),
            let title = deskTitle(String(line[line.index(after: comma)...]))
        else { return nil }
        return .byline(name, role: title)
    }

    /// A journalist's title as mastheads print it: capitalised words ending in a newsroom job
    /// ("Chief Reporter", "Food & Drink Correspondent", "Local Democracy Reporter").
    static func deskTitle(_ text: String) -> String? {
        let title = text.trimmingCharacters(in: .whitespaces)
        let words = title.split(separator: " ")
        guard (1...5).contains(words.count), title.count <= 50, let last = words.last,
            newsroomJobs.contains(last.lowercased()),
            words.allSatisfy({ $0.first?.isUppercase == true || $0 == "&" || $0 == "and" || $0 == "of" })
        else { return nil }
        return title
    }

    /// "Jo Roe" on a line of its own among the header lines: two to four capitalised words
    /// (name particles aside) that are no outlet, section, day or month. Only the reader,
    /// which knows the line stands above the body beside the outlet or date, takes it for
    /// the writer.
    static func personLine(_ line: String) -> String? {
        var name = line.trimmingCharacters(in: .whitespaces)
        // "Jo Roe in Lisbon": where the writer filed from.
        if let at = name.range(of: " in "), let place = name[at.upperBound...].split(separator: " ").first, place.first?.isUppercase == true,
            name[at.upperBound...].split(separator: " ").count <= 3
        {
            name = String(name[..<at.lowerBound])
        }
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), name.count <= 40,
            name.allSatisfy({ $0.isLetter || " -'\u{2019}.".contains($0) }),
            words.allSatisfy({ w in
                let lower = w.lowercased()
                return nameJoiners.contains(lower) && lower != "and" && lower != "&"
                    || w.first?.isUppercase == true && w.dropFirst().contains(where: \.isLowercase) && !notNames.contains(lower)
            }),
            words.first?.first?.isUppercase == true, !["the", "a", "an"].contains(words[0].lowercased())
        else { return nil }
        return name
    }

    /// Words of outlets, sections and days, which a writer's name never holds.
    static let notNames: Set<String> = [
        "news", "times", "post", "journal", "herald", "gazette", "press", "radio", "tv", "magazine", "review", "daily", "weekly",
        "media", "wire", "observer", "guardian", "mail", "express", "chronicle", "examiner", "today", "courier", "courant", "echo",
        "ledger", "standard", "star", "mirror", "bulletin", "report", "watch", "desk", "signal", "online", "live", "network", "agency",
        "channel", "insider", "digest", "letter", "tribune", "telegraph", "record", "sentinel", "beacon", "business", "sport",
        "sports", "politics", "opinion", "world", "local", "updated", "staff", "team", "editor", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "exclusive", "breaking", "analysis", "comment", "features", "feature",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// "Business reporter": a writer's job on the line under the name, in any case.
    static func jobLine(_ line: String) -> String? {
        let words = line.split(separator: " ")
        guard (1...4).contains(words.count), line.count <= 40, let last = words.last, newsroomJobs.contains(last.lowercased()),
            line.allSatisfy({ $0.isLetter || " &-".contains($0) })
        else { return nil }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// The jobs a newsroom signs its pieces with.
    static let newsroomJobs: Set<String> = [
        "correspondent", "editor", "reporter", "writer", "columnist", "critic", "journalist", "contributor",
        "producer", "presenter", "commentator", "blogger", "stringer",
        // "Jo Roe, Visayas Bureau": the bureau a correspondent files for.
        "bureau",
    ]

    /// A line under the headline where the page prints its outlet, section and date together,
    /// joined by separators ("The Daily Courier · Business · 3 March 2026", "Opinion | Tuesday
    /// 3 March 2026 | 14:20", "posted by site_admin | 4 Mar 2026"). Every part must be a date,
    /// a time of day, a reading time, a credit ("by ...") or a short name in capitals (an
    /// outlet or a section), and exactly one part a whole date: a sentence in the body, or a
    /// "Related: ..." line, has parts of neither shape. The outlet is the first of two or more
    /// names before the date (outlets print their name before the section); a lone name could
    /// be either, so none is taken.
    static func mastheadLine(_ line: String) -> [MetadataLine]? {
        guard line.count <= 120 else { return nil }
        // "Wednesday, March 12, 2025 - by Fr. Jo Roe": a date and its writer, whose comma is the
        // date's, not an outlet's.
        if let credited = datedCredit(line) { return credited }
        let separators: Set<Character> = ["|", "\u{2022}", "\u{00B7}", "\u{2013}", "\u{2014}"]
        var parts = line.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // "Ledger News Service, March 9, 2026": a comma joins an outlet to the date.
        if parts.count == 1, let comma = line.firstIndex(of: ",") {
            parts = [String(line[..<comma]).trimmingCharacters(in: .whitespaces),
                     String(line[line.index(after: comma)...]).trimmingCharacters(in: .whitespaces)]
        }
        guard (2...5).contains(parts.count) else { return nil }
        var date: (iso: String, dayFirst: String?)?
        var names: [String] = []
        var namesBeforeDate = 0
        var byline: String?
        var ago = false
        for (i, part) in parts.enumerated() {
            if isTimeAgo(part) {
                ago = true
                continue
            }
            if isTimeOfDay(part) || isReadingTime(part) { continue }
            if let (name, _) = self.byline(part) {
                byline = byline ?? name
                continue
            }
            let lower = part.lowercased()
            if ["by ", "posted by ", "written by "].contains(where: lower.hasPrefix) { continue }
            if part.contains(where: \.isNumber) {
                // "8 September 2026 | 14:20": the time printed beside the date is its time.
                let text = i + 1 < parts.count && isTimeOfDay(parts[i + 1]) ? part + " " + parts[i + 1] : part
                guard date == nil, let (iso, dayFirst) = dateLine(text), iso.count >= 10 else { return nil }
                date = (iso, dayFirst)
                namesBeforeDate = names.count
                continue
            }
            guard isNameShaped(part) else { return nil }
            names.append(part)
        }
        // "Posted by Jo Roe | Tannery Talk | 3 hours ago": a credit dates the line as well as a date.
        guard let date else {
            if ago { return byline.map { [.byline($0)] } }
            // Not a comma's two halves ("Jo Roe, Health Correspondent" is a signature).
            let separated = line.contains(where: { separators.contains($0) })
            return byline == nil && separated && names.count == parts.count ? undatedHeader(names, barred: line.contains("|")) : nil
        }
        var items: [MetadataLine] = [.date(date.iso, dayFirst: date.dayFirst)]
        // A lone name is the outlet when it opens with "The", as no section's does ("The
        // Northern Examiner, 3 September 2026"; not "Opinion | 3 September 2026").
        if namesBeforeDate >= 2 || namesBeforeDate == 1 && names[0].hasPrefix("The ") { items.append(.outlet(names[0])) }
        if let byline { items.append(.byline(byline)) }
        return items
    }

    /// An undated header line of names only: "The Morning Ledger · Sport · Cricket" prints the
    /// outlet and its sections (read as a header line, so that a signature under it is the
    /// writer's); "Jo Roe | Harbour Notes" a writer and the blog or newsletter they write (a
    /// person's name, then a name that is no section).
    static func undatedHeader(_ names: [String], barred: Bool) -> [MetadataLine]? {
        guard names.count >= 2, Masthead.hasShape(names[0]) else { return nil }
        if names.count == 2, let person = personLine(names[0]), Masthead.hasShape(names[1]) {
            return [.byline(person), .outlet(names[1])]
        }
        // "Harbour Radio News | Jo Roe": the outlet, by a word only an outlet's name holds, then its
        // writer. Set apart by a bar: after a dash ("Radio Harbourside – First Light") stands a programme.
        if names.count == 2, barred, let person = personLine(names[1]), names[0].split(separator: " ").contains(where: { notNames.contains($0.lowercased()) }) {
            return [.outlet(names[0]), .byline(person)]
        }
        // "Staff Writer | TrendWire": a credit with no name signs for the outlet beside it.
        if names.count == 2, let credit = staffCredit(names[0]), Masthead.hasShape(names[1]) {
            return [.byline(credit), .outlet(names[1])]
        }
        // Outlet and sections: a header line, whose outlet other lines may name more surely.
        guard names.count >= 3, personLine(names[0]) == nil else { return nil }
        return []
    }

    /// "14 February", "Tuesday, 4 March", "Nov. 14": a date line without its year, as writers
    /// print it above a story of this week. Gives the month and day without the weekday.
    static func monthDayLine(_ line: String) -> String? {
        var words = line.split(separator: " ")
        guard line.count <= 32, (2...4).contains(words.count) else { return nil }
        if weekdays.contains(words[0].lowercased().trimmingCharacters(in: .punctuationCharacters)) { words.removeFirst() }
        let day = words.joined(separator: " ")
        return DateText.monthDay(day) != nil ? day : nil
    }

    /// "Pewside | Notes on church life", "Harbour Hub - your town, your news": a masthead's name
    /// and its motto on one line beside the byline or date. Gives the name (a masthead's name
    /// may read as a person's: "Harbour Hub").
    static func taglineHeader(_ line: String) -> String? {
        guard line.count <= 120, !line.contains(where: { "\"\u{201C}\u{201D}".contains($0) }) else { return nil }
        let separators = [" | ", " - ", " \u{2013} ", " \u{2014} ", " \u{00B7} "]
        guard let cut = separators.compactMap({ line.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let name = String(line[..<cut.lowerBound]).trimmingCharacters(in: .whitespaces)
        let motto = line[cut.upperBound...]
        let nameWords = name.split(separator: " ")
        guard (1...4).contains(nameWords.count), nameWords.allSatisfy({ $0.first?.isUppercase == true || $0 == "&" }), Masthead.hasShape(name),
            (1...16).contains(motto.split(separator: " ").count), !motto.contains(where: \.isNumber),
            // "Jo Roe - Health Editor" signs the piece.
            jobLine(String(motto)) == nil, deskTitle(String(motto)) == nil
        else { return nil }
        return name
    }

    /// "14:20", "7.05pm", "16:52 GMT".
    static func isTimeOfDay(_ part: String) -> Bool {
        let words = part.lowercased().split(separator: " ")
        guard (1...2).contains(words.count) else { return false }
        var clock = Substring(words[0])
        for suffix in ["am", "pm"] where clock.hasSuffix(suffix) { clock = clock.dropLast(2) }
        let pieces = clock.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard pieces.count == 2, pieces.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(pieces[0]), let m = Int(pieces[1]), h < 24, m < 60 else { return false }
        return words.count == 1 || ["am", "pm", "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt"].contains(String(words[1]))
    }

    /// An outlet's or a section's name: a few words, each capitalised but for one joining
    /// word, with nothing that ends a clause.
    static func isNameShaped(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard (1...6).contains(words.count), part.count <= 60,
              !part.contains(where: { ".!?:;,\"\u{201C}\u{201D}()".contains($0) }),
              words.first?.first?.isUppercase == true else { return false }
        return words.filter { $0.first?.isUppercase != true }.count <= 1
    }

    /// Recognises `line` (already trimmed) as metadata, or returns nil for text.
    static func recognise(_ line: String) -> MetadataLine? {
        guard line.count <= 120 else { return nil }
        if let url = bareURL(line) { return .url(url) }
        if let (name, role) = byline(line) { return .byline(name, role: role) }
        // "Stocks in this story: SNTV, TLGS": a longer label, as only symbols follow it.
        if let (label, value) = labelled(line, maxWords: 5), ["stock", "ticker", "symbol"].contains(where: label.lowercased().contains) {
            let symbols = tickerList(value)
            if !symbols.isEmpty { return .tickers(symbols) }
        }
        if let (label, value) = labelled(line) {
            let l = label.lowercased()
            if ["author", "byline", "written by", "reporter"].contains(l), isNameList(value) { return .byline(value) }
            if ["source", "publisher", "outlet", "publication", "site"].contains(l), value.count <= 60 {
                if let url = bareURL(value) { return .url(url) }
                // "Source: WSJ, CNBC" credits the reports a story drew on; it names no publisher.
                if value.contains(",") || value.contains(";") || value.contains(" and ") || value.contains(" & ") { return nil }
                return .outlet(value)
            }
            if ["url", "link", "canonical", "original"].contains(l), let url = bareURL(value) { return .url(url) }
            if ["date", "published", "updated", "posted", "published on", "last updated", "first published"].contains(l),
               let iso = DateText.iso(value)
            {
                return .date(iso, dayFirst: dayFirstReading(value, iso))
            }
        }
        if let (iso, dayFirst) = dateLine(line) { return .date(iso, dayFirst: dayFirst) }
        return nil
    }

    /// "3 hours ago", "an hour ago": when a blog printed the post, relative to the reader.
    static func isTimeAgo(_ part: String) -> Bool {
        isSpan(part, then: "ago", units: ["min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days"], article: true)
    }

    /// "4 min read", "12 minute read".
    static func isReadingTime(_ part: String) -> Bool {
        isSpan(part, then: "read", units: ["min", "mins", "minute", "minutes"], article: false)
    }

    /// Three words: a count (in digits, or "a"/"an"/"one" when `article`), a unit of time, `last`.
    static func isSpan(_ part: String, then last: String, units: Set<String>, article: Bool) -> Bool {
        let words = part.lowercased().split(separator: " ")
        guard words.count == 3, units.contains(String(words[1])), words[2] == last else { return false }
        return words[0].allSatisfy(\.isNumber) || article && ["a", "an", "one"].contains(words[0])
    }

    /// "Label: value" with a short label.
    static func labelled(_ line: String, maxWords: Int = 3) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let label = line[..<colon].trimmingCharacters(in: .whitespaces)
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, !value.isEmpty, label.split(separator: " ").count <= maxWords else { return nil }
        return (label, value)
    }

    /// "By Jane Doe", "BY JANE DOE AND JOHN ROE", "Written by Jane Doe": the name words
    /// are capitalised, so "By 2030, sales will..." is not a byline.
    /// A wire's credit line, "(Reporting by Jane Doe; Editing by John Roe)", names the
    /// reporter first.
    static func byline(_ line: String) -> (name: String, role: String?)? {
        var line = Substring(line)
        if line.hasPrefix("("), line.hasSuffix(")") { line = line.dropFirst().dropLast() }
        let lower = line.lowercased()
        var prefix = ["by ", "written by ", "posted by ", "reporting by ", "compiled by ", "reported by ", "words: ", "text: "].first(where: { lower.hasPrefix($0) })
        // "Live blog by Jane Doe", "Words by Jane Doe": the piece, then its writer.
        if prefix == nil, let by = lower.range(of: " by ") {
            let piece = lower[..<by.lowerBound].split(separator: " ")
            if (1...2).contains(piece.count), piece.allSatisfy({ pieceWords.contains(String($0)) }) { prefix = String(lower[..<by.upperBound]) }
        }
        guard let prefix else { return nil }
        var rest = line.dropFirst(prefix.count)
        rest = rest.drop { $0 == " " || $0 == ":" }
        // "By Jane Doe, Reuters" and "By Jane Doe | The Daily": the name comes first; "By Jane
        // Doe, Health Correspondent" gives her desk too.
        var role: String?
        let separators: Set<Character> = ["|", ",", ";", "\u{2022}"]
        if let cut = rest.firstIndex(where: separators.contains) {
            let after = rest[rest.index(after: cut)...]
            role = deskTitle(String(after.prefix { !separators.contains($0) }))
            rest = rest[..<cut]
        }
        // "By Jane Doe in Lisbon": where the writer filed from.
        if let at = rest.range(of: " in "), rest[at.upperBound...].first?.isUppercase == true { rest = rest[..<at.lowerBound] }
        // "Posted by Jane Doe on 14 April 2026": when, after the writer; "Posted by Jane Doe on
        // Slow Boat Notes": where, the blog's name.
        if let on = rest.range(of: " on "), dateLine(String(rest[on.upperBound...])) != nil || DateText.iso(String(rest[on.upperBound...])) != nil
            || isNameShaped(String(rest[on.upperBound...]))
        {
            rest = rest[..<on.lowerBound]
        }
        let name = rest.trimmingCharacters(in: .whitespaces)
        if isNameList(name) || staffOf(name) != nil { return (name, role) }
        // "By NBS News health correspondent Jo Roe": the outlet and the desk, then the writer.
        let words = name.split(separator: " ")
        if let job = words.lastIndex(where: { newsroomJobs.contains($0.lowercased()) }), (2...4).contains(words.count - job - 1) {
            let writer = words[(job + 1)...].joined(separator: " ")
            if isNameList(writer), !words[(job + 1)...].contains(where: { nameJoiners.contains($0.lowercased()) }) { return (writer, role) }
        }
        // "Posted by admin": blog software prints the poster's account name, in lower case.
        if prefix == "posted by ", name.count <= 30, !name.isEmpty,
            name.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }), name.contains(where: \.isLetter)
        {
            return (name, nil)
        }
        return nil
    }

    /// "Harbour Wire staff", "the Ledger newsroom": a byline crediting an outlet's staff
    /// names the outlet.
    static func staffOf(_ name: String) -> String? {
        var words = name.split(separator: " ")
        guard words.count >= 2, ["staff", "reporters", "newsroom", "correspondents", "editors", "newsdesk"].contains(words.last!.lowercased()) else { return nil }
        words.removeLast()
        if words.first?.lowercased() == "the", words.count >= 2 { words.removeFirst() }
        let outlet = words.joined(separator: " ")
        // "WorldBrief 24 staff": a number may be part of the outlet's name, but is none alone.
        let named = words.filter { $0.first?.isNumber != true }
        return !named.isEmpty && isNameList(named.joined(separator: " ")) ? outlet : nil
    }

    /// "Staff Reporter", "Our Correspondent", "Web Desk": a credit to the newsroom with no
    /// writer's name, on a line of its own above the body. It signs the piece as a byline
    /// does; read as a masthead it would pass for the outlet's name.
    static func staffCredit(_ line: String) -> String? {
        let credit = line.trimmingCharacters(in: .whitespaces)
        let words = credit.lowercased().split(separator: " ").map(String.init)
        guard (1...3).contains(words.count), credit.allSatisfy({ $0.isLetter || $0 == " " }), let last = words.last else { return nil }
        let singular = last.hasSuffix("s") ? String(last.dropLast()) : last
        guard newsroomJobs.contains(singular) || creditNouns.contains(last) || creditNouns.contains(singular),
            words.dropLast().allSatisfy(creditQualifiers.contains), words.count > 1 || last == "staff"
        else { return nil }
        return credit
    }

    /// "AgriWire Staff", "Evening Post Reporter": an outlet's name and a credit noun or a
    /// newsroom job, signing the piece for the newsroom. The reader takes it only beside the
    /// date, where no sentence's subject stands alone.
    static func outletCredit(_ line: String) -> String? {
        let credit = line.trimmingCharacters(in: .whitespaces)
        let words = credit.split(separator: " ")
        guard (2...4).contains(words.count), credit.count <= 40, credit.allSatisfy({ $0.isLetter || $0 == " " }),
            words.allSatisfy({ $0.first?.isUppercase == true }), let last = words.last?.lowercased(),
            ["staff", "reporter", "newsroom", "newsdesk"].contains(last)
        else { return nil }
        return credit
    }

    /// "Thursday, 11:48": a weekday and the time, as a page prints the day's stories.
    static func isWeekdayTime(_ line: String) -> Bool {
        let parts = line.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        guard parts.count >= 2, weekdays.contains(parts[0].lowercased()) else { return false }
        return isTimeOfDay(parts.dropFirst().joined(separator: " "))
    }

    static let creditNouns: Set<String> = ["staff", "desk", "newsdesk", "team", "newsroom"]
    /// Words a newsroom credit may open with; a name ("Harbour Wire staff") is the outlet's.
    static let creditQualifiers: Set<String> = [
        "staff", "our", "special", "senior", "web", "digital", "news", "online", "city", "foreign", "political",
        "business", "sports", "editorial", "home", "metro",
    ]

    /// Words for the piece a credit line signs ("Live blog by", "Words by", "Analysis by").
    static let pieceWords: Set<String> = [
        "live", "blog", "updates", "coverage", "report", "words", "story", "analysis", "text", "column", "review", "commentary",
        "fact", "check", "fact-check",
    ]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let nameJoiners: Set<String> = ["and", "&", "de", "van", "von", "der", "da", "di", "del", "la", "le", "bin", "al"]

    static func isNameList(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard !words.isEmpty, words.count <= 8, !s.hasSuffix(".") || words.last!.count <= 3 else { return false }
        return words.allSatisfy { w in
            nameJoiners.contains(w.lowercased()) || (w.first?.isUppercase ?? false)
        }
    }

    static func bareURL(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard (t.hasPrefix("http://") || t.hasPrefix("https://")), !t.contains(" ") else { return nil }
        return t
    }

    /// "Related stocks: F, GM" / "Tickers: $TSLA NIO": short upper-case symbols only.
    static func tickerList(_ value: String) -> [String] {
        let parts = value.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" || $0 == "|" })
        var out: [String] = []
        for p in parts {
            var sym = p.trimmingCharacters(in: CharacterSet(charactersIn: "$()"))
            if let colon = sym.lastIndex(of: ":") { sym = String(sym[sym.index(after: colon)...]) }
            guard (1...6).contains(sym.count), sym.allSatisfy({ ($0.isUppercase && $0.isASCII) || $0 == "." || $0.isNumber })
            else { return [] }
            out.append(sym)
        }
        return out
    }

    /// "10/01/2026" read day first, when that differs from the month-first reading `iso`.
    static func dayFirstReading(_ text: String, _ iso: String) -> String? {
        guard let other = DateText.parse(text, dayFirst: true)?.iso, other != iso else { return nil }
        return other
    }

    /// A line that is only a date, perhaps with "Published"/"Updated" in front.
    static func dateLine(_ line: String) -> (String, String?)? {
        var s = Substring(line)
        for prefix in ["published on", "published", "updated on", "updated", "posted on", "posted", "first published"] {
            if s.lowercased().hasPrefix(prefix) {
                s = s.dropFirst(prefix.count)
                break
            }
        }
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count <= 8, let iso = DateText.iso(String(s)) else { return nil }
        return (iso, dayFirstReading(String(s), iso))
    }
}
