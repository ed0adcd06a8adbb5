import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, fourteenth review (scored stories): sourcing by people counted but not named, the
/// wording a lede with its own attribution gives, and an origin that is no party. All
/// sentences invented for these tests.
@Suite struct ClaimFourteenthReviewTests: ClaimSuite {
    /// People counted but not named who tell a reporter what they know ("two pilots told the
    /// Gazette", "citing three nurses", "according to four drivers who asked not to be named")
    /// are the report's sourcing as much as "sources" are, whatever their trade.
    @Test func countedInformantsAreSourcing() {
        #expect(phrases("The ferry will stop running in June, two captains working on the route told the Harbour News on Friday.")
            == ["two captains working on the route"])
        #expect(phrases("The Harbour News, citing four deckhands familiar with the timetable, reported that the ferry would stop.")
            == ["four deckhands familiar with the timetable"])
        #expect(phrases("The bakery will close in May, according to three bakers who asked not to be named.")
            == ["three bakers who asked not to be named"])
        #expect(phrases("The depot will move north, two members of staff told the station.") == ["two members of staff"])
        #expect(phrases("Several neighbours reported hearing a loud bang near the quarry.") == ["Several neighbours"])
        // Counted people doing something other than telling are no sourcing.
        #expect(phrases("Two firefighters carried the dog out of the burning barn.").isEmpty)
        #expect(phrases("Three weeks later, the council said it would reopen the pool.").isEmpty)
        #expect(phrases("The club signed two strikers said to be worth millions.").isEmpty)
    }
}

extension ClaimFourteenthReviewTests {
    /// A body the claim is about speaks to the report and is cited for it, but did not make
    /// it: the outlet the story says first reported it is the origin.
    @Test func theClaimsSubjectIsNoOrigin() throws {
        let story = analyse([
            ("HLF to scrap night ferry, crew say",
             "HLF is preparing to scrap its night ferry to Skelby, according to three deckhands who work on the route.\nThe crossing has run every night since 1974.\nHLF did not respond to a request for comment."),
            ("HLF denies it will scrap night ferry",
             "HLF has rejected reports that it is about to scrap its night ferry to Skelby, calling them speculation.\n\"Nothing has been decided about the crossing,\" a spokeswoman for HLF said on Thursday.\nThe Coast Gazette reported on Wednesday that managers had told the crew their last sailing would come before the summer."),
            ("Islanders rally to save night ferry",
             "More than 5,000 people have signed a petition urging HLF to keep the night ferry to Skelby running.\nThe Coast Gazette, which first reported the plan, stood by its story.\nHLF said in a statement that it reviews every route each year."),
            ("Night ferry to end in May, HLF announces",
             "HLF announced on Monday that its night ferry to Skelby will end in May, confirming a report it had called speculation.\n\"It is a sad day,\" said Ada Brun, chief executive of HLF."),
        ])
        let c = try core(story)
        #expect(c.text.contains("HLF"))
        #expect(c.origin == "Coast Gazette")
    }
}

extension ClaimFourteenthReviewTests {
    /// A lede that states the rumour with its own attribution ("according to a report in the
    /// Gazette that cited two people ...") words it rather than an explainer's looser
    /// restatement ("the report that the club was ready to part with its ground").
    @Test func theAttributedLedeWordsTheClaim() throws {
        let story = analyse([
            ("Why the Harlow ground rumour struck a nerve",
             "Few rumours in local football have spread as fast as the report that Harlow Rovers was ready to part with its ground.\nThe club denied it within hours."),
            ("Harlow Rovers weighs selling its ground, report says",
             "Harlow Rovers is considering selling two 19th-century stands and its training pitches to close a budget gap of £3.4 million, according to a report in the Harlow Gazette that cited three people close to the board.\nThe ground has been the club's home since 1921."),
            ("Harlow Rovers rejects report it will sell ground",
             "Harlow Rovers on Tuesday rejected a newspaper report that it planned to sell part of its ground to cover a deficit.\n\"There is no plan to sell the ground,\" chairman Ivo Platt said."),
            ("Fans fear for Mill Lane",
             "Supporters of Harlow Rovers say they learned from the Harlow Gazette that the club might sell its ground.\nA protest is planned for Saturday."),
        ])
        let c = try core(story)
        #expect(c.text.lowercased().contains("sell"))
        #expect(c.origin == "Harlow Gazette")
    }
}
