import HearsayModel
import Testing

@testable import HearsayAnalyze

/// A body's statement in the first person told by an outlet in the third ("We do not
/// comment on ..." as "Harwick does not comment on ..."): one statement, reworded. Every
/// sentence is written for these tests.
@Suite struct Variants38Tests {
    @Test func theFirstPersonToldInTheThirdIsOneStatement() {
        let first = QuoteWording("We do not comment on market speculation about our fleet.")
        let third = QuoteWording("Harwick Ferries does not comment on market rumours about its fleet.")
        let match = QuoteGrouper.overlap(first, third)
        #expect(Double(match.common) >= QuoteGrouper.minimumContainment * Double(match.shorter), "\(match)")
        #expect(first.meaning == ["do", "not", "comment", "on", "market", "speculation", "about", "its", "fleet"])
        // Still another wording: the differences are read from the words as written.
        let (a, b) = QuoteWording.differences(first, third)
        #expect(!a.isEmpty && !b.isEmpty)
    }
}
