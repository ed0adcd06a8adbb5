import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Citing an outlet its owner publishes, and a body through the people who work in it
/// (twenty-seventh session). Every sentence is written for these tests.
@Suite struct Citations33Tests: QuoteSuite {
    @Test func anOwnersOutletNamedInApposition() {
        #expect(sources("Tamsin Orle made the claim in her newsletter, Loose Threads, on Sunday.") == ["Loose Threads"])
        #expect(sources("The rumour first ran on their podcast, Quiet Hours.") == ["Quiet Hours"])
        // A fronted phrase ends at its comma: the name after it is the clause's subject.
        #expect(sources("In a letter posted on his website, Bram Ostell said he had resigned.").isEmpty)
        // "her" alone does not make a name an outlet's.
        #expect(sources("The claim appeared in her interview with Jo Roe.").isEmpty)
    }

    @Test func aBodyCitedThroughItsPeople() {
        #expect(sources("The prize was fixed, according to the volunteer auditors at Fleece Watch.") == ["Fleece Watch"])
        #expect(sources("Sales fell by a third, according to analysts from Harwick Partners.") == ["Harwick Partners"])
        // A person's name after "at" is no body.
        #expect(sources("The prize was fixed, according to friends at Jo Roe's farm.").allSatisfy { !$0.contains("Jo Roe") })
    }
}
