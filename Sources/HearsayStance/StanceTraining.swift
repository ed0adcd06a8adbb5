import Foundation
import HearsayModel
import HearsayText

/// One labelled FNC-1 pair: the headline is the claim, the body is looked up by id.
public struct BodyExample: Sendable, Hashable {
    public var headline: String
    public var bodyID: String
    public var stance: Stance

    public init(headline: String, bodyID: String, stance: Stance) {
        self.headline = headline
        self.bodyID = bodyID
        self.stance = stance
    }
}

/// One labelled Emergent pair: a claim against an article's headline; `group` is the
/// claim's id, so that folds never split a claim.
public struct TitleExample: Sendable, Hashable {
    public var claim: String
    public var title: String
    public var stance: Stance
    public var group: String

    public init(claim: String, title: String, stance: Stance, group: String) {
        self.claim = claim
        self.title = title
        self.stance = stance
        self.group = group
    }
}

public struct StanceCorpus: Sendable {
    public var bodies: [String: String]
    public var pairs: [BodyExample]
    public var titles: [TitleExample]

    public init(bodies: [String: String], pairs: [BodyExample], titles: [TitleExample]) {
        self.bodies = bodies
        self.pairs = pairs
        self.titles = titles
    }
}

/// How the development pairs are held out.
public enum DevSplit: String, Sendable, CaseIterable {
    /// Whole headlines: no dev headline is trained on (bodies may be).
    case headline
    /// Whole stories: headlines joined by a shared related body go together, and their
    /// bodies are not trained on either, as in the unseen competition test set.
    case story
}

public struct StanceTrainingPlan: Sendable {
    /// Share of headlines (and of Emergent claims) held out; 0 trains on everything.
    public var holdOut = 0.0
    public var split = DevSplit.headline
    public var seed: UInt64 = 1
    public var vocabularySize = 4000
    /// A title n-gram enters the vocabulary when this many training headlines have it.
    public var titleMinCount = 2
    public var folds = 10
    /// Share of body-head examples also shown without the body's words, so that the
    /// network learns the cue features instead of memorising bodies.
    public var bodyWordDropout = 0.5
    /// Title networks trained from successive seeds and averaged.
    public var titleEnsemble = 5
    public var body: TrainingOptions = {
        var o = TrainingOptions()
        o.hidden = 64
        o.epochs = 8
        // `denies` is the rarest class (2% of pairs) and the one that matters most.
        o.classWeights = [1, 2, 1, 1]
        return o
    }()
    public var title: TrainingOptions = {
        var o = TrainingOptions()
        o.hidden = 16
        o.epochs = 10
        o.dropout = 0.2
        o.l2 = 1e-4
        return o
    }()

    public init() {}
}

public struct StanceTrainingResult: Sendable {
    public var model: StanceModel
    public var devPairs: [BodyExample]
    public var devTitles: [TitleExample]
    /// Grouped cross-validated accuracy of the title head on its training claims.
    public var titleCrossValidation: Double?
}

public enum StanceTraining {
    /// Deterministic hold-out of headlines (or of whole stories).
    public static func split(_ pairs: [BodyExample], fraction: Double, seed: UInt64, by mode: DevSplit)
        -> (train: [BodyExample], dev: [BodyExample])
    {
        guard fraction > 0 else { return (pairs, []) }
        switch mode {
        case .headline:
            let dev = heldOut(Set(pairs.map(\.headline)), fraction: fraction, seed: seed)
            return (pairs.filter { !dev.contains($0.headline) }, pairs.filter { dev.contains($0.headline) })
        case .story:
            let story = stories(pairs)
            let dev = heldOut(Set(story.values), fraction: fraction, seed: seed)
            let devBodies = Set(pairs.filter { dev.contains(story["b" + $0.bodyID]!) }.map(\.bodyID))
            return (
                pairs.filter { !dev.contains(story["h" + $0.headline]!) && !devBodies.contains($0.bodyID) },
                pairs.filter { dev.contains(story["h" + $0.headline]!) }
            )
        }
    }

    public static func splitTitles(_ titles: [TitleExample], fraction: Double, seed: UInt64)
        -> (train: [TitleExample], dev: [TitleExample])
    {
        guard fraction > 0 else { return (titles, []) }
        let dev = heldOut(Set(titles.map(\.group)), fraction: fraction, seed: seed)
        return (titles.filter { !dev.contains($0.group) }, titles.filter { dev.contains($0.group) })
    }

    static func heldOut(_ keys: Set<String>, fraction: Double, seed: UInt64) -> Set<String> {
        var sorted = keys.sorted()
        var rng = SplitMix64(seed: seed)
        rng.shuffle(&sorted)
        return Set(sorted.prefix(Int((Double(sorted.count) * fraction).rounded())))
    }

    /// Story of every headline ("h" + text) and body ("b" + id): connected through related pairs.
    static func stories(_ pairs: [BodyExample]) -> [String: String] {
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var x = x
            while let p = parent[x], p != x {
                parent[x] = parent[p]
                x = p
            }
            parent[x] = x
            return x
        }
        for p in pairs {
            let h = find("h" + p.headline), b = find("b" + p.bodyID)
            if p.stance != .unrelated && h != b { parent[h] = b }
        }
        var out: [String: String] = [:]
        for key in Array(parent.keys) { out[key] = find(key) }
        return out
    }

    /// Trains both heads on `corpus` less what `plan.holdOut` holds out.
    public static func train(_ corpus: StanceCorpus, plan: StanceTrainingPlan, log: (String) -> Void = { _ in })
        async -> StanceTrainingResult
    {
        let (train, dev) = split(corpus.pairs, fraction: plan.holdOut, seed: plan.seed, by: plan.split)
        let (titleTrain, titleDev) = splitTitles(corpus.titles, fraction: plan.holdOut, seed: plan.seed)
        log("body head: \(train.count) training pairs, \(dev.count) held out (by \(plan.split.rawValue))")
        let (vocabulary, bodyNet) = await trainBody(train, bodies: corpus.bodies, plan: plan, log: log)
        var crossValidation: Double?
        if plan.folds > 1 {
            crossValidation = crossValidate(titleTrain, vocabulary: vocabulary, bodyHead: bodyNet, plan: plan)
            log(String(format: "title head: %d-fold cross-validated accuracy by claim %.4f", plan.folds, crossValidation!))
        }
        log("title head: \(titleTrain.count) training pairs, \(titleDev.count) held out")
        let (titleVocabulary, titleNet) = trainTitle(titleTrain, vocabulary: vocabulary, bodyHead: bodyNet, plan: plan)
        let provenance = [
            "trainer": "hearsay train-stance",
            "seed": String(plan.seed),
            "holdOut": String(plan.holdOut),
            "split": plan.split.rawValue,
            "bodyPairs": String(train.count),
            "titlePairs": String(titleTrain.count),
            "vocabulary": String(vocabulary.count),
            "titleVocabulary": String(titleVocabulary.count),
            "bodyNetwork": "\(plan.body.hidden) hidden, \(plan.body.epochs) epochs, dropout \(plan.body.dropout)",
            "bodyWordDropout": String(plan.bodyWordDropout),
            "bodyClassWeights": (plan.body.classWeights ?? []).map { String($0) }.joined(separator: ","),
            "titleNetwork": "\(plan.titleEnsemble) × \(plan.title.hidden) hidden, \(plan.title.epochs) epochs, dropout \(plan.title.dropout)",
        ]
        let model = StanceModel(
            vocabulary: vocabulary, body: bodyNet, titleVocabulary: titleVocabulary, title: titleNet, provenance: provenance)
        return StanceTrainingResult(model: model, devPairs: dev, devTitles: titleDev, titleCrossValidation: crossValidation)
    }

    static func trainBody(_ pairs: [BodyExample], bodies: [String: String], plan: StanceTrainingPlan, log: (String) -> Void)
        async -> (Vocabulary, MLP)
    {
        let headlines = Set(pairs.map(\.headline)).sorted()
        let bodyIDs = Set(pairs.map(\.bodyID)).sorted()
        let bodyTexts = bodyIDs.map { bodies[$0] ?? "" }
        let documents = await parallelMap(headlines + bodyTexts) { WordHashes.of($0) }
        let vocabulary = Vocabulary.build(documents: documents, size: plan.vocabularySize, skipping: Cues.stopwordHashes)
        let claimProfiles = await parallelMap(headlines) { ClaimProfile($0, vocabulary: vocabulary) }
        let bodyProfiles = await parallelMap(bodyTexts) { BodyProfile($0, vocabulary: vocabulary) }
        let claimIndex = Dictionary(uniqueKeysWithValues: headlines.enumerated().map { ($1, $0) })
        let bodyIndex = Dictionary(uniqueKeysWithValues: bodyIDs.enumerated().map { ($1, $0) })
        let size = vocabulary.count
        var examples = await parallelMap(pairs) { p in
            StanceFeatures.body(
                claim: claimProfiles[claimIndex[p.headline]!], body: bodyProfiles[bodyIndex[p.bodyID]!], vocabularySize: size)
        }
        var labels = pairs.map { StanceModel.bodyLabels.firstIndex(of: $0.stance)! }
        var rng = SplitMix64(seed: plan.seed &+ 0x5eed)
        let bodyBlock = Int32(size)..<Int32(2 * size)
        for i in examples.indices where Double(rng.nextUnit()) < plan.bodyWordDropout {
            let x = examples[i]
            let keep = x.indices.indices.filter { !bodyBlock.contains(x.indices[$0]) }
            examples.append(SparseVector(indices: keep.map { x.indices[$0] }, values: keep.map { x.values[$0] }))
            labels.append(labels[i])
        }
        let net = MLPTrainer.train(
            examples: examples, labels: labels, inputs: 2 * size + StanceFeatures.bodyDenseCount,
            outputs: StanceModel.bodyLabels.count, options: plan.body
        ) { epoch, loss in log(String(format: "body head: epoch %d, loss %.4f", epoch, loss)) }
        return (vocabulary, net)
    }

    /// What the body head makes of a headline read as a body: an input of the title head.
    static func bodyHint(_ claim: ClaimProfile, _ title: String, vocabulary: Vocabulary, bodyHead: MLP) -> [Float] {
        bodyHead.probabilities(
            StanceFeatures.body(claim: claim, body: BodyProfile(title, vocabulary: vocabulary), vocabularySize: vocabulary.count))
    }

    static func trainTitle(_ titles: [TitleExample], vocabulary: Vocabulary, bodyHead: MLP, plan: StanceTrainingPlan)
        -> (Vocabulary, [MLP])
    {
        var counts: [UInt64: Int] = [:]
        for t in titles {
            let grams = StanceFeatures.titleGrams(WordHashes.of(t.title), questionMark: t.title.contains("?"))
            for g in Set(grams) { counts[g, default: 0] += 1 }
        }
        // Single words from one headline still generalise to new claims; word pairs seen
        // once mostly do not, and would double the file.
        let words = Set(titles.flatMap { WordHashes.of($0.title) })
        let grams = counts.filter { $0.value >= plan.titleMinCount || ($0.value >= 1 && words.contains($0.key)) }.keys.sorted()
        let titleVocabulary = Vocabulary(hashes: grams, idf: .init(repeating: 1, count: grams.count))
        var claims: [String: ClaimProfile] = [:]
        for t in titles where claims[t.claim] == nil { claims[t.claim] = ClaimProfile(t.claim, vocabulary: vocabulary) }
        let examples = titles.map {
            let claim = claims[$0.claim]!
            return StanceFeatures.title(
                claim: claim, title: $0.title, vocabulary: titleVocabulary,
                bodyHead: bodyHint(claim, $0.title, vocabulary: vocabulary, bodyHead: bodyHead))
        }
        let labels = titles.map { StanceModel.titleLabels.firstIndex(of: $0.stance)! }
        let nets = (0..<max(1, plan.titleEnsemble)).map { k in
            var options = plan.title
            options.seed = plan.title.seed &+ UInt64(k)
            return MLPTrainer.train(
                examples: examples, labels: labels, inputs: titleVocabulary.count + StanceFeatures.titleDenseCount,
                outputs: StanceModel.titleLabels.count, options: options)
        }
        return (titleVocabulary, nets)
    }

    /// Accuracy of the title head over `plan.folds` folds of whole claims.
    public static func crossValidate(_ titles: [TitleExample], vocabulary: Vocabulary, bodyHead: MLP, plan: StanceTrainingPlan)
        -> Double
    {
        var groups = Set(titles.map(\.group)).sorted()
        var rng = SplitMix64(seed: plan.seed)
        rng.shuffle(&groups)
        let fold = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0 % plan.folds) })
        var right = 0
        for k in 0..<plan.folds {
            let train = titles.filter { fold[$0.group] != k }
            let test = titles.filter { fold[$0.group] == k }
            let (v, net) = trainTitle(train, vocabulary: vocabulary, bodyHead: bodyHead, plan: plan)
            for t in test {
                let claim = ClaimProfile(t.claim, vocabulary: vocabulary)
                let hint = bodyHint(claim, t.title, vocabulary: vocabulary, bodyHead: bodyHead)
                let x = StanceFeatures.title(claim: claim, title: t.title, vocabulary: v, bodyHead: hint)
                if StanceModel.pick(MLP.averageProbabilities(net, x), StanceModel.titleLabels).stance == t.stance { right += 1 }
            }
        }
        return titles.isEmpty ? 0 : Double(right) / Double(titles.count)
    }
}
