import HearsayModel
import HearsayText

/// The one sum a story is about. A report of a takeover, a fine, a contract or a cost
/// overrun gives its price once and repeats it, so an outlet whose every sum in one
/// currency is the same figure states the story's sum, whatever noun or verb carries it
/// ("a £240m deal", "valued the brewer at £210m", "the $12 billion project", "to save
/// £1.8 million"). Two such outlets giving figures of one size that differ disagree
/// about it, where the sentences share too little for `sameQuantity` to pair them.
enum StorySums {
    /// Figures further apart than this are rather two sums (a fee and a budget) than one
    /// sum misreported, unless they are written with two digits swapped ("€38m", "€83m").
    static let sameSizeRatio = 2.0

    static func sameSize(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        guard a.value > 0, b.value > 0 else { return false }
        return max(a.value, b.value) < sameSizeRatio * min(a.value, b.value) || ContradictionFinder.swappedDigits(a, b)
    }

    static func farApart(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        a.value > 0 && b.value > 0 && max(a.value, b.value) >= 10 * min(a.value, b.value)
    }

    static func find(
        _ facts: [FactConflicts.Fact<QuantityMention>], reported: [Contradiction],
        subject: @escaping ([FactConflicts.Fact<QuantityMention>]) -> String
    ) -> [Contradiction] {
        // An increment ("a further £2m") is no other telling of the sum it adds to.
        let money = facts.filter { $0.payload.kind.isMoney && !$0.payload.follows && !$0.payload.pastPeriod }
        var out: [Contradiction] = []
        let byCurrency = Dictionary(grouping: money) { ContradictionFinder.attribute($0.payload.kind) + "\u{0}" + "\($0.payload.kind)" }
        for key in byCurrency.keys.sorted() {
            let all = byCurrency[key]!
            let byArticle = Dictionary(grouping: all, by: \.article)
            // Only an outlet that gives one figure tells which figure it holds the sum to be.
            // A rate of another order beside a total ("from £4.99 a month", "€3,000 a
            // hectare", "an average of £9,000") is another kind of sum and leaves it one.
            let single = all.filter { m in
                byArticle[m.article]!.allSatisfy {
                    ContradictionFinder.agree($0.payload, m.payload) || ($0.payload.rate != m.payload.rate && !sameSize($0.payload, m.payload)) || farApart($0.payload, m.payload)
                }
            }
            // An outlet giving both figures tells two sums apart ("€6.1 billion, against
            // the €4.2 billion given in public"): they are no rival tellings of one.
            func statedTogether(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
                !ContradictionFinder.agree(a, b) && byArticle.values.contains { ms in
                    ms.contains { ContradictionFinder.agree($0.payload, a) } && ms.contains { ContradictionFinder.agree($0.payload, b) }
                }
            }
            // The sums of one size and kind, not stated together, that outlets tell apart.
            func conflicts(_ mentions: [FactConflicts.Fact<QuantityMention>]) -> [Contradiction] {
                FactConflicts.find(
                    mentions, subject: { group in owner(group) ?? subject(group) }, attribute: ContradictionFinder.attribute(all[0].payload.kind),
                    sameFact: { sameSize($0.payload, $1.payload) && sameKind($0.payload, $1.payload) && !statedTogether($0.payload, $1.payload) },
                    apart: { statedTogether($0.payload, $1.payload) || !sameSize($0.payload, $1.payload) || !sameKind($0.payload, $1.payload) },
                    consistent: { ContradictionFinder.agree($0.payload, $1.payload) })
            }
            out += conflicts(single).filter { !alreadyReported($0, in: reported + out) }
            // An outlet that gives two sums in a currency may still give one figure for
            // the fine, the toll or the deal: its sums told with one noun are its figure
            // for that sum ("faces a fine of €62 million", "the €68m fine").
            for noun in Set(all.flatMap { namedSums($0.payload) }).sorted() {
                let named = all.filter { namedSums($0.payload).contains(noun) }
                let byOutlet = Dictionary(grouping: named, by: \.article)
                guard byOutlet.count > 1 else { continue }
                let once = named.filter { m in byOutlet[m.article]!.allSatisfy { ContradictionFinder.agree($0.payload, m.payload) } }
                out += conflicts(once).filter { !alreadyReported($0, in: reported + out) }
            }
        }
        return out
    }

    /// The sums a mention's own words name ("fine", "toll", "deal"), one noun for the
    /// words outlets use alike ("fine" and "penalty").
    static func namedSums(_ m: QuantityMention) -> Set<String> {
        Set(m.window.union([m.head]).compactMap { sumNouns[$0] }.map { QuantityMentions.moneyFamilies[$0] ?? $0 })
    }

    /// What a sum is, by the nouns and verbs news carries each kind of sum with: a
    /// price paid for a thing bought, the value of an agreement (a contract, an order),
    /// a cost or bill, a saving, a loss or gap, a charge for a use or a service (a toll,
    /// a fee), a sanction, pay, funding given, income. "Value" and "worth" say only that
    /// a figure is a sum, and "pay" is said of prices, wages and fines alike: they tell
    /// no kind, nor does a noun the sum merely qualifies ("the $4bn plant").
    static let kindWords: [String: String] = [
        "buy": "purchase", "buying": "purchase", "bought": "purchase", "purchase": "purchase", "purchased": "purchase",
        "acquire": "purchase", "acquired": "purchase", "acquiring": "purchase", "acquisition": "purchase",
        "takeover": "purchase", "bid": "purchase",
        "deal": "agreement", "contract": "agreement", "order": "agreement", "agreement": "agreement", "award": "agreement",
        "awarded": "agreement",
        "cost": "cost", "costing": "cost", "bill": "cost", "overrun": "cost", "spend": "cost", "spending": "cost",
        "budget": "cost",
        "save": "saving", "saving": "saving",
        "loss": "loss", "lost": "loss", "lose": "loss", "hit": "loss", "write-down": "loss", "writedown": "loss",
        "deficit": "loss", "shortfall": "loss", "gap": "loss",
        "fee": "charge", "toll": "charge", "fare": "charge", "charge": "charge", "charged": "charge", "charging": "charge",
        "levy": "charge", "rent": "charge", "subscription": "charge", "ticket": "charge", "tariff": "charge",
        "fine": "sanction", "fined": "sanction", "penalty": "sanction", "settlement": "sanction",
        "compensation": "sanction",
        "salary": "wage", "wage": "wage", "bonus": "wage",
        "grant": "funding", "subsidy": "funding", "funding": "funding", "aid": "funding", "donation": "funding",
        "loan": "funding", "investment": "funding", "bailout": "funding",
        "profit": "income", "revenue": "income", "turnover": "income", "earning": "income", "income": "income",
    ]

    /// The kinds the words around a sum tell (a sentence may tell two: "a budget gap").
    static func kinds(_ m: QuantityMention) -> Set<String> {
        Set(m.window.union([m.head]).compactMap { kindWords[$0] })
    }

    /// Two outlets' sums can be one only when they are of one kind ("a £4 toll",
    /// "charged £2.50 a crossing"); a fee and a contract, a price paid and a deal struck
    /// with someone else, are two sums of one story. A sum whose words tell no kind may
    /// be of any. So too "X will cost" and "Y will cost": one value word said of two
    /// things names two sums (unless one thing is itself a deal: "a deal worth").
    static func sameKind(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        if let x = a.pricedBy, x == b.pricedBy, a.head != b.head, !a.payment, !b.payment { return false }
        let x = kinds(a), y = kinds(b)
        return x.isEmpty || y.isEmpty || !x.isDisjoint(with: y)
    }

    /// Nouns that name what a sum is ("a £4 toll", "the deal", "puts the saving at"), by
    /// the words outlets carry them with: the verb "save" tells a saving, "fined" a fine.
    static let sumNouns: [String: String] = [
        "deal": "deal", "price": "price", "cost": "cost", "bill": "bill", "fee": "fee", "fine": "fine", "fined": "fine",
        "penalty": "penalty", "contract": "contract", "toll": "toll", "saving": "saving", "save": "saving",
        "valuation": "valuation", "budget": "budget", "package": "package", "order": "order", "payout": "payout",
        "settlement": "settlement", "compensation": "compensation", "damages": "damages", "deficit": "deficit",
        "shortfall": "shortfall", "gap": "gap", "subsidy": "subsidy", "grant": "grant", "salary": "salary", "takeover": "takeover",
        "sale": "sale", "write-down": "write-down", "debt": "debt", "borrowing": "debt", "guarantee": "guarantee",
    ]

    /// Whose sum it is, as readers would name it: the noun for the sum most of the
    /// outlets use ("contract") and the name most of them give beside it ("Grayrigg"),
    /// "contract (Grayrigg)"; nil when the outlets name neither.
    static func owner(_ group: [FactConflicts.Fact<QuantityMention>]) -> String? {
        func commonest(atLeast least: Int = 1, _ words: (QuantityMention) -> [String]) -> String? {
            var articles: [String: Set<String>] = [:]
            var order: [String] = []
            for f in group {
                for w in words(f.payload) {
                    if articles[w] == nil { order.append(w) }
                    articles[w, default: []].insert(f.article)
                }
            }
            return order.filter { articles[$0]!.count >= least }.max { articles[$0]!.count < articles[$1]!.count || (articles[$0]!.count == articles[$1]!.count && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
        }
        // Else the thing two or more outlets give the sum of ("$1.2bn for the studio").
        // A sum's own noun, as its sentence writes it ("a budget gap of €3.2 million"), before
        // the words around it: those may name another sum of the story.
        let noun = commonest { m in ownNoun(m).map { [$0] } ?? (m.window.union([m.head])).compactMap { sumNouns[$0] }.sorted() }
            ?? commonest(atLeast: 2) { m in m.head == "payment" || m.entities.contains { $0.lowercased() == m.head } ? [] : [m.head] }
        // A name one outlet alone gives by its sum is as likely a place or a buyer as the owner.
        let name = commonest(atLeast: 2) { m in m.entities.sorted() }
        switch (noun, name) {
        case let (n?, e?): return "\(n) (\(e))"
        case let (n?, nil): return n
        case let (nil, e?): return e
        default: return nil
        }
    }

    /// The noun a sum is of when it names what a sum is, with the one noun before it that
    /// makes a compound of it ("budget gap"), as written in the mention's label.
    static func ownNoun(_ m: QuantityMention) -> String? {
        guard let noun = sumNouns[m.head] else { return nil }
        let words = m.label.lowercased().split(separator: " ").map(String.init)
        // "branches save": a verb with its subject is no compound; a modifier noun is singular.
        guard noun == m.head, words.count == 2, QuantityMentions.lemma(words[1]) == m.head, words[0].allSatisfy(\.isLetter),
            !words[0].hasSuffix("s"), !Tokens.stopwords.contains(words[0])
        else { return noun }
        return words.joined(separator: " ")
    }

    /// A clash another rule already reports between the same mentions.
    static func alreadyReported(_ c: Contradiction, in reported: [Contradiction]) -> Bool {
        reported.contains { r in
            let spans = Set(r.values.flatMap(\.evidence))
            return c.values.filter { !spans.isDisjoint(with: $0.evidence) }.count >= 2
        }
    }
}
