/// The small lexicon of offices and titles that news writing puts before or after a
/// name, and how to compare two of them.
enum RoleLexicon {
    /// Words that head an office or job title.
    static let heads: Set<String> = Set([
        "president", "premier", "chancellor", "secretary", "minister", "senator", "sen", "representative", "rep",
        "congressman", "congresswoman", "congressmember", "governor", "gov", "mayor", "speaker", "leader",
        "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "cto", "cio", "cmo", "cso", "cpo",
        "officer", "executive", "director", "founder", "cofounder", "co-founder", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "commissioner", "judge", "justice", "attorney", "treasurer", "sheriff",
        "professor", "analyst", "economist", "editor", "head", "manager", "lawmaker", "king", "queen",
        "pope", "mp", "councillor", "councilor", "councilman", "councilwoman", "strategist", "consultant",
        "investor", "adviser", "advisor", "owner", "partner", "principal", "dean", "rector", "provost",
        "admiral", "colonel", "captain", "commander", "chief", "emperor", "monarch", "prince", "princess",
        "superintendent", "inspector", "prosecutor", "spokesperson", "envoy", "diplomat", "president-elect", "boss", "curator",
        "conductor", "supervisor", "coordinator", "administrator", "scientist", "researcher", "engineer", "astronomer",
        "ecologist", "biologist", "lifeguard", "producer", "designer", "architect", "counsel",
        // Who acts for an artist, an athlete or a writer: the agent finds the work, the
        // publicist speaks to the press; two jobs an outlet may confuse.
        "publicist", "agent",
        // Ranks of the police, and a statistics office's chief (a post under its head).
        "constable", "sergeant", "statistician",
        // An archaeologist of a county, a zoo's keeper: posts of their own, as a curator is.
        "archaeologist", "keeper",
        // A union's organiser beside its secretary, a weather office's forecaster beside its
        // head of a section: posts of their own. A member stands beside any post unless a
        // portfolio makes it one ("cabinet member for housing": `isStanding`).
        "organiser", "organizer", "forecaster", "member",
        // A university's teaching grade below its professors.
        "lecturer",
    ] as [String]).union(instrumentParts).union(legalBranches)
    /// The two branches of the legal profession where it is split (a solicitor advises
    /// and instructs, a barrister pleads in court): one lawyer practises in one, so two
    /// outlets giving one lawyer each disagree; either may hold any other post.
    static let legalBranches: Set<String> = ["solicitor", "barrister"]
    /// Rungs of a service's ladder written as a word before a shared head: a fire
    /// service's managers ("watch manager", "station manager", "group manager"). An
    /// officer holds one rung, so two rungs of one head clash; the bare head is loose.
    static let rankLadders: [String: Set<String>] = ["manager": ["crew", "watch", "station", "group", "area", "brigade"]]
    /// Police ranks for which "chief" makes the rank above ("chief inspector",
    /// "chief superintendent", "chief constable"), as "deputy" makes the one below.
    static let chiefRanked: Set<String> = ["inspector", "superintendent", "constable"]
    /// The instrument a member plays in a band or an orchestra: one part each, so two
    /// outlets giving one player two instruments disagree ("guitarist" / "bassist"). A
    /// singer may play too, so voices are no part here and clash with none.
    static let instrumentParts: Set<String> = [
        "guitarist", "bassist", "drummer", "keyboardist", "pianist", "organist", "violinist", "violist",
        "cellist", "harpist", "saxophonist", "trumpeter", "trombonist", "clarinettist", "clarinetist", "flautist",
        "flutist", "percussionist", "accordionist", "banjoist", "mandolinist", "fiddler", "oboist", "bassoonist",
    ]
    /// Words that can sit inside a title without heading it ("chief *operating* officer",
    /// "*vice* president", "secretary *of state*").
    /// The functions a director or manager of a firm may run ("operations director",
    /// "artistic director": a post under its managing director) are in `functions`.
    static let inner: Set<String> = Set([
        "vice", "pro", "deputy", "assistant", "associate", "senior", "junior", "general", "executive", "people",
        "managing", "prime", "foreign", "defence", "defense", "interior", "home", "state", "trade",
        "commerce", "energy", "health", "education", "transport", "transportation", "justice", "labour", "labor",
        "treasury", "lieutenant", "majority", "minority", "house", "senate", "party", "global",
        "regional", "national", "international", "lead", "principal", "chief", "of", "for", "and", "the",
        "industry", "auto", "supply", "chain", "tech", "green", "market", "equity",
        // "Kilvane press officer": the press office's post, a post of its own under the head
        // of communications (a spokesperson may hold either: `differentPosts`' voice).
        "press",
    ] as [String]).union(portfolios).union(functions)
    /// The functions of a firm or a newsroom that a manager runs ("head of quality",
    /// "president of news", "director of after-sales", "safety director"): two of them
    /// given to one person by two outlets are two posts.
    static let functions: Set<String> = [
        "operating", "operations", "financial", "finance", "technology", "technical", "information", "marketing",
        "communications", "communication", "product", "legal", "strategy", "security", "data", "digital", "revenue",
        "investment", "medical", "scientific", "science", "commercial", "administrative", "compliance", "risk", "sales",
        "creative", "research", "policy", "artistic", "editorial", "production", "programme", "programmes", "programming",
        "development", "engineering", "fundraising", "news", "quality", "after-sales", "safety", "content", "design",
        "manufacturing", "procurement", "purchasing", "logistics", "customer", "brand", "talent", "partnerships",
        "innovation", "entertainment", "training", "recruitment", "analytics", "audit", "personnel", "publicity",
        "music", "musical", "sporting", "football", "academic", "clinical", "ticketing", "assurance",
    ]
    /// Functions written as initials ("head of IT", "HR director"): the capitals are the
    /// function's, not a body's.
    static let functionInitials: Set<String> = ["it", "hr", "pr"]

    /// Whether a word of a title names a function (`functions`, `functionInitials`).
    static func isFunction(_ w: String) -> Bool { functions.contains(w) || functionInitials.contains(w) }
    /// Heads of a post that runs one function ("head of news", "quality manager").
    static let functionHeads: Set<String> = ["head", "director", "president", "manager", "officer", "chief", "editor"]
    /// A function head, also closing a title written with a hyphen: "vice-president of
    /// product" runs the function as "president of news" does.
    static func isFunctionHead(_ word: String) -> Bool {
        if functionHeads.contains(word) { return true }
        guard compoundHeads(word) == true, let last = word.split(separator: "-").last else { return false }
        return functionHeads.contains(String(last))
    }
    /// What a minister or secretary is of, besides the great offices above: "schools
    /// minister", "Minister for Housing", "Secretary of State for Culture".
    static let portfolios: Set<String> = [
        "schools", "housing", "culture", "environment", "agriculture", "tourism", "sport", "sports", "immigration",
        "employment", "work", "pensions", "welfare", "children", "families", "fisheries", "universities", "skills",
        "climate", "water", "policing", "veterans", "equalities", "women", "youth", "arts", "media", "infrastructure",
        "planning", "affairs", "europe", "highways", "higher", "further",
        // A junior portfolio under transport: the roads minister is not the transport minister.
        "roads",
    ]
    /// Verbs that say an office in a relative clause: "who chairs the trust" holds its chair.
    /// "Heads" and "runs" are left out: they fit a chair and an executive alike; "chaired"
    /// may be a post since left.
    static let heldBy: [String: String] = ["chairs": "chair", "captains": "captain", "edits": "editor"]
    /// Words of `inner` that name a portfolio ("Director of Transport", "Secretary of
    /// Health").
    static let portfolioInner: Set<String> = [
        "defence", "defense", "interior", "trade", "commerce", "energy", "health", "education", "transport", "transportation", "justice",
        "labour", "labor", "treasury",
    ]
    /// Heads whose "of"/"for" names a portfolio rather than an organisation.
    static let portfolioHeads: Set<String> = ["minister", "secretary"]
    /// Offices one holds and then leaves, for which "former" against "current" is a
    /// disagreement; "former attorney" or "former adviser" is a relation to someone
    /// else, and nobody is a former founder.
    static let offices: Set<String> = [
        "president", "premier", "chancellor", "secretary", "minister", "senator", "representative", "governor",
        "mayor", "speaker", "leader", "chairman", "officer", "executive", "director", "ambassador", "commissioner",
        "judge", "justice", "treasurer", "sheriff", "prosecutor", "king", "queen", "pope", "mp", "councillor",
        "superintendent", "emperor", "monarch", "dean", "rector", "provost", "admiral", "commander", "boss",
    ]
    /// Informal words for whoever runs an organisation ("agency boss", "the agency's
    /// head"): the same office as its chief executive or director, so "former boss"
    /// against "chief executive" says two things of one post. A chairman is left
    /// out: a former boss often chairs the board.
    static let informalHeads: Set<String> = ["boss", "head", "chief"]
    static let executiveHeads: [[String]] = [["chief", "executive", "officer"], ["director"], ["director", "general"], ["managing", "director"]]

    /// A title word written with a hyphen ("vice-president", "secretary-general",
    /// "editor-in-chief" is none): nil unless every part is a title word; true when one
    /// part heads a title. A compound the lexicon lists whole ("co-founder") is no compound.
    static func compoundHeads(_ word: String) -> Bool? {
        guard word.contains("-"), !heads.contains(word), !inner.contains(word) else { return nil }
        let parts = word.split(separator: "-").map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ heads.contains($0) || inner.contains($0) }) else { return nil }
        return parts.contains(where: heads.contains)
    }

    static func sameOffice(_ a: [String], _ b: [String]) -> Bool {
        func informal(_ o: [String]) -> Bool { o.count == 1 && informalHeads.contains(o[0]) }
        return a == b || (informal(a) && executiveHeads.contains(b)) || (informal(b) && executiveHeads.contains(a))
    }

    static func isOffice(_ words: [String]) -> Bool { head(words).map(offices.contains) ?? false }

    /// Words before a title that say whether its holder holds it now.
    static let formerModifiers: Set<String> = ["former", "ex", "erstwhile", "onetime", "one-time", "previous", "past"]
    static let currentModifiers = Set(["current", "incumbent", "sitting", "present", "serving"]).union(provisionalModifiers)
    /// Held for now, until someone is appointed for good: "acting general secretary" and
    /// "general secretary" are two titles.
    static let provisionalModifiers: Set<String> = ["acting", "interim", "caretaker"]
    /// "then-President": true at the time described, which says nothing about now.
    static let neutralModifiers: Set<String> = ["then", "late", "outgoing", "incoming", "newly", "elected", "designate"]

    static let abbreviations: [String: String] = [
        "ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
        "cto": "chief technology officer", "cio": "chief information officer", "cmo": "chief marketing officer",
        "cso": "chief strategy officer", "cpo": "chief product officer", "sen": "senator", "rep": "representative",
        "gov": "governor", "congressman": "representative", "congresswoman": "representative",
        "congressmember": "representative", "chairwoman": "chairman", "chairperson": "chairman", "chair": "chairman",
        "spokesman": "spokesperson", "spokeswoman": "spokesperson", "co-founder": "founder", "cofounder": "founder",
        "advisor": "adviser", "councilor": "councillor", "councilman": "councillor", "councilwoman": "councillor",
        "defense": "defence", "labor": "labour", "transportation": "transport",
    ]

    /// An office in canonical words: abbreviations expanded, spelling unified, "chief
    /// executive" completed with "officer", filler words dropped.
    static func canonical(_ words: [String]) -> [String] {
        var out: [String] = []
        for w in words {
            let lower = w.lowercased().trimmingDots
            if lower == "the" || lower == "and" { continue }
            let parts = compoundHeads(lower) != nil ? lower.split(separator: "-").map(String.init) : [lower]
            for part in parts { out.append(contentsOf: (abbreviations[part] ?? part).split(separator: " ").map(String.init)) }
        }
        // "Chief curator", "chief conductor": a chief of a trade, not a chief officer.
        if out.count >= 2, out[0] == "chief", out.last != "officer", out.dropFirst().allSatisfy(inner.contains), !["of", "for"].contains(out[1]) {
            out.append("officer")
        }
        return out
    }

    /// Two offices one person cannot hold at once: two different chief officers, a
    /// rank and its deputy ("president" and "vice president"), two portfolios of the
    /// same kind ("secretary of state" and "secretary of defence"), or the two chambers
    /// of a legislature. Anything else (a CEO who chairs the board, a senator who chairs
    /// a committee) may be held together.
    static func exclusive(_ a: [String], _ b: [String]) -> Bool {
        guard a != b, let ha = head(a), let hb = head(b) else { return false }
        let chambers: Set<String> = ["senator", "representative"]
        if chambers.contains(ha) && chambers.contains(hb) { return ha != hb }
        if a.first == "chief" && b.first == "chief" && ha == "officer" && hb == "officer" { return true }
        // The managing director and the chief executive: two names of the top post that a
        // firm gives one or the other; outlets printing one each disagree on the title.
        // So are a "director" or "director-general" against a "chief executive": bodies call
        // the top post one thing. A bare "director" inside the other title ("managing
        // director", "director-general") is that title shortened.
        if executiveHeads.contains(a), executiveHeads.contains(b), !(a == ["director"] && b.contains("director")),
            !(b == ["director"] && a.contains("director"))
        {
            return true
        }
        if differInRank(a, b) { return true }
        // A lecturer and a professor hold two grades of one ladder: nobody is both.
        if Set([ha, hb]) == ["lecturer", "professor"] { return true }
        if ha == hb, let rungs = rankLadders[ha], a.count == 2, b.count == 2, rungs.contains(a[0]), rungs.contains(b[0]) { return true }
        if ha == hb && portfolioHeads.contains(ha) {
            // "Foreign Minister" and "Minister of Foreign Affairs", "Health Secretary" and
            // "Health and Social Care Secretary": one names part of the other's portfolio.
            let pa = Set(a).subtracting([ha, "of", "for"]), pb = Set(b).subtracting([hb, "of", "for"])
            return !pa.isEmpty && !pb.isEmpty && !pa.isSubset(of: pb) && !pb.isSubset(of: pa)
        }
        return false
    }

    /// Two posts that each run one function of the same body, with no function in common
    /// ("head of quality" and "director of after-sales", "president of news" and "head of
    /// programming"). Spellings of one function ("finance", "financial") share a stem.
    static func differentFunctions(_ a: [String], _ b: [String]) -> Bool {
        func stems(_ o: [String]) -> Set<String>? {
            guard let h = head(o), functionHeads.contains(h), !staffHeads.contains(o) else { return nil }
            let f = Set(o.filter(isFunction).map { String($0.prefix(5)) })
            return f.isEmpty ? nil : f
        }
        guard let fa = stems(a), let fb = stems(b) else { return false }
        return fa.isDisjoint(with: fb)
    }

    /// The grade of a post that runs a function: a chief officer of it ("chief medical
    /// officer") sits on a firm's executive and a vice-president of it holds a corporate
    /// grade, each a post of its own; a head and a director of it are one post written two
    /// ways ("head of fundraising", "fundraising director"). Nil for a loose word ("finance
    /// chief", "news boss"), which fits any of them.
    static func functionGrade(_ office: [String]) -> String? {
        guard let h = head(office) else { return nil }
        if h == "officer", office.first == "chief" { return "chief officer" }
        if h == "president", office.contains("vice") { return "vice president" }
        return h == "head" || h == "director" ? "head" : nil
    }

    /// Two grades of one function ("medical director" and "chief medical officer", "head of
    /// communications" and "vice-president of communications"): two posts, so outlets
    /// printing one each disagree on the title unless an article prints both.
    static func oneFunctionTwoGrades(_ a: [String], _ b: [String]) -> Bool {
        let fa = Set(a.filter(isFunction).map { String($0.prefix(5)) })
        let fb = Set(b.filter(isFunction).map { String($0.prefix(5)) })
        guard !fa.isDisjoint(with: fb), let ga = functionGrade(a), let gb = functionGrade(b) else { return false }
        // The finance director is what British firms call their chief financial officer.
        return ga != gb && fa.intersection(fb) != ["finan"]
    }

    /// Titles of a reigning monarch, whom "the monarch" may name.
    static let monarchs: Set<String> = ["king", "queen", "emperor", "empress", "monarch", "sultan", "emir", "tsar"]

    /// Words that put an office a rung below its head; "pro" a rung below "vice" too
    /// ("pro-vice-chancellor"), and two different rungs name two offices.
    static let ranks: Set<String> = ["vice", "deputy", "assistant", "associate", "lieutenant", "pro"]

    /// The board's chair and the head of the staff (chief executive, managing director)
    /// are two posts. One person may hold both, but an outlet that says so writes both
    /// ("chairman and chief executive"); when no article of the story does, outlets
    /// printing one each disagree. "President" is left out: it names the chair of some
    /// bodies and the executive of others.
    static func chairAndExecutive(_ a: [String], _ b: [String]) -> Bool {
        (a == ["chairman"] && executiveHeads.contains(b)) || (b == ["chairman"] && executiveHeads.contains(a))
    }

    /// A president against a chair: a body's president is its chair under another name,
    /// or, in a firm that has both, the other of its two top posts, so an outlet printing
    /// one where others print the other disagrees on the title, unless some article gives
    /// the person both ("chairman and president"). (A company's president is often its
    /// chief executive too: those two do not clash.)
    static func presidentAndChair(_ a: [String], _ b: [String]) -> Bool {
        (a == ["president"] && b == ["chairman"]) || (b == ["president"] && a == ["chairman"])
    }

    /// Whoever holds one of these runs an organisation's staff.
    static let staffHeads: [[String]] = executiveHeads + [["executive", "director"], ["general", "secretary"], ["secretary", "general"]]
    /// Words that head a post under the head of the staff ("creative director", "chief
    /// curator", "the company's spokesperson").
    static let postHeads: Set<String> = [
        "director", "officer", "secretary", "curator", "editor", "treasurer", "spokesperson", "conductor", "counsel", "producer",
        "designer", "architect", "engineer", "scientist", "economist", "statistician",
    ]

    /// The head of an organisation's staff and a post under it ("chief executive" and
    /// "creative director", "director" and "chief curator") are two posts; so are a
    /// general secretary and a president, the two top posts of unions, parties and
    /// federations. One person may hold both, but an outlet that says so prints both.
    static func twoPosts(_ a: [String], _ b: [String]) -> Bool {
        func under(_ x: [String], _ y: [String]) -> Bool {
            // A bare "director" may be short for the other's "director of communications".
            guard staffHeads.contains(x), !staffHeads.contains(y), let h = head(y), x != [h] else { return false }
            if h == "president" { return x.contains("secretary") }
            // A bare "secretary" or "officer" may be a cabinet post or a rank.
            return postHeads.contains(h) && (y.count >= 2 || !["secretary", "officer"].contains(h))
        }
        return under(a, b) || under(b, a)
    }

    /// Titles that go with any post: what one is besides one's job (a founder, an owner,
    /// an elected member, an academic, a rank, a judge) rather than the one post one
    /// holds in an organisation.
    static let standing: Set<String> = [
        "founder", "owner", "investor", "partner", "professor", "lawmaker", "mp", "senator", "representative",
        "councillor", "adviser", "consultant", "analyst", "strategist", "economist", "king", "queen", "pope", "emperor",
        "monarch", "prince", "princess", "admiral", "colonel", "captain", "commander", "judge", "justice", "attorney",
        "ambassador", "envoy", "diplomat", "president-elect", "member",
    ]

    /// A standing that goes with any post, unless a portfolio follows it: "councillor for
    /// tourism" and "cabinet member for housing" name the one post a council gives,
    /// as "deputy mayor for tourism" does.
    static func isStanding(_ office: [String]) -> Bool {
        guard let h = head(office), standing.contains(h) else { return false }
        return !office.contains("for")
    }
    static let councilLeader = ["council", "leader"]
    /// One word that may stand for any post ("the party boss", "a company executive",
    /// "her deputy"): it names no post of its own.
    static let looseHeads: Set<String> = ["boss", "head", "chief", "leader", "executive", "officer", "official", "deputy"]
    /// Words of a title that say a post speaks for its body: a spokesperson is such a post
    /// in other words.
    static let voiceWords: Set<String> = ["press", "communications", "communication", "media", "relations", "publicity"]

    /// The post a title names, without a common noun for its body ("party chairman").
    static func post(_ office: [String]) -> [String] {
        let own = office.filter { !organisationNouns.contains($0) }
        return own.isEmpty ? office : own
    }

    /// A person holds one post in an organisation: two outlets that give two different
    /// posts ("chairman" and "secretary general", "chief conductor" and "music
    /// director", "spokesperson" and "vice president"), neither a part of the other, and
    /// never both in one article, disagree on the title. Standings that go with any post
    /// (founder, professor, senator) and loose words for any post ("boss", "executive")
    /// clash with none; a bare "director" or "president" may name the head of the staff
    /// or the chair, and a spokesperson may hold the body's press or communications post.
    static func differentPosts(_ a: [String], _ b: [String]) -> Bool {
        // One head word ("state prosecutor", "chief prosecutor") is one post described two
        // ways; ranks and functions of one head are the other rules' business.
        guard let ha = head(a), let hb = head(b), ha != hb, !isStanding(a), !isStanding(b) else { return false }
        // A player's instrument is set only against another instrument: a guitarist may
        // also sing, found or manage the band.
        if instrumentParts.contains(ha) || instrumentParts.contains(hb) {
            // "Bass guitarist" is a bassist.
            func names(_ x: [String], _ h: String) -> Bool { x.contains { $0.count >= 4 && h.hasPrefix($0) } }
            return instrumentParts.contains(ha) && instrumentParts.contains(hb) && !names(a, hb) && !names(b, ha)
        }
        // A solicitor may chair a charity or sit on a council: a branch clashes only with the other.
        if legalBranches.contains(ha) || legalBranches.contains(hb) { return legalBranches.contains(ha) && legalBranches.contains(hb) }
        // "Party boss": a common noun for the body names no part of the post.
        // A council's leader is a post of its own (the head of its ruling group, beside a
        // mayor, a deputy mayor and a cabinet), where a party's leader may hold any office.
        func loose(_ o: [String]) -> Bool {
            let p = post(o)
            if p.count == 1 { return looseHeads.contains(p[0]) && o != councilLeader }
            // "Transport boss", "finance chief": an informal word for whoever runs the
            // portfolio or the function, whatever the post is called.
            return p.count == 2 && ["boss", "chief"].contains(p[1]) && (portfolios.contains(p[0]) || portfolioInner.contains(p[0]) || isFunction(p[0]))
        }
        guard !loose(a), !loose(b), !sameOffice(a, b) else { return false }
        let wa = Set(a).subtracting(["of", "for"]), wb = Set(b).subtracting(["of", "for"])
        guard !wa.isSubset(of: wb), !wb.isSubset(of: wa) else { return false }
        // "Head of fundraising" and "fundraising director", "head of finance" and "financial
        // director": one function headed two ways; a bare "director" may direct it.
        let fa = Set(a.filter(isFunction).map { String($0.prefix(5)) })
        let fb = Set(b.filter(isFunction).map { String($0.prefix(5)) })
        if !fa.isDisjoint(with: fb) || (a == ["director"] && !fb.isEmpty) || (b == ["director"] && !fa.isEmpty) { return false }
        func topPost(_ x: [String], _ y: [String]) -> Bool {
            (x == ["director"] || x == ["president"]) && (staffHeads.contains(y) || y == ["chairman"] || y == ["president"] || y == ["director"])
        }
        // A publicist is the spokesperson of the one person it works for.
        func voice(_ x: [String], _ y: [String]) -> Bool {
            x == ["spokesperson"] && (y.contains(where: voiceWords.contains) || y.last == "publicist")
        }
        return !topPost(a, b) && !topPost(b, a) && !voice(a, b) && !voice(b, a)
    }

    /// Whether some article gives one person both the chair and the presidency, in two
    /// titles or one ("chairman and president").
    static func holdsChairAndPresidency(_ offices: [(office: [String], article: String)]) -> Bool {
        if offices.contains(where: { $0.office.contains("chairman") && $0.office.contains("president") }) { return true }
        let chairs = Set(offices.filter { $0.office == ["chairman"] }.map(\.article))
        return offices.contains { $0.office == ["president"] && chairs.contains($0.article) }
    }

    /// Whether some article gives one person both the chair and an executive post, in two
    /// titles or one ("chairwoman and chief executive", "executive chairman").
    static func holdsChairAndExecutive(_ offices: [(office: [String], article: String)]) -> Bool {
        if offices.contains(where: { $0.office.contains("chairman") && ($0.office.contains("executive") || $0.office.contains("managing")) }) {
            return true
        }
        let chairs = Set(offices.filter { $0.office == ["chairman"] }.map(\.article))
        return offices.contains { executiveHeads.contains($0.office) && chairs.contains($0.article) }
    }

    /// Common nouns for organisations: alone before a title ("Union president", "Agency
    /// boss") one is capitalised only as a sentence's first word, and names no body.
    static let organisationNouns: Set<String> = [
        "ministry", "department", "office", "bureau", "agency", "council", "commission", "committee", "board",
        "authority", "institute", "service", "court", "police", "union", "company", "firm", "group", "bank",
        "university", "college", "school", "hospital", "museum", "gallery", "observatory", "laboratory", "lab",
        "party", "club", "team", "government", "airline", "carrier", "operator", "foundation", "association",
        "federation", "regulator", "network", "league", "church", "charity", "studio", "centre", "center", "army",
        "port", "zoo",
    ]

    /// One office and its deputy ("finance minister", "deputy finance minister"): an
    /// outlet adding, dropping or changing a rank word ("assistant chief constable", "chief
    /// constable") names another office, held now or once.
    /// A common noun for the body is no part of the office: "deputy leader" ranks below
    /// "council leader" as below "leader".
    static func differInRank(_ a: [String], _ b: [String]) -> Bool {
        guard let ha = head(a), ha == head(b) else { return false }
        let rungs = (chiefRanked.contains(ha) ? ranks.union(["chief"]) : ranks).union(grades)
        let (ra, rb) = (Set(a).intersection(rungs), Set(b).intersection(rungs))
        // "senior vice president" against "executive vice president": a grade dropped is
        // shorthand ("vice president"), one grade against another is two offices.
        let (ga, gb) = (ra.intersection(grades), rb.intersection(grades))
        if ra.subtracting(grades) == rb.subtracting(grades), ga.isEmpty || gb.isEmpty { return false }
        return post(a).filter { !rungs.contains($0) } == post(b).filter { !rungs.contains($0) } && ra != rb
    }

    /// Grades within a rank that outlets often drop ("senior analyst", "analyst"): only one
    /// against another tells two offices apart.
    static let grades: Set<String> = ["senior", "executive", "principal", "first"]

    /// The word that names the office: "officer" in "chief financial officer",
    /// "secretary" in "secretary of state", "president" in "vice president".
    static func head(_ words: [String]) -> String? {
        if let of = words.firstIndex(where: { $0 == "of" || $0 == "for" }), of > 0 {
            return words[..<of].last { heads.contains($0) || abbreviations[$0] != nil } ?? words[of - 1]
        }
        return words.last { heads.contains($0) } ?? words.last
    }
}

extension String {
    var trimmingDots: String {
        var s = Substring(self)
        while s.last == "." { s.removeLast() }
        return String(s)
    }
}
