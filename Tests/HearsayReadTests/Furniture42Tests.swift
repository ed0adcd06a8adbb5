import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Page furniture of the thirty-fourth session: a label and a colon over words that never
/// close as a sentence (job adverts, captions, trackers, older posts), lists of links under
/// a furniture label, a promise to update the piece, affiliate and reader-funding notices.
/// Own lines, invented names.
@Suite struct Furniture42Tests {
    let before = [
        "Mill owners back river plan", "By Ines Ducker | Weir Weekly",
        "Owners of the three mills on the Lenn have backed the county's plan to lower the weir, the county said on Friday.",
        "The plan would let salmon reach the upper river for the first time since 1890.",
        "Work would start in the autumn and take two summers.",
        "Anglers have campaigned for the change for a decade.",
    ]
    let after = [
        "The county expects to publish the drawings in March.",
        "A public meeting is planned for the spring in the village hall.",
        "The weir was last rebuilt in 1962 after a flood.",
        "The mills now make paper, flour and, at the smallest, cider.",
        "The county put the cost at about 4 million.",
    ]

    func body(with lines: [String]) -> String {
        TextArticleReader.parse((before + lines + after).joined(separator: "\n"), source: "t.txt", markdown: false).body
    }

    @Test func labelledAsidesAreRemoved() {
        for line in [
            "Weir Weekly Jobs: Site Engineer, Lenn valley - apply now",
            "Advert: Pellow Garden Supplies - seed potatoes in stock",
            "Pictured: The lower weir in flood last winter. Photo: county archive",
            "Pin this for later: Ten quiet walks along the Lenn",
            "Project tracker: Lenn weir works - cost, contractors, timeline",
            "Older post: Where did all the eels go?",
            "Support Weir Notes: buy me a coffee",
            "Enjoying the blog? Buy me a coffee to keep it going.",
            "Follow our rivers coverage on social media @WeirWeekly",
            "This post contains affiliate links, which pay us a little if you buy.",
            "Support local reporting. This site is funded by readers, not advertisers. Donate today.",
            "The Weir Weekly will update this story as it develops.",
            "In other news: Lenn ferry timetable changes; new bridge opens in May.",
            "[Translated from the Danish. This is an automated translation checked by our desk.]",
            "This article has been translated from the Danish by the Weir Weekly desk.",
            "Share on X | Share on Facebook | Copy link",
            "Publicidad", "Gift this article", "SCROLL DOWN FOR MORE", "Comments are moderated and may take a while to appear.",
        ] {
            #expect(!body(with: [line]).contains(line), "kept: \(line)")
        }
    }

    @Test func listsUnderFurnitureAreRemoved() {
        let related = ["Related coverage:", "- Salmon counts rise on the Tarr", "- County budget grows by 3%"]
        let issue = ["Inside this issue", "- Mill rates: the full table", "- Opinion: Why weirs still matter"]
        for lines in [related, issue] {
            let text = body(with: lines)
            for line in lines { #expect(!text.contains(line), "kept: \(line)") }
        }
    }

    @Test func theArticlesOwnLinesAreKept() {
        for lines in [
            ["She added: 'We have waited thirty years for this.'"],
            ["The cost: about 4 million, most of it from the county."],
            ["1962: the weir is rebuilt after a flood"],
            ["What happens next?", "- The county publishes the drawings", "- Owners sign the agreement"],
            ["The miller said the county would update this plan in the spring, and he would read it closely."],
        ] {
            let text = body(with: lines)
            for line in lines { #expect(text.contains(line), "removed: \(line)") }
        }
    }
}

/// A web page's extractor has set its asides apart by markup: the "Label: words" lines and
/// the bracketed notes left in its text are the article's own subheadings and notes.
@Suite struct WebPageLabels34Tests {
    @Test func aPageKeepsItsLabelledLinesATextDropsThem() {
        let paragraphs = [
            "Growing a small shop online takes patience, and most owners find that out the hard way.",
            "The Plan Stage: Think about who will buy before you build anything",
            "Most owners skip this stage, and it costs them months of work later on.",
            "[Note: prices were checked in May and may have changed]",
            "Owners who plan first tend to break even sooner, the survey of 300 shops found.",
        ]
        let text = Boilerplate.clean(paragraphs, title: "Growing a shop online").paragraphs
        #expect(!text.contains(paragraphs[1]) && !text.contains(paragraphs[3]))
        let page = Boilerplate.clean(paragraphs, title: "Growing a shop online", plainText: false).paragraphs
        #expect(page.contains(paragraphs[1]) && page.contains(paragraphs[3]))
    }
}
