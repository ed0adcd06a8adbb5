import Foundation
import Testing

/// Runs the built `hearsay` executable as a user would.
enum CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = packageRoot.appendingPathComponent("Examples").path

    static var binary: URL {
        // The test bundle sits in the same build folder as the executable.
        let dir = Bundle.main.bundleURL
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("hearsay")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/hearsay")
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ arguments: [String]) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

@Suite struct CommandLineTests {
    /// A full disk used to stop the program with a crash report (a forced write).
    @Test func outputThatCannotBeWrittenIsAOneLineError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else {
            print("skipping: no /dev/full on this system")
            return
        }
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["analyze", "--quiet", CLI.examples + "/airline-merger"]
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let err = Pipe()
        p.standardError = err
        try p.run()
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(e == "hearsay: cannot write the output: No space left on device\n")
    }

    @Test func analyzePrintsAContractDocument() throws {
        let r = try CLI.run(["analyze", "--format", "json", CLI.examples])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["version"] as? Int == 1)
        let articles = try #require(doc["articles"] as? [[String: Any]])
        #expect(articles.count >= 8)
        for a in articles {
            for key in ["id", "source", "title", "body"] { #expect(a[key] is String, "article lacks \(key)") }
        }
        let stories = try #require(doc["stories"] as? [[String: Any]])
        #expect(!stories.isEmpty)
        for s in stories {
            for key in ["id", "title", "articles", "claims", "quotes", "quoteGroups", "people", "citations", "contradictions"] {
                #expect(s[key] != nil, "story lacks \(key)")
            }
        }
    }

    /// The bundled club story: the scoop says the board will "dismiss" the manager, which a
    /// classifier trained on denials reads as one; the scoop reports its claim.
    @Test func theExampleScoopIsNoDenial() throws {
        let r = try CLI.run(["analyze", "--format", "json", CLI.examples + "/club-manager"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let articles = try #require(doc["articles"] as? [[String: Any]])
        let scoop = try #require(articles.first { $0["outlet"] as? String == "Evening Chronicle" }?["id"] as? String)
        let story = try #require((doc["stories"] as? [[String: Any]])?.first)
        let core = try #require((story["claims"] as? [[String: Any]])?.first { $0["isCore"] as? Bool == true })
        #expect(core["status"] as? String == "denied")
        let stances = try #require(core["articleStances"] as? [[String: Any]])
        #expect(stances.first { $0["article"] as? String == scoop }?["stance"] as? String == "reports")
        let actors = try #require(core["actorStances"] as? [[String: Any]])
        #expect(!actors.contains { $0["article"] as? String == scoop })
    }

    @Test func markdownBriefIsTheDefault() throws {
        let r = try CLI.run(["analyze", CLI.examples])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# Hearsay brief"))
    }

    @Test func badInputsGiveOneLineErrorsAndNonZeroExit() throws {
        let dir = try CLI.temporaryDirectory()
        let binary = dir.appendingPathComponent("blob.txt")
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: binary)
        let bad = dir.appendingPathComponent("bad.jsonl")
        try Data("{\"id\":\"x\",\"title\":\"ok\",\"body\":\"fine\"}\n{oops\n".utf8).write(to: bad)
        for (path, needle) in [("/no/such/place", "no such file"), (binary.path, "binary"), (bad.path, "bad.jsonl:2:")] {
            let r = try CLI.run(["analyze", "--format", "json", path])
            #expect(r.status != 0)
            #expect(r.stdout.isEmpty)
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(r.stderr)")
            #expect(r.stderr.contains(needle), "\(r.stderr)")
        }
    }

    @Test func ingestWritesNothingWhenAnInputIsBadAndNothingTwice() throws {
        let dir = try CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("h.db").path
        let bad = dir.appendingPathComponent("empty.txt")
        try Data().write(to: bad)
        let failed = try CLI.run(["ingest", "--db", db, CLI.examples, bad.path])
        #expect(failed.status != 0)
        let listed = try CLI.run(["articles", "--db", db, "--format", "jsonl"])
        #expect(listed.stdout.isEmpty, "a failed ingest stored articles")

        let kept = try CLI.run(["ingest", "--keep-going", "--db", db, CLI.examples, bad.path])
        #expect(kept.status == 0)
        #expect(kept.stderr.contains("empty.txt"))
        let first = try CLI.run(["articles", "--db", db, "--format", "jsonl"]).stdout.split(separator: "\n").count
        _ = try CLI.run(["ingest", "--db", db, CLI.examples])
        let second = try CLI.run(["articles", "--db", db, "--format", "jsonl"]).stdout.split(separator: "\n").count
        #expect(first >= 8)
        #expect(first == second)

        let fromStore = try CLI.run(["analyze", "--db", db, "--format", "json"])
        #expect(fromStore.status == 0)
    }

    @Test func versionAndHelp() throws {
        #expect(try CLI.run(["--version"]).status == 0)
        let help = try CLI.run(["analyze", "--help"])
        #expect(help.stdout.contains("--format"))
    }
}
