import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Cases found by scoring new stories written by someone who never saw Hearsay (sixteenth
/// review, second round): titles that name a function after "of", and the two names of a
/// firm's top post. Own sentences, invented names.
@Suite struct Contra20Tests {
    func roleValues(_ bodies: [String]) -> [Set<String>] {
        CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "role" }.map { Set($0.values.map(\.value)) }
    }

    @Test func twoFunctionsOfOneBodyAreTwoPosts() {
        #expect(roleValues([
            "The brewery's head of marketing, Ilse Brandvold, declined to comment.",
            "Ilse Brandvold, the brewery's director of research and development, said tests went well.",
        ]) == [["head of marketing", "brewery's director of research and development"]])
        // Title before the name, with the function after "of".
        #expect(roleValues([
            "A letter from Halvard's head of safety Pim Ostrander reached pilots on Friday.",
            "Pim Ostrander, Halvard's director of procurement, wrote to the pilots.",
        ]).count == 1)
        // A function written before or after the head is one post.
        #expect(roleValues([
            "Olu Banjo, the orchestra's head of fundraising, spoke.", "Fundraising director Olu Banjo spoke.",
        ]).isEmpty)
        // Two spellings of one function share a stem.
        #expect(roleValues(["Mara Quist, the club's head of finance, spoke.", "Mara Quist, the club's financial director, spoke."]).isEmpty)
        // A bare "director" may be short for the other's title.
        #expect(roleValues([
            "Agency director Lise Moen told reporters on Monday.", "Lise Moen, the agency's director of communications, spoke.",
        ]).isEmpty)
        // "director of the museum" names a body, not a function.
        #expect(roleValues([
            "Ruth Amsel, director of the Linden Museum, spoke.", "Ruth Amsel, the museum's head of research, spoke.",
        ]).isEmpty)
    }

    @Test func theManagingDirectorAndTheChiefExecutiveAreTwoTitles() {
        #expect(roleValues([
            "Managing director Owen Tarr said the offer was final.", "Owen Tarr, the firm's chief executive, said the offer was final.",
        ]).count == 1)
    }
}

@Suite struct Contra20DatedSentenceTests {
    @Test func aWeekdaySetsTheSentenceInTheArticlesWeek() {
        let bodies = [
            "A letter sent on Tuesday and signed by Rana Osei, the airline's head of safety, covers jets built between 2019 and 2021.",
            "The letter came from Rana Osei, the airline's director of engineering.",
        ]
        let roles = CompareTestSupport.contradictions(bodies, people: []).filter { $0.attribute == "role" }
        #expect(roles.count == 1)
    }
}
