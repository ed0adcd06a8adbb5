import Foundation
import HearsayModel
import Testing
@testable import HearsayRead

/// Page furniture of the forty-first session: section trails, an audio player's marker, a
/// syndicator's terms, a caption that ends on its credit, the page giving its reader a way to
/// reach it, a station's tune-in line, a column's line at the foot. Own lines, invented names.
@Suite struct Furniture48Tests {
    let before = [
        "Ferry fares to rise in spring", "By Tam Orrin",
        "Fares on the Skerry ferry will rise by 6 per cent from April, the operator said on Monday.",
        "The operator blamed fuel and crew costs for the rise, its second in two years.",
        "Islanders have campaigned against the increases since 2023.",
    ]
    let after = [
        "The operator said the timetable would not change.",
        "A council meeting on the fares is planned for March.",
        "The Skerry route carries about 400,000 passengers a year.",
        "Season tickets will rise by less than single fares.",
    ]

    func body(with lines: [String]) -> String {
        TextArticleReader.parse((before + lines + after).joined(separator: "\n"), source: "t.txt", markdown: false).body
    }

    @Test func furnitureLinesAreRemoved() {
        for line in [
            "Island Times \u{203A} News \u{203A} Transport",
            "Business | Shipping",
            "Harbour Mail | Ferries & Ports",
            "Listen to this article (4 min)",
            "Story continues below",
            "(c) Northsea Wire 2026. Reproduction without permission prohibited.",
            "\u{00A9} Coastline Press. Not for resale.",
            "Ad: Winter crossings - 15% off for residents",
            "The harbour at Skerry at dawn. Photo: Ilse Varga/Island Times",
            "If you think we got something wrong, contact our corrections desk at fixes@islandtimes.example",
            "If you have been affected by this story, call our newsroom on 0800 111 2233.",
            "If you like this blog, buy us a coffee at ko-fi.com/skerrynotes",
            "Have a tip? You can reach me securely on Signal.",
            "Island Radio News. Listen live on 97.2 FM or on the app.",
            "Hear the full interview on Harbour Hour at islandradio.example",
        ] {
            #expect(!body(with: [line]).contains(line), "kept: \(line)")
        }
    }

    @Test func aColumnsLineAtTheFootIsRemoved() {
        for line in ["Tam Orrin writes about transport for the Island Times.", "Harbour Hour is broadcast every weekday at 7am on Island Radio."] {
            let text = TextArticleReader.parse((before + after + [line]).joined(separator: "\n"), source: "t.txt", markdown: false).body
            #expect(!text.contains(line), "kept: \(line)")
        }
    }

    @Test func theArticlesOwnLinesAreKept() {
        for line in [
            "Anyone with information should call the coastguard on 0300 123 4567, police said.",
            "Passengers can comment on the plan at skerryferries.example until Friday, the operator said.",
            "The Skerry Ferry Company covers three routes and employs 140 people.",
            "The operator said: \u{201C}Listen, we have held fares for as long as we could.\u{201D}",
            "Fares rose by 4 per cent in 2024 | a rise islanders called unfair.",
            "The report named the vessel the Skerry Belle | its crew said nothing.",
        ] {
            #expect(body(with: [line]).contains(line), "removed: \(line)")
        }
    }
}
