import Foundation
import HearsayModel
import HearsayRead
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by the fifth review of the comparison, on four small multi-outlet stories
/// written for these tests (`Stories/*.jsonl`: titles, outlets, publication dates) and on
/// single sentences: what a sum is of, ranges, dates said through the publication date,
/// one name written two ways, short quotes that belong to no one statement.
@Suite struct CompareFifthReviewTests: CompareSuite {
    static let stories = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Stories")

    func story(_ file: String) throws -> Story {
        let articles = try ArticleReader().read([Self.stories.appendingPathComponent(file).path])
        return StoryAnalyzer(stages: [QuoteStage(), CompareStage()]).analyze(id: "s", articles: articles)
    }

    func contradictions(_ bodies: [String], published: [String?]? = nil) -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in
            Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body, published: published?[i])
        }
        return ContradictionFinder.contradictions(StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: [])
    }

    /// Each contradiction as its values, each value with the articles that give it.
    func clashes(_ s: Story, _ attribute: String) -> [[Set<String>]] {
        s.contradictions.filter { $0.attribute == attribute }.map { $0.values.map { Set($0.articles) } }
    }

    func quote(_ s: Story, _ words: String, in article: String) -> Quote? {
        s.quotes.first { $0.article == article && $0.text.contains(words) }
    }
}

extension CompareFifthReviewTests {
    // MARK: what a sum is of

    @Test func theFerrysSumsAreComparedThingByThing() throws {
        let s = try story("ferry-aground.jsonl")
        // The vessel's price (named after "for" in one outlet, before it in the other) and
        // the insurance claim ("almost" against "more than") disagree.
        #expect(clashes(s, "money").contains([["ferry-courier"], ["ferry-daily"]]))
        #expect(clashes(s, "money").contains([["ferry-courier"], ["ferry-wire"]]))
        // The hull's repairs and the new engine both "will cost"; $39 and $40 tickets are
        // one price; $420 passes sit inside "between $300 and $450".
        #expect(s.contradictions.filter { $0.attribute == "money" }.count == 2)
        #expect(Set(s.contradictions.filter { $0.attribute == "money" }.flatMap { $0.values.map(\.value) })
            == ["$4.9 million", "$5.6 million", "$2.2 million", "$2.4 million"])
    }

    @Test func aPriceWordIsNotTheThingPriced() {
        // "Will cost" says a price, not of what: a hull and an engine are two things.
        #expect(contradictions([
            "Repairs to the ferry's hull will cost $800,000, the operator said in a statement.",
            "A new engine for the ferry will cost $1.2 million, the operator said in a statement.",
        ]).isEmpty)
        // The same noun qualified two ways is two things.
        #expect(contradictions([
            "Sources say the steel version will start at $500 when it goes on sale in the spring.",
            "Sources say the gold version will start at $4,000 when it goes on sale in the spring.",
        ]).isEmpty)
        // A sum that names nothing it is of cannot be told apart from another.
        #expect(contradictions([
            "The council said the $350 price applies to every household in the district.",
            "Every household in the district will pay, and the council said the $400 price applies.",
        ]).isEmpty)
    }

    @Test func rangesFloorsAndNearlyAreTheValuesTheyAllow() {
        #expect(contradictions([
            "Season passes for the island route sell for between $300 and $450, the line said.",
            "Season passes for the island route sell for $420, the line said.",
        ]).isEmpty)
        #expect(contradictions([
            "The insurer faces a claim of almost $2.2 million over the grounding, a broker said.",
            "The insurer faces a claim of more than $2.4 million over the grounding, a broker said.",
        ]).count == 1)
        #expect(contradictions([
            "The gold watches are priced at $4,000 and up, the blog said on Tuesday.",
            "The gold watches are priced at up to $5,000, the blog said on Tuesday.",
        ]).isEmpty)
    }

    @Test func aPriceEndingInNineIsTheRoundFigureAbove() {
        #expect(contradictions([
            "Single tickets on the island route cost $39 for adults, the line said.",
            "A single ticket on the island route costs $40 for adults, the line said.",
        ]).isEmpty)
        #expect(contradictions([
            "Single tickets on the island route cost $38 for adults, the line said.",
            "A single ticket on the island route costs $40 for adults, the line said.",
        ]).count == 1)
    }

    @Test func anAgeMaySitBeforeACommaAndACompoundAdjective() {
        let found = contradictions([
            "The channel is run by 29-year-old, Lisbon-born Rosa Moss, a former dancer, neighbours said.",
            "Moss, 32, has not answered calls from reporters since the channel was named.",
        ])
        #expect(found.map(\.attribute) == ["age"])
        #expect(found.first?.subject == "Rosa Moss")
    }

    @Test func theSizeOfOneGroupIsOneFact() {
        let found = contradictions([
            "The phone company sent a team of 11 engineers to search its servers for the lost greeting.",
            "A team of 10 engineers searched the old exchange for a week, the phone company said.",
        ])
        #expect(found.map(\.attribute) == ["number"])
        #expect(contradictions([
            "The phone company sent a team of 11 engineers to search its servers for the lost greeting.",
            "The phone company has 10 engineers at the old exchange, which closes for a week.",
        ]).isEmpty)
    }
}

extension CompareFifthReviewTests {
    // MARK: dates said through the publication date

    @Test func theMillsClosureIsDatedThroughEachOutletsPublicationDate() throws {
        let s = try story("mill-closure.jsonl")
        // "On Monday" (published Tuesday) against "yesterday" (published Wednesday), "on
        // Tuesday" (published Thursday) and an undated "on Tuesday".
        #expect(clashes(s, "date").contains([["mill-post"], ["mill-times", "mill-weekly", "mill-blog"]]))
        // "Three years ago" in 2026 against "in 2021".
        #expect(clashes(s, "date").contains([["mill-post"], ["mill-times"]]))
        #expect(s.contradictions.count == 2)
    }

    @Test func twoWeekdaysForOneEventDisagreeEvenUndated() {
        let found = contradictions([
            "State television admitted on Thursday that the leader was unwell after weeks of silence.",
            "State television admitted on Friday that the leader was unwell after weeks of silence.",
        ])
        #expect(found.map(\.attribute) == ["date"])
        // One weekday in two outlets is the same words, however far apart they were published.
        #expect(contradictions([
            "State television admitted on Thursday that the leader was unwell after weeks of silence.",
            "State television admitted on Thursday that the leader was unwell after weeks of silence.",
        ], published: ["2026-03-13", "2026-03-21"]).isEmpty)
    }

    @Test func aDateBeforeAPastVerbIsInThePast() {
        // "Will close" looks ahead, but the announcement was on the Monday before.
        let found = DateExpressions.find(in: TextDocument("The firm announced on Monday that it will close the plant."),
            reference: DateSpan.parseISO("2026-03-11"))
        #expect(found.map(\.span.iso) == ["2026-03-09"])
        let opening = DateExpressions.find(in: TextDocument("On Monday, the firm announced that it will close the plant."),
            reference: DateSpan.parseISO("2026-03-11"))
        #expect(opening.map(\.span.iso) == ["2026-03-09"])
    }
}

extension CompareFifthReviewTests {
    // MARK: one name written two ways

    @Test func theBloggersNamesAreFoundHoweverOutletsWriteThem() throws {
        let s = try story("anonymous-blogger.jsonl")
        // "Mira" and "Mara", "Hollingworth" and "Hollingsworth", "Kestrel News" and
        // "Kestrel", "Tomas" and "Tomas Brezina": every speaker is named by another outlet.
        #expect(flagged(s).isEmpty, "\(s.quotes.filter { flagged(s).contains($0.id) }.map(\.speaker))")
        // One statement under both spellings, and under "his daughter".
        let towpath = [quote(s, "Nobody asked", in: "blog-gazette"), quote(s, "Nobody asked", in: "blog-echo")].compactMap(\.?.id)
        #expect(s.quoteGroups.contains { Set($0.quotes) == Set(towpath) })
        let cafe = [quote(s, "served boaters", in: "blog-gazette"), quote(s, "served boaters", in: "blog-weekly")].compactMap(\.?.id)
        #expect(cafe.count == 2 && s.quoteGroups.contains { Set($0.quotes) == Set(cafe) })
    }

    @Test func aLongNameWithALetterMoreOrLessIsOneName() {
        #expect(NameVariants.same("Hollingworth", "Hollingsworth") && NameVariants.same("Friedrich", "Friedrichs"))
        // Short names, and names two letters apart, stay apart.
        #expect(!NameVariants.same("Marten", "Martens") && !NameVariants.same("Hollinger", "Hollingsworth"))
    }

    @Test func shortNamesOneVowelApartAreOneNameOnlyWhenNoArticlePrintsBoth() {
        let bodies = [
            "o0": "The post was written by a woman who calls herself Rena. \"I stand by every word,\" Rena wrote.",
            "o1": "The blog's author, Rina, has since written another post.",
        ]
        let s = analyze([quote("q0", "o0", "I stand by every word,", "Rena", in: bodies)], bodies: bodies)
        #expect(flagged(s).isEmpty)
        // An article that prints both names is about two women: then "Rina" elsewhere
        // does not name the Rena quoted.
        let both = [
            "o0": "The post was written by a woman who calls herself Rena, and shared by her friend, Rina. \"I stand by every word,\" Rena wrote.",
            "o1": "The blog's author, Rina, has since written another post.",
        ]
        let s2 = analyze([quote("q0", "o0", "I stand by every word,", "Rena", in: both)], bodies: both)
        #expect(flagged(s2) == ["q0"])
    }
}

extension CompareFifthReviewTests {
    // MARK: short quotes, endings, copies

    @Test func theMayorsWordsAreGroupedByStatement() throws {
        let s = try story("pool-closure.jsonl")
        // "Furious" is in two different statements: it joins neither, and does not chain them.
        #expect(!s.quoteGroups.contains { g in g.quotes.contains { id in s.quotes.first { $0.id == id }?.text == "furious" } })
        #expect(!s.quoteGroups.contains { g in
            let articles = Set(g.quotes.compactMap { id in s.quotes.first { $0.id == id }?.article })
            return g.quotes.contains { id in s.quotes.first { $0.id == id }?.text.contains("furious about") ?? false } && articles.count > 1
        })
        // Two endings of one sentence are marked whole.
        let staff = s.quoteGroups.first { g in g.quotes.contains { id in s.quotes.first { $0.id == id }?.text.contains("full team") ?? false } }
        #expect(staff?.differingWords == ["or", "cash", "to", "do", "it"])
        // "About a week" is the council's phrase in another outlet.
        #expect(flagged(s).isEmpty)
    }

    @Test func aShortQuoteInsidePartsOfOneStatementJoinsIt() {
        let bodies = [
            "o0": "\"The bridge will stay shut until the engineers finish their checks and the council approves the repairs next month,\" Mayor Ada Lind said.",
            "o1": "\"The bridge will stay shut until the engineers finish their checks,\" Lind said.",
            "o2": "Lind said the crossing would reopen once \"the engineers finish their checks and the council approves the repairs next month\".",
            "o3": "Drivers must wait until engineers \"finish their checks\", Lind said.",
        ]
        let quotes = [
            quote("q0", "o0", "The bridge will stay shut until the engineers finish their checks and the council approves the repairs next month,", "Ada Lind", in: bodies),
            quote("q1", "o1", "The bridge will stay shut until the engineers finish their checks,", "Lind", in: bodies),
            quote("q2", "o2", "the engineers finish their checks and the council approves the repairs next month", "Lind", in: bodies),
            quote("q3", "o3", "finish their checks", "Lind", in: bodies),
        ]
        // q1 and q2 do not match each other, but both are parts of q0: one statement.
        #expect(analyze(quotes, bodies: bodies).quoteGroups.map { Set($0.quotes) } == [["q0", "q1", "q2", "q3"]])
    }

    @Test func anEndingReplacedAtTheEndOfASentenceIsMarkedWhole() {
        let m = marked("We do not have the staff or cash.", "We do not have the staff to do it.")
        #expect(m == (["or", "cash"], ["to", "do", "it"]))
        // An outlet that stopped quoting earlier is still not a rewording of the rest.
        let cut = marked("the bridge stays shut until it is safe", "the bridge stays shut until engineers")
        #expect(cut.a.isEmpty && cut.b.isEmpty)
    }

    @Test func aShortPhraseAnotherOutletPrintsIsCarried() {
        let bodies = [
            "o0": "A lifeguard said the pool would be shut for \"about a week\".",
            "o1": "The council said the pool will be closed for about a week while engineers test the water.",
        ]
        let s = analyze([quote("q0", "o0", "about a week", "A lifeguard", in: bodies)], bodies: bodies)
        #expect(flagged(s).isEmpty)
        // A single word in another outlet's prose is not the statement.
        let word = [
            "o0": "The engineer called the plan \"reckless\", according to the letter.",
            "o1": "Critics called the reckless plan a waste of money.",
        ]
        let w = analyze([quote("q0", "o0", "reckless", "An engineer", in: word)], bodies: word)
        #expect(flagged(w) == ["q0"])
    }

    @Test func oneFileReadTwiceIsNoRewriteOfItself() {
        let body = "The ferry ran aground off Pell Island on Monday. All passengers were taken off in lifeboats. The line said repairs would take a month."
        let twice = [Article(id: "same", source: "a.txt", title: "t", body: body), Article(id: "same", source: "b.txt", title: "t", body: body)]
        #expect(RewriteFinder.rewrites(articles: twice, documents: twice.map { TextDocument($0.body) }).isEmpty)
    }
}
