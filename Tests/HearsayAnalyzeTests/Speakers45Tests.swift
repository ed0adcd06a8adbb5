import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers (forty-first session, helper spk41): the speaker's own name and how it is read.
/// Every sentence is written for these tests.
@Suite struct Speakers45Tests: QuoteSuite {
    @Test func aPluralPossessiveInsideABodysName() {
        let s = story(
            "The ferry timetable changes in May.\n\nThe Island Pensioners' Forum said the change was \"a slap in the face\" for older passengers.\n\nThe Harbour Women's Rowing League said it would \"look again at the summer fixtures\".")
        #expect(speaker(s, "a slap in the face") == "Island Pensioners' Forum")
        #expect(speaker(s, "look again at the summer fixtures") == "Harbour Women's Rowing League")
    }

    @Test func aPersonOfABodyWithAPluralPossessive() {
        let s = story(
            "The ferry timetable changes in May.\n\nMarit Olsen of the Northcliff Boat Owners' Syndicate said the change was \"badly timed\".")
        #expect(speaker(s, "badly timed") == "Marit Olsen")
    }

    @Test func aSingularOwnersPossessiveStaysApart() {
        let s = story(
            "The ferry timetable changes in May.\n\nBrillo's Customer Services Team said passengers would be \"told by text\".")
        #expect(speaker(s, "told by text") != "Brillo's Customer Services Team")
    }

    @Test func friendsOfThePlaceAreOneBody() {
        let s = story(
            "The park cafe will close in June.\n\nThe Friends of the Weyford Riverside Park said volunteers were \"dismayed\" by the decision.")
        #expect(speaker(s, "dismayed") == "Friends of the Weyford Riverside Park")
    }

    @Test func theOpeningQuestionIsNoSubjectBeforeAndSaid() {
        let s = story(
            "The cafe on the pier closed last week.\n\nAsked whether Dunmore had ever eaten there, Mr Pask smiled and said: \"Only on Fridays.\"")
        #expect(speaker(s, "Only on Fridays") == "Pask")
    }

    @Test func whoPressesTheQuestionIsNoAntecedent() {
        let s = story(
            "Minister Aldo Brenn spoke on the radio on Monday. Pressed by the host, Mira Kolb, on whether he would stay in post, Brenn replied: \"That is the plan.\" Asked again, he said: \"I have answered that already.\"")
        #expect(speaker(s, "I have answered that already") == "Aldo Brenn")
    }

    @Test func anUnnamedPersonByTheirCallingIsThePronounsAntecedent() {
        let s = story(
            "Several Nordic rail firms have cut night services.\n\nOne signalman, who asked not to be named, said staff had seen it coming. \"Nobody in the office says it out loud,\" he said.")
        #expect(speaker(s, "Nobody in the office says it") == "One signalman")
    }

    @Test func aPluralPossessiveInsideTheDescriptionsQualifier() {
        let s = story(
            "Several Nordic rail firms have cut night services.\n\nOne driver with 30 years' experience said staff had seen it coming. \"Nobody in the office says it out loud,\" he said.")
        #expect(speaker(s, "Nobody in the office says it") == "One driver with 30 years' experience")
    }

    @Test func aPassiveVerbOfSayingKeepsTheSentencesSpeaker() {
        let s = story(
            "Drivers at the depot complained last week.\n\nThe firm said the rota was \"about sharing the load\" and that supervisors had been told to use \"patience and good sense\".")
        #expect(speaker(s, "patience and good sense") == "The firm")
    }

    @Test func aParentOfSoManyIsThePronounsAntecedent() {
        let s = story(
            "Diners were quick to complain. One father-of-four from Kelby told the Herald he would \"eat elsewhere now\". \"I have had the Friday fish supper there for twenty years,\" he said.")
        #expect(speaker(s, "Friday fish supper there") == "One father-of-four from Kelby")
    }
}
