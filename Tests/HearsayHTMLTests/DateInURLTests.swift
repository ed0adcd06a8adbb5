import Testing

@testable import HearsayHTML

@Test func datesInURLs() {
    #expect(dateInURL("https://x.example/2019/11/18/story-name/") == "2019-11-18")
    #expect(dateInURL("https://x.example/news/2019-11-18-story") == "2019-11-18")
    #expect(dateInURL("https://x.example/statements/2019/nov/18/someone/") == "2019-11-18")
    #expect(dateInURL("https://x.example/photo/12345678") == nil)
}
