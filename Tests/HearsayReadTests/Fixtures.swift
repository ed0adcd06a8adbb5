import Foundation
import HearsayModel
@testable import HearsayRead

/// Paths to the project's example articles and to the shared data beside the project.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = packageRoot.appendingPathComponent("Examples").path
    static let seeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds").path
    static var seedsPresent: Bool { FileManager.default.fileExists(atPath: seeds) }

    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A short ferry-fares article (headline and one sentence) followed by `lines`, read as
    /// plain text: the page-furniture suites put a line after it and ask whether it is kept.
    static func ferryArticle(_ lines: String...) -> Article {
        let text = (["Ferry fares to rise", "Fares on the island ferries will rise by 6% in May, the operator said."] + lines).joined(separator: "\n")
        return TextArticleReader.parse(text, source: "t.txt", markdown: false)
    }
}
