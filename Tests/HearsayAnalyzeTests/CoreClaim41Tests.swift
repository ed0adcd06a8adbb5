import HearsayModel
import HearsayText
import Testing

@testable import HearsayAnalyze

/// Core claim text, forty-first session (second suite): what a shared video shows is told
/// as a finite clause, a name before its apposition stays the subject, a percentage keeps
/// its sign. All sentences invented for these tests.
@Suite struct CoreClaim41Tests: ClaimSuite {
    /// "A video shows Bramble, the zoo's red panda, climbing ..." claims that Bramble climbed:
    /// the participles go into the past when the story uses the verbs in another form.
    @Test func aShownParticipleBecomesAFiniteClause() {
        let attested: Set<String> = ["climbed", "run", "escaped", "climbs"]
        #expect(
            ClaimCandidates.finiteShown("Bramble, the zoo's red panda, climbing over the fence and running into the park.", attested: attested)
                == "Bramble, the zoo's red panda, climbed over the fence and ran into the park.")
        #expect(ClaimCandidates.finiteShown("A red panda carrying a bamboo shoot.", attested: ["carries"]) == "A red panda carried a bamboo shoot.")
        // A verb the story never uses otherwise may be a noun in "-ing": left alone.
        #expect(ClaimCandidates.finiteShown("Bramble, the zoo's red panda, climbing over the fence.", attested: []) == nil)
        // A clause after the participle would keep the wrong tense.
        #expect(ClaimCandidates.finiteShown("A kettle exploding while it boils on a stove.", attested: ["exploded", "boils"]) == nil)
        // A determiner before the word makes it a noun's modifier ("the opening ceremony").
        #expect(ClaimCandidates.finiteShown("Crowds at the opening ceremony.", attested: ["opened"]) == nil)
    }

    /// A fact-check's line "A video shows X, the ..., V-ing ..." becomes the claim "X, the
    /// ..., V-ed ...", with the name kept.
    @Test func aFactChecksShownClaimIsWordedAsDone() throws {
        let claim = try core(analyse([
            (
                "Zoo panda 'on the loose' in Dunmere, video claims",
                "A video shared on Sunday appears to show Bramble, the red panda of Dunmere Zoo, escaping from her enclosure. Dunmere Zoo keepers were called, the Dunmere Post reported."
            ),
            (
                "Dunmere Zoo says Bramble never escaped",
                "Dunmere Zoo said Bramble had not escaped and was asleep in her enclosure. The video of Bramble was shared thousands of times."
            ),
            (
                "Fact check: Video does not show Dunmere Zoo's red panda escaping",
                "CLAIM: A video shows Bramble, the red panda of Dunmere Zoo, escaping from her enclosure and climbing onto a bus. VERDICT: FALSE. The video was filmed at another zoo, where a panda climbs a tree."
            ),
        ]))
        #expect(claim.text.hasPrefix("Bramble, the red panda of Dunmere Zoo, escaped from her enclosure"))
    }

    /// "Bramble, the zoo's red panda, ..." opens on the subject and its apposition, not on a
    /// short aside such as "In March," that the clause may drop.
    @Test func aNameBeforeItsAppositionIsTheSubject() {
        let t = tokens("Bramble, the zoo's red panda, climbed over the fence and ran into the park")
        let kept = ClaimCandidates.trimmed(t, 0..<t.count).map { t[$0].map(\.text).joined(separator: " ") }
        #expect(kept?.hasPrefix("Bramble") == true)
        let aside = tokens("Yesterday, the zoo said its red panda had climbed over the fence")
        let cut = ClaimCandidates.trimmed(aside, 0..<aside.count).map { aside[$0].map(\.text).joined(separator: " ") }
        #expect(cut?.hasPrefix("the zoo") == true)
    }

    /// "It's official: ..." tells the outcome as confirmed, a stance on the rumour; a
    /// headline hedging it ("It's official-ish") or merely using the word states news.
    @Test func aHeadlineDeclaredOfficialTellsTheOutcome() {
        #expect(ClaimCandidates.declaredOfficial(tokens("It's official: Harbour pool to close this winter")))
        #expect(ClaimCandidates.declaredOfficial(tokens("It is official: Harbour pool to close this winter")))
        #expect(!ClaimCandidates.declaredOfficial(tokens("It's official-ish: Harbour pool set to close this winter")))
        #expect(!ClaimCandidates.declaredOfficial(tokens("Official figures show Harbour pool losing money")))
    }

    /// "Coffee raises heart rate by 12%, study finds": the claim keeps "12%", not "12".
    @Test func aPercentageKeepsItsSign() {
        let t = ClaimCandidates.withoutAttribution(tokens("Coffee raises heart rate by 12%, study finds"))
        #expect(t.last?.text == "%")
        let r = tokens("Coffee raises heart rate by 12%")
        #expect(ClaimCandidates.trimmed(r, 0..<r.count)?.upperBound == r.count)
    }
}

/// The core claim names the story's subject (`ClaimCandidates.subject`,
/// `namingStorySubject`). All sentences invented for these tests.
@Suite struct StorySubject41Tests {
    func candidate(_ text: String, article: Int, parties: [Int]) -> ClaimCandidate {
        var c = ClaimCandidate(article: article, sentence: 0, text: text, content: ClaimWords.content(text), parties: parties)
        c.furniture = 0
        return c
    }

    /// A first report's lede describing the painting ("one of the finest pictures in the
    /// region") gives way to another lede of the same claim naming it as every outlet does
    /// and saying more in the story's terms; not to one on record, and not from a headline.
    @Test func aLedeDescribingTheSubjectGivesWayToOneNamingIt() {
        let terms: Set<String> = ["mars", "gall", "harb", "miss", "pain", "stol"]
        let w = candidate("One of the finest pictures in the region has vanished from a store room at the Marsh Gallery.", article: 0, parties: [0])
        let naming = candidate("The Harbour at Dusk, a painting owned by the Marsh Gallery, was missing from the gallery's store.", article: 3, parties: [0, 1])
        let claimed = ClaimCandidates.Claimed(wording: w, own: [w], members: [w, naming])
        #expect(ClaimCandidates.namingStorySubject(claimed, w, subject: 1, terms: terms).text == naming.text)
        // The wording already names it, or no subject stands out: nothing changes.
        #expect(ClaimCandidates.namingStorySubject(claimed, w, subject: 0, terms: terms).text == w.text)
        #expect(ClaimCandidates.namingStorySubject(claimed, w, subject: nil, terms: terms).text == w.text)
        // A party's statement on record is its answer, not the rumour.
        var onRecord = naming
        onRecord.onRecord = true
        let answered = ClaimCandidates.Claimed(wording: w, own: [w], members: [w, onRecord])
        #expect(ClaimCandidates.namingStorySubject(answered, w, subject: 1, terms: terms).text == w.text)
        // A headline wording is `namingSubject`'s to change.
        var headline = w
        headline.headline = true
        #expect(ClaimCandidates.namingStorySubject(claimed, headline, subject: 1, terms: terms).text == w.text)
    }
}
