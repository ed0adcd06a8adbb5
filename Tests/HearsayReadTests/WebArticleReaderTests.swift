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
