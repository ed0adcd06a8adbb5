import Foundation
import HearsayText
import HearsayModel

/// Markdown marks that are formatting, not words: heading hashes, emphasis, links
/// (their text is kept), block quotes and list bullets.
enum MarkdownText {
    static func plain(_ line: String) -> String {
        var s = Substring(line)
        while s.first == "#" { s = s.dropFirst() }
        if s.count < line.count { s = s.drop { $0 == " " } }
        if s.hasPrefix("> ") { s = s.dropFirst(2) }
        if s.hasPrefix("* ") || s.hasPrefix("- ") || s.hasPrefix("+ ") { s = s.dropFirst(2) }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "[", let close = s[i...].firstIndex(of: "]"), s.index(after: close) < s.endIndex, s[s.index(after: close)] == "(",
               let paren = s[close...].firstIndex(of: ")")
            {
                out += s[s.index(after: i)..<close]
                i = s.index(after: paren)
                continue
            }
            if c == "*" || (c == "_" && (i == s.startIndex || s[s.index(before: i)] == " " || s.index(after: i) == s.endIndex || s[s.index(after: i)] == " ")) {
                i = s.index(after: i)
                continue
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }
}

/// YAML-style front matter ("---" ... "---") with title, date, author, outlet, url, tickers.
enum FrontMatter {
    static func take(from lines: [String], into article: inout Article) -> [String] {
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return lines }
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            guard !value.isEmpty else { continue }
            switch key {
            case "title", "headline": article.title = value
            case "date", "published", "pubdate": article.published = DateText.iso(value) ?? article.published
            case "author", "byline", "by": article.byline = value
            case "outlet", "source", "publisher", "site": article.outlet = value
            case "url", "link", "canonical": article.url = value
            case "language", "lang": article.language = value
            case "tickers", "symbols": article.tickers = MetadataLine.tickerList(value.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))
            default: break
            }
        }
        return Array(lines[(end + 1)...])
    }
}
