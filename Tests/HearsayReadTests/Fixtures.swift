import Foundation

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
}
