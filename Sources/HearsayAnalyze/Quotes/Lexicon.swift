/// The small, general word lists the quote pass relies on: journalism's reporting verbs,
/// titles and role words, organisation suffixes. Nothing here names a person or an outlet.
/// All entries are lower case; `Word.lower` is what they are matched against.
enum Lexicon {
    /// Verbs that introduce or close a quotation ("said", "told", "wrote"...), every
    /// inflection spelled out so that lookup is one set probe.
    static let reportingVerbs: Set<String> = Set(reportingStems.flatMap { $0 })

    /// The plain forms ("say", "report"), which a single name does not take as its verb.
    static let baseForms: Set<String> = Set(reportingStems.filter { $0.count >= 3 }.map { $0[0] })

    static let reportingStems: [[String]] = {
        let stems: [[String]] = [
            ["say", "says", "said", "saying"], ["tell", "tells", "told", "telling"],
            ["add", "adds", "added", "adding"], ["warn", "warns", "warned", "warning"],
            ["write", "writes", "wrote", "writing", "written"], ["post", "posts", "posted", "posting"],
            ["state", "states", "stated", "stating"], ["note", "notes", "noted", "noting"],
            ["claim", "claims", "claimed", "claiming"], ["insist", "insists", "insisted", "insisting"],
            ["argue", "argues", "argued", "arguing"], ["explain", "explains", "explained", "explaining"],
            ["comment", "comments", "commented", "commenting"], ["remark", "remarks", "remarked"],
            ["reply", "replies", "replied", "replying"], ["respond", "responds", "responded", "responding"],
            ["announce", "announces", "announced", "announcing"], ["declare", "declares", "declared", "declaring"],
            ["acknowledge", "acknowledges", "acknowledged", "acknowledging"], ["admit", "admits", "admitted", "admitting"],
            ["confirm", "confirms", "confirmed", "confirming"], ["deny", "denies", "denied", "denying"],
            ["describe", "describes", "described", "describing"], ["call", "calls", "called", "calling"],
            ["label", "labels", "labeled", "labelled", "labeling", "labelling"], ["tweet", "tweets", "tweeted", "tweeting"],
            ["predict", "predicts", "predicted", "predicting"], ["suggest", "suggests", "suggested", "suggesting"],
            ["recall", "recalls", "recalled", "recalling"], ["continue", "continues", "continued"],
            ["ask", "asks", "asked", "asking"], ["quip", "quips", "quipped"], ["concede", "concedes", "conceded", "conceding"],
            ["stress", "stresses", "stressed", "stressing"], ["emphasise", "emphasises", "emphasised", "emphasising"],
            ["emphasize", "emphasizes", "emphasized", "emphasizing"], ["urge", "urges", "urged", "urging"],
            ["vow", "vows", "vowed", "vowing"], ["assert", "asserts", "asserted", "asserting"],
            ["observe", "observes", "observed", "observing"], ["testify", "testifies", "testified", "testifying"],
            ["reiterate", "reiterates", "reiterated", "reiterating"], ["repeat", "repeats", "repeated", "repeating"], ["allege", "alleges", "alleged", "alleging"], ["boast", "boasts", "boasted", "boasting"],
            ["complain", "complains", "complained", "complaining"], ["joke", "jokes", "joked", "joking"],
            ["answer", "answers", "answered", "answering"], ["report", "reports", "reported", "reporting"],
            ["echo", "echoes", "echoed", "echoing"], ["branded"],
            // "summed up the result in one line:"
            ["summed"], ["summarise", "summarises", "summarised", "summarising"], ["summarize", "summarizes", "summarized", "summarizing"],
            // "The notice reads: ...": what a written thing says; "read" alone is mostly reading.
            ["reads"],
            ["promise", "promises", "promised", "promising"], ["caution", "cautions", "cautioned", "cautioning"],
            ["maintain", "maintains", "maintained", "maintaining"], ["mention", "mentions", "mentioned"],
            ["exclaim", "exclaims", "exclaimed"], ["quote", "quotes", "quoted", "quoting"], ["blog", "blogs", "blogged"], ["whisper", "whispers", "whispered"],
            ["shout", "shouts", "shouted", "shouting"], ["yell", "yells", "yelled", "yelling"],
            ["scream", "screams", "screamed", "screaming"], ["chide", "chides", "chided", "chiding"],
            ["scold", "scolds", "scolded", "scolding"], ["lament", "laments", "lamented"], ["retort", "retorts", "retorted"],
            // Verbs of saying in anger, scorn or weariness ("he fumed", "she scoffed").
            ["fume", "fumes", "fumed"], ["seethe", "seethes", "seethed"], ["scoff", "scoffs", "scoffed"],
            ["sneer", "sneers", "sneered"], ["sigh", "sighs", "sighed"], ["mutter", "mutters", "muttered"],
            ["grumble", "grumbles", "grumbled"], ["gush", "gushes", "gushed"], ["rant", "rants", "ranted"],
            // "pointed out that ...": the particle is a word of its own, the verb carries the speech.
            ["point", "points", "pointed"],
            // Verbs that carry a judgement in the speaker's words ("dismissed the reports as “nonsense”").
            ["dismiss", "dismisses", "dismissed", "dismissing"], ["reject", "rejects", "rejected", "rejecting"],
            ["condemn", "condemns", "condemned", "condemning"], ["criticise", "criticises", "criticised", "criticising"],
            ["criticize", "criticizes", "criticized", "criticizing"], ["slam", "slams", "slammed", "slamming"],
            ["hail", "hails", "hailed", "hailing"], ["accuse", "accuses", "accused", "accusing"],
            ["praise", "praises", "praised", "praising"],
            // Words let out or confided ("the source revealed"), said laughing or sniffing, and
            // appeals ("she appeals to the kidnappers:", "advised readers that").
            ["reveal", "reveals", "revealed", "revealing"], ["confide", "confides", "confided"],
            ["laugh", "laughs", "laughed"], ["chuckle", "chuckles", "chuckled"], ["sniff", "sniffs", "sniffed"],
            ["snap", "snaps", "snapped"], ["appeal", "appeals", "appealed", "appealing"], ["plead", "pleads", "pleaded", "pleading"],
            ["implore", "implores", "implored", "imploring"], ["beg", "begs", "begged", "begging"], ["advise", "advises", "advised", "advising"],
            // What a report or a committee puts forward ("the review recommends that the city
            // “withdraw ...”", "the panel concluded that ...").
            ["recommend", "recommends", "recommended", "recommending"], ["conclude", "concludes", "concluded"],
            ["propose", "proposes", "proposed", "proposing"],
        ]
        return stems
    }()

    /// Nouns for a statement made by someone ("in a comment to X by Y", "a statement from Y").
    static let speechNouns: Set<String> = [
        "comment", "comments", "statement", "statements", "remarks", "remark", "interview", "post",
        "tweet", "letter", "email", "memo", "message", "speech", "testimony", "words", "reply", "response",
    ]

    /// Words that, in front of a quotation, make it a term or a title rather than speech.
    static let namingCues: Set<String> = [
        "so-called", "dubbed", "nicknamed", "titled", "entitled", "term", "phrase", "word", "slogan", "motto",
        "hashtag", "headline", "song", "album", "book", "film", "movie", "show", "series", "programme", "program",
        "episode", "novel", "play", "documentary", "podcast", "column", "campaign",
    ]

    /// Honorifics and titles written in front of a name. Bare forms; a following full stop
    /// ("Sen.", "Dr.") is skipped by the caller.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen", "senator",
        "rep", "representative", "congressman", "congresswoman", "gov", "governor", "president", "minister",
        "chancellor", "secretary", "mayor", "judge", "justice", "rev", "reverend", "pope", "king", "queen", "prince",
        "princess", "duke", "duchess", "baroness", "emperor", "empress", "sultan", "emir", "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt", "sergeant", "adm", "admiral",
        "cmdr", "commander", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "cto", "commissioner",
        "ambassador", "deputy", "speaker", "leader", "sheikh", "mp", "mep", "attorney", "detective", "inspector",
        "superintendent", "constable", "coach", "chief", "vice", "prime", "premier", "councillor", "councilman", "councilwoman",
        "assemblyman", "assemblywoman", "del", "atty", "supt", "insp", "det", "father", "sister", "brother",
        "maj", "cpl", "corporal", "pvt", "amb", "cllr", "fr", "hon", "pres",
    ]

    /// Titles that tell a person's gender, for choosing a pronoun's antecedent.
    /// Words in a stated role that tell a person's gender ("his sister", "the bank's
    /// spokeswoman"), besides the gendered titles.
    static let maleRoleWords: Set<String> = maleTitles.union(["husband", "son", "boyfriend", "grandfather", "uncle", "nephew", "dad", "widower"])
    static let femaleRoleWords: Set<String> = femaleTitles.union([
        "wife", "daughter", "mother", "girlfriend", "grandmother", "aunt", "niece", "widow", "mum", "mom",
    ])

    static let maleTitles: Set<String> = [
        "mr", "sir", "lord", "king", "prince", "congressman", "councilman", "assemblyman", "father", "brother", "pope",
        "duke", "emperor", "sultan", "emir", "chairman", "spokesman", "businessman",
    ]
    static let femaleTitles: Set<String> = [
        "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman", "councilwoman", "assemblywoman",
        "chairwoman", "sister", "duchess", "empress", "baroness", "countess", "spokeswoman", "businesswoman", "actress",
    ]

    /// Abbreviated titles, which take a full stop in American usage.
    static let abbreviatedTitles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "rev", "gen", "col", "capt", "lt", "sgt", "adm",
        "cmdr", "del", "atty", "supt", "insp", "det", "st", "maj", "cpl", "pvt", "amb", "cllr", "fr", "hon", "pres",
    ]

    /// Abbreviated titles spelled out, so that a role reads "Senator" whether an outlet wrote
    /// "Sen." or not ("st" is a saint's name, not a role, and is left alone).
    static let spelledOutTitles: [String: String] = [
        "dr": "Doctor", "prof": "Professor", "sen": "Senator", "rep": "Representative", "gov": "Governor",
        "rev": "Reverend", "gen": "General", "col": "Colonel", "capt": "Captain", "lt": "Lieutenant",
        "sgt": "Sergeant", "adm": "Admiral", "cmdr": "Commander", "del": "Delegate", "atty": "Attorney",
        "supt": "Superintendent", "insp": "Inspector", "det": "Detective", "maj": "Major", "cpl": "Corporal",
        "pvt": "Private", "amb": "Ambassador", "cllr": "Councillor", "fr": "Father", "hon": "Honourable", "pres": "President",
    ]

    /// Words that name a job or an office, in any case: the heads of premodifiers
    /// ("Acme CEO Jane Roe") and appositions ("Jane Roe, a spokeswoman for Acme").
    static let roleWords: Set<String> = [
        "ceo", "cfo", "coo", "cto", "cio", "cmo", "chief", "executive", "executives", "officer", "president",
        "chairman", "chairwoman", "chair", "chairperson", "director", "head", "founder", "co-founder", "cofounder",
        "owner", "partner", "manager", "spokesperson", "spokesman", "spokeswoman", "representative", "analyst",
        "consultant", "investor", "economist", "strategist", "adviser", "advisor", "minister", "secretary",
        "senator", "congressman", "congresswoman", "lawmaker", "legislator", "governor", "mayor", "mp", "mep", "td",
        "deputy", "official", "diplomat", "ambassador", "commissioner", "lawyer", "attorney", "counsel",
        "professor", "researcher", "scientist", "engineer", "expert", "editor", "reporter", "correspondent",
        "journalist", "columnist", "critic", "author", "leader", "member", "chancellor", "treasurer", "trustee",
        "judge", "justice", "prosecutor", "general", "colonel", "captain", "coach", "republican", "democrat",
        "councillor", "premier", "king", "queen", "prince", "princess", "speaker", "vice-president", "fellow",
        "lecturer", "historian", "activist", "campaigner", "banker", "trader", "broker", "developer", "designer",
        "architect", "doctor", "physician", "surgeon", "nurse", "teacher", "student", "farmer", "worker",
        "employee", "staffer", "aide", "whip", "governor-general", "commentator", "entrepreneur", "producer",
        "presenter", "host", "anchor", "inspector", "superintendent", "sheriff", "administrator", "regulator",
        "supervisor", "specialist", "scholar", "mp", "senior", "insider", "organiser", "organizer", "boss",
        "captain", "player", "striker", "midfielder", "defender", "goalkeeper", "winger", "manager",
        "businessman", "businesswoman", "chairperson", "campaigner", "pilot", "actor", "actress", "singer",
        "director-general", "secretary-general", "attorney-general", "solicitor", "barrister", "councilor",
        "publicist", "agent", "blogger", "vlogger", "youtuber", "coroner", "sophomore", "freshman", "meteorologist",
        "forecaster", "paramedic", "firefighter", "editor-in-chief", "commander-in-chief", "dealer",
        // Occupations and callings that stand before or after a name as a role ("the sculptor Jo
        // Roe", "Jo Roe, fragrance historian").
        "perfumer", "painter", "sculptor", "conductor", "composer", "pianist", "violinist", "poet", "playwright",
        "novelist", "dancer", "choreographer", "photographer", "filmmaker", "curator", "librarian", "contestant",
        "champion", "neuroscientist", "biologist", "microbiologist", "pharmacologist", "chemist",
        "physicist", "geologist", "epidemiologist", "virologist", "psychologist", "archaeologist", "astronomer",
        "pharmacist", "dentist", "statistician", "mathematician", "technician", "electrician", "mechanic",
        // Local offices and posts: a school's, a community's. Not those that are also common
        // names ("Dean", "Bishop", "Clerk", "Warden"), which would make a title of a given name.
        "convener", "convenor", "principal", "headteacher", "headmaster", "headmistress", "midwife",
        "magistrate", "registrar", "harbourmaster", "shopkeeper", "publican", "landlord",
        // Standing in a contest or a team ("challenger Jo Roe", "mayoral candidate Jo Roe").
        "challenger", "incumbent", "candidate", "nominee", "councilman", "councilwoman", "alderman", "alderwoman",
        // A club's, a religious house's, a university's and a crew's offices.
        "commodore", "prioress", "abbess", "abbot", "rector", "pro-rector", "astronaut", "showrunner", "sprinter",
        // One who runs something for others or works under someone ("the estuary coordinator",
        // "his former assistant, Jo Roe").
        "coordinator", "co-ordinator", "assistant",
    ]

    /// Verbs that, in "Jo Roe, who chairs the trust,", say what office a person holds or what
    /// they do for a living: the clause is their role.
    static let officeVerbs: Set<String> = [
        "chairs", "heads", "leads", "runs", "represents", "manages", "owns", "directs", "founded", "co-founded",
        "cofounded", "studies", "teaches", "lectures", "coaches", "edits", "oversees", "organises", "organizes",
        "coordinates", "advises", "convenes", "captains", "trains", "presents", "hosts", "researches",
        "specialises", "specializes", "chaired", "co-owns", "co-chairs", "co-hosts",
        // An analyst's beat ("who covers luxury goods at Acme", "who follows airlines for
        // Acme"), a grower's or a skipper's trade.
        "covers", "follows", "grows", "farms", "skippers",
        // The same offices held before ("who ran the workshop until 2021", "who led the
        // survey") or, after "has", since ("who has run the café for 18 years").
        "ran", "run", "headed", "led", "managed", "directed", "owned", "edited", "coached", "captained", "presented",
        "hosted", "produced", "represented", "oversaw", "overseen", "organised", "organized", "covered", "skippered",
        // A seat on a body ("who sits on the council's planning committee").
        "sits", "sat",
    ]

    /// Offices that are also given names or surnames ("Dean", "Bishop"), and so no role words:
    /// a title only where the phrase says so, "the Dean of Leeds".
    static let namelikeTitles: Set<String> = ["dean", "bishop", "canon", "warden", "clerk", "provost", "abbot", "prior"]

    /// Participles before "as" that give a person's role in an apposition: ", named as the
    /// council's finance director".
    static let givenAsParticiples: Set<String> = ["named", "described", "identified", "listed", "billed", "introduced"]

    /// Verbs after which "as" names a person's job ("who worked as an annotator", "who has
    /// served as treasurer").
    static let asJobVerbs: Set<String> = ["works", "worked", "serves", "served", "trained", "qualified", "practises", "practised"]

    /// Modifiers that belong to a role when they come before it ("former President").
    static let roleModifiers: Set<String> = [
        "former", "current", "then", "acting", "interim", "outgoing", "incoming", "late", "ex", "deputy", "vice",
        "assistant", "associate", "senior", "junior", "lead", "principal", "longtime", "founding", "retired",
        "chief", "top", "global", "regional", "managing", "executive", "general", "first", "shadow", "caretaker",
        "ex",
        // Styles of clergy and office holders: "the Very Rev", "the Right Hon", "the Most Rev".
        "very", "right", "most", "rt",
    ]

    /// A government portfolio before a title word belongs to the title ("Health Minister"),
    /// never an organisation of its own; before an organisation word it names one ("Health
    /// Ministry", "Foreign Office").
    static let portfolios: Set<String> = [
        "health", "finance", "foreign", "interior", "defence", "defense", "justice", "education", "transport",
        "culture", "environment", "energy", "labour", "agriculture",
    ]

    /// Nouns a story uses for a person it has already named ("the veteran said", "the
    /// 20-year-old told reporters"), besides role words and ages; anonymous sources are not
    /// among them.
    static let personNouns: Set<String> = [
        "veteran", "youngster", "teenager", "teen", "star", "actor", "actress", "singer", "rapper", "player",
        "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "manager", "coach", "boss",
        "captain", "champion", "athlete", "pilot", "politician", "billionaire", "tycoon", "entrepreneur",
        "founder", "mogul", "businessman", "businesswoman", "chef", "author", "writer", "novelist", "director",
        "chairman", "chairwoman", "minister", "senator", "congressman", "congresswoman", "governor", "mayor",
        "president", "prime", "judge", "lawmaker", "father", "mother", "son", "daughter", "husband", "wife",
        "musician", "artist", "presenter", "host", "candidate", "chancellor", "secretary", "ceo", "chief",
        "owner", "frontman", "frontwoman", "keeper", "mum", "mom", "dad", "widow", "publican", "landlord",
        "landlady", "pensioner", "grandmother", "grandfather", "grandad", "grandma", "shopkeeper", "teacher",
        "nurse", "campaigner", "student", "schoolgirl", "schoolboy", "bride", "groom", "toddler", "sister",
        "brother", "cousin", "uncle", "aunt", "niece", "nephew", "grandson", "granddaughter", "fiancee", "fiance",
        "girlfriend", "boyfriend",
        // Everyday occupations, as written in front of a name ("Waitress Jo Roe"); those that
        // are also common surnames (baker, cook, miner, porter) are left out.
        "waitress", "waiter", "investigator", "cashier", "cleaner", "bartender", "barmaid", "receptionist",
        "housewife", "electrician", "mechanic", "labourer", "laborer", "hairdresser", "photographer", "courier",
        "janitor", "housekeeper", "caregiver", "carer", "nanny", "midwife", "dentist", "pharmacist", "fisherman",
        "salesman", "saleswoman", "accountant", "lifeguard", "plumber", "trucker", "cabbie", "busker",
    ]

    /// Nouns for people a story does not name ("a man", "one fighter"); a pronoun after a
    /// sentence about one of them stands for that description.
    static let anonymousPersonNouns: Set<String> = [
        "man", "woman", "boy", "girl", "fighter", "soldier", "officer", "witness", "resident", "victim", "survivor",
        "passenger", "militant", "protester", "protestor", "worker", "driver", "neighbour", "neighbor", "doctor",
        "killer", "gunman", "attacker", "assailant", "kidnapper", "captor", "hostage", "suspect", "jihadist",
        "eyewitness", "homeowner", "commenter", "user", "reader", "viewer", "caller",
        // The colour voices of a story: "one shopper", "a commuter", "one worried mum".
        "shopper", "commuter", "customer", "motorist", "listener", "visitor", "diner", "punter", "traveller", "traveler",
        "cyclist", "pedestrian", "tenant", "parent", "fan", "supporter", "patient", "voter", "mum", "dad", "pupil",
        "student", "trader", "stallholder", "holidaymaker", "parishioner", "worshipper", "villager", "islander",
        "volunteer", "grower", "angler", "tourist", "rambler", "hiker",
    ]

    /// Adjectives that are nouns for people only as the head of a phrase ("one local said",
    /// not "a local TV station").
    static let adjectivalPersonNouns: Set<String> = ["local"]

    /// Roles that speak for the organisation they belong to: "a spokesman for Acme" is Acme speaking.
    static let voiceRoles: Set<String> = [
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "spokesmen", "spokeswomen",
        "representative", "representatives", "rep", "press", "office", "statement", "team", "account",
    ]

    /// Nouns for unnamed speakers that are kept as described ("a senior source").
    static let sourceNouns: Set<String> = [
        "source", "sources", "official", "officials", "insider", "insiders", "people", "person", "analyst",
        "analysts", "executive", "executives", "expert", "experts", "observers", "critics", "aides", "aide",
        "staff", "employee", "employees", "workers", "residents", "witnesses", "witness", "diplomat", "diplomats",
        "lawmakers", "investors", "traders", "economists", "spokesperson", "spokesman", "spokeswoman",
        "representative", "statement", "police", "authorities", "regulators", "prosecutors", "researchers",
        "scientists", "members", "leaders", "users", "fans", "customers", "group", "groups", "friend", "friends",
        "pal", "pals", "confidant", "confidante", "confidants", "acquaintance", "acquaintances", "ally", "allies",
        "colleague", "colleagues", "relative", "relatives", "descendant", "descendants", "heir", "heirs", "neighbour", "neighbours", "neighbor", "neighbors",
        "family", "teammate", "teammates", "supporters", "passengers", "parents", "students", "locals",
        "opponents", "protesters", "protestors", "campaigners", "demonstrators", "activists", "villagers",
    ]

    /// Lower-case particles that open Arabic and other names when hyphenated ("al-Assad",
    /// "bin-Salman"): such a word is a name even at the start of a clause.
    static let hyphenParticles: Set<String> = ["al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "bin", "ibn", "abu", "ul", "ud"]

    /// Nationality adjectives: in front of a name they describe it ("Australian Jo Roe") and
    /// are no part of it.
    static let demonyms: Set<String> = [
        "american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian", "spanish",
        "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish", "finnish",
        "icelandic", "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "turkish",
        "russian", "ukrainian", "belarusian", "serbian", "croatian", "bosnian", "albanian", "chinese", "japanese",
        "korean", "taiwanese", "vietnamese", "thai", "indonesian", "malaysian", "filipino", "indian", "pakistani",
        "bangladeshi", "afghan", "iranian", "iraqi", "syrian", "lebanese", "jordanian", "israeli", "palestinian",
        "saudi", "emirati", "qatari", "egyptian", "libyan", "tunisian", "algerian", "moroccan", "nigerian",
        "ghanaian", "kenyan", "ethiopian", "somali", "sudanese", "ugandan", "south", "african", "canadian",
        "mexican", "brazilian", "argentine", "argentinian", "chilean", "colombian", "peruvian", "venezuelan",
        "cuban", "australian", "kiwi", "european", "asian",
    ]

    /// Nouns that refer back to an organisation named earlier ("the company said").
    static let organisationNouns: Set<String> = [
        "company", "firm", "carmaker", "automaker", "manufacturer", "maker", "group", "bank", "ministry",
        "department", "agency", "government", "startup", "start-up", "retailer", "airline", "insurer", "lender",
        "giant", "brand", "business", "conglomerate", "corporation", "organisation", "organization", "club",
        "team", "party", "council", "committee", "regulator", "watchdog", "union", "charity", "university",
        "hospital", "broadcaster", "network", "publisher", "developer", "studio", "operator", "supplier",
        "administration", "board", "court", "commission", "authority", "police", "embassy", "platform",
        "museum", "gallery", "library", "school", "foundation", "institute", "society", "trust",
        "utility", "provider", "carrier", "orchestra", "theatre", "theater", "drugmaker", "laboratory", "chain",
        "shipyard", "brewery", "producer", "band", "inspectorate", "directorate",
        "cooperative", "co-operative", "co-op", "supermarket", "distillery", "bakery", "dairy",
        "consultancy", "exporter", "wholesaler", "distributor", "house",
        // A church's bodies answer as companies do ("the diocese said in a statement").
        "diocese", "archdiocese",
    ]

    /// What an organisation has that a person has not, after a noun's possessive ("the
    /// utility's board", "the cooperative's managing director"); with `voiceRoles` in front of
    /// them ("a utility spokeswoman"), they make the noun one for an organisation in an article.
    static let organisationOrgans: Set<String> = [
        "board", "chairman", "chairwoman", "chairperson", "headquarters", "shareholders", "directors", "employees",
        "workforce", "spokesman", "spokeswoman", "spokesperson", "managing director", "chief executive",
    ]

    /// Nouns for a group of people, which an organisation's words may follow ("the couple's
    /// spokesman") without their being an organisation.
    static let peopleGroups: Set<String> = ["couple", "pair", "duo", "trio", "family", "families", "parents", "relatives", "household"]

    /// Last words that make a capitalised sequence an organisation ("Acme Motor Company").
    /// Heads of bodies named for their cause with "for" ("Centre for Policy Studies",
    /// "Commission for Racial Equality").
    static let purposeHeads: Set<String> = [
        "institute", "centre", "center", "committee", "council", "foundation", "society", "association", "campaign",
        "coalition", "alliance", "commission", "fund", "league", "network", "trust", "agency", "organisation",
        "organization", "movement", "forum", "partnership", "office", "ministry", "department",
    ]

    /// Plural heads of a community's name before "of" ("Sisters of Mercy", "Knights of St
    /// Columba"): the members stand for the body.
    static let fellowships: Set<String> = ["sisters", "brothers", "daughters", "knights", "missionaries", "servants"]

    /// Head nouns of public bodies and services, as against companies ("Corp", "Group"):
    /// what a body named for two fields ends on ("Food and Drug Administration").
    static let publicBodyHeads: Set<String> = [
        "agency", "service", "services", "administration", "authority", "commission", "council", "department", "ministry",
        "board", "office", "institute", "trust", "directorate", "inspectorate", "committee", "foundation", "association",
        "federation", "society", "museum", "gallery", "library", "hospital", "college", "school", "centre", "center",
    ]

    static let organisationSuffixes: Set<String> = [
        "inc", "corp", "corporation", "co", "company", "companies", "ltd", "plc", "llc", "llp", "lp", "pty", "ag", "sa", "gmbh",
        "group", "holdings", "motor", "motors", "bank", "ministry", "department", "agency", "committee",
        "commission", "council", "party", "university", "institute", "association", "foundation", "authority",
        "office", "administration", "federation", "union", "board", "court", "parliament", "congress", "senate",
        "assembly", "police", "service", "services", "times", "news", "post", "journal", "herald", "telegraph",
        "tribune", "gazette", "press", "network", "broadcasting", "radio", "tv", "television", "magazine",
        "review", "daily", "weekly", "media", "wire", "observer", "guardian", "independent", "mail", "express",
        "chronicle", "examiner", "insider", "today", "capital", "partners", "securities", "research", "labs",
        "systems", "technologies", "technology", "airlines", "airways", "industries", "international", "fund",
        "exchange", "reserve", "school", "college", "hospital", "club", "league", "organisation", "organization",
        "centre", "center", "trust", "bureau", "museum", "gallery", "library", "agencies", "forces", "army", "navy", "inc.", "co.", "corp.",
        // Bodies of officials named for their function ("Waterways Inspectorate").
        "inspectorate", "directorate", "secretariat", "tribunal",
        // "Chamber of Commerce", "Chamber of Deputies".
        "chamber",
        // Bodies of members ("the Household Insurers' Forum", "the Students' Society").
        "society", "forum", "alliance", "guild", "coalition", "consortium", "cooperative", "co-operative",
        // A church's bodies: "the Diocese of Leeds", "the Archdiocese of Westport".
        "diocese", "archdiocese",
    ]

    /// Sports clubs' names end so ("Leeds United", "Bristol Rovers"): an organisation, but
    /// only as a name's last word ("United States"), and not one that can be dropped as
    /// "Inc" is (that leaves the town).
    static let clubSuffixes: Set<String> = ["united", "rovers", "athletic", "wanderers", "fc", "afc"]

    /// Last words of place names ("Shandong Province", "Wall Street"): never a person.
    static let placeSuffixes: Set<String> = [
        "province", "county", "city", "state", "states", "island", "islands", "river", "street", "road", "avenue",
        "valley", "mountains", "bay", "region", "district", "square", "park", "coast", "sea", "ocean", "lake",
        "hill", "heights", "airport", "station", "port", "peninsula", "republic", "kingdom", "territory", "town",
    ]

    /// First words of places and saints' names ("St Petersburg", "Fort Worth"): such a name
    /// is no person's full name.
    static let placePrefixes: Set<String> = ["st", "saint", "san", "santa", "sao", "fort", "mount", "mt", "lake", "port", "cape", "new", "los", "las", "el"]

    /// Last words of outlets (newspapers, broadcasters, wires) as opposed to other bodies.
    static let mediaSuffixes: Set<String> = [
        "times", "news", "post", "journal", "herald", "telegraph", "tribune", "gazette", "press", "network",
        "broadcasting", "radio", "tv", "television", "magazine", "review", "daily", "weekly", "media", "wire",
        "observer", "guardian", "independent", "mail", "express", "chronicle", "examiner", "insider", "today",
        "podcast", "show", "morning", "tonight", "hour", "week", "standard", "economist", "reporter", "monitor",
        "echo", "courier", "courant", "mirror", "sun", "star", "advertiser", "argus", "bulletin", "dispatch", "inquirer", "report", "letter",
        "enquirer", "ledger", "mercury", "sentinel", "register", "globe", "citizen", "telegram", "recorder",
        "journal-constitution", "post-gazette", "digest", "newsletter", "channel", "broadcaster", "newswire",
        // A radio station's band ("Kestrel FM").
        "fm",
    ]

    /// Nouns for a written piece that "says" things in place of whoever wrote it ("the
    /// article warns", "its headline said"): its owner speaks, never the noun.
    static let documentNouns: Set<String> = [
        "article", "report", "story", "piece", "headline", "post", "blog", "correction", "page", "homepage",
        "writeup", "write-up", "editorial", "column", "caption", "update", "note", "disclaimer", "release",
        "statement", "announcement", "notice", "bulletin", "advisory", "document", "memo", "study", "entry",
        "memorandum", "letter", "email", "e-mail", "filing", "complaint", "lawsuit", "petition", "directive",
        "circular", "affidavit",
    ]

    /// Written pieces that an author issues rather than an outlet publishes: a memo, a letter,
    /// a notice, a court filing. Their words are their author's (the one named with them:
    /// "the airline's memo", "a notice from the coastguard", "X said in a letter"), else the
    /// document's own, never those of the outlet that saw or quoted them.
    static let authoredDocuments: Set<String> = [
        "memo", "memorandum", "letter", "email", "e-mail", "notice", "filing", "complaint", "lawsuit",
        "petition", "directive", "circular", "affidavit", "statement", "announcement", "release",
        "advisory", "bulletin", "document", "caption", "sign", "leaflet", "flyer", "prospectus",
        // "the briefing note refers to": an office's note to its members, written as a memo is.
        "note",
    ]

    /// What people write on social media; with nobody named for it, the post itself speaks.
    static let posts: Set<String> = ["post", "tweet", "message", "comment", "status"]

    /// What a platform hosts under a name of its own ("the Facebook page X", "an account named X",
    /// "posted by the user @X"); the claims stage reads posting accounts by them too.
    static let accountNouns: Set<String> = [
        "account", "accounts", "page", "user", "handle", "channel", "profile", "username", "group", "feed",
    ]

    /// Nouns for a piece of reporting ("a report by X", "X's reporting").
    static let reportNouns: Set<String> = [
        "report", "reports", "reporting", "publication", "article", "story", "investigation", "interview",
        "piece", "op-ed", "editorial", "broadcast", "segment", "newsletter", "coverage", "exclusive", "scoop",
        "sources", "analysis", "survey", "poll", "documentary", "reporters", "journalists", "podcast", "programme",
        "program", "findings", "post", "posting", "writeup", "write-up", "video",
    ]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Adjectives that make a weekday part of a name ("Good Friday", "Super Tuesday").
    static let weekdayNamers: Set<String> = ["good", "black", "super", "cyber", "ash", "holy", "maundy", "palm", "easter", "shrove", "bloody", "giving"]



    /// Words that look like a subject's adverbs and auxiliaries between it and its verb
    /// ("Jane Roe has previously told").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "also", "later", "then",
        "once", "again", "still", "further", "first", "previously", "recently", "reportedly", "publicly",
        "repeatedly", "already", "even", "never", "often", "just", "subsequently", "since", "separately",
        "swiftly", "quickly", "bluntly", "simply", "herself", "himself", "themselves", "itself", "had", "did",
        "does", "do", "not", "may", "might", "can", "should", "must", "shall", "been", "last", "has", "twice",
    ]

    /// Words that open a noun phrase: where a backwards walk over a speaker description stops.
    static let determiners: Set<String> = [
        "a", "an", "the", "one", "two", "three", "four", "five", "six", "several", "some", "many", "most",
        "other", "another", "its", "their", "his", "her", "our", "this", "these", "those", "both",
        "multiple", "numerous", "few", "various", "senior", "no",
    ]

    /// Prepositions: a name right after one is an object, not a subject.
    static let prepositions: Set<String> = [
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "about", "after", "before", "into", "over",
        "under", "between", "against", "during", "without", "within", "through", "toward", "towards", "upon",
        "among", "amid", "across", "behind", "beyond", "near", "like", "than", "including", "via", "per",
        "regarding", "despite", "since", "until", "onto", "alongside", "unlike",
    ]

    /// Words that end a backwards walk over a noun phrase: clause openers and conjunctions.
    static let clauseWords: Set<String> = [
        "and", "but", "or", "while", "whereas", "although", "though", "because", "as", "when", "if", "after",
        "before", "since", "so", "yet", "that", "which", "who", "where", "whom", "whose", "however", "meanwhile",
        "then",
    ]

    /// Lower-case particles inside names ("Ursula von der Leyen", "Vincent van Gogh").
    static let nameParticles: Set<String> = [
        "de", "da", "di", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "del", "dos", "das", "ter", "ben", "des",
        "della", "delle", "dei", "degli", "los", "las",
    ]

    /// Function words: dropped from the front of a capitalised sequence ("The Daily Post" is
    /// "Daily Post"; "However" opening a sentence is no name).
    static let functionWords: Set<String> = [
        "i", "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you",
        "his", "her", "their", "our", "my", "your", "there", "here", "what", "which", "who", "whom", "why", "how",
        "when", "where", "while", "if", "but", "and", "or", "so", "yet", "for", "nor", "in", "on", "at", "by",
        "to", "of", "from", "with", "as", "after", "before", "however", "meanwhile", "still", "even", "also",
        "although", "though", "because", "since", "until", "unless", "not", "no", "yes", "now", "then", "today",
        "yesterday", "tomorrow", "some", "many", "most", "all", "any", "each", "every", "both", "either",
        "neither", "such", "one", "two", "three", "another", "other", "others", "according", "additionally",
        "moreover", "furthermore", "instead", "indeed", "overall", "ultimately", "finally", "first", "second",
        "last", "next", "despite", "during", "under", "over", "about", "against", "between", "into",
        "through", "without", "within", "among", "like", "unlike", "just", "only", "more", "less", "much",
        "oh", "well", "ok", "okay", "please", "thanks", "dear", "do", "does", "did", "is", "are", "was", "were",
        "will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had", "let", "let's",
        "he'd", "she'd", "i'd", "we'd", "they'd", "it's", "he's", "she's", "i'm", "we're", "they're", "i've",
        "we've", "they've", "you're", "you've", "that's", "there's", "what's", "he'll", "she'll", "we'll",
    ]

    /// Function words that are also given names ("Per Holm", "Will Roe", "May Berg").
    static let givenNameWords: Set<String> = ["per", "will", "may"]

    /// Compass points, which open a name ("Northern Rail", "South Africa") but are none alone.
    static let compassWords: Set<String> = ["northern", "southern", "eastern", "western", "north", "south", "east", "west"]

    /// Capitalised words that are never a name on their own: function words, days and months,
    /// nationalities and compass points, and the labels of page furniture.
    static let nonNames: Set<String> = functionWords.union(demonyms).union([
        "summary", "source", "note", "update", "editor", "read", "related", "share", "click", "sign", "photo",
        "image", "video", "watch", "listen", "subscribe", "advertisement", "key", "current", "former", "internet", "web",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "chinese", "american", "british", "european", "western", "eastern",
        "northern", "southern", "north", "south", "east", "west", "new", "old", "big", "great", "little", "good",
        "bad", "best", "worst", "interestingly", "importantly", "notably", "similarly", "likewise", "specifically",
        "earlier", "later", "recently", "currently", "previously", "soon", "afterwards", "again",
        "shortly", "separately", "additionally", "nonetheless", "nevertheless", "consequently", "subsequently",
        "accordingly", "initially", "eventually", "originally", "unfortunately", "fortunately", "surprisingly",
        "ironically", "crucially", "clearly", "obviously", "apparently", "reportedly", "allegedly", "officially",
        "publicly", "privately", "traditionally", "historically", "separately", "typically", "generally",
        "meanwhile", "elsewhere", "regardless", "otherwise", "thus", "hence", "therefore", "perhaps", "maybe",
    ])

    /// What a word is in every list above, looked up once per word when the text is split:
    /// one hash instead of one per list on the hot paths.
    struct Tags: OptionSet, Sendable {
        let rawValue: UInt32
        static let function = Tags(rawValue: 1 << 0)
        static let reporting = Tags(rawValue: 1 << 1)
        static let role = Tags(rawValue: 1 << 2)
        static let voice = Tags(rawValue: 1 << 3)
        static let reportNoun = Tags(rawValue: 1 << 4)
        static let speechNoun = Tags(rawValue: 1 << 5)
        static let determiner = Tags(rawValue: 1 << 6)
        static let preposition = Tags(rawValue: 1 << 7)
        static let nonName = Tags(rawValue: 1 << 8)
        static let modifier = Tags(rawValue: 1 << 9)
        static let male = Tags(rawValue: 1 << 10)
        static let female = Tags(rawValue: 1 << 11)
        static let passive = Tags(rawValue: 1 << 12)
        /// A title or role word, also with "ex-" in front ("ex-minister").
        static let title = Tags(rawValue: 1 << 13)
        static let roleWord = Tags(rawValue: 1 << 14)
        static let maleWord = Tags(rawValue: 1 << 15)
        static let femaleWord = Tags(rawValue: 1 << 16)
        /// A noun that refers back to an organisation (`organisationNouns`, and the nouns an
        /// article itself uses so: `ArticleText.learnOrganisationNouns`).
        static let organisationNoun = Tags(rawValue: 1 << 17)
    }

    /// Subject and reflexive forms only: "Roe found him" says nothing of Roe.
    static let malePronouns: Set<String> = ["he", "his", "himself"]
    static let femalePronouns: Set<String> = ["she", "herself"]

    /// Participles that credit a report to its outlet with "by" ("first reported by X").
    static let passiveVerbs: Set<String> = ["reported", "revealed", "disclosed", "published", "broken", "uncovered", "obtained", "seen"]

    static let tags: [String: Tags] = {
        var out: [String: Tags] = [:]
        let lists: [(Set<String>, Tags)] = [
            (functionWords, .function), (reportingVerbs, .reporting), (roleWords, .role), (voiceRoles, .voice),
            (reportNouns, .reportNoun), (speechNouns, .speechNoun), (determiners, .determiner),
            (prepositions, .preposition), (nonNames, .nonName), (roleModifiers, .modifier), (malePronouns, .male),
            (femalePronouns, .female), (passiveVerbs, .passive), (organisationNouns, .organisationNoun),
        ]
        for (list, tag) in lists {
            for word in list { out[word, default: []].insert(tag) }
        }
        for word in titles.union(roleWords) {
            out[word, default: []].insert(.title)
            out["ex-" + word, default: []].insert(.title)
            // "vice-captain", "vice-chair", "pro-vice-chancellor", "co-chair": a deputy's or a
            // shared title written as one word.
            for prefix in ["vice-", "pro-", "pro-vice-", "co-"] { out[prefix + word, default: []].insert(.title) }
        }
        for word in roleWords { out[word, default: []].insert(.roleWord) }
        for word in maleRoleWords { out[word, default: []].insert(.maleWord) }
        for word in femaleRoleWords { out[word, default: []].insert(.femaleWord) }
        return out
    }()
}
