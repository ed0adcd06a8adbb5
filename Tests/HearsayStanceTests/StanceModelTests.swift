import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import HearsayStance

@Suite struct FeatureTests {
    let vocabulary = Vocabulary.build(
        documents: [
            "The city council approved a new tram line through the harbour district",
            "Officials denied that the tram line would be cancelled",
        ].map(WordHashes.of), size: 50, skipping: Cues.stopwordHashes)

    func dense(_ claim: String, _ body: String) -> [Float] {
        StanceFeatures.bodyDense(ClaimProfile(claim, vocabulary: vocabulary), BodyProfile(body, vocabulary: vocabulary))
    }

    @Test func overlapSeparatesRelatedFromUnrelatedBodies() {
        let claim = "Council cancels harbour tram line"
        let related = dense(claim, "The council has cancelled the harbour tram line, a spokesman said on Monday.")
        let unrelated = dense(claim, "A bakery in the old town won a prize for its rye bread this year.")
        #expect(related[0] > unrelated[0])  // tf-idf cosine
        #expect(related[1] > 0.5 && unrelated[1] == 0)  // share of claim words found
        #expect(related[4] > unrelated[4])  // best window
    }

    @Test func refutationNearClaimWordsIsCounted() {
        let claim = "Council cancels harbour tram line"
        let denial = dense(claim, "The council denied reports that the harbour tram line was cancelled, calling them false.")
        let neutral = dense(claim, "The council said the harbour tram line was cancelled after a long debate.")
        #expect(denial[6] > 0)
        #expect(neutral[6] == 0)
        #expect(denial[5] > neutral[5])
    }

    @Test func questionHeadlinesAreMarked() {
        let asked = ClaimProfile("Is the tram line cancelled?", vocabulary: vocabulary)
        let stated = ClaimProfile("The tram line is cancelled", vocabulary: vocabulary)
        #expect(asked.isQuestion && !stated.isQuestion)
    }

    @Test func negatedTruthIsFound() {
        #expect(StanceFeatures.negatedTruth(WordHashes.of("That viral photo of a shark on the highway isn't real")))
        #expect(!StanceFeatures.negatedTruth(WordHashes.of("The real reason the bridge closed")))
    }
}

@Suite struct TrainerTests {
    /// Two classes told apart by which of two inputs is present, plus noise inputs.
    func toyData(seed: UInt64) -> ([SparseVector], [Int]) {
        var rng = SplitMix64(seed: seed)
        var xs: [SparseVector] = []
        var ys: [Int] = []
        for _ in 0..<400 {
            let label = Int(rng.next() % 2)
            var x = SparseVector()
            x.append(label, 1)
            x.append(2 + Int(rng.next() % 20), 1)
            xs.append(x)
            ys.append(label)
        }
        return (xs, ys)
    }

    @Test func learnsASeparableProblem() {
        let (xs, ys) = toyData(seed: 7)
        var options = TrainingOptions()
        options.hidden = 8
        options.epochs = 40
        let net = MLPTrainer.train(examples: xs, labels: ys, inputs: 22, outputs: 2, options: options)
        let right = zip(xs, ys).count { x, y in
            let p = net.probabilities(x)
            return (p[1] > p[0] ? 1 : 0) == y
        }
        #expect(right == xs.count)
    }

    @Test func sameSeedSameWeights() {
        let (xs, ys) = toyData(seed: 3)
        var options = TrainingOptions()
        options.hidden = 4
        options.epochs = 2
        let a = MLPTrainer.train(examples: xs, labels: ys, inputs: 22, outputs: 2, options: options)
        let b = MLPTrainer.train(examples: xs, labels: ys, inputs: 22, outputs: 2, options: options)
        options.seed = 2
        let c = MLPTrainer.train(examples: xs, labels: ys, inputs: 22, outputs: 2, options: options)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func quantisedWeightsKeepPredictions() throws {
        let (xs, ys) = toyData(seed: 5)
        var options = TrainingOptions()
        options.hidden = 8
        options.epochs = 3
        let net = MLPTrainer.train(examples: xs, labels: ys, inputs: 22, outputs: 2, options: options)
        let restored = try StoredNetwork(net).network()
        for x in xs.prefix(50) {
            let (p, q) = (net.probabilities(x), restored.probabilities(x))
            #expect(abs(p[0] - q[0]) < 0.01)
        }
    }
}

@Suite struct SplitTests {
    let pairs: [BodyExample] = [
        BodyExample(headline: "Dam burst floods valley", bodyID: "1", stance: .supports),
        BodyExample(headline: "Valley flooded after dam failure", bodyID: "1", stance: .reports),
        BodyExample(headline: "Valley flooded after dam failure", bodyID: "2", stance: .supports),
        BodyExample(headline: "Singer cancels tour", bodyID: "3", stance: .denies),
        BodyExample(headline: "Singer cancels tour", bodyID: "1", stance: .unrelated),
        BodyExample(headline: "Tour called off by singer", bodyID: "4", stance: .supports),
        BodyExample(headline: "Mayor resigns", bodyID: "5", stance: .reports),
        BodyExample(headline: "Mayor resigns", bodyID: "3", stance: .unrelated),
    ]

    @Test func headlineSplitNeverSharesAHeadline() {
        let (train, dev) = StanceTraining.split(pairs, fraction: 0.4, seed: 1, by: .headline)
        #expect(!dev.isEmpty && !train.isEmpty)
        #expect(Set(train.map(\.headline)).isDisjoint(with: dev.map(\.headline)))
        #expect(train.count + dev.count == pairs.count)
    }

    @Test func storySplitKeepsRelatedHeadlinesAndTheirBodiesTogether() {
        for seed in UInt64(1)...6 {
            let (train, dev) = StanceTraining.split(pairs, fraction: 0.4, seed: seed, by: .story)
            let devRelatedBodies = Set(dev.filter { $0.stance != .unrelated }.map(\.bodyID))
            #expect(devRelatedBodies.isDisjoint(with: train.map(\.bodyID)))
            #expect(Set(train.map(\.headline)).isDisjoint(with: dev.map(\.headline)))
        }
    }
}

/// The weights that ship, on sentences written for these tests.
@Suite struct ShippedModelTests {
    let model: StanceModel

    init() throws { model = try StanceModel.shipped() }

    let claim = "A zoo panda gave birth to twins"
    let denial = """
        Zoo officials have denied reports that its giant panda gave birth to twins, calling the story false. \
        "There are no cubs," a spokeswoman said. "This rumour is completely untrue and we have no idea where it started." \
        Keepers said the panda was healthy and that no pregnancy had been detected during her last examination.
        """
    let unrelated = """
        The regional football league has announced that next season will start two weeks later than planned \
        because of work on several stadiums. Clubs were told of the change at a meeting on Tuesday.
        """

    @Test func readsADenial() {
        #expect(model.classify(StancePair(id: "1", claim: claim, body: denial)).stance == .denies)
    }

    @Test func readsAnUnrelatedBody() {
        #expect(model.classify(StancePair(id: "2", claim: claim, body: unrelated)).stance == .unrelated)
    }

    @Test func titleOnlyPairsUseTheTitleHead() {
        let r = model.classify(StancePair(id: "3", claim: claim, title: "Panda twins story is a hoax, zoo says", body: ""))
        #expect(r.stance == .denies)
        #expect(model.classify(StancePair(id: "4", claim: claim, title: nil, body: " ")).stance == .unrelated)
    }

    @Test func batchAgreesWithSinglePairs() async {
        let pairs = (0..<200).map { i in
            StancePair(id: String(i), claim: i % 3 == 0 ? claim : "Football season delayed", body: i % 2 == 0 ? denial : unrelated)
        }
        let batch = await model.classify(pairs)
        #expect(batch == pairs.map(model.classify))
    }

    @Test func evidenceIsTheDenyingSentence() throws {
        let document = TextDocument(denial)
        let i = try #require(StanceEvidence.sentence(for: .denies, claim: model.profile(claim: claim), in: document))
        #expect(document.sentenceText(i).contains("denied"))
    }
}
