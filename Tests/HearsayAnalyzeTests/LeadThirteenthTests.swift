import HearsayText
import Testing

@testable import HearsayAnalyze

/// The lead's thirteenth session: a name found on bytes stands alone exactly where it did.
@Suite struct LeadThirteenthTests {
    @Test func aNameStandsAloneBetweenWordBoundaries() {
        #expect(Corroboration.standsAlone("Hale", in: "Asked again, Tom Hale said no."))
        #expect(!Corroboration.standsAlone("Hale", in: "The office on Hale Street shut."))
        #expect(Corroboration.standsAlone("Corvane", in: "A Corvane Group memo said so."))
        #expect(!Corroboration.standsAlone("Corvane", in: "Corvanes everywhere."))
        // The second occurrence counts when the first is part of a longer word.
        #expect(Corroboration.standsAlone("Lund", in: "Lundgren met “Lund” later."))
        // Letters beyond ASCII around the name, and a name beyond ASCII.
        #expect(!Corroboration.standsAlone("Lund", in: "Ålund’s port"))
        #expect(Corroboration.standsAlone("Zürich", in: "Officials in Zürich said"))
        #expect(!Corroboration.standsAlone("Zürich", in: "Officials in Zürichsee said"))
    }
}
