import HearsayText

/// The time of day a happening took place, told with "at" ("landed in Manchester at
/// 16:20", "grounded at about 02:40", "spotted on Holloway Road at 2am", "at around
/// midnight"). Two outlets timing one happening differently disagree.
struct TimeFact: Sendable {
    /// Minutes after midnight.
    var minutes: Int
    /// "At about 02:40": the outlet gives the time roughly.
    var approximate: Bool
    /// Stems of the content words the time hangs from, nearest first ("landed", "collapse").
    var attachment: [String]
    /// Topic words of the sentence.
    var words: Set<String>
    var sentence: String
}

enum TimeMentions {
    static let hedges: Set<String> = ["about", "around", "roughly", "approximately", "shortly", "just", "some"]
    static let named: [String: Int] = ["midnight": 0, "noon": 720, "midday": 720]
    /// Minutes either way a rough time allows.
    static let roughness = 10

    static func find(in t: [WordToken], text: String) -> [(fact: TimeFact, range: Range<Int>)] {
        var out: [(TimeFact, Range<Int>)] = []
        var k = 0
        while k < t.count {
            guard let (minutes, end) = time(t, at: k) else {
                k += 1
                continue
            }
            defer { k = end }
            var b = k - 1
            var approximate = false
            while b >= 0, hedges.contains(t[b].lower) {
                approximate = true
                b -= 1
            }
            guard b >= 0, t[b].lower == "at" else { continue }
            let words = ContentWords.set(text).filter { !StoryMentions.isDateWord($0) }
            out.append((TimeFact(minutes: minutes, approximate: approximate, attachment: attachment(t, before: b), words: words, sentence: text),
                t[k].range.lowerBound..<t[end - 1].range.upperBound))
        }
        return out
    }

    /// A time of day at `k` ("16:20", "9:20am", "2am", "2 a.m.", "midnight"): minutes after
    /// midnight and the token after it.
    static func time(_ t: [WordToken], at k: Int) -> (Int, Int)? {
        if let m = named[t[k].lower] { return (m, k + 1) }
        guard t[k].isNumber || t[k].isWord, let lead = Int(t[k].text.prefix { $0.isNumber }), lead <= 24 else { return nil }
        let rest = t[k].text.drop { $0.isNumber }.lowercased()
        var hour = lead, minute = 0, end = k + 1
        var meridiem = ["am", "pm"].contains(rest) ? rest : nil
        if rest.isEmpty, k + 2 < t.count, t[k + 1].text == ":" || t[k + 1].text == ".", t[k + 1].range.lowerBound == t[k].range.upperBound,
            t[k + 2].range.lowerBound == t[k + 1].range.upperBound, let m = Int(t[k + 2].text.prefix { $0.isNumber }), m < 60,
            t[k + 2].text.prefix(while: \.isNumber).count == 2
        {
            minute = m
            let tail = t[k + 2].text.drop { $0.isNumber }.lowercased()
            if ["am", "pm"].contains(tail) { meridiem = tail }
            end = k + 3
        } else if rest.isEmpty, k + 1 < t.count, t[k].text.count <= 2, ["am", "pm"].contains(t[k + 1].lower) {
            meridiem = t[k + 1].lower
            end = k + 2
        } else if meridiem == nil {
            // "14.20" is a number; a bare figure is no time.
            if t[k].isNumber, t[k].text.contains("."), case let parts = t[k].text.split(separator: "."), parts.count == 2, parts[1].count == 2,
                let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60
            {
                return (h * 60 + m, k + 1)
            }
            return nil
        }
        if end < t.count, ["am", "pm"].contains(t[end].lower), meridiem == nil {
            meridiem = t[end].lower
            end += 1
        }
        if let meridiem {
            guard hour >= 1, hour <= 12 else { return nil }
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0)
        } else if minute == 0 && end == k + 1 {
            return nil
        }
        return (hour * 60 + minute, end)
    }

    /// Stems of the content words before "at", back to a clause break: the verb or noun the
    /// time hangs from and what stands with it, names and places left out ("landed safely in
    /// Manchester at 16:20": landed).
    static func attachment(_ t: [WordToken], before at: Int) -> [String] {
        var out: [String] = []
        var k = at - 1
        while k >= 0, out.count < 3 {
            let w = t[k]
            if !w.isWord && !w.isNumber {
                if [",", ";", ":", "\"", "\u{201C}", "\u{201D}", "(", ")", "\u{2013}", "\u{2014}"].contains(w.text) { break }
            } else if w.isWord, !w.isCapitalized, !Tokens.stopwords.contains(w.lower), !w.lower.hasSuffix("ly"), !StoryMentions.isDateWord(w.lower) {
                out.append(QuantityMentions.durationStem(w.lower))
            }
            k -= 1
        }
        return out
    }

    static func agree(_ a: TimeFact, _ b: TimeFact) -> Bool {
        let d = abs(a.minutes - b.minutes)
        return min(d, 1440 - d) <= (a.approximate || b.approximate ? roughness : 0)
    }

    /// One happening's time: the word each hangs from is one ("landed", "collapsed" and "a
    /// collapse"), or each outlet gives one time of day and the sentences share two words.
    static func sameHappening(
        _ a: FactConflicts.Fact<TimeFact>, _ b: FactConflicts.Fact<TimeFact>, among all: [FactConflicts.Fact<TimeFact>]
    ) -> Bool {
        guard a.article != b.article else { return false }
        if let x = a.payload.attachment.first, let y = b.payload.attachment.first, x == y || x.hasPrefix(y) || y.hasPrefix(x), min(x.count, y.count) >= 4 {
            return true
        }
        func once(_ f: FactConflicts.Fact<TimeFact>) -> Bool { all.filter { $0.article == f.article }.count == 1 }
        return once(a) && once(b) && a.payload.words.intersection(b.payload.words).count >= 2
    }
}
