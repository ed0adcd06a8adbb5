import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Party stances and sourcing, twenty-sixth review (new writers' stories).
/// All sentences invented for these tests.
@Suite struct Stances26Tests: ClaimSuite {
    /// "close to", "briefed on", "familiar with" qualify unnamed people whatever they are
    /// close to or briefed on; a bare "people" or "people with" an object that says nothing
    /// of what they know is no sourcing.
    @Test func aQualifierByItsPrepositionTakesAnyObject() {
        #expect(phrases("Tova Lind will be dropped as captain, according to people close to the squad.").contains { $0 == "people close to the squad" })
        #expect(phrases("Four people briefed on the council's spending plans said the ferry fare will be cut.").contains {
            $0.hasPrefix("Four people briefed on the council") && $0.hasSuffix("spending plans")
        })
        #expect(phrases("Many people said the ferry fare will be cut.").isEmpty)
        #expect(phrases("People with children said the ferry fare was too high.").isEmpty)
    }

    /// "according to a stock market filing": the paper the news rests on is its sourcing;
    /// "according to a report" names an outlet's story, and "according to Ada Vell" a person.
    @Test func aPaperCitedByAccordingToIsSourcing() {
        #expect(phrases("The Brume Quay scheme has been dropped, according to a stock market filing published on Monday.").contains {
            $0 == "a stock market filing"
        })
        #expect(phrases("The Brume Quay scheme has been dropped, according to a report in the Lisle Courier.").isEmpty)
        #expect(phrases("The Brume Quay scheme has been dropped, according to Ada Vell.").isEmpty)
    }

    /// "The striker's agent, Ines Corval, has also denied": the name set off by commas after
    /// a role is who speaks; a list of parties or a place before the commas is not.
    @Test func theNameApposedToARoleSpeaks() {
        func before(_ s: String) -> [WordToken] {
            let t = tokens(s)
            return Array(t[..<t.firstIndex { $0.lower == "denied" }!])
        }
        #expect(ClaimEvidence.apposedSpeaker(before("The striker's agent, Ines Corval, has also denied the reports.")) == "Ines Corval")
        #expect(ClaimEvidence.apposedSpeaker(before("The club's chairman, Bram Oduya, firmly denied it.")) == "Bram Oduya")
        #expect(ClaimEvidence.apposedSpeaker(before("In Tarvik, Bram Oduya, the club and the police denied it.")) == nil)
        #expect(ClaimEvidence.apposedSpeaker(before("The striker's agent, Corval, denied it.")) == nil)
    }

    /// "A post on Threads says that ...": the thing shared, as the claim's teller, is how the
    /// claim came; a named teller or a teller that is no shared thing gives no sourcing.
    @Test func theSharedThingTellingTheClaimIsItsSourcing() {
        #expect(ClaimEvidence.sharedTeller(tokens("A post on Threads says that the singer Ola Brix has died.")) == "A post on Threads")
        #expect(ClaimEvidence.sharedTeller(tokens("A leaked letter claims the mill will close.")) == "A leaked letter")
        #expect(ClaimEvidence.sharedTeller(tokens("Senator Ola Brix says that the mill will close.")) == nil)
        #expect(ClaimEvidence.sharedTeller(tokens("A neighbour says that the mill will close.")) == nil)
    }

    /// The only headline stating the news tells the market's move on the report: it words
    /// no claim, so the bodies' accounts do; beside a headline stating the news, that one words it.
    @Test func aMarketMoveHeadlineWordsNoClaim() {
        func headlines(_ titles: [String]) -> [Int] {
            let articles = titles.enumerated().map { i, t in Article(id: "art\(i)", source: "t\(i).txt", title: t, body: "The board met.") }
            let draft = StoryDraft(id: "s", articles: articles)
            let parties = Parties(draft.story, articles: draft.articles, documents: draft.documents)
            return ClaimCandidates.headlines(draft, parties: parties).map(\.article)
        }
        #expect(headlines(["Orvel stock plunges 9% on reports founder held abroad", "Orvel says founder arrest story is fake"]).isEmpty)
        #expect(headlines(["Orvel stock plunges 9% on reports founder held abroad", "Orvel founder Ada Vellman held in Tarvik"]) == [1])
    }

    /// "will stay until 2031" against "to be sent back next spring": staying excludes being
    /// moved on, so confirming the stay denies the claim; a claim naming both states is left
    /// alone.
    @Test func stayingExcludesBeingSentAway() {
        let claim = ClaimWords.content("The zoo's two tigers are to be sent back to Brenna next spring")
        #expect(ClaimEvidence.contradicts(tokens("the two tigers will stay at the zoo until 2031"), claimWords: claim, claimNegated: false))
        #expect(!ClaimEvidence.contradicts(tokens("the two tigers will get a new enclosure next spring"), claimWords: claim, claimNegated: false))
        let both = ClaimWords.content("The tigers will stay until spring and then be sent back to Brenna")
        #expect(!ClaimEvidence.contradicts(tokens("the two tigers will stay at the zoo until 2031"), claimWords: both, claimNegated: false))
    }

    /// "said he had supposedly lost the job": a report's adverb in the saying keeps the
    /// speaker at a distance; he tells of the report and confirms nothing.
    @Test func aReportAdverbInTheSayingConfirmsNothing() {
        let claim = ClaimWords.content("Coach Aldo Verri is to lose his job at Fennick Rovers")
        let plain = tokens("Aldo Verri said he had lost his job at Fennick Rovers on Monday.")
        #expect(ClaimEvidence.saysTheClaim(plain, plain.firstIndex { $0.lower == "said" }!, claimWords: claim, claimNegated: false) == .supports)
        let hedged = tokens("Aldo Verri said he had supposedly lost his job at Fennick Rovers on Monday.")
        #expect(ClaimEvidence.saysTheClaim(hedged, hedged.firstIndex { $0.lower == "said" }!, claimWords: claim, claimNegated: false) == nil)
    }

    /// A claim told by a teller nobody names ("Hacker claims ...") is the claim of what it
    /// says, so a party's denial of that denies the claim; a named teller keeps the claim a
    /// saying.
    @Test func anUnnamedTellersClaimIsWhatItSays() {
        let story = Story(id: "s", title: "t", articles: ["a"], organisations: [Organisation(name: "Brindle Bank")])
        let articles = [Article(id: "a0", source: "a0.txt", title: "Brindle Bank", body: "Brindle Bank said so. Brindle Bank again.")]
        let parties = Parties(story, articles: articles, documents: articles.map { TextDocument($0.body) })
        #expect(ClaimEvidence.Saying(tokens("Hacker claims to be selling the records of Brindle Bank savers"), parties: parties) == nil)
        #expect(ClaimEvidence.Saying(tokens("A post claims the records of Brindle Bank savers are for sale"), parties: parties) == nil)
        #expect(ClaimEvidence.Saying(tokens("Senator Ada Morrow claims the records of Brindle Bank savers are for sale"), parties: parties) != nil)
        #expect(ClaimEvidence.Saying(tokens("Brindle Bank claims the records of its savers are safe"), parties: parties) != nil)
    }

    /// "Shares slump on reports the founder was arrested": the headline tells a market's
    /// move with its cause, the report; it is about the report, not the news.
    @Test func aMarketMoveOnReportsNamesTheReport() {
        func candidate(_ s: String) -> ClaimCandidate {
            ClaimCandidate(article: 0, sentence: 0, text: s, content: ClaimWords.content(s), parties: [])
        }
        #expect(candidate("Orvel shares slump on reports founder arrested abroad").namesTheReport)
        #expect(candidate("Kestrel stock jumps amid rumours of a takeover bid").namesTheReport)
        #expect(!candidate("Orvel founder arrested abroad on Monday").namesTheReport)
        #expect(!candidate("Orvel founder reports record profits on Monday").namesTheReport)
    }
}
