/// Scaffolding: filled in by the Compare work (see docs/ARCHITECTURE.md).
public struct CompareStage: AnalysisStage {
    public init() {}

    public func run(_ draft: inout StoryDraft) {}
}
