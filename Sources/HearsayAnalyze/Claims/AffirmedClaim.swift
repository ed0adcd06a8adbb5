import HearsayModel
import HearsayText

extension ClaimEvidence {
    /// "I handed in my letter on Monday", "The root cause was a software update from one of
    /// our suppliers": a party's quotation that states the claim's event in its own words
    /// confirms it as surely as "we confirm" would; principals announcing the news seldom
    /// use the verb. A sentence of the quotation must speak of the speaker ("I", "we", "our")
    /// and name the claim's event (`events`) and one more of its facts (its words that are no
    /// names, `facts`), with no negation, guess or condition ("would", "if", "any decision
    /// to"), no question, and no word for the report or for weighing ("the report that we
    /// will close", "we are reviewing"): those speak of the rumour, not the event. A negated
    /// sentence that the next reverses by ellipsis ("On Friday there was no agreement. On
    /// Sunday there was one.") states its event now, and the event alone is enough.
    /// `principal`: the speaker is the person the claim is about, whose "I leave" after "I" is
    /// the event announced in the first person, with no other fact needed.
    static func affirmsTheClaim(_ t: [WordToken], claimFacts: Set<String>, claimEvents: Set<String>, principal: Bool = false) -> Bool {
        let reversed = reversedByNext(t)
        var sentence: [Int] = []
        for k in t.indices {
            let ends = [".", "!", "?", ";"].contains(t[k].text) || k == t.count - 1
            if t[k].isWordOrNumber { sentence.append(k) }
            guard ends else { continue }
            defer { sentence = [] }
            guard t[k].text != "?", !sentence.isEmpty else { continue }
            let words = sentence.map { t[$0] }
            let lower = words.map(\.lower)
            let turned = sentence.contains { reversed[$0] }
            if !turned && (hasNegator(words) || lower.contains(where: ClaimLexicon.negativePronouns.contains)) { continue }
            // "She came to see me and told me she intends to step aside", "Our reps were told that
            // the plant would close": the speaker (or its people) heard it from the principal, and
            // vouches for the event; "would" after the telling is the told future, no guess.
            let heard = lower.indices.dropLast().filter { k in
                ["told", "tells"].contains(lower[k]) && (["me", "us"].contains(lower[k + 1]) || k > 0 && ["were", "was", "been"].contains(lower[k - 1]))
            }
            guard turned || lower.contains(where: ClaimLexicon.firstPerson.contains),
                !lower.enumerated().contains(where: { k, w in
                    // "In May": a capital inside the sentence is a name, not the modal.
                    if heard.contains(k) || k > 0 && words[k].isCapitalized { return false }
                    // "were told that wages may be late": the modal is what they were told.
                    if let told = heard.first, k > told, ["would", "will", "may", "might", "could"].contains(w) { return false }
                    return unaffirmed.contains(w) || ClaimLexicon.speculative.contains(w) || ClaimLexicon.hedges.contains(w)
                        || ClaimLexicon.claimNouns.contains(w) || ClaimLexicon.storyNouns.contains(w) || ClaimLexicon.claimVerbs.contains(w)
                        || ClaimLexicon.reportAdverbs.contains(w) || ClaimLexicon.falsity.contains(w)
                        || weighingPrefixes.contains(where: w.hasPrefix)
                })
            else { continue }
            // "step aside" is the claim's "withdraw": the phrase is read as the event it names.
            let facts = Array(ClaimWords.content(lower.joined(separator: " ")).filter { !$0.allSatisfy(\.isNumber) })
            // "I leave with a grateful heart": the principal's own first-person verb is the event.
            let announced = principal && lower.indices.contains { k in
                lower[k] == "i" && ClaimWords.related(Array(ClaimWords.content(lower[(k + 1)..<min(lower.count, k + 4)].joined(separator: " "))), claimEvents) >= 1
            }
            if ClaimWords.related(facts, claimEvents) >= 1, turned || !heard.isEmpty || announced || ClaimWords.related(facts, claimFacts) >= 2 {
                return true
            }
            // "Our members have been told that administrators are being lined up": what the
            // speaker's people were told names the claim's thing, if not its verb ("lined up"
            // for "call in"); being told is the speaker's evidence, not a guess.
            if let told = heard.first, told > 0, ["were", "been"].contains(lower[told - 1]),
                ClaimWords.related(Array(ClaimWords.content(lower[(told + 1)...].joined(separator: " "))), claimFacts) >= 1
            {
                return true
            }
        }
        return false
    }

    /// "Our members were told that ...", "staff have been told": the speaker's people heard
    /// it from someone the quotation does not name.
    static func toldPassively(_ t: [WordToken]) -> Bool {
        let words = t.filter(\.isWordOrNumber).map(\.lower)
        return words.indices.dropFirst().contains { k in words[k] == "told" && ["were", "was", "been"].contains(words[k - 1]) }
    }

    /// The claim's event, as stems: its verbs ("handed", "selling", "sold") and the verb of
    /// an infinitive ("to leave", "to step down"), not those that only say it is planned,
    /// told or weighed ("preparing to", "set to", "claims to", "weighs").
    static func events(_ wording: [WordToken]) -> Set<String> {
        let words = wording.filter(\.isWordOrNumber)
        var out: Set<String> = []
        for (k, w) in words.enumerated() where !w.isCapitalized && w.isWord {
            let x = w.lower
            let infinitive = k > 0 && words[k - 1].lower == "to" && !x.hasSuffix("s") && !ClaimLexicon.determiners.contains(x)
            let verb = x.count > 4 && (x.hasSuffix("ed") || x.hasSuffix("ing")) || ClaimLexicon.irregularVerbs.contains(x)
            guard infinitive || verb,
                !ClaimLexicon.auxiliaries.contains(x), !ClaimLexicon.prospectiveVerbs.contains(x), !ClaimLexicon.claimVerbs.contains(x),
                !ClaimLexicon.claimSayingVerbs.contains(x), !ClaimLexicon.passiveAuxiliaries.contains(x), !weighingPrefixes.contains(where: x.hasPrefix),
                !["be", "am", "can", "shall", "should", "must", "get", "got", "go", "make", "made", "say", "tell", "know", "think", "thought", "come", "came", "see", "saw", "seen"].contains(x)
            else { continue }
            // "to step down": the phrase is the event "resign".
            let phrase = k + 1 < words.count ? x + " " + words[k + 1].lower : x
            out.formUnion(ClaimWords.content(phrase).intersection(ClaimWords.content(x).union([ClaimWords.stem("resign")])))
        }
        return out
    }

    /// Words by which a sentence holds its event back: a modal of wish or duty, a verb of
    /// planning to speak later, a hypothetical "any".
    static let unaffirmed: Set<String> = [
        "would", "should", "must", "need", "needs", "want", "wants", "hope", "hopes", "any", "whether", "unless", "until",
        "comment", "declined", "speculate", "believe", "think", "expect",
    ]
    /// Stems of weighing or looking into a matter ("we are reviewing", "considering").
    static let weighingPrefixes: [String] = ["investigat", "evaluat", "review", "examin", "looking", "consider", "assess", "explor", "discuss"]

    /// "denied any wrongdoing and said the contract was lawful": the denial's object ends
    /// where "and"/"but" brings in a second verb of saying, whose clause is another statement
    /// (here a defence, not what was denied). Returns where the object ends, at most `end`.
    static func secondVerbOfSaying(_ t: [WordToken], after i: Int, before end: Int) -> Int {
        for k in (i + 1)..<end where ["and", "but"].contains(t[k].lower) {
            let next = t[(k + 1)..<end].first { $0.isWordOrNumber && !($0.lower.hasSuffix("ly") && !$0.isCapitalized) }
            if let next, ClaimLexicon.sayingVerbs.contains(next.lower) || ["insisted", "added", "told", "saying"].contains(next.lower) { return k }
        }
        return end
    }

    /// The speakers of a subject that lists them ("SportWire, the integrity office and the
    /// club all", "the company, the police and the agency"): split at commas and "and", when
    /// a comma comes before the "and" or a determiner after it; "Marks and Lane" is one name.
    static func conjuncts(_ subject: [WordToken]) -> [[WordToken]] {
        guard let and = subject.lastIndex(where: { $0.lower == "and" }), and > 0, and + 1 < subject.count,
            subject[..<and].contains(where: { $0.text == "," }) || ClaimLexicon.determiners.contains(subject[and + 1].lower)
                || ClaimLexicon.possessivePronouns.contains(subject[and + 1].lower)
        else { return [] }
        var out: [[WordToken]] = []
        var current: [WordToken] = []
        for w in subject {
            if w.text == "," || w.lower == "and" {
                if !current.isEmpty { out.append(current) }
                current = []
            } else if w.isWordOrNumber {
                current.append(w)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.map { Array($0.reversed().drop { listTrailers.contains($0.lower) || $0.lower.hasSuffix("ly") && !$0.isCapitalized }.reversed()) }
            .filter { !$0.isEmpty }
    }

    /// "The committee has not recommended any pause in enrolment", "we have never received
    /// any offer": at `i`, "any" after a negated verb (within three words) and before the
    /// claim's event (one modifier between) denies that there was any such thing, as "no
    /// pause" would; "has not ruled out any closures" turns the negation elsewhere, "I have
    /// not seen any draft" tells what the speaker knows, not what is so, and "Do not hand over
    /// any car" is an order.
    /// So does "a" or "an" right after the negated verb ("does not own a yacht", "has never
    /// bought a house"): one verb (or a verb and its auxiliary) between negation and article,
    /// so "will not say whether a ..." and "not just a ..." stay unread.
    static func negatesAny(_ words: [String], _ i: Int, claimWords: Set<String>) -> Bool {
        let indefinite = ["a", "an"].contains(words[i])
        guard words[i] == "any" || indefinite,
            let n = words[max(0, i - 3)..<i].lastIndex(where: { ["not", "never"].contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n\u{2019}t") }),
            !indefinite || negatesTheDoing(words, negation: n, article: i),
            !words[(n + 1)..<i].contains(where: { ClaimLexicon.negationTurners.contains($0) || knowingVerbs.contains($0) }),
            !(n <= 1 && ["do", "don't", "don\u{2019}t"].contains(words[0]))
        else { return false }
        return words[(i + 1)...].prefix(2).contains { ClaimWords.related([ClaimWords.stem($0)], claimWords) > 0 }
    }

    /// "Great white sharks have never been confirmed in these waters", "no such species has
    /// ever been recorded here": at `i`, a participle of attesting after a negated "been",
    /// whose subject names the claim's thing: the expert's word that what is claimed has
    /// never been seen, which denies it.
    static func neverAttested(_ words: [String], _ i: Int, claimWords: Set<String>) -> Bool {
        guard ["confirmed", "recorded", "seen", "spotted", "sighted", "found", "documented"].contains(words[i]), i >= 3, words[i - 1] == "been",
            let aux = words[max(0, i - 4)..<(i - 1)].lastIndex(where: { ["has", "have", "had", "hasn't", "haven't", "hadn't"].contains($0) }),
            words[aux..<(i - 1)].contains(where: { $0 == "never" || $0.hasSuffix("n't") }) || words[max(0, aux - 4)..<aux].contains(where: ClaimLexicon.negativePronouns.contains)
        else { return false }
        let subject = words[max(0, aux - 4)..<aux].map(ClaimWords.stem)
        return ClaimWords.related(subject, claimWords) > 0
    }

    /// "I didn't write this", "we never sent that letter", "I did not sign it": at `i`, a
    /// negated verb of writing or sending whose object is the document the claim rests on
    /// (a pronoun for it, or a shared item's noun): its named author disowns it.
    static func disownsDocument(_ words: [String], _ i: Int, claimWords: Set<String>) -> Bool {
        guard ["write", "wrote", "written", "send", "sent", "sign", "signed", "issue", "issued"].contains(words[i]), i >= 1, i + 1 < words.count,
            words[max(0, i - 2)..<i].contains(where: { ["not", "never"].contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n\u{2019}t") }),
            claimWords.contains(where: { w in ClaimLexicon.sharedItems.contains(where: { $0.hasPrefix(w) }) || ["email", "mail", "letter"].contains(w) })
        else { return false }
        let object = words[(i + 1)...].prefix(3)
        return ["this", "it", "that"].contains(words[i + 1]) || object.contains { w in ClaimLexicon.sharedItems.contains(w) || ["email", "letter"].contains(w) }
    }

    /// "Our paper does not say that Port X is the capital of Y", "nowhere does it say ...",
    /// "The 40 per cent figure is not what our study found": at `i`, a verb of saying or
    /// showing that a study, paper or data set is said not to do, with the claim's words in
    /// what it does not say (two of them), or before "is not what" the work found. Whoever
    /// reads the work (its author first) denies the claim that rests on it.
    static func workDoesNotSay(_ words: [String], _ i: Int, claimWords: Set<String>) -> Bool {
        guard ClaimLexicon.workVerbs.contains(words[i]), i >= 2 else { return false }
        let related = { (s: ArraySlice<String>) in ClaimWords.related(s.map(ClaimWords.stem), claimWords) >= 2 }
        // "X is not what our study found": the claim's words stand before "is not what".
        if let what = words[max(0, i - 4)..<i].lastIndex(of: "what"), what >= 2,
            words[what - 1] == "not" && ["is", "was"].contains(words[what - 2]) || ["isn't", "wasn't"].contains(words[what - 1]),
            words[(what + 1)..<i].contains(where: ClaimLexicon.workNouns.contains)
        {
            return related(words[max(0, what - 10)..<(what - 1)])
        }
        // "the paper does not say", "it doesn't show", "nowhere does it say".
        let before = words[max(0, i - 4)..<i]
        let negated = before.contains { ["not", "never", "nowhere"].contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n\u{2019}t") }
        // "it" takes up a work the sentence has just named ("Our paper does not rank ..., and
        // it does not say ...").
        let work = before.contains(where: ClaimLexicon.workNouns.contains)
            || before.contains("it") && (before.contains("nowhere") || words[max(0, i - 14)..<i].contains(where: ClaimLexicon.workNouns.contains))
        guard negated, work else { return false }
        return related(words[(i + 1)...].prefix(12))
    }

    /// Whether any word of the quotation disowns the claim's document (`disownsDocument`)
    /// or the speaker's part in what is told (`disownsInvolvement`).
    static func disownsDocument(_ words: [String], claimWords: Set<String>) -> Bool {
        words.indices.contains { disownsDocument(words, $0, claimWords: claimWords) || disownsInvolvement(words, $0) }
    }

    /// "I had nothing to do with it", "we are not connected to this post in any way": at `i`,
    /// "nothing to do with" or a negated "connected to/with" whose object is the thing told (a
    /// pronoun for it, or a post, letter, story or claim): the one named in a rumour, or whose
    /// name a hoax borrows, disowns any part in it, as people so named answer. Not "nothing
    /// to do with the weather", whose object is something else.
    static func disownsInvolvement(_ words: [String], _ i: Int) -> Bool {
        var object = i + 1
        if words[i] == "nothing", words[(i + 1)...].prefix(3).elementsEqual(["to", "do", "with"]) {
            object = i + 4
        } else if words[i] == "connected", i + 1 < words.count, ["to", "with"].contains(words[i + 1]),
            words[max(0, i - 3)..<i].contains(where: { ClaimLexicon.isNegation($0) })
        {
            object = i + 2
        } else {
            return false
        }
        guard object < words.count else { return false }
        // "it", "this", "this post", "the letter", "any of these posts".
        if ["it", "this", "that"].contains(words[object]) { return true }
        return words[object...].prefix(3).contains { disownedNouns.contains($0) || ClaimLexicon.sharedItems.contains($0) }
    }

    /// The things told whose authorship or part a speaker disowns.
    static let disownedNouns: Set<String> = ["post", "posts", "letter", "email", "message", "story", "report", "claim", "claims", "rumour", "rumours", "hoax", "scam", "page", "account"]

    /// Words after a list of speakers and before its verb ("A and B all said", "have both").
    static let listTrailers: Set<String> = ["all", "both", "have", "has", "had", "also", "themselves", "together"]

    /// Verbs by which another than the speaker says or denies something (`toldByOthers`).
    static let othersVerbs: Set<String> = ["said", "says", "told", "tells", "claims", "claimed", "insists", "insisted", "deny", "denies", "denied"]

    /// Verbs of what a speaker has seen or knows of: negated, they deny knowledge, not the event.
    /// "does not own a yacht", "never bought a house": the negation bears on the verb before
    /// the article, not on a copula ("isn't much of a promise"), a guess ("would never"), a
    /// verb of talking about it ("will not discuss a draft") or a manner after the object
    /// ("never close a school by stealth" says how, not whether).
    static func negatesTheDoing(_ words: [String], negation n: Int, article i: Int) -> Bool {
        let negators: Set<String> = ["not", "never", "don't", "doesn't", "didn't", "hasn't", "haven't", "hadn't", "won't", "can't", "cannot"]
        guard negators.contains(words[n].replacingOccurrences(of: "\u{2019}", with: "'")), (1...2).contains(i - n - 1),
            !(n > 0 && ["would", "could", "might", "should", "is", "are", "was", "were"].contains(words[n - 1])),
            !words[(n + 1)..<i].contains(where: { ClaimLexicon.auxiliaries.contains($0) || ClaimLexicon.claimVerbs.contains($0) || speakingOf.contains($0) || $0 == "of" })
        else { return false }
        return !words[(i + 1)...].prefix(4).contains { ["by", "without", "behind", "overnight"].contains($0) }
    }

    /// Verbs by which a speaker declines to talk about a thing ("will not discuss a draft"),
    /// which say nothing of whether it is so.
    static let speakingOf: Set<String> = [
        "discuss", "discussing", "address", "addressing", "speculate", "talk", "talking", "publish", "release", "share", "name", "identify",
    ]
    static let knowingVerbs: Set<String> = ["seen", "saw", "see", "heard", "hear", "read", "know", "knew", "aware"]

    /// "nobody has arrested me", "nothing was sold": at `i`, a negative pronoun as the subject
    /// of the claim's event (auxiliaries between) says no one did it.
    static func nobodyDid(_ words: [String], _ i: Int, claimWords: Set<String>) -> Bool {
        guard ClaimLexicon.negativePronouns.contains(words[i]) else { return false }
        var k = i + 1
        while k < words.count, ClaimLexicon.auxiliaries.contains(words[k]) || ClaimLexicon.passiveAuxiliaries.contains(words[k]) || words[k] == "ever" { k += 1 }
        return k > i + 1 && k < words.count && ClaimWords.related([ClaimWords.stem(words[k])], claimWords) > 0
    }

    /// "a dispute over fishing boats", "the contest", "in dispute": the noun of a conflict,
    /// after a determiner or preposition or before "over"/"between"/"with", is no denial
    /// ("the union disputes the figures" is).
    static func isConflictNoun(_ t: [WordToken], _ i: Int) -> Bool {
        guard ["dispute", "disputes", "contest", "contests"].contains(t[i].lower) else { return false }
        let before = t[..<i].last(where: \.isWordOrNumber)?.lower ?? ""
        let after = t[(i + 1)...].first(where: \.isWordOrNumber)?.lower ?? ""
        return ClaimLexicon.determiners.contains(before) || ["of", "in", "into", "over", "no", "any"].contains(before)
            || ["over", "between", "with"].contains(after)
    }

    /// "this morning it was wrong", "the story is simply wrong": "wrong" after a copula whose
    /// subject is the report or a pronoun for it calls the report false, strictly too; "we did
    /// nothing wrong", "I was wrong", "wrong to" judge conduct.
    static func reportCalledWrong(_ words: [String], _ i: Int) -> Bool {
        guard words[i] == "wrong", !(i + 1 < words.count && ["to", "with", "for", "about"].contains(words[i + 1])),
            let copula = words[max(0, i - 3)..<i].lastIndex(where: { ["is", "are", "was", "were", "been"].contains($0) }), copula > 0,
            words[(copula + 1)..<i].allSatisfy({ ClaimLexicon.intensifiers.contains($0) || $0.hasSuffix("ly") }),
            // "They are usually wrong": how often something is wrong generalises; no verdict.
            !words[(copula + 1)..<i].contains(where: { ["usually", "often", "always", "sometimes", "generally", "rarely", "seldom", "mostly", "frequently"].contains($0) })
        else { return false }
        let subject = words[copula - 1] == "has" || words[copula - 1] == "had" ? (copula > 1 ? words[copula - 2] : "") : words[copula - 1]
        return ["it", "that", "this", "they"].contains(subject) || ClaimLexicon.storyNouns.contains(subject) || ClaimLexicon.claimNouns.contains(subject)
    }

    /// "wait for facts rather than rumours", "a sale to the wrong buyer": a word of falsity
    /// set against the facts, or before its noun, names without judging what was reported.
    static func namesWithoutJudging(_ words: [String], _ i: Int) -> Bool {
        let before = words[max(0, i - 2)..<i]
        if before.elementsEqual(["rather", "than"]) || before.elementsEqual(["instead", "of"]) { return true }
        return words[i] == "wrong" && i > 0 && ClaimLexicon.determiners.contains(words[i - 1]) && i + 1 < words.count
    }

    /// "would neither confirm nor deny", "declined to confirm or deny": at `i`, either verb
    /// of the fixed pair, which says no stance was taken.
    static func confirmOrDeny(_ t: [WordToken], _ i: Int) -> Bool {
        let w = t.map(\.lower)
        if ClaimLexicon.denials.contains(w[i]), i >= 2, ["or", "nor"].contains(w[i - 1]), ClaimLexicon.confirmations.contains(w[i - 2]) { return true }
        return ClaimLexicon.confirmations.contains(w[i]) && i + 2 < w.count && ["or", "nor"].contains(w[i + 1]) && ClaimLexicon.denials.contains(w[i + 2])
    }

    /// Per token of a quotation: whether it tells what someone other than the speaker says
    /// or denies ("It has told us the number is wrong", "Meridale can deny it all it likes"):
    /// from a verb of saying or denying whose subject is not "I"/"we" to the sentence's end.
    /// The speaker passes on another's verdict; it is not the speaker's own.
    static func toldByOthers(_ t: [WordToken]) -> [Bool] {
        var out = [Bool](repeating: false, count: t.count)
        var open = false
        var previous: [String] = []
        for (k, w) in t.enumerated() {
            if [".", "!", "?", ";"].contains(w.text) { open = false; previous = []; continue }
            guard w.isWordOrNumber else { continue }
            // "The claims in this report": after a determiner the word is a noun.
            if !open, othersVerbs.contains(w.lower), !ClaimLexicon.determiners.contains(previous.last ?? "") {
                // The subject: the word before the verb, past auxiliaries, modals and negations.
                let subject = previous.reversed().first { !ClaimLexicon.auxiliaries.contains($0) && !ClaimLexicon.isNegation($0)
                    && !["can", "has", "have", "had", "also", "just"].contains($0) && !$0.hasSuffix("ly") }
                if let subject, !["i", "we", "who"].contains(subject), !previous.isEmpty { open = true; out[k] = true; continue }
            }
            out[k] = open
            previous.append(w.lower)
        }
        return out
    }
}

extension ClaimEvidence {
    /// "We respect her decision", "I thank Ivo Roe for his work and accept his decision": to a
    /// claim that someone leaves (resigns, quits, is sacked, steps down), the employer's or
    /// the government's answer that takes the departure as settled confirms it, as bodies
    /// word the news of an exit they did not choose: they acknowledge the decision and thank
    /// the one leaving, seldom repeating the event. A sentence with a negation, a condition
    /// ("if", "would", "should") or a question says nothing of the kind. Returns the index of
    /// the verb of accepting or thanking; `outside` keeps to the words outside quotation marks.
    static func acceptsTheDeparture(_ t: [WordToken], claimStems: Set<String>, outside: Bool = false) -> Int? {
        guard claimStems.contains(where: { s in departureStems.contains { s.hasPrefix($0) } }) else { return nil }
        let quoted = outside ? insideQuotationMarks(t) : [Bool](repeating: false, count: t.count)
        var sentence: [Int] = []
        for k in t.indices {
            if t[k].isWordOrNumber && !quoted[k] { sentence.append(k) }
            let ends = [".", "!", "?", ";"].contains(t[k].text) || k == t.count - 1
            guard ends else { continue }
            defer { sentence = [] }
            guard t[k].text != "?", !hasNegator(sentence.map { t[$0] }) else { continue }
            let lower = sentence.map { t[$0].lower }
            // "... and said the audit would go on": a modal after the verb is another clause's.
            for i in lower.indices where !lower[..<i].contains(where: conditionalWords.contains) && !lower[i...].contains(where: conditionalAfter.contains) {
                // "respect his decision", "accept the board's decision".
                if acceptingVerbs.contains(lower[i]),
                    let d = lower[(i + 1)...].prefix(3).firstIndex(where: { ["decision", "choice"].contains($0) }), d > i + 1,
                    ClaimLexicon.possessivePronouns.contains(lower[d - 1]) || lower[d - 1].hasSuffix("'s") || lower[d - 1].hasSuffix("\u{2019}s")
                {
                    return sentence[i]
                }
                // "thank Piet for his dedication", "thanks him for his hard work".
                if thankingVerbs.contains(lower[i]), let f = lower[(i + 1)...].prefix(4).firstIndex(of: "for"), f + 1 < lower.count,
                    ClaimLexicon.possessivePronouns.contains(lower[f + 1]),
                    lower[(f + 2)...].prefix(2).contains(where: serviceNouns.contains)
                {
                    return sentence[i]
                }
            }
        }
        return nil
    }

    /// Stem beginnings of a departure ("resign" stands for quit, step down, withdraw).
    static let departureStems: [String] = ["resign", "leav", "depart", "exit", "retir", "sack", "dismiss", "oust"]
    static let acceptingVerbs: Set<String> = ["respect", "respects", "respected", "accept", "accepts", "accepted"]
    static let thankingVerbs: Set<String> = ["thank", "thanks", "thanked"]
    static let serviceNouns: Set<String> = ["work", "service", "services", "dedication", "contribution", "contributions", "commitment", "years"]
    static let conditionalWords: Set<String> = ["if", "would", "should", "whatever", "unless", "any", "could", "might"]
    static let conditionalAfter: Set<String> = ["if", "unless", "whatever", "should"]

    /// The parties to the claim who accept the departure it tells of, in a quotation (its
    /// speaker, or a body his roles name) or in the article's own words (the party named
    /// before the verb of accepting), where they are not on record in that article already:
    /// a stance read from the party's own verbs comes first.
    static func departureAccepted(
        _ draft: StoryDraft, parties: Parties, claimParties: [Int], claimStems: Set<String>, found: [ActorFinding]
    ) -> [ActorFinding] {
        var out: [ActorFinding] = []
        func onRecord(_ p: Int, _ a: Int) -> Bool { (found + out).contains { $0.party == p && $0.article == a } }
        for q in draft.story.quotes {
            guard let a = draft.index(ofArticle: q.article), let speaker = q.speaker else { continue }
            let doc = draft.documents[a]
            guard acceptsTheDeparture(ClaimWords.tokens(doc, q.span.range), claimStems: claimStems) != nil else { continue }
            let roles = ([q.role] + (draft.story.people.first { $0.name == speaker }?.roles ?? [])).compactMap { $0 }
            guard let party = parties.mentioned(in: withoutPossessives(([speaker] + roles).joined(separator: " "))).first(where: claimParties.contains),
                !onRecord(party, a)
            else { continue }
            out.append(ActorFinding(party: party, stance: .supports, quote: q.id, article: a, span: q.span.range))
        }
        for (a, doc) in draft.documents.enumerated() {
            for sentence in doc.sentences where !isQuestion(doc.string(sentence.range)) {
                let t = ClaimWords.tokens(doc, sentence.range)
                guard let v = acceptsTheDeparture(t, claimStems: claimStems, outside: true) else { continue }
                let clause = t[..<v].split { $0.text == "," || ["and", "but"].contains($0.lower) }.last.map(Array.init) ?? []
                guard let party = parties.mentioned(in: clause).first(where: claimParties.contains), !onRecord(party, a) else { continue }
                out.append(ActorFinding(party: party, stance: .supports, quote: nil, article: a, span: sentence.range))
            }
        }
        return out
    }
}

extension ClaimEvidence {
    /// "If a rock big enough to leave a crater had come down, every one of our cameras would
    /// have lit up": a counterfactual whose "if" clause tells the claim's event in the
    /// pluperfect and whose main clause says what "would have" followed denies the event, as
    /// experts answer a rumour with the trace it would have left. The "if" clause must name a
    /// word of the claim and carry no negation ("if the board had not acted ..." grants the
    /// event), and not tell of knowing or being told ("if we had known of the closure, we would
    /// have said so" speaks of the speaker's knowledge, not of the event).
    static func deniesByCounterfactual(_ words: [String], claimWords: Set<String>) -> Bool {
        for i in words.indices where words[i] == "if" {
            guard let had = words[(i + 1)...].prefix(20).firstIndex(of: "had"), had + 1 < words.count,
                let would = words[(had + 1)...].prefix(16).firstIndex(of: "would"), would + 1 < words.count
            else { continue }
            // "would have lit up", "would not have hired": the consequence is told as unreal.
            let rest = words[(would + 1)...].prefix(2)
            guard rest.first == "have" || rest.first == "not" && rest.last == "have" else { continue }
            let condition = words[(i + 1)..<would]
            if condition.contains(where: { ClaimLexicon.negators.contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n\u{2019}t") }) { continue }
            if knowingParticiples.contains(words[had + 1]) || had + 2 < words.count && words[had + 1] == "been" && knowingParticiples.contains(words[had + 2]) { continue }
            if ClaimWords.related(condition.map(ClaimWords.stem), claimWords) >= 1 { return true }
        }
        return false
    }

    /// Participles of knowing, learning and wishing after "had" in an "if" clause.
    static let knowingParticiples: Set<String> = [
        "known", "told", "informed", "aware", "heard", "seen", "realised", "realized", "expected", "thought", "wanted", "asked", "warned", "consulted",
    ]
}
