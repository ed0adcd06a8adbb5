import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Claims, fifth review: bodies named by their kind ("the university"), denials of
/// fakery, captions. All sentences invented for these tests.
@Suite struct ClaimFifthReviewTests: ClaimSuite {
    /// "The university denied it" is the university named earlier, not the nearest body of
    /// another kind; "the firm" is the company; "the agency said" in a quotation is the
    /// agency named before it.
    @Test func aBodyNamedByItsKindIsTheOneNamedBefore() throws {
        let origin = (
            "Dunmore University to close its medical school, site says",
            "A website claimed that Dunmore University will close its medical school next year, after a review by Pellow Consulting Ltd."
        )
        let university = (
            "Dunmore medical school closure rumour",
            """
            Posts said that Dunmore University will close its medical school next year. Pellow Consulting Ltd wrote a review of its costs. \
            The university denied the report on Monday.
            """
        )
        let firm = (
            "Medical school review",
            """
            Reports said Dunmore University will close its medical school after a review by Pellow Consulting Ltd. \
            The firm rejected the claim that it had advised a closure.
            """
        )
        let agency = (
            "Dunmore medical school stays",
            """
            A website said that Dunmore University will close its medical school next year. The Regional Education Agency funds the school. \
            "These rumours are false," the agency said in a statement.
            """
        )
        let c = try core(analyse([origin, university, firm, agency]))
        let ids = c.articleStances.map(\.article)
        let deniers = Set(c.actorStances.filter { $0.stance == .denies }.map { "\($0.actor)@\($0.article)" })
        #expect(deniers.contains("Dunmore University@\(ids[1])"), "\(deniers)")
        #expect(deniers.contains("Pellow Consulting Ltd@\(ids[2])"), "\(deniers)")
        #expect(deniers.contains("Regional Education Agency@\(ids[3])"), "\(deniers)")
        #expect(!deniers.contains { $0.lowercased().hasPrefix("university@") }, "\(deniers)")
    }

    /// Denying faking a video backs what the video shows; it denies only a claim that the
    /// video was faked. A plain denial of a report stays a denial.
    @Test func aDenialOfFakeryBacksTheThingShown() throws {
        let shows = (
            "Busker gives his earnings to a stranger, video shows",
            "A viral post claimed that Ada Quist filmed busker Ravi Olsen giving all his earnings to a homeless stranger."
        )
        let denies = (
            "Busker video questioned",
            """
            Posts said that Ada Quist filmed busker Ravi Olsen giving all his earnings to a homeless stranger. \
            Ada Quist, however, denied faking any part of the video.
            """
        )
        let third = (
            "Busker video",
            "Ada Quist filmed the busker Ravi Olsen on a bridge, posts said, and it has been watched a million times."
        )
        let real = try core(analyse([shows, denies, third]))
        let quist = real.actorStances.filter { $0.actor == "Ada Quist" }.map(\.stance)
        #expect(quist.contains(.supports) && !quist.contains(.denies), "\(real.actorStances.map { ($0.actor, $0.stance) })")

        let staged = (
            "Busker video was staged, blogger says",
            "A blogger claimed that Ada Quist staged the video of busker Ravi Olsen giving his earnings to a homeless stranger."
        )
        let stagedDenial = (
            "Filmmaker rejects claim busker video was staged",
            """
            Posts said that Ada Quist staged the video of busker Ravi Olsen giving his earnings to a homeless stranger. \
            Ada Quist denied faking the video on Monday.
            """
        )
        let fake = try core(analyse([staged, stagedDenial, third]))
        #expect(fake.actorStances.contains { $0.actor == "Ada Quist" && $0.stance == .denies }, "\(fake.actorStances.map { ($0.actor, $0.stance) })")
    }

    @Test func captionsAndCreditLines() {
        func caption(_ s: String) -> Bool {
            let doc = TextDocument(s)
            return ClaimCandidates.isCaption(ClaimWords.tokens(doc, 0..<doc.scalars.count))
        }
        #expect(caption("Ravi Olsen plays the fiddle on Dunmore bridge in May. Photo: Ada Quist/Reuters"))
        #expect(caption("The busker on the bridge (Image via Twitter)"))
        #expect(caption("Pictured: the busker and his hat"))
        #expect(caption("The Dunmore bridge at night"))
        #expect(!caption("Busker hands all his earnings to a stranger"))
        #expect(!caption("PHOTOS: Busker hands all his earnings to a stranger on Dunmore bridge"))
        #expect(!caption("Busker video staged"))
    }

    /// A photo caption standing where the headline should be does not word the claim,
    /// even when every real headline debunks it.
    @Test func aCaptionIsNoHeadlineClaim() throws {
        let a = (
            "Ravi Olsen plays the fiddle on Dunmore bridge in May. Photo: Ada Quist",
            "The woman held in Dunmore on Friday is the sister of busker Ravi Olsen, officials in Harlow said."
        )
        let b = (
            "Woman held in Dunmore is not the sister of busker Ravi Olsen",
            "The woman held in Dunmore on Friday is not related to Ravi Olsen, police in Dunmore said on Saturday."
        )
        let c = (
            "Woman held in Dunmore not related to Ravi Olsen",
            "Police in Dunmore said the woman they hold is not the sister of the busker Ravi Olsen."
        )
        let claim = try core(analyse([a, b, c]))
        #expect(!claim.text.contains("Photo") && !claim.text.contains("fiddle"), "\(claim.text)")
    }

    /// A cited body that denies or confirms is a party; a cited medium that reports is not.
    @Test func aCitedBodyOnRecordIsAParty() {
        let body = "The Harlow Echo reported that Larkspur Foods will shut its bakeries. Larkspur Foods has denied the report. Larkspur Foods sells bread."
        let articles = (0..<3).map { i in Article(id: "p\(i)", source: "p\(i).txt", title: "Bakeries", body: body) }
        func span(_ name: String, in context: String) -> TextSpan {
            let r = body.range(of: context)!
            let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: r.lowerBound)
            return TextSpan(start..<(start + name.unicodeScalars.count))
        }
        var story = Story(id: "s", title: "t", articles: articles.map(\.id))
        story.citations = [
            Citation(source: "Harlow Echo", articles: ["p0"], evidence: [Evidence(article: "p0", span: span("Harlow Echo", in: "Harlow Echo reported"))]),
            Citation(source: "Larkspur Foods", articles: ["p0"], evidence: [Evidence(article: "p0", span: span("Larkspur Foods", in: "Larkspur Foods has denied"))]),
        ]
        let parties = Parties(story, articles: articles, documents: articles.map { TextDocument($0.body) })
        let names = parties.entities.map(\.name)
        #expect(names.contains("Larkspur Foods"), "\(names)")
        #expect(!names.contains { $0.contains("Harlow Echo") }, "\(names)")
    }
}
