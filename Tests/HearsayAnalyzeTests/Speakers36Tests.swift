import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers (thirty-sixth session, helper spk36): church bodies named "the Diocese of X" and
/// called "the diocese", as ministries are. Every sentence is written for these tests.
@Suite struct Speakers36Tests: QuoteSuite {
    @Test func aDioceseIsABodyThatSpeaks() {
        let s = story(
            "The parish priest, Father Aidan Colle, said the hall would shut. \"We cannot heat it,\" he said.\n\nThe Diocese of Wendholm said in a statement that it \"was told of the plan in March\" and would help find a new site.")
        #expect(speaker(s, "was told of the plan in March") == "Diocese of Wendholm")
    }

    @Test func theDioceseRefersBackToTheDioceseOfX() {
        let s = story(
            "A letter said the Diocese of Wendholm would sell the chapel to a developer.\n\nThe rumour was picked up by the website Quayside Buzz, which ran it as fact.\n\nIn a statement, the diocese said: \"The letter is a forgery and the chapel is not for sale.\"")
        #expect(speaker(s, "letter is a forgery") == "Diocese of Wendholm")
    }

    @Test func anOfficeOfATitledPostIsABody() {
        let s = story(
            "Through her lawyer, Mara Quist, the former mayor denied taking any payment. \"My client has done nothing wrong,\" Quist said.\n\nA spokesman for the Office of the Harbour Commissioner said: \"We never discuss whether an inquiry is open.\"")
        #expect(speaker(s, "never discuss whether an inquiry") == "Office of the Harbour Commissioner")
    }

    @Test func anOfficeHoldersVoiceIsNotTheLastPersonNamed() {
        let s = story(
            "The harbour minister, Ola Brenn, opened the new quay on Friday. \"It is a proud day,\" she said.\n\nThe Prime Minister's spokeswoman said the ferry levy was \"not on the table\" this year.")
        #expect(speaker(s, "not on the table") == "The Prime Minister's spokeswoman")
    }

    @Test func theMayorWhoSmiledIsTheNextHe() {
        let s = story(
            "Mayor Oren Vale has told his cabinet he will retire in the spring.\n\nThe council would not confirm it. \"We do not discuss staffing,\" said Nessa Quill, its press officer.\n\nThe mayor smiled when asked. \"You will hear from me in good time,\" he said.")
        #expect(speaker(s, "hear from me in good time") == "Oren Vale")
    }

    @Test func aParticiplesClauseWithCommasMayOpenTheSentence() {
        let s = story(
            "Mayor Oren Vale has told his cabinet he will retire in the spring.\n\nThe council would not confirm it. \"We do not discuss staffing,\" said Nessa Quill, its press officer.\n\nApproached by reporters after Mass at St Anne's, Dunmore, on Sunday, the mayor smiled but said little. \"You will hear from me in good time,\" he said.")
        #expect(speaker(s, "hear from me in good time") == "Oren Vale")
    }
}
