import HearsayAnalyze
import HearsayModel

/// Groups articles read together into stories.
enum StoryGrouping {
    static func group(_ articles: [Article]) -> [StoryMembers] {
        DocumentAnalyzer.singleStory(articles)
    }
}
