import Foundation
import Testing
@testable import HearsayRead

@Suite struct WebArticleReaderTests {
    static let page = """
        <html><head><title>Ferry service resumes after storm</title></head><body><article>
        <h1>Ferry service resumes after storm</h1>
        <p>The island ferry carried its first passengers in four days on Monday, the operator said, after crews cleared debris from the northern pier.</p>
        <p>Timetables will return to normal by the weekend, a spokeswoman for the operator told reporters at the terminal.</p>
        </article></body></html>
        """

    @Test func sameBytesSameIdDifferentBytesDifferentId() throws {
        let a = try WebArticleReader.read(html: Array(Self.page.utf8), source: "a.html")
        let b = try WebArticleReader.read(html: Array(Self.page.utf8), source: "b.html")
        let c = try WebArticleReader.read(html: Array((Self.page + " ").utf8), source: "a.html")
        #expect(a.id == b.id)
        #expect(a.id != c.id)
        #expect(a.id == ArticleID.of(Array(Self.page.utf8)), "pages are named like every other input")
        #expect(a.id.count == 16)
    }
}

@Suite struct ConcurrentReadingTests {
    @Test func manyPagesComeBackInInputOrderWithProgressInOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for i in 0..<40 {
            // Sizes vary so that workers finish out of order.
            let padding = String(repeating: "<p>Crews worked through the night on the northern pier again.</p>", count: (i * 7) % 23)
            let page = WebArticleReaderTests.page.replacingOccurrences(of: "</article>", with: padding + "<p>Page \(i).</p></article>")
            let path = dir.appendingPathComponent(String(format: "page-%02d.html", i)).path
            try Data(page.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        var reported: [Int] = []
        let articles = try ArticleReader().read(paths, progress: { n, _ in reported.append(n) })
        #expect(articles.map(\.source) == paths)
        #expect(reported == Array(1...40))
        #expect(Set(articles.map(\.id)).count == 40)
    }

    @Test func firstProblemInInputOrderIsThrown() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-fail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("a.html").path, empty = dir.appendingPathComponent("b.html").path
        try Data(WebArticleReaderTests.page.utf8).write(to: URL(fileURLWithPath: good))
        try Data("  ".utf8).write(to: URL(fileURLWithPath: empty))
        #expect(throws: ReadError.self) { try ArticleReader().read([good, empty]) }
        var problems: [String] = []
        let kept = try ArticleReader(keepGoing: true).read([empty, good], problem: { problems.append($0.path) })
        #expect(kept.map(\.source) == [good])
        #expect(problems == [empty])
    }
}

@Suite struct FileBytesTests {
    @Test func readsWholeFilesAndRefusesTheRest() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-bytes-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(WebArticleReaderTests.page.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try FileBytes.read(path, limit: 1 << 20) == Array(WebArticleReaderTests.page.utf8))
        #expect(throws: FileBytes.Failure.tooLarge(bytes: WebArticleReaderTests.page.utf8.count)) { try FileBytes.read(path, limit: 100) }
        #expect(throws: FileBytes.Failure.missing) { try FileBytes.read(path + ".gone", limit: 100) }
        #expect(throws: FileBytes.Failure.unreadable) { try FileBytes.read(FileManager.default.temporaryDirectory.path, limit: 100) }
    }
}
