/// Compares the outlets of one story: who rewrote whom, when things happened, where the
/// accounts disagree, which quotes are the same statement and which nobody else carries.
/// Reads the quotes and people the quote stage wrote; each job lives in its own folder
/// beside this file (see docs/ARCHITECTURE.md, "Compare").
public struct CompareStage: AnalysisStage {
    public init() {}

    public func run(_ draft: inout StoryDraft) {
        let articles = draft.articles, documents = draft.documents
        draft.story.rewrites = RewriteFinder.rewrites(articles: articles, documents: documents)
        draft.story.timeline = TimelineBuilder.timeline(articles: articles, documents: documents)
        let mentions = StoryMentions(articles: articles, documents: documents)
        draft.story.contradictions = ContradictionFinder.contradictions(mentions, people: draft.story.people)
        TopicNames.label(
            &draft.story.contradictions, articles: articles, documents: documents, people: draft.story.people,
            outlets: articles.compactMap(\.outlet) + draft.story.citations.filter { $0.kind == .outlet }.map(\.source))
        let speakers = SpeakerMatcher(
            people: draft.story.people, quotes: draft.story.quotes, roles: mentions.roles.map(\.mention), bodies: articles.map(\.body),
            organisations: draft.story.organisations, citations: draft.story.citations.filter { $0.kind == .outlet }, articles: articles.map(\.id))
        let grouped = QuoteGrouper.group(draft.story.quotes, speakers: speakers)
        draft.story.quoteGroups = grouped.groups
        NamedSources.extend(&draft.story.citations, articles: articles, documents: documents)
        NamedSources.credited(&draft.story.citations, organisations: draft.story.organisations.map(\.name), articles: articles, documents: documents)
        NamedSources.speakingBodies(&draft.story.citations, organisations: draft.story.organisations.map(\.name), articles: articles, documents: documents)
        Corroboration.flag(
            &draft.story.quotes, carriedElsewhere: grouped.carriedElsewhere, articles: articles, documents: documents,
            speakers: speakers, people: draft.story.people)
    }
}
