import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// The seed story against its hand-made gold (../shared), scored as `score-seeds` scores it:
/// a gold quote is found when a quote of the same article holds 70% of its words.
@Suite struct SeedQuoteTests {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    struct Gold: Decodable {
        struct GoldQuote: Decodable {
            var id: String
            var article: String
            var text: String
            var required: Bool
            var speaker_aliases: [String]
        }
        struct GoldRole: Decodable {
            var name_aliases: [String]
            var role_contains_any: [String]
        }
        struct GoldCitation: Decodable {
            var source_aliases: [String]
            var articles: [String]
        }
        var articles: [String]
        var quotes: [GoldQuote]
        var not_quotes: [String]
        var roles: [GoldRole]
        var citations: [GoldCitation]
    }

    static func load() throws -> (Gold, Story)? {
        let goldURL = shared.appendingPathComponent("gold/seeds.json")
        guard FileManager.default.fileExists(atPath: goldURL.path) else { return nil }
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
        let articles = try gold.articles.map { file in
            let text = try String(contentsOf: shared.appendingPathComponent("corpus/seeds/\(file)"), encoding: .utf8)
            // The first line is the headline when it does not end like a sentence.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let headline = !(lines[0].hasSuffix(".") || lines[0].hasSuffix("\u{201D}"))
            let body = (headline ? lines.dropFirst() : lines[...]).joined(separator: "\n")
            return Article(id: file, source: file, title: headline ? String(lines[0]) : "", body: body)
        }
        var draft = StoryDraft(id: "s1", articles: articles)
        QuoteStage().run(&draft)
        return (gold, draft.story)
    }

    static func tokens(_ s: String) -> [String] { Tokens.words(s) }

    static func covered(_ gold: String, _ predicted: String) -> Double {
        let g = tokens(gold)
        var bag: [String: Int] = [:]
        for t in tokens(predicted) { bag[t, default: 0] += 1 }
        var hit = 0
        for t in g where bag[t, default: 0] > 0 {
            bag[t]! -= 1
            hit += 1
        }
        return g.isEmpty ? 0 : Double(hit) / Double(g.count)
    }

    static func nameIn(_ name: String?, _ aliases: [String]) -> Bool {
        guard let n = name?.lowercased() else { return false }
        return aliases.contains { a in n == a.lowercased() || (a.count > 3 && n.contains(a.lowercased())) }
    }

    @Test func seedQuotesAndSpeakers() throws {
        guard let (gold, story) = try Self.load() else {
            print("skipped: ../shared/gold/seeds.json is absent")
            return
        }
        let required = gold.quotes.filter(\.required)
        var missed: [String] = [], wrong: [String] = [], notGold: [String] = []
        for g in required {
            let candidates = story.quotes.filter { $0.article == g.article && Self.covered(g.text, $0.text) >= 0.7 }
            if candidates.isEmpty {
                missed.append(g.id)
            } else if !candidates.contains(where: { Self.nameIn($0.speaker, g.speaker_aliases) }) {
                wrong.append("\(g.id): \(candidates.map { $0.speaker ?? "nil" })")
            }
        }
        for q in story.quotes {
            let inside = gold.quotes.filter { $0.article == q.article }.map { Self.covered(q.text, $0.text) }.max() ?? 0
            if inside < 0.6 {
                let scare = gold.not_quotes.contains { $0.lowercased() == q.text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .,'\"")) }
                if q.speaker != nil || !scare { notGold.append("\(q.text.prefix(60)) [\(q.speaker ?? "nil")]") }
            }
        }
        let bad = notGold.count
        #expect(missed.count <= 1, "missed: \(missed)")
        #expect(missed.count + wrong.count <= 1, "missed: \(missed), wrong speaker: \(wrong)")
        #expect(Double(bad) <= 0.05 * Double(max(story.quotes.count, 1)), "not gold quotes: \(notGold)")
    }

    @Test func seedRolesAndCitations() throws {
        guard let (gold, story) = try Self.load() else {
            print("skipped: ../shared/gold/seeds.json is absent")
            return
        }
        for r in gold.roles {
            let ok = story.people.contains { p in
                Self.nameIn(p.name, r.name_aliases)
                    && r.role_contains_any.contains { p.roles.joined(separator: " ").lowercased().contains($0.lowercased()) }
            }
            #expect(ok, "role of \(r.name_aliases[0]): \(story.people.map { ($0.name, $0.roles) })")
        }
        for c in gold.citations {
            for article in c.articles {
                let ok = story.citations.contains { Self.nameIn($0.source, c.source_aliases) && $0.articles.contains(article) }
                #expect(ok, "\(c.source_aliases[0]) cited by \(article)")
            }
        }
    }
}
