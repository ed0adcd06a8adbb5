import HearsayText

/// When a clip, an image or a post went online: "the clip, posted on TikTok on Sunday",
/// "the video was first uploaded on Friday", "posted aerial footage on Sunday 10 August",
/// "On 14 January the account posted an image". A viral story turns on one such posting,
/// so two outlets that each date the posting of the thing differently disagree, whatever
/// weekday or day they give it; "posted" is otherwise a verb of saying, whose date is each
/// outlet's own.
enum Postings {
    static let verbs: Set<String> = ["posted", "uploaded"]
    /// Nouns of what goes online.
    static let media: Set<String> = [
        "clip", "video", "footage", "post", "image", "photo", "photograph", "picture", "screenshot", "tweet", "recording", "livestream",
    ]
    /// Words between a medium and its participle: "the video was first posted".
    static let between: Set<String> = [",", "was", "were", "been", "had", "has", "have", "being", "first", "originally", "initially", "later"]
    /// Tokens a posting verb is looked for in, either way from the date.
    static let reach = 8

    /// The medium whose posting the date gives, as written; nil for any other date.
    static func medium(_ tokens: [WordToken], of range: Range<Int>) -> String? {
        guard let first = tokens.firstIndex(where: { $0.range.overlaps(range) }),
            let last = tokens.lastIndex(where: { $0.range.overlaps(range) })
        else { return nil }
        // "The clip, posted on TikTok on Sunday": back from the date to the verb.
        var k = first - 1
        while k >= 0, first - k <= reach, tokens[k].isWord || tokens[k].isNumber || tokens[k].text == "." {
            if StoryMentions.otherHappening.contains(tokens[k].lower) { return nil }
            if verbs.contains(tokens[k].lower) { return told(tokens, verb: k, before: first) }
            k -= 1
        }
        // "On 10 August, drone videographer Callum Dreyer posted a clip": a date opening the
        // sentence dates the posting its clause goes on to tell.
        guard first <= 1, tokens[0].lower == "on" || first == 0 else { return nil }
        var j = last + 1
        while j < tokens.count, j - last <= reach + 4, tokens[j].isWord || tokens[j].text == "," || tokens[j].text == "@" {
            if verbs.contains(tokens[j].lower) { return told(tokens, verb: j, before: tokens.count) }
            j += 1
        }
        return nil
    }

    /// The medium the verb at `v` is told of: its subject before it ("the video was first
    /// posted") or its object after it, past a determiner and adjectives ("posted aerial
    /// footage", "posted a 38-second video").
    static func told(_ tokens: [WordToken], verb v: Int, before end: Int) -> String? {
        var k = v - 1
        while k >= 0, between.contains(tokens[k].lower) { k -= 1 }
        if k >= 0, media.contains(QuantityMentions.lemma(tokens[k].lower)) { return tokens[k].lower }
        var j = v + 1
        while j < min(end, v + 5), tokens[j].isWord || tokens[j].isNumber || tokens[j].text == "-" {
            let w = tokens[j].lower
            if media.contains(QuantityMentions.lemma(w)) { return w }
            if ["on", "to", "at", "by", "in", "of", "for", "with"].contains(w) { return nil }
            j += 1
        }
        return nil
    }

    /// Two outlets' dates of the posting: each dates every posting it tells alike.
    static func samePosting(
        _ a: FactConflicts.Fact<StoryMentions.DateFact>, _ b: FactConflicts.Fact<StoryMentions.DateFact>,
        among all: [FactConflicts.Fact<StoryMentions.DateFact>]
    ) -> Bool {
        // A clip goes online on a day: a year or a month ("a dashcam recording posted
        // online in 2019") tells an older posting, of the footage it was cut from.
        func day(_ f: StoryMentions.DateFact) -> Bool { f.stated.day != nil || f.stated.weekday != nil }
        guard a.article != b.article, a.payload.posting != nil, b.payload.posting != nil, day(a.payload), day(b.payload),
            StoryMentions.comparable(a.payload, b.payload)
        else { return false }
        func once(_ f: FactConflicts.Fact<StoryMentions.DateFact>) -> Bool {
            all.allSatisfy { g in g.article != f.article || g.payload.posting == nil || StoryMentions.agree(g.payload, f.payload) }
        }
        return once(a) && once(b)
    }
}
