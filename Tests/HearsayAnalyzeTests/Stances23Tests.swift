import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances, eighteenth review (scored stories): how news tells a principal's denial
/// in the shapes the earlier rules missed. All sentences invented for these tests.
@Suite struct Stances23Tests: ClaimSuite {
    /// A brewery said to be selling to a rival, then one more article.
    func brewery(_ outcome: (String, String)) throws -> Claim {
        try core(analyse([
            (
                "Kettleby Brewery to be sold to Marsh Ales, paper says",
                "Kettleby Brewery is selling its Dunmere brewhouse to Marsh Ales in a sale worth £4 million, the Wold Gazette reported on Monday, citing two people close to the talks."
            ),
            (
                "Kettleby Brewery said to be selling to Marsh Ales",
                "Kettleby Brewery is selling its Dunmere brewhouse to Marsh Ales, according to the Wold Gazette. Head brewer Tomas Ferrant did not answer calls."
            ),
            outcome,
        ]))
    }

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

    /// "a spokeswoman for the trust", "the directorate said": a body met by the last word of
    /// its name ("Ashgrove Heritage Trust" as "the trust") is that body, whatever the word,
    /// not only the kinds of a list, and calling the rumour's post fake denies it.
    @Test func aBodyByTheHeadOfItsName() throws {
        let c = try core(analyse([
            (
                "Mill Row museum to close in June, viral post claims",
                "A post shared on Friday claimed that the Mill Row museum will close in June. The Ashgrove Heritage Trust runs four sites in the valley."
            ),
            (
                "Viral post says Mill Row museum will close",
                "The Mill Row museum will close in June, a widely shared post claimed. The Ashgrove Heritage Trust, which runs it, answered within hours. \"The post is fake,\" a spokeswoman for the trust said."
            ),
            (
                "Mill Row museum: what we know",
                "A post claims that the Mill Row museum will close in June. The Ashgrove Heritage Trust has a new chair this year."
            ),
        ]))
        #expect(c.actorStances.contains { $0.actor.contains("Ashgrove Heritage Trust") && $0.stance == .denies }, "\(c.actorStances)")
    }
}
