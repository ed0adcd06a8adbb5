/// Compares the outlets of one story: who rewrote whom, when things happened, where the
/// accounts disagree, which quotes are the same statement and which nobody else carries.
/// Reads the quotes and people the quote stage wrote; each job lives in its own folder
/// beside this file (see docs/ARCHITECTURE.md, "Compare").
public struct CompareStage: AnalysisStage {
    public init() {}

    public func run(_ draft: inout StoryDraft) {
        draft.story.rewrites = RewriteFinder.rewrites(articles: draft.articles, documents: draft.documents)
        draft.story.timeline = TimelineBuilder.timeline(articles: draft.articles, documents: draft.documents)
    }
}
