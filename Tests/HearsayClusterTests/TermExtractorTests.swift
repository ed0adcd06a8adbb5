import HearsayText
import Testing
@testable import HearsayCluster

@Suite struct TermExtractorTests {
    let extractor = TermExtractor(configuration: ClusterConfiguration())

    func kinds(_ terms: ArticleTerms) -> [TermKind: Int] {
        var out: [TermKind: Int] = [:]
        for k in terms.keys { out[TermKind.of(k), default: 0] += 1 }
        return out
    }

    @Test func rawAndTokenSplitTextGiveTheSameTerms() {
        let raw = extractor.terms(
            title: "", body: "Officials said Maria Lopez's shop in Valparaiso burned on Tuesday. Nobody was hurt.")
        let split = extractor.terms(
            title: "", body: "Officials said Maria Lopez 's shop in Valparaiso burned on Tuesday . Nobody was hurt .")
        #expect(raw == split)
    }

    @Test func namesInsideSentencesAreEntitiesButSentenceOpenersAreNot() {
        let t = extractor.terms(
            title: "",
            body: "Firefighters reached the warehouse. Crews from Harbor County worked all night to help its owner, Dana Whitfield, save it.")
        // Harbor, County, Dana, Whitfield are names; "Firefighters" and "Crews" open sentences.
        #expect(kinds(t)[.entity] == 4)
        #expect(kinds(t)[.phrase] == 2)
    }

    @Test func theLanguageOfAnArticleIsReadFromItsFunctionWords() {
        func language(_ body: String) -> String? {
            let code = extractor.terms(title: "", body: body).language
            return code == 0 ? nil : FunctionWords.languages[Int(code) - 1].code
        }
        #expect(language("Les pompiers sont arrivés dans la nuit et le feu a été maîtrisé avant le matin.") == "fr")
        #expect(language("El alcalde dijo que la ciudad pedirá ayuda para reparar los daños de las calles.") == "es")
        #expect(language("Die Feuerwehr war in der Nacht vor Ort und hat das Feuer nach zwei Stunden gelöscht.") == "de")
        // A foreign phrase inside an English report does not make it foreign.
        #expect(language("The mayor said the bakery would reopen, adding \"c'est la vie\" as she left the scene.") == nil)
    }

    @Test func functionWordsOfTheArticlesLanguageAreNotTerms() {
        let t = extractor.terms(title: "", body: "Les pompiers de la ville sont arrivés dans la nuit avec les voisins.")
        for word in ["les", "de", "la", "dans", "avec"] {
            #expect(!t.keys.contains(TermKind.word.key(StableHash.fnv1a(word))), "\(word)")
        }
        #expect(t.keys.contains(TermKind.word.key(StableHash.fnv1a("pompier"))))
    }

    @Test func anElidedArticleIsNotPartOfTheWord() {
        let elided = extractor.terms(title: "", body: "Les pompiers ont maîtrisé l'incendie et l\u{2019}alarme avant l'aube dans la ville.")
        let plain = extractor.terms(title: "", body: "Les pompiers ont maîtrisé incendie et alarme avant aube dans la ville.")
        #expect(elided.keys == plain.keys)
        // An apostrophe after any other opening stays inside the word: one name, not "Brien".
        let name = extractor.terms(title: "", body: "The coach, Pat O'Brien, resigned.")
        #expect(name.keys.contains(TermKind.entity.key(StableHash.fnv1a("obrien"))))
    }

    @Test func headlineCaseIsNotTakenForNames() {
        let t = extractor.terms(title: "", body: "Warehouse Fire Destroys Old Dairy Building\nThe fire started at night.")
        #expect(kinds(t)[.entity] == nil)
    }

    @Test func webAddressHostIsSkippedButItsPathKept() {
        let a = extractor.terms(title: "http://www.example-news.com/2013/quake-hits-town", body: "")
        let b = extractor.terms(title: "2013 quake hits town", body: "")
        #expect(a.keys == b.keys)
        #expect(a.years.years == [2013])
    }

    @Test func leadYearsOutweighLaterOnes() {
        let filler = String(repeating: "word ", count: 80)
        let t = extractor.terms(title: "", body: "In 2012 the dam opened. " + filler + "It replaced one built in 1950.")
        #expect(t.years.years == [1950, 2012])
        #expect(t.years.weights[1] > 3 * t.years.weights[0])
    }
}
