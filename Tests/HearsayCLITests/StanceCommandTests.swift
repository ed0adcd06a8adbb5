import Foundation
import Testing

/// `hearsay stance` as pipelines and people use it, on pairs written for these tests.
@Suite struct StanceCommandTests {
    func write(_ text: String) throws -> String {
        let url = try CLI.temporaryDirectory().appendingPathComponent("pairs.jsonl")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func pairsGiveOneLinePerInputInOrder() throws {
        let path = try write(
            """
            {"id": "b", "claim": "The bridge will close for a year", "body": "City engineers denied that the bridge would close, calling the report false."}
            {"id": 7, "claim": "The bridge will close for a year", "title": "Bridge closure story is a hoax, city says", "body": ""}

            {"id": "a", "claim": "The bridge will close for a year", "body": "The orchestra opens its season with a new symphony on Friday."}
            """)
        let r = try CLI.run(["stance", "--pairs", path, "--format", "jsonl"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 3)
        #expect(lines.map { $0?["id"] as? String } == ["b", "7", "a"])
        let allowed: Set<String> = ["supports", "denies", "reports", "unrelated", "questions"]
        #expect(lines.allSatisfy { allowed.contains($0?["stance"] as? String ?? "") && $0?["confidence"] is Double })
        #expect(lines.last??["stance"] as? String == "unrelated")
    }

    @Test func aBadLineStopsWithItsNumberAndPrintsNothing() throws {
        let path = try write("{\"id\": \"1\", \"claim\": \"x\", \"body\": \"y\"}\nnot json\n")
        let r = try CLI.run(["stance", "--pairs", path, "--format", "jsonl"])
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("pairs.jsonl:2"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func claimAgainstArticlesShowsEachStance() throws {
        let r = try CLI.run(["stance", "--claim", "Northwind Airlines is buying Bluejay Air", CLI.examples + "/airline-merger"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Claim: Northwind Airlines is buying Bluejay Air"))
        #expect(r.stdout.contains("01-herald-scoop.txt"))
    }
}
