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

        var isMeasure: Bool {
            if case .measure = self { return true }
            return false
        }

        var isMoney: Bool {
            if case .money = self { return true }
            return false
        }
    }

    var kind: Kind
    /// In base units: a fraction of 100 for percentages, currency units, metres,
    /// kilograms, or the plain count.
    var value: Double
    /// Half the last significant place of the number as written ("40,000" -> 5,000;
    /// "3.2" -> 0.05), in base units: a smaller difference is a rounding variant.
    var roundingTolerance: Double
    enum Bound: Sendable, Hashable { case exact, approximate, nearly, atLeast, atMost, range }

    /// "about 40" is an estimate, "nearly 40" an estimate from below, "at least 40" a
    /// floor, "up to 40" a ceiling, "between 40 and 50" a range up to `upper`.
    var bound: Bound
    /// The top of a range; the value itself otherwise.
    var upper: Double
    /// How far above the written number a price may lie: "$349" is the price a headline
    /// rounds to "$350" (one unit of its last place for prices ending in 9).
    var upperSlack: Double = 0
    /// The group a count measures the size of ("a team of 11 engineers"): two counts of
    /// one kind of group and member are the same fact however the sentences differ.
    var collective: String?
    /// For a sum, the words that qualify its thing ("gold" in "the gold variant will
    /// cost"), for a share those of its whole ("aggregate" in "32 percent of aggregate
    /// traffic"): empty when the thing is named without any.
    var modifiers: Set<String> = []
    /// For a count, the words that qualify its noun between the number and the noun, in
    /// their base form ("registered", "breeding" in "1,140 registered breeding ewes";
    /// "overnight" in "4,100 overnight stays"): a count of the noun so qualified in two
    /// outlets counts one set of things (`ContradictionFinder.sameQualifiedCount`).
    var qualifiers: Set<String> = []
    /// The qualifying words as written, in order ("registered breeding").
    var qualifierText: String?
    /// The sum is the price of the object of a verb of sale ("sell X to Y for €2m"):
    /// the thing is named, so the name that opens the clause says nothing of it.
    var objectOfSale = false
    /// For a running count of people ("eight people died", "40 injured", "12 missing"),
    /// what happened to them: "death", "injury", "missing", "rescue", "arrest",
    /// "evacuation". Counts of two such happenings are two facts, however alike their
    /// sentences ("12 dead and 40 injured"), and such a count may rise from one day's
    /// reports to the next without contradicting them.
    var tally: String?
    /// The publication day of the article that states it.
    var published: DateSpan?
    /// For a count, the stem of the verb whose object it is ("recall" in "is recalling
    /// a whopping 210,000 seats"): one company doing one thing to one kind of thing.
    var verb: String?
    /// For a count, the word before it that governs it, as written ("bought", "lists").
    var governor: String?
    /// A span told with "by" ("delayed by six weeks"): how far something moved in time,
    /// not how long a happening lasted.
    var shift = false
    /// For a count, the move it is the object of, one word for verbs and nouns of one
    /// meaning ("cut" for "axing 2,500", "slashed 300", "400 job cuts"): `CountedMoves`.
    var move: String?
    /// Capitalised words of the clause before the number, past appositions ("Nordavia,
    /// the carrier, is to cut"; "Struggling airline Nordavia will axe"): who does it.
    var clauseNames: Set<String> = []
    /// "Shared 31,000 times", "viewed 2 million times": how often a post or clip was
    /// passed on or seen (the head is the act: "share", "view"). A story about one viral
    /// item gives one such count per act, so two outlets' counts are one fact.
    var engagement = false
    /// A sum paid for a service or a deal ("a £4m fee", "a £2.5m deal", "agreed to
    /// play for £2.5m"): the head is "payment", and the sentence's topic words
    /// (`sentenceWords`) tell whether two outlets' sums are the price of one deal.
    var payment = false
    var sentenceWords: Set<String> = []
    /// The value word that ties a sum to the thing it is of, in its base form ("cost" in
    /// "repairs to the hull will cost $2m"): the head is then that thing.
    var pricedBy: String?
    /// A figure that comes after another of the same thing: an increment ("fell a
    /// further 4 percent", "another 300 jobs") or a revision ("raised its offer to 4.5
    /// percent", "would now recall 52,000"). It is no other measure of the first figure,
    /// so only figures that also follow one are set against it.
    var follows = false
    /// A change told for a past period ("rose 4.8 percent last year"): background, set
    /// only against other past periods' figures (`QuantityMentions.pastPeriod`).
    var pastPeriod = false
    /// The span a change is told over ("fallen 31 per cent in the past 24 hours", "risen 11
    /// percent since the first report"), lower-case: a running total
    /// over its own span, no other telling of a day's move nor of a total over another span.
    var changeSpan: String?
    /// Said of the worst moment of something that changes ("more than 40 ships waited at
    /// the height of the strike"): no figure for another moment contradicts it.
    var peak = false
    /// Told of the present in so many words ("around 38,000 homes are on it now"): a
    /// state that changes, which another outlet's figure of a past moment does not contradict.
    var current = false
    /// The object of a having verb ("the firm has 140 developers"): all its subject holds.
    var held = false
    /// A count written as a compound adjective is the size of the noun it qualifies ("the
    /// 1,800-home scheme", "a 500-bed Riverside hospital": "scheme", "hospital").
    var sizeOf: String?
    /// For a span of time, the stems of what lasts so long ("banned for four years": "ban";
    /// "the outage lasted nine hours", "a nine-hour outage": "out"; "eight years of
    /// marriage", "married for seven years": "marri"); the value is then in days and the
    /// head "duration", so "three weeks" and "21 days" are one length.
    var lasting: Set<String>?
    /// The figure is one the article says is wrong ("3,200 members, not 3,500"): the
    /// index, among the story's quantities, of the figure it gives instead.
    var rejectedFor: Int?
    /// Mentions a correction ties together: the corrected figure and the figures other
    /// outlets printed that it rejects are one fact, however their sentences read.
    var thread: Int?
    /// An age told of "the 31-year-old" with no name: the head is the one the sentence
    /// before named first, which counts only when the story knows that one as a person.
    /// So too an age after a sentence's first word ending in -ly ("Emberly, 64,"), which
    /// may be an adverb.
    var referredBack = false
    /// For an age referred back: the other names it may refer to, in order, should the
    /// head be no person of the story.
    var otherReferents: [String] = []
    /// For an age referred back, the title the epithet gives ("the 58-year-old king",
    /// "the 44-year-old Minister"): the one person of the story holding it is meant.
    var epithetTitle: String?
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
    /// Whose figure it is, for the subject a contradiction is shown under: the first run
    /// of capitalised words of the clause before the number ("Shares in Eldhøj Pharma
    /// fell": "Eldhøj Pharma"; one word that only opens the clause is none),
    /// else the words a determiner opens the clause with, short of its verb ("The ferry
    /// carries 2,100 cars": "ferry").
    var ownerName: String?
    var ownerNoun: String?
    /// The one capitalised word a clause opens with ("where Hale is up by 78 votes"),
    /// which `ownerName` leaves out ("Officials said"): whose figure it is only when the
    /// story knows it as a person.
    var openingName: String?
    /// A count right after a possessive ("its three elephants", "Lamm's 12 horses") is
    /// all its owner holds of the thing: the owner's words (the possessor, or for a
    /// pronoun the first name of the sentence), lower-case; nil for other figures.
    var holder: Set<String>?
    /// The holder is a definite description ("the mine, which employs 420 people", "the
    /// site's 140 workers"), not a name: it refers back to the body the story is about.
    var holderDescribed = false
    /// The holder's name as written, when the sentence writes it.
    var holderShown: String?
    /// The count is the whole another count of its sentence is part of ("14 of its 38
    /// shops": 38): a total, no other telling of the part.
    var whole = false
    /// A sum told for each of something: `.period` ("£30,000 a year", "€12 a day"), `.unit`
    /// ("€8 per adult", "€3,000 a hectare", "an average of £9,000"); nil for a total.
    var rate: QuantityMentions.Rate?
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
        "chf": "CHF", "cad": "CAD", "aud": "AUD", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    ]
    /// A country's adjective before a currency word ("Swiss francs", "Canadian dollars")
    /// names the currency; these confirm the code the word alone stands for, any other
    /// makes a currency of its own, so "Canadian dollars" never meet "US dollars".
    static let currencyCountries: [String: String] = [
        "swiss": "CHF", "us": "USD", "u.s.": "USD", "american": "USD", "british": "GBP", "chinese": "CNY",
        "japanese": "JPY", "indian": "INR",
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
        "km/h": ("speed", 0.277778), "kph": ("speed", 0.277778), "hectare": ("area", 10000), "hectares": ("area", 10000),
        "acre": ("area", 4046.856), "acres": ("area", 4046.856),
    ]
    static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "hundred": 100, "dozen": 12, "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Fractions written in words ("half", "a third", "three-quarters"): a share of a
    /// unit that follows ("half a percentage point", "a quarter of a billion euros") or
    /// of a whole ("a third of the figures", "fell by a fifth").
    static let fractionWords: [String: Double] = [
        "half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2,
        "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
    ]
    /// Words before a fraction that make it an amount rather than an ordinal or a part
    /// of something else ("more than half", "by a fifth", "about half").
    static let fractionLeads: Set<String> = [
        "than", "about", "nearly", "almost", "over", "under", "roughly", "around", "by", "just", "some",
        "approximately",
    ]
    /// Prepositions and adverbs that follow a number without being what it counts.
    static let notHeads: Set<String> = [
        "since", "per", "via", "despite", "according", "amid", "among", "toward", "towards", "across", "within",
        "without", "around", "near", "like", "unlike", "including", "compared", "ago", "apiece", "each", "annually",
        "respectively", "last", "next", "earlier", "later", "already", "alone", "overall", "total", "altogether",
    ]
    static let approximators: Set<String> = [
        "about", "around", "approximately", "roughly", "some", "estimated", "circa", "approx",
    ]
    /// "nearly 40" and "almost 40" are short of 40.
    static let nearlyWords: Set<String> = ["nearly", "almost"]
    static let floors: Set<String> = ["least", "over", "above", "exceeding", "upwards", "excess", "minimum"]
    static let ceilings: Set<String> = ["to", "under", "below", "most", "maximum", "fewer", "less", "many"]
    /// "Around 90 workers keep it running": a word that bounds a number opens a sentence
    /// as "The" does, and is no name of who holds or does anything.
    static let presentWords: Set<String> = ["now", "currently", "presently"]
    static let boundWords = approximators.union(nearlyWords).union(["over", "under", "more", "fewer", "less", "up", "at", "just", "well"])
    static func opensSentence(_ word: String) -> Bool { RoleMentions.isSentenceOpener(word) || boundWords.contains(word.lowercased()) }
    static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}", "and", "while", "but", "whereas", "which", "who"]

    struct Fraction {
        var value: Double
        /// The token after the fraction and the "a"/"of a" before its unit.
        var end: Int
        /// A share of a whole: a percentage of the thing after "of".
        var proportion: Bool
        /// A unit written into the word: "half-point", "quarter-point".
        var gluedUnit: String?
        /// How far, in percentage points, the share may lie from its value: "one in
        /// five" is read to the nearest half of a fifth, at most five points.
        var spread: Double = 1
    }

    /// Words a fraction may take as its unit: multipliers, percentage and basis points,
    /// and units of measure.
    static func isFractionUnit(_ w: String) -> Bool {
        (multipliers[w] != nil && w.count > 1) || ["percentage", "point", "points", "basis"].contains(w) || units[w] != nil
    }

    /// "half a point", "a quarter of a billion", "three-quarters", "a third of the
    /// figures", "by a fifth", "half-point". An ordinal ("a third term", "the third
    /// quarter") is none: a fraction needs a unit, "of", or a word that makes it an amount.
    static func fraction(_ t: [WordToken], at i: Int) -> Fraction? {
        func numerator(_ w: String) -> Double? { ["a", "an", "one"].contains(w) ? 1 : numberWords[w] }
        // "one in five owners", "nine in 10 members": a share of a whole.
        if i + 2 < t.count, t[i + 1].lower == "in", let n = (t[i].isNumber ? Double(t[i].text) : numerator(t[i].lower)),
            let d = numberWords[t[i + 2].lower] ?? (t[i + 2].isNumber ? Double(t[i + 2].text) : nil), n < d, d <= 1000
        {
            return Fraction(value: n / d, end: i + 3, proportion: true, spread: min(5, 50 / d))
        }
        guard t[i].isWord else { return nil }
        func counted(_ n: Double, _ denominator: String) -> Bool { denominator == "half" || (n == 1) == !denominator.hasSuffix("s") }
        let parts = t[i].lower.split(separator: "-").map(String.init)
        var value: Double
        var k = i + 1
        var glued: String? = nil
        if parts.count == 2, let n = numerator(parts[0]), let f = fractionWords[parts[1]], counted(n, parts[1]) {
            value = n * f
        } else if parts.count == 2, ["half", "quarter"].contains(parts[0]), ["point", "points"].contains(parts[1]) {
            value = fractionWords[parts[0]]!
            glued = parts[1]
        } else if parts.count == 1, let n = numerator(parts[0]), i + 1 < t.count, let f = fractionWords[t[i + 1].lower],
            counted(n, t[i + 1].lower)
        {
            value = n * f
            k = i + 2
        } else if parts == ["half"] {
            value = 0.5
        } else {
            return nil
        }
        if glued != nil { return Fraction(value: value, end: k, proportion: false, gluedUnit: glued) }
        var u = k
        if u < t.count, t[u].lower == "of" { u += 1 }
        if u + 1 < t.count, ["a", "an"].contains(t[u].lower), isFractionUnit(t[u + 1].lower) {
            return Fraction(value: value, end: u + 1, proportion: false)
        }
        guard parts != ["half"] || (i > 0 && fractionLeads.contains(t[i - 1].lower)) else { return nil }
        if k < t.count, isFractionUnit(t[k].lower), t[k].lower != "percentage" { return Fraction(value: value, end: k, proportion: false) }
        if k < t.count, t[k].lower == "of", k + 1 < t.count, !t[k + 1].isNumber { return Fraction(value: value, end: k, proportion: true) }
        let ends = k == t.count || !t[k].isWord || Tokens.stopwords.contains(t[k].lower)
        if i > 0, fractionLeads.contains(t[i - 1].lower), ends { return Fraction(value: value, end: k, proportion: true) }
        return nil
    }

    /// Verbs of a change, one word for each direction: "fell 6 percent" and "crashed 9
    /// percent" are one measure of the same move.
    static let changeVerbs: [String: String] = {
        var out: [String: String] = [:]
        for w in [
            "fell", "fall", "falls", "falling", "dropped", "drop", "drops", "slid", "slide", "slides", "slipped", "slip",
            "declined", "decline", "declines", "lost", "lose", "loses", "shed", "sheds", "sank", "sink", "tumbled",
            "tumble", "plunged", "plunge", "plunges", "plummeted", "crashed", "slumped", "slump", "dipped", "dip",
            "weakened", "eased", "retreated", "shrank", "contracted", "fallen", "sunk", "shrunk",
        ] { out[w] = "fell" }
        for w in [
            "rose", "rise", "rises", "rising", "climbed", "climb", "climbs", "gained", "gain", "gains", "jumped", "jump",
            "surged", "surge", "soared", "soar", "rallied", "advanced", "increased", "strengthened", "grew", "expanded",
            "increase", "increases", "hike", "raise", "risen", "grown",
        ] { out[w] = "rose" }
        return out
    }()

    /// The direction a change word says in any of its forms: a headline's present tense
    /// ("shares crashes 11%", "stock soars") or an -ing form is the verb a report puts in
    /// the past ("crashed", "soared").
    static func changeMove(_ w: String) -> String? {
        if let move = changeVerbs[w] { return move }
        for base in CountedMoves.bases(w) where base != w {
            if let move = changeVerbs[base] ?? changeVerbs[base + "ed"] ?? changeVerbs[base + "d"] { return move }
        }
        return nil
    }

    /// A headline in capitals ("RAIL BOSSES DENY 12% FARE HIKE") capitalises its common
    /// nouns too: a word in capitals after another is no name there.
    static func shouted(_ t: [WordToken], _ k: Int) -> Bool {
        k > 0 && t[k].text.count > 1 && t[k].text == t[k].text.uppercased() && t[k - 1].isWord
            && t[k - 1].text.count > 1 && t[k - 1].text == t[k - 1].text.uppercased()
    }

    /// A change word after the noun a percentage is written before ("a 12 percent fare
    /// hike", "a 4% tuition increase"): the move and the words that name it ("fare hike").
    static func changedNoun(_ t: [WordToken], at h: Int, end j: Int) -> (move: String, label: String)? {
        guard h == j, h + 1 < t.count, t[h].isWord, t[h + 1].isWord, !t[h + 1].isCapitalized || shouted(t, h + 1),
            let move = changeMove(t[h + 1].lower)
        else { return nil }
        return (move, t[h].text + " " + t[h + 1].text)
    }

    /// Period nouns a change may be told for ("last year", "a quarter earlier").
    static let periodWords: Set<String> = ["year", "month", "week", "quarter", "season", "decade", "spring", "summer", "autumn", "winter"]

    /// Whether the change at a figure ending at `j` is told for a past period: "rose 4.8
    /// percent last year", "fell 3% in the previous quarter", "up 6 percent a year
    /// earlier". Such background is no other measure of the change the story is about;
    /// only figures told for a past period too are set against it.
    static func pastPeriod(_ t: [WordToken], after j: Int) -> Bool {
        var k = j
        while k < t.count, k < j + 6, t[k].isWord, !clauseBreaks.contains(t[k].lower) {
            let w = t[k].lower
            if ["last", "previous", "past", "prior"].contains(w), k + 1 < t.count, periodWords.contains(t[k + 1].lower) { return true }
            if periodWords.contains(w), k + 1 < t.count, ["ago", "earlier", "before"].contains(t[k + 1].lower) { return true }
            k += 1
        }
        return false
    }

    /// The span after a change's figure, within its clause and six words: "since" and what
    /// follows it to the clause's end (three words at most), "the past 24 hours" or "the
    /// last 12 months" after "in" or "over". Nil when none. "This year" is left out: it
    /// dates an offer or a plan ("a pay rise of 3.5 percent this year") as often as a total.
    static func changeSpan(_ t: [WordToken], after j: Int) -> String? {
        var k = j
        while k < t.count, k < j + 6, t[k].isWordOrNumber, !clauseBreaks.contains(t[k].lower) {
            let w = t[k].lower
            if w == "since" {
                let rest = t[(k + 1)...].prefix { $0.isWordOrNumber && !clauseBreaks.contains($0.lower) }.prefix(3)
                return rest.isEmpty ? nil : "since " + rest.map(\.lower).joined(separator: " ")
            }
            if ["in", "over", "during"].contains(w), k + 1 < t.count {
                var i = k + 1
                if t[i].lower == "the", i + 1 < t.count { i += 1 }
                if ["past", "last"].contains(t[i].lower), i + 1 < t.count {
                    let rest = t[(i + 1)...].prefix { $0.isWordOrNumber && !clauseBreaks.contains($0.lower) }.prefix(2)
                    if rest.contains(where: { periodWords.contains(lemma($0.lower)) || ["hour", "day"].contains(lemma($0.lower)) }) {
                        return "past " + rest.map(\.lower).joined(separator: " ")
                    }
                }
            }
            k += 1
        }
        return nil
    }

    /// The thing a share is of: the noun phrase after "of" or a determiner ("33 percent
    /// of the figures", "more than half the images", "a third of the country's traffic"),
    /// past a possessive, with the words that qualify it ("downstream traffic" and
    /// "aggregate traffic" are two wholes). Nil when no noun follows.
    static func sharedWhole(_ t: [WordToken], at k: Int) -> (word: String, at: Int, modifiers: Set<String>)? {
        var i = k
        if i < t.count, t[i].lower == "of" { i += 1 }
        while i < t.count, determiners.contains(t[i].lower) { i += 1 }
        var run: [Int] = []
        while i < t.count, run.count < 5, t[i].isWord, !Tokens.stopwords.contains(t[i].lower), !t[i].isNumber,
            numberWords[t[i].lower] == nil, !StoryMentions.isDateWord(t[i].lower), !["ago", "last", "next"].contains(t[i].lower)
        {
            // "the country's container traffic": the owner is not the whole.
            if RoleMentions.hasPossessive(t[i].text) && i + 1 < t.count && t[i + 1].isWord { run = [] } else { run.append(i) }
            i += 1
        }
        guard let last = run.last else { return nil }
        return (lemma(RoleMentions.stripPossessive(t[last].lower)), last, modifiers(t, run.dropLast()))
    }

    /// The comma before "not" when the number at `start` follows ", not" or ", not the".
    static func rejectionAt(_ t: [WordToken], _ start: Int) -> Int? {
        var s = start
        if s > 0, ["the", "a", "an"].contains(t[s - 1].lower) { s -= 1 }
        guard s >= 2, t[s - 1].lower == "not", t[s - 2].text == "," else { return nil }
        return s - 2
    }

    /// "3,200 members at the port, not 3,500", "a rise of 8 percent, not the nine per
    /// cent": (corrected, rejected) pairs of indices into one sentence's mentions, the
    /// corrected figure ending at most nine words before the comma, in the same clause.
    static func corrections(_ t: [WordToken], _ mentions: [QuantityMention]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for y in mentions.indices.dropFirst() {
            guard let s = t.firstIndex(where: { $0.range.lowerBound == mentions[y].range.lowerBound }), let comma = rejectionAt(t, s),
                let x = mentions[..<y].lastIndex(where: { $0.range.upperBound <= t[comma].range.lowerBound }),
                let xe = t.lastIndex(where: { $0.range.upperBound <= mentions[x].range.upperBound }), comma - xe <= 10,
                !t[(xe + 1)..<comma].contains(where: { [";", ",", ":"].contains($0.text) || $0.isNumber })
            else { continue }
            out.append((x, y))
        }
        return out
    }

    /// "at the height of the strike", "at its peak": the figure of the worst moment.
    static func isPeak(_ t: [WordToken], from start: Int, to end: Int) -> Bool {
        let lo = max(0, start - 10), hi = min(t.count, end + 10)
        return (lo..<hi).contains { k in
            ["height", "peak"].contains(t[k].lower) && k >= 2 && ["the", "its", "their"].contains(t[k - 1].lower) && t[k - 2].lower == "at"
                // "employs 640 people, down from 1,500 at its peak": the peak is the
                // nearer figure's; another number between them keeps this one's moment.
                && !(k < start ? (k..<start) : (end..<k)).contains { t[$0].isNumber }
        }
    }

    /// The words just before a number that qualify it: "at least", "more than", "up
    /// to", "fewer than", "about".
    static func bound(_ t: [WordToken], before start: Int) -> QuantityMention.Bound {
        let w1 = start > 0 ? t[start - 1].lower : "", w2 = start > 1 ? t[start - 2].lower : ""
        if w1 == "than" { return ["more", "greater", "higher"].contains(w2) ? .atLeast : .atMost }
        if w1 == "of" && ["upwards", "excess", "minimum"].contains(w2) { return .atLeast }
        if w1 == "of" && w2 == "maximum" { return .atMost }
        if w1 == "to" && w2 == "close" { return .nearly }
        if w1 == "to" && w2 != "up" { return .exact }
        if w1 == "many" && w2 == "as" { return .atMost }
        if floors.contains(w1) { return .atLeast }
        if ceilings.contains(w1) && w1 != "many" { return .atMost }
        if nearlyWords.contains(w1) { return .nearly }
        if approximators.contains(w1) || (w1 == "an" && w2 == "estimated") { return .approximate }
        return .exact
    }

    /// Words after a number that open it upwards or downwards: "$4,000 and up", "12
    /// or more", "five or fewer".
    static func openBound(_ t: [WordToken], at k: Int) -> QuantityMention.Bound? {
        guard k + 1 < t.count, ["and", "or"].contains(t[k].lower) else { return nil }
        switch t[k + 1].lower {
        case "up", "more", "above", "higher", "over", "upwards": return .atLeast
        case "less", "fewer", "under", "below", "lower": return .atMost
        default: return nil
        }
    }

    /// The first capitalised name in the clause before the number, as lower-case words.
    static func clauseSubject(_ t: [WordToken], before start: Int) -> Set<String> {
        var b = start - 1
        while b >= 0, !clauseBreaks.contains(t[b].lower) { b -= 1 }
        var k = b + 1
        while k < start {
            let tok = t[k]
            if tok.isWord, tok.isCapitalized, !(k == 0 && opensSentence(tok.text)),
                !StoryMentions.isDateWord(tok.lower), !RoleMentions.isLexiconWord(tok)
            {
                var words: Set<String> = []
                // "The Bank of Valdoria" is one name, and "Valdoria's central bank" the same.
                while k < start, t[k].isWord,
                    t[k].isCapitalized || (["of", "for"].contains(t[k].lower) && k + 1 < start && t[k + 1].isCapitalized && !words.isEmpty)
                {
                    if t[k].isCapitalized { words.insert(RoleMentions.stripPossessive(t[k].text).lowercased()) }
                    k += 1
                }
                // "Kelso said the council would spend £2m": a name right before a verb of
                // saying is the statement's source, not whose figure it is, unless the
                // statement refers back to it ("Orlix said it would cut 300 jobs").
                if k + 1 < start, sourcingVerbs.contains(t[k].lower), !sourceReferredBack(t, after: k) { continue }
                return words
            }
            k += 1
        }
        return []
    }

    /// Verbs by which an organisation revises its own figure: "raised its offer to".
    static let revisionVerbs: Set<String> = [
        "raise", "raised", "raises", "raising", "lift", "lifted", "lifts", "increase", "increased", "increases", "improve",
        "improved", "improves", "revise", "revised", "revises", "lower", "lowered", "lowers", "cut", "cuts", "reduce",
        "reduced", "reduces", "widen", "widened", "widens", "expand", "expanded", "expands", "narrow", "narrowed",
        "trim", "trimmed", "boost", "boosted", "hike", "hiked", "upgrade", "upgraded", "downgrade", "downgraded",
    ]

    /// Whether the figure at `start` follows an earlier one of its thing: "a further",
    /// "another", "an additional" or "an extra" before it; "now" in the three words
    /// before it ("would now recall 52,000"); or a verb of revision, its object and "to"
    /// ("raised its pay offer to 4.5 percent"). "Rose to $3bn" is a level, not a revision.
    static func follows(_ t: [WordToken], before start: Int) -> Bool {
        var b = start - 1
        while b >= 0, approximators.contains(t[b].lower) || nearlyWords.contains(t[b].lower) || floors.contains(t[b].lower)
            || ["than", "more", "some"].contains(t[b].lower)
        {
            b -= 1
        }
        guard b >= 0 else { return false }
        if ["further", "additional", "extra", "another"].contains(t[b].lower) { return true }
        var k = b
        while k >= 0, k >= b - 2, t[k].isWord {
            if t[k].lower == "now" { return true }
            k -= 1
        }
        guard t[b].lower == "to" else { return false }
        var v = b - 1
        while v >= 0, v >= b - 5, t[v].isWord, !revisionVerbs.contains(t[v].lower),
            !Tokens.stopwords.contains(t[v].lower) || determiners.contains(t[v].lower)
        {
            v -= 1
        }
        return v >= 0 && v < b - 1 && revisionVerbs.contains(t[v].lower)
    }

    /// The capitalised words of the clause before `start`, back past commas to a clause
    /// break that is no apposition (";", ":", "and", "but", "while", "which", "who"),
    /// as lower-case words without possessives; dates and title words left out.
    static func clauseNames(_ t: [WordToken], before start: Int) -> Set<String> {
        var out: Set<String> = []
        var k = start - 1
        while k >= 0, !clauseBreaks.subtracting([",", "(", ")", "\u{2014}", "\u{2013}"]).contains(t[k].lower) {
            if t[k].isWord, t[k].isCapitalized, !(k == 0 && opensSentence(t[k].text)), !StoryMentions.isDateWord(t[k].lower),
                !RoleMentions.isLexiconWord(t[k])
            {
                out.insert(RoleMentions.stripPossessive(t[k].text).lowercased())
            }
            k -= 1
        }
        return out
    }

    /// `antecedents`: the full names the sentence before gives, in order (`fullNames`).
    static func find(in t: [WordToken], text: [Unicode.Scalar], skipping dates: [Range<Int>], antecedents: [String] = []) -> [QuantityMention] {
        var out: [QuantityMention] = []
        var i = 0
        while i < t.count {
            if let m = mention(t, at: i, text: text, dates: dates, antecedents: antecedents) {
                out.append(m.0)
                i = m.1
            } else {
                i += 1
            }
        }
        return out
    }

    /// A number with its currency, multiplier and unit, before its head is known.
    struct Amount {
        var kind: QuantityMention.Kind
        var value: Double
        var tolerance: Double
        /// First token (a currency sign before the number) and the token after the unit.
        var start: Int
        var end: Int
        var scaled: Bool
        var multiplier: Double = 1
        /// Written as a fraction ("a third of"), a share of a whole.
        var proportion = false
        var isFraction = false
    }

    static func mention(_ t: [WordToken], at i: Int, text: [Unicode.Scalar], dates: [Range<Int>], antecedents: [String] = []) -> (QuantityMention, Int)? {
        let written = number(t, at: i)
        guard written != nil || fraction(t, at: i) != nil else { return nil }
        if dates.contains(where: { $0.overlaps(t[i].range) }) || isTimeScoreOrRank(t, i) || isIdentifier(t, i) || isModelNumber(t, i) {
            return nil
        }
        // Ages: "Hale, 62," and "62-year-old Hale".
        if let number = written?.0, let age = age(t, at: i, number: number, antecedents: antecedents) {
            // The value shown is the number alone, whatever the pattern around it.
            var m = mention(kind: .age, value: number, tolerance: 0.5, head: (age.name, nil), t, i, i + 1, text)
            m.upper = number
            m.referredBack = age.referredBack
            m.otherReferents = age.others
            if age.referredBack { m.epithetTitle = epithetTitle(t, at: i) }
            return (m, age.end)
        }
        guard var amount = amount(t, at: i) else { return nil }
        let number = amount.value
        // Four-digit whole numbers without a unit are years, not quantities.
        if case .count = amount.kind, !amount.scaled, number >= 1000, number <= 2200, number == number.rounded(), !t[i].text.contains(",") {
            return nil
        }
        var upper = amount.value
        var bound = bound(t, before: amount.start)
        // A range: "between $4,000 and $5,000", "13 to 15 years", "$50 to $100".
        // A lower second number is a score or a ratio ("52 to 48"), not a range.
        if let top = rangeTop(t, after: amount), top.value > amount.value * (amount.multiplier == 1 ? top.multiplier : 1) {
            // "between 4 and 5 million", "5 to 10 km": the multiplier or unit is written once.
            if amount.multiplier == 1 && top.multiplier != 1 {
                amount.value *= top.multiplier
                amount.tolerance *= top.multiplier
            }
            if case .count = amount.kind { amount.kind = top.kind }
            upper = top.value
            bound = .range
            amount.tolerance = max(amount.tolerance, top.tolerance)
            amount.end = top.end
        }
        let (start, j) = (amount.start, amount.end)
        let isMoney = amount.kind.isMoney
        var head: (String, Int?)
        var thing: Thing? = nil
        var wholeModifiers: Set<String> = []
        var changeLabel: String? = nil
        let wordCompound = amount.kind == .count && j == i + 1 ? numberCompound(t[i]) : nil
        if let wordCompound {
            // "A ten-year deal" reads as "a 10-year deal".
            head = (lemma(wordCompound.unit), i)
        } else if j + 1 < t.count, t[j].text == "-", t[j + 1].isWord {
            // A compound adjective names what is counted: "a 6.1-magnitude quake".
            head = (lemma(t[j + 1].lower), j + 1)
        } else if isMoney, j < t.count, t[j].lower == "for", let bought = forPhrase(t, at: j) {
            // "$500 for the steel model": what the sum buys.
            head = (bought.word, nil)
            thing = bought
        } else if amount.kind == .percentage, j < t.count, t[j].lower == "of" || (amount.proportion && determiners.contains(t[j].lower)),
            let whole = sharedWhole(t, at: j)
        {
            // "87 percent of union members", "a third of the figures": a share of the whole.
            head = (whole.word, whole.at)
            wholeModifiers = whole.modifiers
        } else {
            let plural: Bool
            if case .count = amount.kind { plural = amount.value > 1 } else { plural = false }
            // "..., not 17": a figure a correction rejects takes the corrected one's thing.
            guard let h = self.head(t, after: j, before: start, plural: plural) ?? (rejectionAt(t, start) != nil ? ("", nil) : nil) else {
                return nil
            }
            head = h
            // "a pay rise of 3.5 percent", "a 5.3 percent increase": a change, either side.
            if amount.kind == .percentage || amount.kind == .percentagePoints, let at = h.1, at < start || at == j {
                if let move = changeMove(t[at].lower) {
                    head.0 = move
                } else if let noun = changedNoun(t, at: at, end: j) {
                    // "a 12 percent fare hike": the change of the noun before the change word.
                    head.0 = noun.move
                    changeLabel = noun.label
                }
            }
        }
        // "agreed to sell the painting to a collector for €2 million": the sum is the
        // painting's price, not the buyer's.
        var objectOfSale = false
        if isMoney, thing == nil, let h = head.1, h < start, let object = transactionObject(t, buyerOrSellerEndingAt: h) {
            head = (object.word, nil)
            thing = object
            objectOfSale = true
        }
        // "will cost the company €250m", "cost taxpayers $4m": the one who pays stands
        // between "cost" and the sum, and is not what the sum is the price of.
        if isMoney, thing == nil, let h = head.1, h < start, !valueWords.contains(head.0) {
            var v = h - 1
            while v >= 0, determiners.contains(t[v].lower) { v -= 1 }
            if v >= 0, ["cost", "costs", "costing"].contains(t[v].lower) { head = (t[v].lower, v) }
        }
        var pricedBy: String? = nil
        // "will cost $500", "a price of $349": the word says it is a price, not of what.
        if isMoney, thing == nil, valueWords.contains(head.0) {
            guard let found = self.thing(t, valueWord: head.1 ?? start, start: start, end: j) else { return nil }
            pricedBy = lemma(head.0)
            head = (found.word, nil)
            thing = found
        }
        var m = mention(kind: amount.kind, value: amount.value, tolerance: amount.tolerance, head: head, t, start, j, text)
        if let thing {
            m.label = thing.label
            m.modifiers = thing.modifiers
            // The thing may stand far from the sum; its words tell what the sum is of.
            m.window.formUnion(thing.label.split(separator: " ").map { lemma($0.lowercased()) }.filter { !Tokens.stopwords.contains($0) })
        }
        m.objectOfSale = objectOfSale
        m.pricedBy = pricedBy
        if let changeLabel { m.label = changeLabel }
        if let wordCompound { m.label = wordCompound.unit }
        if amount.kind == .percentage || amount.kind == .percentagePoints {
            m.pastPeriod = pastPeriod(t, after: j)
            m.changeSpan = changeSpan(t, after: j)
        }
        if thing == nil { m.modifiers = wholeModifiers }
        m.peak = isPeak(t, from: start, to: j)
        m.current = t.contains { $0.isWord && presentWords.contains($0.lower) }
        m.upper = upper
        m.bound = openBound(t, at: head.1.map { max($0 + 1, j) } ?? j) ?? bound
        if case .money = amount.kind, m.bound == .exact, amount.multiplier == 1 { m.upperSlack = charmSlack(t[i].text) }
        m.follows = follows(t, before: start)
        if case .count = amount.kind {
            m.whole = isWhole(t, before: start)
            m.tally = tally(t, after: head.1 ?? j, end: j) ?? tally(t, before: start)
            m.verb = governingVerb(t, before: start)
            m.governor = governingWord(t, before: start)
            m.held = havingVerb(t, before: start) != nil
            m.move = CountedMoves.governing(t, before: start) ?? head.1.flatMap { CountedMoves.threatened(t, after: $0) }
            m.clauseNames = clauseNames(t, before: start)
            // "400 job cuts" counts jobs, cut; "300 redundancies" jobs, cut.
            if let h = head.1, h >= j, let move = CountedMoves.nouns[m.head] {
                if h > j, t[h - 1].isWord, !t[h - 1].isCapitalized, !Tokens.stopwords.contains(t[h - 1].lower) {
                    m.head = lemma(t[h - 1].lower)
                    m.move = move
                } else if CountedMoves.jobNouns.contains(m.head) {
                    m.head = "job"
                    m.move = move
                }
            }
            // "Employs 2,300 people" and "has 1,900 employees": the size of one workforce.
            if ["people", "person"].contains(m.head), employing(t, before: start) || working(t, after: head.1.flatMap { $0 >= j ? $0 : nil }) { m.head = "employee" }
            // "Its 12 crew members", "the 40 band members": the size of the group the
            // noun before "members" names, as "a crew of 11" and "the 11 crew" give it.
            if m.head == "member", let h = head.1, h > j, t[h - 1].isWord, let group = collectiveNouns[lemma(t[h - 1].lower)] {
                m.head = lemma(t[h - 1].lower)
                m.collective = group
                if !m.label.lowercased().hasPrefix(t[h - 1].lower) { m.label = t[h - 1].lower + " " + m.label }
            }
            m.head = CountedMoves.nounFamilies[m.head] ?? m.head
            if let h = head.1, h > j {
                m.qualifiers = Set(t[j..<h].filter { w in
                    w.isWord && !w.isCapitalized && !Tokens.stopwords.contains(w.lower) && numberWords[w.lower] == nil
                        && !partWords.contains(w.lower)
                }.map { lemma($0.lower) }).subtracting([m.head])
                let shown = (j..<h).filter { t[$0].isWord && !t[$0].isCapitalized && m.qualifiers.contains(lemma(t[$0].lower)) }
                if let a = shown.first, let b = shown.last { m.qualifierText = t[a...b].map(\.text).joined(separator: " ") }
            }
            if j + 1 < t.count, t[j].text == "-", let h = head.1, h == j + 1 { m.sizeOf = sizedNoun(t, after: h) }
            if wordCompound != nil { m.sizeOf = sizedNoun(t, after: i) }
            if let days = durationUnits[m.head], let u = head.1,
                let what = lasting(t, start: start, unit: u, compound: m.sizeOf != nil)
            {
                m.lasting = what.stems
                if let label = what.label { m.label = label }
                m.head = "duration"
                m.shift = (0..<start).reversed().first { !approximators.contains(t[$0].lower) && !nearlyWords.contains(t[$0].lower) }
                    .map { t[$0].lower == "by" } ?? false
                // Whose span it is may be told in other words by each outlet: the sentence's
                // words tell the happening (`ContradictionFinder.sameSpan`).
                m.sentenceWords = Set(t.filter { $0.isWord && !Tokens.stopwords.contains($0.lower) && numberWords[$0.lower] == nil }.map { lemma($0.lower) })
                // Who is banned or married is the name the verb follows, past a reporting
                // verb ("a post says striker Ian Roe was banned for two years").
                let nearest = nearestName(t, before: start)
                m.clauseSubject = Set(nearest.map { $0.lowercased() })
                if !nearest.isEmpty { m.ownerName = nearest.joined(separator: " ") }
                m.value *= days
                m.upper *= days
                m.roundingTolerance *= days
                // Shown with its unit, as "three" and "21" say nothing of how long.
                if u >= j {
                    m.range = m.range.lowerBound..<t[u].range.upperBound
                    m.text = WordTokens.string(text, m.range)
                }
            }
            // Small counts are paired on their sentences' words (`ContradictionFinder.sameUniqueFigure`);
            // "the other two bidders" counts a part of them, not all.
            if m.sentenceWords.isEmpty, amount.value < ContradictionFinder.minimumUniqueCount,
                start == 0 || !["other", "remaining", "another", "further", "extra", "additional"].contains(t[start - 1].lower)
            {
                m.sentenceWords = Set(t.filter { $0.isWord && !Tokens.stopwords.contains($0.lower) && numberWords[$0.lower] == nil }.map { lemma($0.lower) })
            }
            if m.holder == nil { m.holder = verbHolder(t, before: start, antecedents: antecedents) }
            if let h = m.holder {
                m.holderDescribed = isDescription(h, in: t)
                m.holderShown = shownName(h, in: t)
            }
            if m.head == "time", let act = engagementAct(t, before: start) {
                m.head = act
                m.label = act + "s"
                m.engagement = true
            } else if let h = head.1, h >= j, let act = reachNoun(t, at: h) {
                // "Passed 2 million views", "reached about 14,000 shares": the reach told as a noun.
                m.head = act
                m.label = act + "s"
                m.engagement = true
            }
            if m.engagement {
                // A reach is always told as it stands ("has now been viewed"): "now" marks
                // neither a revision nor a moment set apart from another outlet's figure.
                m.follows = m.follows && !nowOnly(t, before: start)
                m.current = false
                // "views (video)": what was seen or shared, as the sentence names it.
                if m.ownerNoun == nil { m.ownerNoun = t.lazy.filter { Postings.media.contains(lemma($0.lower)) }.first.map { lemma($0.lower) } }
            }
        }
        // "A £96m fine" and "a £96 million penalty": one sum imposed, named either way.
        if isMoney, let family = moneyFamilies[m.head] { m.head = family }
        // "for a reported £4m fee", "a £2.5 million deal", "agreed to headline for £2.5m":
        // what is paid for a deal, whatever word the outlet uses for it. A thing that is
        // itself a deal ("a deal worth $2.4 billion") is one too; "bought the vessel for
        // $4.9m" is the vessel's price, but an infinitive before "for" is the act paid for.
        let paidAct = start >= 3 && t[start - 1].lower == "for" && t[start - 3].lower == "to" && t[start - 2].isWord
            && !t[start - 2].isCapitalized && !Tokens.stopwords.contains(t[start - 2].lower)
        if isMoney, !objectOfSale, paymentNouns.contains(m.head) && m.modifiers.isEmpty || (thing == nil && paidAct) {
            if !paymentNouns.contains(m.head) { m.label = "payment" }
            m.head = "payment"
            m.payment = true
            m.sentenceWords = Set(t.filter { $0.isWord && !Tokens.stopwords.contains($0.lower) && numberWords[$0.lower] == nil }.map { lemma($0.lower) })
        }
        // "A team of about 180 developers", "a consignment of some 60,000 doses": the
        // size of one group or one load, an estimate's word between "of" and the number.
        var of = start - 1
        while of > 0, approximators.contains(t[of].lower) || nearlyWords.contains(t[of].lower) { of -= 1 }
        if case .count = amount.kind, of >= 1, t[of].lower == "of", t[of - 1].isWord,
            let group = collectiveNouns[lemma(t[of - 1].lower)]
        {
            m.collective = group
        }
        if isMoney { m.rate = rate(t, after: j, before: start) }
        return (m, j)
    }

    enum Rate: Sendable, Hashable { case period, unit }
    static let rateWords: Set<String> = ["a", "an", "per", "each", "every"]
    static let ratePeriods: Set<String> = ["year", "month", "week", "day", "night", "hour", "minute", "annum", "season", "quarter", "term", "fortnight"]

    /// Whether the sum ending at `j` is told for each of something: "a", "per", "each"
    /// or "every" and a noun after it ("£30,000 a year", "€8 per adult", "£2m-a-year"),
    /// or "an average of" before it (a figure for each of many). A period's rate is
    /// another sum than a total or a unit's price, as a subscription's "£4.99 a month"
    /// is not the story's £42 million.
    static func rate(_ t: [WordToken], after j: Int, before start: Int) -> Rate? {
        var b = start - 1
        while b >= 0, approximators.contains(t[b].lower) || nearlyWords.contains(t[b].lower) { b -= 1 }
        if b >= 1, t[b].lower == "of", t[b - 1].lower == "average" { return .unit }
        if j + 1 < t.count, rateWords.contains(t[j].lower), t[j + 1].isWord, !Tokens.stopwords.contains(t[j + 1].lower) {
            return ratePeriods.contains(lemma(t[j + 1].lower)) ? .period : .unit
        }
        // "a £2.5million-a-year deal": the rate written as one compound after the sum, or
        // after the hyphen that joins it to the sum.
        let compound = j + 1 < t.count && t[j].text == "-" ? t[j + 1] : j < t.count ? t[j] : nil
        if let compound, case let parts = compound.lower.split(separator: "-"), parts.count == 2, rateWords.contains(String(parts[0])) {
            return ratePeriods.contains(lemma(String(parts[1]))) ? .period : .unit
        }
        return nil
    }

    /// The number at `i` with a currency before it and a multiplier or unit after it.
    static func amount(_ t: [WordToken], at i: Int) -> Amount? {
        if let f = fraction(t, at: i) {
            // A share of a whole is a percentage; a written fraction is as exact as the
            // words allow: a percentage point either way, a hundredth of a unit.
            if f.proportion {
                var a = Amount(kind: .percentage, value: f.value * 100, tolerance: f.spread, start: i, end: f.end, scaled: false)
                a.proportion = true
                a.isFraction = true
                return a
            }
            var a = Amount(kind: .count, value: f.value, tolerance: 0.005, start: i, end: f.end, scaled: false)
            a.isFraction = true
            if f.gluedUnit != nil {
                a.kind = .percentagePoints
                return a
            }
            return units(t, &a, glued: nil)
        }
        guard let (number, glued, afterNumber) = number(t, at: i) else { return nil }
        var a = Amount(kind: .count, value: number, tolerance: roundingTolerance(t[i].text, number), start: i, end: afterNumber, scaled: false)
        // Currency before the number: "$3", "US$3", "€3", "USD 3".
        if i > 0, let c = currencySymbols[t[i - 1].text] {
            let us = i > 1 && t[i - 2].text == "US"
            a.kind = .money(currency: us ? "USD" : c)
            a.start = us ? i - 2 : i - 1
        } else if i > 0, let c = currencyWords[t[i - 1].lower], t[i - 1].text == t[i - 1].text.uppercased() {
            a.kind = .money(currency: c)
            a.start = i - 1
        }
        return units(t, &a, glued: glued)
    }

    /// The multiplier and unit after the number: "bn", "million", "%", "per cent",
    /// "percentage points", "basis points", a currency word, a unit of measure.
    static func units(_ t: [WordToken], _ a: inout Amount, glued: String?) -> Amount? {
        func scale(_ f: Double) {
            a.value *= f
            a.tolerance *= f
        }
        if let suffix = glued {
            // "£60m" is money, "60m" a height: a glued "m" means million only after a currency.
            if let f = multipliers[suffix], suffix != "m" || a.kind != .count {
                scale(f)
                a.scaled = true
                a.multiplier = f
            } else if let (dimension, factor) = units[suffix] {
                scale(factor)
                a.kind = .measure(dimension: dimension)
                a.multiplier = factor
            } else {
                return nil
            }
        } else if a.end < t.count, let f = multipliers[t[a.end].lower], t[a.end].lower.count > 1 {
            scale(f)
            a.scaled = true
            a.multiplier = f
            a.end += 1
        }
        if case .count = a.kind, a.end < t.count {
            let j = a.end, w = t[j].lower
            if t[j].text == "%" || w == "percent" || w == "pct" {
                a.end += 1
                a.kind = .percentage
            } else if w == "per", j + 1 < t.count, t[j + 1].lower == "cent" {
                a.end += 2
                a.kind = .percentage
            } else if w == "percentage", j + 1 < t.count, t[j + 1].lower.hasPrefix("point") {
                a.end += 2
                a.kind = .percentagePoints
            } else if w == "bps" || w.hasPrefix("basis-point") || (w == "basis" && j + 1 < t.count && t[j + 1].lower.hasPrefix("point")) {
                // "50 basis points" is half a percentage point.
                a.end += w == "basis" ? 2 : 1
                a.kind = .percentagePoints
                scale(0.01)
            } else if w == "point" || w == "points", a.isFraction || a.value != a.value.rounded() {
                // "a quarter point", "0.75 points": a rate's move. Whole points are a
                // game's or an index's.
                a.end += 1
                a.kind = .percentagePoints
            } else if let c = currencyWords[w] {
                a.end += 1
                a.kind = .money(currency: c)
            } else if t[j].isWord, t[j].isCapitalized, j + 1 < t.count, t[j + 1].isWord, !t[j + 1].isCapitalized,
                let c = currencyWords[t[j + 1].lower]
            {
                // "2.4 million Swiss francs": the adjective says whose francs.
                a.end += 2
                a.kind = .money(currency: currencyCountries[w] == c ? c : w + " " + c)
            } else if let (dimension, factor) = units[w] ?? hyphenUnit(t, j) {
                a.end += t[j].text == "-" ? 2 : 1
                a.kind = .measure(dimension: dimension)
                scale(factor)
                a.multiplier *= factor
            }
        }
        return a
    }

    /// The top of a range that starts at `low`: "and" after "between", or "to", then a
    /// number of the same kind ("$4,000 and $5,000", "13 to 15"). "From 5% to 8%" after
    /// a verb of change is read as a range too: it covers both values and so never
    /// clashes with either.
    static func rangeTop(_ t: [WordToken], after low: Amount) -> Amount? {
        let k = low.end
        guard k + 1 < t.count else { return nil }
        let between = low.start > 0 && t[low.start - 1].lower == "between"
        guard t[k].lower == "to" || (t[k].lower == "and" && between) else { return nil }
        let n = currencySymbols[t[k + 1].text] != nil && k + 2 < t.count ? k + 2 : k + 1
        guard t[n].isNumber || number(t, at: n) != nil, !isTimeScoreOrRank(t, n), var top = amount(t, at: n) else { return nil }
        switch (low.kind, top.kind) {
        case (.count, _), (_, .count): top.kind = low.kind == .count ? top.kind : low.kind
        default: guard low.kind == top.kind else { return nil }
        }
        return top
    }

    /// Words that say a sum is a price or a value without saying of what: "will cost
    /// $500", "a price of $349", "worth $2bn". The thing is named elsewhere in the clause.
    static let valueWords: Set<String> = [
        "cost", "costing", "price", "priced", "pricing", "start", "starting", "started", "sell", "selling", "sold",
        "retail", "retailing", "retailed", "worth", "value", "valued", "pay", "paying", "paid", "fetch", "fetched", "insured",
        "earn", "earning", "earned", "raise", "raised", "total", "totalling", "totaling", "amount", "amounting", "sum",
        "figure", "tag", "come", "came", "run", "set", "back", "go", "going", "went", "offer", "offered",
    ]
    /// Words that set a value word in an infinitive without being the thing valued: "the
    /// bridge is expected to cost", "the deal was said to be worth", "is now due to cost".
    static let raisingWords: Set<String> = [
        "expected", "estimated", "likely", "projected", "forecast", "predicted", "thought", "believed", "understood",
        "reported", "said", "due", "budgeted", "now", "still", "already", "ultimately", "eventually",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "each", "every", "one", "this", "that"]

    /// What a sum is of: its noun, the noun's own modifiers ("stainless steel", "gold":
    /// two sums for differently modified things are different facts), and how to show it.
    struct Thing {
        var word: String
        var modifiers: Set<String>
        var label: String
    }

    /// What a price or value is of: the noun phrase after "for" ("$500 for the steel
    /// model", "$50 cost for a strap"), else the noun phrase the value word follows ("a
    /// merger worth €900 million", "the car park will cost $3bn"), or its head when that
    /// is "X of Y" ("the gold variant of the watch"). Nil when the clause names no
    /// thing: such a sum cannot be told apart from another.
    static func thing(_ t: [WordToken], valueWord v: Int, start: Int, end: Int) -> Thing? {
        let k = max(end, v + 1)
        if k < t.count, t[k].lower == "for", let bought = forPhrase(t, at: k) { return bought }
        guard v < start else { return nil }
        var b = v - 1
        if b >= 0, t[b].text == "," { b -= 1 }
        while b >= 0, b >= v - 7, t[b].isWord,
            Tokens.stopwords.contains(t[b].lower) || valueWords.contains(lemma(t[b].lower)) || t[b].lower.hasSuffix("ly")
                || raisingWords.contains(t[b].lower)
        {
            b -= 1
        }
        // "The satellite, which cost $290 million": a relative clause's value is its antecedent's.
        if b >= 1, t[b].text == ",", ["which", "that"].contains(t[b + 1].lower) { b -= 1 }
        guard b >= 0, b >= v - 7, t[b].isWord, !t[b].isNumber, !reportingVerbs.contains(t[b].lower) else { return nil }
        var np = nounPhrase(t, endingAt: b)
        // "the top-end variant of the watch": the phrase before "of" is the thing.
        var o = np.lowerBound - 1
        while o >= 0, determiners.contains(t[o].lower) { o -= 1 }
        if o > 0, t[o].lower == "of", t[o - 1].isWord, !Tokens.stopwords.contains(t[o - 1].lower), !valueWords.contains(t[o - 1].lower) {
            b = o - 1
            np = nounPhrase(t, endingAt: b)
        }
        let word = RoleMentions.stripPossessive(t[b].text)
        return Thing(word: lemma(word.lowercased()), modifiers: modifiers(t, np.dropLast()), label: word + " " + t[v].text)
    }

    /// What happens to the people a running count counts, by the word that says it.
    static let tallyWords: [String: String] = [
        "dead": "death", "died": "death", "die": "death", "killed": "death", "death": "death", "deaths": "death",
        "fatality": "death", "fatalities": "death", "perished": "death", "drowned": "death", "body": "death", "bodies": "death",
        "injured": "injury", "hurt": "injury", "wounded": "injury", "injury": "injury", "injuries": "injury",
        "burned": "injury", "burnt": "injury", "burns": "injury",
        "missing": "missing", "unaccounted": "missing", "rescued": "rescue", "saved": "rescue", "arrested": "arrest",
        "arrests": "arrest", "detained": "arrest", "evacuated": "evacuation", "displaced": "evacuation",
    ]
    /// Auxiliaries between a count and what happened to those counted ("23 were injured",
    /// "people have died").
    static let auxiliaries: Set<String> = ["were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reported", "confirmed", "now", "also"]

    /// The happening a count of people tallies: its head ("12 dead", "eight deaths") or the
    /// first word past the head and any auxiliaries ("eight people died", "23 people
    /// were injured"), within the clause.
    static func tally(_ t: [WordToken], after h: Int, end: Int) -> String? {
        if h >= end - 1, h < t.count, let c = tallyWords[t[h].lower] { return c }
        var k = max(h + 1, end)
        while k < t.count, auxiliaries.contains(t[k].lower) { k += 1 }
        // "were badly burned": one adverb of degree.
        if k + 1 < t.count, t[k].isWord, t[k].lower.hasSuffix("ly"), tallyWords[t[k].lower] == nil { k += 1 }
        // "suffered minor burns", "sustained serious injuries": the harm is the object,
        // past up to two adjectives.
        if k < t.count, sufferVerbs.contains(t[k].lower) {
            k += 1
            var n = 0
            while n < 2, k + 1 < t.count, t[k].isWord, !t[k].isCapitalized, tallyWords[t[k].lower] == nil,
                !Tokens.stopwords.contains(t[k].lower)
            {
                k += 1
                n += 1
            }
        }
        guard k < t.count, t[k].isWord else { return nil }
        return tallyWords[t[k].lower]
    }
    static let sufferVerbs: Set<String> = ["suffered", "sustained", "suffering", "sustaining", "suffer", "sustain"]

    /// The verb right before a count, past bounds, an article and one word of colour
    /// after it ("recalling a whopping 210,000", "recalls about 120,000"), as a crude
    /// stem; nil unless it reads as a verb (-ing, -ed, -s).
    /// Acts counted in "times" that say how far a post travelled: the verb's base form.
    static let engagementActs: Set<String> = ["share", "view", "watch", "retweet", "repost", "download", "stream", "play", "like"]
    /// Nouns of one meaning for a sum, as outlets vary them.
    static let moneyFamilies: [String: String] = ["fine": "penalty"]
    /// Nouns for a sum paid under a deal.
    static let paymentNouns: Set<String> = ["fee", "deal", "payment", "contract", "payout", "purse", "paycheque", "paycheck", "package"]

    /// The act a count of "times" counts: the verb before it, past bounds ("had been
    /// shared more than 31,000 times"), in its base form; "watched" is a view.
    static func engagementAct(_ t: [WordToken], before start: Int) -> String? {
        var b = start - 1
        while b >= 0, approximators.contains(t[b].lower) || nearlyWords.contains(t[b].lower) || floors.contains(t[b].lower)
            || ["than", "more", "some", "nearly", "almost"].contains(t[b].lower)
        {
            b -= 1
        }
        guard b >= 0, t[b].isWord, let act = CountedMoves.bases(t[b].lower).first(where: engagementActs.contains) else { return nil }
        return act == "watch" ? "view" : act
    }

    /// The act a count's noun is when it tells a post's reach ("2 million views", "14,000
    /// shares", "50,000 likes"), in a sentence that names something put online or the
    /// platform ("4 million views on YouTube"): "shares" "in", "of" or "on" a company or an
    /// exchange are stock.
    static func reachNoun(_ t: [WordToken], at h: Int) -> String? {
        let act = lemma(t[h].lower)
        guard t[h].lower != act, engagementActs.contains(act), !["watch", "play", "stream"].contains(act) else { return nil }
        let next = h + 1 < t.count ? t[h + 1].lower : ""
        if act == "share" && ["in", "of", "on"].contains(next) { return nil }
        let platform = next == "on" && h + 2 < t.count && t[h + 2].isCapitalized
        guard platform || t.contains(where: { Postings.media.contains(lemma($0.lower)) }) else { return nil }
        return act
    }

    /// Whether `follows` holds only by a "now" before the figure, no word of an increment or revision.
    static func nowOnly(_ t: [WordToken], before start: Int) -> Bool {
        var b = start - 1
        while b >= 0, approximators.contains(t[b].lower) || nearlyWords.contains(t[b].lower) || floors.contains(t[b].lower)
            || ["than", "more", "some"].contains(t[b].lower)
        {
            b -= 1
        }
        return b >= 0 && !["further", "additional", "extra", "another", "to"].contains(t[b].lower)
    }

    /// The word a count is the object of, whatever its form ("bought 5,000", "lists 58",
    /// "ground 36"): nil after a preposition or at the clause's start.
    static func governingWord(_ t: [WordToken], before start: Int) -> String? {
        var b = start - 1
        while b >= 0, approximators.contains(t[b].lower) || nearlyWords.contains(t[b].lower) || floors.contains(t[b].lower)
            || ["than", "more", "at", "some"].contains(t[b].lower)
        {
            b -= 1
        }
        if b >= 0, ["a", "an"].contains(t[b].lower) { b -= 1 }
        guard b >= 0, t[b].isWord, !t[b].isCapitalized, !Tokens.stopwords.contains(t[b].lower) else { return nil }
        return t[b].lower
    }

    static func governingVerb(_ t: [WordToken], before start: Int) -> String? {
        var b = start - 1
        while b >= 0, approximators.contains(t[b].lower) || nearlyWords.contains(t[b].lower) || floors.contains(t[b].lower)
            || ["than", "more", "at"].contains(t[b].lower)
        {
            b -= 1
        }
        if b >= 1, t[b].isWord, !t[b].isCapitalized, ["a", "an"].contains(t[b - 1].lower) {
            b -= 2
        } else if b >= 0, ["a", "an"].contains(t[b].lower) {
            b -= 1
        }
        guard b >= 0, t[b].isWord, !t[b].isCapitalized, !Tokens.stopwords.contains(t[b].lower) else { return nil }
        let w = t[b].lower
        for suffix in ["ing", "ed", "s"] where w.count > suffix.count + 2 && w.hasSuffix(suffix) {
            return String(w.dropLast(suffix.count))
        }
        return nil
    }

    /// The happening a verb before the count says ("killed 14 people", "left at least
    /// nine dead" is read from the head).
    static func tally(_ t: [WordToken], before start: Int) -> String? {
        var b = start - 1
        while b >= 0, floors.contains(t[b].lower) || approximators.contains(t[b].lower) || nearlyWords.contains(t[b].lower)
            || ["at", "than", "more", "some"].contains(t[b].lower)
        {
            b -= 1
        }
        guard b >= 0, t[b].isWord else { return nil }
        return tallyWords[t[b].lower]
    }

    /// Verbs and nouns of a sale: what follows them is the thing sold.
    static let transactionVerbs: Set<String> = [
        "sell", "sells", "selling", "sold", "buy", "buys", "buying", "bought", "acquire", "acquires", "acquiring",
        "acquired", "purchase", "purchases", "purchasing", "purchased",
    ]
    static let transactionNouns: Set<String> = ["sale", "purchase", "acquisition", "takeover"]

    /// In "sell X to a collector for €2m" or "buy X from its founders for $2bn", the noun
    /// before "for" (ending at `h`) is the other party, after "to" or "from": the sum
    /// is X's price. X is the noun phrase after the verb of sale, or after "the sale
    /// of", past a possessive ("Holm's") and quotation marks around a title.
    static func transactionObject(_ t: [WordToken], buyerOrSellerEndingAt h: Int) -> Thing? {
        var a = nounPhrase(t, endingAt: h).lowerBound
        while a > 0, t[a - 1].isWord, determiners.contains(t[a - 1].lower) { a -= 1 }
        guard a > 1, ["to", "from"].contains(t[a - 1].lower) else { return nil }
        var v = a - 2
        while v >= 0, v >= a - 14, !transactionVerbs.contains(t[v].lower),
            !(transactionNouns.contains(t[v].lower) && v + 1 < t.count && t[v + 1].lower == "of")
        {
            v -= 1
        }
        guard v >= 0, v >= a - 14 else { return nil }
        var k = transactionVerbs.contains(t[v].lower) ? v + 1 : v + 2
        var run: [Int] = []
        while k < a - 1, run.count < 5 {
            let tok = t[k]
            if !tok.isWord {
                // Quotation marks around a title, or the apostrophe of a possessive.
                if run.isEmpty && ["\"", "\u{201C}", "\u{2018}", "'"].contains(tok.text) { k += 1; continue }
                break
            }
            if RoleMentions.stripPossessive(tok.text) != tok.text || (k + 1 < t.count && ["'", "\u{2019}"].contains(t[k + 1].text)) {
                // "Anders Holm's": the owner, not the thing; what follows is.
                run = []
                k += 1
                continue
            }
            if run.isEmpty && determiners.contains(tok.lower) { k += 1; continue }
            if Tokens.stopwords.contains(tok.lower) && !(tok.isCapitalized && !run.isEmpty) { break }
            run.append(k)
            k += 1
        }
        guard let last = run.last else { return nil }
        return Thing(word: lemma(t[last].lower), modifiers: modifiers(t, run.dropLast()), label: run.map { t[$0].text }.joined(separator: " "))
    }

    static func forPhrase(_ t: [WordToken], at k: Int) -> Thing? {
        var i = k + 1
        while i < t.count, determiners.contains(t[i].lower) { i += 1 }
        var run: [Int] = []
        // The phrase ends before a number or a date: "for the vessel six years ago".
        while i < t.count, run.count < 5, t[i].isWord, !Tokens.stopwords.contains(t[i].lower), !t[i].isNumber,
            numberWords[t[i].lower] == nil, !StoryMentions.isDateWord(t[i].lower), !["ago", "last", "next"].contains(t[i].lower)
        {
            run.append(i)
            i += 1
        }
        guard let last = run.last else { return nil }
        return Thing(
            word: lemma(RoleMentions.stripPossessive(t[last].lower)), modifiers: modifiers(t, run.dropLast()),
            label: run.map { t[$0].text }.joined(separator: " "))
    }

    /// The words of a noun phrase that ends at `b`, back to the first function word.
    static func nounPhrase(_ t: [WordToken], endingAt b: Int) -> Range<Int> {
        var a = b
        while a > 0, a > b - 5, t[a - 1].isWord || t[a - 1].text == "-", !Tokens.stopwords.contains(t[a - 1].lower),
            !valueWords.contains(t[a - 1].lower), !t[a - 1].isNumber
        {
            a -= 1
        }
        return a..<(b + 1)
    }

    /// The lower-case words that qualify a noun ("stainless", "steel"), names left out.
    static func modifiers<C: Collection>(_ t: [WordToken], _ indices: C) -> Set<String> where C.Element == Int {
        Set(indices.filter { t[$0].isWord && !t[$0].isCapitalized && !Tokens.stopwords.contains(t[$0].lower) }.map { t[$0].lower })
    }

    /// Verbs that end the search for a sum's thing: "the company said it would cost".
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "reported", "reports", "claimed", "claims", "added", "announced",
        "estimated", "expects", "expected", "believes", "believed", "thinks", "suggests", "suggested", "according",
    ]

    /// Nouns for a group whose size a count gives: "a team of 11 engineers".
    /// Nouns of one meaning share a family, as outlets vary them: a group of people
    /// ("team", "crew", "squad") and a load of goods ("shipment", "consignment",
    /// "delivery", "cargo") are each one thing whichever noun names it.
    static let collectiveNouns: [String: String] = {
        var out: [String: String] = [:]
        for w in ["team", "crew", "group", "squad", "unit", "contingent", "workforce", "staff"] { out[w] = "team" }
        for w in ["shipment", "consignment", "delivery", "cargo", "batch", "load", "haul", "stockpile"] { out[w] = "load" }
        for w in [
            "fleet", "panel", "delegation", "convoy", "party", "gang", "band", "family", "class", "jury", "committee",
            "cohort", "flock", "herd", "pack", "troupe",
        ] { out[w] = w }
        return out
    }()

    /// One unit of the last place of a price ending in 9 ("$349", "$19.99"), which
    /// headlines round up.
    static func charmSlack(_ written: String) -> Double {
        let digits = written.filter { $0.isNumber || $0 == "." }
        guard digits.last == "9" else { return 0 }
        if let dot = digits.firstIndex(of: ".") { return pow10(-(digits.distance(from: dot, to: digits.endIndex) - 1)) }
        return 1
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
        // The amount's own words ("Swiss francs", "CHF") name no place or party.
        let own = t[start].range.lowerBound..<t[max(start, end - 1)].range.upperBound
        let entities = Set(
            near.filter {
                $0.isCapitalized && $0.range.lowerBound != t[0].range.lowerBound && !StoryMentions.isDateWord($0.lower)
                    && !own.overlaps($0.range)
            }
                .map { RoleMentions.stripPossessive($0.text) })
        return QuantityMention(
            kind: kind, value: value, roundingTolerance: tolerance, bound: .exact, upper: value, head: head.0,
            label: head.1.map { $0 < start ? backwardLabel(t, $0) : label(t, $0) } ?? head.0, window: window, entities: entities, clauseSubject: clauseSubject(t, before: start),
            ownerName: ownerName(t, before: start), ownerNoun: ownerNoun(t, before: start),
            openingName: openingName(t, before: start), holder: holder(t, before: start) ?? partitiveHolder(t, after: end),
            text: WordTokens.string(text, range), range: range)
    }

    static func clauseStart(_ t: [WordToken], before start: Int) -> Int {
        var b = start - 1
        while b >= 0, !clauseBreaks.contains(t[b].lower) { b -= 1 }
        return b + 1
    }

    /// A relative clause's figure is its antecedent's ("the account Foo, which has
    /// 20,000 followers"): where the clause opens with "which"/"who" after a comma, its
    /// owner is read before the comma, back to the clause that holds the antecedent.
    /// Only a figure right after the clause's verb is the antecedent's ("which has about
    /// 210,000 followers"); in "which runs the 520-seat venue" it is the venue's.
    static func antecedentEnd(_ t: [WordToken], before start: Int) -> Int? {
        let first = clauseStart(t, before: start)
        guard first >= 2, first < start, ["which", "who"].contains(t[first - 1].lower), t[first - 2].text == ",",
            t[first].isWord, !t[first].isCapitalized,
            t[(first + 1)..<start].allSatisfy({ approximators.contains($0.lower) || nearlyWords.contains($0.lower) })
        else { return nil }
        return first - 2
    }

    /// Lengths of the units a span of time is told in, in days: outlets give one span in
    /// different units ("three weeks", "21 days"; "two months", "eight weeks").
    static let durationUnits: [String: Double] = [
        "minute": 1.0 / 1440, "hour": 1.0 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30.4375, "year": 365.25,
        "decade": 3652.5,
    ]
    /// Nouns of one agreement between parties: a "three-year contract" and a "two-year deal"
    /// offered to one person are one term told two ways.
    static let agreementNouns: Set<String> = ["deal", "contract", "agreement", "pact", "arrangement"]
    /// Verbs whose object is how long their subject lasts.
    static let lastVerbs: Set<String> = ["last", "lasts", "lasted", "lasting"]

    /// What a span of time from `start` to its unit at `u` is the length of, when grammar says:
    /// the verb or noun before "for" ("banned for four years", "closed for a period of 21
    /// days"), the subject of "last" ("the consultation will last eight weeks", "an
    /// outage lasting nine hours"), the noun after "of" ("eight years of marriage"), or,
    /// for a compound adjective ("a four-year doping ban"), the words of the noun phrase it
    /// qualifies. Nil for spans that date rather than last ("two years ago", "in three weeks").
    static func lasting(_ t: [WordToken], start: Int, unit u: Int, compound: Bool) -> (stems: Set<String>, label: String?)? {
        func content(_ k: Int) -> Bool {
            k >= 0 && k < t.count && t[k].isWord && !t[k].isCapitalized && !t[k].isNumber && !Tokens.stopwords.contains(t[k].lower)
                && numberWords[t[k].lower] == nil && !lastVerbs.contains(t[k].lower) && durationUnits[lemma(t[k].lower)] == nil
        }
        if compound {
            // The noun phrase after the compound: its head is one of its words, whichever.
            var k = u + 1
            while k < t.count, t[k].isWord, t[k].isCapitalized { k += 1 }
            var stems: Set<String> = []
            while k < t.count, k <= u + 4, content(k), !compoundBreakers.contains(t[k].lower) {
                stems.insert(durationStem(agreementNouns.contains(lemma(t[k].lower)) ? "deal" : t[k].lower))
                k += 1
            }
            return stems.isEmpty ? nil : (stems, nil)
        }
        if u >= start, content(u + 2), t[u + 1].lower == "of" { return ([durationStem(t[u + 2].lower)], t[u + 2].text) }
        var b = start - 1
        while b >= 0, approximators.contains(t[b].lower) || nearlyWords.contains(t[b].lower) || floors.contains(t[b].lower)
            || ["more", "than", "up", "to", "a", "an", "another", "further", "as", "much"].contains(t[b].lower)
        { b -= 1 }
        // "for a period of 28 days".
        if b >= 3, t[b].lower == "of", t[b - 1].lower == "period", ["a", "the"].contains(t[b - 2].lower) { b -= 3 }
        guard b >= 1 else { return nil }
        if t[b].lower == "for", content(b - 1) {
            // "closed to all arrivals and departures for 28 days": a span after a verb's
            // prepositional object lasts the verb, told with the subject it follows.
            if let v = participle(t, before: b - 1) {
                var n = v - 1
                while n >= 0, t[n].isWord, Tokens.stopwords.contains(t[n].lower) { n -= 1 }
                let subject = content(n) ? t[n].lower + " " : ""
                return ([durationStem(t[v].lower)], subject + t[v].lower + " for")
            }
            return ([durationStem(t[b - 1].lower)], t[b - 1].lower + " for")
        }
        // "The launch will slip by six weeks", "pushed back the opening by three months":
        // a shift of what the clause names, said with any verb of moving in time.
        if t[b].lower == "by" {
            let words = (max(0, b - 10)..<b).reversed().prefix { !clauseBreaks.contains(t[$0].lower) }.reversed().filter(content)
            guard !words.isEmpty else { return nil }
            let named = words.first { $0 > 0 && determiners.contains(t[$0 - 1].lower) } ?? words[words.count - 1]
            return (Set(words.map { durationStem(t[$0].lower) }), t[named].lower)
        }
        if lastVerbs.contains(t[b].lower) {
            var n = b - 1
            while n >= 0, t[n].isWord, Tokens.stopwords.contains(t[n].lower) { n -= 1 }
            if content(n) { return ([durationStem(t[n].lower)], t[n].lower) }
        }
        return nil
    }

    /// The past participle a prepositional phrase ending at `e` hangs from ("closed to all
    /// arrivals and departures"): back over the phrase's nouns, determiners and
    /// conjunctions to its preposition, and the "-ed" word right before that.
    static func participle(_ t: [WordToken], before e: Int) -> Int? {
        var k = e
        while k > 0, k >= e - 6, t[k].isWord, !t[k].isCapitalized, !participlePrepositions.contains(t[k].lower),
            !t[k].lower.hasSuffix("ed"), !reportingVerbs.contains(t[k].lower)
        { k -= 1 }
        guard k > 0, k < e, participlePrepositions.contains(t[k].lower), t[k - 1].isWord, !t[k - 1].isCapitalized,
            t[k - 1].lower.hasSuffix("ed"), t[k - 1].lower.count > 4
        else { return nil }
        return k - 1
    }
    static let participlePrepositions: Set<String> = ["to", "from", "on", "at", "in"]

    /// The capitalised name nearest before `start` in its clause, its words in order.
    static func nearestName(_ t: [WordToken], before start: Int) -> [String] {
        func name(_ k: Int) -> Bool {
            t[k].isWord && t[k].isCapitalized && !(k == 0 && opensSentence(t[k].text)) && !StoryMentions.isDateWord(t[k].lower)
                && !RoleMentions.isLexiconWord(t[k])
        }
        var k = start - 1
        while k >= 0, !clauseBreaks.contains(t[k].lower), !name(k) { k -= 1 }
        var words: [String] = []
        while k >= 0, name(k) {
            words.insert(RoleMentions.stripPossessive(t[k].text), at: 0)
            k -= 1
        }
        return words
    }

    /// One stem for a word's verb and noun forms, as outlets write what lasts either way
    /// ("banned"/"ban", "married"/"marriage", "closed"/"closure").
    static func durationStem(_ w: String) -> String {
        var s = w.lowercased()
        for suffix in ["ing", "ed", "age", "ure", "es", "s", "e"] where s.count > suffix.count + 2 && s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            break
        }
        // "banned": a doubled last consonant is the verb's spelling, not its stem.
        let letters = Array(s)
        if letters.count >= 3, letters[letters.count - 1] == letters[letters.count - 2], !"aeiou".contains(letters[letters.count - 1]) {
            s.removeLast()
        }
        return s
    }

    /// The noun a compound adjective ending at `h` qualifies, past a name ("1,800-home
    /// Millpond scheme"): its first lower-case word that is no function word, or the head
    /// of the noun compound that word opens ("a 64-dish radio telescope", "a three-year
    /// pay deal"), as English compounds end on their head and outlets drop the modifier.
    static func sizedNoun(_ t: [WordToken], after h: Int) -> String? {
        var k = h + 1
        while k < t.count, k <= h + 3, t[k].isWord, t[k].isCapitalized { k += 1 }
        guard k < t.count, t[k].isWord, !t[k].isCapitalized, !t[k].isNumber, !Tokens.stopwords.contains(t[k].lower) else { return nil }
        if compoundHead(t, after: k) { k += 1 }
        return lemma(t[k].lower)
    }

    /// Whether the word after a singular noun at `k` is the head of their compound: a
    /// lower-case content word that reads as no verb, adverb or participle ("closure
    /// starts", "scheme approved"), and a modifier noun is singular ("a 14-store chain").
    static func compoundHead(_ t: [WordToken], after k: Int) -> Bool {
        let n = k + 1
        guard n < t.count, t[n].isWord, !t[n].isCapitalized, !t[n].isNumber, !Tokens.stopwords.contains(t[n].lower),
            t[n].lower.allSatisfy(\.isLetter), !t[k].lower.hasSuffix("s"),
            !["ed", "ing", "ly", "en"].contains(where: t[n].lower.hasSuffix), !compoundBreakers.contains(t[n].lower)
        else { return false }
        return n + 1 >= t.count || !t[n + 1].isWord || Tokens.stopwords.contains(t[n + 1].lower)
    }
    /// Verbs of one syllable that follow a subject and end on no "-ed".
    static let compoundBreakers: Set<String> = [
        "began", "begins", "came", "cost", "costs", "fell", "fall", "hit", "left", "made", "met", "ran", "rose", "saw", "set", "took",
        "went", "won", "put", "cut", "got", "held", "kept", "lost", "paid", "sold", "told", "will", "would", "could", "should", "may",
        "might", "must", "can", "shall", "remains", "opens", "closes", "runs", "comes", "goes",
        // "A three-year contract worth €1.8 million": the value's word, no noun of the compound.
        "worth",
    ]

    static func openingName(_ t: [WordToken], before start: Int) -> String? {
        let first = clauseStart(t, before: start)
        var k = first
        if k < start, t[k].isWord, !t[k].isCapitalized, Tokens.stopwords.contains(t[k].lower) { k += 1 }
        guard k < start - 1, t[k].isWord, t[k].isCapitalized, !(k == 0 && opensSentence(t[k].text)),
            !StoryMentions.isDateWord(t[k].lower), !RoleMentions.isLexiconWord(t[k]), t[k + 1].isWord, !t[k + 1].isCapitalized
        else { return nil }
        return RoleMentions.stripPossessive(t[k].text)
    }

    static func ownerName(_ t: [WordToken], before start: Int) -> String? {
        // The antecedent is the name right before the comma ("to buy Pennant, which has").
        if let end = antecedentEnd(t, before: start) { return nameEnding(t, at: end - 1) }
        let first = clauseStart(t, before: start)
        var runs: [[Int]] = []
        var texts: [String] = []
        var k = first
        while k < start {
            guard t[k].isWord, t[k].isCapitalized, !(k == 0 && opensSentence(t[k].text)),
                !StoryMentions.isDateWord(t[k].lower), !RoleMentions.isLexiconWord(t[k])
            else {
                k += 1
                continue
            }
            var run: [Int] = []
            var shown: [String] = []
            while k < start, t[k].isWord, t[k].isCapitalized, !StoryMentions.isDateWord(t[k].lower) {
                run.append(k)
                shown.append(RoleMentions.stripPossessive(t[k].text))
                k += 1
                // "REVIVE-3", "Pryce-Vale": a hyphen written tight joins one name.
                while k + 1 < start, hyphenJoins(t, at: k) {
                    shown[shown.count - 1] += "-" + RoleMentions.stripPossessive(t[k + 1].text)
                    run.append(k + 1)
                    k += 2
                }
                // "Pellam & Voss Assurance", "Pellow & Strand": an ampersand between
                // capitalised words joins the partners of one firm's name.
                if k + 1 < start, t[k].text == "&", t[k + 1].isWord, t[k + 1].isCapitalized, !StoryMentions.isDateWord(t[k + 1].lower) {
                    shown.append("&")
                    run.append(k)
                    k += 1
                }
            }
            // "St Ondine's has 16 beds": an "'s" before a verb or a comma possesses nothing;
            // the name is a shop's, a school's or a hospice's, written so.
            if let last = run.last, RoleMentions.hasPossessive(t[last].text), namesItself(t, after: last) {
                shown[shown.count - 1] = t[last].text
            }
            runs.append(run)
            texts.append(shown.joined(separator: " "))
        }
        // "Shares in Eldhøj Pharma fell", "Firefighters said": one capitalised word the
        // clause opens with, before a lower-case word, is capitalised for its place.
        let named = runs.indices.filter { r in
            let run = runs[r]
            if creditedOutlet(t, run) { return false }
            return !(run.first! <= first + 1 && run.count == 1 && run.last! + 1 < start && !t[run.last! + 1].isCapitalized)
        }
        return named.first.map { texts[$0] }
    }

    /// Whether a run of capitalised words is an outlet credited with the figure ("Hill
    /// Farming Weekly said there are 1,140 ewes", "according to the Courier, bills will
    /// rise 21 per cent", "papers seen by the Courier"): a newspaper's, broadcaster's or
    /// wire's name (its last word one of `Lexicon.mediaSuffixes`) before a reporting verb
    /// or after "according to" or "by" tells who reports the figure, not whose it is.
    static func creditedOutlet(_ t: [WordToken], _ run: [Int]) -> Bool {
        guard let first = run.first, let last = run.last, Lexicon.mediaSuffixes.contains(t[last].lower) else { return false }
        if last + 1 < t.count, Lexicon.reportingVerbs.contains(t[last + 1].lower) || reportingVerbs.contains(t[last + 1].lower)
            || publishingVerbs.contains(t[last + 1].lower)
        {
            return true
        }
        var b = first - 1
        if b >= 0, t[b].lower == "the" { b -= 1 }
        // "seen by the Courier", "reported by Valley Radio": the outlet credited.
        if b >= 0, t[b].lower == "by" { return true }
        return b >= 1 && t[b].lower == "to" && t[b - 1].lower == "according"
    }

    /// What an outlet does with a story it prints ("the Courier published details").
    static let publishingVerbs: Set<String> = ["published", "publishes", "printed", "prints", "broke", "revealed", "reveals", "carried", "ran"]

    /// Whether a name ending in "'s" at `k` stands for a thing of its own ("St Ondine's has",
    /// "Brannock's, which"), as no noun follows for it to possess.
    static func namesItself(_ t: [WordToken], after k: Int) -> Bool {
        guard k + 1 < t.count else { return true }
        return t[k + 1].text == "," || possessiveFreeVerbs.contains(t[k + 1].lower)
    }
    static let possessiveFreeVerbs: Set<String> = [
        "has", "had", "have", "is", "was", "will", "would", "can", "could", "says", "said", "employs", "employed", "runs", "ran",
    ]

    /// Whether the token at `h` is a hyphen written tight between a word and a word or a
    /// number ("REVIVE-3", "Pryce-Vale").
    static func hyphenJoins(_ t: [WordToken], at h: Int) -> Bool {
        guard h > 0, h + 1 < t.count, t[h].text == "-", t[h - 1].isWord, t[h + 1].isWord || t[h + 1].isNumber else { return false }
        return t[h - 1].range.upperBound == t[h].range.lowerBound && t[h].range.upperBound == t[h + 1].range.lowerBound
    }

    static let possessivePronouns: Set<String> = ["its", "their", "his", "her", "our"]

    /// Whether a holder's words are written lower-case in the sentence ("the brewery
    /// employs", "the plant's 180 staff") and so describe a body rather than name one.
    static func isDescription(_ holder: Set<String>, in t: [WordToken]) -> Bool {
        !holder.isEmpty && !t.contains { $0.isWord && $0.isCapitalized && holder.contains(RoleMentions.stripPossessive($0.text).lowercased()) }
    }

    static func holder(_ t: [WordToken], before start: Int) -> Set<String>? {
        guard start > 0, t[start - 1].isWord else { return nil }
        let word = t[start - 1]
        if possessivePronouns.contains(word.lower) {
            // The first name of the sentence: "Brackwater Zoo says it will keep its four".
            var k = 0
            // "Department store chain Hallbrook's is to close 14 of its 38 shops": a lone
            // capital opening the sentence before a lower-case word is capitalised for its
            // place when a name follows it.
            func placeCapital(_ k: Int) -> Bool {
                guard k == 0, t.count > 1, t[1].isWord, !t[1].isCapitalized else { return false }
                return (2..<max(2, start - 1)).contains { t[$0].isWord && t[$0].isCapitalized && !StoryMentions.isDateWord(t[$0].lower) }
            }
            while k < start - 1, !(t[k].isWord && t[k].isCapitalized && !(k == 0 && opensSentence(t[k].text))
                && !StoryMentions.isDateWord(t[k].lower) && !RoleMentions.isLexiconWord(t[k]) && !placeCapital(k))
            {
                k += 1
            }
            var words: Set<String> = []
            while k < start - 1, t[k].isWord, t[k].isCapitalized {
                words.insert(RoleMentions.stripPossessive(t[k].text).lowercased())
                k += 1
            }
            return words
        }
        let bare = RoleMentions.stripPossessive(word.text)
        guard bare != word.text else { return nil }
        return [bare.lowercased()]
    }

    /// The words of a name as the sentence writes them ("SwiftArc" for the holder
    /// "swiftarc"): the first run of capitalised words that is the whole name.
    static func shownName(_ words: Set<String>, in t: [WordToken]) -> String? {
        var k = 0
        while k < t.count {
            var run: [String] = []
            var j = k
            while j < t.count, t[j].isWord, t[j].isCapitalized, words.contains(RoleMentions.stripPossessive(t[j].text).lowercased()) {
                run.append(RoleMentions.stripPossessive(t[j].text))
                j += 1
            }
            if !run.isEmpty, Set(run.map { $0.lowercased() }) == words { return run.joined(separator: " ") }
            k = max(j, k + 1)
        }
        return nil
    }

    /// "Close 14 of its 38 shops", "on 62 of the 310 pages": the count after "of" and a
    /// determiner, right after another number, is the whole the first is part of.
    static func isWhole(_ t: [WordToken], before start: Int) -> Bool {
        guard start >= 3, t[start - 2].lower == "of", t[start - 3].isNumber || numberWords[t[start - 3].lower] != nil else { return false }
        return determiners.contains(t[start - 1].lower) || RoleMentions.hasPossessive(t[start - 1].text)
    }

    /// "All 14 of Norrhavn's ships": a count of a name's things after "of" is all its
    /// owner holds of them, as "Norrhavn's 14 ships" is; the owner's words, lower-case.
    static func partitiveHolder(_ t: [WordToken], after end: Int) -> Set<String>? {
        guard end < t.count, t[end].lower == "of" else { return nil }
        // "All three of its animals": all the owner holds, as "its three animals" is; "14 of
        // its 38 shops" is a part of a whole, counted by the second number.
        if end + 2 < t.count, possessivePronouns.contains(t[end + 1].lower), t[end + 2].isWord, numberWords[t[end + 2].lower] == nil {
            return holder(t, before: end + 2)
        }
        var k = end + 1
        var words: Set<String> = []
        while k < min(t.count, end + 5), t[k].isWord, t[k].isCapitalized {
            words.insert(RoleMentions.stripPossessive(t[k].text).lowercased())
            if RoleMentions.hasPossessive(t[k].text) { return words }
            k += 1
        }
        return nil
    }

    /// Verbs whose object is all the subject holds of a thing: "runs 17 lifts", "has
    /// about 1,900 employees", "operates 40 stores".
    static let havingVerbs: Set<String> = [
        "has", "have", "had", "runs", "ran", "operates", "operated", "employs", "employed", "owns", "owned",
    ]
    static let employVerbs: Set<String> = ["employ", "employs", "employed", "employing"]
    static let workVerbs: Set<String> = ["work", "works", "worked", "working"]

    /// "Employs 2,300 people", "is expected to employ about 3,000 people": the object of
    /// a verb of employing, past a word of estimate, counts a workforce.
    static func employing(_ t: [WordToken], before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, t[k].isWord, approximators.contains(t[k].lower) || nearlyWords.contains(t[k].lower) { k -= 1 }
        return k >= 0 && t[k].isWord && employVerbs.contains(t[k].lower)
    }

    /// "Where about 140 people work", "the 300 people who work there": people whose
    /// verb is working are a workforce, as "140 staff" is.
    static func working(_ t: [WordToken], after head: Int?) -> Bool {
        guard var k = head.map({ $0 + 1 }) else { return false }
        if k < t.count, ["who", "that"].contains(t[k].lower) { k += 1 }
        return k < t.count && t[k].isWord && workVerbs.contains(t[k].lower)
    }

    /// The having verb right before a count, past a word of estimate ("has about 1,900").
    static func havingVerb(_ t: [WordToken], before start: Int) -> Int? {
        var k = start - 1
        while k >= 0, t[k].isWord, approximators.contains(t[k].lower) || nearlyWords.contains(t[k].lower) { k -= 1 }
        return k >= 1 && t[k].isWord && havingVerbs.contains(t[k].lower) ? k : nil
    }

    /// "Mont Chauvel runs 17 lifts", "Sentrava, based in Texas, has about 1,900
    /// employees", "It has 14 lifts": a count after a having verb is all the subject holds
    /// of the thing, as "its 14 lifts" is. The subject is the name opening the sentence,
    /// or for a pronoun the first full name of the sentence before (`antecedents`).
    static func verbHolder(_ t: [WordToken], before start: Int, antecedents: [String]) -> Set<String>? {
        guard let v = havingVerb(t, before: start), let first = t.first, first.isWord else { return nil }
        // "Pennant, which has 226 stores", "the mine, which employs about 420 people": the
        // relative pronoun's antecedent holds them.
        if v >= 3, ["which", "that"].contains(t[v - 1].lower), t[v - 2].text == "," {
            return subject(t, endingAt: v - 3)
        }
        // "The yard employs about 640 people", "said the hospital has 300 beds": a common
        // noun the verb follows, after a definite determiner, is the subject.
        if !t[v - 1].isCapitalized, let noun = subject(t, endingAt: v - 1) { return noun }
        if ["it", "they"].contains(first.lower) {
            return antecedents.first.map { Set($0.lowercased().split(separator: " ").map(String.init)) }
        }
        guard first.isCapitalized, !opensSentence(first.text), let name = RoleMentions.nameRun(t, at: 0) else { return nil }
        return Set(name.text.lowercased().split(separator: " ").map(String.init))
    }

    /// The holder a subject ending at `e` names: a name's words ("Pennant", "Orrin
    /// Marine"), or the noun of "the yard" / "this hospital" (a definite description of
    /// the one body the story is about).
    static func subject(_ t: [WordToken], endingAt e: Int) -> Set<String>? {
        guard e >= 0, t[e].isWord else { return nil }
        if t[e].isCapitalized {
            guard let name = nameEnding(t, at: e) else { return nil }
            return Set(name.lowercased().split(separator: " ").map(String.init))
        }
        guard e >= 1, ["the", "this"].contains(t[e - 1].lower), !Tokens.stopwords.contains(t[e].lower), !t[e].isNumber
        else { return nil }
        return [lemma(t[e].lower)]
    }

    /// Words before a counted noun that tell a part or a share of its things, or a set
    /// told apart from another ("the other 40 staff", "300 new jobs", "12 more flights"):
    /// no quality the things share wherever they are counted.
    static let partWords: Set<String> = [
        "other", "remaining", "new", "more", "fewer", "less", "additional", "further", "extra", "existing", "former",
        "current", "previous", "first", "last", "next", "total", "full", "each", "per", "some", "many", "several",
    ]

    static let ownerDeterminers: Set<String> = ["the", "this", "that", "its", "their", "his", "her"]

    static func ownerNoun(_ t: [WordToken], before start: Int) -> String? {
        if let end = antecedentEnd(t, before: start) {
            // "the account, which had 120,000 followers": the antecedent's noun, whole.
            let d = clauseStart(t, before: end)
            guard d < end, ownerDeterminers.contains(t[d].lower) else { return nil }
            let words = t[(d + 1)..<end]
            guard !words.isEmpty, words.allSatisfy({ $0.isWord && !$0.isCapitalized && !$0.isNumber && !Tokens.stopwords.contains($0.lower) })
            else { return nil }
            return words.map { RoleMentions.stripPossessive($0.text) }.joined(separator: " ")
        }
        let d = clauseStart(t, before: start)
        guard d < start, ownerDeterminers.contains(t[d].lower) else { return nil }
        var words: [String] = []
        var k = d + 1
        while k < start, t[k].isWord, !t[k].isCapitalized, !t[k].isNumber, !Tokens.stopwords.contains(t[k].lower) {
            words.append(RoleMentions.stripPossessive(t[k].text))
            k += 1
        }
        // The clause's verb stands between its subject and the figure: "The bridge carries".
        // One word right before the figure qualifies it ("the current 11-inch model").
        if k == start && words.count == 1 { return nil }
        if words.count > 1 && (k == start || Tokens.stopwords.contains(t[k].lower)) { words.removeLast() }
        return words.isEmpty ? nil : words.joined(separator: " ")
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
        if let compound = numberCompound(tok), !tok.isCapitalized || i == 0 { return (compound.value, nil, i + 1) }
        return nil
    }

    /// Ordinals and the units after a tens word ("twenty-first", "twenty-one"): the
    /// hyphen joins two parts of one number, not a number and what it counts.
    static let numberParts: Set<String> = ["one", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]

    /// A number written in words as the first half of a compound adjective ("a ten-year
    /// deal", "a nine-hour outage", "a three-week closure"): house styles spell small
    /// numbers out where others print "10-year", and the two are one figure. The value
    /// and the word after the hyphen, which names what is counted; nil for anything else
    /// ("ten-year-old" is an age, "twenty-one" one number).
    static func numberCompound(_ tok: WordToken) -> (value: Double, unit: String)? {
        guard tok.isWord, tok.text.contains("-") else { return nil }
        let parts = tok.lower.split(separator: "-").map(String.init)
        guard parts.count == 2, let v = numberWords[parts[0]], let unit = parts.last, unit.count > 1,
            unit.allSatisfy(\.isLetter), numberWords[unit] == nil, !numberParts.contains(unit), fractionWords[unit] == nil
        else { return nil }
        return (v, unit)
    }

    static let clockWords: Set<String> = ["am", "pm", "a", "p", "gmt", "utc", "bst", "est", "edt", "cet", "pst", "pdt", "hrs", "h"]

    /// "7 p.m.", "10:30", scores and ranges ("24-17", "3-1"), ranks ("No. 3", "#1"),
    /// digits joined by slashes (dates such as "08/11/14", "24/7", "9/11"): numbers
    /// that are not amounts.
    static func isTimeScoreOrRank(_ t: [WordToken], _ i: Int) -> Bool {
        if i + 1 < t.count {
            let next = t[i + 1].text
            // "7 a.m.", "nine p.m.", but "half a point": a clock reads whole numbers.
            // A lone "a" or "p" is the clock's only when a full stop follows it ("a.m."):
            // "€12 a day", "£30,000 a year", "three a week" are rates, the article
            // before their period.
            let abbreviated = !["a", "p"].contains(t[i + 1].lower)
                || (i + 2 < t.count && t[i + 2].text == "." && t[i + 2].range.lowerBound == t[i + 1].range.upperBound)
            if (t[i].isNumber || numberWords[t[i].lower] != nil) && clockWords.contains(t[i + 1].lower) && abbreviated
                && t[i + 1].range.lowerBound - t[i].range.upperBound <= 1
            {
                return true
            }
            if next == ":" || ((next == "-" || next == "\u{2013}" || next == "/") && i + 2 < t.count && t[i + 2].isNumber) { return true }
        }
        if i > 0 {
            let prev = t[i - 1].text
            if prev == ":" || prev == "#" || ((prev == "-" || prev == "\u{2013}" || prev == "/") && i > 1 && t[i - 2].isNumber) { return true }
            if i > 1, t[i - 1].text == ".", t[i - 2].lower == "no" { return true }
        }
        return false
    }

    /// Nouns whose members are numbered: "category 2", "phase 3", "platform 4", "section 12".
    static let seriesNouns: Set<String> = [
        "category", "level", "grade", "stage", "phase", "tier", "band", "class", "type", "zone", "platform", "gate", "route",
        "section", "article", "chapter", "clause", "room", "terminal", "runway", "pier", "berth", "ward", "division", "series",
    ]

    /// Digits that name rather than count: a number written with a leading zero ("0800",
    /// "03000") or one of several digit groups set side by side ("0800 555 0199"), as
    /// phone numbers, codes and references are written. An amount is never either.
    static func isIdentifier(_ t: [WordToken], _ i: Int) -> Bool {
        let digits = Array(t[i].text.unicodeScalars)
        if digits.count > 1, digits[0] == "0", WordTokens.isDigit(digits[1]) { return true }
        // "Category 2 calls", "stage 3 of the line": digits after a noun of a numbered series name one of it.
        if i > 0, t[i].isNumber, !t[i].text.contains(","), !t[i].text.contains("."), seriesNouns.contains(t[i - 1].lower) { return true }
        // "Eight 16th-century tapestries": an ordinal beside a number is no digit group.
        func adjacentNumber(_ j: Int) -> Bool { j >= 0 && j < t.count && t[j].isNumber && !isOrdinal(t[j].lower.split(separator: "-")[0]) }
        return (adjacentNumber(i - 1) && t[i].range.lowerBound - t[i - 1].range.upperBound == 1)
            || (adjacentNumber(i + 1) && t[i + 1].range.lowerBound - t[i].range.upperBound == 1)
    }

    /// Digits that end a product's or a model's name: "Cradle 360", "Glide 3", "Boeing
    /// 737". A plain number right after a capitalised word that is no opener, bound,
    /// date or currency, outside a title-case headline, where every word is capitalised.
    static func isModelNumber(_ t: [WordToken], _ i: Int) -> Bool {
        guard i > 0, t[i].isNumber, !t[i].text.contains(","), !t[i].text.contains("."), t[i - 1].isWord, t[i - 1].isCapitalized
        else { return false }
        let w = t[i - 1].lower
        let bounds = approximators.union(nearlyWords).union(floors).union(ceilings)
        return !RoleMentions.isSentenceOpener(w) && !bounds.contains(w) && !StoryMentions.isDateWord(w) && currencyWords[w] == nil
            && !DateExpressions.isCalendarWord(t[i - 1]) && !RoleMentions.isTitleCase(t)
    }

    /// "Hale, 62," or "62-year-old": the person's name and the end of the mention.
    /// `antecedents`: the full names the sentence before gave, whom "the 31-year-old"
    /// with no name of its own may refer back to; `others`, the candidates after the
    /// name returned, for when that one is no person.
    static func age(_ t: [WordToken], at i: Int, number: Double, antecedents: [String] = []) -> (name: String, end: Int, referredBack: Bool, others: [String])? {
        guard number >= 1 && number < 120, number == number.rounded(), t[i].isNumber else { return nil }
        if let found = statedAge(t, at: i) { return (found.name, found.end, false, []) }
        // "The 61-year-old's office": the possessive still tells the owner's age.
        if i + 2 < t.count, t[i + 1].text == "-", RoleMentions.stripPossessive(t[i + 2].lower) == "year-old" {
            // "29-year-old, Brazilian-born Daiane Moss": a comma and compound adjectives
            // may stand between the age and the name.
            var k = i + 3
            if k < t.count, t[k].text == "," { k += 1 }
            while k < t.count, t[k].isWord, let tail = t[k].text.split(separator: "-").last, t[k].text.contains("-"),
                tail.first?.isLowercase ?? false
            {
                k += 1
            }
            // "The 52-year-old Dutchman": after "the", one capitalised word is a people's
            // name for the person (an epithet), not the person's own name.
            let epithet = referringArticle(t, before: i) != nil
            if let name = RoleMentions.nameRun(t, at: k) ?? RoleMentions.nameRun(t, at: i + 3),
                !(epithet && !name.text.contains(" "))
            {
                return (name.text, name.end, false, [])
            }
            // "Hale, a 41-year-old city councilman, ...": an apposition after the name
            // gives the named person's age.
            if i >= 3, ["a", "an"].contains(t[i - 1].lower), t[i - 2].text == ",", let name = nameEnding(t, at: i - 3) {
                return (name, i + 3, false, [])
            }
            // "The 31-year-old was taken to hospital", "the feisty 57-year-old insists": the
            // one named before, in this sentence or the one before.
            guard let the = referringArticle(t, before: i) else { return nil }
            // A name of its own clause is someone else ("Wilson fired at the unarmed
            // 18-year-old"); one before a clause the epithet opens as its subject ("which the
            // 19-year-old won", "but the feisty 57-year-old insists") may be the same person.
            let opensClause = the > 0 && clauseOpeners.contains(t[the - 1].lower)
            let candidates = (opensClause ? namesBefore(t, the) : []) + antecedents
            // With no name before, a title ("the 58-year-old King") may still say who.
            guard let first = candidates.first ?? epithetTitle(t, at: i) else { return nil }
            return (first, i + 3, true, Array(candidates.dropFirst()))
        }
        guard i >= 2, t[i - 1].text == ",", i + 1 < t.count, [",", ")", "."].contains(t[i + 1].text) else { return nil }
        if let name = nameEnding(t, at: i - 2) { return (name, i + 2, false, []) }
        // "Emberly, 64," opening the sentence: a word ending in -ly may be a surname, not
        // an adverb, and counts (as an epithet does) only when the story knows the person.
        guard t[i + 1].text == ",", let name = nameEnding(t, at: i - 2, adverbsPossible: false) else { return nil }
        return (name, i + 2, true, [])
    }

    /// The title word after "the 58-year-old" ("King", "minister", "chief executive"'s
    /// "executive" is none: only a title's head word standing alone before the verb),
    /// lower-case; nil when the noun is no title.
    static func epithetTitle(_ t: [WordToken], at i: Int) -> String? {
        guard i + 3 < t.count, t[i + 1].text == "-", t[i + 2].lower == "year-old", t[i + 3].isWord else { return nil }
        let word = t[i + 3].lower
        guard RoleLexicon.heads.contains(word), !RoleLexicon.inner.contains(word) else { return nil }
        // "The 58-year-old King Casimir" names the person; a title run on is part of a name.
        if i + 4 < t.count, t[i + 4].isWord, t[i + 4].isCapitalized { return nil }
        return word
    }

    /// The "the" of "the 31-year-old", "the feisty 57-year-old", "the veteran, much-capped
    /// 34-year-old": up to two lower-case words of colour may stand between.
    static func referringArticle(_ t: [WordToken], before i: Int) -> Int? {
        var k = i - 1
        var colour = 0
        while k >= 0 {
            if t[k].lower == "the" { return k }
            if t[k].text == ",", colour > 0 {
                k -= 1
                continue
            }
            guard colour < 2, t[k].isWord, !t[k].isCapitalized, !Tokens.stopwords.contains(t[k].lower) else { return nil }
            colour += 1
            k -= 1
        }
        return nil
    }

    /// Words after which "the 31-year-old" opens a clause of its own as its subject.
    static let clauseOpeners: Set<String> = [
        ",", ";", "but", "which", "that", "how", "while", "when", "as", "after", "before", "although", "though", "because",
        "since", "where", "whom", "until", "yet",
    ]

    /// Whether the statement after a verb of saying opens with a pronoun, past "that"
    /// ("said it would", "said that its"): the statement is of its source.
    static func sourceReferredBack(_ t: [WordToken], after verb: Int) -> Bool {
        var k = verb + 1
        if k < t.count, t[k].lower == "that" { k += 1 }
        return k < t.count && ["it", "its", "they", "their", "he", "his", "she", "her", "we", "our", "i", "my"].contains(t[k].lower)
    }

    /// Words that make the name before them a source, not the one an epithet after
    /// them refers to ("Broadcaster X claims the 52-year-old ...").
    static let sourcingVerbs: Set<String> = [
        "said", "says", "told", "tells", "claims", "claimed", "reported", "reports", "added", "wrote", "writes",
        "understands", "learned", "learnt", "believes",
    ]

    /// Names the sentence gives before `end`, nearest first ("which the 19-year-old won",
    /// after "Brandvold's games"), leaving out a name that sources the clause after it.
    static func namesBefore(_ t: [WordToken], _ end: Int) -> [String] {
        var found: [String] = []
        var k = 0
        while k < end {
            guard t[k].isWord, t[k].isCapitalized, !(k == 0 && opensSentence(t[k].text)),
                let name = RoleMentions.nameRun(t, at: k), name.end <= end
            else {
                k += 1
                continue
            }
            if !(name.end < t.count && sourcingVerbs.contains(t[name.end].lower)) { found.insert(name.text, at: 0) }
            k = max(k + 1, name.end)
        }
        return found
    }

    /// The name whose last word is `t[e]`: "Hale" in "Ruth Hale", with the words before it.
    static func nameEnding(_ t: [WordToken], at e: Int, adverbsPossible: Bool = true) -> String? {
        guard e >= 0, t[e].isWord, t[e].isCapitalized, !RoleMentions.hasPossessive(t[e].text) else { return nil }
        var k = e
        while k > 0 {
            if t[k - 1].isWord, t[k - 1].isCapitalized {
                k -= 1
            } else if k > 1, joinsDoubleBarrel(t, at: k - 1) {
                // "Imogen Pryce-Vale, 41": the hyphen joins one surname.
                k -= 2
            } else {
                break
            }
        }
        // "Imbert is 60": a name opening the sentence, unless a word that opens sentences.
        // Where no adverb can stand ("Emberly, 64,") a word ending in -ly is a name.
        func opener(_ w: String) -> Bool {
            RoleMentions.isSentenceOpener(w) && (adverbsPossible || !w.lowercased().hasSuffix("ly"))
        }
        if k < e, k == 0, opener(t[k].text) { k += 1 }
        if k == 0, opener(t[k].text) { return nil }
        // "Drummer Ines Varro, 38,": a title before the name is no part of it.
        while k < e, RoleMentions.isLexiconWord(t[k]) { k += 1 }
        guard let name = RoleMentions.nameRun(t, at: k), name.end == e + 1 else { return nil }
        return name.text
    }

    /// Whether the token at `h` is a hyphen written tight between two capitalised words
    /// ("Pryce-Vale"), as in a double-barrelled surname.
    static func joinsDoubleBarrel(_ t: [WordToken], at h: Int) -> Bool {
        guard h > 0, h + 1 < t.count, t[h].text == "-", t[h - 1].isWord, t[h - 1].isCapitalized, t[h + 1].isWord,
            t[h + 1].isCapitalized
        else { return false }
        return t[h - 1].range.upperBound == t[h].range.lowerBound && t[h].range.upperBound == t[h + 1].range.lowerBound
    }

    /// The names of two words or more a sentence gives, in order ("Ilse Varnholt" in
    /// "Dutch singer Ilse Varnholt has cancelled ..."): the first that is a person is whom
    /// the next sentence's "the 31-year-old" most often means.
    static func fullNames(_ t: [WordToken]) -> [String] {
        var out: [String] = []
        var k = 0
        while k < t.count {
            if t[k].isWord, t[k].isCapitalized, let name = RoleMentions.nameRun(t, at: k) {
                if name.text.split(separator: " ").count >= 2 { out.append(name.text) }
                k = max(k + 1, name.end)
            } else {
                k += 1
            }
        }
        return out
    }

    /// Words whose object makes someone else's relative, not the person named before:
    /// "Lorne, whose son died aged 40".
    static let othersRelatives: Set<String> = ["whose", "his", "her", "their", "its", "my", "our", "your"]

    /// Ages a sentence states of a named person: "died aged 81", "at the age of 81",
    /// "Imbert is 60", "the oldest, Tembi, is 48". The number stands alone: a unit or
    /// a second number after it ("aged 5 to 11", "is 64 kilometres") makes it no age.
    static func statedAge(_ t: [WordToken], at i: Int) -> (name: String, end: Int)? {
        let next = i + 1 < t.count ? t[i + 1] : nil
        var end = i + 1
        if let n = next, n.lower == "years", i + 2 < t.count, t[i + 2].lower == "old" {
            end = i + 3
        } else if let n = next, ![".", ",", ";", ")", "!", "?", "\u{2014}"].contains(n.text) {
            // "aged 81 on Friday", but not "aged 5 to 11" nor "is 64 kilometres".
            let range = ["to", "and", "or", "-", "\u{2013}"].contains(n.lower) && i + 2 < t.count && t[i + 2].isNumber
            guard n.isWord, Tokens.stopwords.contains(n.lower), !range else { return nil }
        }
        // "died aged 81", "died at the age of 81": the name opening the clause.
        var lead: Int? = nil
        if i >= 1, t[i - 1].lower == "aged" { lead = i - 1 }
        if i >= 4, t[i - 1].lower == "of", t[i - 2].lower == "age", t[i - 3].lower == "the", t[i - 4].lower == "at" { lead = i - 4 }
        if let lead {
            var k = lead - 1
            while k >= 0, !(t[k].isWord && t[k].isCapitalized && nameEnding(t, at: k) != nil) {
                if othersRelatives.contains(t[k].lower) || [";", ":"].contains(t[k].text) { return nil }
                k -= 1
            }
            guard k >= 0, let name = nameEnding(t, at: k) else { return nil }
            return (name, end)
        }
        // "Imbert is 60", "the oldest of them, Tembi, is 48".
        guard i >= 2, ["is", "was"].contains(t[i - 1].lower) else { return nil }
        if let name = nameEnding(t, at: i - 2) { return (name, end) }
        // "Copper Lantern, who was 15, won ...": a relative clause set off after the name
        // says its age as an apposition does.
        if i >= 4, t[i - 2].lower == "who", t[i - 3].text == ",", next?.text == ",", let name = nameEnding(t, at: i - 4) { return (name, end) }
        guard i >= 4, t[i - 2].text == ",", let name = nameEnding(t, at: i - 3) else { return nil }
        var k = i - 3
        while k > 0, t[k - 1].isWord, t[k - 1].isCapitalized { k -= 1 }
        guard k >= 1, t[k - 1].text == "," else { return nil }
        return (name, end)
    }

    /// The thing a number counts: the noun after it ("100% tariff", "4,000 new jobs"),
    /// else the content word before it ("tariffs of 100%", "rose 5%").
    /// "Eight 16th-century tapestries", "six 19th-century houses": an ordinal compound dates
    /// the things counted and is not what is counted.
    static func isOrdinal(_ w: Substring) -> Bool {
        w.count > 2 && ["st", "nd", "rd", "th"].contains(where: { w.hasSuffix($0) }) && w.dropLast(2).allSatisfy(\.isNumber)
    }
    static func pastOrdinalCompound(_ t: [WordToken], _ j: Int) -> Int {
        guard j < t.count, t[j].text.first?.isNumber == true else { return j }
        let parts = t[j].lower.split(separator: "-", maxSplits: 1)
        guard let number = parts.first, isOrdinal(number) else { return j }
        if parts.count == 2 { return j + 1 }
        return j + 2 < t.count && t[j + 1].text == "-" && t[j + 2].isWord ? j + 3 : j
    }

    static func head(_ t: [WordToken], after j: Int, before start: Int, plural: Bool) -> (String, Int?)? {
        let first = pastOrdinalCompound(t, j)
        var k = first
        var run: [Int] = []
        while k < t.count, k < first + 4, t[k].isWord, !t[k].isCapitalized || k == first,
            !Tokens.stopwords.contains(t[k].lower), !notHeads.contains(t[k].lower), numberWords[t[k].lower] == nil
        {
            run.append(k)
            k += 1
        }
        if plural, run.isEmpty || t[run[0]].isCapitalized, let h = countedPast(t, j) { return (lemma(t[h].lower), h) }
        // "214,000 retired and working council employees": adjectives joined by "and" or
        // "or" qualify the plural noun after the second of them.
        if plural, !run.isEmpty, !run.contains(where: { isPlural(t[$0].lower) }), let h = pluralPastConjunct(t, k) {
            return (lemma(t[h].lower), h)
        }
        // More than one of something is a plural noun: the first plural word is the
        // head ("four sources familiar with", "4,000 new jobs"); else the first word.
        if let h = plural ? run.first(where: { isPlural(t[$0].lower) }) ?? run.first : run.first {
            return (lemma(t[h].lower), h)
        }
        // "cut its rate by half a point", "slash rates by a massive 0.75 points": what
        // changes by the amount stands before "by", whatever adjectives come between.
        if let by = (max(0, start - 3)..<start).last(where: { t[$0].lower == "by" }), by > 0, t[by - 1].isWord,
            !Tokens.stopwords.contains(t[by - 1].lower), (by + 1..<start).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized })
        {
            return (lemma(t[by - 1].lower), by - 1)
        }
        var b = start - 1
        // "worth a staggering £6.3 million", "fell a further 3 percent": the word after
        // "a" colours the amount and is not what it measures.
        if b >= 1, t[b].isWord, !t[b].isCapitalized, !Tokens.stopwords.contains(t[b].lower), ["a", "an"].contains(t[b - 1].lower) {
            b -= 2
        }
        // Past "and" or "or" lies another conjunct: "$500 for steel cases and between $4,000 and...".
        while b >= 0, t[b].isWord, !["and", "or"].contains(t[b].lower),
            Tokens.stopwords.contains(t[b].lower) || approximators.contains(t[b].lower) || nearlyWords.contains(t[b].lower)
                || floors.contains(t[b].lower)
                || ceilings.contains(t[b].lower)
        { b -= 1 }
        guard b >= 0, t[b].isWord, !["and", "or"].contains(t[b].lower) else { return nil }
        // "buy the lighthouse and its keepers' cottages for £2.1m": what "its" refers back
        // to is the thing sold, the second conjunct a part of it.
        if b >= 2, let and = (max(1, b - 5)..<b).last(where: { t[$0].lower == "and" && possessivePronouns.contains(t[$0 + 1].lower) }),
            t[and - 1].isWord, !t[and - 1].isCapitalized, !Tokens.stopwords.contains(t[and - 1].lower)
        {
            return (lemma(t[and - 1].lower), and - 1)
        }
        return (lemma(t[b].lower), b)
    }

    /// The plural noun closing a second conjunct of lower-case words ("and working council
    /// employees") that opens at `k`; nil when none closes it within four words. The
    /// conjunct opens with a word like the first one, the noun after it: a plural right
    /// after "and" is a verb of another clause ("510 people and runs 90 buses").
    static func pluralPastConjunct(_ t: [WordToken], _ k: Int) -> Int? {
        guard k < t.count, ["and", "or"].contains(t[k].lower) else { return nil }
        var i = k + 1
        while i < min(t.count, k + 5), t[i].isWord, !t[i].isCapitalized, !Tokens.stopwords.contains(t[i].lower), numberWords[t[i].lower] == nil {
            if isPlural(t[i].lower) { return i > k + 1 ? i : nil }
            i += 1
        }
        return nil
    }

    /// The plural noun a count counts past a product's name or a partitive: "120,000
    /// Cradlo 360 infant car seats", "210,000 of the popular $299 seats", "80,000 of its
    /// Glide 3 scooters", "all 14 of Norrhavn's container ships". Nil when no plural lower-case noun ends the phrase.
    static func countedPast(_ t: [WordToken], _ j: Int) -> Int? {
        var k = j
        if k < t.count, t[k].lower == "of" {
            k += 1
            // "All 14 of Norrhavn's container ships": a name's possessive determines as "its" does.
            var owner = k
            while owner < min(t.count, k + 4), t[owner].isWord, t[owner].isCapitalized, !RoleMentions.hasPossessive(t[owner].text) { owner += 1 }
            if owner < t.count, owner < k + 4, t[owner].isWord, t[owner].isCapitalized, RoleMentions.hasPossessive(t[owner].text) {
                k = owner
            }
            guard k < t.count, determiners.contains(t[k].lower) || RoleMentions.hasPossessive(t[k].text) else { return nil }
            k += 1
        }
        guard k < t.count, k > j || t[k].isCapitalized else { return nil }
        let end = min(t.count, k + 6)
        while k < end {
            let tok = t[k]
            let partOfName = tok.isNumber || (tok.isWord && !Tokens.stopwords.contains(tok.lower)) || currencySymbols[tok.text] != nil
            guard partOfName else { return nil }
            if tok.isWord, !tok.isCapitalized, isPlural(tok.lower), numberWords[tok.lower] == nil, !RoleMentions.hasPossessive(tok.text) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// For a head found before the number ("a deal that could be worth $2bn"), the topic
    /// word before it as well: "deal worth"; past a relative pronoun and its comma ("the
    /// fire, which burnt": "fire burnt").
    static func backwardLabel(_ t: [WordToken], _ h: Int) -> String {
        var b = h - 1
        while b >= 0, b >= h - 4, (t[b].isWord && Tokens.stopwords.contains(t[b].lower)) || (t[b].text == "," && b + 1 < h) { b -= 1 }
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
        // "watches", "boxes", "classes": the plural adds "es" after a hissing sound.
        if w.count > 4, ["ches", "shes", "sses", "xes", "zes"].contains(where: w.hasSuffix) { return String(w.dropLast(2)) }
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
