import Foundation
import HearsayCluster
import HearsayText
import Testing
@testable import hearsay

@Suite struct ClusterCommandTests {
    func write(_ lines: [String]) throws -> String {
        let path = try CLI.temporaryDirectory().appendingPathComponent("stream.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func printsOneStoryLinePerArticleInOrder() throws {
        let path = try write([
            #"{"id":"a","title":"Ferry sinks off Kalvik island","body":"A ferry carrying 80 passengers sank off Kalvik island on Friday. Coast guard boats from Tormund rescued everyone."}"#,
            #"{"id":"b","title":"Orchestra names new conductor","body":"The Vallin Philharmonic named Odile Marchetti its principal conductor from next season."}"#,
            "",
            #"{"id":"c","title":"All 80 saved after Kalvik ferry sinking","body":"Coast guard crews from Tormund saved all 80 passengers when the ferry sank near Kalvik island, officials said."}"#,
        ])
        let r = try CLI.run(["cluster", path, "--format", "jsonl"])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: String] }
        #expect(rows.map { $0["id"]! } == ["a", "b", "c"])
        #expect(rows[0]["story"] == rows[2]["story"])
        #expect(rows[0]["story"] != rows[1]["story"])
    }

    @Test func invalidJSONIsOneLineNamingFileAndLineAndPrintsNothing() throws {
        let path = try write([#"{"id":"a","title":"t","body":"b"}"#, #"{"id": "b", "title": "#])
        let r = try CLI.run(["cluster", path, "--format", "jsonl"])
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "hearsay: \(path): line 2: not valid JSON\n")
    }

    @Test func settingsFileChangesTheClustering() throws {
        let path = try write([
            #"{"id":"a","title":"Ferry sinks off Kalvik island","body":"A ferry carrying 80 passengers sank off Kalvik island on Friday."}"#,
            #"{"id":"b","title":"All 80 saved after Kalvik ferry sinking","body":"Coast guard crews saved all 80 passengers when the ferry sank near Kalvik island."}"#,
        ])
        let settings = try CLI.temporaryDirectory().appendingPathComponent("settings.json").path
        try #"{"threshold": 1.5}"#.write(toFile: settings, atomically: true, encoding: .utf8)
        let strict = try CLI.run(["cluster", path, "--format", "jsonl", "--settings", settings])
        let normal = try CLI.run(["cluster", path, "--format", "jsonl"])
        func stories(_ out: String) -> Set<String> {
            Set(out.split(separator: "\n").map { (try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: String])["story"]! })
        }
        #expect(strict.status == 0 && normal.status == 0)
        #expect(stories(normal.stdout).count == 1)
        #expect(stories(strict.stdout).count == 2)
    }

    @Test func unknownOrMistypedSettingIsAnError() throws {
        let path = try write([#"{"id":"a","title":"t","body":"b"}"#])
        let dir = try CLI.temporaryDirectory()
        for (text, reason) in [
            (#"{"treshold": 0.3}"#, #"unknown clustering setting "treshold""#),
            (#"{"threshold": "high"}"#, "a clustering setting has the wrong type"),
            ("[1, 2]", "settings must be one JSON object"),
        ] {
            let settings = dir.appendingPathComponent("s-\(reason.count).json").path
            try text.write(toFile: settings, atomically: true, encoding: .utf8)
            let r = try CLI.run(["cluster", path, "--format", "jsonl", "--settings", settings])
            #expect(r.status != 0)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr == "hearsay: \(settings): \(reason)\n")
        }
    }
}

/// `cluster` reads terms ahead on other cores; the clusterer must still decide exactly as
/// one thread feeding it line by line does.
@Suite struct ClusterPipelineTests {
    /// A made-up stream: stories with their own names, place and numbers over shared
    /// everyday words, interleaved, some dated.
    static func stream(articles: Int, seed: UInt64) -> [(id: String, title: String, body: String, published: String?)] {
        var rng = SplitMix64(seed: seed)
        func word(_ capital: Bool = false) -> String {
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            let w = String((0..<Int.random(in: 4...8, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
            return capital ? w.prefix(1).uppercased() + w.dropFirst() : w
        }
        let common = (0..<300).map { _ in word() }
        let stories = (0..<12).map { _ in
            (names: (0..<3).map { _ in word(true) + " " + word(true) }, place: word(true), own: (0..<10).map { _ in word() },
             number: String(Int.random(in: 10...9999, using: &rng)), day: Int.random(in: 1...28, using: &rng))
        }
        return (0..<articles).map { i in
            let s = stories[Int.random(in: 0..<stories.count, using: &rng)]
            let sentences = (0..<6).map { _ in
                var words = (0..<10).map { _ in common.randomElement(using: &rng)! }
                words += (0..<3).map { _ in s.own.randomElement(using: &rng)! }
                words.insert(s.names.randomElement(using: &rng)!, at: Int.random(in: 1..<words.count, using: &rng))
                words += ["in", s.place, s.number]
                return "The " + words.joined(separator: " ") + "."
            }
            let title = s.place + " " + s.own[0] + " " + s.own[1]
            let published = i % 3 == 0 ? nil : String(format: "2024-05-%02d", s.day)
            return ("n\(i)", title, sentences.joined(separator: "\n"), published)
        }
    }

    @Test func termsReadAheadGiveTheStoriesOfOneThread() async throws {
        let articles = Self.stream(articles: 300, seed: 5)
        var lines = articles.map { a in
            let object: [String: String?] = ["id": a.id, "title": a.title, "body": a.body, "published": a.published]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object.compactMapValues { $0 }, options: [.sortedKeys]), as: UTF8.self)
        }
        lines.insert("", at: 40)
        let path = try CLI.temporaryDirectory().appendingPathComponent("stream.jsonl").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        var one = OnlineClusterer()
        let expected = articles.map { one.assign(id: $0.id, title: $0.title, body: $0.body, published: $0.published) }
        #expect(Set(expected).count > 1 && Set(expected).count < articles.count / 2, "the stream should hold a few stories")
        for readSize in [300, 4096, 1 << 20] {
            var clusterer = OnlineClusterer()
            let got = try await ClusterInput.assignAll(in: path, to: &clusterer, keepTitles: true, readSize: readSize)
            #expect(got.map(\.id) == articles.map(\.id))
            #expect(got.map(\.story) == expected, "read \(readSize) bytes at a time")
            #expect(got.map(\.title) == articles.map(\.title))
        }
    }

    @Test func theFirstBadLineIsReportedWhicheverWorkerReadsIt() async throws {
        var lines = Self.stream(articles: 60, seed: 9).map { #"{"id":"\#($0.id)","title":"\#($0.title)","body":"x"}"# }
        lines[45] = "{ not json"
        lines[20] = #"{"title":"no id"}"#
        let path = try CLI.temporaryDirectory().appendingPathComponent("bad.jsonl").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        for readSize in [64, 1 << 20] {
            var clusterer = OnlineClusterer()
            do {
                _ = try await ClusterInput.assignAll(in: path, to: &clusterer, keepTitles: false, readSize: readSize)
                Issue.record("a bad line was accepted")
            } catch let f as Failure {
                #expect(f.message == "\(path): line 21: the object has no \"id\"")
            }
        }
    }
}
