import Testing
@testable import HearsayText

@Suite struct DecodingTests {
    @Test func utf8WithBOMAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\r\nBody\rEnd".utf8)
        #expect(try TextDecoding.decode(bytes) == "Title\nBody\nEnd")
    }

    @Test func utf16LittleEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "Caf\u{00E9}".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try TextDecoding.decode(bytes) == "Caf\u{00E9}")
    }

    @Test func windows1252Fallback() throws {
        // 0x93 and 0x94 are curly double quotes in Windows-1252; 0xE9 is e-acute.
        let bytes: [UInt8] = [0x93] + Array("Caf".utf8) + [0xE9, 0x94]
        #expect(try TextDecoding.decode(bytes) == "\u{201C}Caf\u{00E9}\u{201D}")
    }

    @Test func binaryAndEmptyAreRefused() {
        #expect(throws: TextDecoding.Failure.binary) { try TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) }
        #expect(throws: TextDecoding.Failure.empty) { try TextDecoding.decode([]) }
        #expect(throws: TextDecoding.Failure.empty) { try TextDecoding.decode(Array(" \n\n ".utf8)) }
    }
}

@Suite struct NewsDateTests {
    @Test func commonNewsDates() {
        #expect(DateText.iso("March 3, 2025") == "2025-03-03")
        #expect(DateText.iso("Tuesday 4 November 2025") == "2025-11-04")
        #expect(DateText.iso("Nov. 4th, 2025 3:15 pm") == "2025-11-04T15:15:00")
        #expect(DateText.iso("2025/11/04") == "2025-11-04")
        #expect(DateText.iso("2025-11-04T08:00:00Z") == "2025-11-04T08:00:00Z")
        #expect(DateText.iso("June 2024") == "2024-06")
    }

    @Test func nonDates() {
        #expect(DateText.iso("The board met on Tuesday") == nil)
        #expect(DateText.iso("") == nil)
        #expect(DateText.iso("Jan 45, 2025") == nil)
    }
}
