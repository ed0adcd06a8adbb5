/// What an element's `class`, `id` and `role` say about it. Web page templates name their
/// parts in a shared vocabulary ("article-body", "related-links", "share-bar"); these
/// words are that vocabulary, matched as whole tokens so that "ad" never matches "head".
enum Hints {
    struct Verdict: Equatable, Sendable {
        var positive: UInt8 = 0
        var negative: UInt8 = 0
    }

    static let positiveTokens = hashes([
        "article", "articlebody", "body", "content", "entry", "hentry", "main", "post", "text", "story",
        "blog", "prose", "richtext", "storybody", "postbody", "paragraph", "paragraphs",
    ])

    static let negativeTokens = hashes([
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "dfp", "banner",
        "breadcrumb", "breadcrumbs", "byline", "bylines", "caption", "captions", "comment", "comments",
        "community", "contact", "cookie", "cookies", "credit", "credits", "disclaimer", "dropdown", "footer",
        "foot", "footnote", "masthead", "menu", "meta", "modal", "nav", "navbar", "navigation", "newsletter",
        "outbrain", "taboola", "pagination", "popular", "popup", "print", "promo", "promotion", "recirc",
        "recommended", "recommendations", "related", "rail", "share", "sharing", "shares", "sharebar",
        "shopping", "sidebar", "signup", "skip", "social", "sponsor", "sponsored", "subscribe",
        "subscription", "tags", "tag", "toolbar", "tools", "trending", "widget", "widgets", "author", "bio",
        "login", "follow", "email", "newsletters", "paywall", "overlay", "lightbox", "gallery", "slideshow",
        "video", "player", "teaser", "teasers", "offscreen", "copyright", "legal", "topics",
        "timestamp", "dateline", "date", "headline", "kicker", "rating", "reactions", "alert", "jump",
        "complementary", "contentinfo", "banner", "search", "header",
    ])

    /// Names of page parts that are never the article (comment threads, sidebars, share
    /// bars, ads), unless the same element also claims to be content ("content-with-sidebar").
    static let unlikelyTokens = hashes([
        "ad", "ads", "advert", "advertisement", "adslot", "banner", "breadcrumb", "breadcrumbs", "comment",
        "comments", "community", "disqus", "footer", "menu", "related", "replies", "sidebar", "social",
        "sponsor", "sponsored", "pagination", "pager", "popup", "share", "sharing", "sharebar", "newsletter",
        "subscribe", "outbrain", "taboola", "recirc", "cookie", "cookies", "gdpr", "modal", "nav", "navbar",
        "navigation", "masthead", "skyscraper", "shoutbox", "supplemental", "signup", "promo", "trending",
        "recommended", "recommendations",
    ])
    static let maybeContentTokens = hashes([
        "article", "articlebody", "body", "column", "content", "main", "story", "text", "entry", "storybody",
    ])

    /// The verdict on an element and whether it is an unlikely part, in one pass over its
    /// class, id, role and itemprop.
    static func classify(_ node: DOM.Node) -> (verdict: Verdict, unlikely: Bool) {
        var v = Verdict()
        var unlikely = false
        var maybeContent = false
        for a in node.attributes {
            switch a.name {
            case "itemprop":
                if a.value == "articleBody" || a.value == "text" { v.positive &+= 1 }
            case "class", "id", "role":
                var maybeHere = false
                tokens(a.value) { t in
                    if positiveTokens.contains(t) { v.positive &+= 1 }
                    if negativeTokens.contains(t) { v.negative &+= 1 }
                    guard a.name != "role" else { return }
                    if unlikelyTokens.contains(t) { unlikely = true }
                    if maybeContentTokens.contains(t) { maybeHere = true }
                }
                maybeContent = maybeContent || maybeHere
            default:
                break
            }
        }
        switch node.tag {
        case .body, .html, .article, .main, .a: unlikely = false
        default: if maybeContent { unlikely = false }
        }
        return (v, unlikely)
    }

    /// Splits "relatedArticles__list-item" into related, articles, list, item, and hands
    /// over each token's hash (of its lowercased bytes): class lists are read for every
    /// element of every page, so no token becomes a String.
    static func tokens(_ s: String, _ body: (UInt64) -> Void) {
        var h: UInt64 = basis
        var length = 0
        var previousLower = false
        for b in s.utf8 {
            let isUpper = b >= 65 && b <= 90
            let isLower = b >= 97 && b <= 122
            if isUpper || isLower {
                if isUpper && previousLower && length > 0 {
                    body(h)
                    h = basis
                    length = 0
                }
                h = (h ^ UInt64(isUpper ? b + 32 : b)) &* prime
                length += 1
                previousLower = isLower
            } else {
                // Digits stay inside a token ("ad300" is "ad"); anything else ends it.
                if length > 0 && !(b >= 48 && b <= 57) {
                    body(h)
                    h = basis
                    length = 0
                }
                previousLower = false
            }
        }
        if length > 0 { body(h) }
    }

    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    static func hash(_ word: String) -> UInt64 {
        var h = basis
        for b in word.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    static func hashes(_ words: [String]) -> TokenSet { TokenSet(words.map(hash)) }
}

/// A small set of token hashes, searched by bisection: the hashes are already well mixed,
/// and `Set` would hash them again (SipHash) for every class token of every element.
struct TokenSet: Sendable {
    private let sorted: [UInt64]

    init(_ hashes: [UInt64]) {
        sorted = Array(Set(hashes)).sorted()
    }

    func contains(_ h: UInt64) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == h
    }
}
