import HearsayModel
import HearsayText

/// Where the outlets of a story disagree about one attribute of one subject: a person's
/// title, a number, an age or a date. Subjects are resolved to the fullest name the story
/// uses, so "Moreno" in one outlet and "Ada Moreno" in another are one person.
enum ContradictionFinder {
    /// Two numbers speak of the same thing when their clauses share this much.
    static let sameQuantityWindow = 0.3
    /// Two dates date the same happening when their sentences share this much.
    static let sameEventSentence = 0.45
    /// Relative difference below which an estimate or a converted unit agrees.
    static let estimateTolerance = 0.15
    static let conversionTolerance = 0.03

    static func contradictions(_ mentions: StoryMentions, people: [Person]) -> [Contradiction] {
        let roles = mentions.roles
        var quantities = mentions.quantities
        let dates = mentions.dates
        let ages = quantities.filter { $0.payload.kind == .age }.map(\.payload.head)
        let names = NameResolver(people: people, mentionedNames: roles.map(\.mention.name) + ages)
        let located = roles.map { RoleConflicts.Located(mention: $0.mention, subject: names.resolve($0.mention.name), article: $0.article) }
        var out = RoleConflicts.find(located)
        for q in quantities.indices where quantities[q].payload.kind == .age {
            quantities[q].payload.head = names.resolve(quantities[q].payload.head)
            quantities[q].payload.label = quantities[q].payload.head
        }
        // Only mentions of one kind about one thing can clash: compare within those groups.
        let byThing = Dictionary(grouping: quantities) { attribute($0.payload.kind) + "\u{0}" + $0.payload.head }
        for key in byThing.keys.sorted() {
            let facts = byThing[key]!
            out += FactConflicts.find(
                facts, subject: { $0.payload.label }, attribute: attribute(facts[0].payload.kind),
                sameFact: { sameQuantity($0.payload, $1.payload) }, consistent: { agree($0.payload, $1.payload) })
        }
        out += FactConflicts.find(
            dates, subject: { eventLabel($0.payload.sentence) }, attribute: "date",
            sameFact: { ContentWords.jaccard($0.payload.words, $1.payload.words) >= sameEventSentence },
            consistent: { $0.payload.span.start <= $1.payload.span.end && $1.payload.span.start <= $0.payload.span.end })
        return out
    }

    static func attribute(_ kind: QuantityMention.Kind) -> String {
        switch kind {
        case .percentage: "percentage"
        case .percentagePoints: "percentage points"
        case .money: "money"
        case .measure: "measure"
        case .count: "number"
        case .age: "age"
        }
    }

    static func sameQuantity(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        guard a.kind == b.kind, a.head == b.head else { return false }
        if a.kind == .age { return true }
        return ContentWords.jaccard(a.window, b.window) >= sameQuantityWindow
    }

    /// Equal up to the rounding of the less precise number, the spread of an estimate,
    /// or the rounding of a unit conversion.
    static func agree(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        let diff = abs(a.value - b.value)
        let scale = max(abs(a.value), abs(b.value))
        if diff <= max(a.roundingTolerance, b.roundingTolerance) * 1.000001 { return true }
        if (a.approximate || b.approximate) && diff <= estimateTolerance * scale { return true }
        if case .measure = a.kind, diff <= conversionTolerance * scale { return true }
        // An age may have moved on by a birthday between two articles.
        if a.kind == .age { return diff <= 1 }
        return false
    }

    /// A short name for the happening: the first outlet's sentence, clipped.
    static func eventLabel(_ sentence: String) -> String {
        guard sentence.count > 100 else { return sentence }
        return String(sentence.prefix(100).split(separator: " ").dropLast().joined(separator: " ")) + "\u{2026}"
    }
}
