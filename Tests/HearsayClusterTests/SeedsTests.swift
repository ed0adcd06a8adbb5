import Foundation
import Testing
import HearsayCluster

/// The five real articles in ../shared/corpus/seeds tell one rumour: one story.
@Suite struct SeedsTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/seeds").standardizedFileURL

    static var present: Bool { FileManager.default.fileExists(atPath: folder.path) }

    @Test(.enabled(if: present, "../shared/corpus/seeds is absent"))
    func theFiveSeedArticlesFormOneStory() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 5)
        var c = OnlineClusterer()
        var stories: Set<String> = []
        for name in files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let body = lines.count > 1 ? String(lines[1]) : ""
            stories.insert(c.assign(id: name, title: String(lines[0]), body: body))
        }
        #expect(stories.count == 1)
    }
}
