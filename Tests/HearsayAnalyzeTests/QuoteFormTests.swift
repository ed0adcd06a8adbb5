import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Every form of direct quotation the quote pass reads, each in sentences written for
/// these tests.
@Suite struct QuoteFormTests: QuoteSuite {
    // MARK: - Where the speaker stands

    @Test func speakerBeforeWithColon() {
        let s = story("Mayor Ana Ruiz said: \u{201C}The bridge will reopen in May.\u{201D}")
        #expect(speaker(s, "bridge will reopen") == "Ana Ruiz")
    }

    @Test func speakerToldSomeoneWithColonGivesTheVenue() {
        let s = story(
            "Port director Ana Ruiz spoke on Monday.\nRuiz told the Harbour Gazette: \u{201C}We are not closing the port.\u{201D}")
        let q = quote(s, "not closing the port")
        #expect(q?.speaker == "Ana Ruiz")
        #expect(q?.venue == "Harbour Gazette")
    }

    @Test func speakerAfterWithApposition() {
        let s = story("\u{201C}We will appeal the fine,\u{201D} said Tom Okafor, a spokesman for Vellum Bank.")
        #expect(speaker(s, "appeal the fine") == "Tom Okafor")
        #expect(s.people.first { $0.name == "Tom Okafor" }?.roles == ["spokesman for Vellum Bank"])
    }

    @Test func surnameAfterResolvesToTheFullName() {
        let s = story("Tom Okafor runs the bank's press office.\n\u{201C}Nothing has changed,\u{201D} Okafor said.")
        #expect(speaker(s, "Nothing has changed") == "Tom Okafor")
    }

    @Test func speakerInTheMiddleCreditsBothHalves() {
        let s = story("Ms Lena Park chairs the board.\n\u{201C}We did nothing wrong,\u{201D} she said, \u{201C}and we will prove it in court.\u{201D}")
        #expect(speaker(s, "did nothing wrong") == "Lena Park")
        #expect(speaker(s, "prove it in court") == "Lena Park")
    }

    @Test func headlineStyleNameRoleAndPlace() {
        let s = story("Priyanka Das, Senior Economist (Mumbai): \"Growth will slow sharply next year. Exporters will feel it first.\"")
        let q = quote(s, "Growth will slow")
        #expect(q?.speaker == "Priyanka Das")
        #expect(q?.role == "Senior Economist")
    }

    @Test func headlineStyleWithTitleAndPlatform() {
        let s = story("Councillor Rhys Bevan (Lab), via social media: \"This deal was stitched up behind closed doors.\"")
        let q = quote(s, "stitched up")
        #expect(q?.speaker == "Rhys Bevan")
        #expect(q?.venue == "social media")
        #expect(s.people.first?.roles == ["Councillor"])
    }

    @Test func statementIntroducedByAClauseOnItsOwnLine() {
        let s = story("Shortly afterwards, Nordair issued a terse statement, saying:\n\u{201C}We do not comment on rumours about our fleet.\u{201D}")
        #expect(speaker(s, "do not comment on rumours") == "Nordair")
    }

    @Test func introducedQuotationWithoutItsClosingMark() {
        let s = story("Nordair dismissed the report, stating:\n\u{201C}There were never any talks with Skyline.\nThe shares fell by a tenth.")
        #expect(speaker(s, "never any talks") == "Nordair")
        #expect(quote(s, "shares fell") == nil)
    }

    @Test func introducedByAClauseThatBreaksOff() {
        let s = story("In an interview with the Evening Courier, Sen. Alan Price warned that the merger would be\n\u{201C}a disaster for every small saver in this state.\u{201D}")
        #expect(speaker(s, "small saver") == "Alan Price")
    }

    @Test func agentOfAPassiveReportingVerb() {
        let s = story("As argued in a letter to the Morning Ledger by Professor Ines Moreau, a vote now would be\n\u{201C}premature and reckless.\u{201D}")
        #expect(speaker(s, "premature and reckless") == "Ines Moreau")
    }

    @Test func partialQuoteInRunningText() {
        let s = story("Vellum Bank rejected the figures on Tuesday, calling them \u{201C}wildly inaccurate\u{201D} and politically motivated.")
        #expect(speaker(s, "wildly inaccurate") == "Vellum Bank")
    }

    @Test func reportedWithSayingAndThatClause() {
        let s = story(
            "Nordair responded within the hour, saying, \u{201C}these reports are false\u{201D}, while a spokeswoman for Skyline added that it \u{201C}has never held talks with anyone\u{201D}.")
        #expect(speaker(s, "reports are false") == "Nordair")
        let q = quote(s, "never held talks")
        #expect(q?.speaker == "Skyline")
        #expect(q?.role == "spokeswoman")
    }

    @Test func quotationOverSeveralParagraphs() {
        let s = story(
            "\u{201C}We built the first plant in a field,\u{201D} Ms Carla Nunes said at the opening.\n\u{201C}Nobody believed a factory could run there.\n\u{201C}Now it employs four hundred people.\u{201D}\nThe plant opened in 2019.")
        #expect(s.quotes.count == 3)
        #expect(s.quotes.allSatisfy { $0.speaker == "Carla Nunes" })
        #expect(quote(s, "Nobody believed")?.text == "Nobody believed a factory could run there.")
    }

    @Test func earlierParagraphsTakeAnAttributionFromALaterOne() {
        let s = story("\u{201C}The market has turned.\n\u{201C}Buyers are gone for now,\u{201D} said analyst Omar Haddad.")
        #expect(speaker(s, "market has turned") == "Omar Haddad")
        #expect(speaker(s, "Buyers are gone") == "Omar Haddad")
    }

    @Test func shortTrailingAttribution() {
        let s = story("Reporter Dana Quill asked the minister about the leak.\n\u{201C}Who told you that?\u{201D} Quill asked.")
        #expect(speaker(s, "Who told you") == "Dana Quill")
    }

    @Test func quotedAsSayingCreditsTheNameBeforeAs() {
        let s = story(
            "\"The ground shook for a full minute,\" Marta Quispe, a farmer near the crater, was quoted by the Andes Wire as saying.\nThe Andes Wire quoted geologist Pablo Reyna as saying the rock was \"almost certainly from space.\"")
        #expect(speaker(s, "ground shook") == "Marta Quispe")
        #expect(speaker(s, "almost certainly from space") == "Pablo Reyna")
    }

    @Test func paragraphAfterReportedSpeechContinuesItsSpeaker() {
        let s = story(
            "Dr Ayla Demir, a paediatrician in Izmir said that cases had doubled since spring.\n\"We see more children every week, and the clinics are full.\"")
        #expect(speaker(s, "clinics are full") == "Ayla Demir")
    }

    @Test func describedSpeakerNamedInApposition() {
        let s = story("\"Leo is a photographer, not a soldier,\" his sister, Ines Varga, said in a video.")
        let q = quote(s, "not a soldier")
        #expect(q?.speaker == "Ines Varga")
        #expect(q?.venue == "a video")
    }

    @Test func inHerWordsCreditsThePronoun() {
        let s = story("Critic Nora Lund reviewed the phone. In her words: \"It is the best battery I have tested this year.\"")
        #expect(speaker(s, "best battery") == "Nora Lund")
    }

    // MARK: - Marks

    @Test func britishSingleQuotesAndApostrophes() {
        let s = story(
            "Mr Owen Grant owns the mill.\n\u{2018}We have no plans to sell the company\u{2019}s land,\u{2019} Mr Grant said, adding that the workers\u{2019} union had been told.")
        let q = quote(s, "no plans to sell")
        #expect(q?.text == "We have no plans to sell the company\u{2019}s land,")
        #expect(q?.speaker == "Owen Grant")
        #expect(s.quotes.count == 1)
    }

    @Test func straightQuotesWithApostrophesInside() {
        let s = story("Coach Ben Adeyemi was asked about the final. \"It's over, and we didn't deserve it,\" he said.")
        #expect(quote(s, "It's over")?.text == "It's over, and we didn't deserve it,")
        #expect(speaker(s, "It's over") == "Ben Adeyemi")
    }

    @Test func spansAreScalarOffsetsIntoTheBody() throws {
        let body = "Caf\u{00E9} owner Rosa Lind said: \u{201C}We stay open.\u{201D}"
        let s = story(body)
        let q = try #require(s.quotes.first)
        let scalars = Array(body.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[q.span.range])) == "We stay open.")
        let attribution = try #require(q.attribution)
        #expect(String(String.UnicodeScalarView(scalars[attribution.range])).contains("Rosa Lind said"))
    }

    // MARK: - Not speech

    @Test func scareQuotesAndTitlesHaveNoSpeaker() {
        let s = story(
            "Analysts call it the \u{201C}fast lane\u{201D} policy. The so-called \u{201C}golden share\u{201D} stays with the state.\nShe hosts the podcast \u{201C}Money Talks\u{201D} every week.\nMarket Outlook: The \u{201C}Soft Landing\u{201D} Question")
        #expect(s.quotes.isEmpty)
    }

    @Test func oneWordAfterADeterminerIsATerm() {
        let s = story("The militia swept through the valley, declaring a \u{2018}republic\u{2019} in the north, officials said.")
        #expect(s.quotes.isEmpty)
    }

    @Test func unattributedPhraseIsNotAQuote() {
        let s = story("The debate moved from \u{201C}Will it happen?\u{201D} to \u{201C}When will it happen?\u{201D} within a week.")
        #expect(s.quotes.isEmpty)
    }

    // MARK: - Who the speaker is

    @Test func pronounsFollowTheHonorificsGender() {
        let s = story(
            "Mr Victor Hale and Ms Nadia Osei met in Geneva.\nHale left early. Osei stayed for the dinner, where she spoke.\n\u{201C}We are close to a deal,\u{201D} she said.")
        #expect(speaker(s, "close to a deal") == "Nadia Osei")
    }

    @Test func surnameInOneArticleIsTheFullNameOfAnother() {
        let s = story(
            "Finance Minister Raj Patel spoke in Delhi on Monday.",
            "\u{201C}The budget is balanced,\u{201D} Patel told reporters.")
        let q = quote(s, "budget is balanced")
        #expect(q?.speaker == "Raj Patel")
        #expect(q?.venue == "reporters")
        #expect(s.people.first { $0.name == "Raj Patel" }?.articles.count == 2)
    }

    @Test func theCompanyIsTheOrganisationNamedBefore() {
        let s = story(
            "Skyline Freight Ltd. was named in the filing.\n\u{201C}We will cooperate fully with the inquiry,\u{201D} the company said in a statement.")
        let q = quote(s, "cooperate fully")
        #expect(q?.speaker == "Skyline Freight Ltd")
        #expect(q?.venue == "a statement")
    }

    @Test func unnamedSourcesAreKeptAsDescribed() {
        let s = story("\u{201C}The board is split down the middle,\u{201D} a senior source said.")
        #expect(speaker(s, "split down the middle") == "a senior source")
    }

    @Test func shortNameSpeakingIsAnOrganisationUnlessItIsASurname() {
        let s = story("\u{201C}The claim is baseless,\u{201D} Kestrel said.", "Kestrel shares rose on Friday.")
        #expect(speaker(s, "claim is baseless") == "Kestrel")
        #expect(s.organisations.map(\.name).contains("Kestrel"))
        #expect(s.people.isEmpty)
    }

    // MARK: - Roles, venues, citations

    @Test func rolesFromPremodifiersAndAppositions() {
        let s = story(
            "Vellum Bank CEO Maria Lind opened the meeting. Jonas Berg, Vellum\u{2019}s chief financial officer, spoke next.\nformer President Hugo Reyes sent a message, and Sen. Alan Price, a Democrat and chair of the banking committee, replied.")
        let roles = Dictionary(uniqueKeysWithValues: s.people.map { ($0.name, $0.roles) })
        #expect(roles["Maria Lind"] == ["Vellum Bank CEO"])
        #expect(roles["Jonas Berg"] == ["Vellum\u{2019}s chief financial officer"])
        #expect(roles["Hugo Reyes"] == ["former President"])
        #expect(roles["Alan Price"]?.contains("Senator") == true)
        #expect(roles["Alan Price"]?.contains { $0.contains("chair of the banking committee") } == true)
    }

    @Test func rolesAreStatedPerArticle() throws {
        let s = story("Acting Governor Lucia Ferro signed the order.", "Governor Lucia Ferro defended it.")
        let person = try #require(s.people.first { $0.name == "Lucia Ferro" })
        #expect(person.statedRoles.map(\.role) == ["Acting Governor", "Governor"])
        #expect(person.statedRoles.map(\.articles) == [["art00000000"], ["art10000000"]])
    }

    @Test func venuesOfStatements() {
        let s = story(
            "\u{201C}Prices will fall,\u{201D} Ida Strand posted on Threads.\n\u{201C}Demand is cooling,\u{201D} Karl Ostrom said on the Market Hour podcast.")
        #expect(quote(s, "Prices will fall")?.venue == "Threads")
        #expect(quote(s, "Demand is cooling")?.venue == "Market Hour podcast")
    }

    @Test func citedSources() {
        let s = story(
            "According to a report published by the Daily Ledger, the two firms met twice.",
            "The talks were first revealed in reporting by Wirepoint and the Evening Courier, citing three people familiar with them.",
            "Executives told the Coastal Times that no deal was near.")
        let sources = Dictionary(uniqueKeysWithValues: s.citations.map { ($0.source, $0.articles) })
        #expect(sources["Daily Ledger"] == ["art00000000"])
        #expect(sources["Wirepoint"] == ["art10000000"])
        #expect(sources["Evening Courier"] == ["art10000000"])
        #expect(sources["Coastal Times"] == ["art20000000"])
    }

    @Test func quoteIdsAreStableAndUnique() {
        let a = story("\u{201C}One,\u{201D} said Ida Strand. \u{201C}Two,\u{201D} said Karl Ostrom.", "\u{201C}Three,\u{201D} said Ida Strand.")
        let b = story("\u{201C}One,\u{201D} said Ida Strand. \u{201C}Two,\u{201D} said Karl Ostrom.", "\u{201C}Three,\u{201D} said Ida Strand.")
        #expect(a.quotes.map(\.id) == b.quotes.map(\.id))
        #expect(Set(a.quotes.map(\.id)).count == 3)
    }

    @Test func perArticleFunctionNamesSpeakersWithinTheArticle() {
        let article = Article(id: "abc", source: "x", title: "", body: "Ida Strand chairs the fund.\n\u{201C}We sold early,\u{201D} Strand said.")
        let quotes = QuoteStage.quotes(in: article)
        #expect(quotes.map(\.speaker) == ["Ida Strand"])
        #expect(quotes.map(\.id) == ["qabc-1"])
    }
}
