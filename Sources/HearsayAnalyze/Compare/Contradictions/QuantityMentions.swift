import HearsayText

/// A number an article states about something: a percentage, a sum of money, a count,
/// a measure or a person's age, normalised so that "100%" and "100 per cent", "$3bn" and
/// "$3 billion", "5 miles" and "8 km" compare equal.
struct QuantityMention: Sendable, Hashable {
    enum Kind: Hashable, Sendable {
        case percentage
        case percentagePoints
        case money(currency: String)
        case measure(dimension: String)
        case count
        case age
    }

    var kind: Kind
    /// In base units: a fraction of 100 for percentages, currency units, metres,
    /// kilograms, or the plain count.
    var value: Double
    /// Half the last significant place of the number as written ("40,000" -> 5,000;
    /// "3.2" -> 0.05), in base units: a smaller difference is a rounding variant.
    var roundingTolerance: Double
    enum Bound: Sendable, Hashable { case exact, approximate, atLeast, atMost }

    /// "about 40" is an estimate, "at least 40" a floor, "up to 40" a ceiling.
    var bound: Bound
    /// The thing counted or measured, singular and lower-case ("tariff", "job"); for an
    /// age, the person's name.
    var head: String
    /// The head as written with what qualifies it, for display ("tariff on Chinese
    /// imports").
    var label: String
    /// Topic words of the clause around the number, for telling whether two mentions
    /// speak of the same thing.
    var window: Set<String>
    /// Capitalised words near the number that are not dates ("China", "Acme"): two
    /// numbers about different places or companies are different facts.
    var entities: Set<String>
    /// The capitalised name that opens the number's clause ("Tom Hale scored 14
    /// points"): numbers credited to different names are different facts.
    var clauseSubject: Set<String>
    /// The number as written with its unit ("100 per cent", "$3bn").
    var text: String
    var range: Range<Int>
}

enum QuantityMentions {
    static let multipliers: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "m": 1e6, "bn": 1e9,
        "b": 1e9, "k": 1e3, "tn": 1e12, "trn": 1e12,
    ]
    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY/CNY", "₹": "INR"]
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR", "pound": "GBP",
        "pounds": "GBP", "gbp": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rmb": "CNY",
        "yen": "JPY", "jpy": "JPY", "rupee": "INR", "rupees": "INR", "inr": "INR", "franc": "CHF", "francs": "CHF",
    ]
    /// Units to base units: metres, kilograms, litres, square metres.
    static let units: [String: (String, Double)] = [
        "km": ("length", 1000), "kilometre": ("length", 1000), "kilometres": ("length", 1000),
        "kilometer": ("length", 1000), "kilometers": ("length", 1000), "mile": ("length", 1609.344),
        "miles": ("length", 1609.344), "m": ("length", 1), "metre": ("length", 1), "metres": ("length", 1),
        "meter": ("length", 1), "meters": ("length", 1), "ft": ("length", 0.3048), "foot": ("length", 0.3048),
        "feet": ("length", 0.3048), "kg": ("mass", 1), "kilogram": ("mass", 1), "kilograms": ("mass", 1),
        "tonne": ("mass", 1000), "tonnes": ("mass", 1000), "ton": ("mass", 907.185), "tons": ("mass", 907.185),
        "lb": ("mass", 0.453592), "lbs": ("mass", 0.453592), "pound-weight": ("mass", 0.453592),
        "litre": ("volume", 1), "litres": ("volume", 1), "liter": ("volume", 1), "liters": ("volume", 1),
        "gallon": ("volume", 3.78541), "gallons": ("volume", 3.78541), "mph": ("speed", 0.44704),
        "km/h": ("speed", 0.277778), "kph": ("speed", 0.277778),
    ]
    static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "hundred": 100, "dozen": 12,
    ]
    /// Prepositions and adverbs that follow a number without being what it counts.
    static let notHeads: Set<String> = [
        "since", "per", "via", "despite", "according", "amid", "among", "toward", "towards", "across", "within",
        "without", "around", "near", "like", "unlike", "including", "compared", "ago", "apiece", "each", "annually",
        "respectively", "last", "next", "earlier", "later", "already", "alone", "overall", "total", "altogether",
    ]
    static let approximators: Set<String> = [
        "about", "around", "approximately", "roughly", "nearly", "almost", "some", "estimated", "circa", "approx",
    ]
    static let floors: Set<String> = ["least", "over", "above", "exceeding", "upwards", "excess", "minimum"]
    static let ceilings: Set<String> = ["to", "under", "below", "most", "maximum", "fewer", "less", "many"]
    static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}", "and", "while", "but", "whereas", "which", "who"]

    /// The words just before a number that qualify it: "at least", "more than", "up
    /// to", "fewer than", "about".
    static func bound(_ t: [WordToken], before start: Int) -> QuantityMention.Bound {
        let w1 = start > 0 ? t[start - 1].lower : "", w2 = start > 1 ? t[start - 2].lower : ""
        if w1 == "than" { return ["more", "greater", "higher"].contains(w2) ? .atLeast : .atMost }
        if w1 == "of" && ["upwards", "excess", "minimum"].contains(w2) { return .atLeast }
        if w1 == "of" && w2 == "maximum" { return .atMost }
        if w1 == "to" && w2 == "close" { return .approximate }
        if w1 == "to" && w2 != "up" { return .exact }
        if w1 == "many" && w2 == "as" { return .atMost }
        if floors.contains(w1) { return .atLeast }
        if ceilings.contains(w1) && w1 != "many" { return .atMost }
        if approximators.contains(w1) || (w1 == "an" && w2 == "estimated") { return .approximate }
        return .exact
    }

    /// The first capitalised name in the clause before the number, as lower-case words.
    static func clauseSubject(_ t: [WordToken], before start: Int) -> Set<String> {
        var b = start - 1
        while b >= 0, !clauseBreaks.contains(t[b].lower) { b -= 1 }
        var k = b + 1
        while k < start {
            let tok = t[k]
            if tok.isWord, tok.isCapitalized, !(k == 0 && RoleMentions.isSentenceOpener(tok.text)),
                !StoryMentions.isDateWord(tok.lower), !RoleMentions.isLexiconWord(tok)
            {
                var words: Set<String> = []
                while k < start, t[k].isWord, t[k].isCapitalized {
                    words.insert(RoleMentions.stripPossessive(t[k].text).lowercased())
                    k += 1
                }
                return words
            }
            k += 1
        }
        return []
    }

    static func find(in t: [WordToken], text: [Unicode.Scalar], skipping dates: [Range<Int>]) -> [QuantityMention] {
        var out: [QuantityMention] = []
        var i = 0
        while i < t.count {
            if let m = mention(t, at: i, text: text, dates: dates) {
                out.append(m.0)
                i = m.1
            } else {
                i += 1
            }
        }
        return out
    }

    static func mention(_ t: [WordToken], at i: Int, text: [Unicode.Scalar], dates: [Range<Int>]) -> (QuantityMention, Int)? {
        guard let (number, glued, afterNumber) = number(t, at: i) else { return nil }
        if dates.contains(where: { $0.overlaps(t[i].range) }) || isTimeScoreOrRank(t, i) { return nil }
        // Ages: "Hale, 62," and "62-year-old Hale".
        if let age = age(t, at: i, number: number) {
            // The value shown is the number alone, whatever the pattern around it.
            return (mention(kind: .age, value: number, tolerance: 0.5, head: (age.name, nil), t, i, i + 1, text), age.end)
        }
        var j = afterNumber
        var value = number
        var tolerance = roundingTolerance(t[i].text, number)
        var start = i
        var kind: QuantityMention.Kind = .count
        // Currency before the number: "$3", "US$3", "€3", "USD 3".
        if i > 0, let c = currencySymbols[t[i - 1].text] {
            let us = i > 1 && t[i - 2].text == "US"
            kind = .money(currency: us ? "USD" : c)
            start = us ? i - 2 : i - 1
        } else if i > 0, let c = currencyWords[t[i - 1].lower], t[i - 1].text == t[i - 1].text.uppercased() {
            kind = .money(currency: c)
            start = i - 1
        }
        var scaled = false
        func scale(_ f: Double) {
            value *= f
            tolerance *= f
        }
        if let suffix = glued {
            // "£60m" is money, "60m" a height: a glued "m" means million only after a currency.
            if let f = multipliers[suffix], suffix != "m" || kind != .count {
                scale(f)
                scaled = true
            } else if let (dimension, factor) = units[suffix] {
                scale(factor)
                kind = .measure(dimension: dimension)
            } else {
                return nil
            }
        } else if j < t.count, let f = multipliers[t[j].lower], t[j].lower.count > 1 {
            scale(f)
            scaled = true
            j += 1
        }
        if case .count = kind, j < t.count {
            let w = t[j].lower
            if t[j].text == "%" || w == "percent" || w == "pct" {
                j += 1
                kind = .percentage
            } else if w == "per", j + 1 < t.count, t[j + 1].lower == "cent" {
                j += 2
                kind = .percentage
            } else if w == "percentage", j + 1 < t.count, t[j + 1].lower.hasPrefix("point") {
                j += 2
                kind = .percentagePoints
            } else if let c = currencyWords[w] {
                j += 1
                kind = .money(currency: c)
            } else if let (dimension, factor) = units[w] ?? hyphenUnit(t, j) {
                j += t[j].text == "-" ? 2 : 1
                kind = .measure(dimension: dimension)
                scale(factor)
            }
        }
        // Four-digit whole numbers without a unit are years, not quantities.
        if case .count = kind, !scaled, number >= 1000, number <= 2200, number == number.rounded(), !t[i].text.contains(",") {
            return nil
        }
        let head: (String, Int?)
        if j + 1 < t.count, t[j].text == "-", t[j + 1].isWord {
            // A compound adjective names what is counted: "a 6.1-magnitude quake".
            head = (lemma(t[j + 1].lower), j + 1)
        } else {
            let plural: Bool
            if case .count = kind { plural = value > 1 } else { plural = false }
            guard let h = self.head(t, after: j, before: start, plural: plural) else { return nil }
            head = h
        }
        var m = mention(kind: kind, value: value, tolerance: tolerance, head: head, t, start, j, text)
        m.bound = bound(t, before: start)
        return (m, j)
    }

    static func hyphenUnit(_ t: [WordToken], _ j: Int) -> (String, Double)? {
        guard t[j].text == "-", j + 1 < t.count else { return nil }
        return units[t[j + 1].lower]
    }

    static func mention(
        kind: QuantityMention.Kind, value: Double, tolerance: Double, head: (String, Int?), _ t: [WordToken], _ start: Int,
        _ end: Int, _ text: [Unicode.Scalar]
    ) -> QuantityMention {
        let range = t[start].range.lowerBound..<t[max(start, end - 1)].range.upperBound
        let lo = max(0, start - 6), hi = min(t.count, end + 6)
        let near = t[lo..<hi].filter { $0.isWord && !Tokens.stopwords.contains($0.lower) && numberWords[$0.lower] == nil }
        let window = Set(near.map { lemma($0.lower) })
        let entities = Set(
            near.filter { $0.isCapitalized && $0.range.lowerBound != t[0].range.lowerBound && !StoryMentions.isDateWord($0.lower) }
                .map { RoleMentions.stripPossessive($0.text) })
        return QuantityMention(
            kind: kind, value: value, roundingTolerance: tolerance, bound: .exact, head: head.0,
            label: head.1.map { $0 < start ? backwardLabel(t, $0) : label(t, $0) } ?? head.0, window: window, entities: entities, clauseSubject: clauseSubject(t, before: start),
            text: WordTokens.string(text, range), range: range)
    }

    /// A number token ("4,000", "3.5", "5bn") or a number word ("four"): its value, a
    /// glued multiplier, and the index after it.
    static func number(_ t: [WordToken], at i: Int) -> (Double, String?, Int)? {
        let tok = t[i]
        if tok.isNumber {
            guard let v = Double(tok.text.replacingOccurrences(",", "")) else { return nil }
            return (v, nil, i + 1)
        }
        if tok.isWord, let first = tok.text.unicodeScalars.first, WordTokens.isDigit(first) {
            let digits = String(tok.text.prefix { $0.isNumber || $0 == "." || $0 == "," })
            let suffix = String(tok.text.dropFirst(digits.count)).lowercased()
            guard multipliers[suffix] != nil || units[suffix] != nil, let v = Double(digits.replacingOccurrences(",", "")) else {
                return nil
            }
            return (v, multipliers[suffix] != nil ? suffix : nil, i + 1)
        }
        if tok.isWord, let v = numberWords[tok.lower], !tok.isCapitalized || i == 0 { return (v, nil, i + 1) }
        return nil
    }

    static let clockWords: Set<String> = ["am", "pm", "a", "p", "gmt", "utc", "bst", "est", "edt", "cet", "pst", "pdt", "hrs", "h"]

    /// "7 p.m.", "10:30", scores and ranges ("24-17", "3-1"), ranks ("No. 3", "#1"),
    /// digits joined by slashes (dates such as "08/11/14", "24/7", "9/11"): numbers
    /// that are not amounts.
    static func isTimeScoreOrRank(_ t: [WordToken], _ i: Int) -> Bool {
        if i + 1 < t.count {
            let next = t[i + 1].text
            if clockWords.contains(t[i + 1].lower) && t[i + 1].range.lowerBound - t[i].range.upperBound <= 1 { return true }
            if next == ":" || ((next == "-" || next == "\u{2013}" || next == "/") && i + 2 < t.count && t[i + 2].isNumber) { return true }
        }
        if i > 0 {
            let prev = t[i - 1].text
            if prev == ":" || prev == "#" || ((prev == "-" || prev == "\u{2013}" || prev == "/") && i > 1 && t[i - 2].isNumber) { return true }
            if i > 1, t[i - 1].text == ".", t[i - 2].lower == "no" { return true }
        }
        return false
    }

    /// "Hale, 62," or "62-year-old": the person's name and the end of the mention.
    static func age(_ t: [WordToken], at i: Int, number: Double) -> (name: String, end: Int)? {
        guard number >= 1 && number < 120, number == number.rounded(), t[i].isNumber else { return nil }
        if i + 2 < t.count, t[i + 1].text == "-", t[i + 2].lower == "year-old" {
            guard let name = RoleMentions.nameRun(t, at: i + 3) else { return nil }
            return (name.text, name.end)
        }
        guard i >= 2, t[i - 1].text == ",", i + 1 < t.count, [",", ")", "."].contains(t[i + 1].text) else { return nil }
        var k = i - 2
        while k > 0, t[k - 1].isWord, t[k - 1].isCapitalized { k -= 1 }
        guard t[i - 2].isWord, t[i - 2].isCapitalized, let name = RoleMentions.nameRun(t, at: k), name.end == i - 1 else { return nil }
        return (name.text, i + 2)
    }

    /// The thing a number counts: the noun after it ("100% tariff", "4,000 new jobs"),
    /// else the content word before it ("tariffs of 100%", "rose 5%").
    static func head(_ t: [WordToken], after j: Int, before start: Int, plural: Bool) -> (String, Int?)? {
        var k = j
        var run: [Int] = []
        while k < t.count, k < j + 4, t[k].isWord, !t[k].isCapitalized || k == j,
            !Tokens.stopwords.contains(t[k].lower), !notHeads.contains(t[k].lower), numberWords[t[k].lower] == nil
        {
            run.append(k)
            k += 1
        }
        // More than one of something is a plural noun: the first plural word is the
        // head ("four sources familiar with", "4,000 new jobs"); else the first word.
        if let h = plural ? run.first(where: { isPlural(t[$0].lower) }) ?? run.first : run.first {
            return (lemma(t[h].lower), h)
        }
        var b = start - 1
        while b >= 0, t[b].isWord,
            Tokens.stopwords.contains(t[b].lower) || approximators.contains(t[b].lower) || floors.contains(t[b].lower)
                || ceilings.contains(t[b].lower)
        { b -= 1 }
        guard b >= 0, t[b].isWord else { return nil }
        return (lemma(t[b].lower), b)
    }

    /// For a head found before the number ("a deal that could be worth $2bn"), the topic
    /// word before it as well: "deal worth".
    static func backwardLabel(_ t: [WordToken], _ h: Int) -> String {
        var b = h - 1
        while b >= 0, b >= h - 4, t[b].isWord, Tokens.stopwords.contains(t[b].lower) { b -= 1 }
        guard b >= 0, b >= h - 4, t[b].isWord else { return t[h].text }
        return t[b].text + " " + t[h].text
    }

    static let labelPrepositions: Set<String> = [
        "on", "of", "in", "for", "at", "from", "to", "off", "behind", "ahead", "above", "below", "over", "under", "into",
    ]

    /// The head word and the prepositional phrase after it, up to five words.
    static func label(_ t: [WordToken], _ h: Int) -> String {
        var words = [t[h].text]
        guard h + 1 < t.count, labelPrepositions.contains(t[h + 1].lower) else { return words[0] }
        var k = h + 1
        var sawName = false
        while k < t.count, t[k].isWord, words.count < 6 {
            let stops = labelPrepositions.contains(t[k].lower) || Tokens.stopwords.contains(t[k].lower)
            if k > h + 1 && stops && !t[k].isCapitalized && t[k].lower != "the" { break }
            // A name ends the phrase: "trips to China", not "trips to China the last".
            if sawName && !t[k].isCapitalized { break }
            sawName = sawName || t[k].isCapitalized
            words.append(t[k].text)
            k += 1
        }
        if words.count == 2 { words.removeLast() }
        return words.joined(separator: " ")
    }

    static func roundingTolerance(_ written: String, _ value: Double) -> Double {
        let digits = written.filter { $0.isNumber || $0 == "." }
        if let dot = digits.firstIndex(of: ".") {
            let decimals = digits.distance(from: dot, to: digits.endIndex) - 1
            return 0.5 * pow10(-decimals)
        }
        // Trailing zeros may be rounding, but "100" is as often exact as rounded: trust
        // all but the last zero ("40,000" stands for 39,500-40,499).
        let trailingZeros = min(digits.reversed().prefix { $0 == "0" }.count, max(0, digits.count - 1))
        return 0.5 * pow10(max(0, trailingZeros - 1))
    }

    static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(n) { r *= 10 }
        return n < 0 ? 1 / r : r
    }

    static func isPlural(_ w: String) -> Bool { lemma(w) != w }

    /// Singular of a plural noun, by the commonest English rules.
    static func lemma(_ w: String) -> String {
        if w.count > 4 && w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
            return String(w.dropLast())
        }
        return w
    }
}

extension String {
    func replacingOccurrences(_ a: Character, _ b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}
