/// The reporting conventions the claims pass reads: how reporters introduce a rumoured
/// proposition, how they describe sources, and the verbs of denial and confirmation.
/// General English, lower case; nothing here names a story's people or outlets.
enum ClaimLexicon {
    /// Titles of those who hold a body's office and answer for it in their own name
    /// (not its spokespeople, members, or outsiders who comment on it).
    static let titlesOfOffice: Set<String> = [
        "ceo", "chief", "executive", "president", "chairman", "chairwoman", "chair", "chairperson", "director",
        "founder", "co-founder", "owner", "minister", "secretary", "governor", "commissioner",
        "chancellor", "vice-chancellor", "rector", "boss", "leader", "premier", "principal", "manager", "head",
    ]
    /// Verbs after which a reported proposition follows ("claimed that", "a report said X").
    static let claimVerbs: Set<String> = [
        "claim", "claims", "claimed", "claiming", "report", "reports", "reported", "reporting", "said", "says",
        "saying", "stated", "stating", "states", "suggested", "suggests", "suggesting", "alleged", "alleges",
        "alleging", "told", "tells", "indicated", "indicating", "revealed", "reveals", "revealing", "learned",
        "wrote", "writes", "added", "noted", "asserted", "asserting",
    ]

    /// Verbs by which a party owns up to a proposition ("admitted that", "boasted of").
    static let admissionVerbs: Set<String> = [
        "admit", "admits", "admitted", "acknowledge", "acknowledges", "acknowledged", "concede", "concedes", "conceded",
        "confess", "confesses", "confessed", "boast", "boasts", "boasted", "brag", "brags", "bragged",
    ]

    /// Finite verbs that show a clause follows ("admitted the plan was ...").
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "had", "has", "have", "would", "will", "could", "did", "does", "do", "might", "may",
    ]

    /// Common verbs without a regular ending, for telling a caption ("The bridge at
    /// night") from a headline ("Busker gives away his earnings").
    static let irregularVerbs: Set<String> = [
        "be", "been", "am", "can", "shall", "should", "must", "get", "got", "go", "went", "gone", "make", "made", "say",
        "take", "took", "taken", "give", "gave", "given", "find", "found", "come", "came", "see", "saw", "seen", "know",
        "knew", "known", "tell", "told", "think", "thought", "leave", "left", "keep", "kept", "hold", "held", "bring",
        "brought", "begin", "began", "run", "ran", "win", "won", "lose", "lost", "pay", "paid", "meet", "met", "sell",
        "sold", "buy", "bought", "send", "sent", "fall", "fell", "fallen", "eat", "ate", "die", "dies", "hit", "quit",
        "put", "set", "cut", "shut", "let", "become", "became", "rise", "rose", "wake", "woke", "ban", "fly", "flew",
    ]

    /// Nouns that credit or label a picture ("Photo: AP", "Image via X", "Pictured:").
    static let creditNouns: Set<String> = [
        "photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "pic", "pics",
        "pictured", "credit", "illustration", "screenshot", "screengrab", "graphic",
    ]

    /// Pronouns that can open a proposition and stand for a name before them.
    static let subjectPronouns: Set<String> = ["he", "she", "it", "they"]
    /// Kinds of official bodies that keep the record of an event in their charge (arrests,
    /// flight notices, outbreaks, licences): saying they have none denies it.
    static let standingBodies: Set<String> = [
        "ministry", "department", "agency", "authority", "regulator", "police", "directorate", "inspectorate",
        "commission", "office", "bureau", "coastguard", "service", "administration", "tribunal", "registry", "registrar",
    ]
    /// The speaker's own words for itself: a principal announcing its news speaks so.
    static let firstPerson: Set<String> = ["i", "we", "me", "us", "my", "our", "i've", "we've", "we're", "i'm", "i\u{2019}ve", "we\u{2019}ve", "we\u{2019}re", "i\u{2019}m"]
    /// Pronouns that negate their clause as "no" does ("Nobody has contacted me").
    static let negativePronouns: Set<String> = ["nobody", "nothing", "none", "no-one", "noone"]
    static let possessivePronouns: Set<String> = ["his", "her", "its", "their"]

    /// Nouns that a reported proposition hangs from ("reports that", "rumours that").
    static let claimNouns: Set<String> = [
        "report", "reports", "rumor", "rumors", "rumour", "rumours", "claim", "claims", "speculation",
        "allegation", "allegations", "suggestion", "suggestions", "statement", "story", "news", "word",
        "reporting", "idea", "notion",
    ]

    /// Nouns for what someone has told, which a demonstrative takes up ("rejected that
    /// account", "disputed this version", "dismissed those figures").
    static let toldNouns: Set<String> = [
        "account", "accounts", "version", "versions", "view", "characterisation", "characterization", "description",
        "interpretation", "portrayal", "picture", "assessment", "assertion", "assertions", "figure", "figures",
        "suggestion", "suggestions", "claim", "claims", "report", "reports", "story", "stories", "narrative", "reading",
    ]

    /// Nouns for a claim about what is to come, which "no such" takes up as it does a report
    /// ("no such forecast exists", "there is no such plan").
    static let foretoldNouns: Set<String> = [
        "forecast", "forecasts", "prediction", "predictions", "warning", "warnings", "plan", "plans", "proposal", "proposals",
    ]

    /// Subjects of "said" whose object is a reported proposition ("a report said X").
    static let reportSubjects: Set<String> = [
        "report", "reports", "reporting", "paper", "newspaper", "publication", "outlet", "sources", "source",
        "insiders", "article", "story", "magazine", "website", "site", "broadcaster", "agency",
    ]

    /// Words that pass on what is unconfirmed ("claimed that", "revealed that", "speaking
    /// on condition of anonymity"), unlike a plain "said" by someone on record.
    static let rumourWords: Set<String> = [
        "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging", "suggest", "suggests",
        "suggested", "suggesting", "reveal", "reveals", "revealed", "revealing", "indicated", "indicating", "learned",
        "believe", "believes", "believed", "understood", "thought", "speculated", "rumoured", "rumored", "tipped",
        "anonymity", "anonymous", "unnamed", "familiar", "briefed",
    ]

    /// Words that show a sentence passes on what others say rather than asserting it.
    static let hedges: Set<String> = [
        "reportedly", "allegedly", "alleged", "purportedly", "rumored", "rumoured", "reported", "report", "reports",
        "according", "claimed", "claims", "claim", "claiming", "sources", "rumor", "rumors", "rumour", "rumours",
        "speculation", "unconfirmed", "supposed", "supposedly", "apparently",
    ]

    /// Words that, before "to" or "for", make a headline about what is planned or expected
    /// ("set for a cut", "poised to buy"), not done.
    static let prospectiveVerbs: Set<String> = [
        "set", "poised", "plans", "planning", "preparing", "prepares", "expected", "likely", "ready", "gearing",
    ]

    /// Roles of someone who speaks for a body rather than in their own name.
    static let spokespersonNouns: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "press", "communications"]
    /// Verbs that give what they name a label ("called it speculation").
    static let labellingVerbs: Set<String> = [
        "called", "branded", "described", "labelled", "labeled", "termed", "dismissed", "calls", "brands", "describes", "labels", "terms",
        "dismisses",
    ]
    /// Labels for a story its subject says is untrue, beside `plainFalsity`.
    static let falseStoryLabels: Set<String> = [
        "speculation", "speculative", "rumour", "rumours", "rumor", "rumors", "gossip", "wrong", "fiction", "fantasy", "scaremongering",
        "misleading", "invented",
    ]
    /// Words of degree between a copula and the state it gives ("is very much alive").
    static let intensifiers: Set<String> = [
        "very", "much", "quite", "perfectly", "completely", "fully", "entirely", "totally", "absolutely", "definitely", "certainly",
        "still", "now",
    ]
    /// Adverbs that make a participle after them describe a noun ("widely debunked claims").
    static let degreeAdverbs: Set<String> = ["even", "widely", "already", "long", "oft", "thoroughly", "much", "since", "roundly", "hotly"]

    /// Verbs and nouns of denial ("Ford rejected the claim", "issued a denial").
    static let denials: Set<String> = [
        "deny", "denies", "denied", "denying", "denial", "denials", "reject", "rejects", "rejected", "rejecting",
        "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "refuting", "rubbish",
        "rubbished", "rubbishing", "rebut", "rebuts", "rebutted", "debunk", "debunked", "debunks", "dispute",
        "disputes", "disputed", "disputing", "contest", "contests", "contested", "repudiate", "repudiated",
    ]

    /// Verbs of saying whose clause, when it restates the claim, puts the subject on record.
    static let sayingVerbs: Set<String> = ["said", "says", "announced", "announces", "stated", "states"]
    /// Whom a party tells ("told reporters the bridge had not collapsed").
    static let listeners: Set<String> = [
        "us", "me", "him", "her", "them", "reporters", "journalists", "staff", "employees", "investors", "parliament", "lawmakers", "residents",
    ]
    /// Words that may stand between a verb of saying and its clause ("said late on Monday
    /// in a statement that it ...").
    static let sayingAsides: Set<String> = [
        "that", "on", "in", "at", "late", "early", "earlier", "later", "this", "last", "a", "an", "the", "its", "their",
        "statement", "interview", "filing", "release", "today", "yesterday", "tonight", "morning", "afternoon",
        "evening", "week", "month", "also", "again", "separately", "publicly", "previously",
    ]

    /// Two-word denials ("pushed back", "shut down the speculation").
    static let denialPhrases: [(String, Set<String>)] = [
        ("pushed", ["back"]), ("push", ["back"]), ("pushes", ["back"]), ("shut", ["down"]), ("shot", ["down"]),
        ("knocked", ["down"]), ("poured", ["cold"]), ("played", ["down"]), ("downplayed", []),
        ("brushed", ["aside", "off"]), ("brushes", ["aside", "off"]), ("brush", ["aside", "off"]), ("laughed", ["off"]),
        ("laughs", ["off"]), ("laugh", ["off"]),
        // "ruled out the report", "rule it out": the same gate as the others keeps "ruled out
        // the man they arrested" and "ruled out a medieval date" out.
        ("rule", ["out"]), ("rules", ["out"]), ("ruled", ["out"]),
    ]

    /// Verbs of confirmation by a party.
    static let confirmations: Set<String> = [
        "confirm", "confirms", "confirmed", "confirming", "acknowledge", "acknowledges", "acknowledged",
        "acknowledging", "admit", "admits", "admitted", "admitting", "verified", "verifies",
    ]

    /// Verbs of confirmation that may take the reports themselves for their object:
    /// "acknowledged reports that ..." owns that the reports exist, not what they say.
    static let acknowledgements: Set<String> = [
        "acknowledge", "acknowledges", "acknowledged", "acknowledging", "admit", "admits", "admitted", "admitting",
    ]
    /// Verbs by which a party upholds what was said ("defending his claim", "reiterated
    /// the report"); "stand by" is read with its particle.
    static let upholdings: Set<String> = [
        "defend", "defends", "defended", "defending", "reiterate", "reiterates", "reiterated", "reiterating",
        "reaffirm", "reaffirms", "reaffirmed", "reaffirming",
    ]
    static let standVerbs: Set<String> = ["stand", "stands", "stood", "standing"]
    /// Verbs an outlet takes its own report for the object of, besides standing by it.
    static let reportDefences: Set<String> = [
        "defend", "defends", "defended", "defending", "retract", "retracts", "retracted", "retracting", "withdraws", "withdrew",
    ]
    /// What a party upholds: a claim or a report, not its own "statement", which may be
    /// a denial.
    static let upheldNouns: Set<String> = [
        "claim", "claims", "report", "reports", "reporting", "story", "stories", "allegation", "allegations", "account",
        "article",
    ]
    /// Verbs by which a report agrees with what a party knew ("the story matched what members
    /// had said"): said of the report, they corroborate it.
    static let agreeingVerbs: Set<String> = [
        "matched", "matches", "reflected", "reflects", "echoed", "echoes", "chimed", "chimes", "tallied", "tallies", "mirrored",
        "mirrors", "corroborated", "corroborates",
    ]
    /// Nouns for a denial: rejecting one upholds what was denied ("rejected the denial").
    static let denialNouns: Set<String> = ["denial", "denials", "rebuttal", "rebuttals"]
    /// Words before a rumour word in a quotation that only notice it ("we are aware of
    /// the rumours", "we do not comment on speculation", "I don't talk about rumours"): no
    /// verdict on it.
    static let noticing: Set<String> = [
        "aware", "seen", "heard", "read", "noted", "noticed", "comment", "commenting", "monitoring", "following",
        "talk", "talking", "discuss", "discussing", "engage", "entertain",
    ]
    /// Words by which a party says reports reached it or are being looked at ("confirmed
    /// it was aware of reports", "is looking into the reports"), not what they say.
    static let receiving: Set<String> = [
        "aware", "seen", "heard", "read", "noted", "noticed", "received", "receiving", "monitoring", "following",
        "investigating", "examining", "reviewing", "looking", "probing", "checking",
    ]
    /// What a party may say it is looking into besides reports ("investigating complaints
    /// about the heaters"): owning that they arrived confirms nothing.
    static let receivedMatters: Set<String> = ["complaints", "complaint", "concerns", "inquiries", "queries"]
    /// Verbs that put a verdict in the speaker's mouth ("not going to pretend it was
    /// wrong"): negated, the verdict is withheld (`ClaimEvidence.refusesToCall`).
    static let callingVerbs: Set<String> = ["pretend", "pretending", "say", "saying", "claim", "claiming", "suggest", "suggesting", "call", "calling"]
    /// Past participles of a case reaching a body ("had been contacted by the council").
    static let reachedVerbs: Set<String> = ["contacted", "notified", "alerted"]
    /// A body's own handling of a case, and its steps ("a complaint had been laid", "its
    /// investigation is continuing"): see `ClaimEvidence.tellsOfProcedure`.
    static let procedureNouns: Set<String> = ["complaint", "complaints", "investigation", "inquiry", "enquiry", "probe"]
    static let procedureSteps: Set<String> = [
        "laid", "lodged", "filed", "made", "received", "opened", "launched", "continuing", "ongoing", "under", "underway", "begun",
    ]
    /// Nouns for what a party announces, standing for the announcement the sentence before
    /// reports ("The announcement confirms a report by ...").
    static let announcementNouns: Set<String> = ["announcement", "statement", "decision", "move", "news", "letter", "release"]
    /// Verbs by which a party announces: their subject is who made the announcement.
    static let announcingVerbs: Set<String> = sayingVerbs.union(["told", "tells", "wrote", "declared"])

    /// States that exclude each other: confirming one ("he is alive") denies a claim of
    /// the other ("found dead"). Compared by stem.
    /// Adverbs by which a writer or speaker passes on what others say without vouching
    /// for it ("he had supposedly lost").
    static let reportAdverbs: Set<String> = ["supposedly", "allegedly", "reportedly", "purportedly", "apparently", "rumoured", "rumored"]
    static let contraries: [(Set<String>, Set<String>)] = [
        (["alive", "living", "survived", "survives"], ["dead", "died", "dies", "death", "killed", "deceased"]),
        (["real", "genuine", "authentic"], ["fake", "faked", "hoax", "staged", "doctored", "fabricated", "photoshopped"]),
        (["negative"], ["positive"]),
        (["innocent"], ["guilty"]),
        // "The violin is safe" against "was smashed by baggage handlers": what is whole was
        // not broken, whatever broke it.
        (["intact", "undamaged", "unscathed", "safe", "unharmed", "unbroken"], [
            "burst", "collapsed", "breached", "destroyed", "wrecked", "hacked", "smashed", "damaged", "broken", "shattered",
            "crushed", "ruined",
        ]),
        // A project "in development" or "on track" is not shelved.
        // Staying put excludes being moved on: "will stay at the zoo" against "is to be
        // sent abroad", "remains in post" against "is leaving".
        // Going on is staying: "the loan will continue" against "to be sent back early".
        (["stay", "stays", "staying", "remain", "remains", "remaining", "continue", "continues", "continuing"], [
            "leave", "leaves", "leaving", "depart", "departing", "quit", "quits", "quitting", "send", "sends", "sending", "sent", "return", "returned", "returning",
            "exit", "exits", "exiting", "relocate", "relocated", "relocating",
        ]),
        (["development", "track", "schedule"], [
            "stop", "stopped", "shelve", "shelved", "cancel", "cancelled", "canceled", "scrap", "scrapped", "axe", "axed", "halt",
            "halted", "abandon", "abandoned", "drop", "dropped", "mothballed",
        ]),
    ].map { (Set($0.0.map(ClaimWords.stem)), Set($0.1.map(ClaimWords.stem))) }

    /// Verbs a decision takes ("taken", "made", "reached"): negated beside "decision", a
    /// party says nothing is decided.
    static let decidingVerbs: Set<String> = ["take", "taken", "took", "make", "made", "reach", "reached", "come"]
    /// Stems of weighing a matter ("considering", "weighs", "mulling"): a claim in these
    /// words is not denied by "no decision has been made".
    static let weighingStems: Set<String> = ["consider", "weigh", "mull", "explor", "discuss", "review", "debat", "ponder"]
    /// Negators that cancel a verb of stance before it ("did not deny", "declined to confirm").
    static let negators: Set<String> = [
        "not", "never", "no", "didn't", "didn\u{2019}t", "doesn't", "doesn\u{2019}t", "won't", "won\u{2019}t",
        "wouldn't", "wouldn\u{2019}t", "declined", "refused", "neither", "nor", "without", "cannot", "can't",
        "can\u{2019}t", "unable", "failed",
    ]
    /// Negators that are verbs or adjectives taking an infinitive: they negate only with
    /// "to" after them ("refused to", "unable to"), not alone ("shares declined").
    static let infinitiveNegators: Set<String> = ["declined", "refused", "unable", "failed"]
    /// Words that negate a clause's fact ("he is not dead", "there was no raid"); unlike
    /// `negators`, no verb of refusing or failing.
    static let clauseNegators: Set<String> = ["not", "never", "no", "neither", "nor", "cannot"]
    /// A negator of a clause ("not", "never", "no"), or any verb contracted with "not".
    static func isClauseNegation(_ lower: String) -> Bool {
        clauseNegators.contains(lower) || lower.hasSuffix("n't") || lower.hasSuffix("n\u{2019}t")
    }
    /// A negator, or any verb contracted with "not" ("hasn't", "isn’t").
    static func isNegation(_ lower: String) -> Bool {
        negators.contains(lower) || lower.hasSuffix("n't") || lower.hasSuffix("n\u{2019}t")
    }

    /// Words inside a party's quotation that say the claim is false.
    static let falsity: Set<String> = [
        "untrue", "false", "baseless", "unfounded", "fake", "nonsense", "inaccurate", "incorrect", "wrong",
        "fabricated", "groundless", "speculation", "rumor", "rumour", "rumors", "rumours", "misleading", "deny",
        "denies", "denied", "bogus", "fiction", "erroneous",
    ]

    /// Verbs of speech whose clause may call a claim false ("said it was untrue").
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "insisted", "insists", "stated", "states", "maintained", "maintains",
        "added", "stressed", "explained", "wrote", "writes",
    ]
    /// Words that call a thing false in anyone's voice; unlike `falsity`, no word that
    /// merely names a rumour.
    /// Words that call a document, picture or recording counterfeit, whatever their
    /// place in the sentence (`ClaimCandidates.callsForged` reads "forged" by its place).
    static let forgeryWords: Set<String> = ["forgery", "forgeries", "doctored", "counterfeit", "photoshopped"]
    static let plainFalsity: Set<String> = [
        "untrue", "false", "baseless", "unfounded", "fake", "nonsense", "inaccurate", "incorrect", "fabricated",
        "groundless", "bogus", "erroneous", "hoax",
    ]
    /// Nouns for something said that a teaser names instead of saying it ("made a shocking
    /// admission").
    static let speechActNouns: Set<String> = [
        "admission", "confession", "revelation", "announcement", "claim", "secret", "statement",
        "bombshell", "disclosure",
    ]
    /// Verbs a report takes as its sentence's subject ("Reports that X swirled online").
    static let spreadingVerbs: Set<String> = [
        "swirled", "swirl", "swirling", "emerged", "emerge", "surfaced", "surface", "spread", "spreading", "circulated",
        "circulating", "appeared", "began", "started", "prompted", "sparked", "caused", "flooded", "swept", "sweeping",
    ]
    /// Verbs by which a report that is its sentence's subject causes something ("false
    /// reports that X led hundreds to flee"); the report's proposition ends before them.
    static let causingVerbs: Set<String> = ["led", "sent", "forced", "triggered", "drove", "caused", "sparked", "prompted"]
    /// Participles by which posts or reports say something ("posts claiming that X").
    static let reportParticiples: Set<String> = ["claiming", "saying", "suggesting", "alleging", "asserting"]
    /// Words opening a question put to someone ("asked why", "asked whether").
    static let questionWords: Set<String> = ["why", "whether", "if", "how", "about", "what", "when"]
    /// What spreads a rumour besides reports and posts ("messages claiming that X").
    static let postNouns: Set<String> = ["messages", "tweets", "videos", "clips", "texts"]
    /// Where posts carry a rumour no outlet is credited with ("posts on TikTok"); "social
    /// media" is read as two words.
    static let platforms: Set<String> = [
        "online", "internet", "twitter", "facebook", "tiktok", "instagram", "whatsapp", "telegram", "youtube", "reddit",
    ]
    /// Verbs by which an account puts something online (`ClaimEvidence.postingAccount`).
    /// Labels a desk puts before a headline's colon to sell it (`ClaimCandidates.withoutKicker`).
    static let kickers: Set<String> = [
        "exclusive", "breaking", "revealed", "update", "updated", "live", "watch", "video", "analysis", "explainer", "opinion",
        "comment", "pictured", "listen", "scoop", "urgent", "developing",
    ]
    static let postingVerbs: Set<String> = [
        "posted", "published", "uploaded", "tweeted", "shared", "post", "posts", "publishes", "shares", "uploads", "tweets",
    ]
    /// Verbs by which a post spreads (`ClaimEvidence.sharedItem`).
    static let goingViral: Set<String> = ["circulating", "circulated", "spread", "spreading", "spreads", "viral"]
    /// Verbs by which a post comes to light (`ClaimEvidence.postPlatform`): "a post appeared".
    static let surfacing: Set<String> = ["appeared", "appears", "surfaced", "surfaces", "emerged", "emerges", "began", "started"]
    /// Things shared online that a rumour may rest on (`ClaimEvidence.sharedItem`).
    static let sharedItems: Set<String> = [
        "video", "videos", "clip", "clips", "image", "images", "photo", "photos", "photograph", "picture", "pictures", "screenshot",
        "screenshots", "post", "posts", "letter", "message", "messages", "tweet", "tweets", "alert", "warning", "audio", "recording",
        "memo", "notice", "document", "thread", "footage",
    ]
    /// Nouns for a speaker left unnamed ("a police source"): on record for no one.
    static let anonymousSources: Set<String> = ["source", "sources", "insider", "insiders"]
    /// Legal matters a court dismisses or rejects ("dismissed the cases"): no claim.
    static let legalMatters: Set<String> = [
        "case", "cases", "charge", "charges", "lawsuit", "lawsuits", "suit", "suits", "complaint", "complaints",
        "indictment", "indictments", "motion", "motions", "claimants",
    ]
    /// Words before a participle that make it passive ("has been confirmed").
    static let passiveAuxiliaries: Set<String> = ["be", "been", "being", "is", "are", "was", "were"]
    /// Words of feeling or ability before "to confirm" that make the infinitive the
    /// confirmation itself ("we are delighted to confirm", "sad to confirm"), not a purpose.
    static let gladToSay: Set<String> = [
        "delighted", "pleased", "happy", "glad", "proud", "thrilled", "excited", "able", "sad", "saddened", "sorry", "regret",
    ]
    /// Nouns of a notice or a finding that, negated, say nothing shows the claim happened
    /// ("no evidence that", "not received any notification that", "no instruction to stop").
    static let evidenceNouns: Set<String> = [
        "evidence", "indication", "indications", "sign", "signs", "notice", "notification", "notifications", "record",
        "records", "recommendation", "instruction", "instructions", "order", "orders", "proof", "suggestion", "reports", "sightings",
    ]
    /// What a study, a test or an inquiry found, which a denial right after its verb takes
    /// up as it would the report resting on it ("rejected the findings").
    static let studyFindings: Set<String> = ["findings", "results", "conclusions"]
    /// A piece of research or its numbers, which a speaker says does not say something.
    static let workNouns: Set<String> = ["paper", "study", "research", "data", "figures", "analysis", "survey", "findings", "results", "report"]
    /// What such a work does or does not do with a claim.
    static let workVerbs: Set<String> = [
        "say", "says", "said", "show", "shows", "showed", "shown", "find", "finds", "found", "suggest", "suggests", "suggested", "claim", "claims",
        "conclude", "concludes", "concluded",
    ]
    /// The evidence nouns that tell of a decision passed on to those it concerns ("no
    /// notice of any change"), which a matter still being weighed has not reached.
    static let noticeNouns: Set<String> = ["notice", "notification", "notifications", "instruction", "instructions"]
    /// Words after a negated verb that turn the negation away from the clause's fact ("has
    /// not ruled out", "had not confirmed", "did not only").
    static let negationTurners: Set<String> = [
        "only", "just", "rule", "ruled", "exclude", "excluded", "deny", "denied", "confirm", "confirmed", "comment", "commented",
    ]
    /// Words of an accusation that a bare "denied the accusation" or "refuted this" may
    /// stand for ("accused him of ..."), and the nouns among them.
    static let accusations: Set<String> = [
        "accused", "accuses", "accusing", "accusation", "accusations", "alleged", "alleges", "allegation",
        "allegations", "charged",
    ]
    static let accusationNouns: Set<String> = ["accusation", "accusations", "allegation", "allegations", "charge", "charges"]
    /// Verbs by which a claim says that someone said something ("X said that ...").
    static let claimSayingVerbs: Set<String> = [
        "said", "says", "told", "tells", "claimed", "claims", "stated", "states", "declared", "declares", "assured",
        "assures", "insisted", "insists", "tweeted", "tweets", "wrote", "writes", "argued", "argues",
    ]
    /// Words by which a denial is of a statement having been made ("denied the remarks").
    static let sayingNouns: Set<String> = [
        "remark", "remarks", "comment", "comments", "quote", "quotes", "quoted", "misquoted", "misattributed",
        "words", "statement", "statements", "saying", "interview", "report", "reports", "story", "article",
    ]

    /// Verbs that attribute a statement after it (", officials said", ", according to X").
    static let attributingVerbs: Set<String> = [
        "said", "says", "say", "saying", "reported", "reports", "reporting", "told", "tells", "according", "wrote",
        "writes", "added", "adding", "claimed", "claims", "claiming", "announced", "revealed", "stated", "suggested",
        "find", "finds", "found", "confirm", "confirms", "confirmed", "insist", "insists", "insisted", "warn", "warns",
        "warned", "admit", "admits", "admitted", "deny", "denies", "denied", "conclude", "concludes", "concluded",
    ]
    /// A negated auxiliary's positive form ("didn't" is "did"), for putting a debunking
    /// headline's proposition as a statement.
    static func positiveAuxiliary(_ lower: String) -> String? {
        let w = lower.replacingOccurrences(of: "\u{2019}", with: "'")
        let irregular = ["won't": "will", "can't": "can", "cannot": "can", "shan't": "shall", "ain't": "is"]
        if let p = irregular[w] { return p }
        guard w.hasSuffix("n't") else { return nil }
        let base = String(w.dropLast(3))
        return auxiliaries.contains(base) || ["should", "need", "must"].contains(base) ? base : nil
    }

    /// Words that, negated, call a thing false ("not true", "no truth to it").
    static let truthWords: Set<String> = ["true", "truth", "accurate", "correct", "real", "genuine", "authentic"]

    static let relativePronouns: Set<String> = ["which", "who", "whose", "whom", "where"]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    ]

    /// Prepositions that tie a subject to a place or thing ("residents of", "fans in").
    static let placePrepositions: Set<String> = ["of", "in", "at", "from", "near", "inside", "outside", "across", "around"]
    /// Nouns for people who speak for what follows them ("a spokesman for", "officials at").
    static let speakerNouns: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "representative",
        "representatives", "rep", "reps", "official", "officials", "executive", "executives", "lawyer", "lawyers", "attorney",
        "attorneys", "aide", "aides", "staff", "management", "leadership", "board", "head", "chief", "director",
        "directors", "president", "chairman", "chairwoman", "chair", "members", "officers", "owner", "owners",
        "leaders", "leader", "boss", "bosses", "team", "side", "camp", "publicist", "publicists", "agent", "agents",
        // A party's own communications.
        "statement", "statements", "release", "account", "tweet", "post", "letter", "filing", "email", "memo",
        "website", "blog",
    ]

    /// Nouns for official bodies that deny or confirm a report under their common name
    /// ("police denied it", "county officials rejected the report").
    static let officialBodies: Set<String> = [
        "police", "officials", "authorities", "government", "council", "ministry", "department", "agency",
        "university", "college", "school", "military", "army", "prosecutors", "investigators", "officers",
        "administration", "embassy", "regulator", "regulators", "sheriff", "coroner",
    ]
    /// Words after which a new clause, with its own subject, starts ("... after its author
    /// admitted").
    static let clauseOpeners: Set<String> = [
        "after", "before", "when", "because", "since", "as", "while", "if", "that", "who", "which", "once", "until",
    ]
    /// Words that open a clause with its own subject inside a sentence ("..., despite the
    /// bishop moving to rubbish it"); unlike `clauseOpeners`, no relative pronoun, whose
    /// clause describes the subject before it.
    static let subordinators: Set<String> = [
        "despite", "that", "after", "before", "when", "because", "since", "although", "though", "once", "until",
        "whereas", "if",
    ]
    /// Things a party grants or refuses ("denied requests", "denied him entry"): a denial of
    /// one is a refusal, not a stance on a claim.
    static let grantedThings: Set<String> = [
        "request", "requests", "access", "entry", "permission", "bail", "visa", "visas", "admission", "interview",
        "interviews", "application", "applications", "petition", "petitions", "parole", "asylum", "appeal", "appeals",
        "clearance", "approval", "licence", "license", "permit", "permits", "treatment",
    ]
    /// Kind nouns of official bodies whose names hold the noun ("the university" is
    /// "Dunmore University", "the ministry" the "Ministry of Health").
    static let namedKinds: Set<String> = [
        "university", "college", "school", "ministry", "department", "agency", "council", "committee", "commission",
        "authority", "administration", "embassy", "court", "board", "hospital", "bank", "club", "union", "government",
        "office", "institute", "bureau", "service", "foundation", "association", "church", "diocese", "archdiocese",
    ]
    /// Last words of agencies' names that lack the word ("the agency" may be a "Food and
    /// Drug Administration").
    static let agencyHeads: Set<String> = ["administration", "service", "bureau", "commission", "authority", "office", "agency"]
    /// Kind nouns of companies ("the firm said").
    static let companyKinds: Set<String> = [
        "company", "firm", "carmaker", "automaker", "maker", "manufacturer", "retailer", "chain", "giant", "business",
        "corporation", "brand", "startup", "start-up", "airline", "carrier", "group", "conglomerate", "insurer", "lender",
        "operator", "supplier", "developer", "studio", "restaurant",
    ]
    /// Company kinds that name one trade in other words, with the words a company's name
    /// uses to say it is of that trade: "the airline" is the one called a carrier or named
    /// "... Air", not the planemaker named beside it.
    static let companyKindFamilies: [(kinds: Set<String>, nameWords: Set<String>)] = [
        (["airline", "carrier"], ["air", "airlines", "airline", "airways", "aviation"]),
        (["carmaker", "automaker"], ["motors", "motor", "automotive", "cars"]),
        (["insurer"], ["insurance", "assurance"]),
        (["lender"], ["bank", "lending", "finance", "credit"]),
        (["retailer", "chain"], ["stores", "retail", "supermarkets"]),
        (["studio"], ["studios", "pictures", "films"]),
        (["restaurant"], ["restaurant", "kitchen", "grill", "bistro"]),
    ]
    /// Nouns besides company kinds that, plural after "the two" or "both", stand for two
    /// parties together ("the two sides", "both men").
    static let pairNouns: Set<String> = [
        "side", "party", "man", "woman", "country", "nation", "government", "leader", "team", "club", "organisation",
        "organization",
    ]
    /// Last words that make a name a company's.
    static let companySuffixes: Set<String> = [
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "plc", "llc", "group",
        "holdings", "motors", "motor", "gmbh", "ag", "sa", "industries", "technologies", "airlines", "airways", "foods",
    ]
    /// Words of faking ("denied staging the video", "it was a hoax").
    static let fakeryWords: Set<String> = [
        "fake", "faked", "faking", "staged", "staging", "fabricated", "fabricating", "hoax", "hoaxed", "scripted",
        "scripting", "doctored", "doctoring", "photoshopped", "photoshopping", "forged", "forging", "invented",
        "inventing", "rigged", "rigging", "lying", "lied",
    ]
    /// Their stems, for telling a claim that something was faked.
    static let fakeryStems: Set<String> = Set(fakeryWords.map(ClaimWords.stem))

    /// Nouns that introduce an outlet by kind ("the site Snopes", "the tabloid X").
    static let mediaNouns: Set<String> = [
        "site", "website", "blog", "newspaper", "paper", "magazine", "tabloid", "outlet", "broadcaster", "channel",
        "network", "publication", "daily", "weekly", "fact-checker", "fact-checking",
    ]
    /// Words by which an article itself calls a story false ("the hoax", "debunked").
    static let verdicts: Set<String> = [
        "hoax", "hoaxes", "fake", "false", "debunked", "dispelled", "myth", "satire", "satirical", "untrue",
        "bogus", "fabricated", "fabrication", "spoof",
    ]
    /// What a verdict word judges when it judges the claim ("the story is a hoax"); not
    /// "news", since "fake news" is more often a slogan than a verdict.
    static let storyNouns: Set<String> = [
        "story", "stories", "report", "reports", "rumor", "rumors", "rumour", "rumours", "article", "articles",
        "post", "posts", "posting", "postings", "allegation", "allegations",
    ]
    /// Words that hand a sentence's judgement to somebody else ("X said", "called it a hoax").
    static let attributions: Set<String> = [
        "said", "says", "say", "told", "tells", "according", "claimed", "claims", "claim", "called", "calling",
        "calls", "described", "describing", "stated", "insisted", "insists", "argued", "argues", "by",
    ]

    /// Words that, negated inside a quotation, deny ("no truth", "not negotiating").
    static let negatableFacts: Set<String> = [
        "truth", "true", "plans", "plan", "talks", "negotiating", "negotiations", "discussions", "discussing",
        "deal", "agreement", "basis", "intention", "interest", "involved", "happening", "accurate", "correct",
    ]

    /// Words that pick out both parties of a two-party claim ("both companies denied it").
    static let bothWords: Set<String> = ["both", "two", "pair", "duo"]
    static let partyNouns: Set<String> = [
        "companies", "parties", "sides", "firms", "groups", "camps", "carmakers", "automakers", "men", "women",
        "teams", "governments", "countries", "brands", "businesses",
    ]
    /// Whether `word` is the plural of a kind of body ("both clubs", "the two universities",
    /// "both airlines"): any kind a party is called by stands for the two of them, not only
    /// the listed plurals.
    static func isPartyPlural(_ word: String) -> Bool {
        if partyNouns.contains(word) { return true }
        let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : word.hasSuffix("s") ? String(word.dropLast()) : word
        return singular != word && (companyKinds.contains(singular) || namedKinds.contains(singular) || pairNouns.contains(singular))
    }

    // Sourcing: "four sources familiar with the matter", "people briefed on the talks".

    /// Nouns for unnamed sources. Those in `needQualifier` count only with a qualifier
    /// ("people familiar with the matter"): "many people" alone is not sourcing.
    static let sourceNouns: Set<String> = [
        "source", "sources", "insider", "insiders", "people", "person", "persons", "officials", "official",
        "executives", "executive", "individuals", "documents", "document", "emails", "email", "memo", "memos", "filings", "aides",
    ]
    static let needQualifier: Set<String> = [
        "people", "person", "persons", "officials", "official", "executives", "executive", "individuals", "aides",
    ]
    static let documentNouns: Set<String> = ["documents", "document", "emails", "email", "memo", "memos", "filings"]
    /// Papers an outlet may have in hand ("a copy obtained by", "a draft contract seen by").
    static let paperNouns: Set<String> = [
        "copy", "copies", "draft", "drafts", "contract", "contracts", "document", "documents", "letter", "letters", "email", "emails",
        "memo", "memos", "minutes", "report", "filing", "filings", "records", "recording", "recordings", "notes", "papers", "messages",
        "notice", "notices", "plan", "plans",
        // Papers named by what they are ("an internal spreadsheet obtained by", "a dossier seen by").
        "spreadsheet", "spreadsheets", "dossier", "dossiers", "transcript", "transcripts", "ordinance", "bylaw",
        // A company's plans travel as slides ("an internal presentation seen by", "the deck").
        "presentation", "presentations", "deck", "slides",
        // A government's acts before they are published ("a ministerial decree seen by").
        "decree", "decrees", "directive", "directives",
        // What a crew, a control room or a server keeps as it goes ("an internal incident log
        // seen by", "call logs obtained by"): a record, as minutes are a meeting's.
        "log", "logs", "logbook", "logbooks",
        // An official record of entries ("the chapel's marriage register, seen by", "according to
        // the company register").
        "register", "registers",
        // What embassies and ministries send each other ("a confidential diplomatic cable
        // obtained by", "correspondence seen by").
        "cable", "cables", "telegram", "telegrams", "correspondence",
    ]
    /// What research publishes as its findings: a claim resting on a study is sourced by it
    /// ("according to a study posted online", "according to laboratory tests commissioned by
    /// X", "according to a press release issued by the university"), as one resting on a leaked
    /// memo is sourced by the memo. "Paper" stays out: alone it is a newspaper.
    static let researchNouns: Set<String> = [
        "study", "studies", "research", "preprint", "preprints", "survey", "surveys", "analysis", "analyses",
        "test", "tests", "results", "findings", "data", "poll", "polls", "audit", "release", "releases",
    ]
    /// Participles that say where a paper or a study came from or appeared ("a study posted
    /// online this week", "tests commissioned by X", "a release issued by the university").
    static let provenanceParticiples: Set<String> = [
        "published", "posted", "released", "issued", "commissioned", "conducted", "carried", "led", "produced",
        "compiled", "prepared", "leaked", "funded",
    ]
    /// Words that make a piece satire ("a satirical website", "a spoof news site"): a claim
    /// that began as one was never news, and saying so is how it was sourced.
    static let satireWords: Set<String> = ["satirical", "satire", "spoof", "parody"]
    /// What a satirical piece was published as or on.
    static let satireOutlets: Set<String> = [
        "website", "websites", "site", "sites", "article", "articles", "story", "stories", "piece", "account", "accounts",
        "page", "pages", "column", "magazine", "newspaper", "blog", "outlet", "interview", "post", "video",
    ]
    /// What makes a "paper" a document rather than a newspaper ("a confidential paper
    /// prepared for the board", "a draft cabinet paper"; not "according to the paper").
    static let paperKinds: Set<String> = [
        "leaked", "internal", "confidential", "private", "draft", "board", "cabinet", "briefing", "discussion",
        "consultation", "policy", "position", "options", "strategy", "working", "white", "green", "secret", "restricted",
    ]
    /// Verbs by which papers of a kind tell the news ("court records show").
    static let showingVerbs: Set<String> = ["show", "shows", "showed", "reveal", "reveals", "revealed", "suggest", "suggests"]
    /// Participles by which an outlet says it has a paper in hand ("seen by the Post").
    static let inHandVerbs: Set<String> = ["obtained", "seen", "reviewed", "viewed"]
    static let documentModifiers: Set<String> = ["leaked", "internal", "confidential", "seen", "obtained", "private"]
    static let sourceModifiers: Set<String> = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
        "multiple", "numerous", "unnamed", "anonymous", "senior", "people", "some", "other", "industry",
        "company", "government", "administration", "familiar", "knowledgeable", "close", "top", "leaked",
        "internal", "confidential", "well-placed", "well-informed",
    ]
    /// Words that count people without naming them ("two pilots", "several neighbours").
    static let informantCounts: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "numerous", "unnamed", "anonymous",
    ]
    /// Verbs by which counted people tell what they know (`ClaimEvidence.countedInformants`).
    static let informantVerbs: Set<String> = ["told", "tell", "tells", "said", "say", "says", "reported", "report", "claimed", "claim"]
    /// `informantVerbs` that tell of a telling done, as a relative clause describing sources
    /// ends ("people who attended the meeting told the Post").
    static let pastInformantVerbs: Set<String> = ["told", "said", "reported", "claimed"]
    /// Verbs that credit a scoop beside "first" ("first reported", "revealed first").
    static let scoopVerbs: Set<String> = ["reported", "revealed", "broke", "disclosed", "reporting", "published"]
    /// `scoopVerbs` and the fact-checker's "the claim first appeared in a report by X": where a
    /// claim first appeared is where it began (`ClaimEvidence.firstReporter`). Not for a post's
    /// outlet, where a picture that first appeared in a paper was printed, not rumoured.
    static let firstTellingVerbs: Set<String> = scoopVerbs.union(["appeared"])
    /// Verbs by which an outlet closes a lede as its own news ("..., the Gazette reported",
    /// "..., Radio X understands", "..., the Post has learned", the British "..., the Courier
    /// can reveal").
    static let scoopClosings: Set<String> = ["reported", "reports", "revealed", "reveal", "understands", "learned", "learnt"]
    /// Plurals that count time, not people ("three weeks later").
    static let timeUnits: Set<String> = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "times"]
    /// First words of a qualifier after the source noun.
    static let qualifiers: Set<String> = ["familiar", "close", "briefed", "with", "knowledgeable", "involved", "aware", "who", "speaking", "privy"]
    /// Qualifiers that say by their preposition what the sources know, whatever its object.
    static let qualifierPrepositions: [String: String] = ["close": "to", "briefed": "on", "familiar": "with", "privy": "to"]
    /// Words that end a sourcing phrase after its qualifier's object ("the matter").
    static let qualifierObjects: Set<String> = [
        "matter", "matters", "situation", "talks", "discussions", "plans", "plan", "negotiations", "deal", "issue",
        "decision", "process", "company", "companies", "thinking", "anonymity", "named", "identified", "it",
        "them", "knowledge", "investigation", "case", "project", "negotiation", "conversations", "board",
        "deliberations", "programme", "program", "proposal", "proposals",
    ]
}
