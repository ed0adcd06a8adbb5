import HearsayModel

extension QuoteGrouper {
    /// Whether two quotations of a story are one statement (`sameStatement`), for `group`.
    ///
    /// A story carried word for word by many outlets (a wire report run by dozens of sites)
    /// repeats its quotations and their credits in every copy, and `group` weighs every pair
    /// of them: a story of n copies has n² pairs. What two texts share, whether two names can
    /// be one source and whether two credits in two articles are one voice depend only on the
    /// texts, the names and the credits, so each is worked out once per distinct pair and
    /// remembered; the answer is the same as working it out every time.
    struct QuotePairs {
        let quotes: [Quote]
        /// Each quotation's wording, read once per distinct text.
        let wording: [QuoteWording]
        let speakers: SpeakerMatcher
        /// Index of each quotation's text among the distinct texts.
        private let text: [Int]
        private let textCount: Int
        /// Index of each quotation's credit (speaker, role, article) among the distinct ones.
        private let credit: [Int]
        private let creditCount: Int
        private var overlaps: [Int: Overlap] = [:]
        private var turnsRound: [Int: Bool] = [:]
        private var nested: [Int: Bool] = [:]
        private var sameSource: [Int: Bool] = [:]
        private var compatibleNames: [NamePair: Bool] = [:]

        private struct NamePair: Hashable {
            let a: String, b: String
        }

        private struct Credit: Hashable {
            let speaker: String?, role: String?, article: String
        }

        init(_ quotes: [Quote], speakers: SpeakerMatcher) {
            var textIndex: [String: Int] = [:]
            var readings: [QuoteWording] = []
            text = quotes.map { q in
                if let i = textIndex[q.text] { return i }
                textIndex[q.text] = readings.count
                readings.append(QuoteWording(q.text))
                return readings.count - 1
            }
            textCount = readings.count
            wording = text.map { readings[$0] }
            var creditIndex: [Credit: Int] = [:]
            credit = quotes.map { q in
                let c = Credit(speaker: q.speaker, role: q.role, article: q.article)
                if let i = creditIndex[c] { return i }
                creditIndex[c] = creditIndex.count
                return creditIndex.count - 1
            }
            creditCount = creditIndex.count
            self.quotes = quotes
            self.speakers = speakers
        }

        /// The answer remembered under `key`, or `work`'s, remembered.
        private static func remembered<Key: Hashable, Value>(_ memory: inout [Key: Value], _ key: Key, _ work: () -> Value) -> Value {
            if let known = memory[key] { return known }
            let found = work()
            memory[key] = found
            return found
        }

        private func texts(_ i: Int, _ j: Int) -> Int { text[i] * textCount + text[j] }

        private mutating func overlap(_ i: Int, _ j: Int) -> Overlap {
            let (wa, wb) = (wording[i], wording[j])
            return Self.remembered(&overlaps, texts(i, j)) { QuoteGrouper.overlap(wa, wb) }
        }

        /// One source's statement turned round by an outlet: its topic words kept, not their order.
        private mutating func turnedRound(_ i: Int, _ j: Int, containment: Double) -> Bool {
            let (wa, wb) = (wording[i], wording[j])
            return Self.remembered(&turnsRound, texts(i, j)) {
                rephrases(wa, wb, containment: containment) || reordered(wa, wb) || sharesASentence(wa, wb)
                    || sharesAClause(wa, wb) || sharesFigures(wa, wb)
            }
        }

        /// Whether two versions are the same words: only the spacing of a compound, a
        /// contraction or whole sentences apart. A part quoted inside the whole is the same
        /// words, unless it cut words from the edge of a sentence it quotes ("... bringing
        /// forward." against "... forward today.").
        mutating func sameWords(_ i: Int, _ j: Int) -> Bool {
            let (x, y) = (wording[i], wording[j])
            return Self.remembered(&nested, texts(i, j)) {
                let (short, long) = x.keys.count <= y.keys.count ? (x, y) : (y, x)
                return QuoteWording.wordsCutAtEnds(short, long).isEmpty && !QuoteWording.numberFormsDiffer(x, y)
                    && (x.isContained(in: y) || y.isContained(in: x) || QuoteWording.sameCompound(x, x.keys.indices, y, y.keys.indices)
                        || QuoteWording.differOnlyInForm(x, y))
            }
        }

        private mutating func compatible(_ a: String, _ b: String) -> Bool {
            let speakers = speakers
            return Self.remembered(&compatibleNames, NamePair(a: a, b: b)) { speakers.compatible(a, b) }
        }

        private mutating func oneSource(_ i: Int, _ j: Int) -> Bool {
            let (speakers, qa, qb) = (speakers, quotes[i], quotes[j])
            return Self.remembered(&sameSource, credit[i] * creditCount + credit[j]) { speakers.oneSource(qa, qb) }
        }

        /// nil: not the same statement. false: the same words, but credited to speakers who
        /// cannot be one source. true: the same statement from the same source.
        mutating func sameStatement(_ i: Int, _ j: Int) -> Bool? {
            let (a, wa, b, wb) = (quotes[i], wording[i], quotes[j], wording[j])
            let shorter = min(wa.keys.count, wb.keys.count)
            guard shorter > 0 else { return nil }
            // A description ("a source") counts as no credit: only a closer match joins it.
            let named = { (s: String?) in s.map { !SpeakerMatcher.isDescription($0) } ?? false }
            let bothNamed = named(a.speaker) && named(b.speaker)
            let compatibleNames = bothNamed && compatible(a.speaker!, b.speaker!)
            // A description or an organisation's voice that its article ties to the other credit
            // is that credit, named.
            let tied = !compatibleNames && oneSource(i, j)
            let credited = bothNamed || tied
            let compatible = bothNamed ? compatibleNames || tied : true
            if shorter < shortQuote {
                // "don't add up" inside "do not add up": a contraction is the same words.
                guard compatibleNames, wa.isContained(in: wb) || wb.isContained(in: wa) || spelledOutContained(wa, wb) else { return nil }
                return true
            }
            let match = overlap(i, j)
            let containment = Double(match.common) / Double(match.shorter)
            guard containment >= (credited ? minimumContainment : uncreditedContainment), match.common >= 3 else {
                // "We have not issued any recall" against "No recall has been issued": one source's
                // statement turned round by an outlet keeps its topic words, not their order.
                return credited && compatible && turnedRound(i, j, containment: containment) ? true : nil
            }
            // Shared function words ("the man is ...") are not a shared statement: most of
            // the shorter quote's topic words must be in the match too.
            guard match.topicShare >= minimumTopicShare else { return nil }
            // A short quotation matched on what its words say ("commenting on rumours about
            // colleagues" against "We do not comment on speculation about our contracts") is one
            // statement only when every one of its topic words is: a refusal, a denial or a stock
            // phrase ("look at every option") is worded alike about different things.
            if match.bySense, match.shorter < creditFreeLength, match.topicShare < 1 { return nil }
            // A described source against a named one is one source only when the two
            // quotes are nearly the same whole: a named person's part of the words may be
            // theirs alone.
            let described = [a.speaker, b.speaker].compactMap { $0 }.filter(SpeakerMatcher.isDescription).count
            // But an outlet that quotes only part of a statement ("a spokesperson said the plant
            // \"remains part of our network\"") cuts it short, not near whole: eight words and more
            // standing in the other version in one order are that statement, as between two named
            // credits below.
            if described == 1, named(a.speaker) || named(b.speaker), !tied {
                // "A spokeswoman does not comment on market rumour" is any party's refusal: it is
                // the named party's only where its article ties the spokeswoman to it.
                if match.shorter < 2 * creditFreeLength, declinesComment(wa) || declinesComment(wb) { return nil }
                return Double(match.common) >= uncreditedContainment * Double(match.longer) || sharedWordForWord(match, wa, wb)
            }
            // Eight words and more in one order are not said twice by chance: two parties that
            // cannot be one source credited with one statement are one outlet crediting the wrong
            // party, and the group shows both credits.
            // Declining to comment is the one statement every party words alike ("We do not
            // comment on market rumours or speculation"): it keeps to its credits.
            if !compatible, sharedWordForWord(match, wa, wb) {
                return true
            }
            return compatible
        }
    }
}
