/// Scaffolding: filled in by the Claims work (see docs/ARCHITECTURE.md).
public struct ClaimStage: AnalysisStage {
    public init() {}

    public func run(_ draft: inout StoryDraft) {}
}
