import Foundation
import HearsayModel
import HearsayText

/// Reads a plain-text or Markdown article: the first non-empty line is the headline;
/// byline, date, ticker, source and URL lines are taken as metadata wherever they stand;
/// a dateline opening the first paragraph is lifted out; the rest is cleaned of page
/// furniture (see `Boilerplate`).
public enum TextArticleReader {
    public static func read(_ bytes: [UInt8], source: String, markdown: Bool = false) throws(ReadError) -> Article {
        let text: String
        do { text = try TextDecoding.decode(bytes) } catch { throw ReadError(path: source, message: error.description) }
        var article = parse(text, source: source, markdown: markdown)
        article.id = ArticleID.of(bytes)
        guard !article.title.isEmpty || !article.body.isEmpty else {
            throw ReadError(path: source, message: "no article text found")
        }
        return article
    }

    /// Parses decoded text. With `title`, the text is a body whose headline is known
    /// (JSON Lines records, feeds), so no line is taken as the headline.
    public static func parse(_ text: String, source: String, markdown: Bool, title: String? = nil) -> Article {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        var article = Article(id: "", source: source, title: title ?? "", body: "")
        if markdown || lines.first == "---" {
            lines = FrontMatter.take(from: lines, into: &article)
        }
        if markdown { lines = lines.map(MarkdownText.plain) }
        lines = HardWrap.unwrap(lines)

        var paragraphs: [String] = []
        var tickers: [String] = []
        // The lines above the body (masthead, section, date), where the page names itself.
        var pageLines: [String] = []
        // A job line taken with the name above it.
        var skip = -1
        lines = lines.filter { !$0.isEmpty }
        for (index, line) in lines.enumerated() where index != skip {
            if article.title.isEmpty {
                if MetadataLine.recognise(line) == nil {
                    article.title = headline(from: line)
                    if article.title != line { paragraphs.append(line) }
                    continue
                }
            }
            if paragraphs.isEmpty { pageLines.append(line) }
            // A standfirst under the headline, without a sentence's stop, may stand above the
            // byline and date lines ("Panel says copying was systematic; rector to go").
            let aboveBody = paragraphs.isEmpty || paragraphs.count == 1 && !Boilerplate.hasSentenceEnd(paragraphs[0])
                && Boilerplate.wordCount(paragraphs[0], limit: 30) <= 30 && index <= 5
            // Above the story a masthead may print outlet, section and date on one line; read
            // whole, a line joined by dashes would give its date and lose its outlet.
            let header = aboveBody ? MetadataLine.mastheadLine(line) ?? MetadataLine.signature(line).map { [$0] } : nil
            guard let found = header ?? MetadataLine.recogniseAll(line) else {
                let nextIsDate = index + 1 < lines.count && Masthead.isMetadata(lines[index + 1])
                if aboveBody, MetadataLine.isWeekdayTime(line) {
                    // "Thursday, 11:48": when, on the day the page printed it.
                } else if paragraphs.isEmpty, article.byline == nil, nextIsDate || index > 0 && Masthead.isMetadata(lines[index - 1]),
                    let credit = MetadataLine.outletCredit(line)
                {
                    article.byline = credit
                } else if aboveBody, let day = MetadataLine.monthDayLine(line) {
                    // A date without its year takes one from the story's dated articles, as a
                    // wire's dateline ("LONDON, Jan 9") does; in the body it would pass for the lede.
                    if article.dateline == nil { article.dateline = day }
                } else if paragraphs.isEmpty, index > 0, Masthead.isMetadata(lines[index - 1]) || MetadataLine.monthDayLine(lines[index - 1]) != nil,
                    let name = MetadataLine.taglineHeader(line)
                {
                    if article.outlet == nil { article.outlet = name }
                } else if paragraphs.isEmpty, article.byline == nil, let credit = MetadataLine.staffCredit(line) {
                    article.byline = credit
                } else if paragraphs.isEmpty, article.outlet == nil, Masthead.isMasthead(line, in: lines, at: index) {
                    article.outlet = line
                } else if paragraphs.isEmpty, article.byline == nil, let name = MetadataLine.personLine(line),
                    article.outlet != nil || article.published != nil || index + 1 < lines.count && Masthead.isWriterNeighbour(lines[index + 1])
                {
                    // "Aegean Courier / 4 March 2026 / Jo Roe": a name alone under the outlet
                    // or the date, above the body, signs the piece; a job may follow it.
                    article.byline = name
                    if index + 1 < lines.count, let job = MetadataLine.jobLine(lines[index + 1]) {
                        article.bylineRole = job
                        skip = index + 1
                    }
                } else {
                    paragraphs.append(line)
                }
                continue
            }
            for item in found {
                switch item {
                case .byline(let name, let role):
                    if article.byline == nil {
                        article.byline = name
                        article.bylineRole = role
                    }
                    if article.outlet == nil, paragraphs.isEmpty, let outlet = MetadataLine.staffOf(name) { article.outlet = outlet }
                case .date(let iso, let dayFirst):
                    if article.published == nil {
                        article.published = iso
                        article.publishedDayFirst = dayFirst
                    }
                case .tickers(let symbols): tickers += symbols
                // Under the story ("Via: X / Source: Y") the line credits the report it drew
                // on; only above it does it name the publisher.
                case .outlet(let name): if article.outlet == nil, paragraphs.isEmpty { article.outlet = name }
                case .url(let url): if article.url == nil { article.url = url }
                }
            }
        }
        if let first = paragraphs.first, let (dateline, rest) = Dateline.split(first) {
            article.dateline = dateline.place
            if article.outlet == nil, let agency = dateline.agency { article.outlet = agency }
            if article.published == nil, let date = dateline.date { article.published = date }
            paragraphs[0] = rest
        }
        let cleaned = Boilerplate.clean(paragraphs, title: article.title, pageNames: PageVoice.names(outlet: article.outlet, header: pageLines))
        for p in cleaned.paragraphs { tickers += InlineTickers.find(in: p) }
        article.tickers = unique(article.tickers + tickers)
        article.body = cleaned.paragraphs.joined(separator: "\n\n")
        return article
    }

    /// A first line that is a whole paragraph (a lede, not a headline) gives its first
    /// sentence as the title and stays in the body.
    static func headline(from line: String) -> String {
        let words = line.split(separator: " ")
        guard words.count > 30, Boilerplate.hasSentenceEnd(line) else { return line }
        let doc = TextDocument(line)
        let first = doc.sentences.first.map { doc.string($0.range) } ?? line
        return first.split(separator: " ").count > 30 ? words.prefix(20).joined(separator: " ") + "\u{2026}" : first
    }

    static func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}

/// Article ids: a stable hash of the input bytes, so the same file always gets the same
/// id and re-ingesting it adds nothing.
public enum ArticleID {
    public static func of(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { StableHash.hex(StableHash.words($0)) }
    }

    public static func of(_ text: String) -> String {
        var text = text
        return text.withUTF8 { StableHash.hex(StableHash.words(UnsafeRawBufferPointer($0))) }
    }
}

/// The outlet's name on a line of its own among the byline and date lines under the
/// headline, as an article copied from a page or a clipping service keeps it ("The Daily
/// Courier", "Press Wire Service"). It is told from a subheading by its shape (a few
/// capitalised words, no sentence) and by its neighbours: a masthead sits beside metadata.
enum Masthead {
    static func isMasthead(_ line: String, in lines: [String], at index: Int) -> Bool {
        guard hasShape(line) else { return false }
        let before = index > 0 && isMetadata(lines[index - 1])
        // "FactLine / Jo Roe / 4 May 2026": a writer's name between the outlet and the date.
        let after = index + 1 < lines.count && (isMetadata(lines[index + 1])
            || MetadataLine.personLine(lines[index + 1]) != nil && index + 2 < lines.count && isWriterNeighbour(lines[index + 2]))
        return before || after
    }

    static func isMetadata(_ line: String) -> Bool {
        MetadataLine.recogniseAll(line) != nil || MetadataLine.mastheadLine(line) != nil || MetadataLine.signature(line) != nil
            || MetadataLine.monthDayLine(line) != nil || MetadataLine.isWeekdayTime(line)
    }

    /// A line that may stand beside a writer's name: metadata or the writer's job.
    static func isWriterNeighbour(_ line: String) -> Bool { isMetadata(line) || MetadataLine.jobLine(line) != nil }

    /// At most six words, all capitalised but for one (a "blog", an "of"), no digits and
    /// nothing that ends a sentence or a clause.
    static func hasShape(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (1...6).contains(words.count), line.count <= 60,
              !line.contains(where: { $0.isNumber || ".!?:;,\"\u{201C}\u{201D}()".contains($0) }),
              words.first?.first?.isUppercase == true else { return false }
        // A lone word in capitals is a label ("FALSE", "EXCLUSIVE", "WATCH"), not a name.
        if words.count == 1, !line.contains(where: \.isLowercase) { return false }
        // "SUBSCRIBER BRIEFING", "EXCLUSIVE REPORT": a kicker in capitals names the piece.
        if !line.contains(where: \.isLowercase), words.contains(where: { kickerWords.contains($0.lowercased()) }) { return false }
        guard !words.allSatisfy({ sectionWords.contains($0.lowercased()) }) else { return false }
        return words.filter { $0.first?.isUppercase != true }.count <= 1
    }

    static let kickerWords: Set<String> = [
        "subscriber", "subscribers", "briefing", "exclusive", "breaking", "premium", "special", "report", "analysis", "update", "edition",
    ]

    /// A page's section label ("World News", "Business") stands where a masthead would.
    static let sectionWords: Set<String> = [
        "news", "world", "politics", "business", "markets", "economy", "tech", "technology", "science",
        "health", "sport", "sports", "football", "opinion", "analysis", "culture", "entertainment",
        "lifestyle", "travel", "local", "national", "international", "breaking", "latest", "live",
        "exclusive", "update", "updated", "europe", "asia", "africa", "americas", "us", "uk", "and", "&",
    ]
}

/// Joins the lines of paragraphs that were hard-wrapped at a fixed width.
enum HardWrap {
    static func unwrap(_ lines: [String]) -> [String] {
        let nonEmpty = lines.filter { !$0.isEmpty }
        guard nonEmpty.count >= 6 else { return lines }
        let longest = nonEmpty.map(\.count).sorted()[nonEmpty.count * 9 / 10]
        let wrapped = longest <= 100 && lines.contains("") && zip(lines, lines.dropFirst()).filter { !$0.isEmpty && !$1.isEmpty }.count * 2 >= nonEmpty.count
        var out: [String] = []
        for line in lines {
            if let last = out.last, !last.isEmpty, !line.isEmpty, out.count > 1 || !wrapped,
               continues(last, with: line, wrapped: wrapped, width: longest)
            {
                out[out.count - 1] = last + " " + line
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// In a hard-wrapped file a line that filled most of the width continues into the
    /// next; elsewhere only a lower-case continuation of an unfinished line does.
    /// Metadata lines are never joined.
    static func continues(_ last: String, with line: String, wrapped: Bool, width: Int) -> Bool {
        guard MetadataLine.recogniseAll(last) == nil, MetadataLine.recogniseAll(line) == nil else { return false }
        if wrapped { return last.count * 10 >= width * 6 && !Boilerplate.hasSentenceEnd(last) || last.count * 10 >= width * 8 }
        return !Boilerplate.hasSentenceEnd(last) && line.first?.isLowercase == true && last.count > 40
            && Boilerplate.wordCount(line) >= 3
    }
}

/// "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) \u{2014}": the place (and agency) an
/// agency story opens with, and the date when it gives the year. `place` keeps the date
/// as printed ("LONDON, March 3"): a date without a year is only read against the other
/// articles of its story (`DatelineYears` in the analysis).
enum Dateline {
    struct Found {
        var place: String
        var agency: String?
        var date: String? { DateText.afterPlace(place).flatMap { DateText.parse(String($0))?.iso } }
    }

    static func split(_ paragraph: String) -> (Found, String)? {
        let dashes: [String] = [" \u{2014} ", " \u{2013} ", " - ", " -- "]
        guard let dash = dashes.compactMap({ paragraph.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              paragraph.distance(from: paragraph.startIndex, to: dash.lowerBound) <= 60 else { return nil }
        let head = String(paragraph[..<dash.lowerBound])
        var place = head
        var agency: String?
        if let open = head.firstIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
            agency = String(head[head.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            place = String(head[..<open])
        }
        place = place.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        // The place is written in capitals ("NEW YORK"), perhaps with a date after a comma.
        let city = place.split(separator: ",").first.map(String.init) ?? place
        guard city.count >= 2, city.contains(where: \.isLetter),
              city.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" }) else { return nil }
        let rest = String(paragraph[dash.upperBound...]).trimmingCharacters(in: .whitespaces)
        return (Found(place: place, agency: agency), rest)
    }
}

/// "(NYSE: F)", "(Nasdaq:TSLA)": exchange-qualified symbols in running text.
enum InlineTickers {
    static let exchanges: Set<String> = ["NYSE", "NASDAQ", "AMEX", "LSE", "TSX", "ASX", "HKEX", "SSE", "SZSE", "OTC", "TSE", "NSE", "BSE", "XETRA", "EURONEXT", "SIX", "KRX"]

    static func find(in text: String) -> [String] {
        var out: [String] = []
        // Parentheses are found in the UTF-8 bytes: a Character scan of every body was a
        // hot spot in extraction profiles. ASCII bytes always start a scalar, so the
        // indices are valid for slicing the text.
        let bytes = text.utf8
        var from = bytes.startIndex
        while let open = bytes[from...].firstIndex(of: UInt8(ascii: "(")) {
            from = bytes.index(after: open)
            guard let close = bytes[from...].firstIndex(of: UInt8(ascii: ")")) else { break }
            let inside = Substring(text.unicodeScalars[from..<close])
            for part in inside.split(separator: ";") {
                let pieces = part.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
                if pieces.count == 2, exchanges.contains(pieces[0].uppercased()), !MetadataLine.tickerList(pieces[1]).isEmpty {
                    out += MetadataLine.tickerList(pieces[1])
                }
            }
        }
        return out
    }
}
