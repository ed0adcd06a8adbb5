import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers and quote groups (twenty-eighth session): a person named after where they live
/// or work, the outlet that quoted someone, "one of them", a voice after its body declined
/// to answer, one statement under a body's voice and its name. Every sentence is written for
/// these tests.
@Suite struct Quotes34Tests: QuoteSuite, CompareSuite {
    @Test func aPlaceThenWhatThePersonIsThenTheName() {
        let s = story(
            "The Kelmoor bridge will close for six months from June, the council said on Monday.",
            "\"I cross it twice a day and there is no other way to the station,\" said Kelmoor resident Anna Brightwell, 41.",
            "\"Nobody asked us,\" Eastgate parent Colm Dwyer said.")
        #expect(speaker(s, "no other way to the station") == "Anna Brightwell")
        #expect(speaker(s, "Nobody asked us") == "Colm Dwyer")
    }

    @Test func aBodyThenAJobThenTheName() {
        let s = story(
            "Harlow Freight is said to be moving its depot to the coast.",
            "\"We have heard nothing from management,\" said Harlow Freight driver Tomas Ekberg.")
        #expect(speaker(s, "heard nothing from management") == "Tomas Ekberg")
    }

    @Test func aNameAloneStillSpeaks() {
        let s = story("\"The plan is sound,\" said Kelmoor Council on Tuesday.")
        #expect(speaker(s, "The plan is sound") == "Kelmoor Council")
    }

    @Test func aPlaceEndingAFrontedQuestionIsNoSubject() {
        let s = story(
            "Parcel firm QuickLane Logistics is preparing to close its Brampton depot, people familiar with the plans said.",
            "Asked whether it was leaving Brampton, a QuickLane spokesperson said: \"We never comment on speculation.\"",
            "Jo Roe, a driver from Leeds said: \"We have heard nothing.\"")
        #expect(speaker(s, "We never comment on speculation") == "QuickLane Logistics")
        // An apposition left without its closing comma still names its subject.
        #expect(speaker(s, "We have heard nothing") == "Jo Roe")
    }

    @Test func theOutletThatQuotedTheSubjectDoesNotSpeak() {
        let s = story(
            "Bellport Ferries is in talks with a Danish buyer, according to the Harbour Gazette.",
            "One source quoted by Reuters said the buyer had \"made a firm offer last week\".",
            "A manager interviewed by the Gazette said the crews were \"worried sick about their jobs\".",
            "One of the people quoted by the paper described the talks as \"close to a deal but not there yet\".")
        #expect(speaker(s, "made a firm offer") == "One source")
        #expect(speaker(s, "worried sick") == "A manager")
        #expect(speaker(s, "close to a deal") == "One of the people")
    }

    @Test func theOneQuotedAsProvidingSpeaks() {
        let s = story(
            "Bellport Ferries is in talks with a Danish buyer, the Harbour Gazette reported.",
            "The paper quoted the draft as providing for \"the transfer of all three vessels by spring\".")
        #expect(speaker(s, "transfer of all three vessels") == "the draft")
    }

    @Test func aBodyNamedWithOfTheIsOneName() {
        let s = story(
            "\"We have received a file from the police,\" the Regional Prosecution Office said.",
            "\"We are making enquiries to establish the facts,\" a spokesperson for the Office of the Data Commissioner said.")
        // Not cut to "Office" and then taken for the other office of the story.
        #expect(speaker(s, "making enquiries")?.contains("Office of the Data Commissioner") == true)
    }

    @Test func oneOfAGroupTheSentenceOpensWith() {
        let s = story(
            "Two officials who spoke to the Herald gave different accounts. One said a recall had been \"one option among many\".",
            "People close to the bank's management said the slide was a worst case. \"It was a number on a slide, not a plan,\" one said.",
            "Three workers at the plant said they had been told nothing. One of them said: \"We read about it in the paper.\"",
            "Two members of staff who were briefed last week said managers had presented the closure as settled. \"We were told to keep it quiet,\" one said.")
        // The group the sentence opens with, not the accounts they gave nor the managers they named.
        #expect(speaker(s, "one option among many") == "one official")
        #expect(speaker(s, "number on a slide") == "one of the people close to the bank's management")
        #expect(speaker(s, "read about it in the paper") == "one of the workers")
        #expect(speaker(s, "keep it quiet") == "one member of staff")
    }

    @Test func aDocumentWithTheOutletThatFirstReportedItInAnAside() {
        let s = story(
            "The draft, first reported by the magazine Fieldnotes on 12 May, proposed that the council \"consider withdrawing support\" for the array.",
            "The paper, first reported by the Chronicle, says trustees should \"suspend indexation for a year\".")
        // The outlet in the aside reported the paper; it does not speak its words.
        #expect(speaker(s, "consider withdrawing support") == "The draft")
        #expect(speaker(s, "suspend indexation") == "The paper")
    }

    @Test func aVoiceAfterItsBodyDeclinedToAnswer() {
        let s = story(
            "Oil group Veltane is preparing to close its Haddon Bay refinery, according to a leaked memo.",
            "Veltane declined to confirm the report. \"We don't comment on rumour or speculation,\" a company spokesperson said by email.")
        #expect(speaker(s, "comment on rumour") == "Veltane")
    }

    @Test func aMinistrysVoiceInAnArticleThatNeverSaysWhichMinistry() {
        let story = compared([
            "Clinics have run short of the measles vaccine. \"The ministry does not comment on stock levels of single vaccines. Parents should keep their appointments,\" a ministry spokeswoman said.",
            "In a statement, the Ministry of Health said: \"We do not comment on stock levels of single vaccines. Parents should attend their appointments.\"",
        ])
        let ids = story.quotes.filter { $0.text.contains("stock levels") }.map(\.id)
        #expect(ids.count == 2)
        // The story names one ministry: the spokeswoman speaks for it, and the two versions are one statement.
        #expect(story.quoteGroups.contains { Set($0.quotes) == Set(ids) && $0.wordingDiffers })
    }

    @Test func aLongRefusalSharedWordForWordIsOneStatementWhoeverItIsCreditedTo() {
        let story = compared([
            "\"We don't comment on leaked papers, and no final decision has been made about the future of any of our halls. Members will be the first to hear when there is news,\" the Harbour Rowing Club said.",
            "\"We won't comment on leaked papers. No final decision has been taken on the future of any of our halls, and members will be the first to hear,\" said Carrow Council.",
            "\"We do not comment on market rumours,\" the Harbour Rowing Club said.",
            "\"We do not comment on market rumours,\" said Carrow Council.",
        ])
        let long = story.quotes.filter { $0.text.contains("leaked papers") }.map(\.id)
        let short = story.quotes.filter { $0.text.contains("market rumours") }.map(\.id)
        #expect(long.count == 2 && short.count == 2)
        // One outlet credited the wrong body with the long statement: still one statement.
        #expect(story.quoteGroups.contains { Set($0.quotes) == Set(long) })
        // A bare refusal is worded alike by every party: two parties, two statements.
        #expect(!story.quoteGroups.contains { Set($0.quotes) == Set(short) })
    }

    @Test func aSentenceStoppedShortOfItsLastWordsIsReworded() {
        let speakers = ("Harbour Council", "Harbour Council")
        // The version that stops early puts a full stop where the statement went on.
        #expect(grouped("The plans that were leaked are, in substance, the plans we are bringing forward today.",
            "The plans that were leaked are, in substance, the plans we are bringing forward.", speakers) == true)
        #expect(marked("Lock your doors tonight.", "Lock your doors!").a == ["tonight"])
        // A clause left off ends the statement where it went on (thirty-first session); whole
        // sentences left out are quoting less.
        #expect(grouped("The ferry remains an important part of our network and we keep every route under review.",
            "The ferry remains an important part of our network.", speakers) == true)
        #expect(marked("We stand by the report, which rests on two sources.", "We stand by the report.").a == ["which", "rests", "on", "two", "sources"])
        // Whole sentences left out and a part quoted from inside a sentence mark no words, but
        // quoting less is a variant (thirty-sixth session).
        #expect(marked("We stand by the report. Nothing in it has been shown to be wrong.", "We stand by the report.").a.isEmpty)
        #expect(grouped("We stand by the report. Nothing in it has been shown to be wrong.", "We stand by the report.", speakers) == true)
        #expect(marked("It is a question of price now, not of principle.", "a question of price now, not of principle").a.isEmpty)
        #expect(grouped("It is a question of price now, not of principle.", "a question of price now, not of principle", speakers) == true)
    }

    @Test func aPriestsAbbreviatedTitleEndsNoSentence() {
        let s = story("\"The letter is fake. The church is not for sale,\" Fr. Anselm Corrie said. \"Please do not share it.\"")
        #expect(speaker(s, "The letter is fake") == "Anselm Corrie")
        #expect(roles(s, "Anselm Corrie").contains("Father"))
    }

    @Test func anAsidesClosingCommaIsNoPartOfTheSpeaker() {
        let s = story("The post, from the popular local account Harbour Watch, reads: 'The council is bringing in a toll on the bridge.'")
        #expect(speaker(s, "bringing in a toll") == "Harbour Watch")
    }

    @Test func aDocumentWithADatedAsideSpeaks() {
        let s = story(
            "The eight-page paper, dated 14 March and marked as intended for trustees only, recommends that the board \"suspend indexation for the 2027 calendar year\" to help close a funding gap.",
            "The draft, prepared by the National Climate Institute and dated 2 April, says that \"at current rates of loss, the glacier will all but disappear by 2045\".")
        #expect(speaker(s, "suspend indexation") == "The eight-page paper")
        #expect(speaker(s, "current rates of loss") == "The draft")
    }

    @Test func aVoiceThatWouldOnlySayOrDeclinedSaying() {
        let s = story(
            "The mayor's office declined to comment, saying only that \"the mayor does not discuss staff matters\".",
            "The ministry has not denied it. A spokesperson would only say that they \"do not comment on leaked papers\".")
        #expect(speaker(s, "does not discuss staff matters") == "The mayor's office")
        #expect(quote(s, "do not comment on leaked papers") != nil)
    }

    @Test func aLeadInThatOnlySaysWhereTheWordsWereGiven() {
        let s = story(
            "The central bank has denied the claim. In a short statement on its website: \"The 200-kestar note remains legal tender.\"")
        #expect(speaker(s, "remains legal tender") == "The central bank")
        // A lead-in naming someone is theirs, not the sentence before's.
        let named = story("The central bank has denied the claim. In a statement to Jo Roe: \"Nothing has changed.\"")
        #expect(speaker(named, "Nothing has changed") != "The central bank")
    }

    @Test func aShopNamedWithItsFoundersPossessiveSpeaks() {
        let s = story("Grocer Merriwell's told reporters: \"We don't comment on speculation.\"")
        #expect(speaker(s, "comment on speculation")?.contains("Merriwell") == true)
        // "According to her": the pronoun after its preposition.
        let her = story("His trainer, Aoife Brannagh, reassured the public on Sunday. According to her, the horse is \"grand, cheeky as always\".")
        #expect(speaker(her, "cheeky as always") == "Aoife Brannagh")
    }

    /// The story of one article per body, through the quote and compare stages.
    func compared(_ bodies: [String]) -> Story {
        var draft = StoryDraft(id: "s", articles: bodies.enumerated().map { Article(id: "art\($0.offset)0000000", source: "t\($0.offset).txt", title: "", body: $0.element) })
        QuoteStage().run(&draft)
        CompareStage().run(&draft)
        return draft.story
    }
}
