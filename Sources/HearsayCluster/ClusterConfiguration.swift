/// The clusterer's settings. The defaults were set on the ECB+ development stream
/// (`../shared/data/clustering/ecbplus-dev.jsonl`) and nothing else; see
/// docs/ARCHITECTURE.md, "Clustering", for what each one does and how it was chosen.
public struct ClusterConfiguration: Codable, Sendable, Equatable {
    /// Score an article needs against a story to join it rather than start a new one.
    public var threshold: Double = 0.2
    /// Share of the score from the story's centroid; the rest from its most similar
    /// recent article (which catches a follow-up that matches one report closely).
    public var centroidShare: Double = 0.8

    /// Imaginary articles, sharing no term with anything, counted in every inverse document
    /// frequency: in a short stream (one `analyze` folder) a story's own words are in most
    /// articles and would otherwise weigh nothing.
    public var idfPriorArticles = 50.0

    /// Term-count multipliers: names, numbers, years, two-name phrases, and words of the title.
    public var entityBoost: Float = 3
    public var numberBoost: Float = 1
    public var yearBoost: Float = 1
    public var phraseBoost: Float = 1
    public var titleBoost: Float = 1
    /// Common words (not names) fold -ment, -ation/-ion, -ing and -ed and a final -e or -y as
    /// well as plurals, so that two reports of one event ("evacuated", "the evacuation") share
    /// their words.
    public var foldSuffixes = true
    /// The body's first `leadSentences` sentences (the lead, where a report says what
    /// happened) counted again, this much, as the title is.
    public var leadBoost: Float = 1
    public var leadSentences = 3
    /// A surname alone ("Lopez said") after the full name ("Maria Lopez") in the same article
    /// also counts, this much, as the full name's two-word phrase.
    public var surnameBoost: Float = 0.5
    /// Taken off the score (online only), times (novelty - pivot), where novelty is the share
    /// of the article's squared weight on terms no earlier article had: the first report of a
    /// new event brings its own names, places and numbers, a follow-up mostly repeats its
    /// story's.
    public var noveltyPenalty = 0.2
    public var noveltyPivot = 0.35
    /// Added to the score, times (best cosine of the article's headline with the headline of
    /// one of the story's recent articles - pivot), when the article and some of those have a
    /// title: the follow-ups of an event echo its first reports' headlines, a look-alike
    /// event gets headlines of its own.
    public var headlineWeight = 0.4
    public var headlinePivot = 0.1
    /// Cosine the article's body must reach with a story's centroid before the rest of the
    /// score counts (the default threshold's value): the headline echo and the guards may lift
    /// a join over the bar only when the two bodies are alike at all. Two stories of one kind
    /// ("bus drivers to strike", "port workers to strike") have headlines that echo each other
    /// and bodies about other people in other places.
    public var centroidFloor = 0.2

    /// The lead, where an article says when its event happened: this many words from the
    /// top, a year's weight fading with position at this scale.
    public var leadWords = 100
    public var leadDecay = 60.0
    /// Taken off the score, times (1 - cosine of the year profiles), when article and story
    /// both name years: two earthquakes in different years are two stories.
    public var yearPenalty = 0.2
    /// Taken off the score, times (1 - exp(-gap / timeScaleDays)), when article and story
    /// both have publication dates.
    public var timePenalty = 0.3
    public var timeScaleDays = 7.0
    /// Added to the score, times (agreement - 0.5), where agreement is the share of each
    /// side's main names (people, places, organisations) that the other side mentions.
    public var entityAgreementWeight = 0.1
    /// Added to the score, times (cosine of the common words alone - pivot): names say who
    /// a story is about, the other words what happened, so a second rumour about the same
    /// person shares the names and little else.
    public var wordAgreementWeight = 0.4
    public var wordAgreementPivot = 0.2

    /// Memory and cost bounds. A story keeps its strongest `centroidTerms` terms and its
    /// last `memberVectors` articles (each cut to `memberTerms` terms); it is indexed under
    /// `indexTerms` terms per article (at most `storyIndexTerms` in all), each term's list
    /// keeping the latest `postingsLimit` stories. An article is compared exactly with the `candidates` stories that share the
    /// most of its `queryTerms` strongest terms.
    public var centroidTerms = 400
    public var memberVectors = 8
    public var memberTerms = 64
    public var indexTerms = 32
    public var storyIndexTerms = 128
    public var queryTerms = 32
    public var postingsLimit = 256
    public var candidates = 16
    /// A story that has received nothing for this many articles, or (when dates are known)
    /// for this many days of the feed's clock (its newest date) and a tenth as many articles,
    /// is closed: later articles start new stories.
    public var horizonArticles = 20_000
    /// Rumours resurface weeks after the first reports (a confirmation, a ruling, a
    /// retraction): 60 days keeps those in their story without holding much more state.
    public var horizonDays = 60
    /// Taken off the score of an article more than `horizonDays` away from an open story's
    /// dates, on top of the time penalty: a confirmation months after a denial still joins its
    /// story when it plainly tells the same one, while a second event of the same kind in the
    /// same place needs more than the first one's words to join it.
    public var lateMargin = 0.1
    /// The document-frequency table forgets terms seen once when it grows past this size.
    public var vocabularyLimit = 2_000_000

    public init() {}
}

extension ClusterConfiguration {
    /// `analyze`'s folders (`OnlineClusterer.group`): the defaults without the thirtieth
    /// session's four stream changes (suffixes, lead, surname, novelty), the thirty-first's
    /// headline echo and the thirty-sixth's centroid floor (not measured on folders). In one folder every
    /// early article is mostly new terms, so the novelty penalty splits it (rumour folders kept
    /// whole 139 -> 130 of 150), and the other three bring two look-alike events closer in the
    /// settling pass (ECB+ topics 0.848 -> 0.831); see BENCHMARKS.md, "Clustering".
    public static var folders: ClusterConfiguration {
        var c = ClusterConfiguration()
        c.foldSuffixes = false
        c.leadBoost = 0
        c.surnameBoost = 0
        c.noveltyPenalty = 0
        c.headlineWeight = 0
        c.centroidFloor = 0
        return c
    }
}
