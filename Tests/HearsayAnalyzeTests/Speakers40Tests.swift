import HearsayModel
import Testing

@testable import HearsayAnalyze

/// Speakers (thirty-second session): he/she after a subject with a "whose" aside or set in
/// apposition, a lone given name after the full name, an office written "the Dean of X" and
/// the person who holds it, a tabloid's capital "THE". Every sentence is written for these
/// tests.
@Suite struct Speakers40Tests: QuoteSuite {
    @Test func aWhoseAsideLeavesTheNameTheSubject() {
        let s = story(
            "The harbourmaster, Ilse Marr, has said nothing since the report.\n\nTomas Venn, whose yard sits beside the slipway, said owners wanted an answer. \"We have waited two winters for this wall,\" he said.")
        #expect(speaker(s, "two winters") == "Tomas Venn")
    }

    @Test func aNameInAppositionToTheSubjectIsWhomAPronounMeans() {
        let s = story(
            "\"Our reporting was accurate,\" the Vell Gazette editor Rosa Kime told Radio Tarn.\n\nThe press officer who read out the denial, Anton Berko, said on Friday that he had been misled. \"I read what I was handed that morning,\" he said.")
        #expect(speaker(s, "what I was handed") == "Anton Berko")
    }

    @Test func aLoneGivenNameAfterTheFullNameIsAKnownPerson() {
        let s = story(
            "Drone pilot Niall Corrick, 28, filmed the wreck from the shore.\n\nMarine historian Dr Petra Lund said: \"It is too early to tell what it is.\"\n\nNiall, who shares his clips online, said he had been flooded with messages. \"My inbox has not stopped all week,\" he said.")
        #expect(speaker(s, "inbox has not stopped") == "Niall Corrick")
    }

    @Test func theHolderOfAnOfficeInAppositionSpeaks() {
        let s = story(
            "The Provost of Ardley, Helena Marsh, said \"nothing has been decided\" about the college.",
            "In a statement, the Provost of Ardley, the Very Rev Helena Marsh, said: \"Nothing has been decided about the college.\"")
        #expect(speaker(s, "nothing has been decided") == "Helena Marsh")
        #expect(speaker(s, "Nothing has been decided about the college") == "Helena Marsh")
    }

    @Test func theOfficeReferredBackIsItsHolder() {
        let s = story(
            "THE Provost of Ardley has denied that the college will close.\n\nSpeaking to the Ardley Star, the Very Rev Helena Marsh said the board met every term. \"Nothing has been decided about the college,\" the Provost said.",
            "The Provost, the Very Rev Helena Marsh, again denied that the board had voted.\n\nCampaigner Jon Ives said the college had been run down for years. \"We deserve answers,\" he said.\n\nThe Provost said the vote had been \"a routine review\" of the accounts.")
        #expect(speaker(s, "Nothing has been decided about the college") == "Helena Marsh")
        #expect(speaker(s, "a routine review") == "Helena Marsh")
    }
}

/// He/she after a sentence that dates its subject or sets an apposition after it (thirty-second
/// session).
@Suite struct Pronouns40Tests: QuoteSuite {
    @Test func aWeekdayOpeningTheSentenceIsNoPartOfTheName() {
        let s = story(
            "Port chief Ada Kern said the tender was still open.\n\nThe claims were first made by Oren Slade, the dockers' branch secretary, in a post earlier in the week. On Thursday Slade appeared to soften his stance.\n\n\"I am prepared to take the statement at face value for now,\" he said.")
        #expect(speaker(s, "at face value") == "Oren Slade")
    }

    @Test func aFirmsLegalSuffixMakesItNoPerson() {
        let s = story(
            "Oren Slade, the dockers' branch secretary, made the claims in a post earlier in the week.\n\nCastor's lawyers, Hollis Wade LLP, wrote to the Gazette on Monday.\n\n\"I stand by every word,\" he said.")
        #expect(speaker(s, "I stand by every word") == "Oren Slade")
    }

    @Test func anAppositionAfterTheNameLeavesItTheSubject() {
        let s = story(
            "The site's editor, Mara Quist, has said it stands by what it was told.\n\nIvo Brand, the showrunner, said the week had been a reminder of what the series means. \"I had a letter from a trawlerman,\" he said.")
        #expect(speaker(s, "a letter from a trawlerman") == "Ivo Brand")
    }

    @Test func aNameInAppositionBeforeAnyVerbIsTheSubject() {
        let s = story(
            "The recording is by Anxo Pereira, a fishmonger. \"It never got near England,\" Pereira told this newspaper.\n\nHis daughter, Lucia Pereira, manages the stall's account. \"We have had more messages this week than in five years,\" she explained.")
        #expect(speaker(s, "more messages this week") == "Lucia Pereira")
    }
}

/// Unnamed voices (thirty-second session): colour nouns (a volunteer, a grower) and the
/// relative clause that says who a witness is, before the aside that says why she is unnamed.
@Suite struct UnnamedVoices40Tests: QuoteSuite {
    @Test func aFormerVolunteerIsAnUnnamedVoice() {
        let s = story(
            "The photograph shows the name Sea Sparrow painted on the hull.\n\nA former volunteer at one of the shelters, who did not want to be named, said the claims did not surprise her. \"We were told to save on everything,\" she said.")
        #expect(speaker(s, "save on everything") == "A former volunteer at one of the shelters")
    }

    @Test func aGrowerFromAPlaceIsTheGrower() {
        let s = story("The vote was close. One grower from the northern terraces, who is not named in the minutes, warned that the plan was \"selling the valley\".")
        #expect(speaker(s, "selling the valley") == "One grower from the northern terraces")
    }

    @Test func theClauseSayingWhoSheIsStaysWithTheWitness() {
        let s = story(
            "A woman who lives on Mill Lane, who did not want to be named, said she had heard a bang. \"The windows rattled,\" she said.")
        #expect(speaker(s, "The windows rattled") == "A woman who lives on Mill Lane")
    }
}

/// Documents speaking (thirty-second session): "It goes on:" after "the memo says", "It" after
/// a cited paper that a body was only guessed to own, a paper in a clause of its own, and a
/// noun phrase opening a clause after a comma that is no apposition.
@Suite struct Documents40Tests: QuoteSuite {
    @Test func itAfterTheMemoSaysGoesOnWithTheMemo() {
        let s = story(
            "Brenna Foods found mould at its bakery, according to an internal memo seen by the Ledger.\n\nThe memo, signed by Ola Dunne, the site hygiene manager, lists the lines affected.\n\n\"These loaves must not leave the site,\" the memo says.\n\nIt goes on: \"Cleaning of Oven 3 is suspended pending review.\"")
        #expect(speaker(s, "Cleaning of Oven 3") == "Ola Dunne")
    }

    @Test func itAfterACitedPaperIsThePaperNotABodyNamedNearIt() {
        let s = story(
            "Harlow would shut its depot under plans drawn up by council officers, a draft cabinet paper seen by the Ledger reveals.\n\nHarlow Town Council leader Jo Roe said: \"There is no plan.\"\n\nThe paper, which runs to 34 pages, sets out three options. It rules out the first as poor value and describes a rebuild as \"disruptive and unaffordable\", because services would move.")
        #expect(speaker(s, "disruptive and unaffordable") == "the draft cabinet paper")
    }

    @Test func aPaperInAClauseOfItsOwnIsNotTheDeniersStatement() {
        let s = story(
            "The leader of Harlow Town Council has denied that there are plans to shut the depot, after a leaked document suggested services could move.\n\nAccording to the Ledger, the document says the depot is \"no longer fit for purpose\".")
        #expect(speaker(s, "no longer fit for purpose") == "the leaked document")
    }

    @Test func aNounPhraseOpeningAClauseIsNoApposition() {
        let s = story(
            "A month after the leader said there was no plan to close Mill Yard, the council has published a plan to do exactly that.\n\n\"We can confirm that the cabinet will be asked to approve the move,\" a council spokesperson said.")
        #expect(speaker(s, "We can confirm") == "a council spokesperson")
    }
}

/// A body's own voice or word (thirty-second session): "Its spokesperson", "Its statement"
/// after a sentence that opens with the body, "the agency" for a body whose name ends in a
/// noun outlets share, and the voice of an outlet that answers for its report.
@Suite struct BodyVoices40Tests: QuoteSuite {
    @Test func itsSpokespersonSpeaksForTheBodyItsRefersTo() {
        let s = story(
            "What about the sponsor? Tolland Motors says it has not withdrawn and is a \"proud partner\". Its spokesperson also said: \"We do not recognise these figures.\" The Beacon reckons the deal is worth less.")
        #expect(speaker(s, "We do not recognise") == "Tolland Motors")
    }

    @Test func itsStatementIsTheBodyTheSentenceBeforeOpensWith() {
        let s = story(
            "09:02 - Good morning. The Rowing Federation is due to speak at noon after Kanal Nove alleged on Sunday that a test was never reported.\n\n09:31 - Kanal Nove is not backing down. Its statement from Monday, in full: \"We stand by our reporting, which is based on documents.\"")
        #expect(speaker(s, "We stand by our reporting") == "Kanal Nove")
    }

    @Test func theAgencyMayBeABodyWhoseNameEndsInIt() {
        let s = story(
            "The Ostral Space Agency named its crew on Thursday.\n\nIn a statement released before the review, the agency said: \"Jo Roe will command the mission.\"")
        #expect(speaker(s, "Jo Roe will command") == "Ostral Space Agency")
    }

    @Test func theVoiceOfABroadcasterIsTheBroadcasterItsStoryCites() {
        let bodies = [
            "Kanal Nove is not backing down. Its statement from Monday, in full: \u{201C}We stand by our reporting.\u{201D}",
            "Kanal Nove said it maintained its report. \u{201C}We stand by every word of our report,\u{201D} a spokeswoman for the broadcaster said.",
        ]
        let named = Quote(id: "q1", text: "We stand by our reporting.", article: "a1", speaker: "Kanal Nove", span: TextSpan(start: 0, end: 1))
        let voice = Quote(id: "q2", text: "We stand by every word of our report,", article: "a2", speaker: "a spokeswoman for the broadcaster", span: TextSpan(start: 0, end: 1))
        let matcher = SpeakerMatcher(
            people: [], quotes: [named, voice], roles: [], bodies: bodies, citations: [Citation(source: "Kanal Nove", articles: ["a1", "a2"])],
            articles: ["a1", "a2"])
        #expect(matcher.oneSource(voice, named))
    }
}

/// "The company said" after a wire story's opening names the company with a noun of its
/// trade (thirty-second session).
@Suite struct CompanyNouns40Tests: QuoteSuite {
    @Test func aCooperativeNamedWithItsNounIsTheCompany() {
        let s = story(
            "ASHBY, June 12 (CPA) - Dairy cooperative Morlan Creameries said on Thursday it was reviewing a report.\n\n\"Food safety is our first priority,\" the company said in an emailed statement.")
        #expect(speaker(s, "Food safety") == "Morlan Creameries")
    }

    @Test func aFashionHouseIsACompany() {
        let s = story(
            "PARIS, Jan 16 (TCP) - French fashion house Maison Orlet said on Thursday it would move its workshops.\n\n\"From September, our workshops will be under one roof,\" the company said in a statement.")
        #expect(speaker(s, "under one roof") == "Maison Orlet")
    }

    @Test func theNameAfterTheNounIsTheCompanyNotTheWordBefore() {
        let s = story("Dairy company Morlan Creameries said on Thursday it was reviewing a report.\n\n\"Food safety is our first priority,\" the company said.")
        #expect(speaker(s, "Food safety") == "Morlan Creameries")
    }
}

/// Bodies named by their nouns (thirty-second session): a public body's, a members' body's or
/// an overseer's noun refers back only to a name that can be called so; a sentence reporting
/// its own clause after a quotation closed by a full stop credits nothing; the body after a
/// name and "of" is whom the named person is with.
@Suite struct BodyNouns40Tests: QuoteSuite {
    @Test func theMinistryIsNoParkNamedBefore() {
        let s = story(
            "Bad news, walkers. Fellmoor National Park is reportedly about to charge visitors.\n\nThe news comes from the Ledger, which got hold of a leaked plan. The ministry insists nothing has been decided yet.\n\nHere is what the ministry told reporters: \"No decision has been taken on charging visitors.\"")
        #expect(speaker(s, "No decision has been taken") == "the ministry")
    }

    @Test func theUnionIsNoUniversity() {
        let s = story(
            "The students' union at the University of Arlow is set to shut its nightclub, according to the student paper.\n\nIn a statement, the union said: \"We will not comment on leaked documents.\"")
        #expect(speaker(s, "We will not comment") == "the union")
    }

    @Test func theRegulatorIsNoCompanyItOversees() {
        let s = story(
            "Smart home company Harlow on Thursday rejected a report about its doorbells.\n\n\"Harlow does not sell customer video. The claims are false,\" the company said in a statement.\n\nThe Office of the Data Commissioner said it was aware of the report. \"We are making enquiries with the company,\" a spokesperson for the regulator said.")
        #expect(speaker(s, "making enquiries") != "Harlow")
    }

    @Test func aSentenceReportingItsOwnClauseCreditsNoQuotationBefore() {
        let s = story(
            "The Ledger reported that the coach had met the Lancers.\n\nThe Gulls said the club \"does not comment on speculation about members of our staff.\" The Ledger said it stood by its reporting.")
        #expect(speaker(s, "does not comment on speculation") == "Gulls")
    }

    @Test func theNameBeforeOfAndABodyIsTheSubject() {
        let body = "What do the unions say? Will Cardew of the public services union said the council had \"lost the trust of its own staff\". The union has written to every councillor."
        let s = story(body)
        let q = quote(s, "lost the trust")
        let scalars = Array(body.unicodeScalars)
        let said = q?.attribution.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(said?.hasPrefix("Will Cardew") == true)
    }
}

/// A role described in one article and named in another (thirty-second session).
@Suite struct RoleHolders40Tests: QuoteSuite {
    @Test func theCouncilLeaderIsTheStorysCouncilLeader() {
        let s = story(
            "Council leader Jo Pryce said: \"There is no plan to close the depot.\"\n\nDeputy council leader Ann Mirza said she had not seen the paper. Tom Whit, leader of the Green group on the council, called it \"a stitch-up\".",
            "A month after the council leader told us there was \"no plan\" to close the depot, the council has published a plan to do exactly that.\n\nWe asked the council what had changed since Cllr Pryce's denial.")
        #expect(speaker(s, "no plan") == "Jo Pryce")
    }

    @Test func anInsiderStaysDescribed() {
        let roles = [Person(name: "Jo Pryce", roles: ["festival insider"], articles: ["a"])]
        #expect(QuoteStage.roleHolder("the festival insider", in: roles, article: "a") == nil)
        #expect(QuoteStage.roleHolder("the council leader", in: [Person(name: "Jo Pryce", roles: ["leader of the city council"], articles: ["a"])], article: "a") == "Jo Pryce")
        #expect(QuoteStage.roleHolder("the council leader", in: [Person(name: "Jo Pryce", roles: ["Council leader"], articles: ["b"])], article: "a") == nil)
    }
}

/// Verbs of feeling inverted after the quotation, as a tabloid writes them (thirty-second
/// session).
@Suite struct InvertedVerbs40Tests: QuoteSuite {
    @Test func fumedBeforeTheNameCreditsTheName() {
        let s = story(
            "Season-ticket holder Dale Rourke, 52, said the news had spoiled his week.\n\n\"If he leaves us for the Lancers I will never forgive him,\" fumed Dale. \"None of us here will.\"")
        #expect(speaker(s, "never forgive him") == "Dale Rourke")
        #expect(speaker(s, "None of us here will") == "Dale Rourke")
    }
}

/// Accounts and posters (thirty-second session): "the account @roe wrote" after the
/// quotation, and the singular "they" of "The forum user who posted it, handle, says".
@Suite struct Posters40Tests: QuoteSuite {
    @Test func theAccountNamedAfterItsNounWrote() {
        let s = story("\"The seal has escaped from the harbour!! Spotted by the pier this morning,\" the account @quaywatcher wrote alongside the clip.")
        #expect(speaker(s, "The seal has escaped") == "@quaywatcher")
    }

    @Test func theyOfAForumUserWhoPostedIt() {
        let s = story(
            "A screenshot posted on a gadget forum appears to show a recall notice.\n\nThe forum user who posted it, ringwatch_9, says they work at a phone shop. \"Just got this at work. Get your refunds in while you can,\" they wrote alongside the image.")
        #expect(speaker(s, "Get your refunds in") == "the forum user who posted it")
    }
}

/// A product's code is no company (thirty-second session).
@Suite struct ProductCodes40Tests: QuoteSuite {
    @Test func theCompanyIsNoProductCode() {
        let s = story(
            "Harlan Biotech declined to discuss the memo.\n\nHB-212, which Harlan calls lumistat, is a pill for chronic migraine.\n\nThe compound is Harlan's most advanced drug. The Leeds-based company raised £40 million last year, telling investors the trial would report \"in the first half of 2025\".")
        #expect(speaker(s, "first half of 2025") != "HB-212")
        #expect(ArticleQuotes.isProductCode(Mention(words: 0..<1, full: 0..<1, name: "HB-212", tokens: ["hb-212"], kind: .organisation)))
        #expect(!ArticleQuotes.isProductCode(Mention(words: 0..<1, full: 0..<1, name: "7-Eleven", tokens: ["7-eleven"], kind: .organisation)))
    }
}

/// "it" after a sentence that opens with a body (thirty-second session): that body, before
/// the last body that spoke; not an outlet that only saw a paper.
@Suite struct ItAfterABody40Tests: QuoteSuite {
    @Test func itIsTheBodyTheSentenceBeforeOpensWith() {
        let s = story(
            "Staff are worried. The Bank Workers Union said on Wednesday it would \"hold both boards to account on every job\".\n\nTarnmoor's earlier refusal to discuss the talks had been carefully worded. On Monday it said only that it \"regularly reviews its strategic options\".")
        #expect(speaker(s, "strategic options") == "Tarnmoor")
    }

    @Test func anOutletThatSawThePaperIsNotIt() {
        let s = story(
            "The retailer said it had removed display units from some stores. \"The firmware needs updating,\" a spokeswoman for Brightway said.\n\nGadget Daily has seen a different version of the email, which is dated March 5. It asks stores to \"return display units to the stockroom for a refresh\".")
        #expect(speaker(s, "return display units") != "Gadget Daily")
    }
}

/// A number word that ends a name before a verb of saying is no determiner (thirty-second
/// session).
@Suite struct NumberNames40Tests: QuoteSuite {
    @Test func aChannelNamedWithANumberSays() {
        let s = story("The hall says it is still booked, and Kanal One says coverage \"has never been in doubt\".")
        #expect(speaker(s, "never been in doubt") == "Kanal One")
        let alone = story("TRX One says coverage \"has never been in doubt\".")
        #expect(speaker(alone, "never been in doubt") == "TRX One")
    }
}

/// A business named for its founder, "'s" and all (thirty-second session).
@Suite struct ShopNames40Tests: QuoteSuite {
    @Test func aNameWithItsSThatSaysIsTheBusiness() {
        let s = story(
            "Harlock's will cut sugar in its ginger beer, the Ledger reported.\n\nIn a statement, Harlock's said: \"That is simply not the case.\"\n\nAnna Harlock, the company's managing director, went further in a post: \"Same recipe, same bottle.\"")
        #expect(speaker(s, "simply not the case") == "Harlock's")
        #expect(speaker(s, "Same recipe") == "Anna Harlock")
    }

    @Test func aVoiceOfANameWithItsSAfterA() {
        let s = story("In a statement, a Pellow's spokesperson said: \"We are not closing 14 stores.\"")
        #expect(speaker(s, "We are not closing") == "Pellow's")
    }
}

/// An adverb of time between a written piece and its verb; a numbered part is no body
/// (thirty-second session).
@Suite struct NotesAndItems40Tests: QuoteSuite {
    @Test func aNoteThatNowReads() {
        let s = story("Pulse24 has since corrected its article. An editor's note now reads: \"An earlier version of this article reported that a snow leopard had escaped.\"")
        #expect(speaker(s, "An earlier version") == "An editor's note")
    }

    @Test func aNumberedItemIsNoBodyForIt() {
        let s = story(
            "The council has published a cabinet agenda with the plan in it.\n\nThe papers went online on Tuesday. Item 7 is headed \"Future of Mill Yard\", and the recommendation is clear. It asks cabinet to \"approve the closure of the depot and the relocation of all services\".")
        #expect(speaker(s, "approve the closure") != "Item")
    }
}
