import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, eighteenth review (scored stories): how news tells a principal's denial
/// in the shapes the earlier rules missed. All sentences invented for these tests.
@Suite struct Stances23Tests: ClaimSuite {
    /// "There is no sale", "there will be no merger": an existential negation of the
    /// claim's event, in a quotation, is the speaker's denial, and a named person who says
    /// it is on record, though the claim does not name them.
    @Test func thereIsNoEventDenies() throws {
        let none = try brewery(("Brewery answers", "\"There is no sale and there never was,\" said Tomas Ferrant, the head brewer."))
        #expect(none.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(none.actorStances)")
        let future = try brewery(("Brewery answers", "\"There will be no quick sale of the brewhouse while I am here,\" Tomas Ferrant said."))
        #expect(future.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(future.actorStances)")
        // What depends on what is no denial.
        let without = try brewery(("Brewery answers", "\"Without a buyer like Marsh Ales, there is no sale of anything,\" Tomas Ferrant said."))
        #expect(!without.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(without.actorStances)")
        // "no" before another noun says nothing of the claim.
        let other = try brewery(("Brewery answers", "\"There is no better beer in the county than ours,\" Tomas Ferrant said."))
        #expect(!other.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(other.actorStances)")
    }

    /// "We have not discussed selling it", "is not considering closing": a negated verb
    /// whose gerund is the claim's event denies that event.
    @Test func negatedVerbOfTheClaimsGerundDenies() throws {
        let talk = try brewery(("Brewery answers", "\"The board has talked about costs. It has never discussed selling the brewhouse,\" Tomas Ferrant said."))
        #expect(talk.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(talk.actorStances)")
        // The gerund of another verb: no stance.
        let other = try brewery(("Brewery answers", "\"We have not stopped brewing for a single day,\" Tomas Ferrant said."))
        #expect(!other.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(other.actorStances)")
    }

    /// "X rejected that account", "disputed this version": a denial whose object is a
    /// demonstrative and one noun takes up what the article has just told, as "it" does.
    @Test func denyingThatAccountDenies() throws {
        let account = try brewery(("Brewery answers", "Tomas Ferrant, the head brewer, rejected that account on Tuesday."))
        #expect(account.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(account.actorStances)")
        let version = try brewery(("Brewery answers", "Kettleby Brewery disputed this version of events in a letter to staff."))
        #expect(version.actorStances.contains { $0.actor.contains("Kettleby") && $0.stance == .denies }, "\(version.actorStances)")
        // A demonstrative before another kind of noun: a request refused is no denial.
        let request = try brewery(("Brewery answers", "Tomas Ferrant rejected that request for an interview on Tuesday."))
        #expect(!request.actorStances.contains { $0.actor.contains("Ferrant") && $0.stance == .denies }, "\(request.actorStances)")
    }

    /// "a spokesman for the directorate", "the directorate said": a body met by the last word
    /// of its name ("Lindqvist Tramways Directorate" as "the directorate") is that body,
    /// whatever the word, not only the kinds of a list; the claim need not name it.
    @Test func aBodyByTheHeadOfItsName() throws {
        func derailment(_ answer: String) throws -> Claim {
            try core(analyse([
                (
                    "Tram derails at Holm Bridge, viral video claims",
                    "A video shared on Sunday claimed that a tram had derailed at Holm Bridge in Vesterby, injuring dozens of passengers."
                ),
                (
                    "Video says tram derailed at Holm Bridge",
                    "A tram derailed at Holm Bridge in Vesterby on Sunday, a widely shared video claimed. The Lindqvist Tramways Directorate runs the network. " + answer
                ),
                (
                    "Holm Bridge tram video: what we know",
                    "A video claims that a tram derailed at Holm Bridge in Vesterby. The Lindqvist Tramways Directorate has a new head this year."
                ),
            ]))
        }
        let quoted = try derailment("\"The video is fake. No tram has left the rails,\" a spokesman for the directorate said.")
        #expect(quoted.actorStances.contains { $0.actor.contains("Tramways Directorate") && $0.stance == .denies }, "\(quoted.actorStances)")
        let reported = try derailment("The directorate insists the video is a fake.")
        #expect(reported.actorStances.contains { $0.actor.contains("Tramways Directorate") && $0.stance == .denies }, "\(reported.actorStances)")
    }
}
