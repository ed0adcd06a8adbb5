/// How the words of an article credit a quotation, before anything is resolved.
enum SpeakerForm: Sendable, Hashable {
    /// A name: index into the article's mentions.
    case mention(Int)
    /// Several names joined by "and" ("Acme and Globex").
    case mentions([Int])
    case pronoun(String)
    /// "the company", "the ministry": an organisation named earlier.
    case organisationNoun(String)
    /// "a spokeswoman for Acme": the organisation (a mention index) speaking, and the role.
    case voice(Int, role: String)
    /// "a senior source", "two people familiar with the talks": kept as written.
    case description(String)
    /// "the article said", "its headline read", "the Post’s piece said": a written piece
    /// speaks for its owner, a name within the phrase (mention index) or, after "the"/"its",
    /// the organisation the article last named.
    case document(owner: Int?, definite: Bool)
}

struct Attribution: Sendable {
    var form: SpeakerForm
    /// Scalar range of the crediting words ("Roe told the Daily Post").
    var span: Range<Int>
    /// First word of the speaker, for finding a pronoun's antecedent before it.
    var speakerWord: Int
    var venue: Venue?
}

/// Where a statement was made, as written ("a statement", "the Daily Post"), and the name
/// it opens with, if any, for the story to give its fullest form.
struct Venue: Sendable, Hashable {
    var text: String
    var mention: Int? = nil
}

/// The grammar of attribution: where journalism puts the speaker of a quotation and the
/// verb that credits it, read from the words around the quotation marks.
struct AttributionReader {
    let t: ArticleText
    let mentions: [Mention]
    /// `at[word]` is the mention a word belongs to, or -1.
    let at: [Int]

    var w: [Word] { t.words }

    /// The words of the sentence before quotation `q`'s opening mark, back to the sentence
    /// start or the previous quotation.
    func before(_ q: QuotedSpan) -> Range<Int> {
        let end = t.firstWord(from: q.open)
        let sentence = t.doc.sentenceIndex(containing: q.open) ?? -1
        var start = end
        while start > 0 {
            let x = w[start - 1]
            guard x.quote == -1, x.paragraph == q.paragraph, x.sentence == sentence else { break }
            start -= 1
        }
        return start..<end
    }

    /// The words after quotation `q`'s closing mark, up to the end of the clause or the next
    /// quotation.
    func after(_ q: QuotedSpan) -> Range<Int> {
        guard let close = q.close else { return 0..<0 }
        let start = t.firstWord(from: close + 1)
        let sentence = t.doc.sentenceIndex(containing: close) ?? -1
        var end = start
        while end < w.count {
            let x = w[end]
            guard x.quote == -1, x.paragraph == q.paragraph, x.sentence == sentence else { break }
            if x.isTerminal && !(x.lower == "." && end > start && MentionFinder.isAbbreviation(w[end - 1]) && x.start == w[end - 1].end) {
                break
            }
            end += 1
        }
        return start..<end
    }

    /// `“Why?” Roe asked.`: a quotation ending its own sentence, followed by a short
    /// sentence of the same paragraph that is only an attribution.
    func trailer(_ q: QuotedSpan) -> Range<Int>? {
        guard let close = q.close else { return nil }
        let start = t.firstWord(from: close + 1)
        guard start < w.count, w[start].paragraph == q.paragraph, w[start].quote == -1 else { return nil }
        var end = start
        while end < w.count && w[end].sentence == w[start].sentence && w[end].quote == -1 && !w[end].isTerminal { end += 1 }
        // "The ministry said the figures were “wrong”" introduces its own quotation, not the one before.
        guard end - start <= 8, end < w.count, w[end].isTerminal || w[end].quote != -1 && w[end - 1].isPunct else { return nil }
        if reportsOwnClause(start..<end) { return nil }
        return start..<end
    }

    /// "The Ledger said it stood by its reporting.": a subject and a verb of saying with a
    /// clause of its own report other words, and credit none before them.
    func reportsOwnClause(_ r: Range<Int>) -> Bool {
        guard let v = r.first(where: { w[$0].isReportingVerb }), v > r.lowerBound else { return false }
        var c = v + 1
        guard c < r.upperBound else { return false }
        // "said that ...", "said it stood ...": a subject pronoun after the verb opens its clause.
        if ["that", "he", "she", "they", "we", "i"].contains(w[c].lower) || w[c].lower == "it" && c + 1 < r.upperBound { return true }
        guard w[c].tags.contains(.determiner) else { return false }
        c += 1
        return (c..<min(r.upperBound, c + 4)).contains { Lexicon.auxiliaries.contains(w[$0].lower) || w[$0].lower.hasSuffix("ed") && !w[$0].isReportingVerb }
    }

    /// The sentence that introduces a quotation standing alone as its own paragraph: the
    /// previous paragraph's last sentence, when it ends with a colon or breaks off mid-clause
    /// ("..., stating:" / "... would be tantamount to").
    func introduction(_ q: QuotedSpan) -> Range<Int>? {
        guard q.paragraph > 0, q.open == t.doc.paragraphs[q.paragraph].lowerBound,
            !t.headings[q.paragraph - 1]
        else { return nil }
        let end = t.firstWord(from: q.open)
        guard end > 0, w[end - 1].paragraph == q.paragraph - 1, w[end - 1].quote == -1 else { return nil }
        let last = w[end - 1]
        guard last.lower == ":" || last.kind == .word || last.lower == "," else { return nil }
        var start = end - 1
        while start > 0 && w[start - 1].sentence == last.sentence && w[start - 1].quote == -1 && w[start - 1].paragraph == last.paragraph {
            start -= 1
        }
        return start..<end
    }

    /// "Jo Roe has sent us a statement. Here it is in full:": a short lead-in that only points
    /// back ("it", "this") at a statement the sentence before says someone issued.
    func statementReferredTo(_ r: Range<Int>) -> Attribution? {
        guard let last = r.last, w[last].lower == ":", r.lowerBound > 0, r.count <= 8,
            r.contains(where: { ["it", "this"].contains(w[$0].lower) }), !r.contains(where: { at[$0] >= 0 }),
            w[r.lowerBound - 1].paragraph == w[last].paragraph
        else { return nil }
        return statementSubject(sentenceStart(r.lowerBound - 1)..<r.lowerBound)
    }

    /// "Here is her post in full:", "His statement read:": a lead-in ending in a colon that
    /// names the words as someone's own (a possessive before a noun of speech, one
    /// adjective between at most) gives them to that person, as "In her words:" does.
    func ownersStatement(_ r: Range<Int>) -> Attribution? {
        let owners = ["his": "he", "her": "she", "their": "they", "its": "it"]
        guard let last = r.last, w[last].lower == ":",
            let noun = r.first(where: { k in
                w[k].kind == .word && !w[k].capitalised && Lexicon.speechNouns.contains(w[k].lower)
                    && (k - 2..<k).contains { o in o >= r.lowerBound && owners[w[o].lower] != nil && (o == k - 1 || !w[k - 1].tags.contains(.function)) }
            }),
            let owner = (noun - 2..<noun).last(where: { $0 >= r.lowerBound && owners[w[$0].lower] != nil }),
            let subject = owners[w[owner].lower]
        else { return nil }
        // "The county fire service told us ... Their statement read:": a body's "their" or
        // "its" is the subject of the sentence before, when that is a body.
        if subject == "they" || subject == "it", let (form, start) = bodyBefore(sentenceStart(r.lowerBound)) {
            return Attribution(form: form, span: w[start].start..<w[noun].end, speakerWord: start, venue: nil)
        }
        return Attribution(form: .pronoun(subject), span: w[owner].start..<w[noun].end, speakerWord: owner, venue: nil)
    }

    /// "The bank has denied the claim. In a statement on its website:": a lead-in that only
    /// says where the words were given, opening with "in" and ending in a colon, with no
    /// name nor verb of its own, gives them to the body the sentence before opens with.
    func unsignedStatement(_ r: Range<Int>) -> Attribution? {
        guard let last = r.last, w[last].lower == ":", r.count <= 9, w[r.lowerBound].lower == "in",
            let noun = r.first(where: { w[$0].kind == .word && Lexicon.speechNouns.contains(w[$0].lower) }),
            !r.contains(where: { at[$0] >= 0 || w[$0].isReportingVerb }),
            let (form, start) = bodyBefore(sentenceStart(r.lowerBound))
        else { return nil }
        return Attribution(form: form, span: w[start].start..<w[noun].end, speakerWord: start, venue: nil)
    }

    /// "The company says that is wrong. In a statement it said:": the body that is the subject
    /// of the sentence before `start` in its paragraph ("the company", "a spokesman for Acme"),
    /// which a following "it", "its" or "their" refers back to.
    func bodyBefore(_ start: Int) -> (SpeakerForm, Int)? {
        // Only a subject that opens that sentence: "The draft ... concludes that the company
        // was responsible. It accuses ..." is the draft's "it", not the company's.
        guard start > 0, start < w.count, w[start - 1].paragraph == w[start].paragraph,
            case let opening = sentenceStart(start - 1), let (form, at) = clauseSubject(from: opening, to: start),
            at == opening || opensAfterAdverbial(opening, at)
        else { return nil }
        switch form {
        case .organisationNoun, .voice: return (form, at)
        default: return nil
        }
    }

    /// "Within hours the company ...", "On Monday, the ministry ...": a short phrase of time
    /// (four words at most, no name, no verb of saying) before the subject leaves it the
    /// sentence's opening subject.
    func opensAfterAdverbial(_ opening: Int, _ at: Int) -> Bool {
        guard at > opening, at - opening <= 4 else { return false }
        return (opening..<at).allSatisfy { k in
            self.at[k] < 0 && !w[k].isReportingVerb && (w[k].kind == .word || w[k].kind == .number || w[k].lower == ",")
        } && (opening..<at).contains { k in Self.isTimeWord(w[k].lower) }
    }

    /// A word that dates a clause: a span or part of the day, or a weekday.
    static func isTimeWord(_ lower: String) -> Bool { timeWords.contains(lower) || Lexicon.weekdays.contains(lower) }

    static let timeWords: Set<String> = [
        "within", "hours", "minutes", "days", "later", "earlier", "yesterday", "today", "tonight", "overnight", "then", "afterwards",
        "morning", "afternoon", "evening", "night", "week", "weekend", "soon", "shortly",
    ]

    /// The attribution of quotation `q` from its own sentence, or nil.
    func read(_ q: QuotedSpan) -> Attribution? {
        let b = before(q)
        if let a = headline(b, q) { return a }
        var a = after(q)
        // "... “... of our staff.” The Ledger said it stood by its reporting.": after words
        // closed by a full stop, a sentence reporting its own clause is no attribution.
        if let close = q.close, close > 0, [".", "!", "?"].contains(t.doc.scalars[close - 1]), reportsOwnClause(a) { a = a.lowerBound..<a.lowerBound }
        if let found = afterPattern(a) {
            // "Roe said: “...,” according to the Gazette" / "..., the Gazette reports": an outlet
            // that passes the words on yields to the speaker the sentence names before them.
            if passesOn(found, a), !b.isEmpty, let speaker = beforePattern(b) { return speaker }
            // "Roe told staff the game was “on ice”, according to one person there": an unnamed
            // witness recounts what the named speaker said.
            if case .description = found.form, a.contains(where: { w[$0].lower == "according" }), !b.isEmpty,
                let speaker = beforePattern(b)
            {
                switch speaker.form {
                case .mention, .voice: return speaker
                default: break
                }
            }
            return found
        }
        if a.isEmpty, let trailer = trailer(q), let found = afterPattern(trailer) { return found }
        // "Their statement on X read:": a lead-in that opens with the owner's possessive.
        let ownerFirst = !b.isEmpty && ["his", "her", "their", "its"].contains(w[b.lowerBound].lower) && b.lowerBound == sentenceStart(b.lowerBound)
        if !b.isEmpty, let found = (ownerFirst ? ownersStatement(b) : nil) ?? beforePattern(b) ?? ownersStatement(b) ?? unsignedStatement(b) {
            return found
        }
        if b.isEmpty, let intro = introduction(q), let found = statementReferredTo(intro) ?? beforePattern(intro) { return found }
        if let tail = tail(q), let found = afterPattern(tail) { return found }
        if let found = paperSubject(b, q) { return found }
        return nil
    }

    /// "The minutes record that members “...”", "It orders that “...”" after "The notice ...",
    /// "The term sheet commits the airline to “...”": a paper that is the subject of the
    /// quotation's sentence says what it quotes, whatever its verb, as a person does only with
    /// a verb of saying. Only where no verb of saying credits anyone; a passive ("the memo was
    /// signed by a “...”") is said about the paper, not by it.
    func paperSubject(_ b: Range<Int>, _ q: QuotedSpan) -> Attribution? {
        guard !b.isEmpty, b.lowerBound == sentenceStart(b.lowerBound), !b.contains(where: { w[$0].isReportingVerb && !modifiesNoun($0) }) else { return nil }
        // "It lists 41 “red” risks": a word or two in marks before the noun they modify is a term.
        let inside = t.words(inside: q)
        if inside.count <= 2, inside.upperBound < w.count, w[inside.upperBound].kind == .word, !w[inside.upperBound].capitalised,
            !w[inside.upperBound].tags.contains(.preposition), !Lexicon.clauseWords.contains(w[inside.upperBound].lower)
        {
            return nil
        }
        var s = b.lowerBound
        if ["but", "and", "yet"].contains(w[s].lower) {
            s += 1
        } else if s + 1 < b.upperBound, w[s + 1].lower == ",", w[s].kind == .word, w[s].lower.hasSuffix("ly") || Self.sentenceAdverbs.contains(w[s].lower) {
            s += 2
        }
        guard s + 1 < b.upperBound else { return nil }
        var form: SpeakerForm
        var k: Int
        var plural = false
        if w[s].lower == "it", DocumentSpeakers.antecedent(before: s, w, at: at) != nil {
            form = .pronoun("it")
            k = s + 1
        } else if Lexicon.determiners.contains(w[s].lower), let h = (s + 1..<min(b.upperBound, s + 5)).first(where: { isDocumentHead($0) }),
            (s + 1..<h).allSatisfy({ !w[$0].isPunct }), let found = document(s..<(h + 1))
        {
            form = found
            // "A letter seen by the Post refers to “...”": a paper the sentence opens with as its
            // subject speaks as written when nobody owns it, rather than nobody speaking.
            if case .document(nil, false) = found, ["a", "an"].contains(w[s].lower) {
                form = .description("a" + (w[s].lower == "an" ? "n " : " ") + t.text(words: (s + 1)..<(h + 1)))
            }
            plural = w[h].lower.hasSuffix("s")
            k = h + 1
            // "The minutes of the meeting, held in March, record": an of-phrase closed by an aside.
            if k < b.upperBound, w[k].lower == "of", let comma = (k..<min(b.upperBound, k + 6)).first(where: { w[$0].isPunct }), w[comma].lower == "," {
                k = comma
            }
        } else {
            return nil
        }
        // "A letter seen by the Post, sent by the council in May, refers to": a participle
        // phrase after the noun says how the paper came about or came to light; the paper
        // stays the subject past it, up to its comma or past the name its "by" governs.
        if k < b.upperBound, w[k].kind == .word, !w[k].capitalised, w[k].lower.hasSuffix("ed") || Self.irregularParticiples.contains(w[k].lower) {
            if let comma = (k + 1..<b.upperBound).first(where: { w[$0].isPunct }), w[comma].lower == "," {
                k = comma
            } else if k + 2 < b.upperBound, w[k + 1].lower == "by" {
                let n = w[k + 2].lower == "the" ? k + 3 : k + 2
                guard n < b.upperBound, at[n] >= 0, mentions[at[n]].full.lowerBound <= n else { return nil }
                k = mentions[at[n]].words.upperBound
            } else {
                return nil
            }
        }
        // "The note, dated 26 August, prepared by the council's staff, refers": asides in turn.
        var asides = 0
        while k < b.upperBound, w[k].lower == ",", asides < 3 {
            guard let close = (k + 1..<b.upperBound).first(where: { w[$0].isPunct }), w[close].lower == "," else { return nil }
            k = close + 1
            asides += 1
        }
        while k < b.upperBound && (Self.sentenceAdverbs.contains(w[k].lower) || w[k].lower.hasSuffix("ly") && w[k].kind == .word && !w[k].capitalised) { k += 1 }
        guard k < b.upperBound, w[k].kind == .word, !w[k].capitalised, !isAuxiliary(w[k]), !w[k].tags.contains(.function),
            !w[k].tags.contains(.preposition), !w[k].tags.contains(.determiner), !w[k].isParticiple,
            w[k].lower.hasSuffix("s") && !w[k].lower.hasSuffix("ss") || w[k].lower.hasSuffix("ed") || plural
        else { return nil }
        return Attribution(form: form, span: w[s].start..<w[k].end, speakerWord: s, venue: nil)
    }

    /// Past participles that do not end in "-ed" ("a letter seen by", "a memo sent to").
    static let irregularParticiples: Set<String> = ["seen", "sent", "written", "drawn", "given", "shown", "made", "taken", "put", "kept", "held", "read"]

    /// Adverbs that open a sentence or stand before its verb ("Elsewhere, the memo ...", "the
    /// minutes also record").
    static let sentenceAdverbs: Set<String> = ["also", "elsewhere", "separately", "meanwhile", "instead", "then", "still", "further", "even"]

    /// "... should “come with a feeling”, so such names are out, the website says.": the
    /// attribution that closes the quotation's sentence after a comma, a few words long.
    func tail(_ q: QuotedSpan) -> Range<Int>? {
        guard let close = q.close else { return nil }
        let start = t.firstWord(from: close + 1)
        guard start < w.count, w[start].paragraph == q.paragraph else { return nil }
        let sentence = w[start].sentence
        var end = start
        while end < w.count && w[end].sentence == sentence && w[end].paragraph == q.paragraph && !w[end].isTerminal {
            if w[end].quote != -1 { return nil }
            end += 1
        }
        guard end < w.count, w[end].isTerminal, let comma = (start..<end).last(where: { w[$0].lower == "," }), comma > start,
            end - comma <= 8
        else { return nil }
        // "Calling it “...,” Roe said ..., the Post said.": a speaker of its own comes first.
        if (start..<comma).contains(where: { w[$0].isReportingVerb }) { return nil }
        return comma..<end
    }

    // MARK: - Patterns

    /// "Jane Roe, Chief Analyst (Paris): “...”" and "Senator Jane Roe (R), via social media:
    /// “...”": a name opening the paragraph, a colon, no verb.
    func headline(_ b: Range<Int>, _ q: QuotedSpan) -> Attribution? {
        guard b.count >= 2, w[b.upperBound - 1].lower == ":", b.lowerBound == t.firstWord(from: t.doc.paragraphs[q.paragraph].lowerBound),
            at[b.lowerBound] >= 0, mentions[at[b.lowerBound]].full.lowerBound == b.lowerBound
        else { return nil }
        let m = at[b.lowerBound]
        var i = mentions[m].apposition?.upperBound ?? mentions[m].words.upperBound
        var venueSeen = false
        while i < b.upperBound - 1 {
            let x = w[i]
            if x.kind == .word && !x.capitalised {
                if ["via", "on", "in", "to", "at"].contains(x.lower) { venueSeen = true } else if !venueSeen { return nil }
            }
            if x.isReportingVerb { return nil }
            i += 1
        }
        return Attribution(
            form: .mention(m), span: w[b.lowerBound].start..<w[b.upperBound - 1].start, speakerWord: b.lowerBound,
            venue: venue(in: b))
    }

    /// After the closing mark: `“...,” said Jane Roe` / `“...,” Roe told the Post` /
    /// `“...,” she said` / `“...,” a spokesman for Acme said` / `“...”, according to Roe`.
    func afterPattern(_ a: Range<Int>) -> Attribution? {
        var i = a.lowerBound
        while i < a.upperBound && i < a.lowerBound + 2 && w[i].isPunct && w[i].lower != "(" { i += 1 }
        guard i < a.upperBound else { return nil }
        if Self.invertible.contains(w[i].lower) {
            if let (form, end) = phrase(from: i + 1, to: a.upperBound, lenient: true) {
                let (named, last) = namedApposition(form, end, a.upperBound)
                return Attribution(form: named, span: w[i].start..<w[last - 1].end, speakerWord: i + 1, venue: venue(in: i..<a.upperBound))
            }
            return nil
        }
        if w[i].lower == "according", i + 1 < a.upperBound, w[i + 1].lower == "to" {
            if let (form, end) = phrase(from: i + 2, to: a.upperBound) {
                return Attribution(form: form, span: w[i].start..<w[end - 1].end, speakerWord: i + 2, venue: nil)
            }
            // "“...,” according to the post": the written piece whose words they are; not "a
            // report from X", the medium that carried someone else's words.
            if ["the", "this", "that", "its", "their"].contains(w[i + 2].lower),
                let head = (i + 3..<min(a.upperBound, i + 6)).first(where: { w[$0].kind != .word || w[$0].capitalised || Lexicon.documentNouns.contains(w[$0].lower) }),
                let form = document((i + 2)..<(head + 1))
            {
                return Attribution(form: form, span: w[i].start..<w[head].end, speakerWord: i + 2, venue: nil)
            }
        }
        if let (form, end) = phrase(from: i, to: a.upperBound, lenient: true) {
            var named: SpeakerForm
            let afterName: Int
            (named, afterName) = namedApposition(form, end, a.upperBound)
            var v = skipAside(employer(after: named, afterName, a.upperBound), a.upperBound)
            if v + 3 < a.upperBound, isBracketedShortForm(v) { v += 3 }
            // "Roe, a veteran of two wars, who was at the meeting, told ...", "Roe, who represents
            // the tenants, a group of 400 families, told ...": more asides before the verb.
            var asides = 0
            while asides < 2, v > a.lowerBound, v < a.upperBound, w[v - 1].lower == ",", !w[v].isReportingVerb {
                let next = skipAside(v - 1, a.upperBound)
                if next == v - 1 { break }
                v = next
                asides += 1
            }
            // "one docker who did not want to be named told us": a restrictive relative clause
            // of the subject, passed over to the verb of saying.
            if v == afterName, v > i, v < a.upperBound, ["who", "that"].contains(w[v].lower), !w[v - 1].isPunct,
                let verb = verbAfterRelative(v, a.upperBound)
            {
                v = verb
            }
            // "“...,” police in Kelder said": a body of a place is told by the place after
            // "in", which is part of whom the words are credited to.
            if case .description = named, let end = placeAfter(v, a.upperBound), let d = describe(i..<end) {
                named = d
                v = end
            }
            let bare = v
            while v < a.upperBound && isAuxiliary(w[v]) { v += 1 }
            // "the Post report", "the note": a noun, not a verb with its subject.
            var noun = v > a.lowerBound && w[v - 1].tags.contains(.determiner) && !(v - 1 == i && opensElliptically(i))
            if case .mention(let m) = named, v == bare, v < a.upperBound, Lexicon.baseForms.contains(w[v].lower), afterDeterminer(m) { noun = true }
            // "“...,” the notice read": a document reads its words as a person says them; so
            // does "the statement", which stands for whoever issued it.
            var reads = v > i && v < a.upperBound && documentReads(v)
            if case .document = named, v < a.upperBound, Self.readVerbs.contains(w[v].lower) { reads = true }
            // "“...,” he went on.": going on with the words is saying them.
            let goesOn = v + 1 < a.upperBound && ["went", "goes"].contains(w[v].lower) && w[v + 1].lower == "on"
                && (v + 2 == a.upperBound || w[v + 2].isPunct)
            if v < a.upperBound && (w[v].isReportingVerb || w[v].lower == "quoted" || reads || goesOn) && !w[v].isParticiple && !noun {
                // "the report quoted Roe as saying": the one quoted speaks, not who quoted.
                if let (form, end) = quotedAsDoing(v, to: a.upperBound) {
                    return Attribution(form: form, span: w[i].start..<w[end].end, speakerWord: v + 1, venue: nil)
                }
                return Attribution(form: named, span: w[i].start..<w[v].end, speakerWord: i, venue: venue(in: v..<a.upperBound))
            }
        }
        return nil
    }

    /// The word before a time phrase that ends at word `k` ("reported on Monday by", "seen
    /// last week by", "published yesterday by"), or `k` when none does.
    func pastWhen(_ k: Int, _ lower: Int) -> Int {
        if k - 1 > lower, ["yesterday", "today", "earlier", "recently"].contains(w[k].lower) { return k - 1 }
        var j = k
        while j > lower && j > k - 4 && (w[j].capitalised && w[j].kind == .word || w[j].kind == .number) { j -= 1 }
        if j < k, j - 1 >= lower, ["on", "in", "last", "this"].contains(w[j].lower) { return j - 1 }
        if k - 2 >= lower, ["last", "this"].contains(w[k - 1].lower), ["week", "month", "year", "night", "weekend"].contains(w[k].lower) { return k - 2 }
        return k
    }

    /// Participles that put out a statement, between it and its author ("released by").
    static let issuing: Set<String> = ["released", "issued", "signed", "delivered", "posted", "sent", "penned", "authored", "tweeted", "filed", "lodged", "submitted"]

    /// Verbs by which an outlet passes on someone else's words.
    static let reportedBy: Set<String> = ["reported", "reports", "reporting"]

    /// Whether an attribution after a quotation credits an outlet that only passes the words
    /// on: "according to the Gazette", "the Gazette reports", "the Gazette wrote" (the caller
    /// asks only when the sentence names a speaker before the quotation).
    func passesOn(_ found: Attribution, _ a: Range<Int>) -> Bool {
        // "..., the paper reported": an outlet referred back to by its noun relays as its name does.
        switch found.form {
        case .description(let d), .organisationNoun(let d):
            let words = d.lowercased().split(separator: " ")
            // "the trade paper said": with a modifier too.
            return (2...3).contains(words.count) && words[0] == "the" && ArticleQuotes.outletNouns.contains(String(words.last!))
                && a.contains { w[$0].isReportingVerb || w[$0].lower == "according" }
        default: break
        }
        guard case .mention(let m) = found.form, CitationFinder.looksLikeOutlet(mentions[m]) else { return false }
        if a.contains(where: { w[$0].lower == "according" || Self.reportedBy.contains(w[$0].lower) }) { return true }
        // Any organisation may say things; a paper that "wrote" or "said" a named speaker's words only relays them.
        return mentions[m].tokens.contains { Lexicon.mediaSuffixes.contains($0) } && a.contains { w[$0].isReportingVerb }
    }

    /// The first finite verb of saying after the relative word at `r`, within a clause of a
    /// few words with no punctuation: a verb of the clause itself that takes an infinitive
    /// ("asked not to be named", "wanted to say") is not it.
    func verbAfterRelative(_ r: Int, _ end: Int) -> Int? {
        // "a phrase that unions read as a promise", "a line he repeated": a relative clause with
        // a subject of its own says who read or repeated the words; its noun is no speaker.
        if r + 2 < end {
            let n = w[r + 1]
            let ownSubject = n.tags.contains(.determiner) || n.capitalised || ["he", "she", "they", "we", "i", "you", "it"].contains(n.lower)
                || (n.kind == .word && !isAuxiliary(n) && !n.tags.contains(.function) && !n.lower.hasSuffix("ly") && !["not", "never"].contains(n.lower) && w[r + 2].isReportingVerb)
            if ownSubject { return nil }
        }
        var k = r + 1
        while k < end && k < r + 13 && !w[k].isPunct {
            // "... as a sign that no cuts will be announced": a clause within the clause, or a
            // passive verb, has a subject other than the relative's noun.
            if ["that", "which", "who"].contains(w[k].lower) { return nil }
            let infinitive = k + 1 < end && ["not", "to"].contains(w[k + 1].lower)
            let passive = ["be", "been", "being"].contains(w[k - 1].lower)
            if w[k].isReportingVerb && !w[k].isParticiple && w[k - 1].lower != "to" && !infinitive && !passive { return k }
            k += 1
        }
        return nil
    }

    /// A number of people or things ("three", "3").
    func isCount(_ x: Word) -> Bool { x.kind == .number || MentionFinder.numberWords.contains(x.lower) }

    /// Verbs that journalism puts before their subject after a quotation ("..., said Roe").
    static let invertible: Set<String> = [
        "said", "says", "added", "adds", "asked", "asks", "continued", "continues", "wrote", "writes", "explained",
        "recalled", "replied", "warned", "insisted", "noted", "argued", "stated", "declared", "observed", "quipped",
        "answered", "cautioned", "conceded", "tweeted", "posted", "remarked", "acknowledged", "laughed", "joked", "revealed",
        "admitted", "sniffed", "snapped",
        // The tabloid's verbs of feeling, inverted as "said" is ("“...,” fumed Gary").
        "fumed", "scoffed", "sighed", "muttered", "seethed", "grumbled", "gushed", "ranted", "retorted", "exclaimed",
        "whispered", "shouted", "yelled", "screamed", "boasted", "complained", "pleaded", "urged", "chuckled", "confided",
        "lamented", "sneered", "insists", "explains", "recalls", "warns", "notes", "predicted", "suggested",
    ]

    /// Past a comma-bounded aside after a subject ("Roe, a resident of the town, said").
    func skipAside(_ i: Int, _ end: Int) -> Int {
        guard i < end, w[i].lower == "," else { return i }
        var k = i + 1
        while k < end && k < i + 16 && w[k].lower != "," && (!w[k].isReportingVerb || modifiesRole(k)) { k += 1 }
        return k < end && w[k].lower == "," ? k + 1 : i
    }

    /// "the company's claims director": a verb's form right before a role word inside a phrase
    /// is a noun modifying the role, as no verb takes a bare role word for its object.
    func modifiesRole(_ k: Int) -> Bool {
        guard k >= 1, k + 1 < w.count, w[k].isReportingVerb, !w[k].isParticiple, w[k].lower.hasSuffix("s") else { return false }
        let next = w[k + 1]
        return next.kind == .word && !next.capitalised && next.sentence == w[k].sentence && next.tags.contains(.roleWord)
            && (w[k - 1].kind == .possessive || w[k - 1].kind == .word && !w[k - 1].capitalised && !w[k - 1].tags.contains(.function)
                || Lexicon.determiners.contains(w[k - 1].lower))
    }

    /// "“...,” Jo Roe of Acme said", "Inspector Jo Roe of Leeds police said": past the
    /// employer or town after a name that speaks, to the verb.
    /// "in Kelder" before a verb of saying: the word after the place's name.
    func placeAfter(_ i: Int, _ limit: Int) -> Int? {
        guard i + 2 < limit, w[i].lower == "in", at[i + 1] >= 0, mentions[at[i + 1]].full.lowerBound == i + 1,
            mentions[at[i + 1]].kind != .person
        else { return nil }
        let end = mentions[at[i + 1]].words.upperBound
        guard end < limit, w[end].isReportingVerb || isAuxiliary(w[end]) else { return nil }
        return end
    }

    func employer(after form: SpeakerForm, _ i: Int, _ limit: Int) -> Int {
        guard case .mention = form, i + 1 < limit, ["of", "at", "from"].contains(w[i].lower) else { return i }
        let n = w[i + 1].lower == "the" ? i + 2 : i + 1
        guard n < limit, at[n] >= 0, mentions[at[n]].full.lowerBound == n else { return i }
        var e = mentions[at[n]].words.upperBound
        // "of Leeds police", "at Acme bank": a lower-case noun may complete the name.
        if e + 1 < limit, w[e].kind == .word, !w[e].capitalised, !w[e].isReportingVerb, !isAuxiliary(w[e]), !w[e].tags.contains(.function),
            w[e + 1].isReportingVerb || isAuxiliary(w[e + 1])
        {
            e += 1
        }
        return e
    }

    /// A description followed by the name it describes: "his brother, Jo Roe, said" is Jo Roe.
    func namedApposition(_ form: SpeakerForm, _ end: Int, _ limit: Int) -> (SpeakerForm, Int) {
        guard case .description = form, end + 1 < limit, w[end].lower == ",", at[end + 1] >= 0,
            mentions[at[end + 1]].full.lowerBound == end + 1, mentions[at[end + 1]].kind != .organisation
        else { return (form, end) }
        let m = at[end + 1]
        var next = mentions[m].words.upperBound
        // "another analyst, Jo Roe at Acme Research, said": the name may end in its employer
        // or town, as a subject's apposition may (`nameEnding`).
        if next + 1 < limit, ["of", "at", "from"].contains(w[next].lower) {
            let n = w[next + 1].lower == "the" ? next + 2 : next + 1
            if n < limit, at[n] >= 0, mentions[at[n]].full.lowerBound <= n { next = mentions[at[n]].words.upperBound }
        }
        // "said his brother, Jo Roe." closes with the sentence.
        if next == limit || next < w.count && w[next].lower == "." { return (.mention(m), next) }
        guard next < limit, w[next].lower == "," else { return (form, end) }
        return (.mention(m), next + 1)
    }

    /// Before the opening mark, in the same sentence: `Roe said: “` / `Roe told the Post that
    /// “` / `..., saying, “` (the clause's subject speaks) / `as noted by Roe, ... “` /
    /// `according to Roe, ... “`.
    func beforePattern(_ b: Range<Int>) -> Attribution? {
        // "by Jane Roe" shortly after a reporting verb or a statement noun: the agent speaks
        // ("a statement released by", "as argued in a letter by"), not the agent of any "by".
        var cue = -100
        for i in b {
            let x = w[i]
            if x.isReportingVerb || Lexicon.speechNouns.contains(x.lower) { cue = i }
            // "was quoted by the Post", "told by": the agent is an outlet, the subject speaks.
            // "a statement obtained by the Post": the outlet came by the words, it did not say them.
            let outletAgent = i > b.lowerBound && ["quoted", "cited", "interviewed", "reported", "told", "asked", "obtained", "seen", "received", "published", "acquired"].contains(w[pastWhen(i - 1, b.lowerBound)].lower)
            // "was revealed and he was arrested by the police": another verb's agent.
            let otherVerb = cue >= 0 && cue < i && ((cue + 1)..<i).contains { k in
                Lexicon.clauseWords.contains(w[k].lower) || w[k].lower.hasSuffix("ed") && !Self.issuing.contains(w[k].lower) && !w[k].capitalised
            }
            if i - cue <= 8, x.lower == "by", !outletAgent, !otherVerb, i + 1 < b.upperBound {
                let j = w[i + 1].lower == "the" && i + 2 < b.upperBound ? i + 2 : i + 1
                if at[j] >= 0 && mentions[at[j]].full.lowerBound == j {
                    return Attribution(form: .mention(at[j]), span: w[b.lowerBound].start..<w[mentions[at[j]].words.upperBound - 1].end, speakerWord: j, venue: venue(in: b))
                }
            }
        }
        // "according to X", unless a later clause has a speaker of its own ("and, according to
        // the Post, Roe replied, “...”").
        for i in b where w[i].lower == "according" && i + 1 < b.upperBound && w[i + 1].lower == "to" {
            if let (form, end) = phrase(from: i + 2, to: b.upperBound) {
                if end < b.upperBound, let later = beforePattern(end..<b.upperBound) { return later }
                return Attribution(form: form, span: w[i].start..<w[end - 1].end, speakerWord: i + 2, venue: nil)
            }
            // "According to the memo, the plan would “...”": the paper's words, as "“...,”
            // according to the memo" are; a later clause's own speaker comes first.
            if let (form, end) = documentAfterAccording(i + 2, b.upperBound) {
                if end < b.upperBound, let later = beforePattern(end..<b.upperBound) { return later }
                return Attribution(form: form, span: w[i].start..<w[end - 1].end, speakerWord: i + 2, venue: nil)
            }
        }
        // "In her words:", "in his own words,"
        for i in b where w[i].lower == "words" && i >= b.lowerBound + 2 && w[i - 2].lower == "in" || (w[i].lower == "words" && i >= b.lowerBound + 3 && w[i - 1].lower == "own" && w[i - 3].lower == "in") {
            let pronoun = w[i - 1].lower == "own" ? w[i - 2].lower : w[i - 1].lower
            let subject = ["his": "he", "her": "she", "their": "they", "its": "it"][pronoun]
            if let subject { return Attribution(form: .pronoun(subject), span: w[i - 2].start..<w[i].end, speakerWord: i - 1, venue: nil) }
        }
        // The last reporting verb that has a subject; one after a determiner is a noun ("the
        // claims"), one after "to" an infinitive ("declined to comment").
        let clause = sentenceStart(b.lowerBound)
        // "Roe told the Post that the mayor has called her crews in to prepare “...”": a verb
        // whose object is sent "to" do something does not introduce the quotation when an
        // earlier verb of saying does.
        let firstVerb = b.first { w[$0].isReportingVerb }
        func controls(_ v: Int) -> Bool {
            guard let firstVerb, firstVerb < v else { return false }
            return (v + 1..<b.upperBound).contains { k in
                k + 1 < b.upperBound && w[k].lower == "to" && k > v + 1 && w[k + 1].kind == .word && !w[k + 1].capitalised
                    && !w[k + 1].isReportingVerb && !w[k + 1].tags.contains(.determiner) && !Lexicon.auxiliaries.contains(w[k + 1].lower)
            }
        }
        // "a memo reported by the Post": a participle after its noun qualifies it; it is no
        // verb with a subject (unlike "Roe was quoted by the Post").
        func qualifies(_ v: Int) -> Bool {
            guard v > b.lowerBound, v + 1 < b.upperBound, w[v].lower.hasSuffix("ed") else { return false }
            // "Roe says the document described in the Courier was", "She said the slides, first
            // reported by the Sentinel on Tuesday, had been": after a verb of saying, a
            // participle with its place after the noun, or in an aside after its comma,
            // qualifies the noun. With no verb before, the participle is the one that says
            // ("The memo, first reported by the Post, orders ...").
            let saidBefore = firstVerb.map { $0 < v } ?? false
            let place = w[v + 1].lower == "in" && Self.publishingParticiples.contains(w[v].lower)
            guard w[v + 1].lower == "by" || place && saidBefore else { return false }
            let aside = w[v - 1].lower == "," || v - 2 >= b.lowerBound && w[v - 2].lower == "," && Self.participleAdverbs.contains(w[v - 1].lower)
            if aside { return saidBefore }
            return w[v - 1].kind == .word && !w[v - 1].capitalised && !Lexicon.auxiliaries.contains(w[v - 1].lower) && !w[v - 1].isReportingVerb
                && !w[v - 1].tags.contains(.function)
        }
        for v in b.reversed() where w[v].isReportingVerb && !controls(v) && !qualifies(v)
            // "show her asking": "her" is the object, not a determiner of a noun.
            // "NBX One says": a number word ending a name is no determiner.
            && (!(v > b.lowerBound && (Lexicon.determiners.contains(w[v - 1].lower) && !opensElliptically(v - 1) && !endsName(v - 1) || w[v - 1].lower == "to" || w[v - 1].kind == .possessive && at[v - 1] < 0))
                || w[v].isParticiple && shownSpeaking(v, b.lowerBound) != nil || goesOn(to: v, b.lowerBound) != nil)
            // "in the Telegraph report": a plain form right after "the" and a name is a noun.
            && !(v > b.lowerBound && at[v - 1] >= 0 && Lexicon.baseForms.contains(w[v].lower) && afterDeterminer(at[v - 1]))
        {
            // "The paper quoted the draft as providing for “...”": the one quoted speaks.
            if let (form, end) = quotedAsDoing(v, to: b.upperBound, lenient: true) {
                return Attribution(form: form, span: w[v + 1].start..<w[end].end, speakerWord: v + 1, venue: nil)
            }
            // "Roe called it “...”, stressing that “...”": a participle after an earlier quotation
            // of the sentence hangs from the sentence's subject.
            let afterQuotation = b.lowerBound > 0 && w[b.lowerBound - 1].quote != -1 && w[b.lowerBound - 1].sentence == w[b.lowerBound].sentence
            // "The Post reported today that Acme had written to suppliers warning it may enter
            // “...”": a participle inside a reported clause hangs from that clause's subject.
            let reported = w[v].isParticiple
                ? (b.lowerBound..<v).last(where: { k in
                    w[k].lower == "that" && (max(b.lowerBound, k - 2)..<k).contains { w[$0].isReportingVerb && !w[$0].isParticiple }
                }).map { $0 + 1 } : nil
            // "Roe denied that the council had decided, saying ...": set off by a comma, the
            // participle is the main clause's.
            let reportedClause = reported.flatMap { r in ((r..<v).contains { w[$0].lower == "," }) ? nil : r }
            let found = w[v].isParticiple
                ? citedSaying(v, b.lowerBound, clause: clause) ?? shownSpeaking(v, b.lowerBound) ?? absoluteSubject(v, b.lowerBound) ?? quotedAs(v, b.lowerBound)
                    ?? reportedClause.flatMap { clauseSubject(from: $0, to: v) } ?? clauseSubject(from: b.lowerBound, to: v)
                    ?? (afterQuotation ? clauseSubject(from: clause, to: v) : nil)
                : subject(before: goesOn(to: v, b.lowerBound) ?? v, lower: b.lowerBound, clause: clause)
            if let (form, start) = found {
                // "Roe responded again, the Ledger reported: “...”": an outlet reporting what an
                // earlier clause's speaker said sources the quotation; it does not speak it.
                if case .mention(let m) = form, Self.reportedBy.contains(w[v].lower), CitationFinder.looksLikeOutlet(mentions[m]),
                    (b.lowerBound..<start).contains(where: { w[$0].isReportingVerb && subject(before: $0, lower: b.lowerBound) != nil })
                {
                    continue
                }
                // "In a statement on its website, Roe said:": a venue may open the sentence.
                let place = venue(in: start..<b.upperBound) ?? (start > b.lowerBound ? venue(in: b.lowerBound..<start) : nil)
                return Attribution(form: form, span: w[start].start..<w[v].end, speakerWord: start, venue: place)
            }
        }
        // "Per Roe’s interview with the Ledger:", "In Roe’s statement,": whose words they are.
        for i in b where Lexicon.speechNouns.contains(w[i].lower) && i >= b.lowerBound + 2 && w[i - 1].kind == .possessive {
            let m = at[i - 2]
            if m >= 0, mentions[m].words.upperBound == i - 1, mentions[m].kind != .organisation {
                let start = mentions[m].full.lowerBound
                if start == b.lowerBound || start - 1 >= b.lowerBound && ["per", "in", "from", "during"].contains(w[start - 1].lower) {
                    return Attribution(form: .mention(m), span: w[start].start..<w[i].end, speakerWord: start, venue: venue(in: b))
                }
            }
        }
        // "Roe was blunter:" / "Asked about the deal, Roe was blunt:": a sentence that
        // introduces the quotation with a colon and no reporting verb; its subject speaks.
        if b.count >= 2, w[b.upperBound - 1].lower == ":", let (form, start) = clauseSubject(from: b.lowerBound, to: b.upperBound - 1) {
            switch form {
            case .mention, .mentions, .pronoun, .document(owner: .some, _),
                // "The accompanying post read:": what a written thing says, as "reads" is.
                .document(owner: nil, definite: true) where w[b.upperBound - 2].lower == "read":
                // "the Gazette piece contained this sentence:": a piece with its owner named.
                return Attribution(form: form, span: w[start].start..<w[b.upperBound - 2].end, speakerWord: start, venue: venue(in: b))
            case .organisationNoun where Lexicon.speechNouns.contains(w[b.upperBound - 2].lower),
                .voice where Lexicon.speechNouns.contains(w[b.upperBound - 2].lower):
                // "The drugmaker has now sent a short statement:": what it sent follows.
                return Attribution(form: form, span: w[start].start..<w[b.upperBound - 2].end, speakerWord: start, venue: venue(in: b))
            case .description where start + 1 < b.upperBound && Lexicon.anonymousPersonNouns.contains(w[start + 1].lower):
                // "A man sat next to her on the plane says:"
                return Attribution(form: form, span: w[start].start..<w[b.upperBound - 2].end, speakerWord: start, venue: venue(in: b))
            case .description where (start..<(b.upperBound - 1)).contains { k in
                (Lexicon.voiceRoles.contains(w[k].lower) || w[k].tags.contains(.roleWord))
                    // "Here is her statement in full:" is the owner's words (`ownersStatement`).
                    && !Lexicon.speechNouns.contains(w[k].lower) && !Lexicon.documentNouns.contains(w[k].lower)
            }:
                // "Asked about the leak, the mayor was sharp:": a role stands for its holder
                // ("A spokesman for the mayor hit back:" is read as the verb phrase it ends in).
                if b.count >= 3, let found = shortVerbPhraseSubject(b) { return found }
                return Attribution(form: form, span: w[start].start..<w[b.upperBound - 2].end, speakerWord: start, venue: venue(in: b))
            default: break
            }
        }
        if b.count >= 3, w[b.upperBound - 1].lower == ":", let found = shortVerbPhraseSubject(b) { return found }
        return nil
    }

    /// "according to the leaked minutes,": a definite written piece (a determiner, at most three
    /// lower-case modifiers, a document noun) and the word after it.
    func documentAfterAccording(_ i: Int, _ end: Int) -> (SpeakerForm, Int)? {
        guard i < end, ["the", "this", "that", "its", "their"].contains(w[i].lower) else { return nil }
        var k = i + 1
        while k < end && k <= i + 4 && w[k].kind == .word && !w[k].capitalised && at[k] < 0 {
            if isDocumentHead(k), k + 1 >= end || w[k + 1].isPunct, let form = document(i..<(k + 1)) {
                return (form, k + 1)
            }
            k += 1
        }
        return nil
    }

    /// "the call handler said", "one post office worker told": a verb form right after a
    /// determiner or a count, before a lower-case noun that itself ends the subject (a verb,
    /// an auxiliary or punctuation follows), is a noun modifying that noun, not a verb.
    func modifiesNoun(_ k: Int) -> Bool {
        guard k >= 1, k + 2 < w.count, w[k].isReportingVerb, !w[k].isParticiple,
            Lexicon.determiners.contains(w[k - 1].lower) || isCount(w[k - 1])
        else { return false }
        let noun = w[k + 1]
        guard noun.kind == .word, !noun.capitalised, !noun.isReportingVerb, !isAuxiliary(noun), !noun.tags.contains(.function),
            !noun.tags.contains(.determiner), !noun.tags.contains(.preposition), noun.sentence == w[k].sentence
        else { return false }
        let after = w[k + 2]
        return after.isReportingVerb || isAuxiliary(after) || after.lower == ","
    }

    /// The comma of "40,000": a digit group, no pause in the sentence.
    func inNumber(_ c: Int) -> Bool {
        c >= 1 && c + 1 < w.count && w[c - 1].kind == .number && w[c + 1].kind == .number && w[c - 1].end == w[c].start && w[c].end == w[c + 1].start
    }

    /// The person named right after the role noun at `i` ("Former teammate Jo Roe") or set off
    /// after it in commas ("chief executive, Maja Strand,"): a full name, not a body.
    func nameAfterRole(_ i: Int, before v: Int) -> Int? {
        let setOff = i + 1 < v && w[i + 1].lower == ","
        let n = setOff ? i + 2 : i + 1
        guard n < v, at[n] >= 0 else { return nil }
        let m = mentions[at[n]]
        guard m.full.lowerBound == n, m.kind != .organisation, m.tokens.count >= 2 else { return nil }
        if setOff, !(m.words.upperBound < v && w[m.words.upperBound].lower == ",") { return nil }
        return at[n]
    }

    /// "He goes on to claim that ...", "It went on to say": the infinitive of saying after
    /// "goes on to" is the sentence's own verb of saying, as "he claims" would be; the subject
    /// of "goes" speaks. Returns where "goes" stands.
    func goesOn(to v: Int, _ lower: Int) -> Int? {
        guard v - 3 >= lower, w[v - 1].lower == "to", w[v - 2].lower == "on", ["goes", "went", "go", "going", "gone"].contains(w[v - 3].lower) else { return nil }
        return v - 3
    }

    /// Whether word `k` ends a name of more than one word ("NBX One").
    func endsName(_ k: Int) -> Bool {
        at[k] >= 0 && mentions[at[k]].words.upperBound == k + 1 && mentions[at[k]].words.lowerBound < k
    }

    /// "A spokesman for the mayor hit back:", "The coach went further:": a sentence that ends in
    /// a verb and at most two lower-case words before the colon introduces the quotation; the
    /// verb's subject speaks when it is a name, a pronoun, an organisation or a voice.
    func shortVerbPhraseSubject(_ b: Range<Int>) -> Attribution? {
        let colon = b.upperBound - 1
        for v in max(b.lowerBound + 1, colon - 3)..<colon {
            let x = w[v]
            guard x.kind == .word, !x.capitalised, !x.tags.contains(.function), !x.tags.contains(.determiner), !isAuxiliary(x),
                !w[v - 1].tags.contains(.determiner), !w[v - 1].tags.contains(.preposition),
                ((v + 1)..<colon).allSatisfy({ w[$0].kind == .word && !w[$0].capitalised && !w[$0].tags.contains(.determiner) && at[$0] < 0 }),
                let (form, start) = subject(before: v, lower: b.lowerBound), start == b.lowerBound || w[start - 1].isPunct
            else { continue }
            switch form {
            case .mention, .mentions, .pronoun, .voice, .organisationNoun:
                return Attribution(form: form, span: w[start].start..<w[colon - 1].end, speakerWord: start, venue: venue(in: b))
            case .description where (start..<v).contains { Lexicon.voiceRoles.contains(w[$0].lower) || Lexicon.sourceNouns.contains(w[$0].lower) || w[$0].tags.contains(.roleWord) }:
                return Attribution(form: form, span: w[start].start..<w[colon - 1].end, speakerWord: start, venue: venue(in: b))
            default:
                return nil
            }
        }
        return nil
    }

    /// "The emails show the mayor writing that ...", "a video captured Roe saying": the one a
    /// record shows speaking is the speaker, not the record nor whoever published it.
    func shownSpeaking(_ v: Int, _ lower: Int) -> (SpeakerForm, Int)? {
        let k = v - 1
        guard k > lower else { return nil }
        let start: Int
        let form: SpeakerForm
        if at[k] >= 0, mentions[at[k]].words.upperBound == v {
            start = mentions[at[k]].full.lowerBound
            form = .mention(at[k])
        } else if let pronoun = ["her": "she", "him": "he", "them": "they"][w[k].lower] {
            start = k
            form = .pronoun(pronoun)
        } else if w[k].kind == .word, !w[k].capitalised, isPersonNoun(w[k].lower) || w[k].tags.contains(.roleWord), k - 1 > lower,
            w[k - 1].tags.contains(.determiner)
        {
            start = k - 1
            form = .description(t.text(words: start..<v))
        } else {
            return nil
        }
        guard start - 1 >= lower, Self.showing.contains(w[start - 1].lower) else { return nil }
        return (form, start)
    }

    /// Verbs by which a record shows someone in the act ("shows Roe saying").
    static let showing: Set<String> = [
        "show", "shows", "showed", "shown", "showing", "reveal", "reveals", "revealed", "capture", "captures", "captured",
        "catch", "catches", "caught", "depict", "depicts", "depicted", "record", "records", "recorded", "hear", "hears", "heard",
    ]

    /// "The mayor, Jo Roe, issued a statement on Friday." before a quotation: a sentence whose
    /// object is a statement, a letter, an interview (a speech noun after a determiner); its
    /// subject speaks, and the statement is the venue.
    func statementSubject(_ r: Range<Int>) -> Attribution? {
        // "a statement", "a longer statement": one modifier may stand after the determiner.
        func determiner(of k: Int) -> Int? {
            if w[k - 1].tags.contains(.determiner) { return k - 1 }
            let m = w[k - 1]
            guard k - 2 >= r.lowerBound, w[k - 2].tags.contains(.determiner), m.kind == .word, !m.capitalised, !m.tags.contains(.function) else { return nil }
            return k - 2
        }
        guard let noun = r.first(where: { k in
            k > r.lowerBound && w[k].kind == .word && !w[k].capitalised && Lexicon.speechNouns.contains(w[k].lower) && determiner(of: k) != nil
        }), let d = determiner(of: noun), let (form, start) = clauseSubject(from: r.lowerBound, to: d)
        else { return nil }
        switch form {
        case .mention, .mentions, .pronoun:
            return Attribution(form: form, span: w[start].start..<w[noun].end, speakerWord: start, venue: Venue(text: t.text(words: d..<(noun + 1))))
        default:
            return nil
        }
    }

    /// The first word of the sentence that word `i` is in, quotations included.
    func sentenceStart(_ i: Int) -> Int {
        guard i < w.count else { return i }
        var k = i
        while k > 0 && w[k - 1].sentence == w[i].sentence && w[k - 1].paragraph == w[i].paragraph { k -= 1 }
        return k
    }

    /// "with chairman Jo Roe calling the claims ...": a participle whose own subject is the
    /// noun phrase after "with" (an absolute clause), not the sentence's subject.
    func absoluteSubject(_ v: Int, _ lower: Int) -> (SpeakerForm, Int)? {
        let e = v - 1
        guard e >= lower else { return nil }
        var start: Int
        var form: SpeakerForm
        if at[e] >= 0 && mentions[at[e]].words.upperBound == v {
            start = mentions[at[e]].full.lowerBound
            form = .mention(at[e])
        } else if e - 1 >= lower, w[e - 1].lower == "with", ["one", "another"].contains(w[e].lower) {
            // "fans mourned him, with one writing: “...”": one of a group said before speaks,
            // its noun completed when the speaker is resolved (`completeEllipsis`).
            return (.description(groupMember(w[e].lower, before: e - 1)), e)
        } else {
            var k = e
            func opensPhrase(_ x: Word) -> Bool { x.tags.contains(.determiner) || ["one", "another"].contains(x.lower) }
            while k > lower && e - k < 4 && w[k].kind == .word && !w[k].capitalised && !opensPhrase(w[k]) { k -= 1 }
            guard opensPhrase(w[k]), k < e else { return nil }
            // "with one borrower writing": one of a group, whatever noun names it.
            guard let f = describe(k..<v) ?? (["one", "another"].contains(w[k].lower) ? .description(t.text(words: k..<v)) : nil) else { return nil }
            start = k
            form = f
        }
        // Lower-case words in front that the lexicon does not know ("organiser Jo Roe").
        var k = start - 1
        while k >= lower && start - k <= 3 && w[k].kind == .word && !w[k].capitalised && w[k].lower != "with"
            && !w[k].tags.contains(.function) && !w[k].isReportingVerb
        {
            k -= 1
        }
        guard k >= lower, w[k].lower == "with" else { return nil }
        return (form, k + 1)
    }

    /// "Mortgage holders reacted with fury, with one writing": the plural noun that is the
    /// clause's subject (a noun ending in s before a verb) names the group "one" is of ("one
    /// holder"); left bare for `completeEllipsis` when the clause says none.
    func groupMember(_ one: String, before limit: Int) -> String {
        var k = sentenceStart(limit)
        while k + 1 < limit {
            let x = w[k], next = w[k + 1]
            let plural = x.kind == .word && x.lower.hasSuffix("s") && !x.lower.hasSuffix("ss") && x.lower.unicodeScalars.count > 3
                && (!x.capitalised || k == sentenceStart(limit)) && at[k] < 0 && !x.tags.contains(.function)
            let verb = next.kind == .word && !next.capitalised && (next.lower.hasSuffix("ed") || Lexicon.auxiliaries.contains(next.lower) || next.isReportingVerb)
            if plural && verb {
                let noun = x.lower.hasSuffix("ies") ? String(x.lower.dropLast(3)) + "y" : String(x.lower.dropLast())
                return one + " " + noun
            }
            k += 1
        }
        return one
    }

    // MARK: - Noun phrases

    func isAuxiliary(_ x: Word) -> Bool {
        x.kind == .word && !x.capitalised
            && (Lexicon.auxiliaries.contains(x.lower) || x.lower.hasSuffix("ly") && x.lower.count > 4 && !Self.lyNouns.contains(x.lower)
                || Self.shortAdverbs.contains(x.lower))
    }

    /// Adverbs between a subject and its verb that do not end in "-ly" ("would only say").
    static let shortAdverbs: Set<String> = ["only", "just", "also", "again", "still"]

    /// Nouns that end like adverbs.
    static let lyNouns: Set<String> = ["family", "assembly", "supply", "anomaly", "monopoly", "rally", "reply", "ally", "homily", "bully", "belly", "jelly"]

    /// The noun phrase that starts at word `i`: a name (with its apposition), a pronoun, or a
    /// description up to a verb or punctuation. Returns its form and the word after it.
    /// "Another stated:", "one wrote": "one" or "another" opening its clause as the subject,
    /// not a determiner before a noun.
    func opensElliptically(_ i: Int) -> Bool {
        ["one", "another"].contains(w[i].lower)
            && (i == 0 || w[i - 1].sentence != w[i].sentence || w[i - 1].quote != -1 || w[i - 1].lower == "," || w[i - 1].lower == "with")
    }

    static let readVerbs: Set<String> = ["read", "reads"]

    /// "the notice read", "the statement reads": "read" at `v` right after a document noun is
    /// the document saying its words, not someone reading.
    func documentReads(_ v: Int) -> Bool {
        v > 0 && Self.readVerbs.contains(w[v].lower) && Lexicon.documentNouns.contains(w[v - 1].lower)
    }

    /// "The ClipStream account @sparkwatch", "a Chirper page called X": the account named
    /// after a platform's name (which ends at `k`) speaks, not the platform.
    func account(after k: Int, limit: Int) -> Int? {
        guard k < limit, Lexicon.accountNouns.contains(w[k].lower), !w[k].capitalised else { return nil }
        var h = k + 1
        if h < limit, ["called", "named"].contains(w[h].lower) { h += 1 }
        guard h < limit, at[h] >= 0, mentions[at[h]].full.lowerBound == h else { return nil }
        return at[h]
    }

    func phrase(from i: Int, to end: Int, lenient: Bool = false) -> (SpeakerForm, Int)? {
        guard i < end else { return nil }
        let x = w[i]
        // "one wrote", "said another", "a third said": a determiner standing for a noun said
        // before, completed when the speaker is resolved.
        let elliptical = ["one", "another"].contains(x.lower) ? i + 1 : x.lower == "a" && i + 1 < end && ["second", "third", "fourth", "fifth"].contains(w[i + 1].lower) ? i + 2 : -1
        if elliptical > 0 {
            var v = elliptical
            while v < end && isAuxiliary(w[v]) { v += 1 }
            if v == end || w[v].isReportingVerb || w[v].isPunct { return (.description(t.text(words: i..<elliptical)), elliptical) }
        }
        if at[i] >= 0 && mentions[at[i]].full.lowerBound == i {
            let m = mentions[at[i]]
            var next = m.words.upperBound
            if m.possessive || (next < end && Lexicon.voiceRoles.contains(w[next].lower)) {
                // "Acme’s spokeswoman said", "Acme spokesman Jo Poe said"
                var j = next
                if j < end && (w[j].kind == .possessive || w[j].lower == "'" || w[j].lower == "’") { j += 1 }
                var r = j
                while r < end && w[r].kind == .word && !w[r].isReportingVerb && r < j + 4 { r += 1 }
                if let voice = (j..<r).first(where: { Lexicon.voiceRoles.contains(w[$0].lower) }) {
                    if r < end, at[r] >= 0, mentions[at[r]].full.lowerBound == r, mentions[at[r]].kind != .organisation {
                        return (.mention(at[r]), mentions[at[r]].words.upperBound)
                    }
                    return (.voice(at[i], role: w[voice].lower), voice + 1)
                }
                // "said Roe’s lawyer, Jo Poe": the name set after the role is the speaker.
                let role = (j..<r).contains { Lexicon.roleWords.contains(w[$0].lower) || Lexicon.personNouns.contains(w[$0].lower) }
                if role, r + 1 < end, w[r].lower == ",", at[r + 1] >= 0, mentions[at[r + 1]].full.lowerBound == r + 1,
                    mentions[at[r + 1]].kind != .organisation
                {
                    // "“...,” Acme’s chief executive, Jo Roe, told the Post": the comma closing
                    // the name in apposition stands before the verb.
                    let e = mentions[at[r + 1]].words.upperBound
                    return (.mention(at[r + 1]), e + 1 < end && w[e].lower == "," && w[e + 1].isReportingVerb ? e + 1 : e)
                }
                return nil
            }
            // "said Kelmoor resident Jo Roe", "Acme driver Jo Roe said": a place or body saying
            // where someone lives or works, then what they are, then who; the person speaks.
            if !m.possessive, m.apposition == nil, let k = nameAfterNouns(from: next, to: end) {
                return phrase(from: k, to: end, lenient: lenient)
            }
            if !m.possessive, let account = account(after: next, limit: end) {
                return (.mention(account), mentions[account].words.upperBound)
            }
            if let ap = m.apposition {
                next = ap.upperBound
                if next < end && w[next].lower == "," { next += 1 }
            }
            if next + 1 < end && w[next].lower == "and" && at[next + 1] >= 0 && mentions[at[next + 1]].full.lowerBound == next + 1 {
                return (.mentions([at[i], at[next + 1]]), mentions[at[next + 1]].words.upperBound)
            }
            return (.mention(at[i]), next)
        }
        if ["he", "she", "they", "it"].contains(x.lower) {
            return (.pronoun(x.lower), i + 1)
        }
        // "the account @roe wrote", "the Chirpy account @roe said": the account named after
        // its noun speaks (the platform before it only hosts it).
        if ["the", "a", "an"].contains(x.lower) {
            var k = i + 1
            if k < end, at[k] >= 0, mentions[at[k]].full.lowerBound == k { k = mentions[at[k]].words.upperBound }
            if k < end, Lexicon.accountNouns.contains(w[k].lower), !w[k].capitalised {
                var h = k + 1
                if h < end, ["called", "named"].contains(w[h].lower) { h += 1 }
                if h < end, w[h].lower == "@" { h += 1 }
                if h < end, at[h] >= 0, mentions[at[h]].full.lowerBound == h || mentions[at[h]].words.lowerBound == h {
                    return (.mention(at[h]), mentions[at[h]].words.upperBound)
                }
            }
        }
        // "According to her, ...": the object form after a preposition.
        if let subject = ["her": "she", "him": "he", "them": "they"][x.lower], i + 1 < end, w[i + 1].isPunct {
            return (.pronoun(subject), i + 1)
        }
        // "club owner Jo Roe said": lower-case words the lexicon does not know, before a name.
        if x.kind == .word && !x.capitalised && !x.tags.contains(.function) && !x.isReportingVerb && !x.tags.contains(.determiner),
            let k = nameAfterNouns(from: i, to: end)
        {
            return phrase(from: k, to: end, lenient: lenient)
        }
        // A description: words up to a reporting verb, punctuation or a clause word, opening
        // with a determiner or a noun for a source ("officials", "analysts").
        guard Lexicon.determiners.contains(x.lower) || Lexicon.sourceNouns.contains(x.lower) || Lexicon.roleWords.contains(x.lower) else {
            return nil
        }
        var j = i
        var start = i
        while j < end && j < i + 10 {
            let y = w[j]
            // "the bogus report said", "the report's authors wrote": a written piece before its
            // verb or its possessive is a noun.
            // "the report to the board states": after its determiner, with what follows it.
            let piece = j > i && Lexicon.documentNouns.contains(y.lower) && j + 1 < end
                && (w[j + 1].isReportingVerb || isAuxiliary(w[j + 1]) || w[j + 1].kind == .possessive
                    || w[j - 1].tags.contains(.determiner) && w[j + 1].tags.contains(.preposition))
            // "the notice read": a written piece reads its words.
            let reads = j > i && documentReads(j)
            // "and" or "&" inside a name ("the Fire and Rescue Service said") goes on with it.
            let inName = j > i && at[j] >= 0 && mentions[at[j]].words.lowerBound < j
            if !inName && (y.isPunct || (j > i && Lexicon.clauseWords.contains(y.lower))) || y.isReportingVerb && !piece && !modifiesNoun(j) || reads || y.quote != -1 { break }
            // "on Friday", "in 2013": a date ends the description.
            if (y.lower == "on" || y.lower == "in") && j + 1 < end && (w[j + 1].capitalised || w[j + 1].kind == .number) { break }
            // "a statement released by a relative of the family": the agent is the speaker.
            if y.lower == "by" && j + 1 < end && j > i { start = j + 1 }
            j += 1
        }
        var last = j
        while last > start && isAuxiliary(w[last - 1]) { last -= 1 }
        guard last > start else { return nil }
        if let form = describe(start..<last) { return (form, j) }
        guard lenient, Lexicon.determiners.contains(w[start].lower), last - start >= 2 else { return nil }
        if let piece = document(start..<last) { return (piece, j) }
        return (.description(t.text(words: start..<last)), j)
    }

    /// Where the speaker's phrase starts when up to three lower-case nouns from word `i` lead
    /// to a person's name ("board chair Jo Roe", "resident Jo Roe"): at the name's own role
    /// words, or nil when no such name follows.
    func nameAfterNouns(from i: Int, to end: Int) -> Int? {
        var k = i
        while k < end && k < i + 3 && w[k].kind == .word && !w[k].capitalised && !w[k].tags.contains(.function) && !w[k].isReportingVerb
            && !w[k].tags.contains(.determiner)
        {
            k += 1
        }
        // "mother of three Jo Roe": "Mother-of-three" written open.
        if k > i, k + 2 < end, w[k].lower == "of", isCount(w[k + 1]), Lexicon.personNouns.contains(w[k - 1].lower) || Lexicon.roleWords.contains(w[k - 1].lower) {
            k += 2
        }
        // "law firm Pemberton Vale said": after a noun for a body the name is that body's.
        guard k > i, k < end, at[k] >= 0, mentions[at[k]].words.lowerBound == k || mentions[at[k]].full.lowerBound == k,
            mentions[at[k]].kind != .organisation || Lexicon.organisationNouns.contains(w[k - 1].lower)
        else { return nil }
        return max(i, min(k, mentions[at[k]].full.lowerBound))
    }

    /// "quotes Jo Roe as saying", "cited Roe as saying": the name before "as" speaks; so does
    /// the name right before the participle after "quoted" ("quoted a witness, Jo Roe saying").
    func quotedAs(_ v: Int, _ lower: Int) -> (SpeakerForm, Int)? {
        if v - 1 >= lower, at[v - 1] >= 0, mentions[at[v - 1]].words.upperBound == v {
            let start = mentions[at[v - 1]].full.lowerBound
            var k = start - 1
            while k >= lower && k >= start - 5 && !w[k].isTerminal && w[k].quote == -1 {
                if ["quoted", "quotes", "quoting", "cited", "cites"].contains(w[k].lower) { return (.mention(at[v - 1]), start) }
                k -= 1
            }
        }
        guard v - 2 >= lower, w[v - 1].lower == "as" else { return nil }
        let j = v - 2
        guard at[j] >= 0, mentions[at[j]].words.upperBound == j + 1 else {
            return subject(before: v - 1, lower: lower).flatMap { form, start in
                if case .pronoun = form { return nil }
                return (form, start)
            }
        }
        return (.mention(at[j]), mentions[at[j]].full.lowerBound)
    }

    /// The subject that ends just before the verb at `v`: `Jane Roe said`, `Roe, a lawyer,
    /// said`, `he said`, `a spokesman for Acme said`, `the company said`.
    /// The comma that opens an apposition ending in a name at `start`: right before the name,
    /// or before up to three lower-case words that describe it ("cardiologist", "club owner").
    func commaBefore(_ start: Int, lower: Int) -> Int? {
        var k = start - 1
        // "the Dean of Caldermoor, the Very Rev Jo Roe, said": a style takes the article.
        if k > lower, w[k].lower == "the", at[start] >= 0, mentions[at[start]].titled { k -= 1 }
        while k > lower && k > start - 4 && w[k].kind == .word && !w[k].capitalised && !w[k].tags.contains(.function) && !w[k].isReportingVerb {
            k -= 1
        }
        return k > lower && w[k].lower == "," ? k : nil
    }

    /// The mention whose name ends right before word `end`, or, when that name follows
    /// "of"/"at"/"from" another ("Jo Poe of Acme Bank", "Jo Poe from Leeds"), the name before.
    func nameEnding(at end: Int, lower: Int) -> Int? {
        guard end - 1 >= lower, at[end - 1] >= 0, mentions[at[end - 1]].words.upperBound == end else { return nil }
        let m = at[end - 1]
        return nameBefore(m, lower: lower, prepositions: ["of", "at", "from"]) ?? m
    }

    /// "Jo Roe of Acme", "Jo Roe of the Friends of Leeds Libraries": the first name of a
    /// chain of names joined by "of"/"at"/"from" (and "the") that ends at mention `m`, when
    /// it is no organisation's.
    func nameBefore(_ m: Int, lower: Int, prepositions: Set<String>) -> Int? {
        var current = m
        var found: Int?
        for _ in 0..<3 {
            var p = mentions[current].full.lowerBound - 1
            if p > lower && w[p].lower == "the" { p -= 1 }
            guard p - 1 >= lower, prepositions.contains(w[p].lower), at[p - 1] >= 0, mentions[at[p - 1]].words.upperBound == p else { break }
            current = at[p - 1]
            if mentions[current].kind != .organisation { found = current }
        }
        return found
    }

    func subject(before v: Int, lower: Int, clause: Int? = nil) -> (SpeakerForm, Int)? {
        var j = v - 1
        // "The league's press office had earlier said:", "the union has also said": an adverb
        // between the auxiliary and the verb, which a described subject would otherwise take in.
        if j - 1 >= lower, isAuxiliary(w[j - 1]), w[j].kind == .word, !w[j].capitalised,
            Self.midVerbAdverbs.contains(w[j].lower) || w[j].lower.hasSuffix("ly") && w[j].lower.count >= 5
        {
            j -= 1
        }
        while j >= lower && isAuxiliary(w[j]) {
            if ["is", "was", "were", "are", "been"].contains(w[j].lower) && w[v].lower != "quoted" { return nil }
            j -= 1
        }
        guard j >= lower else { return nil }
        // "Roe on Tuesday denied", "Roe on Monday evening said", "Roe yesterday said": when,
        // between the subject and the verb.
        if j - 1 >= lower, ["morning", "afternoon", "evening", "night"].contains(w[j].lower), Lexicon.weekdays.contains(w[j - 1].lower) { j -= 1 }
        if j - 2 >= lower, Lexicon.weekdays.contains(w[j].lower), w[j - 1].lower == "on" {
            j -= 2
        } else if j - 1 >= lower, ["yesterday", "today", "tonight", "now"].contains(w[j].lower) {
            // "An editor's note now reads:"
            j -= 1
        }
        // "Acme in its statement said", "Roe in a tweet wrote": where it was said stands
        // between the subject and the verb.
        if Lexicon.speechNouns.contains(w[j].lower),
            let p = (max(lower, j - 3)..<j).last(where: { ["in", "via", "through"].contains(w[$0].lower) }), p > lower,
            ((p + 1)..<j).allSatisfy({ Lexicon.determiners.contains(w[$0].lower) || w[$0].kind == .word && !w[$0].capitalised })
        {
            j = p - 1
        }
        // "X condemned ... and says", "X called it “...” but said": the subject of the first
        // verb, which may stand before an earlier quotation of the same sentence.
        if w[j].lower == "and" || w[j].lower == "but" { return clauseSubject(from: min(clause ?? lower, lower), to: j) }
        // "Brannock's told reporters": a name with "'s" right before the verb owns nothing; the
        // "'s" is part of it (a shop named for its founder; `ArticleQuotes.learnShopNames` makes
        // it the name's last word, read as any name's below).
        if w[j].kind == .possessive, j + 1 == v, w[v].isReportingVerb, j - 1 >= lower, at[j - 1] >= 0, mentions[at[j - 1]].words.upperBound == j {
            return (.mention(at[j - 1]), mentions[at[j - 1]].full.lowerBound)
        }
        if let found = relativeSubject(before: v, lower: lower) { return found }
        // "The National Transplant Authority (NTA) said": the short form in brackets after a name.
        if j - 3 >= lower, isBracketedShortForm(j - 2) { j -= 3 }
        if w[j].isPunct && w[j].lower != "," || Lexicon.clauseWords.contains(w[j].lower) || Lexicon.prepositions.contains(w[j].lower) {
            return nil
        }
        // "Roe’s lawyer, Jo Poe, said", "The driver, mechanic Jo Poe, said": a name set off by
        // commas (after its own lower-case role words) names the subject before it.
        // "One analyst, Jo Poe of Acme Bank, said": the name before "of"/"at" its employer.
        // "The port’s operator, Acme Holdings, said": an organisation, after a noun for one.
        if w[j].lower == ",", let found = nameInApposition(closedAt: j, lower: lower) { return found }
        // "Her neighbour, retired postman Jo Roe, 80, said": the age after the name.
        if w[j].lower == ",", j - 3 > lower, w[j - 1].kind == .number, w[j - 2].lower == ",",
            let found = nameInApposition(closedAt: j - 2, lower: lower)
        {
            return found
        }
        // "The other, an official who asked not to be named because ..., said": a subject
        // that stands for a noun said before takes the apposition that names it, up to a
        // clause of reason.
        if w[j].lower == ",", let c = (lower..<j).last(where: { w[$0].lower == "," }), c > lower, c + 1 < j,
            ["a", "an"].contains(w[c + 1].lower), ["other", "one", "another"].contains(w[c - 1].lower)
        {
            var e = c + 1
            while e < j && !["because", "since", "although", "while", "as"].contains(w[e].lower) { e += 1 }
            if case .description(let d)? = describe((c + 1)..<e) { return (.description(d), c + 1) }
        }
        // Skip an apposition or parenthesis between commas: "Roe, a lawyer for Acme, said",
        // "Roe, speaking at her home in Leeds, West Yorkshire, said".
        if w[j].lower == ",", var c = asideStart(before: j, lower: lower) {
            // "Ida, a cook at the Blue Inn, who asked ..., said": the aside that ends at a name
            // may itself close an apposition; the speaker is the name before the first one.
            var nested = 0
            while nested < 2, let d = asideStart(before: c, lower: lower) {
                c = d
                nested += 1
            }
            j = c - 1
        } else if w[j].lower == ",", let comma = (lower..<j).reversed().first(where: { w[$0].lower == "," && !inNumber($0) }), comma > lower {
            let m = at[comma - 1]
            if m >= 0, mentions[m].words.upperBound == comma {
                j = comma - 1
            } else if comma + 1 < j, ["who", "which"].contains(w[comma + 1].lower) {
                // "One of his friends, who asked not to be named, said"
                j = comma - 1
            }
        }
        let x = w[j]
        if ["he", "she", "they", "it"].contains(x.lower) {
            // "Acme denied the report and urged people to ignore what it called “...”": the
            // pronoun of a free relative is the sentence's subject.
            if j - 1 >= lower, w[j - 1].lower == "what", let clause, clause < j - 1,
                let (form, start) = clauseSubject(from: clause, to: j - 1)
            {
                switch form {
                case .mention, .voice, .organisationNoun: return (form, start)
                default: break
                }
            }
            // "The company says that is wrong. In a statement it said:"
            if x.lower == "it", j == sentenceStart(j) || (sentenceStart(j)..<j).allSatisfy({ !w[$0].isReportingVerb && at[$0] < 0 && w[$0].lower != "that" }),
                let found = bodyBefore(sentenceStart(j))
            {
                return found
            }
            return (.pronoun(x.lower), j)
        }
        if at[j] >= 0, mentions[at[j]].words.upperBound == j + 1 {
            let m = at[j]
            let start = mentions[m].full.lowerBound
            if let found = subject(qualifiedBy: start, lower: lower, clause: clause) { return found }
            // "Jo Roe of Acme said": the name before the preposition.
            if let named = nameBefore(m, lower: lower, prepositions: ["of", "at", "from", "with"]) {
                return (.mention(named), mentions[named].full.lowerBound)
            }
            // "a spokesman for Acme", "a person close to Acme": the description around the name.
            let subordinator = start - 1 >= lower && Self.subordinators.contains(w[start - 1].lower)
            if start - 1 >= lower, w[start - 1].tags.contains(.preposition), w[start - 1].lower != "by", !subordinator {
                var k = start - 1
                while k > lower && k > start - 8 && w[k - 1].kind == .word && !Lexicon.clauseWords.contains(w[k - 1].lower) && !w[k - 1].isReportingVerb {
                    k -= 1
                    if Lexicon.determiners.contains(w[k].lower) { break }
                }
                // "A petition by Acme at the high court in Leeds states": a phrase a preposition
                // governs is no subject; the document before it is.
                if k < start - 1, k - 1 > lower, w[k - 1].tags.contains(.preposition), let found = documentBefore(k - 1, lower: lower, verb: v) {
                    return found
                }
                if k < start - 1, Lexicon.determiners.contains(w[k].lower), let named = unclosedApposition(k, lower: lower) {
                    return (.mention(named), mentions[named].full.lowerBound)
                }
                if k < start - 1, let form = describe(k..<(j + 1)) { return (form, k) }
            }
            if start - 2 >= lower, w[start - 1].lower == "and", at[start - 2] >= 0, mentions[at[start - 2]].words.upperBound == start - 1 {
                // "Jo Roe of the Food and Allied Workers' Union said": an "and" inside the
                // name of whom the person is with joins no two speakers.
                if let named = nameBefore(at[start - 2], lower: lower, prepositions: ["of", "at", "from", "with"]) {
                    return (.mention(named), mentions[named].full.lowerBound)
                }
                return (.mentions([at[start - 2], m]), mentions[at[start - 2]].full.lowerBound)
            }
            // "a doctor from Leeds said": the name is not the subject; the description is.
            let governed = start - 1 >= lower && Lexicon.prepositions.contains(w[start - 1].lower) && w[start - 1].lower != "by"
            if !governed || subordinator { return (.mention(m), start) }
        }
        // "Roe's memo calls ...", "the airline's internal memo describes": a document its
        // possessor owns.
        if w[j].kind == .word, !w[j].capitalised, Lexicon.documentNouns.contains(w[j].lower),
            !w[v].isParticiple, !Lexicon.documentNouns.contains(w[v].lower)
        {
            var p = j - 1
            while p > lower && p >= j - 3 && w[p].kind == .word && !w[p].capitalised && at[p] < 0 && !w[p].tags.contains(.determiner) { p -= 1 }
            if p > lower, w[p].kind == .possessive, at[p - 1] >= 0, mentions[at[p - 1]].words.upperBound == p {
                return (.document(owner: at[p - 1], definite: true), mentions[at[p - 1]].full.lowerBound)
            }
        }
        // A description, back to its determiner; an aside's closing comma is no part of it.
        if w[j].lower == ",", j - 1 > lower, w[j - 1].kind == .word { j -= 1 }
        var k = j
        while k > lower && j - k < 10 {
            let y = w[k - 1]
            // "A later passage reads": after an article the word is an adjective, as no verb
            // follows "a" or "the".
            let adjective = k - 2 >= lower && ["a", "an", "the"].contains(w[k - 2].lower)
            if y.isPunct || y.isReportingVerb && !modifiesNoun(k - 1) || y.quote != -1 || isAuxiliary(y) && !adjective || y.lower == "to"
                || (Lexicon.clauseWords.contains(y.lower) && !Lexicon.determiners.contains(y.lower))
            {
                break
            }
            k -= 1
            if Lexicon.determiners.contains(y.lower) { break }
        }
        if k > lower && isArticle(w[k - 1]) { k -= 1 }
        if let found = subject(qualifiedBy: k, lower: lower, clause: clause) { return found }
        // "Jo Roe of the public services union said": the body after the name is whom she is
        // with; she speaks.
        if k - 2 >= lower, ["of", "at", "from"].contains(w[k - 1].lower), at[k - 2] >= 0, mentions[at[k - 2]].words.upperBound == k - 1,
            mentions[at[k - 2]].kind != .organisation, Lexicon.determiners.contains(w[k].lower)
        {
            let m = nameBefore(at[k - 2], lower: lower, prepositions: ["of", "at", "from"]) ?? at[k - 2]
            return (.mention(m), mentions[m].full.lowerBound)
        }
        // "A person close to the board", "two officials briefed on the talks": the phrase
        // before the preposition is the head, and the whole phrase describes the speaker.
        if let head = headBefore(preposition: k - 1, lower: lower), case .description(let d)? = describe(head..<(j + 1)) {
            return (.description(d), head)
        }
        // An apposition left without its closing comma, or a bare role after the name.
        if Lexicon.determiners.contains(w[k].lower) || w[j].tags.contains(.roleWord), let m = unclosedApposition(k, lower: lower) {
            return (.mention(m), mentions[m].full.lowerBound)
        }
        if let form = describe(k..<(j + 1)) { return (form, k) }
        // "the tribunal said": any described subject of a verb that is plainly one; "the
        // original post" is a noun phrase.
        // "the minutes note": a plural paper takes the plain form.
        let plural = Lexicon.baseForms.contains(w[v].lower) && w[j].lower == "minutes"
        let inflected = w[v].lower.hasSuffix("ed") || w[v].lower.hasSuffix("s") || ["said", "told", "wrote", "went"].contains(w[v].lower) || plural
        guard inflected, Lexicon.determiners.contains(w[k].lower) else { return nil }
        if let piece = document(k..<(j + 1)) { return (piece, k) }
        // "A warden at the park, who ..., said": a noun the lexicons do not know, before the
        // preposition, heads the subject; the place after it does not speak.
        if k - 1 > lower, w[k - 1].tags.contains(.preposition), w[k - 1].lower != "by",
            let h = (max(lower, k - 5)..<(k - 1)).last(where: { ["a", "an"].contains(w[$0].lower) }),
            h + 1 < k - 1, ((h + 1)..<(k - 1)).allSatisfy({ w[$0].kind == .word && !w[$0].capitalised && !w[$0].tags.contains(.function) })
        {
            return (.description(t.text(words: h..<(j + 1))), h)
        }
        return (.description(t.text(words: k..<(j + 1))), k)
    }

    /// The name in apposition whose closing comma is word `j`, when a common noun stands before
    /// its opening comma ("Roe’s lawyer, Jo Poe,"; "The port’s operator, Acme Holdings,").
    func nameInApposition(closedAt j: Int, lower: Int) -> (SpeakerForm, Int)? {
        guard j - 1 > lower, let m = nameEnding(at: j, lower: lower), mentions[m].tokens.count >= 2,
            let open = commaBefore(mentions[m].full.lowerBound, lower: lower), open - 1 >= lower,
            mentions[m].kind != .organisation || w[open - 1].tags.contains(.organisationNoun),
            // a common noun before the first comma ("lawyer"), not a place ("Leeds, West Yorkshire,")
            at[open - 1] < 0 && (!w[open - 1].capitalised || w[open - 1].tags.contains(.title)) || rolesObject(open - 1, lower: lower)
        else { return nil }
        return (.mention(m), mentions[m].full.lowerBound)
    }

    /// "Jo Roe, a doctor from Leeds said": an apposition starting at word `k` left without its
    /// closing comma; "Jo Roe, ministry spokesman, quoted by the Post, said": a bare role after
    /// the name. The name before it is the subject, unless a preposition governs it ("In a
    /// statement obtained by the Post, the ministry said") or a verb or noun does ("Asked
    /// whether it was leaving Leeds, a spokesman said"); a function word does not ("and Jo Roe").
    func unclosedApposition(_ k: Int, lower: Int) -> Int? {
        guard k >= lower + 2, w[k - 1].lower == ",", at[k - 2] >= 0, mentions[at[k - 2]].words.upperBound == k - 1,
            mentions[at[k - 2]].kind != .organisation
        else { return nil }
        let start = mentions[at[k - 2]].full.lowerBound
        if start > lower {
            // "In a statement to The Ledger, a spokesperson for Acme said": the preposition
            // governs a title past its "The"; "to" governs as "by" does.
            let p = start - 1 > lower && w[start - 1].lower == "the" ? start - 2 : start - 1
            let x = w[p]
            if x.tags.contains(.preposition) || x.lower == "to" || x.kind == .word && !x.capitalised && !x.tags.contains(.function) { return nil }
        }
        return at[k - 2]
    }

    /// "One source quoted by the Post said", "a manager interviewed by the paper said": the
    /// phrase at `start` is the agent of a participle that qualifies the subject, which stands
    /// before the participle.
    func subject(qualifiedBy start: Int, lower: Int, clause: Int?) -> (SpeakerForm, Int)? {
        let by = start - 1 >= lower && isArticle(w[start - 1]) ? start - 2 : start - 1
        guard by - 2 >= lower, w[by].lower == "by", Self.agentParticiples.contains(w[by - 1].lower) else { return nil }
        let noun = w[by - 2]
        guard noun.kind == .word, at[by - 2] >= 0 || !noun.tags.contains(.function) && !isAuxiliary(noun) else { return nil }
        return subject(before: by - 1, lower: lower, clause: clause)
    }

    /// What is said of a document in an aside after its noun: who reported or wrote it, when.
    static let documentParticiples: Set<String> = [
        "reported", "published", "revealed", "dated", "prepared", "drawn", "signed", "marked", "addressed", "written", "drafted",
    ]

    /// Participles that tell where words were printed ("described in the Courier").
    static let publishingParticiples: Set<String> = ["described", "reported", "published", "quoted", "cited", "mentioned"]
        static let participleAdverbs: Set<String> = ["first", "originally", "initially", "also", "later", "since", "widely"]

    /// "(NTA)" at word `k`: a name's short form in brackets, one capitalised word, right after a name.
    func isBracketedShortForm(_ k: Int) -> Bool {
        k > 0 && k + 2 < w.count && w[k].lower == "(" && w[k + 2].lower == ")" && w[k + 1].kind == .word && w[k + 1].capitalised
            && at[k - 1] >= 0 && mentions[at[k - 1]].words.upperBound == k
    }

    /// Adverbs of time and addition that stand between an auxiliary and its verb ("had earlier said").
    static let midVerbAdverbs: Set<String> = ["earlier", "also", "already", "later", "previously", "since", "once", "again", "first", "still"]

    /// "quoted Roe as saying", "cited the draft as providing for": after a verb of quoting at
    /// `v`, the phrase up to "as" is the one quoted, who speaks. Returns its form and where "as" is.
    func quotedAsDoing(_ v: Int, to end: Int, lenient: Bool = false) -> (SpeakerForm, Int)? {
        guard Self.quotingVerbs.contains(w[v].lower), let (form, stop) = phrase(from: v + 1, to: end, lenient: lenient),
            stop < end, w[stop].lower == "as"
        else { return nil }
        return (form, stop)
    }

    static let quotingVerbs: Set<String> = ["quoted", "quotes", "quoting", "cited", "cites", "citing"]

    static let agentParticiples: Set<String> = ["quoted", "cited", "interviewed", "contacted", "reached", "approached"]

    /// "head of IT", "spokesman for Acme": the name ending at word `e` is the object of a
    /// lower-case role noun, as a place set after a place ("Leeds, West Yorkshire") is not.
    func rolesObject(_ e: Int, lower: Int) -> Bool {
        let start = at[e] >= 0 ? mentions[at[e]].full.lowerBound : e
        guard start - 2 >= lower, ["of", "for", "at"].contains(w[start - 1].lower) else { return false }
        let noun = w[start - 2]
        // "The Dean of Caldermoor, Jo Roe, said": one capitalised word after "the" and before
        // "of" is an office (a person's name takes no article), whoever the lexicon knows.
        let office = noun.kind == .word && noun.capitalised && w[start - 1].lower == "of" && start - 3 >= lower && w[start - 3].lower == "the"
            && at[start - 2] >= 0 && mentions[at[start - 2]].tokens.count == 1 && mentions[at[start - 2]].kind != .person
        return office || noun.kind == .word && !noun.capitalised
            && (noun.tags.contains(.roleWord) || Lexicon.voiceRoles.contains(noun.lower) || Lexicon.roleWords.contains(noun.lower))
    }

    /// The written piece whose phrase runs up to the preposition at `p`: "A filing by Acme at
    /// the court", "a lender's filing at the court" (whose words are the lender's).
    func documentBefore(_ p: Int, lower: Int, verb v: Int) -> (SpeakerForm, Int)? {
        var h = p - 1
        while h >= lower && h > p - 8 && w[h].kind != .punct && !w[h].isReportingVerb && !Lexicon.clauseWords.contains(w[h].lower) {
            if w[h].kind == .word, !w[h].capitalised, Lexicon.documentNouns.contains(w[h].lower),
                let d = (max(lower, h - 4)..<h).last(where: { Lexicon.determiners.contains(w[$0].lower) })
            {
                if h - 2 > d, w[h - 1].kind == .possessive, at[h - 2] < 0, w[h - 2].kind == .word, !w[h - 2].capitalised {
                    return (.description(t.text(words: d..<(h - 1))), d)
                }
                if let form = documentSubject(at: d, before: v) { return (form, d) }
                return nil
            }
            h -= 1
        }
        return nil
    }

    /// Words that open a clause as well as govern a noun: "until Roe finally asked" makes Roe
    /// the subject of the verb that follows the name.
    static let subordinators: Set<String> = ["until", "till", "after", "before", "since", "once"]

    /// "The story in the Gazette, which ..., was updated with a note saying": a written piece
    /// opening the clause, owned by a name within it or right after "in"/"by"/"from".
    func documentSubject(at i: Int, before v: Int) -> SpeakerForm? {
        var head = i + 1
        while head < v && head < i + 3 && w[head].kind == .word && !Lexicon.documentNouns.contains(w[head].lower) { head += 1 }
        guard head < v, w[head].kind == .word, !w[head].capitalised, Lexicon.documentNouns.contains(w[head].lower),
            case .document(let owner, let definite)? = document(i..<(head + 1))
        else { return nil }
        var k = head + 1
        if owner == nil, k + 1 < v, ["in", "by", "from"].contains(w[k].lower) {
            k += 1
            if w[k].lower == "the" { k += 1 }
            if k < v, at[k] >= 0, mentions[at[k]].full.lowerBound == k { return .document(owner: at[k], definite: definite) }
        }
        return .document(owner: owner, definite: definite)
    }

    /// A written piece as the subject ("the bogus report", "its headline", "the Gazette’s
    /// piece"): a name before the noun owns it; "the" or "its" refers back to an owner; "a
    /// report" has none.
    func document(_ r: Range<Int>) -> SpeakerForm? {
        let head = r.upperBound - 1
        guard r.count >= 2, w[head].kind == .word, !w[head].capitalised,
            Lexicon.documentNouns.contains(w[head].lower) || w[head].lower == "minutes" && minutesOfMeeting(r)
        else { return nil }
        let owner = (r.lowerBound..<head).first { at[$0] >= 0 }.map { at[$0] }
        return .document(owner: owner, definite: ["the", "its", "their", "this", "that"].contains(w[r.lowerBound].lower))
    }

    /// "the minutes", "the leaked minutes": the record of a meeting, a paper that speaks, where
    /// "the 20 minutes" or "the final minutes" are a span of time. Only with a determiner of a
    /// thing already known and no number or word of time among its modifiers.
    func minutesOfMeeting(_ r: Range<Int>) -> Bool {
        guard ["the", "its", "their", "these"].contains(w[r.lowerBound].lower) else { return false }
        return r.dropFirst().dropLast().allSatisfy { k in
            w[k].kind == .word && !isCount(w[k]) && !["first", "last", "final", "closing", "opening", "few", "early", "dying"].contains(w[k].lower)
        }
    }

    /// Whether word `k` heads a written piece ("the memo", "the leaked minutes").
    func isDocumentHead(_ k: Int) -> Bool {
        guard w[k].kind == .word, !w[k].capitalised else { return false }
        if Lexicon.documentNouns.contains(w[k].lower) { return true }
        guard w[k].lower == "minutes", let d = (max(0, k - 4)..<k).last(where: { Lexicon.determiners.contains(w[$0].lower) }) else { return false }
        return minutesOfMeeting(d..<(k + 1))
    }

    /// A name after "the", "a" or a preposition: "the Post report" is a noun phrase, where
    /// "Rovers admit" is a plural subject and its verb.
    func afterDeterminer(_ m: Int) -> Bool {
        let start = mentions[m].full.lowerBound
        return start > 0 && (w[start - 1].tags.contains(.determiner) || w[start - 1].tags.contains(.preposition))
    }

    /// The comma that opens an aside ending at the comma `j` (up to three commas back): one
    /// after a name that opens a participle, a relative clause, an apposition or an age.
    func asideStart(before j: Int, lower: Int) -> Int? {
        var c = j - 1
        var commas = 0
        while c > lower && j - c < 40 && commas < 3 {
            if w[c].quote != -1 || w[c].isTerminal { return nil }
            if w[c].lower == ",", !inNumber(c) {
                commas += 1
                let m = at[c - 1]
                if m >= 0, mentions[m].words.upperBound == c, mentions[m].kind != .organisation, c + 1 < j {
                    let n = w[c + 1]
                    if n.isParticiple && !n.capitalised || ["who", "whose"].contains(n.lower) || n.kind == .number || n.tags.contains(.determiner) {
                        return c
                    }
                }
                // "The government, which on Sunday said ..., had stressed", "Roe’s mother,
                // reached by phone, said"
                if m < 0, c + 1 < j, w[c - 1].kind == .word {
                    let n = w[c + 1]
                    if ["who", "which"].contains(n.lower) { return c }
                    // "One worried mum, whose daughter studies there, told the Post"
                    if n.lower == "whose" && isPersonNoun(w[c - 1].lower) { return c }
                    if isPersonNoun(w[c - 1].lower) && !n.capitalised && (n.isParticiple || n.lower.hasSuffix("ed")) { return c }
                    // "One call-centre worker, a mother of three, told us": an apposition of a
                    // noun for a person.
                    if isPersonNoun(w[c - 1].lower) && ["a", "an"].contains(n.lower) { return c }
                    // "The memo, dated 12 May and sent to managers, says": an issued document's aside.
                    // "One of the letters, sent to the council, asks": of several, too.
                    // "The draft, first reported by the Post, proposes": an adverb before the participle.
                    let noun = w[c - 1].lower.hasSuffix("s") ? String(w[c - 1].lower.dropLast()) : w[c - 1].lower
                    var p = c + 1
                    while p + 1 < j && Self.participleAdverbs.contains(w[p].lower) { p += 1 }
                    let participle = w[p]
                    if (Lexicon.authoredDocuments.contains(w[c - 1].lower) || Lexicon.authoredDocuments.contains(noun)) && !w[c - 1].capitalised && !n.capitalised
                        && (participle.isParticiple || participle.lower.hasSuffix("ed") || Self.issuing.contains(participle.lower)
                            || ["seen", "written", "given"].contains(participle.lower))
                    {
                        return c
                    }
                    // "The paper, first reported by the Post, says": a paper an outlet reported or
                    // saw is a document, not the outlet "the paper" can be.
                    if DocumentSources.head(w[c - 1].lower) != nil, !w[c - 1].capitalised,
                        DocumentSources.sightings.contains(participle.lower) || Self.documentParticiples.contains(participle.lower)
                    {
                        return c
                    }
                }
            }
            c -= 1
        }
        return nil
    }

    /// "a", "the", "two": a determiner that may stand before another ("a senior source").
    func isArticle(_ x: Word) -> Bool {
        x.kind == .word && ["a", "an", "the", "one", "two", "three", "four", "several", "some"].contains(x.lower)
    }

    /// The start of a noun phrase for a speaker ("a person", "two officials briefed") that
    /// ends just before the preposition at word `p`, reaching back to its determiner.
    func headBefore(preposition p: Int, lower: Int) -> Int? {
        guard p > lower, w[p].tags.contains(.preposition), w[p].lower != "by", w[p].quote == -1 else { return nil }
        var h = p
        var named = false
        while h > lower && p - h < 6 {
            let y = w[h - 1]
            if y.isPunct || y.isReportingVerb || y.quote != -1 || isAuxiliary(y) || y.capitalised && !isArticle(y)
                || (Lexicon.clauseWords.contains(y.lower) && !Lexicon.determiners.contains(y.lower))
            {
                break
            }
            h -= 1
            if Lexicon.sourceNouns.contains(y.lower) || Lexicon.roleWords.contains(y.lower) { named = true }
            // "one of the people", "some of his friends": the part is described by the whole.
            if h == p - 1 && w[p].lower == "of" && Self.quantifiers.contains(y.lower) { named = true }
            if Lexicon.determiners.contains(y.lower) {
                if h > lower && isArticle(w[h - 1]) { h -= 1 }
                break
            }
        }
        guard named, h < p, Lexicon.determiners.contains(w[h].lower) || Lexicon.sourceNouns.contains(w[h].lower) else { return nil }
        return h
    }

    static let quantifiers: Set<String> = ["one", "two", "three", "some", "many", "several", "most", "none", "each", "both", "few", "all"]

    /// "An official who asked not to be named said": a speaker described with a relative
    /// clause that runs up to the verb; "Jo Roe, who after a briefing advised": a name's.
    func relativeSubject(before v: Int, lower: Int) -> (SpeakerForm, Int)? {
        var r = v - 1
        while r > lower && v - r < 14 && !w[r].isPunct && w[r].lower != "who" && w[r].quote == -1 { r -= 1 }
        // "the critic Jo Roe, who after a briefing advised readers that": the clause is the name's.
        if r - 2 >= lower, w[r].lower == "who", w[r - 1].lower == ",", at[r - 2] >= 0, mentions[at[r - 2]].words.upperBound == r - 1,
            mentions[at[r - 2]].kind != .organisation
        {
            return (.mention(at[r - 2]), mentions[at[r - 2]].full.lowerBound)
        }
        // "A Parcelco driver who has worked at the depot for 12 years told": any noun for a person;
        // "a friend of mine who guides walkers told me": also before "of" and a possessive pronoun.
        guard r > lower, w[r].lower == "who" else { return nil }
        let ofMine = r - 3 > lower && w[r - 2].lower == "of" && ["mine", "his", "hers", "ours", "theirs", "yours"].contains(w[r - 1].lower)
        let noun = ofMine ? r - 3 : r - 1
        // "The radiographer who first raised the alarm told": "who" after a noun for a calling
        // makes it a person (`MentionFinder.isDoerNoun`), not the object of the clause's verb.
        guard isPersonNoun(w[noun].lower) || w[noun].kind == .word && !w[noun].capitalised
            && (MentionFinder.isDoerNoun(w[noun].lower) || MentionFinder.isPersonNoun(w[noun].lower))
        else { return nil }
        var k = noun
        while k > lower && r - k < 5 && w[k - 1].kind == .word && !w[k - 1].capitalised && !w[k - 1].isReportingVerb
            && !(Lexicon.clauseWords.contains(w[k - 1].lower))
        {
            k -= 1
            if Lexicon.determiners.contains(w[k].lower) { break }
        }
        if k > lower && w[k - 1].capitalised && isArticle(w[k - 1]) { k -= 1 }
        // "A Parcelco driver who ...": the employer's name between the article and the noun.
        if k - 1 > lower, at[k - 1] >= 0, mentions[at[k - 1]].words.upperBound == k, mentions[at[k - 1]].kind != .person,
            mentions[at[k - 1]].words.lowerBound - 1 >= lower, isArticle(w[mentions[at[k - 1]].words.lowerBound - 1])
        {
            k = mentions[at[k - 1]].words.lowerBound - 1
        }
        guard Lexicon.determiners.contains(w[k].lower) || Lexicon.sourceNouns.contains(w[k].lower) else { return nil }
        return (.description(t.text(words: k..<v)), k)
    }

    /// "The Post cited an internal report describing “...”", "quoted an agency source saying":
    /// a participle right after the noun a newsroom cites, quotes or has seen qualifies that
    /// noun (a reduced relative clause), so the paper or the source speaks, not the newsroom.
    /// Only after such a verb: "Roe sent a letter saying" is still Roe's.
    func citedSaying(_ v: Int, _ lower: Int, clause: Int?) -> (SpeakerForm, Int)? {
        guard v - 1 > lower, w[v - 1].kind == .word, !w[v - 1].capitalised, !w[v - 1].tags.contains(.function),
            !w[v - 1].tags.contains(.preposition), Lexicon.documentNouns.contains(w[v - 1].lower) || Lexicon.sourceNouns.contains(w[v - 1].lower)
        else { return nil }
        var k = v - 2
        while k > lower && k >= v - 6 && w[k].kind == .word && !w[k].tags.contains(.determiner) && !w[k].tags.contains(.preposition) { k -= 1 }
        guard k > lower, w[k].tags.contains(.determiner), Self.citingVerbs.contains(w[k - 1].lower) else { return nil }
        return subject(before: v, lower: k, clause: clause) ?? (.description(t.text(words: k..<v)), k)
    }

    /// Verbs whose object a newsroom passes on: what it cites, quotes or has seen.
    static let citingVerbs: Set<String> = ["cited", "cites", "citing", "quoted", "quotes", "quoting", "seen", "saw", "obtained", "reviewed"]

    /// The subject of the clause that a participle ("saying", "calling") hangs from: its first
    /// name, pronoun or organisation noun that is not the object of a preposition.
    func clauseSubject(from lower: Int, to v: Int) -> (SpeakerForm, Int)? {
        // Within three lower-case words after a preposition: "with Acme", "to the board".
        func governed(_ i: Int) -> Bool {
            // "A man believed to be Jo Roe says": the name says who the subject is.
            if Self.identifies(w, i, lower) { return false }
            if at[i] >= 0, Self.inQuestionOpening(w, i, mentions[at[i]].words.upperBound) { return true }
            var k = i - 1
            // A preposition opening the sentence is capitalised ("In the blog she says").
            while k >= lower && k >= i - 3 && w[k].kind == .word && (!w[k].capitalised || k == sentenceStart(k) && Lexicon.prepositions.contains(w[k].lower)) {
                if Lexicon.prepositions.contains(w[k].lower) { return true }
                if Lexicon.clauseWords.contains(w[k].lower) || w[k].isReportingVerb { return false }
                k -= 1
            }
            return false
        }
        var i = lower
        while i < v {
            let x = w[i]
            if x.quote != -1 {
                i += 1
                continue
            }
            if at[i] >= 0 && mentions[at[i]].full.lowerBound == i {
                let m = at[i]
                let end = mentions[m].words.upperBound
                // "Roe’s manager, Jo Poe, ...": a possessive is no subject.
                if mentions[m].possessive {
                    i = end
                    continue
                }
                if !governed(i) {
                    if end + 1 < v && w[end].lower == "and" && at[end + 1] >= 0 && mentions[at[end + 1]].full.lowerBound == end + 1 {
                        return (.mentions([m, at[end + 1]]), i)
                    }
                    if let person = roleHolder(after: end, before: v) { return (.mention(person), i) }
                    if let account = account(after: end, limit: v) { return (.mention(account), mentions[account].full.lowerBound) }
                    return (.mention(m), i)
                }
                // "through Syria and Iraq": the second name is governed too.
                var next = end
                while next + 1 < v && w[next].lower == "and" && at[next + 1] >= 0 && mentions[at[next + 1]].full.lowerBound == next + 1 {
                    next = mentions[at[next + 1]].words.upperBound
                }
                i = max(next, i + 1)
                continue
            }
            if ["he", "she", "they", "it"].contains(x.lower) && !governed(i) { return (.pronoun(x.lower), i) }
            // "Former teammate Jo Roe also reacted, writing", "Korvel's chief executive, Maja
            // Strand, played it down, saying": the name after the noun is the person.
            if Lexicon.sourceNouns.contains(x.lower) && x.kind == .word && !governed(i), let holder = nameAfterRole(i, before: v) {
                return (.mention(holder), i)
            }
            if Lexicon.sourceNouns.contains(x.lower) && x.kind == .word && !governed(i), let (form, start) = subject(before: i + 1, lower: lower) {
                return (form, start)
            }
            if ["the", "its", "this"].contains(x.lower) && !governed(i), let piece = documentSubject(at: i, before: v) {
                return (piece, i)
            }
            // "The killer directly addresses Jo Roe, saying": a person described opens the clause
            // (not "a man believed to be Jo Roe", who is named).
            if ["the", "a", "an"].contains(x.lower) && !governed(i) && i + 1 < v && w[i + 1].kind == .word
                && Lexicon.anonymousPersonNouns.contains(w[i + 1].lower) && (i + 2 >= v || !w[i + 2].capitalised)
                && !(i + 2 < v && Self.beliefParticiples.contains(w[i + 2].lower))
            {
                return (.description(t.text(words: i..<(i + 2))), i)
            }
            // "the mayor was blunt": a role held by one person (not "the mayor's office").
            if x.lower == "the" && !governed(i) && i + 1 < v && w[i + 1].kind == .word && !w[i + 1].capitalised && w[i + 1].tags.contains(.roleWord)
                && (i + 2 >= v || w[i + 2].kind == .word && !w[i + 2].capitalised && w[i + 2].lower != "of")
            {
                return (.description(t.text(words: i..<(i + 2))), i)
            }
            // "The mayor's office declined to comment, saying": a voice of whose the possessive says.
            if x.lower == "the" && !governed(i),
                let p = ((i + 1)..<min(v, i + 4)).first(where: { w[$0].kind == .possessive }), p + 1 < v,
                Lexicon.voiceRoles.contains(w[p + 1].lower), ((i + 1)..<p).allSatisfy({ w[$0].kind == .word })
            {
                return (.description(t.text(words: i..<(p + 2))), i)
            }
            if (x.lower == "the" || x.lower == "its") && !governed(i) {
                var k = i + 1
                while k < v && k < i + 4 && (w[k].kind == .word || w[k].kind == .possessive) && !w[k].tags.contains(.organisationNoun) { k += 1 }
                // "The theatre's chair, Jo Roe, ...": an organisation noun that owns the subject is not it.
                if k < v && w[k].tags.contains(.organisationNoun) && k + 1 < v && !Lexicon.prepositions.contains(w[k + 1].lower) && w[k + 1].kind != .possessive {
                    // "the drivers' union" names itself by whose it is, as "the Israeli government" does.
                    if ((i + 1)..<k).contains(where: { w[$0].kind == .possessive }) { return (.description(t.text(words: i..<(k + 1))), i) }
                    return (.organisationNoun(t.text(words: i..<(k + 1))), i)
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether the name at word `i` completes "believed to be", "thought to be", "said to be"
    /// after a description: it names the person described.
    static func identifies(_ w: [Word], _ i: Int, _ lower: Int) -> Bool {
        i - 3 >= lower && w[i - 1].lower == "be" && w[i - 2].lower == "to" && beliefParticiples.contains(w[i - 3].lower)
    }

    /// Participles that open a sentence with the question a speaker answers: "Asked whether
    /// Roe had called, Poe said", "Pressed by the presenter, Jo Roe, on the budget, Poe replied".
    static let questionParticiples: Set<String> = ["asked", "pressed", "questioned", "quizzed", "challenged"]

    /// Whether the name from word `start` to `end` stands in such an opening question: in its
    /// first stretch before a comma, or set off by commas and followed by more of the question
    /// (", Jo Roe, on whether"). Whom the question names or who asks it is not the one who
    /// answers, so it is neither the main clause's subject nor an antecedent.
    static func inQuestionOpening(_ w: [Word], _ start: Int, _ end: Int) -> Bool {
        guard start < w.count, w[start].quote == -1 else { return false }
        var s0 = start
        while s0 > 0 && w[s0 - 1].sentence == w[start].sentence { s0 -= 1 }
        guard w[s0].kind == .word, w[s0].capitalised, questionParticiples.contains(w[s0].lower), s0 + 1 < w.count,
            w[s0 + 1].lower != ","
        else { return false }
        let commas = (s0..<start).filter { w[$0].lower == "," && w[$0].quote == -1 }
        // The question must end in a comma somewhere after the name.
        guard let close = (end..<w.count).first(where: { w[$0].sentence != w[start].sentence || w[$0].lower == "," && w[$0].quote == -1 }),
            w[close].sentence == w[start].sentence
        else { return false }
        if commas.isEmpty { return true }
        guard commas.count == 1, commas[0] == start - 1, close == end, end + 1 < w.count, w[end + 1].kind == .word else { return false }
        let next = w[end + 1]
        return !next.capitalised && (next.tags.contains(.preposition) || ["whether", "if", "why", "how", "what"].contains(next.lower))
    }

    static let beliefParticiples: Set<String> = [
        "believed", "thought", "said", "understood", "presumed", "reported", "alleged", "claimed", "assumed", "known",
    ]

    /// "Acme media official Jo Roe": an organisation's name that premodifies a role and the
    /// person who holds it; the person, named after the role words, heads the phrase.
    func roleHolder(after end: Int, before v: Int) -> Int? {
        var k = end
        var role = false
        while k < v && k < end + 3 && w[k].kind == .word && !w[k].capitalised && !w[k].tags.contains(.function) && !w[k].isReportingVerb {
            if Lexicon.roleWords.contains(w[k].lower) { role = true }
            k += 1
        }
        guard k > end, k < v, at[k] >= 0 else { return nil }
        let m = mentions[at[k]]
        guard m.kind != .organisation, m.words.lowerBound == k || m.full.lowerBound <= k else { return nil }
        // "Westmoor mayoral candidate Jo Roe", "Harbour regular Jo Roe": an English noun phrase
        // ends in its head, so a full name after the lower-case nouns is the one described,
        // whatever the noun; a lone capitalised word there needs a role to be a person.
        guard role || m.tokens.count >= 2 else { return nil }
        return at[k]
    }

    /// What a description says about its speaker: an organisation's voice ("a spokeswoman for
    /// Acme", "an Acme spokesman"), an organisation named earlier ("the company"), a name at its
    /// head ("tech giant Acme"), or an unnamed source kept as written.
    func describe(_ r: Range<Int>) -> SpeakerForm? {
        guard !r.isEmpty else { return nil }
        let voice = r.first { Lexicon.voiceRoles.contains(w[$0].lower) && w[$0].kind == .word && !w[$0].capitalised }
        if let voice {
            var k = voice + 1
            if k < r.upperBound, ["for", "at", "of", "from", "with"].contains(w[k].lower) {
                k += 1
                if k < r.upperBound && w[k].lower == "the" { k += 1 }
                if k < r.upperBound, at[k] >= 0 { return .voice(at[k], role: w[voice].lower) }
            }
            var j = voice - 1
            if j >= r.lowerBound && w[j].kind == .possessive { j -= 1 }
            if j >= r.lowerBound, at[j] >= 0 { return .voice(at[j], role: w[voice].lower) }
        }
        let last = w[r.upperBound - 1]
        if at[r.upperBound - 1] >= 0 && mentions[at[r.upperBound - 1]].words.upperBound == r.upperBound {
            // "tech giant Acme" is Acme; "a doctor from Leeds" is not Leeds.
            let m = at[r.upperBound - 1]
            let start = mentions[m].full.lowerBound
            let governed = start > r.lowerBound && Lexicon.prepositions.contains(w[start - 1].lower) && w[start - 1].lower != "by"
            if !governed { return .mention(m) }
        }
        let first = w[r.lowerBound].lower
        if last.tags.contains(.organisationNoun) && (first == "the" || first == "its") && r.count <= 4 {
            // "the Israeli government" and "the drivers' union" name themselves; "the company" refers back.
            if r.dropFirst().contains(where: { w[$0].capitalised || w[$0].kind == .possessive }) { return .description(t.text(words: r)) }
            return .organisationNoun(t.text(words: r))
        }
        if r.contains(where: { isPersonNoun(w[$0].lower) }) || Lexicon.adjectivalPersonNouns.contains(last.lower) {
            return .description(t.text(words: r))
        }
        // "Varland's embassy said", "Her office would only say", "Rigg's campaign said": a body
        // owned by a name or a possessive pronoun names itself, as "the drivers' union" does.
        if r.count <= 5, last.kind == .word, !last.capitalised, last.tags.contains(.organisationNoun) || Self.ownedBodies.contains(last.lower),
            ["her", "his", "their"].contains(first) || r.dropLast().contains(where: { w[$0].kind == .possessive })
        {
            return .description(t.text(words: r))
        }
        return nil
    }

    /// Bodies that serve a person or a cause, named by their owner: "her office", "Roe's campaign".
    static let ownedBodies: Set<String> = ["office", "campaign", "camp", "team", "press"]

    /// A noun for a speaker: an unnamed source, a role, or a person ("his mother", "a witness").
    func isPersonNoun(_ lower: String) -> Bool {
        Lexicon.sourceNouns.contains(lower) || Lexicon.roleWords.contains(lower) || Lexicon.personNouns.contains(lower)
            || Lexicon.anonymousPersonNouns.contains(lower)
    }

    // MARK: - Venue

    static let venueNouns: Set<String> = [
        "statement", "interview", "post", "email", "tweet", "letter", "memo", "video", "conference", "briefing",
        "call", "speech", "hearing", "podcast", "broadcast", "show", "programme", "program", "message", "blog",
        "comment", "remarks", "op-ed", "filing", "release", "rally", "appearance", "address", "session", "meeting",
        "documentary", "livestream", "thread", "newsletter", "op-ed", "column", "essay",
    ]
    static let audiences: Set<String> = [
        "reporters", "journalists", "media", "press", "audience", "viewers", "listeners", "investors", "analysts",
        "lawmakers", "supporters", "shareholders", "employees", "staff", "students", "delegates", "parliament",
        "congress", "senators", "colleagues", "broadcasters",
    ]

    /// Where words in `r` say the statement was made: `told the Post` / `told reporters` /
    /// `in a statement` / `in an interview with the Post` / `on the Morning Show podcast` /
    /// `posted on X` / `via social media`.
    func venue(in r: Range<Int>) -> Venue? {
        var i = r.lowerBound
        while i < r.upperBound {
            let x = w[i].lower
            let spokeTo = x == "to" && i > r.lowerBound && (Lexicon.speechNouns.contains(w[i - 1].lower) || Self.speakingTo.contains(w[i - 1].lower))
            if x == "told" || x == "tells" || x == "telling" || spokeTo {
                if let name = named(at: i + 1, in: r) { return name }
                if i + 1 < r.upperBound && Self.audiences.contains(w[i + 1].lower) { return Venue(text: w[i + 1].lower) }
            }
            if x == "via" || x == "on" {
                // "posted on X", "on the Morning Show podcast", "via X"; not the topic in
                // "Roe on the merger".
                let spoken = x == "via" || (i > r.lowerBound && (w[i - 1].isReportingVerb || w[i - 1].tags.contains(.speechNoun)))
                if let name = named(at: i + 1, in: r), spoken || Self.mediaNouns.contains(w[min(nameEnd(at: i + 1), r.upperBound - 1)].lower) {
                    return name
                }
                var k = i + 1
                while k < r.upperBound && k < i + 4 && w[k].kind == .word && !w[k].capitalised && w[k].lower != "the" { k += 1 }
                if k > i + 1, x == "via" || ["media", "television", "tv", "radio", "air"].contains(w[k - 1].lower) {
                    return Venue(text: t.text(words: (i + 1)..<k))
                }
            }
            if x == "in" || x == "at" || x == "during" || x == "on" {
                var k = i + 1
                while k < r.upperBound && k < i + 4 && w[k].kind == .word && !Self.venueNouns.contains(w[k].lower) { k += 1 }
                if k < r.upperBound && Self.venueNouns.contains(w[k].lower) && (k == i + 1 || Lexicon.determiners.contains(w[i + 1].lower)) {
                    if k + 1 < r.upperBound, ["with", "to", "on"].contains(w[k + 1].lower), let name = named(at: k + 2, in: r) {
                        return name
                    }
                    return Venue(text: t.text(words: (i + 1)..<(k + 1)))
                }
            }
            i += 1
        }
        return nil
    }

    /// Verbs that take their audience with "to" ("speaking to reporters", "said to the Post").
    static let speakingTo: Set<String> = ["speaking", "spoke", "speaks", "talking", "talked", "said", "says", "explained", "wrote", "writing", "admitted", "confided"]

    static let mediaNouns: Set<String> = ["podcast", "show", "programme", "program", "channel", "account", "page", "blog", "newsletter"]

    /// The word after the name at word `i` (after an optional "the").
    func nameEnd(at i: Int) -> Int {
        let j = i < w.count && w[i].lower == "the" ? i + 1 : i
        return j < w.count && at[j] >= 0 ? mentions[at[j]].words.upperBound : j
    }

    /// A name at word `i` (after an optional "the"), with a media noun after it ("the Morning
    /// Show podcast"); nil for a person.
    func named(at i: Int, in r: Range<Int>) -> Venue? {
        var j = i
        if j < r.upperBound && w[j].lower == "the" { j += 1 }
        guard j < r.upperBound, at[j] >= 0, mentions[at[j]].full.lowerBound == j, mentions[at[j]].kind != .person else { return nil }
        let m = mentions[at[j]]
        var end = m.words.upperBound
        if end < r.upperBound && w[end].kind == .word && Self.mediaNouns.contains(w[end].lower) {
            end += 1
        }
        return Venue(text: t.text(words: m.words.lowerBound..<end), mention: at[j])
    }
}
