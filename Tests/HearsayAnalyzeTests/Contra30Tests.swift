import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases from the twenty-fourth session's contradictions stage: a noun each outlet gives
/// one figure for is one fact, however differently the sentences read, unless an outlet
/// gives two figures for it or something sets the two apart. Own sentences, invented names.
@Suite struct Contra30Tests {
    func found(_ bodies: [String], attribute: String = "number") -> [Contradiction] {
        let articles = bodies.enumerated().map { i, body in Article(id: "o\(i)", source: "\(i).txt", title: "t", body: body) }
        return ContradictionFinder.contradictions(
            StoryMentions(articles: articles, documents: articles.map { TextDocument($0.body) }), people: []
        ).filter { $0.attribute == attribute }
    }

    @Test func oneFigurePerOutletForOneNounDisagrees() {
        let numbers = found([
            "The quarry near Dunmere will close next spring, with the loss of about 260 jobs, the owners said.",
            "Workers gathered outside the gates as the owners confirmed the plan, putting 310 jobs at risk.",
        ])
        #expect(numbers.count == 1)
        #expect(Set(numbers.first?.values.map(\.value) ?? []) == ["260 jobs", "310 jobs"])
        #expect(numbers.first?.subject.contains("job") == true)
    }

    @Test func anOutletGivingTwoFiguresForTheNounKeepsThemApart() {
        // The second outlet tells two counts of jobs: the noun names two things here.
        let numbers = found([
            "The quarry near Dunmere will close next spring, with the loss of about 260 jobs, the owners said.",
            "Workers gathered outside the gates as the owners confirmed the plan, putting 310 jobs at risk. A further 40 jobs at a depot may follow.",
        ])
        #expect(numbers.isEmpty)
    }

    @Test func figuresFarApartSmallOrAtATimeOfDayStayApart() {
        // Beyond a factor of two the figures are rather two things.
        #expect(found([
            "The quarry near Dunmere will close next spring, with the loss of about 260 jobs, the owners said.",
            "Workers gathered outside the gates as the owners confirmed the plan, putting 610 jobs at risk.",
        ]).isEmpty)
        // Small counts are everywhere.
        #expect(found([
            "The committee met and heard from six witnesses before the vote.",
            "After a long debate, eight witnesses were thanked by the chair.",
        ]).isEmpty)
        // Two doings to one noun are two facts.
        #expect(found([
            "The trust bought 4,000 saplings for the new wood, its warden said.",
            "Volunteers said the trust planted 6,500 saplings on the slope.",
        ]).isEmpty)
        // A count told at a time of day is a snapshot of something that changes.
        #expect(found([
            "By Sunday evening 36 barges were moored below the lock, the keeper said.",
            "Boatmen said that almost 50 barges had queued downstream since the closure.",
        ]).isEmpty)
    }
}
