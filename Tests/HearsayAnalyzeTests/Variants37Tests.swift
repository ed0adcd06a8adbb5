import HearsayModel
import Testing

@testable import HearsayAnalyze

/// One statement reworded by another outlet: inflections, words swapped for others that say
/// the same, a sentence quoted inside a longer one (thirty-seventh session). Every sentence is
/// written for these tests.
@Suite struct Variants37Tests: CompareSuite {
    @Test func theStemmerMeetsInflectionsHalfway() {
        #expect(QuoteSenses.stem("shutting") == QuoteSenses.stem("shut"))
        #expect(QuoteSenses.stem("studies") == QuoteSenses.stem("study"))
        #expect(QuoteSenses.stem("closing") == QuoteSenses.stem("close"))
        #expect(QuoteSenses.stem("planned") == QuoteSenses.stem("plans"))
        #expect(QuoteSenses.stem("businesses") == QuoteSenses.stem("business"))
        #expect(QuoteSenses.stem("status") == "status")
        #expect(QuoteSenses.sense("mistakes") == QuoteSenses.sense("errors"))
        #expect(QuoteSenses.sense("revoked") == QuoteSenses.sense("withdrawn"))
        // Function words are not stemmed: "this" is no "thi".
        #expect(QuoteSenses.sense("this") == "this")
    }

    /// "revoked" for "withdrawn", "interesting" for "interested": the statement kept what it
    /// says, and the pair is a variant.
    @Test func aWordSwappedForItsSynonymIsOneStatementReworded() {
        #expect(grouped("The permit has been withdrawn. The operator ignored every warning it was given,", "the permit has been revoked") == true)
        #expect(grouped("We are not surprised, but we are very interested.", "It is not a surprise, but it is very interesting.") == true)
        // A denial in other words: "not genuine" is "fake".
        #expect(grouped("The invoice is not genuine, and we have told the police.", "The invoice is fake.") == true)
    }

    /// A whole sentence of five words standing in the other version's sentence, contractions
    /// spelled out, is one statement: "There is nothing to report" in "there's nothing to report
    /// at this point".
    @Test func aShortWholeSentenceInTheOtherIsOneStatement() {
        #expect(grouped("We meet suppliers every week of the year. There is nothing to report,", "there's nothing to report at this point") == true)
        #expect(grouped("We stand firmly by the survey, which two auditors checked. Nobody has asked us to withdraw it.", "We stand by the survey. Our figures were sent to the council in March.") == true)
    }

    /// The longer sentence's denials count only up to where the shorter's words end in it: a
    /// clause it goes on with may deny something else.
    @Test func aDenialAfterTheSharedWordsDoesNotSplitTheStatement() {
        #expect(grouped(
            "The rules must bind the board as well, and until this is settled he should not chair the hearing on anybody's conduct.",
            "We expel pupils for cheating in a quiz. The rules must bind the board as well.") == true)
    }

    /// A short quotation matched only on senses must carry every topic word: "commenting on
    /// rumours about colleagues" is not "We don't comment on speculation about our contracts".
    @Test func aShortQuoteMatchedOnSensesNeedsAllItsTopicWords() {
        #expect(grouped("We do not comment on speculation about our presenters' pay,", "commenting on rumours about colleagues") == nil)
        #expect(grouped("Harlow Foods looks at new sites all the time, as every grocer does, but nothing is agreed,", "look at every option") == nil)
    }

    /// A described voice's refusal to comment is any party's: it joins a named party's refusal
    /// only where its article ties the voice to that party.
    @Test func aDescribedRefusalDoesNotJoinAnotherPartysRefusal() {
        let bodies = [
            "a": "Brill Insurance was asked about the merger. \u{201C}We do not comment on market rumour or speculation,\u{201D} Brill Insurance said.",
            "b": "Talks were reported on Monday. A spokeswoman \u{201C}does not comment on market rumour or speculation,\u{201D} she said.",
        ]
        let q1 = quote("q1", "a", "We do not comment on market rumour or speculation,", "Brill Insurance", in: bodies)
        let q2 = quote("q2", "b", "does not comment on market rumour or speculation,", "A spokeswoman", in: bodies)
        #expect(analyze([q1, q2], bodies: bodies).quoteGroups.isEmpty)
    }

    /// A number in words against figures is another wording of the quotation, though the two
    /// match as one statement; "%" against "per cent" is the unit's house style.
    @Test func aNumberInWordsAgainstFiguresIsAVariant() {
        #expect(grouped("Rents went up by four per cent in May and nobody asked us,", "Rents went up by 4% in May and nobody asked us.") == true)
        #expect(grouped("Rents went up by 4 per cent in May and nobody asked us,", "Rents went up by 4% in May and nobody asked us.") == false)
    }
}
