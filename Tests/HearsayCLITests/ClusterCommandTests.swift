import Foundation
import Testing

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
