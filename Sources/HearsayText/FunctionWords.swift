/// The commonest function words of the languages a news feed most often mixes with English.
///
/// A story's vocabulary is its content words; in an English stream the articles, pronouns
/// and prepositions of another language are rare, so by document frequency alone they
/// would weigh like names, and two unrelated French reports would look alike through "de",
/// "la" and "les". These lists let a reader tell which language an article is in and skip
/// its function words as `Tokens.stopwords` does for English. Lower-cased, as a tokenizer
/// that lower-cases every scalar yields them; elided forms ("l'", "qu'") are left out
/// because tokenizers keep them joined to the next word.
public enum FunctionWords {
    /// ISO 639-1 code and words. Stored clustering states keep a language as its index here:
    /// add new languages at the end, and raise `ClusterSnapshot.currentVersion` to reorder.
    public static let languages: [(code: String, words: Set<String>)] = [
        ("fr", [
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "dans", "pour",
            "par", "sur", "avec", "qui", "que", "ne", "pas", "plus", "ce", "cette", "ces", "il",
            "elle", "ils", "elles", "nous", "vous", "leur", "leurs", "son", "sa", "ses", "au", "aux",
            "été", "être", "avait", "était", "ont", "selon", "mais", "ou", "où", "dont", "aussi",
            "après", "avant", "entre", "très", "sans", "sous", "depuis", "lors", "comme",
        ]),
        ("es", [
            "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "y", "que", "en",
            "es", "son", "por", "para", "con", "sin", "sobre", "se", "su", "sus", "al", "lo", "como",
            "más", "pero", "fue", "ha", "han", "había", "este", "esta", "estos", "según", "también",
            "entre", "desde", "cuando", "muy", "ya", "porque", "él", "ella", "ellos", "hasta",
        ]),
        ("pt", [
            "o", "os", "a", "as", "um", "uma", "de", "do", "da", "dos", "das", "e", "que", "em",
            "no", "na", "nos", "nas", "por", "para", "com", "sem", "se", "seu", "sua", "ao", "como",
            "mais", "mas", "foi", "são", "tem", "não", "este", "esta", "segundo", "também", "pelo",
            "pela", "ele", "ela", "eles", "entre", "desde", "quando", "muito", "já", "porque",
        ]),
        ("it", [
            "il", "lo", "la", "gli", "le", "un", "una", "di", "del", "della", "dei", "delle", "e",
            "che", "in", "nel", "nella", "per", "con", "su", "si", "suo", "sua", "al", "alla", "come",
            "più", "ma", "è", "sono", "stato", "stata", "ha", "hanno", "non", "questo", "questa",
            "secondo", "anche", "tra", "dopo", "quando", "molto", "già", "perché", "lui", "lei",
        ]),
        ("de", [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "und", "ist",
            "sind", "nicht", "mit", "von", "zu", "auf", "für", "sich", "im", "auch", "wie", "aus",
            "bei", "nach", "wird", "wurde", "hat", "haben", "war", "dass", "er", "sie", "es", "sein",
            "seine", "ihr", "ihre", "aber", "oder", "noch", "nur", "vor", "über", "zum", "zur",
        ]),
        ("nl", [
            "de", "het", "een", "en", "van", "is", "zijn", "niet", "met", "op", "te", "voor", "aan",
            "ook", "als", "bij", "naar", "wordt", "werd", "heeft", "hebben", "was", "dat", "die",
            "hij", "zij", "ze", "er", "maar", "of", "nog", "om", "uit", "door", "over", "tegen",
            "volgens", "geen", "wel", "dit", "deze",
        ]),
        ("ru", [
            "и", "в", "во", "не", "на", "что", "с", "со", "по", "как", "это", "он", "она", "они",
            "из", "за", "от", "для", "к", "у", "о", "об", "же", "но", "а", "то", "все", "так", "его",
            "ее", "её", "их", "был", "была", "были", "было", "бы", "ли", "уже", "при", "после",
            "также", "который", "которые", "может",
        ]),
    ]
}
