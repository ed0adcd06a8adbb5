import Foundation
import HearsayText

/// What the clusterer compares: an article's weighted term counts and the years its lead
/// mentions. Terms are 64-bit hashes tagged with their kind, so that names can be told
/// from common words without keeping strings.
public struct ArticleTerms: Sendable, Equatable {
    /// Ascending term keys and their counts, already multiplied by the kind and title boosts.
    public var keys: [UInt64]
    public var counts: [Float]
    /// Years named near the top of the article, as a unit vector: the lead says when the
    /// event happened, later paragraphs recall older ones.
    public var years: SparseYears
    /// 0 for English (or a language without a lexicon), else an index into
    /// `FunctionWords.languages` plus one: words only agree within one language.
    public var language: UInt8
    /// The title's own terms and counts (ascending keys; empty without a title or when the
    /// configuration does not compare headlines).
    public var headlineKeys: [UInt64] = []
    public var headlineCounts: [Float] = []

    public init(keys: [UInt64], counts: [Float], years: SparseYears, language: UInt8 = 0) {
        self.keys = keys
        self.counts = counts
        self.years = years
        self.language = language
    }
}

/// The kind of a term, kept in the two low bits of its key.
public enum TermKind: UInt64, Sendable {
    case word = 0
    case entity = 1
    case phrase = 2
    case number = 3

    public static func of(_ key: UInt64) -> TermKind { TermKind(rawValue: key & 3)! }

    func key(_ hash: UInt64) -> UInt64 { (StableHash.mix(hash ^ salt) & ~3) | rawValue }

    /// Keeps "2008" the year apart from "2008" the count of something.
    var salt: UInt64 {
        switch self {
        case .word: 0
        case .entity: 0x5EED_0000_0000_0001
        case .phrase: 0x5EED_0000_0000_0002
        case .number: 0x5EED_0000_0000_0003
        }
    }
}

/// Turns a title and body into `ArticleTerms`.
///
/// Works on UTF-8 bytes: it runs on every article of a stream. It reads plain articles and
/// token-split corpora alike ("Reid 's" and "Reid's", "http : / / www . x . com / 2013 /"
/// and "http://www.x.com/2013/").
public struct TermExtractor: Sendable {
    public var entityBoost: Float
    public var titleBoost: Float
    public var numberBoost: Float
    public var yearBoost: Float
    public var phraseBoost: Float
    /// How many words from the top count as the lead, and how fast a year's weight fades
    /// with its position there.
    public var leadWords: Int
    public var leadDecay: Double
    public var foldSuffixes = false
    public var leadBoost: Float = 0
    public var leadSentences = 2
    public var surnameBoost: Float = 0
    /// Whether to read the title's terms apart as well (`ArticleTerms.headlineKeys`).
    public var headlines = false

    public init(configuration c: ClusterConfiguration) {
        headlines = c.headlineWeight != 0
        foldSuffixes = c.foldSuffixes
        leadBoost = c.leadBoost
        leadSentences = c.leadSentences
        surnameBoost = c.surnameBoost
        entityBoost = c.entityBoost
        titleBoost = c.titleBoost
        numberBoost = c.numberBoost
        yearBoost = c.yearBoost
        phraseBoost = c.phraseBoost
        leadWords = c.leadWords
        leadDecay = c.leadDecay
    }

    public func terms(title: String, body: String) -> ArticleTerms {
        let titleText = Tokenizer.scan(title)
        let bodyText = Tokenizer.scan(body)
        let language = Lexicon.language(of: (bodyText.tokens.isEmpty ? titleText : bodyText).tokens.prefix(400))
        let stop = Lexicon.stopwordsByLanguage[Int(language)]
        let entities = Self.entities(bodyText, stop: stop)
        var counts: [UInt64: Float] = [:]
        let surnames = surnameBoost > 0 ? Self.surnames(bodyText, entities: entities, stop: stop) : [:]
        add(bodyText, boost: 1, entities: entities, stop: stop, surnames: surnames, into: &counts)
        add(titleText, boost: titleBoost, entities: entities, stop: stop, surnames: surnames, into: &counts)
        if leadBoost > 0 {
            var lead = bodyText
            lead.sentences = Array(lead.sentences.prefix(leadSentences))
            add(lead, boost: leadBoost, entities: entities, stop: stop, surnames: surnames, into: &counts)
        }
        let keys = counts.keys.sorted()
        var out = ArticleTerms(
            keys: keys, counts: keys.map { counts[$0]! },
            years: leadYears(titleText.tokens + bodyText.tokens), language: language)
        if headlines && !titleText.tokens.isEmpty {
            var headline: [UInt64: Float] = [:]
            add(titleText, boost: 1, entities: entities, stop: stop, surnames: surnames, into: &headline)
            out.headlineKeys = headline.keys.sorted()
            out.headlineCounts = out.headlineKeys.map { headline[$0]! }
        }
        return out
    }

    /// Capitalised words that are names rather than sentence openers or headline style:
    /// inside a sentence, or opening one and followed by another capitalised word.
    static func entities(_ text: ScannedText, stop: Set<UInt64>) -> Set<UInt64> {
        var out = Set<UInt64>()
        for sentence in text.sentences where !isHeadlineStyle(text.tokens[sentence], stop: stop) {
            for k in sentence {
                let t = text.tokens[k]
                guard t.capitalised, !t.digits, !stop.contains(t.hash),
                      !Lexicon.calendarWords.contains(t.hash)
                else { continue }
                if k > sentence.lowerBound {
                    out.insert(t.hash)
                } else if k + 1 < sentence.upperBound {
                    let next = text.tokens[k + 1]
                    if next.capitalised && !stop.contains(next.hash) { out.insert(t.hash) }
                }
            }
        }
        return out
    }

    /// Most content words capitalised: a headline or a title-case line, where capitals say
    /// nothing about names.
    static func isHeadlineStyle(_ tokens: ArraySlice<Token>, stop: Set<UInt64>) -> Bool {
        var content = 0, capitalised = 0
        for t in tokens where !t.digits && !stop.contains(t.hash) {
            content += 1
            if t.capitalised { capitalised += 1 }
        }
        return content >= 3 && Double(capitalised) >= 0.7 * Double(content)
    }

    /// The last word of each two-word (or longer) name in the text, mapped to that name's
    /// phrase key (its last two words).
    static func surnames(_ text: ScannedText, entities: Set<UInt64>, stop: Set<UInt64>) -> [UInt64: UInt64] {
        var out: [UInt64: UInt64] = [:]
        for sentence in text.sentences {
            var previous: UInt64?
            for k in sentence {
                let t = text.tokens[k]
                if !t.digits && t.capitalised && !stop.contains(t.hash) && t.length >= 2 && entities.contains(t.hash) {
                    if let p = previous { out[t.hash] = TermKind.phrase.key(StableHash.mix(p) ^ t.hash) }
                    previous = t.hash
                } else {
                    previous = nil
                }
            }
        }
        return out
    }

    func add(_ text: ScannedText, boost: Float, entities: Set<UInt64>, stop: Set<UInt64>, surnames: [UInt64: UInt64] = [:], into counts: inout [UInt64: Float]) {
        for sentence in text.sentences {
            var previousEntity: UInt64?
            for k in sentence {
                let t = text.tokens[k]
                if stop.contains(t.hash) || (t.length < 2 && !t.digits) {
                    previousEntity = nil
                    continue
                }
                if t.digits {
                    if let year = t.year {
                        counts[TermKind.number.key(UInt64(year) | 1 << 40), default: 0] += boost * yearBoost
                    } else if numberBoost > 0 {
                        counts[TermKind.number.key(t.hash), default: 0] += boost * numberBoost
                    }
                    previousEntity = nil
                } else if t.capitalised && entities.contains(t.hash) {
                    counts[TermKind.entity.key(t.hash), default: 0] += boost * entityBoost
                    if previousEntity == nil, surnameBoost > 0, let phrase = surnames[t.hash] {
                        let next = k + 1 < sentence.upperBound ? text.tokens[k + 1] : nil
                        let alone = next.map { !($0.capitalised && !$0.digits && entities.contains($0.hash) && !stop.contains($0.hash)) } ?? true
                        if alone { counts[phrase, default: 0] += boost * surnameBoost }
                    }
                    if let p = previousEntity, phraseBoost > 0 {
                        counts[TermKind.phrase.key(StableHash.mix(p) ^ t.hash), default: 0] += boost * phraseBoost
                    }
                    previousEntity = t.hash
                } else {
                    counts[TermKind.word.key(foldSuffixes ? t.root : t.stem), default: 0] += boost
                    previousEntity = nil
                }
            }
        }
    }

    func leadYears(_ tokens: [Token]) -> SparseYears {
        var weights: [Int16: Double] = [:]
        for (position, t) in tokens.prefix(leadWords).enumerated() {
            if let y = t.year { weights[y, default: 0] += exp(-Double(position) / leadDecay) }
        }
        return SparseYears(weights)
    }
}

/// A word as the scanner saw it.
struct Token: Sendable {
    /// FNV-1a of the lower-cased word, and of its light stem ("rules" -> "rule").
    var hash: UInt64
    var stem: UInt64
    /// FNV-1a of its root (`Tokenizer.root`: suffixes folded too), for common words.
    var root: UInt64
    var length: Int
    var capitalised: Bool
    var digits: Bool
    /// 1900-2099 written as four digits.
    var year: Int16?
}

struct ScannedText: Sendable {
    var tokens: [Token] = []
    /// Token ranges, one per sentence.
    var sentences: [Range<Int>] = []
}

/// Splits text into lower-cased word tokens and sentences, in one pass over its UTF-8 bytes.
enum Tokenizer {
    static func scan(_ text: String) -> ScannedText {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    /// The web-address states: the scheme and host are skipped, the path's words kept.
    enum URLState { case none, host, path }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ScannedText {
        var out = ScannedText()
        var sentenceStart = 0
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var capitalised = false
        var apostrophe: Int?
        var url = URLState.none

        func endSentence() {
            if out.tokens.count > sentenceStart { out.sentences.append(sentenceStart..<out.tokens.count) }
            sentenceStart = out.tokens.count
        }
        func flush() {
            defer {
                word.removeAll(keepingCapacity: true)
                apostrophe = nil
            }
            if let a = apostrophe, word.count == a + 1, word[a] == UInt8(ascii: "s") { word.removeLast() }
            guard !word.isEmpty else { return }
            let hash = StableHash.fnv1a(word)
            if Lexicon.urlOpeners.contains(hash) {
                url = .host
                return
            }
            if url == .host { return }
            out.tokens.append(token(word, hash: hash, capitalised: capitalised))
        }

        // French and Italian elide an article or pronoun into the next word ("l'incendie",
        // "dell'anno"): the word is what follows. Elsewhere the apostrophe stays inside it.
        func apostropheInWord() {
            if Lexicon.elisions.contains(StableHash.fnv1a(word)) {
                word.removeAll(keepingCapacity: true)
            } else if apostrophe == nil {
                apostrophe = word.count
            }
        }

        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if isASCIILetterOrDigit(b) {
                    if word.isEmpty { capitalised = b >= 65 && b <= 90 }
                    word.append(b >= 65 && b <= 90 ? b + 32 : b)
                    i += 1
                    continue
                }
                if b == UInt8(ascii: "'"), !word.isEmpty, i + 1 < n, isASCIILetterOrDigit(bytes[i + 1]) || bytes[i + 1] >= 0x80 {
                    apostropheInWord()
                    i += 1
                    continue
                }
                flush()
                switch b {
                case UInt8(ascii: "\n"):
                    url = .none
                    endSentence()
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    if url == .none { endSentence() }
                case UInt8(ascii: "/") where url == .host:
                    var j = i + 1
                    while j < n && bytes[j] == UInt8(ascii: " ") { j += 1 }
                    if j < n && bytes[j] == UInt8(ascii: "/") {
                        i = j
                    } else {
                        url = .path
                    }
                default:
                    break
                }
                i += 1
                continue
            }
            let (scalar, width) = decode(bytes, at: i)
            if scalar == "\u{2019}", !word.isEmpty, i + width < n, isASCIILetterOrDigit(bytes[i + width]) {
                apostropheInWord()
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if word.isEmpty { capitalised = scalar.properties.isUppercase }
                for l in scalar.properties.lowercaseMapping.utf8 { word.append(l) }
            } else {
                flush()
            }
            i += width
        }
        flush()
        endSentence()
        return out
    }

    static func token(_ word: [UInt8], hash: UInt64, capitalised: Bool) -> Token {
        let digits = word.allSatisfy { $0 >= 48 && $0 <= 57 }
        var year: Int16?
        if digits && word.count == 4 {
            let v = word.reduce(0) { $0 * 10 + Int($1 - 48) }
            if v >= 1900 && v <= 2099 { year = Int16(v) }
        }
        let light = digits ? word[...] : stem(word)
        return Token(
            hash: hash, stem: digits ? hash : StableHash.fnv1a(light), root: digits ? hash : StableHash.fnv1a(root(light)),
            length: word.count,
            capitalised: capitalised && !digits, digits: digits, year: year)
    }

    /// Plural to singular, the only inflection that splits a story's vocabulary often
    /// ("rules"/"rule", "injuries"/"injury"); words in -ss, -us, -is keep their s.
    static func stem(_ w: [UInt8]) -> ArraySlice<UInt8> {
        let n = w.count
        if n > 4 && w[n - 3] == UInt8(ascii: "i") && w[n - 2] == UInt8(ascii: "e") && w[n - 1] == UInt8(ascii: "s") {
            return w[0..<(n - 3)] + [UInt8(ascii: "y")]
        }
        if n > 3 && w[n - 1] == UInt8(ascii: "s") {
            let before = w[n - 2]
            if before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i") {
                return w[0..<(n - 1)]
            }
        }
        return w[...]
    }

    /// A light stem's root: -ment, -ation/-ion, -ing, -ed (with a doubled consonant undone),
    /// then a final -e or -y, so "evacuate", "evacuated", "evacuating", "evacuation" meet.
    /// Every word of every article comes through here: the root is a narrower slice of the
    /// same bytes, with nothing allocated.
    static func root(_ w: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let start = w.startIndex
        var end = w.endIndex
        func ends(_ suffix: [UInt8]) -> Bool {
            end - start >= suffix.count && w[(end - suffix.count)..<end].elementsEqual(suffix)
        }
        func undouble() {
            if end - start >= 4, w[end - 1] == w[end - 2], !undoubled.contains(w[end - 1]) { end -= 1 }
        }
        let n = end - start
        if ends(ment) && n - 4 >= 4 {
            end -= 4
        } else if ends(ation) && n - 5 >= 3 {
            end -= 3
        } else if ends(ion) && n - 3 >= 4 {
            end -= 3
        } else if ends(ing) && n - 3 >= 3 {
            end -= 3
            undouble()
        } else if ends(ied) && n - 3 >= 2 {
            end -= 3
        } else if ends(ed) && n - 2 >= 3 {
            end -= 2
            undouble()
        }
        if end - start >= 4, [UInt8(ascii: "e"), UInt8(ascii: "y"), UInt8(ascii: "i")].contains(w[end - 1]) { end -= 1 }
        return w[start..<end]
    }

    static let (ment, ation, ion, ing, ied, ed) = (Array("ment".utf8), Array("ation".utf8), Array("ion".utf8), Array("ing".utf8), Array("ied".utf8), Array("ed".utf8))
    /// Letters whose doubling a suffix does not make ("fall", "miss", "buzz", "free").
    static let undoubled = Array("aeiouylsz".utf8)

    @inline(__always)
    static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
    }

    /// One scalar from well-formed UTF-8 (Swift strings always are).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        let width = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        guard i + width <= bytes.count else { return (" ", 1) }
        var v = b0 & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { v = v << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (Unicode.Scalar(v) ?? " ", width)
    }
}
