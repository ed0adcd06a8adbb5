import HearsayModel

/// Quotations a cited document speaks: "the draft says the plan is “the fairest option”",
/// "It recommends ... as “the least disruptive”" (after "The memo, dated March, ..."),
/// "According to the presentation, ... “natural attrition”". The words are the paper's, not
/// those of the outlet that saw it, nor of a party the sentence happens to name. A reader
/// checking a leak needs to see which lines come from the memo and which from a person.
enum DocumentSpeakers {
    /// The document noun that heads the subject crediting quotation `f`, when the subject
    /// is a document ("the report", "the leaked draft", "it" for one): a name or a possessive
    /// before the noun ("the Acme memo", "the inquiry's report") is its author, who speaks
    /// instead.
    static func head(of f: FoundQuote, in article: ArticleQuotes) -> String? {
        guard let a = f.attribution else { return nil }
        let w = article.text.words
        switch a.form {
        case .document:
            // An owner after the noun ("a memo seen by the Post") is whoever saw it; the
            // caller keeps the words with an owner that is no outlet.
            return phraseHead(from: a.speakerWord, w, at: article.at)
        case .pronoun("it"):
            return antecedent(before: a.speakerWord, w, at: article.at)
        case .mention:
            return seenBy(a.speakerWord, w) ?? citedAside(a.speakerWord, w, at: article.at)
        case .description:
            // "The 12-page document, prepared for the board, recommends that ...": kept as
            // written when its verb reports speech, though it is the paper named before.
            guard isBareGeneric(from: a.speakerWord, w) else { return nil }
            return phraseHead(from: a.speakerWord, w, at: article.at)
        default:
            return nil
        }
    }

    /// "An internal email seen by the Post asked staff to “...”": the name at `i` only saw
    /// the document before it, which is the subject.
    static func seenBy(_ i: Int, _ w: [Word]) -> String? {
        let by = i >= 1 && w[i - 1].lower == "the" ? i - 2 : i - 1
        guard by >= 2, w[by].lower == "by", DocumentSources.sightings.contains(w[by - 1].lower), w[by - 2].kind == .word else { return nil }
        return DocumentSources.head(w[by - 2].lower)
    }

    /// "The paper, according to the Echo, says “...”": the name at `i` stands in an aside
    /// crediting the subject before it, which speaks.
    static func citedAside(_ i: Int, _ w: [Word], at: [Int]) -> String? {
        guard let according = (max(0, i - 3)..<i).last(where: { w[$0].lower == "according" }), according >= 2,
            w[according - 1].lower == ",", w[according + 1].lower == "to"
        else { return nil }
        var start = according - 1
        while start > 0 && w[start - 1].sentence == w[i].sentence { start -= 1 }
        return phraseHead(from: start, w, at: at)
    }

    /// The head of a cited document's name ("internal risk report" -> "report").
    static func head(ofName name: String) -> String? {
        name.split(separator: " ").last.flatMap { DocumentSources.head($0.lowercased()) }
    }

    /// The document noun of the noun phrase opening at `i`: a determiner and at most three
    /// modifiers before it ("the four-page internal memo"), with no name or possessive
    /// between, which would make the phrase its author's.
    static func phraseHead(from i: Int, _ w: [Word], at: [Int]) -> String? {
        var k = i
        // A count may modify the noun too ("the 34-page document", "the 2024 plan").
        while k < w.count && k < i + 5 && w[k].sentence == w[i].sentence && w[k].quote < 0 && at[k] < 0
            && (w[k].kind == .word || k > i && w[k].kind == .number)
        {
            if let h = DocumentSources.head(w[k].lower) {
                // "budget" in "the draft budget paper" modifies the noun after it.
                if DocumentSources.modifiesNextNoun(w, k) {
                    k += 1
                    continue
                }
                return h
            }
            guard k == i || !w[k].capitalised && DocumentSources.isModifier(w[k]) && !Lexicon.documentNouns.contains(w[k].lower) else { return nil }
            k += 1
        }
        return nil
    }

    /// The document "it" stands for: the subject of the sentence before, within this
    /// paragraph or the one before, when that subject is a document phrase; past sentences
    /// that open with "it" too ("The memo ... It sets out ... It argues"). Any other subject
    /// (a name, "the company") takes "it" first.
    static func antecedent(before limit: Int, _ w: [Word], at: [Int]) -> String? {
        antecedentStart(before: limit, w).flatMap { DocumentSources.determiners.contains(w[$0].lower) ? phraseHead(from: $0, w, at: at) : nil }
    }

    /// The first word of the subject "it" stands for (see `antecedent`).
    static func antecedentStart(before limit: Int, _ w: [Word]) -> Int? {
        guard limit < w.count else { return nil }
        var k = limit - 1
        while k >= 0 && w[k].paragraph + 1 >= w[limit].paragraph {
            if w[k].quote < 0 && (k == 0 || w[k - 1].sentence != w[k].sentence) && w[k].sentence != w[limit].sentence && w[k].lower != "it" {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// "the document", "The eight-page paper", "the damning document": a determiner, plain
    /// modifiers and a generic noun. A marker ("the leaked paper") names a paper of its own,
    /// and a bare "the paper" may be the newspaper, so both stay as the quote pass read them.
    static func isBareGeneric(from i: Int, _ w: [Word]) -> Bool {
        guard i < w.count, DocumentSources.determiners.contains(w[i].lower) else { return false }
        var k = i + 1
        while k < w.count && k < i + 4 && DocumentSources.head(w[k].lower) == nil && !DocumentSources.markers.contains(w[k].lower)
            && (w[k].kind == .number || w[k].kind == .word && !w[k].capitalised && DocumentSources.isModifier(w[k]))
        {
            k += 1
        }
        guard k < w.count, let h = DocumentSources.head(w[k].lower), genericHeads.contains(h) else { return false }
        return h != "paper" || k > i + 1
    }

    /// "draft" in "a draft share prospectus": a document noun before a plain lower-case word
    /// (no verb, function word or preposition) modifies the noun that word leads to, and names
    /// no paper of its own.
    static func modifiesNoun(_ w: [Word], _ j: Int) -> Bool {
        guard j + 1 < w.count, w[j + 1].kind == .word, !w[j + 1].capitalised, w[j + 1].sentence == w[j].sentence else { return false }
        let x = w[j + 1]
        if x.tags.contains(.function) || x.tags.contains(.preposition) || x.tags.contains(.determiner) || DocumentSources.disclosures.contains(x.lower) || DocumentSources.sightings.contains(x.lower) { return false }
        return !(x.lower.hasSuffix("ed") || x.lower.hasSuffix("ing") || x.lower.hasSuffix("s"))
    }

    /// Where the phrase naming the paper that speaks opens, for the forms that name it.
    static func phraseStart(of f: FoundQuote, _ w: [Word]) -> Int? {
        guard let a = f.attribution else { return nil }
        switch a.form {
        case .document, .description:
            // The form may point at the noun itself ("The two-page document defines").
            let i = a.speakerWord
            return (max(0, i - 3)...i).reversed().first { w[$0].sentence == w[i].sentence && DocumentSources.determiners.contains(w[$0].lower) } ?? i
        case .pronoun("it"): return antecedentStart(before: a.speakerWord, w)
        default: return nil
        }
    }

    /// Nouns a reporter uses to refer back to a paper already named rather than to name one
    /// ("The draft budget paper ... According to the document, ..."), as "the company" refers
    /// back to a body.
    static let genericHeads: Set<String> = ["document", "paper"]

    /// The cited paper this article named last before quotation `f` and its attribution, by
    /// its cited name or, for a paper of another noun, its head noun ("a memo issued to staff
    /// ... The two-page document defines ..."): the generic noun refers back to it, not to
    /// another article's "leaked documents" that happens to share the noun.
    static func lastNamed(_ cited: [Citation], before f: FoundQuote, generic h: String, in article: ArticleQuotes) -> Citation? {
        let w = article.text.words
        var limit = article.text.firstWord(from: f.span.open)
        if let a = f.attribution { limit = min(limit, a.speakerWord) }
        limit = min(limit, w.count)
        var best: (at: Int, doc: Citation)? = nil
        for doc in cited {
            let names = doc.source.lowercased().split(separator: " ").map(String.init)
            // "does not comment on leaked documents": a plural names papers in general.
            guard let last = names.last else { continue }
            if let singular = DocumentSources.head(last), singular != last { continue }
            // A generic noun names no paper of its own, so only a cited name counts for it.
            let own = head(ofName: doc.source).flatMap { genericHeads.contains($0) ? nil : $0 }
            var j = limit - 1
            while j >= 0 && j > (best?.at ?? -1) {
                if w[j].quote < 0 {
                    let full = j + names.count <= limit && names.indices.allSatisfy { w[j + $0].lower == names[$0] }
                    let named = full && !modifiesNoun(w, j + names.count - 1) || own != nil && DocumentSources.head(w[j].lower) == own && !modifiesNoun(w, j)
                    if named {
                        best = (j, doc)
                        break
                    }
                }
                j -= 1
            }
        }
        return best?.doc
    }

    /// The speaker of each quotation that a document of the story speaks, by quote index of
    /// `article`: the cited document this article names with the same head noun, written as
    /// "the" and the document's name. Only where the quote pass found no author (it kept the
    /// phrase, or gave the words to the outlet that saw the paper): a memo's signer named
    /// with it ("The memo, signed by Jo Roe, ... It tells dealers") still speaks.
    static func speakers(_ article: ArticleQuotes, articleID: String, documents: [Citation]) -> [Int: String] {
        var out: [Int: String] = [:]
        for (k, f) in article.quotes.enumerated() {
            switch f.speaker {
            case .entity(let m):
                // A body only guessed to own the paper (named near it) yields to the paper too.
                let guessed = f.ownerGuessed && article.mentions[m].kind != .person
                guard guessed || article.outlets.contains(m) || CitationFinder.hasMediaWord(article.mentions[m]) else { continue }
            case .entities:
                continue
            case .described, nil:
                break
            }
            guard let h = head(of: f, in: article) else { continue }
            let cited = documents.filter { $0.kind == .document && $0.articles.contains(articleID) }
            let generic = genericHeads.contains(h) && phraseStart(of: f, article.text.words).map { isBareGeneric(from: $0, article.text.words) } == true
            let named = generic ? lastNamed(cited, before: f, generic: h, in: article) : nil
            guard let doc = named ?? cited.first(where: { head(ofName: $0.source) == h }) else { continue }
            // A phrase the quote pass kept ("the prospectus") yields only to a fuller name of
            // the same paper ("the memo" to "the leaked internal memo").
            if named == nil, case .described(let d) = f.speaker, d.split(separator: " ").last.map({ head(ofName: String($0)) }) != h || !doc.source.contains(" ") {
                continue
            }
            out[k] = "the " + doc.source
        }
        return out
    }
}
