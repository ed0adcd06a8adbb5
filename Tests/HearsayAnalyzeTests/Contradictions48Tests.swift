import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Forty-first session: title pairs outlets print for one person that name two posts.
/// Own sentences, invented names.
@Suite struct Contradictions48Tests {
    func roles(_ bodies: [String], people: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: people).filter { $0.attribute == "role" }.map { Set($0.values.map(\.value)) }
    }

    @Test func aDirectorAgainstAChiefExecutiveDisagrees() {
        let got = roles([
            "The gallery's director, Maren Tollis, said the loan would go ahead.",
            "The gallery's chief executive, Maren Tollis, declined to comment on the loan.",
        ], people: ["Maren Tollis"])
        #expect(got.count == 1, "\(got)")
    }

    @Test func aBareDirectorShortensTheManagingDirector() {
        let got = roles([
            "The firm's managing director, Maren Tollis, said the plant would stay open.",
            "The firm's director, Maren Tollis, declined to comment on the plant.",
        ], people: ["Maren Tollis"])
        #expect(got.isEmpty, "\(got)")
    }

    @Test func aLecturerIsNoProfessor() {
        let got = roles([
            "Professor Ines Corvell, who led the trial, said the effect was small.",
            "Ines Corvell, a senior lecturer in pharmacology, said the effect was small.",
        ], people: ["Ines Corvell"])
        #expect(got.count == 1, "\(got)")
    }
}
