import HearsayModel
import HearsayText

/// Where the outlets of a story disagree about one attribute of one subject: a person's
/// title, a number, an age or a date. Subjects are resolved to the fullest name the story
/// uses, so "Moreno" in one outlet and "Ada Moreno" in another are one person.
enum ContradictionFinder {
    /// Two counts with the same head speak of the same thing when the words around them
    /// share this much, and no names clash: counts are everywhere in news ("two
    /// years", "three people", a game's statistics), so only near-paraphrases qualify.
    static let sameCountWindow = 0.5
    /// Two dates date the same happening when their sentences share this much.
    static let sameEventSentence = 0.45
    static let sameEventWindow = 0.3
    /// Topic words two sentences giving sums paid under one deal share at least.
    static let minimumSharedDealWords = 2
    /// Holdings of a described body ("the plant's 180 staff") and of a name differ by
    /// less than this when they are one figure that outlets give differently.
    static let describedHolderRatio = 2.0
    /// Relative difference below which an estimate or a converted unit agrees.
    static let estimateTolerance = 0.15
    static let bothEstimatesTolerance = 0.05
    static let conversionTolerance = 0.03
    /// Days two articles lie apart at least for a birthday to explain ages a year apart.
    static let birthdayGapDays = 30
    /// Words besides the noun two sentences giving one small count of it share at least,
    /// when the words right around the counts share none ("six sightings of drones in the
    /// restricted zone", "four drones seen inside the restricted area").
    static let minimumSharedSentenceWords = 2
    /// Counts below this are too common in news to pair on their noun alone.
    static let minimumUniqueCount = 10.0
    /// Nouns small counts of which any sentence may give: people, spans, times, sides.
    static let everywhereNouns: Set<String> = [
        "people", "person", "employee", "job", "child", "man", "woman", "member", "time", "other", "one", "way", "side",
        "point", "goal", "game", "match", "case", "thing", "part", "stage", "round", "count", "term", "season",
    ]
    static func durationUnits(_ head: String) -> Bool { head == "duration" || QuantityMentions.durationUnits[head] != nil }
    static let timesOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "tonight", "overnight", "midday", "midnight"]

    /// The person of the story a resolved name is: "Cyclist Marta Quill", "Frontman Ed
    /// Lyle" (a word opening the sentence before the name), "PIET VANDERMOLEN" (a
    /// headline's capitals) are the person of that name.
    static func person(_ name: String, among persons: Set<String>) -> String {
        if persons.contains(name) { return name }
        if let p = persons.first(where: { $0.lowercased() == name.lowercased() }) { return p }
        return persons.filter { name.hasSuffix(" " + $0) }.max { $0.count < $1.count } ?? name
    }

    /// The one person of the story a title word is given to ("King" for "the 58-year-old
    /// King"); nil when nobody or several hold it, as the name before must then decide.
    static func holder(of title: String, people: [Person], names: NameResolver, among persons: Set<String>) -> String? {
        // "The 61-year-old monarch" is the King or the Queen of the story.
        let titles = title == "monarch" ? RoleLexicon.monarchs : [title]
        let holders = Set(people.filter { p in
            p.roles.contains { $0.lowercased().split(whereSeparator: { !$0.isLetter }).contains { titles.contains(String($0)) } }
        }.map { person(names.resolve($0.name), among: persons) })
        // "Casimir" and "Casimir V": one person under a shorter and a fuller name.
        let fullest = holders.filter { h in !holders.contains { $0 != h && $0.hasPrefix(h + " ") } }
        return fullest.count == 1 ? fullest.first : nil
    }

    static func contradictions(_ mentions: StoryMentions, people: [Person]) -> [Contradiction] {
        let roles = mentions.roles
        var raw = mentions.quantities
        let dates = mentions.dates
        let ages = raw.filter { $0.payload.kind == .age && !$0.payload.referredBack }.map(\.payload.head)
        let names = NameResolver(people: people, mentionedNames: roles.map(\.mention.name) + ages)
        let persons = Set(people.map { names.resolve($0.name) })
        let located = roles.map { r -> RoleConflicts.Located in
            // "Merrow's publicist" and "Caspian's agent": whose title it is, when a person
            // of the story, under that person's one name, as outlets call them either way.
            var mention = r.mention
            if let owner = mention.organisation, case let p = person(names.resolve(owner), among: persons), persons.contains(p) {
                mention.organisation = p
            }
            return RoleConflicts.Located(mention: mention, subject: names.resolve(r.mention.name), article: r.article)
        }
        var out = RoleConflicts.find(located)
        // Ages are of one person under whatever name each outlet uses, before a fact
        // check's "is 80, not 81" is tied to the outlet that printed 81.
        for q in raw.indices where raw[q].payload.kind == .age {
            // "The 19-year-old" refers to the first name before it that is a person.
            let candidates = [raw[q].payload.head] + raw[q].payload.otherReferents
            let heads = candidates.map { person(names.resolve($0), among: persons) }
            let head = raw[q].payload.epithetTitle.flatMap { holder(of: $0, people: people, names: names, among: persons) }
                ?? heads.first(where: persons.contains) ?? heads[0]
            raw[q].payload.head = head
            raw[q].payload.label = head
        }
        // "The 31-year-old" refers back to a person only: "the 150-year-old building"
        // after a sentence naming a company is no age of the company.
        // (Filtered after the threading, whose indices are into the whole list.)
        let quantities = specified(threadCorrections(raw).filter { !$0.payload.referredBack || persons.contains($0.payload.head) })
        // Only mentions of one kind about one thing can clash: compare within those groups.
        let byThing = Dictionary(grouping: quantities) { attribute($0.payload.kind) + "\u{0}" + $0.payload.head }
        for key in byThing.keys.sorted() {
            let facts = byThing[key]!
            let single = givenOncePerArticle(facts)
            // An outlet giving two counts of a noun ("318 passengers", "a second ferry
            // carrying 40 passengers") does not stop two outlets that give one each from
            // being set against each other.
            let onceIn = facts[0].payload.kind != .count ? [] : Set(Dictionary(grouping: facts, by: \.article).filter { _, ms in
                ms.allSatisfy { m in ms.allSatisfy { agree(m.payload, $0.payload) } }
            }.keys)
            out += FactConflicts.find(
                facts, subject: { group in
                    subject(group.map(\.payload)) { word in
                        let p = person(names.resolve(word), among: persons)
                        return persons.contains(p) ? p : nil
                    }
                }, attribute: attribute(facts[0].payload.kind),
                sameFact: {
                    sameQuantity($0.payload, $1.payload) || ((single || onceIn.contains($0.article) && onceIn.contains($1.article)) && sameUniqueFigure($0.payload, $1.payload))
                        || sameSpan($0, $1, among: facts)
                },
                apart: { ($0.payload.thread == nil || $0.payload.thread != $1.payload.thread) && differentThings($0.payload, $1.payload) },
                consistent: { agreeUnlessCorrected($0.payload, $1.payload) }, update: { updates($0.payload, $1.payload) },
                related: { !$0.payload.window.intersection($1.payload.window).subtracting([$0.payload.head]).isEmpty })
        }
        out += StorySums.find(quantities, reported: out) { group in
            subject(group.map(\.payload)) { word in
                let p = person(names.resolve(word), among: persons)
                return persons.contains(p) ? p : nil
            }
        }
        let onceAspects = DateAspects.givenOncePerArticle(dates)
        out += FactConflicts.find(
            dates,
            subject: { group in
                // "clip: The clip, posted on TikTok on Sunday, ...": what went online leads.
                if let posted = group.first(where: { $0.payload.posting != nil }), group.allSatisfy({ $0.payload.posting != nil }) {
                    return posted.payload.posting! + ": " + eventLabel(posted.payload.sentence, date: dateText(posted))
                }
                // "its meeting on Friday": the happening dated leads, as its sentence may date others.
                if let e = group[0].payload.event, e.count == 1 {
                    return e[0] + ": " + eventLabel(group[0].payload.sentence, date: dateText(group[0]))
                }
                // "Halfmoon Forge (founded)": whose happening the years are of.
                if let e = group[0].payload.lifeEvent, group.contains(where: { LifeEvents.sameEvent(group[0], $0, among: dates) }) {
                    // "Larkspur Narrows Bridge (opened)" rather than "(crossing)", "Quayle (stood down)"
                    // rather than "(left)" for a span's end: the verb tells the happening.
                    let told = group.first { !$0.payload.adjectival && $0.payload.lifeEvent?.spanned == false }?.payload.lifeEvent
                    return LifeEvents.label(told ?? e)
                }
                let label = eventLabel(group[0].payload.sentence, date: dateText(group[0]))
                return datedThing(group.map { ($0.article, $0.payload.sentence) }).map { $0 + ": " + label } ?? label
            }, attribute: "date",
            sameFact: {
                // A year set as an adjective dates its thing's origin only.
                guard !$0.payload.adjectival && !$1.payload.adjectival else { return LifeEvents.sameEvent($0, $1, among: dates) }
                return sameHappening($0.payload, $1.payload) || DateAspects.sameAspectDate($0.payload, $1.payload, once: onceAspects)
                    || LifeEvents.sameEvent($0, $1, among: dates) || PlannedChanges.sameChange($0, $1, among: dates)
                    || Postings.samePosting($0, $1, among: dates)
            },
            // "Reported on Saturday that fares rise from 1 September": one sentence's two
            // dates are of two happenings.
            apart: {
                ($0.article == $1.article && $0.payload.sentence == $1.payload.sentence && $0.range != $1.range)
                    || LifeEvents.differentHappenings($0.payload, $1.payload)
            },
            consistent: { StoryMentions.agree($0.payload, $1.payload) })
        out += FactConflicts.find(
            mentions.places, subject: { group in
                let owner = group.lazy.compactMap { f in f.payload.owner.isEmpty ? nil : f.payload.owner }.first
                let shown = group[0].payload.shown
                guard let owner, !owner.allSatisfy({ shown.lowercased().contains($0) }) else { return shown }
                return shown + " (" + owner.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") + ")"
            }, attribute: "place", sameFact: { PlaceMentions.sameThing($0.payload, $1.payload) },
            consistent: { PlaceMentions.agree($0.payload, $1.payload) })
        out += FactConflicts.find(
            mentions.times, subject: { group in eventLabel(group[0].payload.sentence, date: group[0].shown) }, attribute: "time",
            sameFact: { TimeMentions.sameHappening($0, $1, among: mentions.times) }, consistent: { TimeMentions.agree($0.payload, $1.payload) })
        out += FactConflicts.find(
            mentions.tallies, subject: { _ in "vote" }, attribute: "vote",
            sameFact: { VoteTallies.sameVote($0, $1, among: mentions.tallies) }, consistent: { $0.payload.sides == $1.payload.sides })
        return out
    }

    /// Words outlets use for a kind of thing where another names the kind: "all three of
    /// its animals" and "its four lynx", "its 40 vehicles" and "its 38 buses".
    static let generalNouns: Set<String> = [
        "animal", "creature", "beast", "vehicle", "aircraft", "vessel", "craft", "building", "property", "item",
        "artwork", "specimen", "machine",
    ]

    /// Counts of all an owner holds of a general noun ("all three of its animals") take the
    /// noun other outlets count of that owner ("its four lynx"), when they count one noun
    /// only: one set of things, named by its kind in one outlet and by itself in another.
    /// An outlet that counts the specific noun itself tells the general one apart.
    static func specified(_ qs: [FactConflicts.Fact<QuantityMention>]) -> [FactConflicts.Fact<QuantityMention>] {
        func owned(_ m: QuantityMention) -> Set<String>? {
            guard case .count = m.kind, let h = m.holder, !h.isEmpty, m.tally == nil, m.lasting == nil, m.collective == nil else { return nil }
            return h
        }
        var out = qs
        for i in qs.indices {
            let g = qs[i].payload
            guard generalNouns.contains(g.head), let owner = owned(g) else { continue }
            let heads = Set(qs.filter { f in
                guard f.article != qs[i].article, !generalNouns.contains(f.payload.head), f.payload.head.first?.isLowercase == true,
                    let o = owned(f.payload)
                else { return false }
                return !o.isDisjoint(with: owner)
            }.map(\.payload.head))
            guard heads.count == 1, let head = heads.first,
                !qs.contains(where: { $0.article == qs[i].article && $0.payload.head == head })
            else { continue }
            out[i].payload.head = head
        }
        return out
    }

    /// A figure's label with whose figure it is when the label does not say ("stock fell
    /// (Eldhøj Pharma)", "trucks (bridge)"): the name most of the group's clauses give,
    /// else the noun the first of them opens with.
    static func subject(_ group: [QuantityMention], person: (String) -> String? = { _ in nil }) -> String {
        var label = group[0].label
        // "registered breeding ewes": the noun with the words every outlet qualifies it
        // with, as they name the set counted.
        if let shown = group[0].qualifierText, group.allSatisfy({ !$0.qualifiers.isDisjoint(with: group[0].qualifiers) }),
            !label.lowercased().contains(shown.lowercased())
        {
            label = shown + " " + label
        }
        // An age's label is a person, a price's the thing sold ("Winter Mill").
        guard group[0].kind != .age, !group[0].objectOfSale else { return label }
        // "where Hale is up by 78 votes": one word opening the clause is whose figure it
        // is when it names a person of the story, under that person's fullest name.
        // "The 1,800-home scheme": the figure is the size of the noun it qualifies.
        if let size = group.compactMap(\.sizeOf).first, !label.lowercased().contains(size) { return "\(label) (\(size))" }
        let named = group.compactMap(\.ownerName)
        let names = named.isEmpty ? group.compactMap { $0.openingName.flatMap(person) } : named
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        let name = names.first { counts[$0] == counts.values.max() } ?? holderName(group)
        guard let owner = name ?? group.compactMap(\.ownerNoun).first(where: { !label.lowercased().contains($0.lowercased()) }),
            !label.lowercased().contains(owner.lowercased())
        else { return label }
        return "\(label) (\(owner))"
    }

    /// The name that holds the things counted ("all 14 of Norrhavn's ships", "SwiftArc
    /// employs 340 people"), as written.
    static func holderName(_ group: [QuantityMention]) -> String? {
        // A name some clause opens with or some sentence gives inside it: a lone capital
        // opening a sentence ("Relations between ... detained its 12 crew") is no name.
        let named = Set(group.flatMap { $0.clauseSubject.union($0.entities.map { $0.lowercased() }) })
        return group.first { m in
            guard !m.holderDescribed, let shown = m.holderShown else { return false }
            return shown.split(separator: " ").allSatisfy { named.contains($0.lowercased()) }
        }?.holderShown
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

    /// A fact check's "3,200 members, not 3,500" names a figure another outlet printed:
    /// that outlet's mention of it (same kind and value; of the same thing, or sharing a
    /// word with the correction, or a count of a hundred or more, which is rarely a
    /// coincidence) is of the corrected thing, however its sentence reads, and joins it
    /// in one fact. The rejected figure itself is no value the fact check states.
    static func threadCorrections(_ qs: [FactConflicts.Fact<QuantityMention>]) -> [FactConflicts.Fact<QuantityMention>] {
        var out = qs
        for fact in qs {
            guard let x = fact.payload.rejectedFor else { continue }
            let y = fact.payload
            let printed = qs.indices.filter { m in
                let p = qs[m].payload
                guard qs[m].article != fact.article, p.rejectedFor == nil, p.kind == y.kind, p.bound != .range,
                    abs(p.value - y.value) <= max(p.roundingTolerance, y.roundingTolerance) * 1.000001
                else { return false }
                return p.head == y.head || !p.window.intersection(y.window).subtracting([y.head]).isEmpty
                    || (p.kind == .count && p.value >= 100)
            }
            guard !printed.isEmpty else { continue }
            // The fact check's own retelling of the claim it debunks ("posts say two
            // million scooters") is no figure it gives. Ages a year apart, which `agree`
            // allows for a birthday, are told apart here: "is 80, not 81" says which.
            func matches(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
                a.kind == .age ? abs(a.value - b.value) <= max(a.roundingTolerance, b.roundingTolerance) : agree(a, b)
            }
            for m in qs.indices where qs[m].article == fact.article && m != x && qs[m].payload.kind == y.kind
                && qs[m].payload.head == y.head && matches(qs[m].payload, y) && !matches(qs[m].payload, qs[x].payload)
            {
                out[m].payload.rejectedFor = x
            }
            out[x].payload.thread = x
            for m in printed {
                out[m].payload.thread = x
                out[m].payload.head = qs[x].payload.head
                out[m].payload.label = qs[x].payload.label
            }
        }
        return out.filter { $0.payload.rejectedFor == nil }
    }

    static func sameQuantity(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        guard a.kind == b.kind, a.head == b.head else { return false }
        if a.kind == .age { return true }
        if let x = a.thread, x == b.thread { return true }
        // "More than 40 ships waited at the height of the strike" speaks of no other moment.
        if a.peak != b.peak { return false }
        if case .count = a.kind, let v = a.move, v == b.move, !differentThings(a, b), sameMover(a, b) { return true }
        // "Its three elephants", "the zoo's four elephants", "Orrin Labs, founded in Galway,
        // has 720 staff": all one owner holds, whatever other names the sentences give.
        if case .count = a.kind, let x = a.holder, let y = b.holder, !x.isDisjoint(with: y), !differentThings(a, b) { return true }
        // "The mine, which employs about 420 people" and "Varnsholt employs around 480
        // people": a definite description refers back to the body the story is about, so
        // it holds what the name holds (two descriptions, "the hospital" and "the hotel",
        // are two bodies). Figures a factor of two apart are rather two bodies ("the
        // plant" and the group) than one figure misreported.
        if case .count = a.kind, a.holder != nil, b.holder != nil, a.holderDescribed != b.holderDescribed, !differentThings(a, b),
            a.value > 0, b.value > 0, max(a.value, b.value) < describedHolderRatio * min(a.value, b.value)
        {
            return true
        }
        // Two sums paid under one deal name its parties in other places: "to land X in a
        // £50m deal", "agreed a £46m fee with Y for X". A party the two sentences share,
        // near either sum, makes the deal one, whatever other names stand by the sums.
        if a.payment && b.payment, !differentThings(a, b) {
            let names = Set((a.entities.union(b.entities)).map { $0.lowercased() })
            if !names.isDisjoint(with: a.sentenceWords.intersection(b.sentenceWords)) {
                return a.sentenceWords.intersection(b.sentenceWords).subtracting([a.head]).count >= minimumSharedDealWords
            }
        }
        // "Tarn Bank had agreed a 12-year deal", "the club signed a ten-year deal": the size
        // of one noun, whoever the clauses open with; names beside the noun still part them.
        if case .count = a.kind, let x = a.sizeOf, x == b.sizeOf, !differentThings(a, b), a.holder == nil || b.holder == nil
            || !(a.holder ?? []).isDisjoint(with: b.holder ?? [])
        {
            return true
        }
        // "5 million cars sold in China" and "3 million cars sold in Europe". A name that
        // is whose figure it is in either outlet ("Hollo has 2.3 million users in
        // Kaldonia", "leaving its 3.2 million users") sets nothing apart.
        let owners = Set([a, b].flatMap { ($0.holder ?? []).union($0.clauseSubject) })
        func places(_ m: QuantityMention) -> Set<String> { Set(m.entities.map { $0.lowercased() }).subtracting(owners) }
        if !places(a).isEmpty && !places(b).isEmpty && places(a).isDisjoint(with: places(b)) { return false }
        // "Hale scored 14 points" and "Lee scored 12 points".
        if !(a.objectOfSale && b.objectOfSale), !a.clauseSubject.isEmpty && !b.clauseSubject.isEmpty
            && a.clauseSubject.isDisjoint(with: b.clauseSubject)
        {
            return false
        }
        let shared = a.window.intersection(b.window).subtracting([a.head]).count
        // "A team of 11 engineers" and "a team of ten engineers": the size of one group.
        if differentThings(a, b) { return false }
        // "Banned for four years" and "a two-year ban": the length of one thing, however
        // differently the sentences around read.
        if let x = a.lasting, let y = b.lasting, !x.isDisjoint(with: y) { return true }
        // "Its 1,800-home scheme" and "the 2,100-home scheme": the size of one thing,
        // however differently the sentences around read.
        if case .count = a.kind, let x = a.sizeOf, x == b.sizeOf { return true }
        if sameQualifiedCount(a, b) { return true }
        // "47 branches" in one outlet and "74 branches" in another: one figure with two
        // digits swapped, the commonest misprint, however differently the sentences read.
        if swappedDigits(a, b) { return true }
        if let group = a.collective, group == b.collective { return true }
        // A story's post was shared so many times, whatever else the sentences say.
        if a.engagement && b.engagement { return true }
        // Two sums paid for one deal: their sentences tell the same deal ("agreed",
        // "headline", the parties' names).
        if a.payment && b.payment {
            return a.sentenceWords.intersection(b.sentenceWords).subtracting([a.head]).count >= minimumSharedDealWords
        }
        // Sums of money and percentages are rare enough in one story that one more shared
        // word ties them; plain counts ("two years", "three people") need more.
        // A running count of one happening ("nine people died", "killed 14 people") is
        // one fact where its words also share the scene ("fire", "hostel").
        if case .count = a.kind, let x = a.tally, x == b.tally {
            let scene = a.window.intersection(b.window).subtracting([a.head]).filter { QuantityMentions.tallyWords[$0] == nil }
            return !scene.isEmpty
        }
        // "Nestwell is recalling about 120,000 seats", "Nestwell is recalling a whopping
        // 210,000 of the seats": one name doing one thing to one kind of thing.
        if case .count = a.kind, let v = a.verb, v == b.verb, !a.clauseSubject.isDisjoint(with: b.clauseSubject) { return true }
        if case .count = a.kind {
            return shared >= 2 && ContentWords.jaccard(a.window, b.window) >= sameCountWindow
        }
        return shared >= 1
    }

    /// "1,140 registered breeding ewes" and "around 1,400 registered breeding ewes",
    /// "4,100 overnight stays" and "about 3,600 overnight stays a season": a noun counted
    /// with the same qualifying word in two outlets is one set of things, however
    /// differently the sentences around read, since a writer who qualifies a noun names
    /// the set the story counts. A part, an increment or a running tally is another count.
    static func sameQualifiedCount(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        guard case .count = a.kind, a.head == b.head, !a.qualifiers.isDisjoint(with: b.qualifiers), a.collective == b.collective,
            a.tally == b.tally, a.whole == b.whole, a.follows == b.follows, a.lasting == nil, b.lasting == nil, a.sizeOf == nil, b.sizeOf == nil
        else { return false }
        // "Castellan operates around 30 feeder ships", "Norrhavn's 14 feeder ships": two
        // owners' fleets of one kind.
        func owners(_ m: QuantityMention) -> Set<String> {
            (m.holder ?? []).union(m.clauseSubject).union(m.clauseNames.map { $0.lowercased() })
        }
        if !owners(a).isEmpty, !owners(b).isEmpty, owners(a).isDisjoint(with: owners(b)) { return false }
        return !differentThings(a, b)
    }

    /// Counts and sums of one noun where every outlet gives one figure only, however
    /// often it repeats it: an article tells a story's jobs lost, homes planned or
    /// farms paid once, so two outlets whose one figures differ disagree about it,
    /// however differently their sentences read ("about 640 jobs" to be lost, "putting
    /// 710 jobs at risk"). An outlet that gives two figures for the noun shows the story
    /// has two things of that name, and then only `sameQuantity` pairs them.
    static func givenOncePerArticle(_ facts: [FactConflicts.Fact<QuantityMention>]) -> Bool {
        guard let first = facts.first, first.payload.kind == .count || first.payload.kind.isMoney else { return false }
        let byArticle = Dictionary(grouping: facts, by: \.article)
        guard byArticle.count > 1 else { return false }
        return byArticle.values.allSatisfy { ms in ms.allSatisfy { m in ms.allSatisfy { agree(m.payload, $0.payload) } } }
    }

    /// The guards left once each outlet gives one figure for the noun: nothing in either
    /// sentence sets the two apart (another move, happening, place, owner or moment), the
    /// figures are no small counts ("two years", "three people" are everywhere) and lie
    /// within a factor of `describedHolderRatio`, beyond which they are rather two things.
    static func sameUniqueFigure(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        // "A team of around 180 developers" and "140 developers worked on it" count one
        // group; "the firm has 140 developers" counts all it holds, no team of them.
        func ungrouped(_ m: QuantityMention) -> Bool { m.collective == nil && m.holder == nil && !m.held }
        guard a.kind == b.kind, a.head == b.head, a.peak == b.peak, a.tally == nil, b.tally == nil, a.lasting == nil, b.lasting == nil,
            a.collective == b.collective || ungrouped(a) || ungrouped(b), !differentThings(a, b), a.value > 0, b.value > 0,
            max(a.value, b.value) < describedHolderRatio * min(a.value, b.value)
        else { return false }
        // Small counts of people and spans of time are everywhere in news; of a concrete
        // noun ("two trawlers", "three trawlers") they are one figure when the sentences
        // also share what was done with them or where.
        if a.kind == .count && min(a.value, b.value) < minimumUniqueCount {
            // "A six-screen cinema" sizes one thing of many: `sameQuantity` pairs sizes.
            guard !everywhereNouns.contains(a.head), durationUnits(a.head) == false, a.sizeOf == nil, b.sizeOf == nil,
                a.window.intersection(b.window).contains(where: { $0 != a.head && QuantityMentions.numberWords[$0] == nil })
                    || a.sentenceWords.intersection(b.sentenceWords).subtracting([a.head]).count >= minimumSharedSentenceWords
            else { return false }
        }
        // A name counted ("two nights at the Arena on 17 and 18 October") is a misread
        // date or score, no noun a story counts.
        guard a.head.first?.isLowercase == true else { return false }
        // "Bought 5,000 shares" and "sold 9,000 shares": two doings to one noun. Sums paid
        // under deals, and prices of things sold, are paired by their parties instead.
        if let x = a.governor, let y = b.governor, Set(CountedMoves.bases(x)).isDisjoint(with: CountedMoves.bases(y)),
            a.move == nil || a.move != b.move
        {
            return false
        }
        if a.payment || b.payment || a.objectOfSale || b.objectOfSale { return false }
        // "By Monday evening 14 ships were waiting", "nearly 20 ships last night": a
        // count told at a time of day is a snapshot of something that changes.
        if [a, b].contains(where: { !$0.window.isDisjoint(with: timesOfDay) }) || a.current != b.current { return false }
        if let x = a.holder, let y = b.holder, x.isDisjoint(with: y) { return false }
        if !a.clauseSubject.isEmpty && !b.clauseSubject.isEmpty && a.clauseSubject.isDisjoint(with: b.clauseSubject) { return false }
        let owners = Set([a, b].flatMap { ($0.holder ?? []).union($0.clauseSubject) })
        func places(_ m: QuantityMention) -> Set<String> { Set(m.entities.map { $0.lowercased() }).subtracting(owners) }
        return places(a).isEmpty || places(b).isEmpty || !places(a).isDisjoint(with: places(b))
    }

    /// Spans of one story's length of time told of different words ("payments were down for
    /// about nine hours", "the outage lasted around six hours"; "out of service for ten
    /// days", "shut for three weeks"): a story tells how long its one happening lasted, so
    /// two outlets each giving one span of its order (within `spanRatio`), whose sentences
    /// tell one happening, give one span. Two sizes of nouns ("a three-year pay agreement",
    /// "a four-year deal") are the sizes' business (`sameQuantity`).
    static let spanRatio = 2.5
    static func sameSpan(
        _ a: FactConflicts.Fact<QuantityMention>, _ b: FactConflicts.Fact<QuantityMention>, among all: [FactConflicts.Fact<QuantityMention>]
    ) -> Bool {
        let x = a.payload, y = b.payload
        guard a.article != b.article, x.head == "duration", y.head == "duration", let p = x.lasting, let q = y.lasting, x.value > 0, y.value > 0,
            max(x.value, y.value) < spanRatio * min(x.value, y.value), x.sizeOf == nil || y.sizeOf == nil, !x.shift, !y.shift,
            // "Mara Velde was jailed for four years", "Piet Osk was jailed for two years".
            x.clauseSubject.isEmpty || y.clauseSubject.isEmpty || !x.clauseSubject.isDisjoint(with: y.clauseSubject)
        else { return false }
        // The sentences tell one happening: what one span is of is in the other's sentence
        // ("talks ... running for six weeks", "in secret talks for two months"), or they
        // share two words besides.
        let shared = x.sentenceWords.intersection(y.sentenceWords).subtracting(QuantityMentions.durationUnits.keys)
        func stems(_ m: QuantityMention) -> Set<String> { Set(m.sentenceWords.map(QuantityMentions.durationStem)) }
        guard shared.count >= 2 || !p.isDisjoint(with: stems(y)) || !q.isDisjoint(with: stems(x)) else { return false }
        func near(_ m: QuantityMention) -> Bool { max(m.value, x.value, y.value) < spanRatio * min(m.value, x.value, y.value) }
        func once(_ f: FactConflicts.Fact<QuantityMention>) -> Bool {
            all.allSatisfy { g in g.article != f.article || g.payload.head != "duration" || !near(g.payload) || agree(g.payload, f.payload) }
        }
        return once(a) && once(b)
    }

    /// Whether two figures are written with the same digits but two neighbours swapped
    /// ("47" and "74", "1.2 million" and "2.1 million"), within one order of magnitude.
    static func swappedDigits(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        func digits(_ m: QuantityMention) -> [Unicode.Scalar] { m.text.unicodeScalars.filter { ("0"..."9").contains($0) } }
        let x = digits(a), y = digits(b)
        guard x.count >= 2, x.count == y.count, a.value > 0, b.value > 0, max(a.value, b.value) < 10 * min(a.value, b.value) else { return false }
        let differing = x.indices.filter { x[$0] != y[$0] }
        guard differing.count == 2, let i = differing.first, differing[1] == i + 1 else { return false }
        return x[i] == y[i + 1] && x[i + 1] == y[i]
    }

    /// Two counts of one move on one noun ("Nordavia will cut 2,000 jobs", "Struggling
    /// airline Nordavia is set to axe 2,500 posts") are one fact when one name makes the
    /// move in both and no other names set them apart ("in France", "in Spain"). A
    /// clause that names nobody ("the company plans to axe 300 posts") is told by its
    /// scene: a word both windows share besides the noun and the move's own words.
    static func sameMover(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        func places(_ m: QuantityMention) -> Set<String> { Set(m.entities.map { $0.lowercased() }).subtracting(m.clauseNames) }
        if !places(a).isEmpty && !places(b).isEmpty && places(a).isDisjoint(with: places(b)) { return false }
        if !a.clauseNames.isDisjoint(with: b.clauseNames) { return true }
        guard a.clauseNames.isEmpty != b.clauseNames.isEmpty else { return false }
        return a.window.intersection(b.window).contains { $0 != a.head && CountedMoves.move($0) == nil }
    }

    /// Sums for one noun qualified two ways ("the steel version", "the gold version"),
    /// counts of two happenings ("eight people died", "23 people were injured") or of two
    /// moves ("cut 600 jobs", "create 900 jobs"), or a figure and one that follows it.
    static func differentThings(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        if let x = a.tally, let y = b.tally, x != y { return true }
        // "Close 14 of its 38 shops": the part and the whole.
        if a.whole != b.whole { return true }
        if let x = a.move, let y = b.move, x != y { return true }
        // "Fell 6 percent" and "fell a further 4 percent": two moves. A running count's
        // later figures are told apart by their days (`updates`).
        if a.follows != b.follows && a.tally == nil && b.tally == nil { return true }
        // "Rose 4.8 percent last year" is background to the rise now planned.
        if a.pastPeriod != b.pastPeriod { return true }
        // "Rose 3 percent in morning trading" and "have risen 11 percent since the first
        // report": a day's move and a running total, or totals over two spans.
        if a.changeSpan != b.changeSpan { return true }
        return !a.modifiers.isEmpty && !b.modifiers.isEmpty && a.modifiers.isDisjoint(with: b.modifiers)
    }

    /// Whether `later` is a later day's figure for the running count `earlier` gives: a
    /// toll that rose between two days' reports is news, not a disagreement; two reports
    /// of one day that differ, or a toll that fell, still clash.
    static func updates(_ earlier: QuantityMention, _ later: QuantityMention) -> Bool {
        guard earlier.tally != nil, earlier.tally == later.tally, let a = earlier.published, let b = later.published else { return false }
        return a.end < b.start && later.upper >= earlier.value
    }

    /// Two mentions a correction ties together agree only when equal up to rounding: the
    /// fact check says the printed "some 3,500" is not its 3,200, whatever the estimate allows.
    static func agreeUnlessCorrected(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        guard let x = a.thread, x == b.thread else { return agree(a, b) }
        return abs(a.value - b.value) <= max(a.roundingTolerance, b.roundingTolerance) * 1.000001
    }

    /// Equal up to the rounding of the less precise number, the spread of an estimate,
    /// or the rounding of a unit conversion; for floors, ceilings, ranges and estimates
    /// from below, the values each allows overlap ("almost $800 million" and "more than
    /// $900 million" do not).
    static func agree(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
        let diff = abs(a.value - b.value)
        let scale = max(abs(a.value), abs(b.value))
        let (low, high) = a.value <= b.value ? (a, b) : (b, a)
        // A written number stands for the values that round to it, half up: "40,000" for
        // 39,500 up to 40,499, "$2 billion" for $1.5 billion up to, not including, $2.5 billion.
        if diff <= high.roundingTolerance * 1.000001 || diff < low.roundingTolerance * 0.999999 { return true }
        // "$349" against "$350".
        if low.bound == .exact, high.bound == .exact, low.upperSlack > 0, diff <= (low.upperSlack + high.roundingTolerance) * 1.000001 {
            return true
        }
        if case .measure = a.kind, diff <= conversionTolerance * scale { return true }
        // An age may have moved on by a birthday between two articles far enough apart,
        // upwards only: the later outlet giving the younger age disagrees, as do outlets
        // of one day, or undated, that differ by a year. Within a month a birthday falls
        // between two articles once in twelve stories or less, so a year's difference
        // there is one outlet's error, not the calendar.
        if a.kind == .age {
            guard diff <= 1, let x = a.published, let y = b.published,
                abs(x.start.dayNumber - y.start.dayNumber) >= birthdayGapDays
            else { return false }
            return (x < y) == (a.value < b.value)
        }
        let plain: Set<QuantityMention.Bound> = [.exact, .approximate]
        // "About 6,500" and "about 5,600": two digits swapped are a misprint of one figure,
        // not two guesses within each other's spread.
        if plain.contains(a.bound) && plain.contains(b.bound) && swappedDigits(a, b) { return false }
        if plain.contains(a.bound) && plain.contains(b.bound) {
            let estimates = [a, b].filter { $0.bound == .approximate }
            guard !estimates.isEmpty else { return false }
            if estimates.contains(where: { lastPlace($0) == nil }) {
                // "Around 640 staff" and "around 600 staff": two outlets each rounding the
                // figure they were given round to one value; a guess against a count keeps its spread.
                return diff <= (estimates.count == 2 ? bothEstimatesTolerance : estimateTolerance) * scale
            }
            // "About 3,100" is given to the hundred, not to 15% either way. Against a plain
            // figure it stands for what rounds to it ("about 1.2 million" and "1.3 million" are
            // two figures); two outlets' estimates each allow their place ("about 2,100" and
            // "around 2,200" agree, "about 1,100" and "around 1,300" only touch).
            let share = estimates.count == 2 ? 1.0 : 0.5
            func spread(_ m: QuantityMention) -> Double { m.bound == .approximate ? (lastPlace(m) ?? 0) * share : m.roundingTolerance }
            // "About 1,100" and "around 1,300" only touch at 1,200: two figures.
            return diff < (spread(a) + spread(b)) * 0.999999
        }
        let x = near(a, allowed(a), other: b), y = near(b, allowed(b), other: a)
        return x.lowerBound <= y.upperBound && y.lowerBound <= x.upperBound
    }

    /// "More than 14,000" is said of a figure near it: one twice as large would be given
    /// as "more than 28,000", so a floor or a ceiling set against a figure of its order
    /// reaches a factor of `describedHolderRatio` at most ("more than 14,000" and "more
    /// than 40,000" differ, "up to £500" and "£150" too). Against a figure ten times its
    /// own or more it stays open: "at least two years" and "sixty years" are two spans.
    static func near(_ m: QuantityMention, _ range: ClosedRange<Double>, other: QuantityMention) -> ClosedRange<Double> {
        guard m.value > 0, other.value > 0, max(m.value, other.value) < 10 * min(m.value, other.value) else { return range }
        switch m.bound {
        case .atLeast: return range.lowerBound...max(range.lowerBound, describedHolderRatio * m.value + m.roundingTolerance)
        case .atMost: return min(range.upperBound, m.value / describedHolderRatio - m.roundingTolerance)...range.upperBound
        default: return range
        }
    }

    /// The place of the last non-zero digit of an estimate written to two or more
    /// significant digits ("about 46", "roughly 3,400", "some $6.2 billion": 1, 100, $100
    /// million), which the writer chose to give; nil for a round figure ("about 40,000",
    /// "some 1,500", "around twenty"), whose spread is the 15% of a rough guess.
    static func lastPlace(_ m: QuantityMention) -> Double? {
        let v = abs(m.value)
        guard v > 0, m.text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return nil }
        var place = QuantityMentions.pow10(log10Floor(v))
        // Step down until the value is a whole multiple of the place.
        while place > 1e-9, abs(v / place - (v / place).rounded()) > 1e-6 * max(1, v / place) { place /= 10 }
        let digits = (v / place).rounded()
        guard digits >= 10, digits.truncatingRemainder(dividingBy: 10) != 5 else { return nil }
        return place
    }

    static func log10Floor(_ v: Double) -> Int {
        var n = 0, x = v
        while x >= 10 { x /= 10; n += 1 }
        while x < 1 { x *= 10; n -= 1 }
        return n
    }

    /// The values a mention allows: a floor everything above it, "nearly 40" up to 40 and
    /// an estimate's spread below, a range its span; each widened by its rounding (and
    /// a measure by the rounding of a conversion).
    static func allowed(_ m: QuantityMention) -> ClosedRange<Double> {
        let slack = m.roundingTolerance + (m.kind.isMeasure ? conversionTolerance * abs(m.upper) : 0)
        let spread = lastPlace(m) ?? estimateTolerance * abs(m.value)
        switch m.bound {
        case .exact: return (m.value - slack)...(m.value + slack + m.upperSlack)
        case .approximate: return (m.value - spread - slack)...(m.value + spread + slack)
        case .nearly: return (m.value - spread - slack)...(m.value + slack)
        case .atLeast: return (m.value - slack)...Double.infinity
        case .atMost: return -Double.infinity...(m.value + slack)
        case .range: return (m.value - slack)...(m.upper + slack)
        }
    }

    /// Whether two dates date one happening: one named happening ("its meeting on
    /// Friday"), or sentences telling the same near the date. Outlets reword the rest of
    /// a sentence freely, so two more tests look at what the date itself is tied to.
    static func sameHappening(_ a: StoryMentions.DateFact, _ b: StoryMentions.DateFact) -> Bool {
        guard a.repeats == b.repeats, StoryMentions.comparable(a, b) else { return false }
        // "Over the weekend" or "last week" names a few days, not one, and mostly dates a
        // report; set against a date stated outright ("from 1 September") it is another
        // happening. ("Yesterday" and "three years ago" still meet "on Monday", "in 2021".)
        func vague(_ f: StoryMentions.DateFact) -> Bool {
            guard f.relative, f.stated == StatedDate(nil, nil, nil), let s = f.span, s.precision == .days else { return false }
            return s.start != s.end
        }
        if (vague(a) && !b.relative) || (vague(b) && !a.relative) { return false }
        if a.event != nil && a.event == b.event { return true }
        let sentence = ContentWords.jaccard(a.words, b.words)
        if sentence >= sameEventSentence && ContentWords.jaccard(a.window, b.window) >= sameEventWindow { return true }
        // Only dates stated outright: a weekday or "by Tuesday night" dates each
        // outlet's own doings (its report, the count it gives), which differ by right.
        guard !a.relative, !b.relative else { return false }
        // The window tells apart the happenings of a sentence that dates several; a
        // sentence with one date dates one, and a near-paraphrase of it dating it to the
        // same precision ("from 1 March", "from April 1") dates the same.
        if a.datesInSentence == 1 && b.datesInSentence == 1 && sentence >= sameEventSentence && a.stated.sameParts(as: b.stated) { return true }
        // "The painting, completed in 1888" and "was completed in 1886": the word one date
        // hangs from is among those the other hangs from ("close the building on 31
        // August", "the building will close at the end of September"), and the sentences
        // share another word. "Opened in 1978" and "the plant shutting in 2027" share
        // "plant", but neither hangs from it first.
        guard let x = a.attachment.first, let y = b.attachment.first, b.attachment.contains(x) || a.attachment.contains(y),
            !a.qualifiesNoun, !b.qualifiesNoun
        else { return false }
        // "The national championships on 12 July", "the continental championships in
        // August": one noun qualified two ways names two happenings.
        if x == y, let p = a.qualifier, let q = b.qualifier, p != q { return false }
        // "The intrusion was discovered on 24 February", "had discovered the intrusion on
        // 26 February": both dates hang from the same two words, a verb and its object,
        // which tie them to one happening however the rest of the sentences reads.
        if a.attachment.count >= 2, b.attachment.count >= 2, Set(a.attachment.prefix(2)) == Set(b.attachment.prefix(2)) { return true }
        return !a.words.subtracting([x, y]).isDisjoint(with: b.words.subtracting([x, y]))
    }

    /// A short name for the happening: the first outlet's sentence, clipped; when the
    /// clip cuts off the date, the clause the date closes follows it ("(the Torrecillas
    /// Glacier is projected to disappear almost entirely by 2045)"), as what the date is
    /// of stands there rather than in the sentence's opening.
    static func eventLabel(_ sentence: String, date: String? = nil) -> String {
        guard sentence.count > 100 else { return sentence }
        let head = String(sentence.prefix(100).split(separator: " ").dropLast().joined(separator: " "))
        guard let date, let r = sentence.range(of: date), sentence.distance(from: sentence.startIndex, to: r.lowerBound) >= head.count,
            let clause = clause(before: sentence[..<r.lowerBound])
        else { return head + "\u{2026}" }
        return head + "\u{2026} (" + clause + " " + date + ")"
    }

    /// The noun the outlets dating one happening share ("the plant shutting in 2027", "its
    /// Tarnhaven plant by 2028"): a lower-case word after a determiner or a name, in the
    /// sentences of at least two articles, the most of them; a headline or a long sentence
    /// tells the happening, this the thing it happens to.
    static func datedThing(_ sentences: [(article: String, text: String)]) -> String? {
        var articles: [String: Set<String>] = [:]
        var order: [String] = []
        for (article, text) in sentences {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.filter { $0.isLetter || $0 == "'" || $0 == "\u{2019}" } }
            for k in words.indices.dropFirst() {
                let w = words[k], before = words[k - 1]
                guard w.count > 3, let c = w.first, c.isLowercase, w.allSatisfy(\.isLetter), !Tokens.stopwords.contains(w),
                    !StoryMentions.isDateWord(w), !["ed", "ing", "ly"].contains(where: w.hasSuffix),
                    QuantityMentions.determiners.contains(before.lowercased()) || (before.first?.isUppercase == true && k > 1)
                else { continue }
                // "its Carrickmoyle yogurt plant": a compound ends on its head.
                var head = w
                if k + 1 < words.count, case let x = words[k + 1], x.count > 3, x.allSatisfy(\.isLetter), x.first?.isLowercase == true,
                    !Tokens.stopwords.contains(x), !["ed", "ing", "ly"].contains(where: x.hasSuffix)
                {
                    head = x
                }
                let noun = QuantityMentions.lemma(head)
                if articles[noun] == nil { order.append(noun) }
                articles[noun, default: []].insert(article)
            }
        }
        let best = order.filter { articles[$0]!.count >= 2 }.max { articles[$0]!.count < articles[$1]!.count || (articles[$0]!.count == articles[$1]!.count && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
        return best
    }

    /// The date as its sentence writes it: what is shown without the day a relative date
    /// resolves to.
    static func dateText(_ f: FactConflicts.Fact<StoryMentions.DateFact>) -> String {
        guard f.payload.relative, let open = f.shown.range(of: " (", options: .backwards) else { return f.shown }
        return String(f.shown[..<open.lowerBound])
    }

    /// Words of the clause that ends right before a date, back to a punctuation mark or a
    /// word that opens a reported clause ("said", "that"), at most `clauseWords` of them;
    /// a clause of one or two words ("rather than in") takes in the one before it.
    static let clauseWords = 12
    static let clauseOpeners: Set<String> = ["that", "said", "says", "say", "told", "according"]
    static func clause(before text: Substring) -> String? {
        var kept: [Substring] = []
        for w in text.split(separator: " ").reversed() {
            let bare = String(w.lowercased().filter(\.isLetter))
            // "loss, the Glacier ...": a word closing with a mark ends the clause before.
            let closes = w.last.map { ",;:)\u{2014}\u{2013}".contains($0) } ?? false
            if kept.count >= 3 && (closes || clauseOpeners.contains(bare)) || kept.count >= clauseWords { break }
            kept.insert(w, at: 0)
            // "\"at current rates": a quotation opens its own clause.
            if kept.count >= 3, let c = w.first, "\"\u{201C}\u{2018}(".contains(c) { break }
        }
        var out = kept.joined(separator: " ")
        while let c = out.first, !c.isLetter && !c.isNumber { out.removeFirst() }
        return kept.count >= 3 ? out : nil
    }
}
