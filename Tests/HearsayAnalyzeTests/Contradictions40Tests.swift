import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Thirty-second session: dates of changes still to come (`PlannedChanges`), and the date
/// words that tell them (seasons, "planned for", bare months in undated articles).
/// Own sentences, invented names.
@Suite struct Contradictions40Tests {
    func dates(_ bodies: [String], published: String? = nil) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies, published: published).filter { $0.attribute == "date" }
    }

    func found(_ sentence: String, reference: DateSpan? = nil) -> [(text: String, stated: StatedDate?)] {
        let doc = TextDocument(sentence)
        return DateExpressions.find(in: WordTokens.tokens(doc.scalars, in: 0..<doc.scalars.count), reference: reference).map {
            (doc.string($0.range), $0.stated)
        }
    }

    @Test func oneChangeToldWithTwoVerbsOfItsFamily() {
        let c = dates([
            "The Corran Valley railway will open to passengers in spring 2027, planning papers show.",
            "Transport officials told councillors that trains on the railway would start running in 2028.",
        ])
        #expect(c.count == 1)
        #expect(Set(c.first?.values.map(\.value) ?? []) == ["spring 2027", "2028"])
    }

    @Test func twoThingsStartingAreTwoChanges() {
        let story = [
            "The congestion charge would start in April 2027, the draft says.",
            "Motorists face paying once the congestion charge launches in June 2027.",
            "A public consultation on the plans will open in January 2027, officials said.",
        ]
        #expect(dates(Array(story[0...1])).count == 1)
        #expect(dates([story[0], story[2]]).isEmpty)
    }

    @Test func anOutletGivingTwoDatesOfTheFamilyTellsTwoChanges() {
        #expect(dates(["Its new library will open in 2026.", "The library could launch in 2027."]).count == 1)
        #expect(dates(["Its new library will open in 2026.", "The library could launch in 2027; other officials think it will launch in 2029."]).isEmpty)
    }

    @Test func aPlanGivenUpIsNoDateOfTheChange() {
        #expect(dates(["The tunnel will now open in 2031, the review says.", "It said the tunnel would start taking traffic in 2033."]).count == 1)
        #expect(dates(["The tunnel will now open in 2031, the review says.", "An opening in 2029, the date promised, is no longer achievable."]).isEmpty)
    }

    @Test func aPlanThatNamesNoChangeMeetsOneOfTheSameThing() {
        #expect(dates(["The sequel was planned for release in autumn 2026, people said.", "The studio said the sequel was still planned for 2027."]).count == 1)
        #expect(dates(["The sequel was planned for release in autumn 2026, people said.", "A court ruling is expected in May 2027."]).isEmpty)
    }

    @Test func seasonsAndPlansDateAYear() {
        #expect(found("The move is expected in spring 2028.").map(\.text) == ["spring 2028"])
        #expect(found("The school would close in the summer of 2025.").map(\.text) == ["summer of 2025"])
        #expect(found("The game is still planned for 2028.").first?.stated?.year == 2028)
        // "For" alone names a span or a beneficiary, not when.
        #expect(found("The charity raised money for 2028 families.").isEmpty)
    }

    @Test func aBareMonthInAnUndatedArticleStatesItsMonth() {
        #expect(found("The observatory will close to visitors in March.").first?.stated?.month == 3)
        #expect(dates(["The observatory will close to visitors in March.", "University bosses plan to shut it to the public in April."]).count == 1)
    }

    @Test func twoOutletsDatingAClipGoingOnlineDisagree() {
        let c = dates([
            "The shaky clip, posted on Vidstream on Sunday, seems to show a wallaby loose in the park.",
            "The video was first uploaded on Saturday by an account called @parkwatch.",
        ])
        #expect(c.count == 1)
        #expect(c.first?.subject.hasPrefix("clip") == true)
        // A recording posted years before is older footage, not the clip's day.
        #expect(dates([
            "The shaky clip, posted on Vidstream on Sunday, seems to show a wallaby loose in the park.",
            "Fact-checkers found the wallaby in a recording posted online in 2019.",
        ]).isEmpty)
    }

    @Test func aDateOpeningTheSentenceDatesThePostingItTells() {
        let c = dates([
            "On 12 May, hobby pilot Arne Solvik posted drone footage of the wreck.",
            "The footage, posted on 11 May by Arne Solvik, shows a hull in the mud.",
        ])
        #expect(c.count == 1)
    }

    @Test func aWeekdayBeforeADayIsPartOfTheDate() {
        let f = found("The club posted the clip on Sunday 10 August, hours after the match.")
        #expect(f.map(\.text) == ["Sunday 10 August"])
        #expect(f.first?.stated == StatedDate(nil, 8, 10, weekday: 6))
    }

    func roles(_ bodies: [String], _ person: String) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies, people: [person]).filter { $0.attribute == "role" }
    }

    func values(_ c: [Contradiction]) -> Set<String> { Set(c.flatMap { $0.values.map(\.value) }) }

    @Test func aNounBeforeAHeadAfterADeterminerIsPartOfTheTitle() {
        let c = roles(["Harlow's county archaeologist, Dr Mette Quaile, urged caution.", "Museum curator Dr Mette Quaile said it was too early."], "Mette Quaile")
        #expect(values(c).contains { $0.hasSuffix("county archaeologist") } && values(c).contains("Museum curator"))
        #expect(roles(["Zoo head keeper Anders Pell said the cats were safe.", "The zoo's director, Anders Pell, said calls had doubled."], "Anders Pell").count == 1)
    }

    @Test func functionsWrittenAsInitialsOrInCapitals() {
        #expect(roles(["The memo from the chain's head of IT, Oona Brisk, was short.", "It was signed by its chief information security officer, Oona Brisk."], "Oona Brisk").count == 1)
        #expect(roles(["The letter was signed \"T. Farrant, Director of Highways and Transport\".", "It was signed by council chief executive T. Farrant."], "T. Farrant").count == 1)
        #expect(roles(["Lise Varro, the plant's quality assurance manager, signed it.", "It was signed by technical director Lise Varro."], "Lise Varro").count == 1)
        #expect(roles(["The second official said the Minister of Higher Education, Ada Rulo, had led the talks herself.", "Marbesa's deputy education minister, Ada Rulo, spoke."], "Ada Rulo").count == 1)
    }

    @Test func theChairToldByAVerbOfOffice() {
        let c = roles(["The fund's board of trustees, chaired by Ida Wenn, will vote.", "Ida Wenn, the fund's chief executive, favours a freeze."], "Ida Wenn")
        #expect(values(c) == ["chaired by", "fund's chief executive"])
        #expect(roles(["Ida Wenn, who chairs the fund's board, declined to comment.", "Ida Wenn, the fund's chief executive, favours a freeze."], "Ida Wenn").count == 1)
    }

    @Test func aPluralPossessiveInsideABodysName() {
        let c = roles([
            "Noel Garr, chair of the Tram Drivers' Union, was rather more guarded about what the offer would mean.",
            "Noel Garr, general secretary of the Tram Drivers' Union, refused to discuss it.",
        ], "Noel Garr")
        #expect(c.count == 1)
        #expect(values(c).contains("general secretary of the Tram Drivers' Union"))
        #expect(roles(["Port chairman Edwin Tarl was unavailable.", "Brackford's chief executive, Edwin Tarl, spoke."], "Edwin Tarl").count == 1)
    }

    @Test func aBodyNamedByItsMembersIsShownWithTheTitle() {
        let c = roles(["Hal Pinner, chair of governors, questioned the paper.", "Hal Pinner, vice-chairman of the governing body, said it was a draft."], "Hal Pinner")
        #expect(values(c).contains("chair of governors"))
    }

    func places(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "place" }
    }

    @Test func twoOutletsPuttingOneThingInTwoPlacesDisagree() {
        let c = places([
            "The broadcaster plans to move regional news to its national hub in Harrowby, according to slides seen by the paper.",
            "The slides show plans to fold the newsroom into a national hub in Quenton by 2027.",
        ])
        #expect(c.count == 1)
        #expect(c.first?.subject == "national hub")
        #expect(Set(c.first?.values.map(\.value) ?? []) == ["Harrowby", "Quenton"])
        #expect(places(["The driver died in a crash on the A-9 near Olvera.", "The account said he had been killed in a crash on the A-8."]).count == 1)
    }

    @Test func aBodysSeatIsOneThing() {
        #expect(places(["Hallam Care Group, which is based in Tollerby, denied the report.", "Hallam Care Group, which is based in Fenwick, also distanced itself."]).count == 1)
        // The seat of people ("most of them based in Kessby") is no body's.
        #expect(places(["Most of the 300 crew are based in Kessby.", "Hallam Care Group, which is based in Fenwick, also distanced itself."]).isEmpty)
    }

    @Test func placesAnOutletNamesBothOfAreNoContradiction() {
        // A town and its district, a region and its country: an outlet naming the other's
        // place may hold both.
        #expect(places(["He ran a fish stall in Bouzas for years.", "He ran a fish stall in Vigo, the Bouzas district's city, for years."]).isEmpty)
        // Things of a plural stand in many places.
        #expect(places(["Buyers in Egypt snapped up the stock.", "The stock went to buyers in Morocco."]).isEmpty)
    }

    func spans(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.values.contains { $0.value.contains("hour") || $0.value.contains("week") || $0.value.contains("year") } }
    }

    @Test func oneHappeningsLengthToldOfDifferentWords() {
        let c = spans([
            "The outage lasted about nine hours and hit around a million customers, the firm said.",
            "Around a million customers were left without calls or data for 14 hours.",
        ])
        #expect(c.count == 1)
        #expect(spans(["The talks have been running for around six weeks, the people said.", "The pair have been in secret talks for three months."]).count == 1)
        // A shift in time is no length: "by six weeks" moved something.
        #expect(spans([
            "The studio extended a period of compulsory overtime by six weeks, staff said.",
            "Workers voted to join a union, ending a four-week campaign at the studio.",
        ]).isEmpty)
    }

    @Test func aTermOfferedIsOneWhateverItsAgreementsNoun() {
        let c = spans([
            "The meeting covered the outline of a three-year contract worth about €1.8 million a season.",
            "The club dangled a two-year deal worth €2.1 million a season in front of the coach.",
        ])
        #expect(c.count == 1)
        #expect(c.first?.subject.contains("contract") == true)
    }

    func times(_ bodies: [String]) -> [Contradiction] {
        CompareTestSupport.contradictions(bodies).filter { $0.attribute == "time" }
    }

    @Test func twoOutletsTimingOneHappeningDisagree() {
        let c = times(["The airline said flight KQ12 landed safely in Oslo at 16:40 local time.", "Tracking data show the plane landed at Oslo Airport at 16:15, departing Riga at 14:02."])
        #expect(c.count == 1)
        #expect(Set(c.first?.values.map(\.value) ?? []) == ["16:40", "16:15"])
        #expect(times(["The post claimed the tunnel collapsed at 03:10.", "The post spoke of a collapse at about 04:20."]).count == 1)
        #expect(times(["A fox was spotted on Mill Lane at 2am, the post said.", "The video appeared to show a fox on Mill Lane at around midnight."]).count == 1)
    }

    @Test func timesOfTwoHappeningsOrRoughlyOneAgree() {
        #expect(times(["The ferry left port at 9:20am.", "The strike began at 11am."]).isEmpty)
        #expect(times(["The wall collapsed at about 03:40.", "The wall collapsed at 03:45."]).isEmpty)
    }
}
