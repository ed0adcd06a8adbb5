/// Scaffolding: filled in by the Quotes work (see docs/ARCHITECTURE.md).
public struct QuoteStage: AnalysisStage {
    public init() {}

    public func run(_ draft: inout StoryDraft) {}
}
