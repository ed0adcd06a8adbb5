@testable import HearsayText
import Testing

@Suite struct WordTokensTests {
    func texts(_ s: String, wholeNames: Bool = false) -> [String] {
        let scalars = Array(s.unicodeScalars)
        return WordTokens.tokens(scalars, in: 0..<scalars.count, wholeNames: wholeNames).map(\.text)
    }

    func kinds(_ s: String) -> [WordToken.Kind] {
        let scalars = Array(s.unicodeScalars)
        return WordTokens.tokens(scalars, in: 0..<scalars.count).map(\.kind)
    }

    @Test func dottedInitialsStayWholeOnlyForNameReaders() {
        #expect(texts("The U.S. side won.", wholeNames: true) == ["The", "U.S", ".", "side", "won", "."])
        #expect(texts("The U.S. side won.") == ["The", "U", ".", "S", ".", "side", "won", "."])
        // Spaced initials and a lower-case abbreviation come apart either way.
        #expect(texts("Anna K. Berg left at 9 a.m.", wholeNames: true) == ["Anna", "K", ".", "Berg", "left", "at", "9", "a", ".", "m", "."])
    }

    @Test func numberGroupsAreOneNumber() {
        #expect(texts("About 1,200 fans paid 2.5 euros, 10,000 in all.") == ["About", "1,200", "fans", "paid", "2.5", "euros", ",", "10,000", "in", "all", "."])
        #expect(kinds("1,200 2.5 3rd 5bn") == [.number, .number, .number, .word])
        // A comma not followed by a group of exactly three digits is punctuation.
        #expect(texts("scores of 3,45 and 12,3456") == ["scores", "of", "3", ",", "45", "and", "12", ",", "3456"])
        #expect(texts("It rose 4.", wholeNames: true) == ["It", "rose", "4", "."])
    }

    @Test func hyphensSplitBeforeDatesAndNames() {
        #expect(texts("a mid-2024 launch") == ["a", "mid", "-", "2024", "launch"])
        #expect(texts("in mid-March") == ["in", "mid", "-", "March"])
        #expect(texts("a long-awaited vote") == ["a", "long-awaited", "vote"])
        #expect(texts("the COVID-19 rules") == ["the", "COVID", "-", "19", "rules"])
        #expect(texts("Marie-Claire Dubois") == ["Marie", "-", "Claire", "Dubois"])
        #expect(texts("Marie-Claire Dubois", wholeNames: true) == ["Marie-Claire", "Dubois"])
        #expect(texts("the pro-Kremlin press", wholeNames: true) == ["the", "pro", "-", "Kremlin", "press"])
    }

    @Test func apostrophesInsideWordsOnly() {
        #expect(texts("don't won\u{2019}t") == ["don't", "won\u{2019}t"])
        #expect(texts("the players' union") == ["the", "players", "'", "union"])
        #expect(texts("'90s music") == ["'", "90s", "music"])
    }

    @Test func unicodeLettersMakeWords() {
        #expect(texts("Łódź, Zürich and Kraków") == ["Łódź", ",", "Zürich", "and", "Kraków"])
        #expect(texts("Москва заявила") == ["Москва", "заявила"])
        #expect(texts("3½ miles") == ["3", "½", "miles"])
    }

    @Test func rangesAreScalarOffsetsAndLowerIsKept() {
        let s = Array("\u{1F600} Élan said".unicodeScalars)
        let t = WordTokens.tokens(s, in: 0..<s.count)
        #expect(t.map(\.range) == [0..<1, 2..<6, 7..<11])
        #expect(t[1].lower == "élan" && t[1].isCapitalized)
        #expect(t[0].kind == .punctuation && !t[0].isWordOrNumber)
        // Only the asked-for range is read.
        #expect(WordTokens.tokens(s, in: 2..<4).map(\.text) == ["\u{C9}l"])
    }
}

/// The splitter answers ASCII from the code point and the rest from Unicode properties:
/// both must agree wherever the shortcut applies.
@Test func theASCIIShortcutsAgreeWithUnicodeProperties() {
    for v in UInt32(0)..<0x80 {
        let c = Unicode.Scalar(v)!
        #expect(WordTokens.isLetter(c) == c.properties.isAlphabetic, "\(v)")
        #expect(WordTokens.isSpace(c) == c.properties.isWhitespace, "\(v)")
        #expect(WordTokens.isUppercase(c) == c.properties.isUppercase, "\(v)")
    }
    for c in ["é", "Ü", "ß", "\u{00A0}", "\u{2009}", "Σ", "ж"].flatMap(\.unicodeScalars) {
        #expect(WordTokens.isLetter(c) == c.properties.isAlphabetic)
        #expect(WordTokens.isSpace(c) == c.properties.isWhitespace)
        #expect(WordTokens.isUppercase(c) == c.properties.isUppercase)
    }
}

@Test func byteSearchFindsExactlyWhatIsThere() {
    #expect(ByteSearch.contains("Lena Brandt said on Tuesday", "Brandt"))
    #expect(ByteSearch.contains("Zürich’s council", "Zürich’s"))
    #expect(!ByteSearch.contains("Lena Brandt", "brandt"))
    #expect(!ByteSearch.contains("Brand", "Brandt"))
    #expect(ByteSearch.contains("", ""))
    #expect(!ByteSearch.contains("", "x"))
}

@Test func byteSearchGivesEachOccurrenceFromAnOffset() {
    let text = "Aldo spoke; Zürich’s Aldo Group replied to Aldo"
    var found: [Int] = []
    var from = 0
    while let k = ByteSearch.offset(of: "Aldo", in: text, from: from) {
        found.append(k)
        from = k + 4
    }
    // Byte offsets: "ü" and "’" take two and three bytes.
    #expect(found == [0, 24, 46])
    #expect(ByteSearch.offset(of: "Aldo", in: text, from: 47) == nil)
    #expect(ByteSearch.offset(of: "Aldo", in: "Ald") == nil)
}

@Test func wholeWordsIgnoringCase() {
    #expect(ByteSearch.containsWords("Reports by the AP said so", "ap") == true)
    #expect(ByteSearch.containsWords("Officials in Japan said so", "AP") == false)
    #expect(ByteSearch.containsWords("Xiaomi denied it", "Xiao") == false)
    #expect(ByteSearch.containsWords("the Zürich-based Daily", "daily") == true)
    #expect(ByteSearch.containsWords("in Zürich", "rich") == false)
    #expect(ByteSearch.containsWords("Reuters", "Zürich") == nil)
}
