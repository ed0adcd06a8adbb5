import Testing
@testable import HearsayCluster

/// The thirtieth session's changes to terms and score: suffixes folded in common words, the
/// lead counted again, a surname alone counted as its full name, and the novelty penalty.
@Suite struct ThirtiethSessionTermsTests {
    let extractor = TermExtractor(configuration: ClusterConfiguration())

    func shared(_ a: ArticleTerms, _ b: ArticleTerms) -> Int { Set(a.keys).intersection(b.keys).count }

    @Test func inflectionsOfOneWordFoldToOneTerm() {
        let pairs = [
            ("evacuated", "evacuation"), ("evacuating", "evacuate"), ("elected", "election"),
            ("announced", "announcement"), ("killing", "killed"), ("stopped", "stopping"), ("injured", "injury"),
        ]
        for (x, y) in pairs {
            let a = extractor.terms(title: "", body: "the \(x)"), b = extractor.terms(title: "", body: "the \(y)")
            #expect(a.keys == b.keys, "\(x) / \(y)")
        }
        // Names keep their form; different words stay apart.
        #expect(extractor.terms(title: "", body: "the killer").keys != extractor.terms(title: "", body: "the kill").keys)
        #expect(Tokenizer.root(Array("kill".utf8)[...]) == Array("kill".utf8)[...])
        #expect(Tokenizer.root(Array("king".utf8)[...]) == Array("king".utf8)[...])
    }

    @Test func theLeadCountsAgain() {
        let body = "Crews fought the blaze. Nobody was hurt. Roads were shut. The depot burned again later."
        let t = extractor.terms(title: "", body: body)
        func count(_ word: String) -> Float {
            let key = extractor.terms(title: "", body: word).keys[0]
            return t.counts[t.keys.firstIndex(of: key)!]
        }
        #expect(count("blaze") == 2)
        #expect(count("road") == 2)
        #expect(count("depot") == 1)
        var off = ClusterConfiguration()
        off.leadBoost = 0
        let plain = TermExtractor(configuration: off).terms(title: "", body: body)
        #expect(plain.counts.allSatisfy { $0 == 1 })
    }

    @Test func aSurnameAloneCountsAsTheFullName() {
        let full = extractor.terms(title: "", body: "The mayor met Maria Lopez on Monday. The shop would open, Lopez said.")
        var off = ClusterConfiguration()
        off.surnameBoost = 0
        let without = TermExtractor(configuration: off).terms(title: "", body: "The mayor met Maria Lopez on Monday. The shop would open, Lopez said.")
        let phrase = full.keys.first { TermKind.of($0) == .phrase }!
        // Both mentions sit in the lead, which counts everything twice.
        #expect(full.counts[full.keys.firstIndex(of: phrase)!] == 1.5 * without.counts[without.keys.firstIndex(of: phrase)!])
    }

    @Test func aReportFullOfNewTermsScoresLowerThanAFollowUp() {
        func scores(_ configuration: ClusterConfiguration) -> (followUp: Double, fresh: Double, novelty: (Double, Double)) {
            var c = OnlineClusterer(configuration: configuration)
            let first = Fixtures.resignationRumour[0]
            let story = c.assign(id: first.id, title: first.title, body: first.body)
            let state = c.stories[Int(c.slotOfStory[story]!)]!
            func score(_ body: String) -> (Double, Double) {
                var k = c
                let a = k.prepare(k.extractor.terms(title: first.title, body: body), published: nil)
                let cosine = a.vector.dot(state.centroid) / state.centroidNorm
                return (k.score(a, against: state, centroidCosine: cosine), a.novelty!)
            }
            let followUp = score(first.body)
            let fresh = score("Marta Lindqvist is preparing to step down as chief executive. Then Zorbaline Quextor met Vimbrell Ostrakon and Pelagrine Tumwater at Okkerbay. "
                    + "Later Dravensholt Quimby, Ferrowin Laskaris, Yelvertine Mabbott and Ushkova Tarrant spoke at Brindlemoor.")
            return (followUp.0, fresh.0, (followUp.1, fresh.1))
        }
        var off = ClusterConfiguration()
        off.noveltyPenalty = 0
        let with = scores(ClusterConfiguration()), without = scores(off)
        #expect(with.novelty.0 == 0)
        #expect(with.novelty.1 > 0.35)
        #expect(with.followUp > without.followUp)
        #expect(with.fresh < without.fresh)
    }
}
