import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Short stories of several paragraphs, written for these tests in the conventions of
/// British and American papers and of news agencies, each with the speakers a reader would
/// credit. They check the quote pass on the kinds of text it has not been tuned on.
@Suite struct QuoteStoryTests: QuoteSuite {
    // MARK: - Who told whom

    @Test func subjectOfToldSpeaksNotTheOutletToldIt() {
        let s = story(
            "Millbrook Town are set to part company with head coach Stefan Kerr, the Northern Gazette has learned.",
            "A person close to the board told the Gazette: \u{2018}Patience has run out. It will be done before the derby.\u{2019}",
            "Kerr said to reporters on Friday that he was \u{2018}not going anywhere\u{2019}.",
            "A club insider told the Gazette that the owners were \u{2018}furious\u{2019} after the defeat.")
        #expect(speaker(s, "Patience has run out") == "A person close to the board")
        #expect(quote(s, "Patience has run out")?.venue == "Northern Gazette")
        #expect(speaker(s, "not going anywhere") == "Stefan Kerr")
        #expect(speaker(s, "furious") == "A club insider")
        // The unnamed informants are cited too, as `unnamed`; the only outlet is the Gazette.
        #expect(s.citations.filter { $0.kind == .outlet }.map(\.source) == ["Northern Gazette"])
    }

    @Test func participleClauseWithItsOwnSubject() {
        let s = story(
            "The council has defended its decision to close the library, with deputy leader Ruth Carver calling the protests \u{201C}misguided\u{201D}.\nCampaigners disagreed, with organiser Tom Lyle describing the plan as \u{201C}an act of vandalism\u{201D}.")
        #expect(speaker(s, "misguided") == "Ruth Carver")
        #expect(speaker(s, "act of vandalism") == "Tom Lyle")
    }

    // MARK: - Roles

    @Test func qualifiersOfRolesAreKept() {
        let s = story(
            "Former Eastfield captain Rob Tanner said the squad lacked leaders. \u{2018}We need a spine,\u{2019} he said.\nInterim chief executive Lydia Marsh disagreed.\nEx-minister Paul Greer, a former adviser to the Treasury, stayed silent.")
        #expect(roles(s, "Rob Tanner") == ["Former Eastfield captain"])
        #expect(roles(s, "Lydia Marsh") == ["Interim chief executive"])
        #expect(roles(s, "Paul Greer").contains("Ex-minister"))
        #expect(roles(s, "Paul Greer").contains("former adviser to the Treasury"))
        #expect(s.organisations.contains { $0.name == "Eastfield" })
        #expect(!s.organisations.contains { $0.name.hasPrefix("Former") })
    }

    @Test func abbreviatedTitlesAreSpelledOut() {
        let s = story(
            "Sen. Maria Delgado and Rep. Owen Fisk wrote to the agency. Gov. Kate Brill, Gen. Luis Mora and Prof. Anne Kay were copied in.\nLt. Gov. Sam Hale declined to comment. Dr Nia Obi was not asked.")
        #expect(roles(s, "Maria Delgado") == ["Senator"])
        #expect(roles(s, "Owen Fisk") == ["Representative"])
        #expect(roles(s, "Kate Brill") == ["Governor"])
        #expect(roles(s, "Luis Mora") == ["General"])
        #expect(roles(s, "Anne Kay") == ["Professor"])
        #expect(roles(s, "Sam Hale") == ["Lieutenant Governor"])
        #expect(roles(s, "Nia Obi") == ["Doctor"])
    }

    // MARK: - Organisations and outlets

    @Test func shortNamesOfOutletsJoinTheFullName() {
        let s = story(
            "The merger was first reported by the Lakeside Courier on Sunday.",
            "According to the Courier, the two banks have met three times.\n\u{201C}Nothing is agreed,\u{201D} one banker told the Courier.")
        #expect(s.citations.map(\.source) == ["Lakeside Courier"])
        #expect(s.citations.first?.articles.count == 2)
        #expect(quote(s, "Nothing is agreed")?.venue == "Lakeside Courier")
    }

    @Test func organisationSpeaksThroughItsSpokespeople() {
        let s = story(
            "Harbor Freight Lines said on Thursday it had no plans to cut routes.\n\u{201C}We remain committed to every port we serve,\u{201D} the company said in a statement.\nCompany spokeswoman Dana Ortiz added: \u{201C}Any suggestion otherwise is simply untrue.\u{201D}\n\u{201C}We are aware of the reports,\u{201D} a Baymark spokesperson said.\nA representative for the Pacific Dockworkers Union called the move \u{201C}too little, too late\u{201D}.")
        #expect(speaker(s, "committed to every port") == "Harbor Freight Lines")
        #expect(speaker(s, "simply untrue") == "Dana Ortiz")
        #expect(speaker(s, "aware of the reports") == "Baymark")
        #expect(quote(s, "aware of the reports")?.role == "spokesperson")
        #expect(speaker(s, "too little, too late") == "Pacific Dockworkers Union")
    }

    @Test func theClubIsNotTheNewspaperThatReportedIt() {
        let s = story(
            "Eastfield United have signed winger Leo Maddox, the Morning Star reported.\n\u{201C}He is a fantastic addition to the squad,\u{201D} the club said in a statement.")
        #expect(speaker(s, "fantastic addition") == "Eastfield United")
    }

    // MARK: - Agencies

    @Test func agencyDatelineAndUnnamedSources() {
        let s = story(
            "LISBON, May 4 (Wirepoint) - Portugal\u{2019}s largest utility is in talks to buy a Spanish solar developer, two people familiar with the matter told Wirepoint on Tuesday.\n\u{201C}The price is the sticking point,\u{201D} one of the people said, asking not to be named because the talks are private.\nEnergias Atlantico declined to comment. A spokesman for Sol Iberia said the company \u{201C}does not comment on market rumours\u{201D}.")
        #expect(speaker(s, "sticking point") == "one of the people")
        let q = quote(s, "market rumours")
        #expect(q?.speaker == "Sol Iberia")
        #expect(q?.role == "spokesman")
        #expect(s.citations.map(\.source).contains("Wirepoint"))
    }

    @Test func toldTheAgencyInAnInterview() {
        let s = story(
            "\u{201C}We are reviewing every option,\u{201D} chief executive Ana Silva told Wirepoint in an interview on Wednesday.\nSilva said the board would meet next week. \u{201C}Nothing is off the table,\u{201D} she added.")
        let q = quote(s, "reviewing every option")
        #expect(q?.speaker == "Ana Silva")
        #expect(q?.venue == "Wirepoint")
        #expect(speaker(s, "off the table") == "Ana Silva")
        #expect(s.citations.map(\.source) == ["Wirepoint"])
    }

    @Test func unnamedOfficialsAreKeptAsDescribed() {
        let s = story(
            "\u{201C}We expect a decision within days,\u{201D} a senior administration official said, speaking on condition of anonymity.\nTwo officials briefed on the talks said the draft was \u{201C}nearly done\u{201D}.\nAn official who asked not to be named said: \u{201C}The president has not signed off.\u{201D}")
        #expect(speaker(s, "within days") == "a senior administration official")
        #expect(speaker(s, "nearly done") == "Two officials briefed on the talks")
        #expect(speaker(s, "has not signed off") == "An official who asked not to be named")
    }

    // MARK: - Pronouns

    @Test func pronounChainWithAManAndAWoman() {
        let s = story(
            "Finance minister Clara Voss met union leader Tomas Brandt on Monday.\nVoss said the offer was final. \u{201C}We cannot go higher than four percent,\u{201D} she said.\nBrandt rejected it within hours. \u{201C}Four percent is a pay cut for most of our members,\u{201D} he told reporters.\n\u{201C}He has made his choice,\u{201D} she said later.")
        #expect(speaker(s, "higher than four percent") == "Clara Voss")
        #expect(speaker(s, "pay cut") == "Tomas Brandt")
        #expect(speaker(s, "made his choice") == "Clara Voss")
    }

    @Test func pronounAfterAnObjectPersonGoesToTheSubject() {
        let s = story(
            "Coach Dan Price praised striker Leo Maddox after the win. \u{201C}He was outstanding,\u{201D} Price said.\nMaddox, 19, scored twice in the second half.\n\u{201C}I just tried to enjoy it,\u{201D} he said.")
        #expect(speaker(s, "He was outstanding") == "Dan Price")
        #expect(speaker(s, "enjoy it") == "Leo Maddox")
    }

    @Test func pronounGenderFromAnEarlierSentence() {
        let s = story(
            "Judge Helen Ward sentenced Mark Lowry to six years. She said his crimes had ruined lives.\nLowry showed no emotion as he was led away.\n\u{201C}You have shown no remorse,\u{201D} she told him.\n\u{201C}I am innocent,\u{201D} he shouted from the dock.")
        #expect(speaker(s, "no remorse") == "Helen Ward")
        #expect(speaker(s, "I am innocent") == "Mark Lowry")
    }

    // MARK: - Descriptions that stand for a name

    @Test func theAgeOrTheVeteranIsThePersonNamedBefore() {
        let s = story(
            "Midfielder Jamie Cole has signed a new four-year contract with Eastfield United.\n\u{201C}I never wanted to leave,\u{201D} the 20-year-old said.\nGoalkeeper Ivan Petrov, 38, also extended his deal.\n\u{201C}I still feel young,\u{201D} the veteran told the club\u{2019}s website.")
        #expect(speaker(s, "never wanted to leave") == "Jamie Cole")
        #expect(speaker(s, "still feel young") == "Ivan Petrov")
    }

    // MARK: - Partial quotes, dashes, 'according to'

    @Test func partialQuotesInOneSentence() {
        let s = story(
            "Chancellor Ruth Ames described the figures as \u{201C}deeply worrying\u{201D} but said the economy was \u{201C}fundamentally strong\u{201D}.\nShadow chancellor Neil Banks said Ms Ames was \u{201C}living in denial\u{201D}.")
        #expect(speaker(s, "deeply worrying") == "Ruth Ames")
        #expect(speaker(s, "fundamentally strong") == "Ruth Ames")
        #expect(speaker(s, "living in denial") == "Neil Banks")
    }

    @Test func emDashInterruptions() {
        let s = story(
            "\u{201C}We will not \u{2014} and I mean not \u{2014} sell this club,\u{201D} said owner Rafael Ortega.\n\u{201C}This deal,\u{201D} Ortega said \u{2014} pausing for effect \u{2014} \u{201C}is off.\u{201D}\nHis rival, businesswoman Sandra Quinn, was blunter: \u{201C}He has no choice.\u{201D}")
        #expect(speaker(s, "and I mean not") == "Rafael Ortega")
        #expect(speaker(s, "This deal") == "Rafael Ortega")
        #expect(speaker(s, "is off") == "Rafael Ortega")
        #expect(speaker(s, "no choice") == "Sandra Quinn")
    }

    @Test func accordingToAPersonOrAnOutlet() {
        let s = story(
            "The merger is \u{201C}off the table\u{201D}, according to a senior executive at the bank.\nAccording to Ms Lowe, the vote was \u{201C}rigged from the start\u{201D}.\nThe two firms met in March, according to the Daily Ledger.")
        #expect(speaker(s, "off the table") == "a senior executive at the bank")
        #expect(speaker(s, "rigged from the start") == "Lowe")
        #expect(s.citations.map(\.source) == ["Daily Ledger"])
    }

    @Test func saidOnTuesdayAndSaidOf() {
        let s = story(
            "\u{201C}We have done nothing wrong,\u{201D} Henrik Dahl said on Tuesday.\n\u{201C}She is the best we have,\u{201D} Dahl said of his deputy, Mia Berg.\nBerg said on Wednesday that she was \u{201C}flattered\u{201D}.")
        #expect(speaker(s, "nothing wrong") == "Henrik Dahl")
        #expect(speaker(s, "best we have") == "Henrik Dahl")
        #expect(speaker(s, "flattered") == "Mia Berg")
    }

    @Test func americanTitlesWithPartyAndState() {
        let s = story(
            "Sen. Maria Delgado, D-Ariz., said in a statement that the rule was \u{201C}a gift to polluters.\u{201D}\n\u{201C}We will fight it in court,\u{201D} said Rep. Owen Fisk (R-Texas).")
        #expect(speaker(s, "gift to polluters") == "Maria Delgado")
        #expect(quote(s, "gift to polluters")?.venue == "a statement")
        #expect(speaker(s, "fight it in court") == "Owen Fisk")
        #expect(roles(s, "Maria Delgado").contains("Senator"))
    }

    // MARK: - Marks

    @Test func treebankQuotationMarks() {
        let s = story(
            "Singer Lana Brooks has entered a rehabilitation clinic , her publicist told Showbeat .\n`` We ask that her privacy be respected , '' publicist Joel Marr said in a statement .\nBrooks 's last album was called `` Night Drive . ''\n`` I 'm doing well , '' she told fans .")
        #expect(speaker(s, "privacy be respected") == "Joel Marr")
        #expect(quote(s, "Night Drive") == nil)
        #expect(speaker(s, "doing well") == "Lana Brooks")
        #expect(s.quotes.count == 2)
    }

    @Test func cliticsAndDecadesAreNotQuotationMarks() {
        let s = story("Rock 'n' roll was born in the '50s, and Marr 's band was formed in the '80s .\n\u{2018}It was loud,\u{2019} Marr said.")
        #expect(s.quotes.map(\.text) == ["It was loud,"])
        #expect(speaker(s, "It was loud") == "Marr")
    }

    // MARK: - More conventions

    @Test func theSpokeswomanAddedIsTheOrganisationSheSpeaksFor() {
        let s = story(
            "A spokeswoman for Orbis Bank said the bank was cooperating with regulators.\n\u{201C}We have nothing to hide,\u{201D} the spokeswoman added.")
        #expect(speaker(s, "nothing to hide") == "Orbis Bank")
    }

    @Test func aLawyerNamedInAppositionBeforeTheVerb() {
        let s = story(
            "Hannah Reese was charged on Monday. Her lawyer, Colm Doyle, said: \u{201C}My client denies every allegation.\u{201D}")
        #expect(speaker(s, "denies every allegation") == "Colm Doyle")
    }

    @Test func pictureNoteInBracketsAfterTheName() {
        let s = story("Publican Terry Vance (pictured) said: \u{2018}We have been here for forty years and we are not leaving.\u{2019}")
        #expect(speaker(s, "not leaving") == "Terry Vance")
    }

    @Test func beforeAddingAfterAQuotation() {
        let s = story(
            "Striker Dele Amos has been linked with a move abroad.\n\u{201C}I\u{2019}m not going anywhere,\u{201D} he insisted, before adding: \u{201C}The fans deserve better than rumours.\u{201D}")
        #expect(speaker(s, "not going anywhere") == "Dele Amos")
        #expect(speaker(s, "fans deserve better") == "Dele Amos")
    }

    @Test func theyForAnOrganisation() {
        let s = story(
            "Corvane Systems said on Friday that they would appeal the ruling.\n\u{201C}We are confident the court got this wrong,\u{201D} they said.")
        #expect(speaker(s, "court got this wrong") == "Corvane Systems")
    }

    @Test func askedWhetherThenTheAnswer() {
        let s = story(
            "Asked whether she would resign over the leak, Home Secretary Mona Clarke said: \u{201C}Absolutely not.\u{201D}\nAsked about Clarke\u{2019}s answer, opposition leader Rhys Owen said: \u{201C}She has lost the trust of the public.\u{201D}")
        #expect(speaker(s, "Absolutely not") == "Mona Clarke")
        #expect(speaker(s, "lost the trust") == "Rhys Owen")
    }

    @Test func theCoachWithARelativeClause() {
        let s = story(
            "Glenmore City sacked their assistant manager on Monday, and head coach Ivo Brandt was left to explain.\n\u{201C}We will see what happens,\u{201D} the coach, who has been in charge since 2019, said.")
        #expect(speaker(s, "We will see") == "Ivo Brandt")
    }

    @Test func toldMPsAndWroteOnSocialMedia() {
        let s = story(
            "Mr Alan Firth told MPs: \u{201C}The figures were never checked.\u{201D}\nHis colleague Ruth Penn wrote on Facebook: \u{201C}This is a scandal.\u{201D}\n\u{201C}We will look again,\u{201D} Firth said in a Facebook post.")
        #expect(speaker(s, "never checked") == "Alan Firth")
        #expect(quote(s, "never checked")?.venue == "MPs")
        #expect(speaker(s, "This is a scandal") == "Ruth Penn")
        #expect(quote(s, "This is a scandal")?.venue == "Facebook")
        #expect(quote(s, "look again")?.venue == "a Facebook post")
    }

    @Test func addedAccordingToTheOutletCreditsTheSpeaker() {
        let s = story(
            "\u{201C}There will be no sale,\u{201D} owner Gina Ricci added, according to the Harbour Times.\nRicci told The Associated Press on Tuesday that talks had ended.")
        #expect(speaker(s, "no sale") == "Gina Ricci")
        #expect(Set(s.citations.map(\.source)) == ["Harbour Times", "Associated Press"])
    }

    @Test func presentTenseAndBareDayNames() {
        let s = story(
            "\u{201C}Nobody saw this coming,\u{201D} says economist Tara Lund.\n\u{201C}Rates will stay where they are,\u{201D} Lund said Tuesday.")
        #expect(speaker(s, "Nobody saw this coming") == "Tara Lund")
        #expect(speaker(s, "Rates will stay") == "Tara Lund")
    }

    @Test func siblingsWhoShareASurname() {
        let s = story(
            "Aid worker Tom Hale was taken hostage last year. His sister Nina Hale has led the campaign for his release.\nMiss Hale described her brother as a man who \u{201C}never gave up on anyone.\u{201D} She added: \u{201C}Please send him home.\u{201D}\nIn a video released on Friday, Mr Hale appears tired. He said: \u{201C}I am being treated well.\u{201D}")
        #expect(speaker(s, "never gave up") == "Nina Hale")
        #expect(speaker(s, "send him home") == "Nina Hale")
        #expect(speaker(s, "treated well") == "Tom Hale")
    }

    @Test func pronounAfterASentenceAboutAnUnnamedPerson() {
        let s = story(
            "Officials in Dorvik said the mayor, Pia Lund, had left the city.\nA driver who works for the council denied that Lund had gone. \u{201C}I saw her this morning,\u{201D} he said.")
        #expect(speaker(s, "saw her this morning") == "A driver who works for the council")
    }

    @Test func colonAfterAVerblessIntroduction() {
        let s = story(
            "The board backed the plan. Its chairman, Oskar Lind, was blunter: \u{201C}There is no alternative.\u{201D}\nThe Danish government, which owns a stake, said the plan was \u{201C}sound\u{201D}.")
        #expect(speaker(s, "no alternative") == "Oskar Lind")
        #expect(speaker(s, "sound") == "The Danish government")
    }

    @Test func officesWithOfAndStaffNamedInCommas() {
        let s = story(
            "Secretary of Transport Ana Petrova said the line would reopen in \u{201C}weeks, not months\u{201D}.\nThe singer Kell Byrne\u{2019}s manager, Joanna Pike, confirmed the tour was \u{201C}on hold for now\u{201D}.")
        #expect(speaker(s, "weeks, not months") == "Ana Petrova")
        #expect(roles(s, "Ana Petrova") == ["Secretary of Transport"])
        #expect(speaker(s, "on hold") == "Joanna Pike")
    }

    @Test func threePeopleNamedTogetherAndBritishHonorifics() {
        let s = story(
            "Chancellor Rachel Moss met business leaders including Sir Peter Vane and Dame Ada Lowe on Tuesday.\nSir Peter said the meeting had been \u{201C}frank\u{201D}. \u{201C}She listened, which is a start,\u{201D} he said.\nDame Ada was less impressed. \u{201C}We heard nothing new,\u{201D} she said.\nMs Moss later defended the talks. \u{201C}I made no promises and I make no apologies,\u{201D} she told the BBC.")
        #expect(speaker(s, "frank") == "Peter Vane")
        #expect(speaker(s, "She listened") == "Peter Vane")
        #expect(speaker(s, "nothing new") == "Ada Lowe")
        #expect(speaker(s, "no promises") == "Rachel Moss")
        #expect(quote(s, "no promises")?.venue == "BBC")
    }

    @Test func britishPoliticsWithOfficesInTitleCaseAndUnnamedSpokespeople() {
        let s = story(
            "The Home Secretary, Nadia Fleet, has dismissed reports of a cabinet split as \u{201C}pure fiction\u{201D}.\nThe Sentinel had reported that Ms Fleet was \u{201C}livid\u{201D} after the vote.\nA party spokesperson said the leadership was \u{201C}united\u{201D}. \u{201C}There is no split,\u{201D} the spokesperson added.\nHer deputy accused the press of \u{201C}inventing stories\u{201D}.",
            "Brightwater Energy\u{2019}s founder and chief executive, Ravi Menon, declined to comment.")
        #expect(speaker(s, "pure fiction") == "Nadia Fleet")
        #expect(roles(s, "Nadia Fleet") == ["Home Secretary"])
        #expect(speaker(s, "livid") == "Sentinel")
        #expect(s.citations.map(\.source) == ["Sentinel"])
        #expect(speaker(s, "united") == "A party spokesperson")
        #expect(speaker(s, "no split") == "A party spokesperson")
        #expect(speaker(s, "inventing stories") == "Her deputy")
        #expect(roles(s, "Ravi Menon") == ["Brightwater Energy\u{2019}s founder and chief executive"])
    }

    @Test func americanCrimeStoryWithRelativesAndStatements() {
        let s = story(
            "Police charged Owen Pratt, 41, on Monday. Pratt\u{2019}s lawyer, Grace Park, said her client was \u{201C}innocent of every charge.\u{201D}\nHis sister, reached by phone, said he was \u{201C}a gentle soul.\u{201D}\nThe Harlow County Sheriff\u{2019}s Office said in a statement that it had assisted. \u{201C}Our deputies secured the scene,\u{201D} the statement said.")
        #expect(speaker(s, "innocent of every charge") == "Grace Park")
        #expect(speaker(s, "gentle soul") == "His sister")
        #expect(speaker(s, "secured the scene") == "Harlow County Sheriff\u{2019}s Office")
    }

    @Test func britishQuotationRunningOverParagraphsAfterAColon() {
        let s = story(
            "Speaking to the Western Mercury, Colin Shaw said: \u{2018}We were too slow. Parents told us so.\n\u{2018}The school will reopen in September.\n\u{2018}Nobody will lose their place.\u{2019}\nThe union\u{2019}s head of education, Ayo Bello, said the plan was \u{2018}a start\u{2019}.")
        #expect(speaker(s, "too slow") == "Colin Shaw")
        #expect(speaker(s, "reopen in September") == "Colin Shaw")
        #expect(speaker(s, "lose their place") == "Colin Shaw")
        #expect(quote(s, "too slow")?.venue == "Western Mercury")
        #expect(s.citations.map(\.source) == ["Western Mercury"])
        #expect(speaker(s, "a start") == "Ayo Bello")
        #expect(roles(s, "Ayo Bello") == ["head of education"])
    }

    @Test func lowerCaseWordsBeforeARoleAfterTheQuotation() {
        let s = story(
            "\u{201C}This is a great day for jobs,\u{201D} said board chair Diane Foster \u{2014} a longtime supporter of the plan \u{2014} after the vote.\nOpponents were unmoved.")
        #expect(speaker(s, "great day for jobs") == "Diane Foster")
        #expect(s.organisations.isEmpty)
    }

    @Test func aPronounFarFromItsNameSkipsPlacesAndProducts() {
        let s = story(
            "Tom Reid has run his bakery for thirty years.\nHis old Bedford CF2 van now sits outside a museum.\nThe van was sold at auction last year.\nCustomers have sent him letters from all over the county.\nThe bakery, on the high street in Ashford, Kent, was vandalised on Friday.\n\u{201C}I just want to get back to work,\u{201D} he said.")
        #expect(speaker(s, "get back to work") == "Tom Reid")
    }
}
