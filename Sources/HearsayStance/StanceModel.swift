import Foundation
import HearsayModel

/// One claim–article pair to classify, as the `--pairs` contract has it.
public struct StancePair: Sendable, Hashable, Codable {
    public var id: String
    public var claim: String
    public var title: String?
    public var body: String

    public init(id: String, claim: String, title: String? = nil, body: String) {
        self.id = id
        self.claim = claim
        self.title = title
        self.body = body
    }
}

public struct StanceResult: Sendable, Hashable {
    public var stance: Stance
    /// The winning class's probability.
    public var confidence: Double
}

/// The trained stance classifier: a body head (claim against article text, trained on
/// FNC-1) and a title head (claim against an article headline alone, trained on
/// Emergent). A pair with a body goes to the body head; one with only a headline to the
/// title head.
public struct StanceModel: Sendable {
    public static let bodyLabels: [Stance] = [.supports, .denies, .reports, .unrelated]
    public static let titleLabels: [Stance] = [.supports, .denies, .reports]

    public let vocabulary: Vocabulary
    public let body: MLP
    public let titleVocabulary: Vocabulary
    /// Several title networks from different seeds, averaged: with two thousand training
    /// headlines one network's luck of the draw moves accuracy by a point or more.
    public let title: [MLP]
    /// How the weights were made, as recorded by the trainer.
    public let provenance: [String: String]

    public init(vocabulary: Vocabulary, body: MLP, titleVocabulary: Vocabulary, title: [MLP], provenance: [String: String]) {
        self.vocabulary = vocabulary
        self.body = body
        self.titleVocabulary = titleVocabulary
        self.title = title
        self.provenance = provenance
    }

    public enum LoadError: Error, CustomStringConvertible {
        case missingResource
        case unreadable(String, String)

        public var description: String {
            switch self {
            case .missingResource: "the stance model is missing from the package's resources"
            case .unreadable(let path, let why): "\(path): not a stance model (\(why))"
            }
        }
    }

    /// The weights that ship with Hearsay (made by `hearsay train-stance`).
    public static func shipped() throws -> StanceModel {
        guard let url = Bundle.module.url(forResource: "stance-model", withExtension: "json") else {
            throw LoadError.missingResource
        }
        return try load(url)
    }

    public static func load(_ url: URL) throws -> StanceModel {
        do {
            let stored = try JSONDecoder().decode(StoredStanceModel.self, from: Data(contentsOf: url))
            return try stored.model()
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError.unreadable(url.path, String(describing: error).prefix(200).description)
        }
    }

    public func profile(claim: String) -> ClaimProfile { ClaimProfile(claim, vocabulary: vocabulary) }

    public func profile(body: String) -> BodyProfile { BodyProfile(body, vocabulary: vocabulary) }

    public func classify(claim: ClaimProfile, body: BodyProfile) -> StanceResult {
        let p = self.body.probabilities(StanceFeatures.body(claim: claim, body: body, vocabularySize: vocabulary.count))
        return StanceModel.pick(p, StanceModel.bodyLabels)
    }

    public func classify(claim: ClaimProfile, title: String) -> StanceResult {
        let hint = body.probabilities(
            StanceFeatures.body(claim: claim, body: profile(body: title), vocabularySize: vocabulary.count))
        let p = MLP.averageProbabilities(
            self.title, StanceFeatures.title(claim: claim, title: title, vocabulary: titleVocabulary, bodyHead: hint))
        return StanceModel.pick(p, StanceModel.titleLabels)
    }

    public func classify(_ pair: StancePair) -> StanceResult {
        let claim = profile(claim: pair.claim)
        if !isBlank(pair.body) { return classify(claim: claim, body: profile(body: pair.body)) }
        if let t = pair.title, !isBlank(t) { return classify(claim: claim, title: t) }
        return StanceResult(stance: .unrelated, confidence: 1)
    }

    /// Classifies many pairs on every core. Claims and bodies that recur (a data set pairs
    /// each body with many headlines) are read once.
    public func classify(_ pairs: [StancePair]) async -> [StanceResult] {
        let claims = Array(Set(pairs.map(\.claim)))
        let bodies = Array(Set(pairs.compactMap { isBlank($0.body) ? nil : $0.body }))
        let claimProfiles = await parallelMap(claims) { profile(claim: $0) }
        let bodyProfiles = await parallelMap(bodies) { profile(body: $0) }
        let claimIndex = Dictionary(uniqueKeysWithValues: claims.enumerated().map { ($1, $0) })
        let bodyIndex = Dictionary(uniqueKeysWithValues: bodies.enumerated().map { ($1, $0) })
        return await parallelMap(pairs) { pair in
            let claim = claimProfiles[claimIndex[pair.claim]!]
            if let b = bodyIndex[pair.body] { return classify(claim: claim, body: bodyProfiles[b]) }
            if let t = pair.title, !isBlank(t) { return classify(claim: claim, title: t) }
            return StanceResult(stance: .unrelated, confidence: 1)
        }
    }

    static func pick(_ p: [Float], _ labels: [Stance]) -> StanceResult {
        var best = 0
        for i in p.indices where p[i] > p[best] { best = i }
        return StanceResult(stance: labels[best], confidence: Double(p[best]))
    }

    func isBlank(_ s: String) -> Bool { s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D } }
}

/// Maps `items` in one chunk per core: on two cores that beats a task per item.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ f: @escaping @Sendable (T) -> R) async -> [R] {
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    guard items.count > 64, cores > 1 else { return items.map(f) }
    let size = (items.count + cores - 1) / cores
    return await withTaskGroup(of: (Int, [R]).self) { group in
        for start in stride(from: 0, to: items.count, by: size) {
            let chunk = Array(items[start..<min(items.count, start + size)])
            group.addTask { (start, chunk.map(f)) }
        }
        var parts: [(Int, [R])] = []
        for await part in group { parts.append(part) }
        return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
}
