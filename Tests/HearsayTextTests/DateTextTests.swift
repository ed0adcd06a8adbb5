import Testing

@testable import HearsayText

@Test(arguments: [
    ("2019-11-08T10:00:00Z", "2019-11-08T10:00:00Z"),
    ("2019-11-20T01:50:59.403", "2019-11-20T01:50:59"),
    ("2019-11-19T07:03:25+00:00", "2019-11-19T07:03:25Z"),
    ("2019-11-08T15:30:00-0500", "2019-11-08T15:30:00-05:00"),
    ("2019-11-08", "2019-11-08"),
    ("Fri, 08 Nov 2019 10:00:00 GMT", "2019-11-08T10:00:00Z"),
    ("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19T03:05:46Z"),
    ("November 19, 2019, 07:47 PM EST", "2019-11-19T19:47:00-05:00"),
    ("01:38:07 PM IST Nov 20, 2019", "2019-11-20T13:38:07+05:30"),
    ("Fri 6:45 PM, Feb 16, 2018", "2018-02-16T18:45:00"),
    ("8 November 2019", "2019-11-08"),
    ("Nov. 8, 2019 10:30 a.m. ET", "2019-11-08T10:30:00-05:00"),
    ("Posted on 11/08/2019", "2019-11-08"),
    ("20191108", "2019-11-08"),
    ("1573207200", "2019-11-08T10:00:00Z"),
])
func parsesDates(_ input: String, _ expected: String) {
    #expect(DateText.iso(input) == expected)
}

@Test func dayFirstOnlyWhenAmbiguous() {
    #expect(DateText.parse("05/10/2018", dayFirst: true)?.iso == "2018-10-05")
    #expect(DateText.parse("05/10/2018", dayFirst: false)?.iso == "2018-05-10")
    #expect(DateText.parse("25/10/2018", dayFirst: false)?.iso == "2018-10-25")
}

@Test func refusesWhatIsNotADate() {
    #expect(DateText.iso("") == nil)
    #expect(DateText.iso("no date here") == nil)
    #expect(DateText.iso("0001-01-01T00:00:00Z") == nil)
    #expect(DateText.iso("2019-13-45") == nil)
}

@Test func aMonthAndDayWithoutAYear() {
    #expect(DateText.monthDay(" March 11")! == (3, 11))
    #expect(DateText.monthDay("11 Sept.")! == (9, 11))
    #expect(DateText.monthDay("March 11, 2026") == nil)
    #expect(DateText.monthDay("Norway") == nil)
    #expect(DateText.monthDay("Feb 30") == nil)
}
